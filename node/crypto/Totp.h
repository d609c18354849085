#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace careledger {

// One-time passwords for login: TOTP (RFC 6238) over HOTP (RFC 4226), HMAC
// through OpenSSL. CareLedger uses the defaults every authenticator app
// understands: HMAC-SHA1, 6 digits, 30-second steps. SHA-256/512 and up to 9
// digits are there for the RFC's test vectors and for other issuers' settings.
class Totp {
public:
    enum class Algorithm { Sha1, Sha256, Sha512 };

    static constexpr int SecretSize = 20;      // 160 bits, RFC 4226's recommendation
    static constexpr int MinSecretSize = 16;   // RFC 4226: at least 128 bits
    static constexpr int MaxSecretSize = 64;
    static constexpr int Digits = 6;
    static constexpr int StepSeconds = 30;
    static constexpr int DefaultWindow = 1;    // accept the previous and the next step too (clock drift)

    // A fresh random secret (libsodium's CSPRNG), in secure memory.
    static SecureBuffer generateSecret(int size = SecretSize);

    // The time step of a moment: floor(unix seconds / stepSeconds); 0 before the epoch.
    static quint64 stepAt(qint64 atMs, int stepSeconds = StepSeconds);

    // HOTP of one step: `digits` decimal digits, zero-padded. Empty if digits is not within 1..9.
    static QString code(const SecureBuffer &secret, quint64 step, Algorithm algorithm = Algorithm::Sha1,
                        int digits = Digits);
    // TOTP at a moment.
    static QString codeAt(const SecureBuffer &secret, qint64 atMs, Algorithm algorithm = Algorithm::Sha1,
                          int digits = Digits, int stepSeconds = StepSeconds);

    // The step, within ±window steps of atMs, whose code is `code` (compared in
    // constant time), or nothing. Callers refuse a step not newer than the last
    // one accepted for the same secret: a code is good for one login only.
    static std::optional<quint64> verify(const SecureBuffer &secret, QStringView code, qint64 atMs,
                                         int window = DefaultWindow, Algorithm algorithm = Algorithm::Sha1,
                                         int digits = Digits, int stepSeconds = StepSeconds);

    // RFC 4648 base32 (alphabet A–Z 2–7). Encoding pads with '=' unless told
    // not to (otpauth URIs carry it unpadded). Decoding is case-insensitive,
    // ignores spaces and hyphens (as people type secrets), accepts missing
    // padding and refuses anything else, including non-zero trailing bits.
    static QString base32Encode(QByteArrayView data, bool padding = true);
    static std::optional<QByteArray> base32Decode(QStringView text);

    // otpauth://totp/<issuer>:<account>?secret=<base32>&issuer=<issuer>&algorithm=SHA1&digits=6&period=30,
    // the Key URI Format authenticator apps scan (as a QR code) or accept pasted.
    static QString otpauthUri(const QString &accountName, const SecureBuffer &secret,
                              const QString &issuer = QStringLiteral("CareLedger"));
    // The secret of such a URI (its `secret` parameter), or nothing.
    static std::optional<SecureBuffer> secretFromUri(const QString &uri);
};

} // namespace careledger
