#include "ConsortiumFiles.h"

#include "contract/Contract.h"
#include "core/Cbor.h"
#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"
#include "ledger/Domains.h"

#include <algorithm>

namespace careledger {

namespace {
constexpr const char *MemberMagic = "careledger-member/v1";
constexpr const char *ProposalMagic = "careledger-config-proposal/v1";
} // namespace

QByteArray MemberFile::encode(const Member &member)
{
    CborWriter w;
    w.array(2).text(QLatin1String(MemberMagic));
    member.write(w);
    return w.take();
}

Result<Member> MemberFile::decode(const QByteArray &bytes)
{
    return decodeCanonical<Member>(
        bytes, QStringLiteral("member file"),
        [](CborReader &r) {
            r.array(2, 2);
            if (r.text(64) != QLatin1String(MemberMagic))
                r.fail(QStringLiteral("not a CareLedger member file"));
            Member m = Member::read(r);
            r.leave();
            return m;
        },
        [](const Member &m) { return encode(m); });
}

QString MemberFile::fingerprint(const QByteArray &orgKey)
{
    const QString hex = QString::fromLatin1(Sha256::hash(orgKey).left(10).toHex());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

Result<ConfigProposal> ConfigProposal::make(const NetworkConfig &previous, const NetworkConfig &next, const QString &orgId,
                                            const SecureBuffer &orgKey, quint64 nowMs)
{
    ConfigProposal p;
    p.m_previous = previous;
    p.m_next = next;
    const auto member = previous.member(orgId);
    if (!member)
        return makeError(QStringLiteral("not_member"),
                         QStringLiteral("%1 is not a member of the configuration in force").arg(orgId));
    p.m_tx = Transaction::make(TxType::ConfigChange, previous.networkId(), orgId, ConfigChange{previous.hash(), next}.encode(),
                               member->orgKey, orgKey, nowMs);
    if (!p.m_tx.hasValidSignature())
        return makeError(QStringLiteral("wrong_key"),
                         QStringLiteral("this data directory's org key is not the one the network lists for %1").arg(orgId));
    const Reason r = Contract::checkConfigChange(p.m_tx, ConfigChange{previous.hash(), next}, previous);
    if (r != Reason::Ok)
        return makeError(reasonCode(r), reasonText(r));
    p.m_tx.endorsements.append(p.m_tx.endorse(orgId, orgKey));
    return p;
}

QByteArray ConfigProposal::encode() const
{
    CborWriter w;
    w.array(3).text(QLatin1String(ProposalMagic)).bytes(m_previous.encode()).bytes(m_tx.encode());
    return w.take();
}

Result<ConfigProposal> ConfigProposal::decode(const QByteArray &bytes)
{
    struct Raw {
        QByteArray previous;
        QByteArray tx;
    };
    auto raw = decodeCanonical<Raw>(
        bytes, QStringLiteral("configuration proposal"),
        [](CborReader &r) {
            Raw out;
            r.array(3, 3);
            if (r.text(64) != QLatin1String(ProposalMagic))
                r.fail(QStringLiteral("not a CareLedger configuration proposal"));
            out.previous = r.bytes(256 * 1024);
            out.tx = r.bytes(Transaction::MaxEncodedSize);
            r.leave();
            return out;
        },
        [](const Raw &r) {
            CborWriter w;
            w.array(3).text(QLatin1String(ProposalMagic)).bytes(r.previous).bytes(r.tx);
            return w.take();
        });
    if (!raw)
        return raw.error();
    auto previous = NetworkConfig::decode(raw->previous);
    if (!previous)
        return previous.error();
    auto tx = Transaction::decode(raw->tx);
    if (!tx)
        return tx.error();
    if (tx->type != TxType::ConfigChange || !tx->hasValidSignature() || tx->networkId != previous->networkId())
        return makeError(QStringLiteral("malformed"), QStringLiteral("the proposal's transaction is not a signed "
                                                                     "configuration change of this network"));
    auto change = ConfigChange::decode(tx->body);
    if (!change)
        return change.error();
    if (change->previousConfigHash != previous->hash())
        return makeError(QStringLiteral("malformed"), QStringLiteral("the proposal does not change the configuration it carries"));
    ConfigProposal p;
    p.m_previous = std::move(previous).value();
    p.m_next = change->config;
    p.m_tx = std::move(tx).value();
    return p;
}

QStringList ConfigProposal::describe() const
{
    QStringList lines;
    lines << QStringLiteral("network '%1', configuration version %2 -> %3")
                 .arg(m_previous.networkName)
                 .arg(m_previous.version)
                 .arg(m_next.version);
    for (const Member &m : m_next.members)
        if (!m_previous.member(m.orgId))
            lines << QStringLiteral("ADD member %1 (%2) at %3, org key fingerprint %4")
                         .arg(m.orgId, m.displayName, m.endpoint, MemberFile::fingerprint(m.orgKey));
    for (const Member &m : m_previous.members) {
        const auto now = m_next.member(m.orgId);
        if (!now)
            lines << QStringLiteral("REMOVE member %1 (%2)").arg(m.orgId, m.displayName);
        else if (!(*now == m))
            lines << QStringLiteral("CHANGE member %1: %2").arg(m.orgId, now->orgKey != m.orgKey ? QStringLiteral("new org key")
                                                                                                   : QStringLiteral("new endpoint, name or certificate"));
    }
    const Policy &a = m_previous.policy;
    const Policy &b = m_next.policy;
    if (a.maxBlockTransactions != b.maxBlockTransactions || a.blockIntervalMs != b.blockIntervalMs
        || a.maxClockSkewMs != b.maxClockSkewMs)
        lines << QStringLiteral("CHANGE ordering: %1 transactions or %2 ms per block, clock skew %3 ms")
                     .arg(b.maxBlockTransactions)
                     .arg(b.blockIntervalMs)
                     .arg(b.maxClockSkewMs);
    QList<quint64> types = b.endorsement.keys();
    for (quint64 t : a.endorsement.keys())
        if (!types.contains(t))
            types << t;
    std::sort(types.begin(), types.end());
    for (quint64 t : types)
        if (a.endorsementFor(t) != b.endorsementFor(t))
            lines << QStringLiteral("CHANGE endorsement of %1: %2 -> %3")
                         .arg(txTypeName(TxType(t)), a.endorsementFor(t).describe(), b.endorsementFor(t).describe());
    if (a.otherEndorsement != b.otherEndorsement)
        lines << QStringLiteral("CHANGE endorsement of other transactions: %1 -> %2")
                     .arg(a.otherEndorsement.describe(), b.otherEndorsement.describe());
    if (lines.size() == 1)
        lines << QStringLiteral("(no change)");
    QStringList ids;
    for (const Member &m : m_next.members)
        ids << m.orgId;
    lines << QStringLiteral("members after the change: %1; a quorum is then %2 of %3")
                 .arg(ids.join(QStringLiteral(", ")))
                 .arg(m_next.quorum())
                 .arg(m_next.signerCount());
    return lines;
}

QStringList ConfigProposal::signers() const
{
    QStringList out;
    for (const Endorsement &e : m_tx.endorsements)
        out << e.org;
    return out;
}

QStringList ConfigProposal::pendingSigners() const
{
    QStringList out;
    for (const Member &m : m_previous.members)
        if (!m_tx.hasEndorsementFrom(m.orgId))
            out << m.orgId;
    return out;
}

bool ConfigProposal::hasQuorum() const
{
    return Contract::checkEndorsements(m_tx, m_previous) == Reason::Ok;
}

Status ConfigProposal::sign(const QString &orgId, const SecureBuffer &orgKey)
{
    const auto member = m_previous.member(orgId);
    if (!member)
        return makeError(QStringLiteral("not_member"),
                         QStringLiteral("%1 is not a member of the configuration this proposal changes").arg(orgId));
    if (m_tx.hasEndorsementFrom(orgId))
        return makeError(QStringLiteral("already_signed"), QStringLiteral("%1 has already signed this proposal").arg(orgId));
    const Endorsement e = m_tx.endorse(orgId, orgKey);
    if (!Ed25519::verify(member->orgKey, Domains::Endorsement, m_tx.id(), e.signature))
        return makeError(QStringLiteral("wrong_key"),
                         QStringLiteral("this data directory's org key is not the one the network lists for %1").arg(orgId));
    m_tx.endorsements.append(e);
    return {};
}

} // namespace careledger
