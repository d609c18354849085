#include "NetworkConfig.h"

#include "core/Cbor.h"
#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"
#include "ledger/Transaction.h"

namespace careledger {

namespace {
void writeRule(CborWriter &w, const EndorsementRule &rule)
{
    w.array(3).boolean(rule.authorOrg).uint(rule.others).boolean(rule.quorum);
}

EndorsementRule readRule(CborReader &r)
{
    EndorsementRule rule;
    r.array(3, 3);
    rule.authorOrg = r.boolean();
    rule.others = r.uint(100);
    rule.quorum = r.boolean();
    r.leave();
    return rule;
}
} // namespace

void Member::write(CborWriter &w) const
{
    w.array(6).text(orgId).text(displayName).bytes(orgKey).bytes(tlsCertificate).text(endpoint).bytes(dataKey);
}

Member Member::read(CborReader &r)
{
    Member m;
    r.array(6, 6);
    m.orgId = r.text(64);
    m.displayName = r.text(200);
    m.orgKey = r.fixedBytes(Ed25519::PublicKeySize);
    m.tlsCertificate = r.bytes(16 * 1024);
    m.endpoint = r.text(500);
    m.dataKey = r.fixedBytes(32);
    r.leave();
    return m;
}

QString EndorsementRule::describe() const
{
    if (isNone())
        return QStringLiteral("no endorsement");
    QStringList parts;
    if (authorOrg)
        parts << QStringLiteral("the author's organisation");
    if (others > 0)
        parts << QStringLiteral("%1 other member%2").arg(others).arg(others == 1 ? "" : "s");
    if (quorum)
        parts << QStringLiteral("a quorum of the members");
    return parts.join(QStringLiteral(" and "));
}

bool EndorsementRule::isSatisfiedBy(const QString &authorOrgId, const QStringList &endorsers, int quorumSize) const
{
    const bool byAuthorOrg = endorsers.contains(authorOrgId);
    if (authorOrg && !byAuthorOrg)
        return false;
    if (quint64(endorsers.size() - (byAuthorOrg ? 1 : 0)) < others)
        return false;
    return !quorum || endorsers.size() >= quorumSize;
}

Policy Policy::consortium()
{
    Policy p;
    const EndorsementRule authorOrgPlusOne{true, 1, false};
    p.endorsement.insert(quint64(TxType::RecordCreate), authorOrgPlusOne);
    p.endorsement.insert(quint64(TxType::RecordAmend), authorOrgPlusOne);
    p.endorsement.insert(quint64(TxType::ConfigChange), EndorsementRule{false, 0, true});
    p.otherEndorsement = EndorsementRule{true, 0, false};
    return p;
}

// The endorsement rules are a fourth policy field only when there are any,
// and the genesis id a fifth field only from version 2 on: a configuration
// from before either encodes (and so hashes) exactly as it always did.
QByteArray NetworkConfig::encode() const
{
    CborWriter w;
    const bool later = version > 1;
    w.array(later ? 5 : 4).text(networkName).uint(version);
    w.array(members.size());
    for (const Member &m : members)
        m.write(w);
    const bool rules = policy.hasEndorsementRules();
    w.array(rules ? 4 : 3).uint(policy.maxBlockTransactions).uint(policy.blockIntervalMs).uint(policy.maxClockSkewMs);
    if (rules) {
        w.array(2);
        writeRule(w, policy.otherEndorsement);
        w.array(policy.endorsement.size());
        for (auto it = policy.endorsement.cbegin(); it != policy.endorsement.cend(); ++it) {
            w.array(2).uint(it.key());
            writeRule(w, it.value());
        }
    }
    if (later)
        w.bytes(genesisId);
    return w.take();
}

Result<NetworkConfig> NetworkConfig::decode(const QByteArray &bytes)
{
    auto decoded = decodeCanonical<NetworkConfig>(
        bytes, QStringLiteral("network configuration"),
        [](CborReader &r) {
            NetworkConfig c;
            const qsizetype fields = r.array(4, 5);
            c.networkName = r.text(200);
            c.version = r.uint();
            if (r.ok() && (c.version == 0 || (c.version > 1) != (fields == 5)))
                r.fail(QStringLiteral("version %1 with %2 fields").arg(c.version).arg(fields));
            const qsizetype n = r.array(1, 100);
            for (qsizetype i = 0; i < n && r.ok(); ++i)
                c.members.append(Member::read(r));
            r.leave();
            const qsizetype policyFields = r.array(3, 4);
            c.policy.maxBlockTransactions = r.uint(100000);
            c.policy.blockIntervalMs = r.uint(3600000);
            c.policy.maxClockSkewMs = r.uint();
            if (policyFields == 4) {
                r.array(2, 2);
                c.policy.otherEndorsement = readRule(r);
                const qsizetype rules = r.array(0, 255);
                for (qsizetype i = 0; i < rules && r.ok(); ++i) {
                    r.array(2, 2);
                    const quint64 type = r.uint(255);
                    const EndorsementRule rule = readRule(r);
                    r.leave();
                    // In increasing type order, once each: the one canonical form.
                    if (r.ok() && !c.policy.endorsement.isEmpty() && type <= c.policy.endorsement.lastKey())
                        r.fail(QStringLiteral("endorsement rules out of order"));
                    c.policy.endorsement.insert(type, rule);
                }
                r.leave();
                r.leave();
                if (r.ok() && !c.policy.hasEndorsementRules())
                    r.fail(QStringLiteral("an empty endorsement policy must be left out"));
            }
            r.leave();
            if (fields == 5)
                c.genesisId = r.fixedBytes(Sha256::Size);
            r.leave();
            return c;
        },
        [](const NetworkConfig &c) { return c.encode(); });
    if (!decoded)
        return decoded;
    for (qsizetype i = 0; i < decoded->members.size(); ++i)
        for (qsizetype j = i + 1; j < decoded->members.size(); ++j)
            if (decoded->members[i].orgId == decoded->members[j].orgId)
                return makeError(QStringLiteral("malformed"),
                                 QStringLiteral("network configuration lists org %1 twice").arg(decoded->members[i].orgId));
            else if (decoded->members[i].orgKey == decoded->members[j].orgKey)
                return makeError(QStringLiteral("malformed"),
                                 QStringLiteral("network configuration gives orgs %1 and %2 the same key")
                                     .arg(decoded->members[i].orgId, decoded->members[j].orgId));
    return decoded;
}

QByteArray NetworkConfig::hash() const
{
    return Sha256::hash(encode());
}

QByteArray NetworkConfig::networkId() const
{
    return version > 1 ? genesisId : hash();
}

std::optional<Member> NetworkConfig::member(const QString &orgId) const
{
    for (const Member &m : members)
        if (m.orgId == orgId)
            return m;
    return std::nullopt;
}

std::optional<Member> NetworkConfig::memberByKey(const QByteArray &orgKey) const
{
    for (const Member &m : members)
        if (m.orgKey == orgKey)
            return m;
    return std::nullopt;
}

EndorsementRule NetworkConfig::endorsementRule(quint64 txType) const
{
    EndorsementRule rule = policy.endorsementFor(txType);
    if (txType == quint64(TxType::ConfigChange))
        rule.quorum = true;
    return rule;
}

NetworkConfig NetworkConfig::successor() const
{
    NetworkConfig next = *this;
    next.genesisId = networkId();
    next.version = version + 1;
    return next;
}

} // namespace careledger
