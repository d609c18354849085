#pragma once

#include "SecureBuffer.h"
#include "core/Result.h"

#include <QByteArray>

namespace careledger {

// XChaCha20-Poly1305 (IETF) for record payloads and the local cache. The
// random 24-byte nonce is stored in front of the ciphertext.
class Aead {
public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 24;
    static constexpr int TagSize = 16;

    static SecureBuffer generateKey();
    static QByteArray encrypt(const SecureBuffer &key, QByteArrayView plaintext, QByteArrayView associatedData = {});
    static Result<QByteArray> decrypt(const SecureBuffer &key, QByteArrayView sealed, QByteArrayView associatedData = {});
};

} // namespace careledger
