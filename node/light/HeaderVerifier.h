#pragma once

#include "core/Result.h"
#include "ledger/Block.h"
#include "ledger/NetworkConfig.h"

#include <QByteArray>
#include <QList>

namespace careledger {

// What a light node believes: the newest header it has verified, reduced to
// what later proofs are checked against.
struct TrustedState {
    quint64 height = 0;
    QByteArray headerHash;
    quint64 logSize = 0;
    QByteArray logRoot;
    quint64 timestampMs = 0;

    bool isEmpty() const { return headerHash.isEmpty(); }
    static TrustedState of(const BlockHeader &header);
    bool operator==(const TrustedState &) const = default;
};

// The light node's trust rules, pure and synchronous: a header counts only with
// a quorum of the signer set in force at its height (the pinned genesis, then
// each configuration change it followed, in order); a newer header is accepted
// only with a consistency proof from what is already trusted (one proof over
// any distance, O(log n)); a transaction only with an inclusion proof against
// a trusted root.
class HeaderVerifier {
public:
    explicit HeaderVerifier(NetworkConfig pinned);

    // The newest configuration followed (the pinned one until a change).
    const NetworkConfig &config() const { return m_configs.last().second; }
    // The configuration whose members sign the block at `height`.
    const NetworkConfig &configAt(quint64 height) const;
    // Every configuration followed, with the first height it signs.
    const QList<QPair<quint64, NetworkConfig>> &configs() const { return m_configs; }

    // Follows the configuration change `transaction`, included at `logIndex`
    // of the block `changeBlock` (inclusionProof against that header's log).
    // The header needs a quorum of the configuration in force at its height
    // and must not precede the last change followed; the change must replace
    // exactly the newest configuration, be valid in form and endorsed by a
    // quorum of its members (Contract::checkConfigChange and
    // checkEndorsements). The new configuration signs from the next block on.
    // Refusals: "no_quorum"/"forged_header" (the header), "bad_proof",
    // "config_refused" (the change itself, with the contract's reason).
    Result<NetworkConfig> followConfigChange(const SignedHeader &changeBlock, const QByteArray &transaction,
                                             quint64 logIndex, const QList<QByteArray> &inclusionProof);
    // A configuration followed before (restored from the cache).
    void restore(quint64 fromHeight, NetworkConfig config);

    // A quorum of the signer set in force at the header's height, the refusal named by what is wrong:
    // "wrong_network", "forged_header" (a member's signature that does not
    // verify: forged or altered in transit) or "no_quorum" (too few valid ones).
    Status checkSignatures(const SignedHeader &header) const;

    // The first header a fresh light node trusts: quorum-signed, of this network.
    Result<TrustedState> bootstrap(const SignedHeader &header) const;
    // Moves trust forward to `next`. An older or equal height is refused
    // (stale), a same-height different header is equivocation.
    Result<TrustedState> advance(const TrustedState &trusted, const SignedHeader &next,
                                 const QList<QByteArray> &consistencyProof) const;
    Status verifyTransaction(const TrustedState &trusted, const QByteArray &transaction, quint64 logIndex,
                             const QList<QByteArray> &inclusionProof) const;
    // Two quorum-signed headers at one height that differ: proof that members misbehaved.
    bool isEquivocation(const SignedHeader &a, const SignedHeader &b) const;

private:
    QList<QPair<quint64, NetworkConfig>> m_configs; // from height, configuration; in height order
};

} // namespace careledger
