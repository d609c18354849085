// Kill -9 of careledgerd while it ingests: after a restart every block it
// acknowledged is there, at the same place, and `careledgerd verify` reports the
// chain valid. Runs the real binary (CARELEDGER_BIN) as a child process.

#include "core/Cbor.h"
#include "crypto/Ed25519.h"
#include "full/NodeDataDir.h"
#include "ledger/RecordCipher.h"
#include "ledger/Transaction.h"
#include "ledger/TxBody.h"
#include "light/NodeClient.h"
#include "support/Careledgerd.h"
#include "support/TestLedger.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace careledger;
using namespace careledger::testing;

namespace {

// What the node answered "final" for: where the transaction must be after any crash.
struct Ack {
    QByteArray txId;
    quint64 height = 0;
    quint64 position = 0;
    quint64 logIndex = 0;
};

// Everything the ingesting threads report back to the test.
struct IngestLog {
    QMutex mutex;
    QList<Ack> acks;
    QStringList refusals;         // a valid transaction refused: always a failure
    QStringList errorsBeforeKill; // network or node errors while the node was meant to be up
    int errorsAfterKill = 0;      // requests cut off by the kill: expected
    std::atomic<int> ackCount{0};
    std::atomic<bool> killed{false};
    std::atomic<bool> stop{false};
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
};

constexpr int PrebuiltBatches = 24; // per worker: more than 2 s of ingest on a 2-core machine

} // namespace

class tst_CrashRecovery : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void acknowledgedBlocksSurviveKill9();
    void restartedNodeAcceptsNewTransactions();

private:
    // careledgerd plumbing
    QString binary() const { return careledgerdBinary(); }
    bool runTool(const QStringList &args, QByteArray *output, int timeoutMs = 30000)
    {
        return runCareledgerd(args, output, timeoutMs);
    }
    bool initNetwork();
    bool startNode();
    void killNode();
    void stopNode();
    bool verifyChain(QString *report);

    // ledger plumbing
    std::unique_ptr<NodeClient> client(int timeoutMs = 30000) const
    {
        return std::make_unique<NodeClient>(m_endpoint, m_pinnedCert, timeoutMs);
    }
    bool enrolDoctorAndPatient();
    QPair<QByteArray, QByteArray> recordTx() const;
    QList<QPair<QByteArray, QByteArray>> recordBatch(int n) const;
    void runIngest(IngestLog &log, int workers, int batchSize, QList<QThread *> &threads) const;
    void checkAcknowledged(const QList<Ack> &acks, bool viaTxEndpoint);

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_dataDir;
    quint16 m_port = 0;
    QString m_endpoint;
    std::unique_ptr<QProcess> m_node;
    QByteArray m_nodeOutput; // of every run, for failure messages

    QByteArray m_networkId;
    QString m_org;
    QByteArray m_orgX25519;
    TestKey m_doctor;
    QString m_patientId;
    QByteArray m_patientX25519;
    QByteArray m_pinnedCert;
};

void tst_CrashRecovery::init()
{
    if (!QFileInfo(binary()).isExecutable())
        QSKIP(qPrintable(QStringLiteral("careledgerd not found at %1: set CARELEDGER_BIN to the build's app/ folder")
                             .arg(binary())));
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_dataDir = m_tmp->filePath(QStringLiteral("node"));
    m_nodeOutput.clear();
    QVERIFY(initNetwork());
}

void tst_CrashRecovery::cleanup()
{
    if (m_node) {
        m_node->kill();
        m_node->waitForFinished(5000);
        m_node.reset();
    }
    if (QTest::currentTestFailed())
        qWarning().noquote() << "careledgerd output:\n" << QString::fromUtf8(m_nodeOutput.right(6000));
    m_tmp.reset();
}

bool tst_CrashRecovery::initNetwork()
{
    // The port is free now; nothing else on this machine should grab it during the test.
    m_port = freeLoopbackPort();
    if (m_port == 0)
        return false;
    QByteArray out;
    if (!runTool({QStringLiteral("init"), QStringLiteral("--datadir"), m_dataDir, QStringLiteral("--network"),
                  QStringLiteral("Crash Test Network"), QStringLiteral("--org-id"), QStringLiteral("crash-general"),
                  QStringLiteral("--port"), QString::number(m_port)},
                 &out)) {
        qWarning().noquote() << "careledgerd init failed:" << out;
        return false;
    }
    const NodeDataDir dir(m_dataDir);
    auto genesis = dir.genesis();
    auto identity = dir.identity();
    if (!genesis || !identity)
        return false;
    m_networkId = genesis->networkId();
    m_org = identity->orgId;
    const auto member = genesis->member(m_org);
    if (!member)
        return false;
    m_pinnedCert = member->tlsCertificate;
    m_orgX25519 = member->dataKey;
    m_endpoint = QStringLiteral("https://127.0.0.1:%1").arg(m_port);
    return true;
}

bool tst_CrashRecovery::startNode()
{
    m_node = std::make_unique<QProcess>();
    m_node->setProcessChannelMode(QProcess::MergedChannels);
    QProcess *p = m_node.get();
    connect(p, &QProcess::readyRead, this, [this, p] { m_nodeOutput += p->readAll(); });
    m_node->start(binary(), {QStringLiteral("serve"), QStringLiteral("--datadir"), m_dataDir});
    if (!m_node->waitForStarted(10000))
        return false;
    // Up when it answers: the chain is replayed and the API listening.
    auto probe = client(2000);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        if (m_node->state() == QProcess::NotRunning) {
            m_nodeOutput += m_node->readAll();
            qWarning().noquote() << "careledgerd serve exited:" << m_nodeOutput.right(3000);
            return false;
        }
        if (probe->tip())
            return true;
        QTest::qWait(50);
    }
    return false;
}

void tst_CrashRecovery::killNode()
{
    if (m_node->state() == QProcess::NotRunning)
        m_nodeOutput += QStringLiteral("\n----- exited by itself: status %1, code %2 -----\n")
                            .arg(m_node->exitStatus())
                            .arg(m_node->exitCode())
                            .toUtf8();
    m_node->kill(); // SIGKILL: no clean shutdown, no final block
    m_node->waitForFinished(10000);
    m_nodeOutput += m_node->readAll();
    m_nodeOutput += "\n----- SIGKILL -----\n";
    m_node.reset();
}

void tst_CrashRecovery::stopNode()
{
    if (!m_node)
        return;
    m_node->terminate();
    if (!m_node->waitForFinished(15000))
        m_node->kill();
    m_node->waitForFinished(5000);
    m_nodeOutput += m_node->readAll();
    m_node.reset();
}

bool tst_CrashRecovery::verifyChain(QString *report)
{
    QByteArray out;
    const bool ok = runTool({QStringLiteral("verify"), QStringLiteral("--datadir"), m_dataDir}, &out, 60000);
    *report = QString::fromUtf8(out);
    return ok && out.contains("chain valid");
}

bool tst_CrashRecovery::enrolDoctorAndPatient()
{
    auto identity = NodeDataDir(m_dataDir).identity();
    if (!identity)
        return false;
    const QByteArray orgPub = Ed25519::fromSecretKey(SecureBuffer::copyOf(identity->orgKey.view())).publicKey;
    m_doctor = TestKey::generate();
    const quint64 now = nowMs();
    const Transaction enrol = Transaction::make(TxType::Enrol, m_networkId, m_org,
                                                Enrolment{m_doctor.publicKey, QStringLiteral("Dr. Kill Nine"), Role::Doctor}.encode(),
                                                orgPub, identity->orgKey, now);
    auto c = client();
    auto r1 = c->submit({{enrol.encode(), {}}});
    if (!r1 || r1->size() != 1 || !r1->first().isFinal()) {
        qWarning() << "enrolment failed:" << (r1 ? (r1->isEmpty() ? QString() : r1->first().message) : r1.error().message);
        return false;
    }

    // The patient's key would come from their private ID; any Ed25519 key does here.
    const TestKey patient = TestKey::generate();
    m_patientId = QStringLiteral("P-CRASH-1");
    m_patientX25519 = patient.x25519PublicKey();
    const Transaction reg = Transaction::make(
        TxType::RegisterPatient, m_networkId, m_org,
        PatientRegistration{m_patientId, patient.publicKey, KdfParams::withRandomSalt(TestKdfOps, TestKdfMemory)}.encode(),
        m_doctor.publicKey, m_doctor.secretKey(), now);
    auto r2 = c->submit({{reg.encode(), {}}});
    if (!r2 || r2->size() != 1 || !r2->first().isFinal()) {
        qWarning() << "registration failed:" << (r2 ? (r2->isEmpty() ? QString() : r2->first().message) : r2.error().message);
        return false;
    }
    return true;
}

QPair<QByteArray, QByteArray> tst_CrashRecovery::recordTx() const
{
    const SealedRecord sealed = RecordCipher::seal(
        fhirJson(QStringLiteral("Observation"), m_patientId, QStringLiteral("heart rate 72/min")), RecordCipher::newRecordId(),
        m_patientId, QStringLiteral("Observation"),
        {{RecipientKind::Patient, m_patientId, m_patientX25519}, {RecipientKind::Org, m_org, m_orgX25519}});
    const Transaction tx = Transaction::make(TxType::RecordCreate, m_networkId, m_org, sealed.version.encode(),
                                             m_doctor.publicKey, m_doctor.secretKey(), nowMs());
    return {tx.encode(), sealed.ciphertext};
}

QList<QPair<QByteArray, QByteArray>> tst_CrashRecovery::recordBatch(int n) const
{
    QList<QPair<QByteArray, QByteArray>> batch;
    batch.reserve(n);
    for (int i = 0; i < n; ++i)
        batch.append(recordTx());
    return batch;
}

// Starts `workers` threads that each submit batches back to back (a NodeClient
// is blocking and belongs to the thread that made it) until log.stop is set.
void tst_CrashRecovery::runIngest(IngestLog &log, int workers, int batchSize, QList<QThread *> &threads) const
{
    for (int w = 0; w < workers; ++w) {
        QThread *t = QThread::create([this, &log, batchSize] {
            NodeClient c(m_endpoint, m_pinnedCert, 30000);
            // Signed ahead, so that a request is in flight nearly all the time.
            QList<QList<QPair<QByteArray, QByteArray>>> ahead;
            for (int i = 0; i < PrebuiltBatches; ++i)
                ahead.append(recordBatch(batchSize));
            ++log.ready;
            while (!log.go.load() && !log.stop.load())
                QThread::msleep(1);
            auto next = ahead.takeFirst();
            while (!log.stop.load()) {
                const bool killedBefore = log.killed.load();
                auto receipts = c.submit(next);
                if (!receipts) {
                    QMutexLocker lock(&log.mutex);
                    if (killedBefore || log.killed.load())
                        ++log.errorsAfterKill;
                    else
                        log.errorsBeforeKill.append(receipts.error().message);
                    return;
                }
                {
                    QMutexLocker lock(&log.mutex);
                    for (const TxReceipt &r : *receipts) {
                        if (r.isFinal())
                            log.acks.append(Ack{r.txId, r.height, r.position, r.logIndex});
                        else
                            log.refusals.append(QStringLiteral("%1: code %2, %3").arg(QString::fromLatin1(r.txId.toHex()))
                                                    .arg(r.code)
                                                    .arg(r.message));
                    }
                    log.ackCount += int(receipts->size());
                }
                next = ahead.isEmpty() ? recordBatch(batchSize) : ahead.takeFirst();
            }
        });
        t->start();
        threads.append(t);
    }
    while (log.ready.load() < workers)
        QThread::msleep(5);
    log.go = true;
}

// Every acknowledged transaction is stored where the receipt said. Through
// GET /v1/tx/<id> one by one (what a client holding a receipt does), or, to
// re-check a long history quickly, through the blocks that hold them.
void tst_CrashRecovery::checkAcknowledged(const QList<Ack> &acks, bool viaTxEndpoint)
{
    if (viaTxEndpoint) {
        // Four clients in parallel: one by one over a single connection is
        // round-trip bound and would dominate the test's time.
        constexpr int Checkers = 4;
        QMutex mutex;
        QStringList problems;
        QList<QThread *> threads;
        for (int k = 0; k < Checkers; ++k) {
            threads.append(QThread::create([&, k] {
                NodeClient c(m_endpoint, m_pinnedCert, 30000);
                for (qsizetype i = k; i < acks.size(); i += Checkers) {
                    const Ack &a = acks.at(i);
                    const QString hex = QString::fromLatin1(a.txId.toHex());
                    QString problem;
                    auto body = c.get(QStringLiteral("/v1/tx/") + hex);
                    if (!body) {
                        problem = QStringLiteral("acknowledged tx %1 (height %2) is missing after restart: %3")
                                      .arg(hex)
                                      .arg(a.height)
                                      .arg(body.error().message);
                    } else {
                        CborReader r(*body);
                        r.array(5, 5);
                        const auto tx = Transaction::decode(r.bytes(Transaction::MaxEncodedSize));
                        const quint64 height = r.uint();
                        const quint64 position = r.uint();
                        const quint64 logIndex = r.uint();
                        const quint64 code = r.uint();
                        r.leave();
                        if (!r.finish() || !tx || tx->id() != a.txId)
                            problem = QStringLiteral("tx %1: unreadable or a different transaction").arg(hex);
                        else if (height != a.height || position != a.position || logIndex != a.logIndex || code != 0)
                            problem = QStringLiteral("tx %1 acknowledged at height %2 position %3 log index %4, now at "
                                                     "height %5 position %6 log index %7 with code %8")
                                          .arg(hex)
                                          .arg(a.height)
                                          .arg(a.position)
                                          .arg(a.logIndex)
                                          .arg(height)
                                          .arg(position)
                                          .arg(logIndex)
                                          .arg(code);
                    }
                    if (!problem.isEmpty()) {
                        QMutexLocker lock(&mutex);
                        problems.append(problem);
                    }
                }
            }));
            threads.last()->start();
        }
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 acknowledged transactions wrong after restart:\n%3")
                                                    .arg(problems.size())
                                                    .arg(acks.size())
                                                    .arg(problems.mid(0, 10).join(QLatin1Char('\n')))));
        return;
    }
    auto c = client();
    QHash<quint64, QList<Ack>> byHeight;
    for (const Ack &a : acks)
        byHeight[a.height].append(a);
    for (auto it = byHeight.cbegin(); it != byHeight.cend(); ++it) {
        auto block = c->block(it.key());
        QVERIFY2(block, qPrintable(QStringLiteral("acknowledged block %1 is missing after restart").arg(it.key())));
        const quint64 first = block->signedHeader.header.logSize - quint64(block->transactions.size());
        for (const Ack &a : it.value()) {
            QVERIFY(a.position < quint64(block->transactions.size()));
            QCOMPARE(first + a.position, a.logIndex);
            const auto tx = Transaction::decode(block->transactions.at(qsizetype(a.position)));
            QVERIFY(tx);
            QCOMPARE(tx->id(), a.txId);
            QCOMPARE(block->validity.at(qsizetype(a.position)), quint16(0));
        }
    }
}

void tst_CrashRecovery::acknowledgedBlocksSurviveKill9()
{
    QElapsedTimer total;
    total.start();
    QVERIFY(startNode());
    QVERIFY(enrolDoctorAndPatient());

    // Different kill points: the block producer is at a different stage of
    // building, signing or committing a block each time.
    const int killAfterMs[] = {1500, 1100, 1900};
    QList<Ack> allAcks;
    int cutOff = 0;
    for (int cycle = 0; cycle < 3; ++cycle) {
        IngestLog log;
        QList<QThread *> threads;
        runIngest(log, 2, 200, threads);
        QElapsedTimer t;
        t.start();
        while ((t.elapsed() < killAfterMs[cycle] || log.ackCount.load() == 0) && t.elapsed() < 20000)
            QTest::qWait(10);
        const bool crashedByItself = m_node->state() != QProcess::Running;
        log.killed = true;
        killNode();
        log.stop = true;
        for (QThread *th : threads) {
            QVERIFY(th->wait(40000));
            delete th;
        }
        QVERIFY2(!crashedByItself, "careledgerd died during ingest before it was killed");
        QVERIFY2(log.errorsBeforeKill.isEmpty(), qPrintable(log.errorsBeforeKill.join(QLatin1Char('\n'))));
        QVERIFY2(log.refusals.isEmpty(), qPrintable(log.refusals.mid(0, 5).join(QLatin1Char('\n'))));
        QVERIFY2(!log.acks.isEmpty(), "no transaction was acknowledged before the kill");
        qInfo("cycle %d: killed after %lld ms, %lld acknowledged, %d requests cut off", cycle + 1,
              qint64(t.elapsed()), qint64(log.acks.size()), log.errorsAfterKill);

        QElapsedTimer phase;
        phase.start();
        QVERIFY(startNode());
        const qint64 restartMs = phase.restart();
        quint64 maxHeight = 0;
        for (const Ack &a : log.acks)
            maxHeight = qMax(maxHeight, a.height);
        auto tip = client()->tip();
        QVERIFY(tip);
        QVERIFY2(tip->header.height >= maxHeight,
                 qPrintable(QStringLiteral("tip %1 is below acknowledged height %2").arg(tip->header.height).arg(maxHeight)));
        checkAcknowledged(log.acks, true);
        if (QTest::currentTestFailed())
            return;
        const qint64 txCheckMs = phase.restart();
        allAcks.append(log.acks);
        // Earlier cycles' acknowledgements must survive later crashes too.
        checkAcknowledged(allAcks, false);
        if (QTest::currentTestFailed())
            return;
        const qint64 blockCheckMs = phase.restart();

        QString report;
        QVERIFY2(verifyChain(&report), qPrintable(report));
        qInfo("cycle %d: restart %lld ms, %lld receipts checked in %lld ms, all in blocks in %lld ms, verify %lld ms",
              cycle + 1, restartMs, qint64(log.acks.size()), txCheckMs, blockCheckMs, qint64(phase.elapsed()));
        cutOff += log.errorsAfterKill;
    }
    // Kills landed while batches were on the wire, not only between them.
    QVERIFY2(cutOff > 0, "no request was in flight at any of the kills");
    stopNode();
    qInfo("%lld transactions acknowledged over 3 kills, %lld ms", qint64(allAcks.size()), qint64(total.elapsed()));
    QVERIFY2(total.elapsed() < 60000, "the crash test must stay under a minute");
}

void tst_CrashRecovery::restartedNodeAcceptsNewTransactions()
{
    QVERIFY(startNode());
    QVERIFY(enrolDoctorAndPatient());
    IngestLog log;
    QList<QThread *> threads;
    runIngest(log, 2, 200, threads);
    QElapsedTimer t;
    t.start();
    while ((t.elapsed() < 800 || log.ackCount.load() == 0) && t.elapsed() < 20000)
        QTest::qWait(10);
    const bool crashedByItself = m_node->state() != QProcess::Running;
    log.killed = true;
    killNode();
    log.stop = true;
    for (QThread *th : threads) {
        QVERIFY(th->wait(40000));
        delete th;
    }
    QVERIFY2(!crashedByItself, "careledgerd died during ingest before it was killed");
    QVERIFY2(log.errorsBeforeKill.isEmpty(), qPrintable(log.errorsBeforeKill.join(QLatin1Char('\n'))));
    QVERIFY(!log.acks.isEmpty());

    QVERIFY(startNode());
    auto c = client();
    auto before = c->tip();
    QVERIFY(before);

    // The same doctor and patient: the state as well as the blocks came back.
    const auto batch = recordBatch(300);
    auto receipts = c->submit(batch);
    QVERIFY2(receipts, qPrintable(receipts ? QString() : receipts.error().message));
    QCOMPARE(receipts->size(), batch.size());
    quint64 lastLogIndex = 0;
    for (const TxReceipt &r : *receipts) {
        QVERIFY2(r.isFinal(), qPrintable(r.message));
        QVERIFY(r.height > before->header.height);
        QVERIFY(r.logIndex >= before->header.logSize);
        lastLogIndex = qMax(lastLogIndex, r.logIndex);
    }
    QList<Ack> fresh;
    for (const TxReceipt &r : *receipts)
        fresh.append(Ack{r.txId, r.height, r.position, r.logIndex});
    checkAcknowledged(fresh, true);
    if (QTest::currentTestFailed())
        return;
    auto after = c->tip();
    QVERIFY(after);
    QCOMPARE(after->header.logSize, lastLogIndex + 1);

    // verify with the node still running (WAL readers), then after a clean stop.
    QString report;
    QVERIFY2(verifyChain(&report), qPrintable(report));
    stopNode();
    QVERIFY2(verifyChain(&report), qPrintable(report));
}

QTEST_GUILESS_MAIN(tst_CrashRecovery)
#include "tst_crashrecovery.moc"
