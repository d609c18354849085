#include "Proposal.h"

#include "core/Cbor.h"
#include "crypto/Ed25519.h"
#include "ledger/Domains.h"
#include "ledger/NetworkConfig.h"
#include "ledger/TxBody.h"

namespace careledger {

namespace {
constexpr qsizetype MaxBlockBytes = 64 * 1024 * 1024;
constexpr qsizetype MaxPayloads = 100000;
} // namespace

void Proposal::sign(const SecureBuffer &orgSecretKey)
{
    proposerSignature = Ed25519::sign(orgSecretKey, Domains::Proposal, block.signedHeader.header.encode());
}

Status Proposal::verifyProposer(const NetworkConfig &config) const
{
    const BlockHeader &h = block.signedHeader.header;
    const auto member = config.member(h.proposer);
    if (!member)
        return makeError(QStringLiteral("not_member"), QStringLiteral("block %1 is proposed by %2, who is not a member")
                                                           .arg(h.height)
                                                           .arg(h.proposer));
    if (!Ed25519::verify(member->orgKey, Domains::Proposal, h.encode(), proposerSignature))
        return makeError(QStringLiteral("bad_signature"),
                         QStringLiteral("block %1: the proposal signature of %2 does not verify").arg(h.height).arg(h.proposer));
    return {};
}

QByteArray Proposal::encode() const
{
    CborWriter w;
    w.array(3).raw(block.encode());
    w.array(payloads.size());
    for (const QByteArray &p : payloads)
        w.bytes(p);
    w.bytes(proposerSignature);
    return w.take();
}

Result<Proposal> Proposal::decode(const QByteArray &bytes)
{
    QByteArray blockBytes;
    auto decoded = decodeCanonical<Proposal>(
        bytes, QStringLiteral("proposal"),
        [&blockBytes](CborReader &r) {
            Proposal p;
            r.array(3, 3);
            blockBytes = r.rawItem(MaxBlockBytes);
            const qsizetype n = r.array(0, MaxPayloads);
            for (qsizetype i = 0; i < n && r.ok(); ++i)
                p.payloads.append(r.bytes(RecordVersion::MaxPayloadSize));
            r.leave();
            p.proposerSignature = r.fixedBytes(Ed25519::SignatureSize);
            r.leave();
            auto block = Block::decode(blockBytes);
            if (!block)
                r.fail(block.error().message);
            else
                p.block = std::move(block).value();
            return p;
        },
        [](const Proposal &p) { return p.encode(); });
    return decoded;
}

} // namespace careledger
