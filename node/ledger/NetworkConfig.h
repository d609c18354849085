#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace careledger {

struct Member {
    QString orgId;        // short stable id, e.g. "st-marys"
    QString displayName;
    QByteArray orgKey;    // Ed25519: signs headers, endorsements, enrolments of its admins
    QByteArray tlsCertificate; // DER; light nodes pin it
    QString endpoint;     // https://host:port
    QByteArray dataKey = {}; // X25519 key its records are sealed for (OrgDataKey)
    bool operator==(const Member &) const = default;
};

// Ordering and contract parameters that every member must apply identically.
struct Policy {
    quint64 maxBlockTransactions = 2000;
    quint64 blockIntervalMs = 50;
    quint64 maxClockSkewMs = 10 * 60 * 1000;
    bool operator==(const Policy &) const = default;
};

// The network configuration (genesis). Its hash is the network id, which every
// transaction and header commits to; a light node pins it at installation.
class NetworkConfig {
public:
    QString networkName;
    quint64 version = 1;
    QList<Member> members;
    Policy policy;

    QByteArray encode() const;
    static Result<NetworkConfig> decode(const QByteArray &bytes);
    QByteArray networkId() const;

    int signerCount() const { return int(members.size()); }
    int quorum() const { return (2 * signerCount()) / 3 + 1; }
    std::optional<Member> member(const QString &orgId) const;
};

} // namespace careledger
