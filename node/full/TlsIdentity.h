#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QStringList>

namespace careledger {

// A node's TLS certificate and key (ECDSA P-256: QSslKey has no Ed25519).
// Self-signed: trust comes from the network configuration, which pins the
// certificate, not from a CA.
struct TlsIdentity {
    QByteArray certificatePem;
    QByteArray privateKeyPem;

    // hostNames go into subjectAltName (DNS names, or IP addresses).
    static Result<TlsIdentity> generate(const QString &commonName, const QStringList &hostNames, int validDays);
    static QByteArray pemToDer(const QByteArray &certificatePem);
};

} // namespace careledger
