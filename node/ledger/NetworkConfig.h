#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace careledger {

class CborReader;
class CborWriter;

struct Member {
    QString orgId;        // short stable id, e.g. "st-marys"
    QString displayName;
    QByteArray orgKey;    // Ed25519: signs headers, endorsements, enrolments of its admins
    QByteArray tlsCertificate; // DER; light nodes pin it
    QString endpoint;     // https://host:port
    QByteArray dataKey = {}; // X25519 key its records are sealed for (OrgDataKey)
    bool operator==(const Member &) const = default;

    // Canonical CBOR, as inside a configuration (also a consortium's member file).
    void write(CborWriter &w) const;
    static Member read(CborReader &r);
};

// Which member orgs must endorse a transaction of one type before it is valid.
// All conditions must hold: the author's org among the endorsers (authorOrg),
// at least `others` endorsers besides the author's org, and at least a quorum
// (⌊2n/3⌋+1) of the members in force (quorum).
struct EndorsementRule {
    bool authorOrg = false;
    quint64 others = 0;
    bool quorum = false;

    bool isNone() const { return !authorOrg && others == 0 && !quorum; }
    // endorsers: distinct members of the configuration whose quorum is given.
    bool isSatisfiedBy(const QString &authorOrg, const QStringList &endorsers, int quorum) const;
    QString describe() const; // "the author's organisation and 1 other member"
    bool operator==(const EndorsementRule &) const = default;
};

// Ordering and contract parameters that every member must apply identically.
struct Policy {
    quint64 maxBlockTransactions = 2000;
    quint64 blockIntervalMs = 50;
    quint64 maxClockSkewMs = 10 * 60 * 1000;
    // Endorsement rule per transaction type number, and for the types not
    // listed. The default (nothing needed) is a one-org network's, and every
    // network's from before endorsements. Configuration changes always need
    // a quorum, whatever is listed here.
    QMap<quint64, EndorsementRule> endorsement;
    EndorsementRule otherEndorsement;

    EndorsementRule endorsementFor(quint64 txType) const { return endorsement.value(txType, otherEndorsement); }
    bool hasEndorsementRules() const { return !endorsement.isEmpty() || !otherEndorsement.isNone(); }
    // The consortium default: records need the author's org and one other
    // member, configuration changes a quorum, everything else the author's org.
    static Policy consortium();
    bool operator==(const Policy &) const = default;
};

// The network configuration: genesis (version 1), later versions made by
// configuration-change transactions that a quorum of the members in force
// endorsed. The genesis hash is the network id, which every transaction and
// header commits to and a light node pins at installation; later versions
// carry it (genesisId) so every version names its network.
class NetworkConfig {
public:
    QString networkName;
    quint64 version = 1;
    QList<Member> members;
    Policy policy;
    QByteArray genesisId = {}; // 32 bytes from version 2 on; empty in genesis

    QByteArray encode() const;
    static Result<NetworkConfig> decode(const QByteArray &bytes);
    QByteArray networkId() const;
    // This version's own hash (the network id for genesis): what a change names as the one it replaces.
    QByteArray hash() const;

    int signerCount() const { return int(members.size()); }
    int quorum() const { return (2 * signerCount()) / 3 + 1; }
    std::optional<Member> member(const QString &orgId) const;
    bool operator==(const NetworkConfig &) const = default;
    // The member whose org key this is, if any.
    std::optional<Member> memberByKey(const QByteArray &orgKey) const;
    // The rule in force for a transaction type: the policy's, with a quorum
    // always required of configuration changes.
    EndorsementRule endorsementRule(quint64 txType) const;
    // The next version with `this` as its predecessor: same network, version + 1.
    NetworkConfig successor() const;
};

} // namespace careledger
