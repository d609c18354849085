#pragma once

#include "SecureBuffer.h"
#include "core/Result.h"

#include <QByteArray>

namespace careledger {

// Argon2id (libsodium crypto_pwhash): patient keys from private IDs, the
// password wrap of a user's keys. Cost parameters travel with the salt so old
// derivations stay reproducible when defaults rise.
struct KdfParams {
    quint64 opsLimit = 3;
    quint64 memLimitBytes = 64ull * 1024 * 1024;
    QByteArray salt; // 16 bytes

    static KdfParams withRandomSalt(quint64 opsLimit, quint64 memLimitBytes);
};

class Argon2id {
public:
    static constexpr int SaltSize = 16;
    static Result<SecureBuffer> derive(QByteArrayView secret, const KdfParams &params, std::size_t outputSize = 32);
};

} // namespace careledger
