#pragma once

#include "SharedLog.h"
#include "contract/Contract.h"
#include "core/Clock.h"
#include "crypto/SecureBuffer.h"
#include "ledger/Block.h"
#include "store/LedgerStore.h"
#include "store/StoreConfig.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace careledger {

class EtcdClient;
class LedgerStore;
class SigningRecord;
struct Proposal;

// How a member of a consortium orders: through an etcd cluster (endpoints of
// its v3 JSON gateway, tried in turn), remembering what it signed in
// signingRecordPath. No endpoints: the node orders alone (a one-member network).
struct OrderingOptions {
    QStringList etcdEndpoints;
    QString signingRecordPath;
    // How many recent blocks stay in etcd for members that were away.
    quint64 retainedBlocks = DefaultRetainedBlocks;
    static constexpr quint64 DefaultRetainedBlocks = 10000;
};

// Proof that a member signed a header other than the one the network agreed
// on at that height: its own signed header, and the agreed header with the
// signatures this node holds for it.
struct Misbehaviour {
    QString org;
    SignedHeader conflicting;
    SignedHeader agreed;
};

// What an admin sees of ordering (GET /v1/consortium).
struct OrderingStatus {
    bool consortium = false;
    QString etcdEndpoint;
    quint64 tipHeight = 0;
    bool roundOpen = false;       // a block is executed and waits for signatures
    quint64 roundHeight = 0;
    QStringList roundSigners;     // members whose signatures it has
    int quorum = 1;
    int pending = 0;              // submissions waiting to be ordered
    QString lastError;            // etcd unreachable, a refused proposal…
    QList<Misbehaviour> misbehaviour;
};

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

// Ordering: collects checked submissions and runs the contract in order; a
// block and its state and payloads commit in one SQL transaction. Lives on its
// own thread and owns the write connection.
//
// Alone (no etcd), it cuts a block every maxBlockTransactions or
// blockIntervalMs, signs the header and commits it. In a consortium, block h
// is whatever proposal wins the compare-and-swap on etcd key b/h: a member
// with pending submissions proposes one; every member (the proposer too)
// executes the winner itself, checks that it gets the same header, records
// "signed h" durably, signs and publishes its signature under s/h/org; it
// commits block h once it holds a quorum of signatures. Block h is member
// (h mod n)'s turn: the others bid for it only when it lets the height stay
// open for four block intervals, so members rarely execute a losing proposal. Submissions of a
// losing proposal go back to the queue for a later block. Members, quorum,
// turns and the block policy are those of the configuration in force after
// block h-1: a node whose organisation is not among them follows the chain
// without proposing or signing. A member that was
// away takes the same path from its tip: etcd keeps the proposals and
// signatures of the last retainedBlocks blocks (each proposer deletes what
// falls out of that window, and records how far it deleted under key
// "pruned"); a member further behind takes those blocks from other members'
// /v1/blocks instead, verified like a light node does (quorum, body) and
// executed like any other.
class BlockProducer : public QObject {
    Q_OBJECT
public:
    BlockProducer(const Contract &contract, StoreConfig store, QString orgId, SecureBuffer orgKey,
                  std::shared_ptr<SharedLog> log, const Clock &clock, OrderingOptions ordering = {});
    ~BlockProducer() override;

    // Opens the write connection and writes the genesis block if the chain is
    // empty. Call on the producer's thread: a Qt Sql connection belongs to the
    // thread that opened it.
    Status bootstrap();
    // Thread-safe. The future finishes when every submission is final or refused.
    QFuture<QList<SubmissionResult>> submit(QList<Submission> batch);
    SignedHeader tip() const;
    // Thread-safe.
    OrderingStatus status() const;
    bool hasGenesis() const { return !tip().header.networkId.isEmpty(); }

signals:
    void blockCommitted(quint64 height);
    void storageFailed(const QString &message);
    void misbehaviourDetected(const QString &org, quint64 height);

private:
    struct Batch;
    struct Pending {
        Submission submission;
        std::shared_ptr<Batch> batch;
        int slot = 0;
    };
    // A block executed in the open store transaction, waiting for signatures.
    struct Round {
        quint64 height = 0;
        Block block;
        QByteArray headerHash;
        QList<QByteArray> payloads;
        QList<TxIndexEntry> entries;
        quint64 firstLogIndex = 0;
        QList<Pending> mine; // our submissions in it (we proposed it)
        QList<QPair<Pending, Reason>> refused; // ours the contract refused: answered if it wins
        QHash<QString, QByteArray> signatures; // member → its signature over this header
        bool published = false; // our signature is in etcd
        bool confirmed = false; // it is the block at this height in etcd (not just our bid for it)
    };
    struct Assembled {
        Block block;
        QList<TxIndexEntry> entries;
        quint64 firstLogIndex = 0;
    };

    void enqueue(QList<Pending> pending);
    void cutBlock();
    Status commitBlock(const QList<Pending> &included, quint64 blockTimeMs, QList<SubmissionResult *> &results);
    // Payloads and log leaves of `included`, and the header over them, inside the open store transaction.
    Result<Assembled> assemble(const QList<Pending> &included, quint64 blockTimeMs, const QString &proposer);
    // appendBlock + commit; on failure everything of the block is undone.
    Status finish(const Assembled &assembled);
    void undo(quint64 firstLogIndex);
    static void resolve(const Pending &pending, SubmissionResult result);
    QList<Pending> takeCandidates(bool limitBytes);

    // Consortium ordering (all on this thread; etcd answers asynchronously).
    void step();
    void stepDone(const QString &error = {});
    void propose(quint64 height);
    void adopt(quint64 height, const QByteArray &bytes);
    Result<Round> executeBlock(quint64 height, const Block &block, const QList<QByteArray> &payloads);
    void fetchFromMember(quint64 height);
    void refuseProposal(quint64 height, const QString &why);
    void collectSignatures();
    void publishSignature();
    // The error, if the block could not be stored (it stays in etcd: tried again).
    QString commitRound();
    void considerSignature(const QByteArray &bytes);
    void onEtcdChanged(const QByteArray &key, const QByteArray &value);
    QByteArray blockKey(quint64 height) const;
    QByteArray signaturePrefix(quint64 height) const;
    void prune(quint64 committedHeight);
    // Reads the configuration in force after the committed tip: it decides the next height.
    void refreshConfig();
    // Our place among the members in force; -1 once our organisation was removed.
    int memberIndex() const;

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

    OrderingOptions m_ordering;
    EtcdClient *m_etcd = nullptr;
    std::unique_ptr<SigningRecord> m_signingRecord;
    QTimer *m_poll = nullptr;
    QTimer *m_turnTimer = nullptr; // the end of another member's turn
    QByteArray m_keyPrefix;
    std::optional<Round> m_round;
    // The configuration that decides block tip+1 (signers, quorum, turns,
    // policy); the network id and the etcd keys stay the genesis'.
    NetworkConfig m_inForce;
    bool m_isMember = true; // as last logged
    quint64 m_prunedBelow = 0; // etcd no longer holds blocks below this height
    QNetworkAccessManager *m_network = nullptr; // fetching such blocks from other members
    int m_fetchFrom = 0;
    quint64 m_openHeight = ~quint64(0); // the height we saw open with work pending…
    QElapsedTimer m_openSince;          // …since when
    bool m_stepping = false;
    bool m_stepAgain = false;
    QByteArray m_refusedProposal; // hash of the last proposal refused: not executed again
    QSet<QPair<QString, quint64>> m_reported;
    mutable QMutex m_statusMutex;
    OrderingStatus m_status;
};

} // namespace careledger
