#include "PatientKeys.h"

namespace careledger {

QByteArray PatientKeys::normalise(const QString &privateId)
{
    QByteArray out;
    for (QChar c : privateId)
        if (c.isLetterOrNumber())
            out.append(c.toUpper().toLatin1());
    return out;
}

Result<Ed25519::KeyPair> PatientKeys::derive(const QString &privateId, const KdfParams &kdf)
{
    QByteArray normalised = normalise(privateId);
    auto seed = Argon2id::derive(normalised, kdf, Ed25519::SeedSize);
    normalised.fill('\0');
    if (!seed)
        return seed.error();
    return Ed25519::fromSeed(*seed);
}

} // namespace careledger
