#pragma once

#include "SharedLog.h"
#include "contract/Contract.h"
#include "core/Clock.h"
#include "crypto/SecureBuffer.h"
#include "ledger/Block.h"
#include "store/StoreConfig.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QTimer>

#include <memory>

namespace careledger {

class LedgerStore;

struct Submission {
    CheckedTransaction checked;
    QByteArray ciphertext; // the record payload; empty for other types
};

struct SubmissionResult {
    QByteArray txId;
    Reason reason = Reason::Ok;
    QString error; // set when the node itself failed (storage), not the contract
    quint64 height = 0;
    quint64 position = 0;
    quint64 logIndex = 0;

    bool isFinal() const { return reason == Reason::Ok && error.isEmpty(); }

    static SubmissionResult refused(QByteArray txId, Reason reason)
    {
        SubmissionResult r;
        r.txId = std::move(txId);
        r.reason = reason;
        return r;
    }
    static SubmissionResult failed(QByteArray txId, QString error)
    {
        SubmissionResult r;
        r.txId = std::move(txId);
        r.error = std::move(error);
        return r;
    }
    static SubmissionResult final(QByteArray txId, quint64 height, quint64 position, quint64 logIndex)
    {
        SubmissionResult r;
        r.txId = std::move(txId);
        r.height = height;
        r.position = position;
        r.logIndex = logIndex;
        return r;
    }
};

// One-node ordering: collects checked submissions, cuts a block every
// maxBlockTransactions or blockIntervalMs, runs the contract in order, signs the
// header and commits block + state + payloads in one SQL transaction. Lives on
// its own thread and owns the write connection.
class BlockProducer : public QObject {
    Q_OBJECT
public:
    BlockProducer(const Contract &contract, StoreConfig store, QString orgId, SecureBuffer orgKey,
                  std::shared_ptr<SharedLog> log, const Clock &clock);
    ~BlockProducer() override;

    // Opens the write connection and writes the genesis block if the chain is
    // empty. Call on the producer's thread: a Qt Sql connection belongs to the
    // thread that opened it.
    Status bootstrap();
    // Thread-safe. The future finishes when every submission is final or refused.
    QFuture<QList<SubmissionResult>> submit(QList<Submission> batch);
    SignedHeader tip() const;

signals:
    void blockCommitted(quint64 height);
    void storageFailed(const QString &message);

private:
    struct Batch;
    struct Pending {
        Submission submission;
        std::shared_ptr<Batch> batch;
        int slot = 0;
    };
    void enqueue(QList<Pending> pending);
    void cutBlock();
    Status commitBlock(const QList<Pending> &included, quint64 blockTimeMs, QList<SubmissionResult *> &results);
    static void resolve(const Pending &pending, SubmissionResult result);

    const Contract &m_contract;
    StoreConfig m_storeConfig;
    std::unique_ptr<LedgerStore> m_store;
    QString m_orgId;
    SecureBuffer m_orgKey;
    std::shared_ptr<SharedLog> m_log;
    const Clock &m_clock;
    mutable QReadWriteLock m_tipLock;
    SignedHeader m_tip;
    QList<Pending> m_mempool;
    QTimer *m_timer;
};

} // namespace careledger
