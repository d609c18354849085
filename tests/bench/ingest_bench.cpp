// ingest_bench: how fast one careledgerd ingests signed record transactions,
// next to the physical bound of this machine (Ed25519 verifications per second).
// A benchmark, not a test: it prints figures and fails only if the node does.
//
//   ingest_bench [--tx N] [--clients K] [--batch B] [--careledgerd PATH] [--verify-chain]
//
// (a) Ed25519 verifications/s of ~300-byte messages, one core and two threads;
// (b) a real careledgerd (spawned from this build) on a fresh one-org network in
//     a temporary data dir: enrol a doctor, register a patient, sign N
//     record-create transactions with small encrypted FHIR payloads (not timed),
//     then K client threads, each with its own NodeClient, submit them in
//     batches of B; timed from the first submit until the last receipt is final.

#include "core/Cbor.h"
#include "crypto/Ed25519.h"
#include "full/NodeDataDir.h"
#include "ledger/Domains.h"
#include "ledger/RecordCipher.h"
#include "ledger/Transaction.h"
#include "ledger/TxBody.h"
#include "light/NodeClient.h"
#include "BenchOutput.h"
#include "VerifyBound.h"
#include "support/TestLedger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QMutex>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <numeric>
#include <cstdio>
#include <thread>

#include <sys/resource.h>
#include <unistd.h>

using namespace careledger;
using namespace careledger::testing;
using namespace careledger::bench;

namespace {

using Clock = std::chrono::steady_clock;

// --- (b) the node ------------------------------------------------------------

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// CPU seconds (user + system) a process has used so far.
double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// CPU seconds per thread name ("block-producer", "Thread (pooled)", ...) of a process.
QMap<QString, double> threadCpuSeconds(qint64 pid)
{
    QMap<QString, double> out;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray stat = f.readAll();
        const qsizetype open = stat.indexOf('('), close = stat.lastIndexOf(')');
        const QString name = QString::fromUtf8(stat.mid(open + 1, close - open - 1));
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() < 13)
            continue;
        out[name] += double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    return out;
}

double selfCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Network {
    QString dataDir;
    QString endpoint;
    QByteArray pinnedCert;
    QByteArray networkId;
    QString org;
    QByteArray orgPublicKey;
    QByteArray orgX25519;
};

class Node {
public:
    explicit Node(QString binary) : m_binary(std::move(binary)) {}
    ~Node() { stop(); }

    Network init(const QString &dataDir)
    {
        const quint16 port = freeLoopbackPort();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_binary, {QStringLiteral("init"), QStringLiteral("--datadir"), dataDir, QStringLiteral("--network"),
                           QStringLiteral("Ingest Bench"), QStringLiteral("--org-id"), QStringLiteral("bench-general"),
                           QStringLiteral("--port"), QString::number(port)});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            die(QStringLiteral("careledgerd init failed: ") + QString::fromUtf8(p.readAll()));
        const NodeDataDir dir(dataDir);
        auto genesis = dir.genesis();
        auto identity = dir.identity();
        if (!genesis || !identity)
            die(QStringLiteral("cannot read the new data directory"));
        Network n;
        n.dataDir = dataDir;
        n.endpoint = QStringLiteral("https://127.0.0.1:%1").arg(port);
        n.networkId = genesis->networkId();
        n.org = identity->orgId;
        const auto member = genesis->member(n.org);
        n.pinnedCert = member->tlsCertificate;
        n.orgPublicKey = member->orgKey;
        n.orgX25519 = member->dataKey;
        return n;
    }

    void start(const Network &n)
    {
        m_log = QDir(n.dataDir).filePath(QStringLiteral("careledgerd.log"));
        m_process.setStandardOutputFile(m_log);
        m_process.setStandardErrorFile(m_log, QIODevice::Append);
        m_process.start(m_binary, {QStringLiteral("serve"), QStringLiteral("--datadir"), n.dataDir});
        if (!m_process.waitForStarted(10000))
            die(QStringLiteral("cannot start %1: %2").arg(m_binary, m_process.errorString()));
        NodeClient probe(n.endpoint, n.pinnedCert, 2000);
        QElapsedTimer t;
        t.start();
        while (!probe.tip()) {
            if (m_process.state() == QProcess::NotRunning || t.elapsed() > 60000)
                die(QStringLiteral("careledgerd did not come up; see ") + m_log);
            QThread::msleep(50);
        }
    }

    qint64 pid() const { return m_process.processId(); }
    bool running() const { return m_process.state() == QProcess::Running; }
    QString logFile() const { return m_log; }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(30000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QString m_binary;
    QString m_log;
    QProcess m_process;
};

struct Actors {
    TestKey doctor;
    QString patientId;
    QByteArray patientX25519;
};

Actors enrol(const Network &n)
{
    auto identity = NodeDataDir(n.dataDir).identity();
    if (!identity)
        die(identity.error().message);
    Actors a{TestKey::generate(), QStringLiteral("P-BENCH-1"), {}};
    NodeClient c(n.endpoint, n.pinnedCert);
    const quint64 now = nowMs();
    const Transaction enrolment = Transaction::make(
        TxType::Enrol, n.networkId, n.org, Enrolment{a.doctor.publicKey, QStringLiteral("Dr. Bench"), Role::Doctor}.encode(),
        n.orgPublicKey, identity->orgKey, now);
    const TestKey patient = TestKey::generate();
    a.patientX25519 = patient.x25519PublicKey();
    const Transaction registration = Transaction::make(
        TxType::RegisterPatient, n.networkId, n.org,
        PatientRegistration{a.patientId, patient.publicKey, KdfParams::withRandomSalt(TestKdfOps, TestKdfMemory)}.encode(),
        a.doctor.publicKey, a.doctor.secretKey(), now);
    for (const Transaction &tx : {enrolment, registration}) {
        auto r = c.submit({{tx.encode(), {}}});
        if (!r || r->size() != 1 || !r->first().isFinal())
            die(QStringLiteral("setup transaction refused: ") + (r ? r->value(0).message : r.error().message));
    }
    return a;
}

using Item = QPair<QByteArray, QByteArray>;

// One record-create: a small FHIR Observation, sealed for the patient and the
// org, signed by the doctor. About 0.6 KB of transaction and 0.2 KB of ciphertext.
Item recordItem(const Network &n, const Actors &a, int i)
{
    const QByteArray fhir =
        QStringLiteral(R"({"resourceType":"Observation","status":"final","subject":{"reference":"Patient/%1"},)"
                       R"("code":{"coding":[{"system":"http://loinc.org","code":"8867-4","display":"Heart rate"}]},)"
                       R"("valueQuantity":{"value":%2,"unit":"/min","system":"http://unitsofmeasure.org","code":"/min"}})")
            .arg(a.patientId)
            .arg(55 + i % 60)
            .toUtf8();
    const SealedRecord sealed =
        RecordCipher::seal(fhir, RecordCipher::newRecordId(), a.patientId, QStringLiteral("Observation"),
                           {{RecipientKind::Patient, a.patientId, a.patientX25519}, {RecipientKind::Org, n.org, n.orgX25519}});
    const Transaction tx = Transaction::make(TxType::RecordCreate, n.networkId, n.org, sealed.version.encode(),
                                             a.doctor.publicKey, a.doctor.secretKey(), nowMs());
    return {tx.encode(), sealed.ciphertext};
}

struct ClientStats {
    QList<double> latenciesMs;
    qint64 final = 0;
    qint64 refused = 0;
    QStringList errors;
    Clock::time_point lastReceipt{};
};

double percentile(QList<double> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const qsizetype i = qBound<qsizetype>(0, qsizetype(p * double(sorted.size() - 1) + 0.5), sorted.size() - 1);
    return sorted.at(i);
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll().split(' ').mid(0, 3).join(' '));
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("unknown");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ingest throughput of one careledgerd against the Ed25519 verify bound."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tx"), QStringLiteral("Transactions to ingest."), QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Concurrent client threads."), QStringLiteral("k"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Transactions per submission."), QStringLiteral("b"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("careledgerd"), QStringLiteral("The careledgerd binary (default: this build's)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("verify-chain"), QStringLiteral("Also time `careledgerd verify` over the result.")});
    parser.addOption({QStringLiteral("skip-verify-bound"), QStringLiteral("Do not measure the Ed25519 rates (for profiling runs).")});
    parser.process(app);

    const int txCount = parser.value(QStringLiteral("tx")).toInt();
    const int clients = parser.value(QStringLiteral("clients")).toInt();
    const int batchSize = parser.value(QStringLiteral("batch")).toInt();
    if (txCount <= 0 || clients <= 0 || batchSize <= 0 || batchSize > 5000)
        die(QStringLiteral("--tx, --clients must be positive and --batch within 1..5000"));
    QString binary = parser.value(QStringLiteral("careledgerd"));
    if (binary.isEmpty() && qEnvironmentVariableIsSet("CARELEDGER_BIN"))
        binary = QDir(qEnvironmentVariable("CARELEDGER_BIN")).filePath(QStringLiteral("careledgerd"));
    if (binary.isEmpty())
        binary = QStringLiteral(CARELEDGER_DEFAULT_BIN);
    if (!QFileInfo(binary).isExecutable())
        die(QStringLiteral("no careledgerd at %1 (use --careledgerd)").arg(binary));

    out() << "machine: " << QThread::idealThreadCount() << " cores, " << cpuModel() << ", load average " << loadAverage()
          << "\n";
    out().flush();

    // (a) -----------------------------------------------------------------------
    double verify1 = 0;
    if (!parser.isSet(QStringLiteral("skip-verify-bound"))) {
        const QList<SignedMessage> messages = makeSignedMessages(256);
        verifyRate(messages, 200); // warm up
        verify1 = verifyRate(messages, 1000);
        const double verify2 = verifyRateThreads(messages, 2, 1000);
        out() << "ed25519 verify (1 core):   " << num(verify1) << " /s\n"
              << "ed25519 verify (2 cores):  " << num(verify2) << " /s\n";
        out().flush();
    }

    // (b) -----------------------------------------------------------------------
    QTemporaryDir tmp;
    if (!tmp.isValid())
        die(QStringLiteral("no temporary directory"));
    Node node(binary);
    const Network net = node.init(tmp.filePath(QStringLiteral("node")));
    node.start(net);
    const Actors actors = enrol(net);

    QElapsedTimer prep;
    prep.start();
    QList<int> indexes(txCount);
    std::iota(indexes.begin(), indexes.end(), 0);
    const QList<Item> items =
        QtConcurrent::blockingMapped<QList<Item>>(indexes, [&](int i) { return recordItem(net, actors, i); });
    QList<QList<Item>> batches;
    for (qsizetype i = 0; i < items.size(); i += batchSize)
        batches.append(items.mid(i, batchSize));
    qint64 requestBytes = 0;
    for (const Item &it : items)
        requestBytes += it.first.size() + it.second.size();
    out() << "prepared " << num(txCount) << " signed record transactions (avg " << num(double(requestBytes) / txCount)
          << " bytes with payload) in " << QString::number(prep.elapsed() / 1000.0, 'f', 1) << " s (not timed)\n";
    out().flush();

    NodeClient probe(net.endpoint, net.pinnedCert);
    const auto tipBefore = probe.tip();
    if (!tipBefore)
        die(tipBefore.error().message);

    std::atomic<int> nextBatch{0};
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    QList<ClientStats> stats(clients);
    QList<QThread *> threads;
    for (int k = 0; k < clients; ++k) {
        threads.append(QThread::create([&, k] {
            NodeClient c(net.endpoint, net.pinnedCert, 120000);
            [[maybe_unused]] const auto warm = c.tip(); // TLS handshake before the clock starts
            ++ready;
            while (!go.load())
                std::this_thread::yield();
            ClientStats &s = stats[k];
            for (int b = nextBatch++; b < batches.size(); b = nextBatch++) {
                const auto t0 = Clock::now();
                auto receipts = c.submit(batches.at(b));
                const auto t1 = Clock::now();
                if (!receipts) {
                    s.errors.append(receipts.error().message);
                    continue;
                }
                s.latenciesMs.append(std::chrono::duration<double, std::milli>(t1 - t0).count());
                s.lastReceipt = t1;
                for (const TxReceipt &r : *receipts)
                    (r.isFinal() ? s.final : s.refused)++;
            }
        }));
        threads.last()->start();
    }
    while (ready.load() < clients)
        QThread::msleep(1);
    const double nodeCpu0 = processCpuSeconds(node.pid());
    const QMap<QString, double> threadCpu0 = threadCpuSeconds(node.pid());
    const double selfCpu0 = selfCpuSeconds();
    const auto start = Clock::now();
    go = true;
    for (QThread *t : threads) {
        t->wait();
        delete t;
    }
    const double nodeCpu = processCpuSeconds(node.pid()) - nodeCpu0;
    QMap<QString, double> threadCpu = threadCpuSeconds(node.pid());
    for (auto it = threadCpu.begin(); it != threadCpu.end(); ++it)
        it.value() -= threadCpu0.value(it.key());
    const double selfCpu = selfCpuSeconds() - selfCpu0;

    Clock::time_point end = start;
    QList<double> latencies;
    qint64 final = 0, refused = 0;
    QStringList errors;
    for (const ClientStats &s : stats) {
        end = std::max(end, s.lastReceipt);
        latencies.append(s.latenciesMs);
        final += s.final;
        refused += s.refused;
        errors.append(s.errors);
    }
    std::sort(latencies.begin(), latencies.end());
    const double seconds = std::chrono::duration<double>(end - start).count();
    const auto tipAfter = probe.tip();
    if (!tipAfter)
        die(tipAfter.error().message);
    const quint64 blocks = tipAfter->header.height - tipBefore->header.height;
    const double rate = double(final) / seconds;

    out() << "ingest (" << clients << " clients × " << batchSize << "): " << num(rate) << " tx/s";
    if (verify1 > 0)
        out() << "  = " << qRound(100.0 * rate / verify1) << " % of the 1-core verify bound";
    out() << "\n"
          << "  " << num(final) << " final, " << refused << " refused, " << errors.size() << " failed requests in "
          << QString::number(seconds, 'f', 2) << " s\n"
          << "  " << latencies.size() << " batches: latency p50 " << num(percentile(latencies, 0.50)) << " ms, p99 "
          << num(percentile(latencies, 0.99)) << " ms, max " << num(latencies.isEmpty() ? 0 : latencies.last()) << " ms\n"
          << "  " << blocks << " blocks (avg " << num(blocks ? double(final) / double(blocks) : 0) << " tx/block)\n"
          << "  cpu: careledgerd " << QString::number(nodeCpu, 'f', 1) << " s (" << num(nodeCpu / double(final) * 1e6)
          << " µs/tx), bench clients " << QString::number(selfCpu, 'f', 1) << " s (" << num(selfCpu / double(final) * 1e6)
          << " µs/tx), wall " << QString::number(seconds, 'f', 1) << " s × " << QThread::idealThreadCount() << " cores\n";
    out() << "  careledgerd threads:";
    for (auto it = threadCpu.cbegin(); it != threadCpu.cend(); ++it)
        if (it.value() >= 0.05)
            out() << "  " << it.key() << ' ' << num(it.value() / double(final) * 1e6) << " µs/tx";
    out() << '\n';
    out() << "  load average now " << loadAverage() << '\n';
    for (const QString &e : errors.mid(0, 3))
        out() << "  error: " << e << '\n';
    out().flush();

    node.stop();
    if (parser.isSet(QStringLiteral("verify-chain"))) {
        QElapsedTimer t;
        t.start();
        QProcess v;
        v.setProcessChannelMode(QProcess::MergedChannels);
        v.start(binary, {QStringLiteral("verify"), QStringLiteral("--datadir"), net.dataDir});
        v.waitForFinished(-1);
        const QByteArray report = v.readAll();
        out() << "careledgerd verify: " << (report.contains("chain valid") ? "chain valid" : "NOT VALID") << " in "
              << QString::number(t.elapsed() / 1000.0, 'f', 1) << " s ("
              << num(double(tipAfter->header.logSize) / (double(t.elapsed()) / 1000.0)) << " tx/s)\n";
        if (!report.contains("chain valid"))
            out() << report;
    }
    out().flush();
    return errors.isEmpty() && refused == 0 && final == txCount ? 0 : 1;
}
