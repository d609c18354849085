// sync_bench: what the embedded light node's verification costs, next to the
// physical bound of this machine (Ed25519 verifications per second, measured
// in the same run). A benchmark, not a test: it prints figures and fails only
// if something does not verify.
//
//   sync_bench [--old 12345] [--new 1012345] [--block-tx 2000] [--blocks 100000] [--skip-catchup] [--skip-first-sync]
//
// (1) Catch-up after 1,000,000 new transactions, in-process: a MerkleLog of
//     `new` leaves; CPU time to verify one consistency proof old → new plus one
//     quorum-signed header (q = 3 of 4), and the proof's bytes; beside it the
//     header-by-header alternative (every header in between, q signatures each).
// (2) First sync of a `blocks`-block chain (4 members, every header signed by
//     3 of them, empty blocks) written straight into a full node's data
//     directory; a FullNode serves it on a loopback port (its own thread, this
//     process) and a light node in a child process (this binary, --sync-child)
//     syncs every header from genesis: blocks/s against the verify bound.
// (3) The child's peak memory (VmHWM and ru_maxrss) during that sync.

#include "core/Cbor.h"
#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"
#include "ledger/Domains.h"
#include "ledger/MerkleLog.h"
#include "light/HeaderVerifier.h"
#include "light/LightSync.h"
#include "BenchOutput.h"
#include "support/ChainWriter.h"
#include "support/LyingNode.h" // closedLoopbackPort
#include "support/TestNetwork.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QtEndian>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

using namespace careledger;
using namespace careledger::testing;
using namespace careledger::bench;

namespace {

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

double processCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().split(' ').mid(0, 3).join(' ')) : QString();
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("unknown CPU");
}

const QStringList Orgs{QStringLiteral("st-marys"), QStringLiteral("northside-clinic"), QStringLiteral("city-lab"),
                       QStringLiteral("mutual-insurance")};

// Single-thread Ed25519 verifications per second of real signed headers.
double headerVerifyRate(const QList<SignedHeader> &headers, const NetworkConfig &config, int ms)
{
    struct Item {
        QByteArray key, message, signature;
    };
    QList<Item> items;
    for (const SignedHeader &h : headers)
        for (const HeaderSignature &s : h.signatures)
            items.append({config.member(s.org)->orgKey, h.header.encode(), s.signature});
    quint64 count = 0;
    const double start = threadCpuSeconds();
    double now = start;
    while (now - start < ms / 1000.0) {
        for (const Item &i : items)
            if (!Ed25519::verify(i.key, Domains::Header, i.message, i.signature))
                die(QStringLiteral("a good signature did not verify"));
        count += quint64(items.size());
        now = threadCpuSeconds();
    }
    return double(count) / (now - start);
}

SignedHeader makeHeader(const TestLedger &ledger, const NetworkConfig &config, quint64 height, const QByteArray &previous,
                        quint64 logSize, const QByteArray &logRoot, int signers)
{
    SignedHeader s;
    BlockHeader &h = s.header;
    h.networkId = config.networkId();
    h.height = height;
    h.previousHash = previous;
    h.txRoot = Sha256::hash(QByteArray::number(height));
    h.logRoot = logRoot;
    h.logSize = logSize;
    h.validityHash = Sha256::hash("validity");
    h.timestampMs = 1'700'000'000'000ULL + height * 1000;
    h.proposer = Orgs.first();
    for (int i = 0; i < signers; ++i)
        s.addSignature(Orgs[i], ledger.org(Orgs[i]).key.secretKey());
    return s;
}

// --- (1) catch-up ------------------------------------------------------------------------

void catchUp(quint64 oldSize, quint64 newSize, quint64 txPerBlock)
{
    const TestLedger ledger(Orgs);
    const NetworkConfig &config = ledger.config();
    const int q = config.quorum();
    const HeaderVerifier verifier(config);

    QElapsedTimer timer;
    timer.start();
    MerkleLog log;
    for (quint64 i = 0; i < newSize; ++i) {
        const quint64 v = qToBigEndian(i);
        log.appendLeafHash(MerkleLog::leafHash(QByteArrayView(reinterpret_cast<const char *>(&v), sizeof v)));
    }
    out() << "\n(1) catch-up after " << num(double(newSize - oldSize)) << " new transactions (log " << num(double(oldSize))
          << " -> " << num(double(newSize)) << " leaves, built in " << num(double(timer.elapsed())) << " ms), " << q
          << " of " << config.signerCount() << " signatures per header\n";

    const quint64 oldHeight = oldSize / txPerBlock + 1;
    const quint64 newHeight = oldHeight + (newSize - oldSize + txPerBlock - 1) / txPerBlock;
    const SignedHeader trustedHeader = makeHeader(ledger, config, oldHeight, Sha256::hash("previous"), oldSize,
                                                  log.rootAt(oldSize), q);
    const SignedHeader newHeader = makeHeader(ledger, config, newHeight, Sha256::hash("previous of new"), newSize,
                                              log.root(), q);
    const TrustedState trusted = *verifier.bootstrap(trustedHeader);
    auto proof = log.consistencyProof(oldSize, newSize);
    if (!proof)
        die(proof.error().message);
    const QByteArray proofBytes = lies::encodeHashes(*proof); // as /v1/proof/consistency serves it
    const qsizetype headerBytes = newHeader.encode().size();

    // One consistency proof + one quorum header: the whole catch-up.
    constexpr int Rounds = 2000;
    double best = 1e9, total = 0;
    for (int i = 0; i < Rounds; ++i) {
        const double t0 = threadCpuSeconds();
        auto next = verifier.advance(trusted, newHeader, *proof);
        const double t = threadCpuSeconds() - t0;
        if (!next)
            die(next.error().message);
        best = std::min(best, t);
        total += t;
    }
    const double catchUpUs = total / Rounds * 1e6;
    double proofOnly = 0;
    {
        constexpr int N = 20000;
        const double t0 = threadCpuSeconds();
        for (int i = 0; i < N; ++i)
            if (!MerkleLog::verifyConsistency(oldSize, newSize, trusted.logRoot, log.root(), *proof))
                die(QStringLiteral("consistency proof does not verify"));
        proofOnly = (threadCpuSeconds() - t0) / N * 1e6;
    }
    out() << "  one consistency proof + one quorum header: " << fixed(catchUpUs, 1) << " µs CPU (mean of "
          << num(Rounds) << ", best " << fixed(best * 1e6, 1) << " µs; the proof alone " << fixed(proofOnly, 1)
          << " µs), " << proof->size() << " hashes = " << proofBytes.size() << " bytes of proof + " << headerBytes
          << " bytes of header\n";

    // Header by header: every header in between, each quorum-signed and linked.
    const quint64 between = newHeight - oldHeight;
    QList<SignedHeader> headers;
    QByteArray previous = trustedHeader.header.hash();
    for (quint64 h = oldHeight + 1; h <= newHeight; ++h) {
        const quint64 size = std::min(newSize, oldSize + (h - oldHeight) * txPerBlock);
        headers.append(makeHeader(ledger, config, h, previous, size, log.rootAt(size), q));
        previous = headers.last().header.hash();
    }
    qint64 headersBytes = 0;
    for (const SignedHeader &h : headers)
        headersBytes += h.encode().size();
    double hbh = 1e9;
    for (int round = 0; round < 3; ++round) {
        const double t0 = threadCpuSeconds();
        QByteArray link = trustedHeader.header.hash();
        for (const SignedHeader &h : headers) {
            if (h.header.previousHash != link || !verifier.checkSignatures(h))
                die(QStringLiteral("header %1 does not verify").arg(h.header.height));
            link = h.header.hash();
        }
        hbh = std::min(hbh, threadCpuSeconds() - t0);
    }
    const double perHeaderUs = hbh / double(between) * 1e6;
    out() << "  header by header, " << num(double(txPerBlock)) << " tx/block: " << num(double(between)) << " headers × "
          << q << " signatures = " << fixed(hbh * 1e3, 1) << " ms CPU (measured; " << fixed(perHeaderUs, 1)
          << " µs/header), " << num(double(headersBytes)) << " bytes of headers\n"
          << "    ratio: " << num(hbh * 1e6 / catchUpUs) << "× the CPU, "
          << fixed(double(headersBytes) / double(proofBytes.size() + headerBytes), 1) << "× the bytes\n";
    const double worstHeaders = double(newSize - oldSize);
    const double worstMs = worstHeaders * perHeaderUs / 1e3;
    out() << "  header by header, 1 tx/block (worst case): " << num(worstHeaders) << " headers × " << q
          << " signatures = " << num(worstMs) << " ms CPU (extrapolated from the measured " << fixed(perHeaderUs, 1)
          << " µs/header), " << num(worstHeaders * double(headersBytes) / double(between)) << " bytes\n"
          << "    ratio: " << num(worstMs * 1e3 / catchUpUs) << "× the CPU, "
          << num(worstHeaders * double(headersBytes) / double(between) / double(proofBytes.size() + headerBytes))
          << "× the bytes\n";
}

// --- (2) + (3) first sync ----------------------------------------------------------------

// The child: a light node that syncs every header once, then reports.
int syncChild(const QString &dir)
{
    QFile configFile(dir + QStringLiteral("/config.cbor"));
    QFile endpointFile(dir + QStringLiteral("/endpoint.txt"));
    if (!configFile.open(QIODevice::ReadOnly) || !endpointFile.open(QIODevice::ReadOnly))
        return 2;
    auto config = NetworkConfig::decode(configFile.readAll());
    if (!config)
        return 2;
    LightNodeSettings s;
    s.config = *config;
    s.pinnedNetworkId = config->networkId();
    s.cachePath = dir + QStringLiteral("/light.sqlite");
    s.endpoints = {QString::fromUtf8(endpointFile.readAll())};
    LightSync sync(s);
    if (!sync.open())
        return 2;
    const double cpu0 = processCpuSeconds();
    QElapsedTimer t;
    t.start();
    auto r = sync.syncOnce();
    const qint64 ms = t.elapsed();
    const double cpu = processCpuSeconds() - cpu0;
    if (!r) {
        std::printf("failed %s\n", qPrintable(r.error().message));
        return 1;
    }
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    std::printf("synced %llu %lld %.3f %lld %ld %llu\n", static_cast<unsigned long long>(r->height), ms, cpu,
                statusKb("VmHWM:"), u.ru_maxrss, static_cast<unsigned long long>(sync.cache().headerCount()));
    return 0;
}

void firstSync(int blocks)
{
    const int q = 3;
    auto tls = TlsIdentity::generate(Orgs.first(), {QStringLiteral("127.0.0.1")}, 30);
    if (!tls)
        die(tls.error().message);
    const quint16 port = closedLoopbackPort();
    // The members' keys, from a TestLedger; the configuration with the running node's address.
    const TestLedger keys(Orgs);
    NetworkConfig config;
    config.networkName = QStringLiteral("Sync Bench");
    for (qsizetype i = 0; i < Orgs.size(); ++i)
        config.members.append(Member{Orgs[i], Orgs[i].toUpper(), keys.org(Orgs[i]).key.publicKey,
                                     i == 0 ? TlsIdentity::pemToDer(tls->certificatePem) : QByteArray(),
                                     QStringLiteral("https://127.0.0.1:%1").arg(i == 0 ? port : 1),
                                     keys.org(Orgs[i]).dataKey().publicKey});
    if (config.quorum() != q)
        die(QStringLiteral("unexpected quorum"));
    QList<TestOrg> signers;
    for (int i = 0; i < q; ++i)
        signers.append(keys.org(Orgs[i]));

    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("node"));
    QElapsedTimer timer;
    timer.start();
    QList<SignedHeader> sample;
    {
        ChainWriter writer(config, signers, quint64(QDateTime::currentMSecsSinceEpoch()) - quint64(blocks) - 60'000);
        if (Status st = writer.create(data, *tls); !st)
            die(st.error().message);
        for (int b = 1; b <= blocks; ++b) {
            if (Status st = writer.appendBlock({}); !st)
                die(st.error().message);
            if (b % 1000 == 0 && sample.size() < 100)
                sample.append(writer.tip());
        }
        if (Status st = writer.commit(); !st)
            die(st.error().message);
    }
    out() << "\n(2) first sync of a " << num(blocks) << "-block chain (empty blocks, " << q << " of "
          << config.signerCount() << " signatures per header), written in " << num(double(timer.elapsed()))
          << " ms\n";

    // The bound, measured now: Ed25519 verifications of real headers, one core.
    const double verifyRate = headerVerifyRate(sample, config, 2000);
    const double bound = verifyRate / q;
    out() << "  ed25519 verify (1 core, header messages): " << num(verifyRate) << " /s  -> bound " << num(bound)
          << " headers/s at " << q << " signatures each\n";

    TestNode node;
    if (Status st = node.open(data, port); !st)
        die(st.error().message);
    {
        QFile f(dir.filePath(QStringLiteral("config.cbor")));
        f.open(QIODevice::WriteOnly);
        f.write(config.encode());
        QFile e(dir.filePath(QStringLiteral("endpoint.txt")));
        e.open(QIODevice::WriteOnly);
        e.write(node.endpoint().toUtf8());
    }
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--sync-child"), dir.path()});
    if (!child.waitForStarted(10000) || !child.waitForFinished(30 * 60 * 1000) || child.exitCode() != 0)
        die(QStringLiteral("the light node child failed: ") + QString::fromUtf8(child.readAll()));
    const QList<QByteArray> f = child.readAll().trimmed().split(' ');
    if (f.size() != 7 || f[0] != "synced")
        die(QStringLiteral("unexpected child output"));
    const quint64 height = f[1].toULongLong();
    const double seconds = f[2].toDouble() / 1000.0;
    const double cpu = f[3].toDouble();
    const double rate = double(height + 1) / seconds;
    const double cpuRate = double(height + 1) / cpu;
    out() << "  light node (child process): " << num(double(height + 1)) << " headers verified and stored in "
          << fixed(seconds, 2) << " s wall = " << num(rate) << " blocks/s = " << qRound(100.0 * rate / bound)
          << " % of the verify bound (headers in its cache: " << f[6] << ")\n"
          << "    its CPU: " << fixed(cpu, 2) << " s = " << fixed(cpu / double(height + 1) * 1e6, 1) << " µs/header = "
          << num(cpuRate) << " blocks per CPU-second = " << qRound(100.0 * cpuRate / bound)
          << " % of the bound; on a CPU " << qRound(100.0 * cpu / seconds) << " % of the wall time (load average now "
          << loadAverage() << ")\n";
    out() << "\n(3) peak memory of the light node during that sync: VmHWM " << num(f[4].toDouble() / 1024.0)
          << " MB (ru_maxrss " << num(f[5].toDouble() / 1024.0)
          << " MB: Linux carries it over from this parent's image at fork, before exec)\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("careledger.*.info=false"));
    if (argc == 3 && qstrcmp(argv[1], "--sync-child") == 0)
        return syncChild(QString::fromLocal8Bit(argv[2]));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Light node verification benchmarks."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("old"), QStringLiteral("Trusted log size before catch-up."), QStringLiteral("n"),
                      QStringLiteral("12345")});
    parser.addOption({QStringLiteral("new"), QStringLiteral("Log size after catch-up."), QStringLiteral("n"),
                      QStringLiteral("1012345")});
    parser.addOption({QStringLiteral("block-tx"), QStringLiteral("Transactions per block, header by header."),
                      QStringLiteral("n"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("blocks"), QStringLiteral("Blocks of the first-sync chain."), QStringLiteral("n"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("skip-catchup"), QStringLiteral("Skip (1).")});
    parser.addOption({QStringLiteral("skip-first-sync"), QStringLiteral("Skip (2) and (3).")});
    parser.process(app);
    out() << "machine: " << QThread::idealThreadCount() << " cores, " << cpuModel() << ", load average " << loadAverage()
          << "\n";
    if (!parser.isSet(QStringLiteral("skip-catchup")))
        catchUp(parser.value(QStringLiteral("old")).toULongLong(), parser.value(QStringLiteral("new")).toULongLong(),
                parser.value(QStringLiteral("block-tx")).toULongLong());
    if (!parser.isSet(QStringLiteral("skip-first-sync")))
        firstSync(parser.value(QStringLiteral("blocks")).toInt());
    out().flush();
    return 0;
}
