// consortium_bench: throughput and commit latency of a 4-member consortium
// ordering through 3 real etcd members on loopback, beside one node ordering
// alone and the Ed25519 verify bound, all measured in the same run. A
// benchmark, not a test: it prints figures and fails only if the network does.
//
//   consortium_bench [--tx N] [--clients K] [--batch B] [--members M] [--etcd E]
//
// (a) Ed25519 verifications/s on one core (every member verifies every
//     transaction once: the proposer when it is submitted, the others when
//     they execute the proposal);
// (b) one in-process full node (TestNetwork) and (c) M in-process members
//     (TestConsortium, E etcd processes): each gets N signed record-create
//     transactions with small encrypted FHIR payloads, prepared untimed; K
//     client threads submit batches of B (client k to member k mod M), and
//     the clock runs from the first submit to the last final receipt. The
//     latency of a batch is from its submit to its receipts: the time until
//     its block is final (signed by a quorum and committed at that member).

#include "BenchOutput.h"
#include "support/TestConsortium.h"

#include "crypto/Ed25519.h"
#include "ledger/Domains.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

#include <sys/resource.h>

using namespace careledger;
using namespace careledger::testing;
using namespace careledger::bench;

namespace {

using Item = QPair<QByteArray, QByteArray>;
using SteadyClock = std::chrono::steady_clock;

double verifyRatePerCore(int ms)
{
    const Ed25519::KeyPair key = Ed25519::generate();
    QList<QPair<QByteArray, QByteArray>> signedMessages;
    for (int i = 0; i < 256; ++i) {
        const QByteArray m = randomBytes(300);
        signedMessages.append({m, Ed25519::sign(key.secretKey, Domains::Transaction, m)});
    }
    quint64 count = 0;
    const auto start = SteadyClock::now();
    auto now = start;
    while (now - start < std::chrono::milliseconds(ms)) {
        for (const auto &[m, s] : signedMessages)
            if (!Ed25519::verify(key.publicKey, Domains::Transaction, m, s))
                die(QStringLiteral("a good signature did not verify"));
        count += quint64(signedMessages.size());
        now = SteadyClock::now();
    }
    return double(count) / std::chrono::duration<double>(now - start).count();
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double percentile(QList<double> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    return sorted.at(qBound<qsizetype>(0, qsizetype(p * double(sorted.size() - 1) + 0.5), sorted.size() - 1));
}

// A doctor and a patient per member org, enrolled through that member, and
// `perMember` signed record-creates each (prepared before the clock starts).
QList<QList<Item>> prepare(TestLedger &ledger, const QList<std::function<std::unique_ptr<NodeClient>()>> &clients, int perMember)
{
    static int call = 0;
    ++call;
    QList<QList<Item>> work;
    for (int m = 0; m < clients.size(); ++m) {
        const QString org = ledger.config().members[m].orgId;
        const TestUser doctor = TestLedger::newUser(org, Role::Doctor);
        const TestPatient patient = TestPatient::make(QStringLiteral("P-BENCH-%1-%2").arg(call).arg(m),
                                                    QStringLiteral("bench-%1-%2").arg(call).arg(m));
        auto client = clients[m]();
        for (const Transaction &tx : {ledger.enrolByOrg(doctor, nowMs()), ledger.registerPatient(doctor, patient, nowMs() + 1)}) {
            auto r = client->submit({{tx.encode(), {}}});
            if (!r || !r->first().isFinal())
                die(QStringLiteral("setup transaction refused: ") + (r ? r->first().message : r.error().message));
        }
        QList<Item> items;
        for (int i = 0; i < perMember; ++i) {
            const QByteArray fhir =
                QStringLiteral(R"({"resourceType":"Observation","status":"final","subject":{"reference":"Patient/%1"},)"
                               R"("code":{"coding":[{"system":"http://loinc.org","code":"8867-4","display":"Heart rate"}]},)"
                               R"("valueQuantity":{"value":%2,"unit":"/min","system":"http://unitsofmeasure.org","code":"/min"}})")
                    .arg(patient.id)
                    .arg(55 + i % 60)
                    .toUtf8();
            const SealedRecord sealed = ledger.seal(patient, org, QStringLiteral("Observation"), fhir);
            items.append({ledger.record(doctor, sealed.version, nowMs()).encode(), sealed.ciphertext});
        }
        work.append(items);
    }
    return work;
}

struct Figures {
    double txPerSecond = 0;
    double p50 = 0, p99 = 0, max = 0;
    qint64 final = 0, failed = 0;
    double seconds = 0;
    double cpuPerTxUs = 0;
    quint64 blocks = 0;
};

// K clients, client k submitting to member k mod M batches of B from that member's work.
Figures run(const QList<std::function<std::unique_ptr<NodeClient>()>> &clients, QList<QList<Item>> work, int clientCount,
            int batch, const std::function<quint64()> &height)
{
    const int members = int(work.size());
    std::vector<std::atomic<qsizetype>> next(static_cast<size_t>(members));
    for (auto &n : next)
        n = 0;
    QMutex mutex;
    QList<double> latencies;
    std::atomic<qint64> final{0}, failed{0};
    const quint64 startHeight = height();
    const double cpuBefore = cpuSeconds();
    const auto start = SteadyClock::now();
    std::vector<std::thread> threads;
    for (int k = 0; k < clientCount; ++k) {
        threads.emplace_back([&, k] {
            const int m = k % members;
            auto client = clients[m]();
            for (;;) {
                const qsizetype from = next[size_t(m)].fetch_add(batch);
                if (from >= work[m].size())
                    break;
                const QList<Item> items = work[m].mid(from, batch);
                const auto sent = SteadyClock::now();
                auto receipts = client->submit(items);
                const double ms = std::chrono::duration<double, std::milli>(SteadyClock::now() - sent).count();
                if (!receipts) {
                    failed += items.size();
                    continue;
                }
                for (const TxReceipt &r : *receipts)
                    (r.isFinal() ? final : failed) += 1;
                QMutexLocker lock(&mutex);
                latencies.append(ms);
            }
        });
    }
    for (auto &t : threads)
        t.join();
    Figures f;
    f.seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
    f.final = final;
    f.failed = failed;
    f.txPerSecond = double(f.final) / f.seconds;
    std::sort(latencies.begin(), latencies.end());
    f.p50 = percentile(latencies, 0.50);
    f.p99 = percentile(latencies, 0.99);
    f.max = latencies.isEmpty() ? 0 : latencies.last();
    f.cpuPerTxUs = (cpuSeconds() - cpuBefore) * 1e6 / double(qMax<qint64>(1, f.final));
    f.blocks = height() - startHeight;
    return f;
}

void print(const QString &name, const Figures &f, int batch)
{
    out() << name << ": " << num(f.txPerSecond) << " tx/s\n"
          << "  " << num(double(f.final)) << " final, " << num(double(f.failed)) << " not final, in " << fixed(f.seconds, 2)
          << " s; " << num(double(f.blocks)) << " blocks (avg " << num(double(f.final) / double(qMax<quint64>(1, f.blocks)))
          << " tx/block)\n"
          << "  commit latency of a batch of " << batch << ": p50 " << num(f.p50) << " ms, p99 " << num(f.p99) << " ms, max "
          << num(f.max) << " ms\n"
          << "  cpu (whole process: nodes, etcd clients, bench clients) " << num(f.cpuPerTxUs) << " µs/tx\n";
    out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("trace"), QStringLiteral("log every block proposed and made final, with times")});
    parser.addOption({QStringLiteral("tx"), QStringLiteral("transactions per run"), QStringLiteral("N"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("clients"), QStringLiteral("client threads"), QStringLiteral("K"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("transactions per submit"), QStringLiteral("B"), QStringLiteral("250")});
    parser.addOption({QStringLiteral("members"), QStringLiteral("consortium members"), QStringLiteral("M"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("etcd"), QStringLiteral("etcd members"), QStringLiteral("E"), QStringLiteral("3")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("trace")))
        qSetMessagePattern(QStringLiteral("%{time hh:mm:ss.zzz} %{threadid} %{message}"));
    else
        QLoggingCategory::setFilterRules(QStringLiteral("careledger.*.info=false\ncareledger.*.debug=false"));
    const int total = parser.value(QStringLiteral("tx")).toInt();
    const int clientCount = parser.value(QStringLiteral("clients")).toInt();
    const int batch = parser.value(QStringLiteral("batch")).toInt();
    const int members = parser.value(QStringLiteral("members")).toInt();
    const int etcdMembers = parser.value(QStringLiteral("etcd")).toInt();
    if (total <= 0 || clientCount <= 0 || batch <= 0 || members < 1 || etcdMembers < 1)
        die(QStringLiteral("--tx, --clients, --batch, --members and --etcd must be positive"));

    out() << "machine: " << std::thread::hardware_concurrency() << " cores\n";
    const double verify = verifyRatePerCore(1000);
    out() << "ed25519 verify (1 core): " << num(verify) << " /s\n";
    out().flush();

    // (b) one node, alone.
    Figures alone;
    {
        Status st;
        auto net = TestNetwork::start({QStringLiteral("solo")}, &st);
        if (!st)
            die(st.error().message);
        TestNetwork *n = net.get();
        const QList<std::function<std::unique_ptr<NodeClient>()>> clients{[n] { return n->client(120000); }};
        QElapsedTimer t;
        t.start();
        QList<QList<Item>> work = prepare(*net, clients, total);
        out() << "prepared " << num(total) << " signed record transactions for one node in " << fixed(t.elapsed() / 1000.0, 1)
              << " s (not timed)\n";
        alone = run(clients, work, clientCount, batch, [n] { return n->client()->tip()->header.height; });
        print(QStringLiteral("one node, ordering alone (%1 clients)").arg(clientCount), alone, batch);
    }

    // (c) the consortium.
    Status st;
    ConsortiumOptions options;
    options.members = members;
    options.etcdMembers = etcdMembers;
    options.policy = Policy{}; // the production defaults: 2,000 tx or 50 ms per block
    auto net = TestConsortium::start(options, &st);
    if (!st)
        die(st.error().message);
    TestConsortium *c = net.get();
    QList<std::function<std::unique_ptr<NodeClient>()>> clients;
    for (int m = 0; m < members; ++m)
        clients.append([c, m] { return c->client(m, 120000); });
    QElapsedTimer t;
    t.start();
    QList<QList<Item>> work = prepare(*net, clients, total / members);
    out() << "prepared " << num(total) << " signed record transactions, " << num(total / members) << " per member, in "
          << fixed(t.elapsed() / 1000.0, 1) << " s (not timed)\n";
    const Figures together = run(clients, work, clientCount, batch, [c] { return c->height(0).value_or(0); });
    print(QStringLiteral("%1 members, %2 etcd members, quorum %3 (%4 clients)")
              .arg(members)
              .arg(etcdMembers)
              .arg(net->config().quorum())
              .arg(clientCount),
          together, batch);
    // Commit latency when the network is not saturated: one client per member, small batches.
    const int lightBatch = 20;
    QList<QList<Item>> lightWork = prepare(*net, clients, qMax(lightBatch, total / members / 10));
    const Figures light = run(clients, lightWork, members, lightBatch, [c] { return c->height(0).value_or(0); });
    print(QStringLiteral("the same network under light load (%1 clients)").arg(members), light, lightBatch);
    out() << "consortium / one node: " << fixed(100.0 * together.txPerSecond / alone.txPerSecond, 0) << " %;  "
          << "bound: every member verifies every transaction once, so " << members << " members on "
          << std::thread::hardware_concurrency() << " cores verify at most "
          << num(verify * std::thread::hardware_concurrency() / members) << " tx/s\n";
    // Every member holds the same chain.
    const quint64 top = net->height(0).value_or(0);
    for (int m = 1; m < members; ++m) {
        if (!net->waitForHeight(m, top, 30000))
            die(QStringLiteral("member %1 did not reach height %2").arg(m).arg(top));
        if (net->client(m)->block(top)->signedHeader.header.hash() != net->client(0)->block(top)->signedHeader.header.hash())
            die(QStringLiteral("member %1's block %2 differs").arg(m).arg(top));
    }
    out() << "all " << members << " members hold the same " << num(double(top + 1)) << " blocks\n";
    return together.failed == 0 && alone.failed == 0 && light.failed == 0 ? 0 : 1;
}
