#include "MerkleLog.h"

#include "core/Cbor.h"

#include "crypto/Sha256.h"

#include <QtGlobal>

#include <bit>
#include <cstring>

namespace careledger {

static_assert(MerkleLog::HashSize == Sha256::Size);

namespace {

// 1 MiB per chunk: large enough that the chunk table stays tiny, small enough
// that the unused tail of a level's last chunk does not matter.
constexpr quint64 ChunkSize = quint64(1) << 15;

using Hash = std::array<quint8, MerkleLog::HashSize>;

QByteArrayView view(const Hash &hash)
{
    return QByteArrayView(reinterpret_cast<const char *>(hash.data()), hash.size());
}

QByteArray toBytes(const Hash &hash)
{
    return view(hash).toByteArray();
}

Hash combine(const Hash &left, const Hash &right)
{
    const QByteArray bytes = MerkleLog::nodeHash(view(left), view(right));
    Hash out;
    std::memcpy(out.data(), bytes.constData(), out.size());
    return out;
}

// Where the paths from a node and from the tree's last node at the same level
// part: below that, `inner` siblings on either side; above, one left sibling per
// set bit of the node's index (`border`). inner + border is the exact proof
// length, which lets the verifiers name a wrong length instead of a mismatch.
struct PathShape {
    int inner;
    int border;
};

PathShape pathShape(quint64 index, quint64 lastIndex)
{
    const int inner = std::bit_width(index ^ lastIndex);
    const quint64 above = inner < 64 ? index >> inner : 0;
    return {inner, std::popcount(above)};
}

Status checkHash(const QByteArray &hash, const QString &what)
{
    if (hash.size() != MerkleLog::HashSize)
        return makeError(QStringLiteral("bad_hash"), QStringLiteral("%1 has %2 bytes, a SHA-256 hash has %3")
                                                         .arg(what)
                                                         .arg(hash.size())
                                                         .arg(MerkleLog::HashSize));
    return {};
}

Status checkProofHashes(const QList<QByteArray> &proof)
{
    for (qsizetype i = 0; i < proof.size(); ++i) {
        if (proof[i].size() != MerkleLog::HashSize)
            return checkHash(proof[i], QStringLiteral("proof hash %1").arg(i));
    }
    return {};
}

Error wrongLength(const char *kind, qsizetype got, int want)
{
    return makeError(QStringLiteral("bad_proof_length"),
                     QStringLiteral("%1 proof has %2 hashes, expected %3").arg(QLatin1String(kind)).arg(got).arg(want));
}

} // namespace

QByteArray MerkleLog::leafHash(QByteArrayView leafData)
{
    return Sha256::hash('\x00', leafData);
}

QByteArray MerkleLog::nodeHash(QByteArrayView left, QByteArrayView right)
{
    return Sha256::hash('\x01', left, right);
}

QByteArray MerkleLog::emptyRoot()
{
    return Sha256::hash(QByteArrayView());
}

const MerkleLog::Hash &MerkleLog::Level::at(quint64 index) const
{
    return m_chunks[index / ChunkSize][index % ChunkSize];
}

void MerkleLog::Level::append(const Hash &hash)
{
    if (m_chunks.empty() || m_chunks.back().size() == ChunkSize) {
        m_chunks.emplace_back();
        // Levels with a single chunk grow as needed so short levels stay short.
        if (m_chunks.size() > 1)
            m_chunks.back().reserve(ChunkSize);
    }
    m_chunks.back().push_back(hash);
    ++m_size;
}

void MerkleLog::Level::truncate(quint64 newSize)
{
    if (newSize >= m_size)
        return;
    const quint64 chunks = (newSize + ChunkSize - 1) / ChunkSize;
    m_chunks.resize(chunks);
    if (chunks > 0)
        m_chunks.back().resize(newSize - (chunks - 1) * ChunkSize);
    m_size = newSize;
}

void MerkleLog::appendLeafHash(const QByteArray &leafHash)
{
    if (leafHash.size() != HashSize)
        qFatal("MerkleLog: leaf hash of %lld bytes, expected %d", qlonglong(leafHash.size()), HashSize);

    Hash hash;
    std::memcpy(hash.data(), leafHash.constData(), hash.size());
    if (m_levels.empty())
        m_levels.emplace_back();
    m_levels[0].append(hash);
    // An even count on a level means its last two subtrees just became siblings,
    // which completes their parent one level up.
    for (size_t k = 0; m_levels[k].size() % 2 == 0; ++k) {
        hash = combine(m_levels[k].at(m_levels[k].size() - 2), hash);
        if (m_levels.size() == k + 1)
            m_levels.emplace_back();
        m_levels[k + 1].append(hash);
    }
}

quint64 MerkleLog::size() const
{
    return m_levels.empty() ? 0 : m_levels[0].size();
}

QByteArray MerkleLog::root() const
{
    return rootAt(size());
}

QByteArray MerkleLog::rootAt(quint64 treeSize) const
{
    if (treeSize > size())
        return {};
    if (treeSize == 0)
        return emptyRoot();
    return toBytes(rangeHash(0, treeSize));
}

QByteArray MerkleLog::leafHashAt(quint64 index) const
{
    if (index >= size())
        return {};
    return toBytes(m_levels[0].at(index));
}

MerkleLog::Hash MerkleLog::rangeHash(quint64 start, quint64 count) const
{
    // The range splits into one complete subtree per set bit of count, largest
    // first (RFC 9162 §2.1.1 splits at the largest power of two below the size);
    // fold them from the smallest, rightmost one leftwards.
    Hash hash{};
    bool first = true;
    int level = 0;
    for (quint64 rest = count; rest != 0; rest >>= 1, ++level) {
        if (!(rest & 1))
            continue;
        const quint64 bit = quint64(1) << level;
        const quint64 subtreeStart = start + (count & ~(bit | (bit - 1)));
        const Hash &subtree = m_levels[level].at(subtreeStart >> level);
        hash = first ? subtree : combine(subtree, hash);
        first = false;
    }
    return hash;
}

MerkleLog::Hash MerkleLog::nodeAt(int level, quint64 index, quint64 treeSize) const
{
    const quint64 start = index << level;
    const quint64 width = quint64(1) << level;
    if (treeSize - start >= width)
        return m_levels[level].at(index);
    return rangeHash(start, treeSize - start);
}

QList<QByteArray> MerkleLog::pathFrom(int level, quint64 index, quint64 treeSize) const
{
    const PathShape shape = pathShape(index, (treeSize - 1) >> level);
    QList<QByteArray> path;
    path.reserve(shape.inner + shape.border);
    // Below the split the sibling may be on either side; only the topmost one
    // can be the tree's incomplete right edge.
    for (int j = 0; j < shape.inner; ++j)
        path.append(toBytes(nodeAt(level + j, (index >> j) ^ 1, treeSize)));
    // Above it the node is on the right edge: its siblings are complete
    // subtrees on the left, one wherever the index has a set bit.
    int j = shape.inner;
    for (quint64 rest = j < 64 ? index >> j : 0; rest != 0; rest >>= 1, ++j) {
        if (rest & 1)
            path.append(toBytes(m_levels[level + j].at(rest - 1)));
    }
    return path;
}

Result<QList<QByteArray>> MerkleLog::inclusionProof(quint64 index, quint64 treeSize) const
{
    if (treeSize > size())
        return makeError(QStringLiteral("out_of_range"),
                         QStringLiteral("tree size %1 is beyond the log's %2 leaves").arg(treeSize).arg(size()));
    if (index >= treeSize)
        return makeError(QStringLiteral("out_of_range"),
                         QStringLiteral("leaf index %1 is not below tree size %2").arg(index).arg(treeSize));
    return pathFrom(0, index, treeSize);
}

Result<QList<QByteArray>> MerkleLog::consistencyProof(quint64 oldSize, quint64 newSize) const
{
    if (newSize > size())
        return makeError(QStringLiteral("out_of_range"),
                         QStringLiteral("tree size %1 is beyond the log's %2 leaves").arg(newSize).arg(size()));
    if (oldSize > newSize)
        return makeError(QStringLiteral("out_of_range"),
                         QStringLiteral("old tree size %1 is larger than new tree size %2").arg(oldSize).arg(newSize));
    if (oldSize == 0 || oldSize == newSize)
        return QList<QByteArray>();

    // The old tree's rightmost complete subtree is a node of the new tree too:
    // proving its path in the new tree proves both roots. When the old tree is
    // itself complete, that node is the old root, which the verifier has.
    const int level = std::countr_zero(oldSize);
    const quint64 index = (oldSize - 1) >> level;
    QList<QByteArray> proof;
    if (index != 0)
        proof.append(toBytes(m_levels[level].at(index)));
    proof.append(pathFrom(level, index, newSize));
    return proof;
}

void MerkleLog::truncate(quint64 newSize)
{
    if (newSize >= size())
        return;
    for (size_t k = 0; k < m_levels.size(); ++k)
        m_levels[k].truncate(newSize >> k);
    while (!m_levels.empty() && m_levels.back().size() == 0)
        m_levels.pop_back();
}

Status MerkleLog::verifyInclusion(const QByteArray &leafHash, quint64 index, quint64 treeSize,
                                  const QList<QByteArray> &proof, const QByteArray &root)
{
    if (index >= treeSize)
        return makeError(QStringLiteral("bad_index"),
                         QStringLiteral("leaf index %1 is not below tree size %2").arg(index).arg(treeSize));
    if (Status st = checkHash(leafHash, QStringLiteral("leaf hash")); !st)
        return st;
    if (Status st = checkHash(root, QStringLiteral("root")); !st)
        return st;
    const PathShape shape = pathShape(index, treeSize - 1);
    if (proof.size() != shape.inner + shape.border)
        return wrongLength("inclusion", proof.size(), shape.inner + shape.border);
    if (Status st = checkProofHashes(proof); !st)
        return st;

    // RFC 9162 §2.1.3.2, with its fn/sn walk unrolled into the two path parts.
    QByteArray hash = leafHash;
    int i = 0;
    for (; i < shape.inner; ++i)
        hash = (index >> i) & 1 ? nodeHash(proof[i], hash) : nodeHash(hash, proof[i]);
    for (; i < proof.size(); ++i)
        hash = nodeHash(proof[i], hash);
    if (hash != root)
        return makeError(QStringLiteral("root_mismatch"),
                         QStringLiteral("inclusion proof for leaf %1 does not lead to the root of tree size %2")
                             .arg(index)
                             .arg(treeSize));
    return {};
}

Status MerkleLog::verifyConsistency(quint64 oldSize, quint64 newSize, const QByteArray &oldRoot,
                                    const QByteArray &newRoot, const QList<QByteArray> &proof)
{
    if (oldSize > newSize)
        return makeError(QStringLiteral("bad_size"),
                         QStringLiteral("old tree size %1 is larger than new tree size %2").arg(oldSize).arg(newSize));
    if (Status st = checkHash(oldRoot, QStringLiteral("old root")); !st)
        return st;
    if (Status st = checkHash(newRoot, QStringLiteral("new root")); !st)
        return st;

    if (oldSize == 0 || oldSize == newSize) {
        if (!proof.isEmpty())
            return wrongLength("consistency", proof.size(), 0);
        if (oldSize == 0 && oldRoot != emptyRoot())
            return makeError(QStringLiteral("root_mismatch"),
                             QStringLiteral("the root of the empty tree must be SHA-256 of the empty string"));
        if (oldSize == newSize && oldRoot != newRoot)
            return makeError(QStringLiteral("root_mismatch"),
                             QStringLiteral("two trees of size %1 have different roots").arg(oldSize));
        return {};
    }

    // RFC 9162 §2.1.4.2, unrolled like verifyInclusion: the proof is the path of
    // the old tree's rightmost complete subtree (the seed) in the new tree.
    const int level = std::countr_zero(oldSize);
    const quint64 index = (oldSize - 1) >> level;
    const PathShape shape = pathShape(index, (newSize - 1) >> level);
    const int seedInProof = index != 0 ? 1 : 0;
    if (proof.size() != seedInProof + shape.inner + shape.border)
        return wrongLength("consistency", proof.size(), seedInProof + shape.inner + shape.border);
    if (Status st = checkProofHashes(proof); !st)
        return st;

    QByteArray oldHash = seedInProof ? proof[0] : oldRoot;
    QByteArray newHash = oldHash;
    int i = seedInProof;
    for (int j = 0; j < shape.inner; ++i, ++j) {
        // Right siblings joined the tree after oldSize: they count for the new root only.
        if ((index >> j) & 1) {
            oldHash = nodeHash(proof[i], oldHash);
            newHash = nodeHash(proof[i], newHash);
        } else {
            newHash = nodeHash(newHash, proof[i]);
        }
    }
    for (; i < proof.size(); ++i) {
        oldHash = nodeHash(proof[i], oldHash);
        newHash = nodeHash(proof[i], newHash);
    }
    if (oldHash != oldRoot)
        return makeError(QStringLiteral("root_mismatch"),
                         QStringLiteral("consistency proof does not lead to the root of old tree size %1").arg(oldSize));
    if (newHash != newRoot)
        return makeError(QStringLiteral("root_mismatch"),
                         QStringLiteral("consistency proof does not lead to the root of new tree size %1").arg(newSize));
    return {};
}

QByteArray MerkleLog::encodeProof(const QList<QByteArray> &proof)
{
    CborWriter w;
    w.array(proof.size());
    for (const QByteArray &h : proof)
        w.bytes(h);
    return w.take();
}

Result<QList<QByteArray>> MerkleLog::decodeProof(const QByteArray &bytes)
{
    // 64 levels cover any 64-bit tree size; consistency proofs add one hash.
    CborReader r(bytes);
    QList<QByteArray> out;
    const qsizetype n = r.array(0, 130);
    for (qsizetype i = 0; i < n && r.ok(); ++i)
        out.append(r.fixedBytes(HashSize));
    r.leave();
    if (Status st = r.finish(); !st)
        return makeError(QStringLiteral("malformed"), QStringLiteral("malformed proof: ") + st.error().message);
    return out;
}

} // namespace careledger
