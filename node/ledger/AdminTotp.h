#pragma once

#include "core/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>

namespace careledger {

// Setting a user's TOTP secret at their org's full node (POST /v1/admin/totp),
// as `careledgerd enroll` does. Only the org key may: the body is
//
//   [userKey (32 bytes), secret (16..64 bytes), issuedAtMs (uint), signature (64 bytes)]
//
// signed by the org key in domain Domains::AdminTotp over
// networkId || userKey || SHA-256(secret) || issuedAtMs (8 bytes, big-endian).
// The node refuses a request issued more than MaxSkewMs from its own clock, so
// a recorded request cannot be replayed later. It travels over pinned TLS 1.3
// (it carries the secret itself).
struct AdminTotpRequest {
    static constexpr qint64 MaxSkewMs = 5 * 60 * 1000;

    QByteArray userKey;
    SecureBuffer secret;
    quint64 issuedAtMs = 0;
    QByteArray signature;

    static QByteArray signedMessage(const QByteArray &networkId, const QByteArray &userKey, const SecureBuffer &secret,
                                    quint64 issuedAtMs);
    // A request signed with orgSecretKey.
    static AdminTotpRequest make(const QByteArray &networkId, const QByteArray &userKey, SecureBuffer secret,
                                 quint64 issuedAtMs, const SecureBuffer &orgSecretKey);
    QByteArray encode() const;
    static Result<AdminTotpRequest> decode(const QByteArray &body);
    bool verify(const QByteArray &networkId, const QByteArray &orgPublicKey) const;
};

} // namespace careledger
