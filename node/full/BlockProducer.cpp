#include "BlockProducer.h"

#include "EtcdClient.h"
#include "Proposal.h"
#include "SigningRecord.h"
#include "crypto/Sha256.h"
#include "store/LedgerStore.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QtConcurrent/QtConcurrentMap>

#include <utility>

namespace careledger {

Q_LOGGING_CATEGORY(lcOrdering, "careledger.ordering")

namespace {
// Polling backs up the etcd watch: a missed event, or an etcd member that
// fell silent, costs at most this long.
constexpr int PollIntervalMs = 250;
// A proposal's transactions and payloads, before base64 (etcd refuses 1.5 MiB requests).
constexpr qsizetype ProposalBudgetBytes = EtcdClient::MaxValueBytes - 64 * 1024;

QString shortHash(const QByteArray &hash)
{
    return QString::fromLatin1(hash.toHex().left(16));
}
} // namespace

struct BlockProducer::Batch {
    QMutex mutex;
    QList<SubmissionResult> results;
    int remaining = 0;
    QPromise<QList<SubmissionResult>> promise;
};

BlockProducer::BlockProducer(const Contract &contract, StoreConfig store, QString orgId, SecureBuffer orgKey,
                             std::shared_ptr<SharedLog> log, const Clock &clock, OrderingOptions ordering)
    : m_contract(contract)
    , m_storeConfig(std::move(store))
    , m_orgId(std::move(orgId))
    , m_orgKey(std::move(orgKey))
    , m_log(std::move(log))
    , m_clock(clock)
    , m_timer(new QTimer(this))
    , m_ordering(std::move(ordering))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &BlockProducer::cutBlock);
    m_status.quorum = contract.config().quorum();
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
    }
    refreshConfig();
    if (!m_ordering.etcdEndpoints.isEmpty()) {
        // The genesis block too is agreed through etcd: every member must hold the same one.
        m_signingRecord = std::make_unique<SigningRecord>(m_ordering.signingRecordPath);
        if (Status st = m_signingRecord->load(); !st)
            return st;
        m_etcd = new EtcdClient(m_ordering.etcdEndpoints, this);
        m_keyPrefix = "/careledger/" + m_contract.config().networkId().toHex() + '/';
        connect(m_etcd, &EtcdClient::changed, this, &BlockProducer::onEtcdChanged);
        m_etcd->watch(m_keyPrefix);
        m_turnTimer = new QTimer(this);
        m_turnTimer->setSingleShot(true);
        connect(m_turnTimer, &QTimer::timeout, this, &BlockProducer::step);
        m_poll = new QTimer(this);
        m_poll->setInterval(PollIntervalMs);
        connect(m_poll, &QTimer::timeout, this, &BlockProducer::step);
        m_poll->start();
        {
            QMutexLocker lock(&m_statusMutex);
            m_status.consortium = true;
            m_status.tipHeight = tip().header.height;
        }
        // Where etcd's window of blocks starts: a member that was away longer cannot catch up from it.
        m_etcd->get(m_keyPrefix + "pruned", [this](Result<std::optional<QByteArray>> value) {
            if (value && *value)
                m_prunedBelow = qMax(m_prunedBelow, (*value)->toULongLong());
            step();
        });
        return {};
    }
    if (hasGenesis())
        return {};
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

OrderingStatus BlockProducer::status() const
{
    QMutexLocker lock(&m_statusMutex);
    OrderingStatus s = m_status;
    s.tipHeight = tip().header.height;
    return s;
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
    if (quint64(m_mempool.size()) >= m_inForce.policy.maxBlockTransactions) {
        m_timer->stop();
        cutBlock();
    } else if (!m_timer->isActive()) {
        m_timer->start(int(m_inForce.policy.blockIntervalMs));
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

QList<BlockProducer::Pending> BlockProducer::takeCandidates(bool limitBytes)
{
    const qsizetype maxCount = qMin<qsizetype>(m_mempool.size(), qsizetype(m_inForce.policy.maxBlockTransactions));
    qsizetype take = 0;
    qsizetype bytes = 0;
    while (take < maxCount) {
        const Submission &s = m_mempool[take].submission;
        bytes += s.checked.bytes.size() + s.ciphertext.size() + 16;
        if (limitBytes && take > 0 && bytes > ProposalBudgetBytes)
            break;
        ++take;
    }
    QList<Pending> candidates = m_mempool.mid(0, take);
    m_mempool.remove(0, take);
    return candidates;
}

void BlockProducer::cutBlock()
{
    if (m_etcd) {
        step();
        return;
    }
    if (m_mempool.isEmpty())
        return;
    QList<Pending> candidates = takeCandidates(false);

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
    auto assembled = assemble(included, blockTimeMs, m_orgId);
    if (!assembled)
        return assembled.error();
    assembled->block.signedHeader.addSignature(m_orgId, m_orgKey);
    if (Status st = finish(*assembled); !st)
        return st;
    for (qsizetype i = 0; i < results.size(); ++i)
        *results[i] = SubmissionResult::final(assembled->entries[i].txId, assembled->block.signedHeader.header.height,
                                              quint64(i), assembled->firstLogIndex + quint64(i));
    return {};
}

Result<BlockProducer::Assembled> BlockProducer::assemble(const QList<Pending> &included, quint64 blockTimeMs,
                                                         const QString &proposer)
{
    const SignedHeader previous = tip();
    const bool genesis = previous.header.networkId.isEmpty();

    Assembled out;
    Block &block = out.block;
    QList<QByteArray> leafHashes;
    for (const Pending &p : included) {
        const CheckedTransaction &c = p.submission.checked;
        block.transactions.append(c.bytes);
        block.validity.append(quint16(Reason::Ok));
        leafHashes.append(MerkleLog::leafHash(c.bytes));
        out.entries.append(TxIndexEntry{c.txId, leafHashes.last(), c.tx.type, c.tx.author, c.tx.org, c.patientId(),
                                        c.tx.timestampMs});
        if (!p.submission.ciphertext.isEmpty()) {
            if (Status st = m_store->putPayload(Sha256::hash(p.submission.ciphertext), p.submission.ciphertext); !st) {
                m_store->rollback();
                return st.error();
            }
        }
    }

    QWriteLocker logLock(&m_log->lock);
    out.firstLogIndex = m_log->log.size();
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
    h.proposer = proposer;
    return out;
}

void BlockProducer::undo(quint64 firstLogIndex)
{
    m_store->rollback();
    QWriteLocker logLock(&m_log->lock);
    m_log->log.truncate(firstLogIndex);
}

Status BlockProducer::finish(const Assembled &assembled)
{
    Status st = m_store->appendBlock(assembled.block, assembled.firstLogIndex, assembled.entries);
    if (st)
        st = m_store->commit();
    if (!st) {
        undo(assembled.firstLogIndex);
        return st;
    }
    {
        QWriteLocker lock(&m_tipLock);
        m_tip = assembled.block.signedHeader;
    }
    refreshConfig();
    return {};
}

void BlockProducer::refreshConfig()
{
    m_inForce = m_contract.configInForce(*m_store);
    const bool member = memberIndex() >= 0;
    if (member != m_isMember) {
        m_isMember = member;
        const quint64 next = hasGenesis() ? tip().header.height + 1 : 0;
        if (member)
            qCInfo(lcOrdering).noquote() << QStringLiteral("%1 is a member of the consortium from block %2 "
                                                           "(configuration version %3): it proposes and signs blocks")
                                                .arg(m_orgId)
                                                .arg(next)
                                                .arg(m_inForce.version);
        else
            qCWarning(lcOrdering).noquote() << QStringLiteral("%1 is not a member of the consortium from block %2 "
                                                              "(configuration version %3): this node follows the chain "
                                                              "but neither proposes nor signs blocks")
                                                   .arg(m_orgId)
                                                   .arg(next)
                                                   .arg(m_inForce.version);
    }
    QMutexLocker lock(&m_statusMutex);
    m_status.quorum = m_inForce.quorum();
}

int BlockProducer::memberIndex() const
{
    for (int i = 0; i < m_inForce.signerCount(); ++i)
        if (m_inForce.members[i].orgId == m_orgId)
            return i;
    return -1;
}

// --- consortium ordering -------------------------------------------------------

QByteArray BlockProducer::blockKey(quint64 height) const
{
    return m_keyPrefix + "b/" + QByteArray::number(height).rightJustified(20, '0');
}

QByteArray BlockProducer::signaturePrefix(quint64 height) const
{
    return m_keyPrefix + "s/" + QByteArray::number(height).rightJustified(20, '0') + '/';
}

void BlockProducer::step()
{
    if (m_stepping) {
        m_stepAgain = true;
        return;
    }
    m_stepping = true;
    m_stepAgain = false;
    const quint64 height = hasGenesis() ? tip().header.height + 1 : 0;
    if (height < m_prunedBelow)
        return fetchFromMember(height);
    if (m_round && m_round->height == height) {
        collectSignatures();
        return;
    }
    m_etcd->get(blockKey(height), [this, height](Result<std::optional<QByteArray>> value) {
        if (!value)
            return stepDone(value.error().message);
        if (*value)
            return adopt(height, **value);
        // Block 0 is empty and anyone may propose it; later ones carry submissions.
        if (height > 0 && m_mempool.isEmpty())
            return stepDone();
        const int index = memberIndex();
        if (index < 0) {
            // Not a member in force (removed, or added by a change not reached yet): it follows the chain only.
            const QString why = QStringLiteral("this node's organisation is not a member of the consortium in force: "
                                               "it cannot order submissions");
            for (const Pending &p : std::exchange(m_mempool, {}))
                resolve(p, SubmissionResult::failed(p.submission.checked.txId, why));
            return stepDone();
        }
        if (height > 0 && int(height % quint64(m_inForce.signerCount())) != index) {
            // Not our turn: give the member whose turn it is four block intervals to bid.
            if (m_openHeight != height) {
                m_openHeight = height;
                m_openSince.start();
            }
            const qint64 left = 4 * qint64(m_inForce.policy.blockIntervalMs) - m_openSince.elapsed();
            if (left > 0) {
                m_turnTimer->start(int(left));
                return stepDone();
            }
        }
        propose(height);
    });
}

void BlockProducer::stepDone(const QString &error)
{
    m_stepping = false;
    {
        QMutexLocker lock(&m_statusMutex);
        m_status.lastError = error;
        m_status.pending = int(m_mempool.size());
        m_status.roundOpen = m_round.has_value();
        m_status.roundHeight = m_round ? m_round->height : 0;
        m_status.roundSigners = m_round ? QStringList(m_round->signatures.keys()) : QStringList();
        m_status.etcdEndpoint = m_etcd->currentEndpoint();
    }
    if (!error.isEmpty())
        qCWarning(lcOrdering).noquote() << "ordering:" << error;
    if (m_stepAgain)
        QMetaObject::invokeMethod(this, &BlockProducer::step, Qt::QueuedConnection);
}

void BlockProducer::propose(quint64 height)
{
    QList<Pending> candidates = height == 0 ? QList<Pending>() : takeCandidates(true);
    const quint64 blockTime = qMax<quint64>(quint64(m_clock.nowMs()), tip().header.timestampMs + 1);
    if (Status st = m_store->begin(); !st) {
        m_mempool = candidates + m_mempool;
        emit storageFailed(st.error().message);
        return stepDone(st.error().message);
    }
    qCDebug(lcOrdering).noquote() << m_orgId << "bids for block" << height;
    Round round;
    round.height = height;
    QList<Pending> included;
    BlockExecutor executor(m_contract, *m_store, blockTime);
    for (const Pending &p : candidates) {
        const Reason r = executor.execute(p.submission.checked);
        if (r == Reason::Ok)
            included.append(p);
        else
            round.refused.append({p, r});
    }
    if (height > 0 && included.isEmpty()) {
        m_store->rollback();
        for (const auto &[p, reason] : std::as_const(round.refused))
            resolve(p, SubmissionResult::refused(p.submission.checked.txId, reason));
        m_stepAgain = !m_mempool.isEmpty();
        return stepDone();
    }
    auto assembled = assemble(included, blockTime, m_orgId);
    if (!assembled) {
        m_mempool = candidates + m_mempool;
        return stepDone(assembled.error().message);
    }
    Proposal proposal;
    proposal.block = assembled->block;
    for (const Pending &p : included)
        if (!p.submission.ciphertext.isEmpty())
            proposal.payloads.append(p.submission.ciphertext);
    proposal.sign(m_orgKey);
    round.block = assembled->block;
    round.headerHash = round.block.signedHeader.header.hash();
    round.entries = assembled->entries;
    round.firstLogIndex = assembled->firstLogIndex;
    round.mine = included;
    m_round = std::move(round);
    m_etcd->createIfAbsent(blockKey(height), proposal.encode(), [this, height, candidates](Result<bool> created) {
        if (created && *created) {
            m_round->confirmed = true;
            qCDebug(lcOrdering).noquote() << m_orgId << "proposed block" << height << "with" << m_round->mine.size()
                                          << "transactions";
            // Nobody can have signed a block that did not exist: sign at once.
            return publishSignature();
        }
        // Another member's proposal is block `height` (or etcd is away): ours goes back to the queue.
        undo(m_round->firstLogIndex);
        m_round.reset();
        m_mempool = candidates + m_mempool;
        m_stepAgain = true;
        stepDone(created ? QString() : created.error().message);
    });
}

void BlockProducer::refuseProposal(quint64 height, const QString &why)
{
    qCCritical(lcOrdering).noquote() << QStringLiteral("refusing the proposal for block %1: %2. This member will not sign "
                                                       "it; if a quorum does, compare the members' contracts")
                                            .arg(height)
                                            .arg(why);
    stepDone(QStringLiteral("the proposal for block %1 is refused: %2").arg(height).arg(why));
}

void BlockProducer::adopt(quint64 height, const QByteArray &bytes)
{
    const QByteArray proposalHash = Sha256::hash(bytes);
    if (proposalHash == m_refusedProposal)
        return stepDone(status().lastError);
    // Refused once, refused for good: the same bytes are not executed again.
    const auto refuse = [this, height, &proposalHash](const QString &why) {
        m_refusedProposal = proposalHash;
        this->refuseProposal(height, why);
    };
    auto proposal = Proposal::decode(bytes);
    if (!proposal)
        return refuse(proposal.error().message);
    if (proposal->block.signedHeader.header.height == height) {
        if (Status st = proposal->verifyProposer(m_inForce); !st)
            return refuse(st.error().message);
    }
    auto round = executeBlock(height, proposal->block, proposal->payloads);
    if (!round)
        return round.error().code == QLatin1String("refused") ? refuse(round.error().message)
                                                              : stepDone(round.error().message);
    m_round = std::move(round).value();
    qCDebug(lcOrdering).noquote() << m_orgId << "executed block" << height << "of"
                                  << m_round->block.signedHeader.header.proposer;
    collectSignatures();
}

// Every check a member makes before it signs or commits a block it did not
// build, ending with the block executed in the open store transaction.
// Errors: "refused" (the block is wrong) or the store's own.
Result<BlockProducer::Round> BlockProducer::executeBlock(quint64 height, const Block &block, const QList<QByteArray> &payloads)
{
    const auto refused = [](const QString &why) { return makeError(QStringLiteral("refused"), why); };
    const BlockHeader &h = block.signedHeader.header;
    const SignedHeader previous = tip();
    const Policy &policy = m_inForce.policy;
    if (h.networkId != m_contract.config().networkId() || h.height != height)
        return refused(QStringLiteral("it is for another network or height"));
    const QByteArray expectedPrevious = height == 0 ? QByteArray(Sha256::Size, '\0') : previous.header.hash();
    if (h.previousHash != expectedPrevious)
        return refused(QStringLiteral("it does not follow block %1 of this chain").arg(qint64(height) - 1));
    if (height > 0 && h.timestampMs <= previous.header.timestampMs)
        return refused(QStringLiteral("its time is not after the previous block's"));
    if (h.timestampMs > quint64(m_clock.nowMs()) + policy.maxClockSkewMs)
        return refused(QStringLiteral("its time is in the future by more than the allowed clock skew"));
    if (Status st = block.verifyBody(); !st)
        return refused(st.error().message);
    if (quint64(block.transactions.size()) > policy.maxBlockTransactions)
        return refused(QStringLiteral("it holds more transactions than the policy allows"));

    // Signatures dominate: check them on every core.
    const QList<StatelessCheck> checks = QtConcurrent::blockingMapped(
        block.transactions, [this](const QByteArray &tx) { return m_contract.checkStateless(tx); });
    QSet<QByteArray> referencedPayloads;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        if (checks[i].reason != Reason::Ok)
            return refused(QStringLiteral("transaction %1 fails the stateless checks (%2)")
                               .arg(i)
                               .arg(reasonCode(checks[i].reason)));
        if (const auto *record = std::get_if<RecordVersion>(&checks[i].checked.body))
            referencedPayloads.insert(record->ciphertextHash);
    }

    if (Status st = m_store->begin(); !st) {
        emit storageFailed(st.error().message);
        return st.error();
    }
    BlockExecutor executor(m_contract, *m_store, h.timestampMs);
    QList<Pending> asPending;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const Reason r = executor.execute(checks[i].checked);
        if (quint16(r) != block.validity[i]) {
            m_store->rollback();
            return refused(QStringLiteral("transaction %1 is %2 here, %3 in the block")
                               .arg(i)
                               .arg(reasonCode(r))
                               .arg(block.validity[i]));
        }
        if (r != Reason::Ok) {
            // Only valid transactions are ordered here; a block must not carry others.
            m_store->rollback();
            return refused(QStringLiteral("transaction %1 is invalid (%2)").arg(i).arg(reasonCode(r)));
        }
        asPending.append(Pending{Submission{checks[i].checked, {}}, nullptr, 0});
    }
    for (const QByteArray &payload : payloads) {
        const QByteArray hash = Sha256::hash(payload);
        if (!referencedPayloads.contains(hash)) {
            m_store->rollback();
            return refused(QStringLiteral("it carries a payload that no record of the block commits to"));
        }
        if (Status st = m_store->putPayload(hash, payload); !st) {
            m_store->rollback();
            return st.error();
        }
    }
    auto assembled = assemble(asPending, h.timestampMs, h.proposer);
    if (!assembled)
        return assembled.error();
    if (assembled->block.signedHeader.header.hash() != h.hash()) {
        undo(assembled->firstLogIndex);
        return refused(QStringLiteral("executing it here gives another header (log root or size differ)"));
    }
    Round round;
    round.height = height;
    round.block = block;
    round.block.signedHeader.signatures.clear();
    round.headerHash = h.hash();
    round.payloads = payloads;
    round.entries = assembled->entries;
    round.firstLogIndex = assembled->firstLogIndex;
    round.confirmed = true;
    return round;
}

// Block `height` is gone from etcd's window: take it from another member's
// /v1/blocks, verified as a light node would (a quorum of member signatures,
// the body against the header) and executed here like any other. Payloads do
// not travel this way: records of such blocks are served by the other members.
void BlockProducer::fetchFromMember(quint64 height)
{
    const QList<Member> &members = m_inForce.members;
    Member source = members[m_fetchFrom % members.size()];
    if (source.orgId == m_orgId)
        source = members[++m_fetchFrom % members.size()];
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(QUrl(source.endpoint + QStringLiteral("/v1/blocks/%1").arg(height)));
    const QSslCertificate pinned(source.tlsCertificate, QSsl::Der);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_3OrLater);
    tls.setCaCertificates({pinned});
    request.setSslConfiguration(tls);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_network->get(request);
    // The network configuration pins each member's certificate: that one, and only it, is accepted.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, pinned](const QList<QSslError> &errors) {
        if (reply->sslConfiguration().peerCertificate() == pinned)
            reply->ignoreSslErrors(errors);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, height, source] {
        reply->deleteLater();
        const auto fail = [this, height, &source](const QString &why) {
            ++m_fetchFrom;
            stepDone(QStringLiteral("block %1 is no longer in etcd and %2 did not give it: %3").arg(height).arg(source.orgId, why));
        };
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return fail(reply->errorString());
        auto block = Block::decode(reply->readAll());
        if (!block)
            return fail(block.error().message);
        if (Status st = block->signedHeader.verifyQuorum(m_inForce); !st)
            return fail(st.error().message);
        auto round = executeBlock(height, *block, {});
        if (!round)
            return fail(round.error().message);
        for (const HeaderSignature &sig : std::as_const(block->signedHeader.signatures))
            if (SignedHeader{block->signedHeader.header, {sig}}.validSignatureCount(m_inForce) == 1)
                round->signatures.insert(sig.org, sig.signature);
        m_round = std::move(round).value();
        qCDebug(lcOrdering).noquote() << m_orgId << "took block" << height << "from" << source.orgId;
        m_stepAgain = true;
        stepDone(commitRound());
    });
}

void BlockProducer::collectSignatures()
{
    m_etcd->list(signaturePrefix(m_round->height), [this](Result<QList<EtcdKeyValue>> values) {
        if (!values)
            return stepDone(values.error().message);
        for (const EtcdKeyValue &kv : *values)
            considerSignature(kv.value);
        if (!m_round)
            return stepDone();
        if (m_round->signatures.size() >= m_inForce.quorum()) {
            m_stepAgain = true;
            return stepDone(commitRound());
        }
        if (!m_round->published && memberIndex() >= 0)
            return publishSignature();
        stepDone();
    });
}

void BlockProducer::publishSignature()
{
    Round &round = *m_round;
    if (Status st = m_signingRecord->permit(round.height, round.headerHash); !st) {
        qCCritical(lcOrdering).noquote() << "not signing block" << round.height << ":" << st.error().message;
        return stepDone(st.error().message);
    }
    SignedHeader mine{round.block.signedHeader.header, {}};
    mine.addSignature(m_orgId, m_orgKey);
    round.signatures.insert(m_orgId, mine.signatures.first().signature);
    const quint64 height = round.height;
    qCDebug(lcOrdering).noquote() << m_orgId << "signs block" << height;
    m_etcd->put(signaturePrefix(height) + m_orgId.toUtf8(), mine.encode(), [this, height](Status st) {
        if (!st)
            return stepDone(st.error().message);
        QString error;
        if (m_round && m_round->height == height) {
            m_round->published = true;
            if (m_round->signatures.size() >= m_inForce.quorum()) {
                error = commitRound();
                m_stepAgain = true;
            }
        }
        stepDone(error);
    });
}

QString BlockProducer::commitRound()
{
    Round round = std::move(*m_round);
    m_round.reset();
    Assembled assembled{round.block, round.entries, round.firstLogIndex};
    // Signatures in the members' order: every member stores the same bytes for the same signer set.
    for (const Member &m : m_inForce.members)
        if (const auto it = round.signatures.constFind(m.orgId); it != round.signatures.cend())
            assembled.block.signedHeader.signatures.append(HeaderSignature{m.orgId, *it});
    const quint64 height = round.height;
    if (Status st = finish(assembled); !st) {
        for (const Pending &p : round.mine)
            resolve(p, SubmissionResult::failed(p.submission.checked.txId, st.error().message));
        emit storageFailed(st.error().message);
        return QStringLiteral("cannot store block %1: %2").arg(height).arg(st.error().message);
    }
    qCDebug(lcOrdering).noquote() << m_orgId << "committed block" << height << "with" << assembled.block.signedHeader.signatures.size()
                        << "signatures";
    for (qsizetype i = 0; i < round.mine.size(); ++i)
        resolve(round.mine[i], SubmissionResult::final(round.entries[i].txId, height, quint64(i), round.firstLogIndex + quint64(i)));
    for (const auto &[p, reason] : std::as_const(round.refused))
        resolve(p, SubmissionResult::refused(p.submission.checked.txId, reason));
    // A submission another member put in this block (a client that sent it twice) is final too.
    if (!m_mempool.isEmpty()) {
        QHash<QByteArray, qsizetype> position;
        for (qsizetype i = 0; i < round.entries.size(); ++i)
            position.insert(round.entries[i].txId, i);
        for (qsizetype i = m_mempool.size() - 1; i >= 0; --i) {
            const auto it = position.constFind(m_mempool[i].submission.checked.txId);
            if (it == position.cend())
                continue;
            resolve(m_mempool[i], SubmissionResult::final(round.entries[*it].txId,
                                                          height, quint64(*it), round.firstLogIndex + quint64(*it)));
            m_mempool.removeAt(i);
        }
    }
    if (assembled.block.signedHeader.header.proposer == m_orgId)
        prune(height);
    emit blockCommitted(height);
    return {};
}

void BlockProducer::prune(quint64 committedHeight)
{
    if (committedHeight < m_ordering.retainedBlocks)
        return;
    // The "pruned" mark goes first: no one may bid again for a height whose proposal is deleted.
    const quint64 below = committedHeight - m_ordering.retainedBlocks + 1;
    m_etcd->put(m_keyPrefix + "pruned", QByteArray::number(below), [this, below](Status st) {
        if (!st)
            return;
        const QByteArray first = m_keyPrefix + "b/" + QByteArray(20, '0');
        m_etcd->removeRange(first, blockKey(below), [](Status) {});
        m_etcd->removeRange(m_keyPrefix + "s/" + QByteArray(20, '0'), signaturePrefix(below), [](Status) {});
    });
}

void BlockProducer::considerSignature(const QByteArray &bytes)
{
    auto signed_ = SignedHeader::decode(bytes);
    if (!signed_ || signed_->signatures.size() != 1 || signed_->validSignatureCount(m_inForce) != 1)
        return; // not a member's signature: nothing to learn from it
    const BlockHeader &h = signed_->header;
    const HeaderSignature &sig = signed_->signatures.first();
    if (h.networkId != m_contract.config().networkId())
        return;
    SignedHeader agreed;
    if (m_round && m_round->height == h.height) {
        if (!m_round->confirmed)
            return; // our bid may lose: the signatures are read again once the block is known
        if (m_round->headerHash == h.hash()) {
            m_round->signatures.insert(sig.org, sig.signature);
            return;
        }
        agreed = m_round->block.signedHeader;
        for (auto it = m_round->signatures.cbegin(); it != m_round->signatures.cend(); ++it)
            agreed.signatures.append(HeaderSignature{it.key(), it.value()});
    } else if (hasGenesis() && h.height <= tip().header.height) {
        auto stored = h.height == tip().header.height ? Result<SignedHeader>(tip()) : m_store->signedHeader(h.height);
        if (!stored || stored->header.hash() == h.hash())
            return;
        agreed = *stored;
    } else {
        return; // a height this member has not reached: judged when it gets there
    }
    const auto key = qMakePair(sig.org, h.height);
    if (m_reported.contains(key))
        return;
    m_reported.insert(key);
    qCCritical(lcOrdering).noquote()
        << QStringLiteral("MISBEHAVIOUR: member %1 signed header %2 at height %3, but the block there is %4. "
                          "Both signed headers are kept as evidence (GET /v1/consortium).")
               .arg(sig.org, shortHash(h.hash()))
               .arg(h.height)
               .arg(shortHash(agreed.header.hash()));
    {
        QMutexLocker lock(&m_statusMutex);
        m_status.misbehaviour.append(Misbehaviour{sig.org, *signed_, agreed});
    }
    emit misbehaviourDetected(sig.org, h.height);
}

void BlockProducer::onEtcdChanged(const QByteArray &key, const QByteArray &value)
{
    if (key == m_keyPrefix + "pruned")
        m_prunedBelow = qMax(m_prunedBelow, value.toULongLong());
    if (key.startsWith(m_keyPrefix + "s/"))
        considerSignature(value);
    step();
}

} // namespace careledger
