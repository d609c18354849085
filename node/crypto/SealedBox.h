#pragma once

#include "SecureBuffer.h"
#include "core/Result.h"

#include <QByteArray>

namespace careledger {

// Anonymous sealed boxes (X25519 + XSalsa20-Poly1305): how record keys are
// wrapped for the patient, the authoring org and consent grantees.
class SealedBox {
public:
    static constexpr int Overhead = 48;

    struct KeyPair {
        QByteArray publicKey;   // X25519, 32 bytes
        SecureBuffer secretKey; // 32 bytes
    };
    // A key pair derived from a 32-byte seed (deterministic).
    static KeyPair keyPairFromSeed(const SecureBuffer &seed);

    static QByteArray seal(QByteArrayView recipientX25519PublicKey, QByteArrayView plaintext);
    static Result<SecureBuffer> open(QByteArrayView recipientX25519PublicKey, const SecureBuffer &recipientX25519SecretKey,
                                     QByteArrayView sealed);
};

} // namespace careledger
