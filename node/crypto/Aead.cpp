#include "Aead.h"

#include "Sodium.h"

#include <sodium.h>

namespace careledger {

SecureBuffer Aead::generateKey()
{
    SecureBuffer key(KeySize);
    crypto_aead_xchacha20poly1305_ietf_keygen(key.data());
    return key;
}

QByteArray Aead::encrypt(const SecureBuffer &key, QByteArrayView plaintext, QByteArrayView ad)
{
    Q_ASSERT(key.size() == KeySize);
    QByteArray out(NonceSize + plaintext.size() + TagSize, Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, NonceSize);
    unsigned long long len = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + NonceSize, &len,
                                               reinterpret_cast<const unsigned char *>(plaintext.data()),
                                               (unsigned long long)plaintext.size(),
                                               reinterpret_cast<const unsigned char *>(ad.data()),
                                               (unsigned long long)ad.size(), nullptr, nonce, key.data());
    return out;
}

Result<QByteArray> Aead::decrypt(const SecureBuffer &key, QByteArrayView sealed, QByteArrayView ad)
{
    if (key.size() != KeySize || sealed.size() < NonceSize + TagSize)
        return makeError(QStringLiteral("bad_ciphertext"), QStringLiteral("ciphertext too short or key of wrong size"));
    QByteArray out(sealed.size() - NonceSize - TagSize, Qt::Uninitialized);
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.data());
    unsigned long long len = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(out.data()), &len, nullptr,
                                                   nonce + NonceSize, (unsigned long long)(sealed.size() - NonceSize),
                                                   reinterpret_cast<const unsigned char *>(ad.data()),
                                                   (unsigned long long)ad.size(), nonce, key.data())
        != 0)
        return makeError(QStringLiteral("tampered"), QStringLiteral("ciphertext failed authentication"));
    return out;
}

} // namespace careledger
