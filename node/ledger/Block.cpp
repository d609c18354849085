#include "Block.h"

#include "NetworkConfig.h"
#include "Transaction.h"
#include "core/Cbor.h"
#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"
#include "ledger/Domains.h"
#include "ledger/MerkleLog.h"

#include <QSet>

namespace careledger {

namespace {
constexpr qsizetype MaxBlockTransactions = 100000;

void writeHeader(CborWriter &w, const BlockHeader &h)
{
    w.array(10)
        .uint(h.version)
        .bytes(h.networkId)
        .uint(h.height)
        .bytes(h.previousHash)
        .bytes(h.txRoot)
        .bytes(h.logRoot)
        .uint(h.logSize)
        .bytes(h.validityHash)
        .uint(h.timestampMs)
        .text(h.proposer);
}

BlockHeader readHeader(CborReader &r)
{
    BlockHeader h;
    r.array(10, 10);
    h.version = r.uint();
    if (r.ok() && h.version != BlockHeader::CurrentVersion)
        r.fail(QStringLiteral("unsupported header version %1").arg(h.version));
    h.networkId = r.fixedBytes(Sha256::Size);
    h.height = r.uint();
    h.previousHash = r.fixedBytes(Sha256::Size);
    h.txRoot = r.fixedBytes(Sha256::Size);
    h.logRoot = r.fixedBytes(Sha256::Size);
    h.logSize = r.uint();
    h.validityHash = r.fixedBytes(Sha256::Size);
    h.timestampMs = r.uint();
    h.proposer = r.text(64);
    r.leave();
    return h;
}

void writeSignedHeader(CborWriter &w, const SignedHeader &s)
{
    w.array(2);
    writeHeader(w, s.header);
    w.array(s.signatures.size());
    for (const HeaderSignature &sig : s.signatures)
        w.array(2).text(sig.org).bytes(sig.signature);
}

SignedHeader readSignedHeader(CborReader &r)
{
    SignedHeader s;
    r.array(2, 2);
    s.header = readHeader(r);
    const qsizetype n = r.array(0, 100);
    for (qsizetype i = 0; i < n && r.ok(); ++i) {
        r.array(2, 2);
        HeaderSignature sig{r.text(64), r.fixedBytes(Ed25519::SignatureSize)};
        r.leave();
        s.signatures.append(sig);
    }
    r.leave();
    r.leave();
    return s;
}
} // namespace

QByteArray BlockHeader::encode() const
{
    CborWriter w;
    writeHeader(w, *this);
    return w.take();
}

QByteArray BlockHeader::hash() const
{
    return Sha256::hash(encode());
}

Result<BlockHeader> BlockHeader::decode(const QByteArray &bytes)
{
    return decodeCanonical<BlockHeader>(bytes, QStringLiteral("block header"), readHeader,
                                        [](const BlockHeader &h) { return h.encode(); });
}

void SignedHeader::addSignature(const QString &org, const SecureBuffer &orgSecretKey)
{
    signatures.append({org, Ed25519::sign(orgSecretKey, Domains::Header, header.encode())});
}

int SignedHeader::validSignatureCount(const NetworkConfig &config) const
{
    const QByteArray message = header.encode();
    QSet<QString> counted;
    for (const HeaderSignature &sig : signatures) {
        if (counted.contains(sig.org))
            continue;
        const auto member = config.member(sig.org);
        if (member && Ed25519::verify(member->orgKey, Domains::Header, message, sig.signature))
            counted.insert(sig.org);
    }
    return int(counted.size());
}

Status SignedHeader::verifyQuorum(const NetworkConfig &config) const
{
    if (header.networkId != config.networkId())
        return makeError(QStringLiteral("wrong_network"), QStringLiteral("header belongs to another network"));
    const int valid = validSignatureCount(config);
    if (valid < config.quorum())
        return makeError(QStringLiteral("no_quorum"),
                         QStringLiteral("block %1 has %2 valid member signatures; %3 of %4 are required")
                             .arg(header.height)
                             .arg(valid)
                             .arg(config.quorum())
                             .arg(config.signerCount()));
    return {};
}

QByteArray SignedHeader::encode() const
{
    CborWriter w;
    writeSignedHeader(w, *this);
    return w.take();
}

Result<SignedHeader> SignedHeader::decode(const QByteArray &bytes)
{
    return decodeCanonical<SignedHeader>(bytes, QStringLiteral("signed header"), readSignedHeader,
                                         [](const SignedHeader &s) { return s.encode(); });
}

QByteArray Block::validityHashOf(const QList<quint16> &codes)
{
    CborWriter w;
    w.array(codes.size());
    for (quint16 c : codes)
        w.uint(c);
    return Sha256::hash(w.take());
}

QByteArray Block::txRootOf(const QList<QByteArray> &transactions)
{
    QList<QByteArray> leaves;
    leaves.reserve(transactions.size());
    for (const QByteArray &tx : transactions)
        leaves.append(MerkleLog::leafHash(tx));
    return txRootOfLeafHashes(leaves);
}

QByteArray Block::txRootOfLeafHashes(const QList<QByteArray> &leafHashes)
{
    MerkleLog tree;
    for (const QByteArray &leaf : leafHashes)
        tree.appendLeafHash(leaf);
    return tree.root();
}

Status Block::verifyBody() const
{
    const BlockHeader &h = signedHeader.header;
    if (transactions.size() != validity.size())
        return makeError(QStringLiteral("bad_block"), QStringLiteral("validity list does not match the transactions"));
    if (txRootOf(transactions) != h.txRoot)
        return makeError(QStringLiteral("bad_block"),
                         QStringLiteral("block %1: transactions do not match the header's root").arg(h.height));
    if (validityHashOf(validity) != h.validityHash)
        return makeError(QStringLiteral("bad_block"),
                         QStringLiteral("block %1: validity codes do not match the header").arg(h.height));
    return {};
}

QByteArray Block::encode() const
{
    CborWriter w;
    w.array(3);
    writeSignedHeader(w, signedHeader);
    w.array(transactions.size());
    for (const QByteArray &tx : transactions)
        w.bytes(tx);
    w.array(validity.size());
    for (quint16 c : validity)
        w.uint(c);
    return w.take();
}

Result<Block> Block::decode(const QByteArray &bytes)
{
    return decodeCanonical<Block>(
        bytes, QStringLiteral("block"),
        [](CborReader &r) {
            Block b;
            r.array(3, 3);
            b.signedHeader = readSignedHeader(r);
            const qsizetype n = r.array(0, MaxBlockTransactions);
            for (qsizetype i = 0; i < n && r.ok(); ++i)
                b.transactions.append(r.bytes(Transaction::MaxEncodedSize));
            r.leave();
            const qsizetype m = r.array(0, MaxBlockTransactions);
            for (qsizetype i = 0; i < m && r.ok(); ++i)
                b.validity.append(quint16(r.uint(0xffff)));
            r.leave();
            r.leave();
            return b;
        },
        [](const Block &b) { return b.encode(); });
}

} // namespace careledger
