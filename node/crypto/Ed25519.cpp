#include "Ed25519.h"

#include "Sodium.h"

#include <sodium.h>

#include <QVarLengthArray>

#include <cstring>

namespace careledger {

namespace {
QVarLengthArray<unsigned char, 512> domainMessage(QByteArrayView domain, QByteArrayView message)
{
    QVarLengthArray<unsigned char, 512> buf(domain.size() + 1 + message.size());
    if (!domain.isEmpty())
        std::memcpy(buf.data(), domain.data(), size_t(domain.size()));
    buf[domain.size()] = 0;
    if (!message.isEmpty())
        std::memcpy(buf.data() + domain.size() + 1, message.data(), size_t(message.size()));
    return buf;
}
} // namespace

Ed25519::KeyPair Ed25519::generate()
{
    Sodium::ensureInitialized();
    KeyPair kp{QByteArray(PublicKeySize, Qt::Uninitialized), SecureBuffer(SecretKeySize)};
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(kp.publicKey.data()), kp.secretKey.data());
    return kp;
}

Ed25519::KeyPair Ed25519::fromSeed(const SecureBuffer &seed)
{
    Sodium::ensureInitialized();
    Q_ASSERT(seed.size() == SeedSize);
    KeyPair kp{QByteArray(PublicKeySize, Qt::Uninitialized), SecureBuffer(SecretKeySize)};
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(kp.publicKey.data()), kp.secretKey.data(),
                             seed.data());
    return kp;
}

Ed25519::KeyPair Ed25519::fromSecretKey(SecureBuffer secretKey)
{
    Q_ASSERT(secretKey.size() == SecretKeySize);
    QByteArray pub(reinterpret_cast<const char *>(secretKey.data()) + SeedSize, PublicKeySize);
    return KeyPair{pub, std::move(secretKey)};
}

QByteArray Ed25519::sign(const SecureBuffer &secretKey, QByteArrayView domain, QByteArrayView message)
{
    Q_ASSERT(secretKey.size() == SecretKeySize);
    const auto buf = domainMessage(domain, message);
    QByteArray sig(SignatureSize, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr, buf.data(),
                         (unsigned long long)buf.size(), secretKey.data());
    return sig;
}

bool Ed25519::verify(QByteArrayView publicKey, QByteArrayView domain, QByteArrayView message,
                     QByteArrayView signature)
{
    if (publicKey.size() != PublicKeySize || signature.size() != SignatureSize)
        return false;
    Sodium::ensureInitialized();
    const auto buf = domainMessage(domain, message);
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.data()), buf.data(),
                                       (unsigned long long)buf.size(),
                                       reinterpret_cast<const unsigned char *>(publicKey.data()))
        == 0;
}

QByteArray Ed25519::toX25519PublicKey(QByteArrayView publicKey)
{
    QByteArray out(crypto_scalarmult_curve25519_BYTES, Qt::Uninitialized);
    if (publicKey.size() != PublicKeySize
        || crypto_sign_ed25519_pk_to_curve25519(reinterpret_cast<unsigned char *>(out.data()),
                                                reinterpret_cast<const unsigned char *>(publicKey.data()))
            != 0)
        return {};
    return out;
}

SecureBuffer Ed25519::toX25519SecretKey(const SecureBuffer &secretKey)
{
    SecureBuffer out(crypto_scalarmult_curve25519_BYTES);
    crypto_sign_ed25519_sk_to_curve25519(out.data(), secretKey.data());
    return out;
}

} // namespace careledger
