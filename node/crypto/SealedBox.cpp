#include "SealedBox.h"

#include "Sodium.h"

#include <sodium.h>

namespace careledger {

SealedBox::KeyPair SealedBox::keyPairFromSeed(const SecureBuffer &seed)
{
    Sodium::ensureInitialized();
    Q_ASSERT(seed.size() == crypto_box_SEEDBYTES);
    KeyPair kp{QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized), SecureBuffer(crypto_box_SECRETKEYBYTES)};
    crypto_box_seed_keypair(reinterpret_cast<unsigned char *>(kp.publicKey.data()), kp.secretKey.data(), seed.data());
    return kp;
}

QByteArray SealedBox::seal(QByteArrayView recipientPublicKey, QByteArrayView plaintext)
{
    Sodium::ensureInitialized();
    if (recipientPublicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    QByteArray out(plaintext.size() + crypto_box_SEALBYTES, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(out.data()), reinterpret_cast<const unsigned char *>(plaintext.data()),
                    (unsigned long long)plaintext.size(), reinterpret_cast<const unsigned char *>(recipientPublicKey.data()));
    return out;
}

Result<SecureBuffer> SealedBox::open(QByteArrayView recipientPublicKey, const SecureBuffer &recipientSecretKey,
                                     QByteArrayView sealed)
{
    if (recipientPublicKey.size() != crypto_box_PUBLICKEYBYTES || recipientSecretKey.size() != crypto_box_SECRETKEYBYTES
        || sealed.size() < qsizetype(crypto_box_SEALBYTES))
        return makeError(QStringLiteral("bad_key"), QStringLiteral("sealed box or key has the wrong size"));
    SecureBuffer out(std::size_t(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(out.data(), reinterpret_cast<const unsigned char *>(sealed.data()),
                             (unsigned long long)sealed.size(), reinterpret_cast<const unsigned char *>(recipientPublicKey.data()),
                             recipientSecretKey.data())
        != 0)
        return makeError(QStringLiteral("not_for_us"), QStringLiteral("the wrapped key cannot be opened with this key"));
    return out;
}

} // namespace careledger
