#include "Sodium.h"

#include "Sha256.h"

#include <sodium.h>

#include <QByteArray>

#include <mutex>

namespace careledger {

void Sodium::ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qFatal("libsodium failed to initialise");
    });
}

Status Sodium::selfTest()
{
    ensureInitialized();
    // FIPS 180-2 "abc".
    if (Sha256::hash("abc").toHex()
        != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        return makeError(QStringLiteral("self_test"), QStringLiteral("SHA-256 known-answer test failed"));

    // RFC 8032 §7.1, test 1 (empty message).
    const QByteArray seed = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    const QByteArray expectedPub = QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    const QByteArray expectedSig = QByteArray::fromHex(
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_seed_keypair(pk, sk, reinterpret_cast<const unsigned char *>(seed.constData()));
    crypto_sign_detached(sig, nullptr, nullptr, 0, sk);
    sodium_memzero(sk, sizeof sk);
    if (QByteArray(reinterpret_cast<char *>(pk), sizeof pk) != expectedPub
        || QByteArray(reinterpret_cast<char *>(sig), sizeof sig) != expectedSig
        || crypto_sign_verify_detached(sig, nullptr, 0, pk) != 0)
        return makeError(QStringLiteral("self_test"), QStringLiteral("Ed25519 known-answer test failed"));
    sig[0] ^= 1;
    if (crypto_sign_verify_detached(sig, nullptr, 0, pk) == 0)
        return makeError(QStringLiteral("self_test"), QStringLiteral("Ed25519 accepted a corrupted signature"));
    return {};
}

} // namespace careledger
