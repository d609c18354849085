#include "BlockProducer.h"

#include "crypto/Sha256.h"
#include "store/LedgerStore.h"

#include <QMetaObject>
#include <QMutex>

namespace careledger {

struct BlockProducer::Batch {
    QMutex mutex;
    QList<SubmissionResult> results;
    int remaining = 0;
    QPromise<QList<SubmissionResult>> promise;
};

BlockProducer::BlockProducer(const Contract &contract, StoreConfig store, QString orgId, SecureBuffer orgKey,
                             std::shared_ptr<SharedLog> log, const Clock &clock)
    : m_contract(contract)
    , m_storeConfig(std::move(store))
    , m_orgId(std::move(orgId))
    , m_orgKey(std::move(orgKey))
    , m_log(std::move(log))
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &BlockProducer::cutBlock);
}

BlockProducer::~BlockProducer() = default;

Status BlockProducer::bootstrap()
{
    auto store = LedgerStore::open(m_storeConfig);
    if (!store)
        return store.error();
    m_store = std::move(store).value();
    if (Status st = m_store->initialise(m_contract.config()); !st)
        return st;
    if (const auto height = m_store->tipHeight()) {
        auto tip = m_store->signedHeader(*height);
        if (!tip)
            return tip.error();
        QWriteLocker lock(&m_tipLock);
        m_tip = *tip;
        return {};
    }
    QList<SubmissionResult *> none;
    if (Status st = m_store->begin(); !st)
        return st;
    return commitBlock({}, m_clock.nowMs(), none);
}

SignedHeader BlockProducer::tip() const
{
    QReadLocker lock(&m_tipLock);
    return m_tip;
}

QFuture<QList<SubmissionResult>> BlockProducer::submit(QList<Submission> batch)
{
    auto state = std::make_shared<Batch>();
    state->promise.start();
    QFuture<QList<SubmissionResult>> future = state->promise.future();
    if (batch.isEmpty()) {
        state->promise.addResult(QList<SubmissionResult>{});
        state->promise.finish();
        return future;
    }
    state->results.resize(batch.size());
    state->remaining = int(batch.size());
    QList<Pending> pending;
    pending.reserve(batch.size());
    for (int i = 0; i < batch.size(); ++i)
        pending.append(Pending{std::move(batch[i]), state, i});
    QMetaObject::invokeMethod(this, [this, pending = std::move(pending)]() mutable { enqueue(std::move(pending)); },
                              Qt::QueuedConnection);
    return future;
}

void BlockProducer::enqueue(QList<Pending> pending)
{
    m_mempool.append(std::move(pending));
    if (quint64(m_mempool.size()) >= m_contract.config().policy.maxBlockTransactions) {
        m_timer->stop();
        cutBlock();
    } else if (!m_timer->isActive()) {
        m_timer->start(int(m_contract.config().policy.blockIntervalMs));
    }
}

void BlockProducer::resolve(const Pending &pending, SubmissionResult result)
{
    Batch &b = *pending.batch;
    QMutexLocker lock(&b.mutex);
    b.results[pending.slot] = std::move(result);
    if (--b.remaining == 0) {
        b.promise.addResult(b.results);
        b.promise.finish();
    }
}

void BlockProducer::cutBlock()
{
    if (m_mempool.isEmpty())
        return;
    const qsizetype take = qMin<qsizetype>(m_mempool.size(), qsizetype(m_contract.config().policy.maxBlockTransactions));
    QList<Pending> candidates = m_mempool.mid(0, take);
    m_mempool.remove(0, take);

    // Block times strictly increase, whatever the wall clock does.
    const quint64 blockTime = qMax<quint64>(quint64(m_clock.nowMs()), tip().header.timestampMs + 1);
    QList<Pending> included;
    if (Status st = m_store->begin(); !st) {
        for (const Pending &p : candidates)
            resolve(p, SubmissionResult::failed(p.submission.checked.txId, st.error().message));
        emit storageFailed(st.error().message);
        return;
    }
    BlockExecutor executor(m_contract, *m_store, blockTime);
    for (const Pending &p : candidates) {
        const Reason r = executor.execute(p.submission.checked);
        if (r != Reason::Ok) {
            resolve(p, SubmissionResult::refused(p.submission.checked.txId, r));
            continue;
        }
        included.append(p);
    }
    if (included.isEmpty()) {
        m_store->rollback();
    } else {
        QList<SubmissionResult> outcomes(included.size());
        QList<SubmissionResult *> out;
        for (SubmissionResult &s : outcomes)
            out.append(&s);
        if (Status st = commitBlock(included, blockTime, out); !st) {
            for (const Pending &p : included)
                resolve(p, SubmissionResult::failed(p.submission.checked.txId, st.error().message));
            emit storageFailed(st.error().message);
        } else {
            for (qsizetype i = 0; i < included.size(); ++i)
                resolve(included[i], outcomes[i]);
            emit blockCommitted(tip().header.height);
        }
    }
    if (!m_mempool.isEmpty())
        QMetaObject::invokeMethod(this, &BlockProducer::cutBlock, Qt::QueuedConnection);
}

// Called inside an open store transaction; commits it or rolls it back.
Status BlockProducer::commitBlock(const QList<Pending> &included, quint64 blockTimeMs, QList<SubmissionResult *> &results)
{
    const SignedHeader previous = tip();
    const bool genesis = previous.header.networkId.isEmpty();

    Block block;
    QList<QByteArray> leafHashes;
    QList<TxIndexEntry> entries;
    for (const Pending &p : included) {
        const CheckedTransaction &c = p.submission.checked;
        block.transactions.append(c.bytes);
        block.validity.append(quint16(Reason::Ok));
        leafHashes.append(MerkleLog::leafHash(c.bytes));
        entries.append(TxIndexEntry{c.txId, leafHashes.last(), c.tx.type, c.tx.author, c.tx.org, c.patientId(),
                                    c.tx.timestampMs});
        if (!p.submission.ciphertext.isEmpty()) {
            if (Status st = m_store->putPayload(Sha256::hash(p.submission.ciphertext), p.submission.ciphertext); !st) {
                m_store->rollback();
                return st;
            }
        }
    }

    QWriteLocker logLock(&m_log->lock);
    const quint64 firstLogIndex = m_log->log.size();
    for (const QByteArray &h : leafHashes)
        m_log->log.appendLeafHash(h);

    BlockHeader &h = block.signedHeader.header;
    h.networkId = m_contract.config().networkId();
    h.height = genesis ? 0 : previous.header.height + 1;
    h.previousHash = genesis ? QByteArray(Sha256::Size, '\0') : previous.header.hash();
    h.txRoot = Block::txRootOfLeafHashes(leafHashes);
    h.logRoot = m_log->log.root();
    h.logSize = m_log->log.size();
    h.validityHash = Block::validityHashOf(block.validity);
    h.timestampMs = blockTimeMs;
    h.proposer = m_orgId;
    block.signedHeader.addSignature(m_orgId, m_orgKey);

    Status st = m_store->appendBlock(block, firstLogIndex, entries);
    if (st)
        st = m_store->commit();
    if (!st) {
        m_store->rollback();
        m_log->log.truncate(firstLogIndex);
        return st;
    }
    logLock.unlock();
    {
        QWriteLocker lock(&m_tipLock);
        m_tip = block.signedHeader;
    }
    for (qsizetype i = 0; i < results.size(); ++i)
        *results[i] = SubmissionResult::final(entries[i].txId, h.height, quint64(i), firstLogIndex + quint64(i));
    return {};
}

} // namespace careledger
