#pragma once

// Long chains, quickly, for light-node tests and benchmarks: blocks written
// straight into a full node's data directory in big SQL transactions, each
// header signed by every org key given (a consortium whose signers are all
// known here), the transactions run through the contract exactly as the block
// producer runs them. A FullNode opened on the directory afterwards serves the
// chain like one it made itself (TestNode::open).

#include "support/TestLedger.h"

#include "contract/Contract.h"
#include "crypto/Sha256.h"
#include "full/NodeDataDir.h"
#include "full/TlsIdentity.h"
#include "ledger/MerkleLog.h"
#include "store/LedgerStore.h"

#include <memory>

namespace careledger::testing {

class ChainWriter {
public:
    // signers: the orgs whose keys sign every header; the first is the node's own.
    // Block times start at startTimeMs and grow by 1 ms a block: use
    // nextBlockTimeMs() as the timestamp of the transactions of the next block.
    ChainWriter(NetworkConfig config, QList<TestOrg> signers, quint64 startTimeMs)
        : m_contract(std::move(config)), m_signers(std::move(signers)), m_timeMs(startTimeMs)
    {
    }
    ~ChainWriter()
    {
        if (m_open)
            m_store->rollback();
    }

    // Writes the data directory (genesis, the first signer's identity, TLS) and the genesis block.
    Status create(const QString &dataDir, const TlsIdentity &tls)
    {
        const NodeDataDir dir(dataDir);
        const TestOrg &own = m_signers.first();
        if (Status st = dir.create(m_contract.config(), own.id, own.key.secretKey(), tls.certificatePem, tls.privateKeyPem);
            !st)
            return st;
        auto store = LedgerStore::openSqlite(dir.databasePath());
        if (!store)
            return store.error();
        m_store = std::move(store).value();
        if (Status st = m_store->initialise(m_contract.config()); !st)
            return st;
        return appendBlock({});
    }

    quint64 nextBlockTimeMs() const { return m_timeMs; }
    // Moves the block clock forward (never back), for histories that span days.
    void advanceTo(quint64 timeMs) { m_timeMs = qMax(m_timeMs, timeMs); }
    // Who signs the next headers (after a configuration change); the first stays the proposer.
    void setSigners(QList<TestOrg> signers) { m_signers = std::move(signers); }
    const SignedHeader &tip() const { return m_tip; }
    quint64 logSize() const { return m_log.size(); }

    // One block of [transaction, ciphertext] items; every one must be valid.
    // Blocks accumulate in one SQL transaction, committed every 5,000 blocks and by commit().
    Status appendBlock(const QList<QPair<QByteArray, QByteArray>> &items)
    {
        if (!m_open) {
            if (Status st = m_store->begin(); !st)
                return st;
            m_open = true;
        }
        const bool genesis = m_tip.header.networkId.isEmpty();
        const quint64 blockTime = m_timeMs++;
        Block block;
        QList<TxIndexEntry> entries;
        QList<QByteArray> leafHashes;
        BlockExecutor executor(m_contract, *m_store, blockTime);
        for (const auto &[bytes, ciphertext] : items) {
            const StatelessCheck s = m_contract.checkStateless(bytes);
            const Reason r = s.reason == Reason::Ok ? executor.execute(s.checked) : s.reason;
            if (r != Reason::Ok)
                return makeError(QStringLiteral("refused"), QStringLiteral("generated transaction refused: %1 %2")
                                                                .arg(reasonCode(r), s.detail));
            if (!ciphertext.isEmpty())
                if (Status st = m_store->putPayload(Sha256::hash(ciphertext), ciphertext); !st)
                    return st;
            block.transactions.append(bytes);
            block.validity.append(quint16(Reason::Ok));
            leafHashes.append(MerkleLog::leafHash(bytes));
            entries.append(TxIndexEntry{s.checked.txId, leafHashes.last(), s.checked.tx.type, s.checked.tx.author,
                                        s.checked.tx.org, s.checked.patientId(), s.checked.tx.timestampMs});
        }
        const quint64 firstLogIndex = m_log.size();
        for (const QByteArray &leaf : leafHashes)
            m_log.appendLeafHash(leaf);
        BlockHeader &h = block.signedHeader.header;
        h.networkId = m_contract.config().networkId();
        h.height = genesis ? 0 : m_tip.header.height + 1;
        h.previousHash = genesis ? QByteArray(Sha256::Size, '\0') : m_tip.header.hash();
        h.txRoot = Block::txRootOfLeafHashes(leafHashes);
        h.logRoot = m_log.root();
        h.logSize = m_log.size();
        h.validityHash = Block::validityHashOf(block.validity);
        h.timestampMs = blockTime;
        h.proposer = m_signers.first().id;
        for (const TestOrg &signer : std::as_const(m_signers))
            block.signedHeader.addSignature(signer.id, signer.key.secretKey());
        if (Status st = m_store->appendBlock(block, firstLogIndex, entries); !st)
            return st;
        m_tip = block.signedHeader;
        if (h.height % 5000 == 0)
            return commit();
        return {};
    }

    Status commit()
    {
        if (!m_open)
            return {};
        m_open = false;
        return m_store->commit();
    }

private:
    Contract m_contract;
    QList<TestOrg> m_signers;
    quint64 m_timeMs;
    std::unique_ptr<LedgerStore> m_store;
    MerkleLog m_log;
    SignedHeader m_tip;
    bool m_open = false;
};

} // namespace careledger::testing
