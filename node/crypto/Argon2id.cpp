#include "Argon2id.h"

#include "Sodium.h"

#include <sodium.h>

namespace careledger {

KdfParams KdfParams::withRandomSalt(quint64 opsLimit, quint64 memLimitBytes)
{
    Sodium::ensureInitialized();
    KdfParams p{opsLimit, memLimitBytes, QByteArray(Argon2id::SaltSize, Qt::Uninitialized)};
    randombytes_buf(p.salt.data(), Argon2id::SaltSize);
    return p;
}

Result<SecureBuffer> Argon2id::derive(QByteArrayView secret, const KdfParams &params, std::size_t outputSize)
{
    Sodium::ensureInitialized();
    if (params.salt.size() != SaltSize || params.opsLimit < crypto_pwhash_OPSLIMIT_MIN
        || params.opsLimit > crypto_pwhash_OPSLIMIT_MAX || params.memLimitBytes < crypto_pwhash_MEMLIMIT_MIN
        || params.memLimitBytes > 1024ull * 1024 * 1024 || outputSize < crypto_pwhash_BYTES_MIN
        || outputSize > crypto_pwhash_BYTES_MAX)
        return makeError(QStringLiteral("bad_kdf_params"), QStringLiteral("key-derivation parameters out of range"));
    SecureBuffer out(outputSize);
    // crypto_pwhash declares every pointer nonnull; an empty QByteArrayView may carry nullptr.
    if (crypto_pwhash(out.data(), outputSize, secret.isEmpty() ? "" : secret.data(), (unsigned long long)secret.size(),
                      reinterpret_cast<const unsigned char *>(params.salt.constData()), params.opsLimit,
                      size_t(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return makeError(QStringLiteral("out_of_memory"), QStringLiteral("not enough memory to derive the key"));
    return out;
}

} // namespace careledger
