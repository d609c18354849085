#pragma once

#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace careledger {

// The demo users `careledgerd demo` wrote to <demo dir>/demo-users/: one
// <role>.key (64-byte Ed25519 secret key) and one <role>.totp (otpauth URI)
// each. FOR DEMONSTRATIONS ONLY: the login screen's "Demo" panel shows each
// login, its password and its current sign-in code, which it computes here
// from the TOTP secret (read once, kept in locked memory), something no real
// workstation would ever do.
struct DemoAccount {
    QString role;        // "doctor": also the login on this workstation
    QString displayName; // from the otpauth URI's label, else the role
    QString keyFile;
    std::shared_ptr<const SecureBuffer> totpSecret; // null if the .totp file is unreadable

    QString login() const { return role; }
    QString password() const; // "demo-password-<role>"
    // The TOTP code at nowMs, or empty without a secret.
    QString codeAt(qint64 nowMs) const;
    // The secret key file's bytes (64), or empty. Callers wipe it after use.
    QByteArray readSecretKey() const;
};

class DemoAccounts {
public:
    // The demo users found in <demoDir>/demo-users, in the usual role order.
    static QList<DemoAccount> scan(const QString &demoDir);
    // Seconds until the current code changes.
    static int secondsLeft(qint64 nowMs);
};

} // namespace careledger
