#include "HeaderVerifier.h"

#include "crypto/Ed25519.h"
#include "ledger/Domains.h"
#include "ledger/MerkleLog.h"

namespace careledger {

TrustedState TrustedState::of(const BlockHeader &header)
{
    return TrustedState{header.height, header.hash(), header.logSize, header.logRoot, header.timestampMs};
}

HeaderVerifier::HeaderVerifier(NetworkConfig pinned) : m_config(std::move(pinned)) {}

Status HeaderVerifier::checkSignatures(const SignedHeader &header) const
{
    Status st = header.verifyQuorum(m_config);
    if (st || st.error().code != QLatin1String("no_quorum"))
        return st;
    // Only on refusal: tell a forged signature from a missing one.
    const QByteArray message = header.header.encode();
    for (const HeaderSignature &sig : header.signatures) {
        const auto member = m_config.member(sig.org);
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
    return a.header.height == b.header.height && a.header.hash() != b.header.hash() && a.verifyQuorum(m_config)
        && b.verifyQuorum(m_config);
}

} // namespace careledger
