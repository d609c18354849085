#include "HeaderVerifier.h"

#include "contract/Contract.h"
#include "crypto/Ed25519.h"
#include "ledger/Domains.h"
#include "ledger/MerkleLog.h"

namespace careledger {

TrustedState TrustedState::of(const BlockHeader &header)
{
    return TrustedState{header.height, header.hash(), header.logSize, header.logRoot, header.timestampMs};
}

HeaderVerifier::HeaderVerifier(NetworkConfig pinned)
{
    m_configs.append({0, std::move(pinned)});
}

const NetworkConfig &HeaderVerifier::configAt(quint64 height) const
{
    for (qsizetype i = m_configs.size() - 1; i > 0; --i)
        if (height >= m_configs[i].first)
            return m_configs[i].second;
    return m_configs.first().second;
}

void HeaderVerifier::restore(quint64 fromHeight, NetworkConfig config)
{
    m_configs.append({fromHeight, std::move(config)});
}

Result<NetworkConfig> HeaderVerifier::followConfigChange(const SignedHeader &changeBlock, const QByteArray &transaction,
                                                         quint64 logIndex, const QList<QByteArray> &inclusionProof)
{
    const BlockHeader &h = changeBlock.header;
    if (m_configs.size() > 1 && h.height < m_configs.last().first)
        return makeError(QStringLiteral("config_refused"),
                         QStringLiteral("a configuration change in block %1 comes before one already followed").arg(h.height));
    if (Status st = checkSignatures(changeBlock); !st)
        return st.error();
    if (Status st = verifyTransaction(TrustedState::of(h), transaction, logIndex, inclusionProof); !st)
        return st.error();
    const NetworkConfig &inForce = config();
    const Contract contract(m_configs.first().second);
    const StatelessCheck s = contract.checkStateless(transaction);
    if (s.reason == Reason::Ok && s.checked.tx.type != TxType::ConfigChange)
        return makeError(QStringLiteral("config_refused"), QStringLiteral("log entry %1 is not a configuration change").arg(logIndex));
    Reason r = s.reason;
    if (r == Reason::Ok)
        r = Contract::checkConfigChange(s.checked.tx, std::get<ConfigChange>(s.checked.body), inForce);
    if (r == Reason::Ok)
        r = Contract::checkEndorsements(s.checked.tx, inForce);
    if (r != Reason::Ok)
        return makeError(QStringLiteral("config_refused"),
                         QStringLiteral("the configuration change in block %1 is not valid: %2 (%3)")
                             .arg(h.height)
                             .arg(reasonText(r), reasonCode(r)));
    const NetworkConfig next = std::get<ConfigChange>(s.checked.body).config;
    m_configs.append({h.height + 1, next});
    return next;
}

Status HeaderVerifier::checkSignatures(const SignedHeader &header) const
{
    const NetworkConfig &config = configAt(header.header.height);
    Status st = header.verifyQuorum(config);
    if (st || st.error().code != QLatin1String("no_quorum"))
        return st;
    // Only on refusal: tell a forged signature from a missing one.
    const QByteArray message = header.header.encode();
    for (const HeaderSignature &sig : header.signatures) {
        const auto member = config.member(sig.org);
        if (member && !Ed25519::verify(member->orgKey, Domains::Header, message, sig.signature))
            return makeError(QStringLiteral("forged_header"),
                             QStringLiteral("block %1 carries a signature of %2 that does not verify: forged or altered")
                                 .arg(header.header.height)
                                 .arg(sig.org));
    }
    return st;
}

Result<TrustedState> HeaderVerifier::bootstrap(const SignedHeader &header) const
{
    if (Status st = checkSignatures(header); !st)
        return st.error();
    return TrustedState::of(header.header);
}

Result<TrustedState> HeaderVerifier::advance(const TrustedState &trusted, const SignedHeader &next,
                                             const QList<QByteArray> &consistencyProof) const
{
    if (Status st = checkSignatures(next); !st)
        return st.error();
    const BlockHeader &h = next.header;
    if (h.height == trusted.height) {
        if (h.hash() == trusted.headerHash)
            return trusted;
        return makeError(QStringLiteral("equivocation"),
                         QStringLiteral("two different quorum-signed headers at height %1").arg(h.height));
    }
    if (h.height < trusted.height)
        return makeError(QStringLiteral("stale"), QStringLiteral("the node offers height %1, older than the trusted %2")
                                                      .arg(h.height)
                                                      .arg(trusted.height));
    if (h.logSize < trusted.logSize || h.timestampMs <= trusted.timestampMs)
        return makeError(QStringLiteral("inconsistent"),
                         QStringLiteral("header %1 shrinks the log or goes back in time").arg(h.height));
    if (Status st = MerkleLog::verifyConsistency(trusted.logSize, h.logSize, trusted.logRoot, h.logRoot, consistencyProof);
        !st)
        return makeError(QStringLiteral("inconsistent"),
                         QStringLiteral("header %1 rewrites history: %2").arg(h.height).arg(st.error().message));
    return TrustedState::of(h);
}

Status HeaderVerifier::verifyTransaction(const TrustedState &trusted, const QByteArray &transaction, quint64 logIndex,
                                         const QList<QByteArray> &inclusionProof) const
{
    if (Status st = MerkleLog::verifyInclusion(MerkleLog::leafHash(transaction), logIndex, trusted.logSize,
                                               inclusionProof, trusted.logRoot);
        !st)
        return makeError(QStringLiteral("bad_proof"),
                         QStringLiteral("transaction %1 is not in the verified log: %2").arg(logIndex).arg(st.error().message));
    return {};
}

bool HeaderVerifier::isEquivocation(const SignedHeader &a, const SignedHeader &b) const
{
    const NetworkConfig &config = configAt(a.header.height);
    return a.header.height == b.header.height && a.header.hash() != b.header.hash() && a.verifyQuorum(config)
        && b.verifyQuorum(config);
}

} // namespace careledger
