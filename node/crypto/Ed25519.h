#pragma once

#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

namespace careledger {

// Ed25519 signatures (libsodium). Every signature is domain-separated: the
// signed bytes are `domain || 0x00 || message`, so a signature made for one
// object type can never be replayed as another.
class Ed25519 {
public:
    static constexpr int PublicKeySize = 32;
    static constexpr int SecretKeySize = 64;
    static constexpr int SeedSize = 32;
    static constexpr int SignatureSize = 64;

    struct KeyPair {
        QByteArray publicKey;   // 32 bytes
        SecureBuffer secretKey; // 64 bytes: seed || public key
    };

    static KeyPair generate();
    static KeyPair fromSeed(const SecureBuffer &seed);
    static KeyPair fromSecretKey(SecureBuffer secretKey);

    static QByteArray sign(const SecureBuffer &secretKey, QByteArrayView domain, QByteArrayView message);
    static bool verify(QByteArrayView publicKey, QByteArrayView domain, QByteArrayView message,
                       QByteArrayView signature);

    // The X25519 key pair for sealed boxes addressed to this identity.
    static QByteArray toX25519PublicKey(QByteArrayView publicKey);
    static SecureBuffer toX25519SecretKey(const SecureBuffer &secretKey);
};

} // namespace careledger
