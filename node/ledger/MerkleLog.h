#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <array>
#include <vector>

namespace careledger {

// The ledger's append-only log of all transactions, as an RFC 9162 (Certificate
// Transparency v2) Merkle tree: leaves are SHA-256(0x00 || data), interior nodes
// SHA-256(0x01 || left || right), and the empty tree's root is SHA-256("").
//
// For every level k the log keeps the hashes of all complete subtrees of 2^k
// leaves (level 0 holds the leaf hashes): about 2n hashes, 64 bytes per leaf.
// Any node of the tree of a past size m <= size() is either one of those or sits
// on m's right edge, where it is rebuilt from at most log2(m) of them; so roots
// and proofs for any size cost O(log n) reads and hashes.
//
// One writer at a time; const members may run concurrently with each other.
class MerkleLog {
public:
    static constexpr int HashSize = 32;

    static QByteArray leafHash(QByteArrayView leafData);
    static QByteArray nodeHash(QByteArrayView left, QByteArrayView right);
    static QByteArray emptyRoot();

    // leafHash must be HashSize bytes; anything else is a programming error
    // that would silently fork the log, so it stops the process.
    void appendLeafHash(const QByteArray &leafHash);
    void append(QByteArrayView leafData) { appendLeafHash(leafHash(leafData)); }
    quint64 size() const;

    QByteArray root() const;
    // Root of the first treeSize leaves; empty if treeSize > size().
    QByteArray rootAt(quint64 treeSize) const;
    // Empty if index >= size().
    QByteArray leafHashAt(quint64 index) const;

    // RFC 9162 §2.1.3.1: the audit path for leaf `index` in the tree of the first
    // treeSize leaves, bottom-up. Requires index < treeSize <= size().
    Result<QList<QByteArray>> inclusionProof(quint64 index, quint64 treeSize) const;
    // RFC 9162 §2.1.4.1: proves the tree of newSize leaves extends the one of
    // oldSize. Requires oldSize <= newSize <= size(); empty when oldSize is 0 or
    // equals newSize (nothing to prove).
    Result<QList<QByteArray>> consistencyProof(quint64 oldSize, quint64 newSize) const;

    // Drops the leaves from newSize on (a block rolled back before commit); no-op
    // if newSize >= size().
    void truncate(quint64 newSize);

    // RFC 9162 §2.1.3.2. Fails, with the reason, on malformed hashes, index >=
    // treeSize, a proof of the wrong length or a root that does not match.
    static Status verifyInclusion(const QByteArray &leafHash, quint64 index, quint64 treeSize,
                                  const QList<QByteArray> &proof, const QByteArray &root);
    // RFC 9162 §2.1.4.2, plus the cases it leaves out: equal sizes need an empty
    // proof and equal roots; oldSize 0 needs an empty proof and oldRoot equal to
    // emptyRoot() (any tree extends the empty one, but not a forged empty root).
    static Status verifyConsistency(quint64 oldSize, quint64 newSize, const QByteArray &oldRoot,
                                    const QByteArray &newRoot, const QList<QByteArray> &proof);

    // A proof on the wire and on disk: a canonical CBOR array of 32-byte hashes.
    static QByteArray encodeProof(const QList<QByteArray> &proof);
    static Result<QList<QByteArray>> decodeProof(const QByteArray &bytes);

private:
    using Hash = std::array<quint8, HashSize>;

    // The hashes of one level, left to right, in fixed-size chunks: growing a
    // level never copies it (at 10 M leaves level 0 alone is 320 MB, and a
    // doubling vector would briefly need three times that).
    class Level {
    public:
        quint64 size() const { return m_size; }
        const Hash &at(quint64 index) const;
        void append(const Hash &hash);
        void truncate(quint64 newSize);

    private:
        std::vector<std::vector<Hash>> m_chunks;
        quint64 m_size = 0;
    };

    // Hash of the `count` leaves from `start`, where start is a multiple of the
    // smallest power of two >= count: a node of the tree of size start + count.
    Hash rangeHash(quint64 start, quint64 count) const;
    // The node at `level` and `index` of the tree of size treeSize, which may be
    // a right-edge node that is not complete.
    Hash nodeAt(int level, quint64 index, quint64 treeSize) const;
    // Path from the node at `level` and `index` up to the root of the tree of
    // size treeSize; the core of both inclusion and consistency proofs.
    QList<QByteArray> pathFrom(int level, quint64 index, quint64 treeSize) const;

    std::vector<Level> m_levels;
};

} // namespace careledger
