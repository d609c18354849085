// rpm_bench: sustained ingest of device readings by one full node, next to the
// physical bound of this machine (Ed25519 verifications per second: the node
// verifies each reading's device signature). A benchmark, not a test: it
// prints figures and fails only if the node does.
//
//   rpm_bench [--readings N] [--devices D] [--per-post K] [--threads T]
//             [--batch-readings B] [--batch-interval-ms I]
//
// (a) Ed25519 verifications/s, one core and two;
// (b) a real full node (FullNode with its TLS API and block producer, on its
//     own thread in this process, SQLite in a temporary directory); D pulse
//     oximeters bound to D patients; N readings signed in advance (not
//     timed); T client threads post them over HTTPS, K readings per post,
//     each device's posts in order. Timed from the first post until every
//     reading is acknowledged (durable), and until every reading is final on
//     chain in a VitalsBatch.

#include "BenchOutput.h"
#include "VerifyBound.h"
#include "rpm/DeviceClient.h"
#include "rpm/VitalsSimulator.h"
#include "support/TestNetwork.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QThread>

#include <algorithm>
#include <atomic>

using namespace careledger;
using namespace careledger::bench;
using namespace careledger::testing;

namespace {

struct Device {
    QString id;
    QList<QByteArray> posts; // bodies, in time order
};

// One client thread: keeps one post in flight per device it owns, the next
// as soon as the previous is acknowledged (a device posts in order).
class Poster : public QObject {
public:
    Poster(QString endpoint, QByteArray cert, QList<Device> devices)
        : m_endpoint(std::move(endpoint)), m_cert(std::move(cert)), m_devices(std::move(devices))
    {
    }

    void run()
    {
        m_client = new DeviceClient(m_endpoint, m_cert, this);
        m_next.fill(0, m_devices.size());
        m_left = 0;
        for (const Device &d : std::as_const(m_devices))
            m_left += int(d.posts.size());
        for (qsizetype i = 0; i < m_devices.size(); ++i)
            postNext(i);
        if (m_left == 0)
            QThread::currentThread()->quit();
    }

    QList<double> latenciesMs;
    int accepted = 0;
    QStringList errors;

private:
    void postNext(qsizetype device)
    {
        const qsizetype k = m_next[device]++;
        if (k >= m_devices[device].posts.size())
            return;
        QElapsedTimer *t = new QElapsedTimer;
        t->start();
        m_client->postBody(m_devices[device].posts[k], [this, device, t](const DeviceClient::Reply &r) {
            latenciesMs.append(double(t->nsecsElapsed()) / 1e6);
            delete t;
            if (r.ok())
                accepted += r.accepted;
            else if (errors.size() < 5)
                errors.append(r.error + QLatin1Char(' ') + r.message);
            if (--m_left == 0)
                QThread::currentThread()->quit();
            else
                postNext(device);
        });
    }

    QString m_endpoint;
    QByteArray m_cert;
    QList<Device> m_devices;
    QList<qsizetype> m_next;
    int m_left = 0;
    DeviceClient *m_client = nullptr;
};

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qBound<qsizetype>(0, qsizetype(p * double(v.size() - 1) + 0.5), v.size() - 1));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("careledger.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Device-reading ingest of one full node against the Ed25519 verify bound."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("readings"), QStringLiteral("Readings to ingest."), QStringLiteral("n"), QStringLiteral("60000")},
        {QStringLiteral("devices"), QStringLiteral("Devices (one patient each)."), QStringLiteral("d"), QStringLiteral("50")},
        {QStringLiteral("per-post"), QStringLiteral("Readings per post."), QStringLiteral("k"), QStringLiteral("10")},
        {QStringLiteral("threads"), QStringLiteral("Client threads."), QStringLiteral("t"), QStringLiteral("2")},
        {QStringLiteral("batch-readings"), QStringLiteral("Node: readings per VitalsBatch."), QStringLiteral("b"),
         QStringLiteral("200")},
        {QStringLiteral("batch-interval-ms"), QStringLiteral("Node: batch interval."), QStringLiteral("ms"),
         QStringLiteral("2000")},
    });
    parser.process(app);
    const int readings = parser.value(QStringLiteral("readings")).toInt();
    const int deviceCount = parser.value(QStringLiteral("devices")).toInt();
    const int perPost = parser.value(QStringLiteral("per-post")).toInt();
    const int threads = parser.value(QStringLiteral("threads")).toInt();
    if (readings <= 0 || deviceCount <= 0 || perPost <= 0 || perPost > 500 || threads <= 0)
        die(QStringLiteral("--readings, --devices, --threads must be positive and --per-post within 1..500"));

    out() << "machine: " << QThread::idealThreadCount() << " cores\n";
    const QList<SignedMessage> messages = makeSignedMessages(256);
    verifyRate(messages, 200); // warm up
    const double verify1 = verifyRate(messages, 1000);
    const double verify2 = verifyRateThreads(messages, 2, 1000);
    out() << "ed25519 verify (1 core):   " << num(verify1) << " /s\n"
          << "ed25519 verify (2 cores):  " << num(verify2) << " /s\n";
    out().flush();

    Status st;
    const QString org = QStringLiteral("bench-general");
    const RpmOptions rpm{parser.value(QStringLiteral("batch-readings")).toInt(),
                         parser.value(QStringLiteral("batch-interval-ms")).toInt(), 2};
    auto net = TestNetwork::start({org}, TestNodeOptions{nullptr, false, std::nullopt, rpm}, &st);
    if (!st)
        die(st.error().message);
    auto client = net->client(120000);
    const TestUser nurse = TestLedger::newUser(org, Role::Nurse);
    QList<QPair<QByteArray, QByteArray>> setup{{net->enrolByOrg(nurse, nowMs()).encode(), {}}};
    QList<TestKey> keys;
    QList<Device> devices;
    for (int d = 0; d < deviceCount; ++d) {
        const TestPatient patient{QStringLiteral("P-BENCH-%1").arg(d), {}, KdfParams::withRandomSalt(TestKdfOps, TestKdfMemory),
                                  TestKey::generate()};
        keys.append(TestKey::generate());
        devices.append(Device{QStringLiteral("OX-BENCH-%1").arg(d), {}});
        setup.append({net->registerPatient(nurse, patient, nowMs()).encode(), {}});
        const DeviceBinding b{devices.last().id, keys.last().publicKey, DeviceKind::PulseOximeter, patient.id, 0, false, 0};
        setup.append({net->make(TxType::DeviceRegister, org, b.encode(), nurse.key, nowMs()).encode(), {}});
    }
    // Enrolment first: the rest needs the nurse.
    for (const auto &part : {setup.mid(0, 1), setup.mid(1)}) {
        auto receipts = client->submit(part);
        if (!receipts)
            die(receipts.error().message);
        for (const TxReceipt &r : *receipts)
            if (!r.isFinal())
                die(QStringLiteral("setup refused: ") + r.message);
    }

    // Readings 100 ms apart per device, from now: the last stay within the node's 5-minute future skew.
    QElapsedTimer prep;
    prep.start();
    const quint64 start = nowMs() + 1000;
    const int perDevice = (readings + deviceCount - 1) / deviceCount;
    int made = 0;
    for (int d = 0; d < deviceCount; ++d) {
        VitalsSimulator sim(devices[d].id, QStringLiteral("P-BENCH-%1").arg(d), DeviceKind::PulseOximeter, quint32(d + 1));
        QList<DeviceReading> all;
        for (int i = 0; all.size() < perDevice && made + all.size() < readings; ++i)
            for (DeviceReading r : sim.next(start + quint64(i) * 100, i % 50 == 49)) {
                r.sign(keys[d].secretKey());
                all.append(r);
            }
        made += int(all.size());
        for (qsizetype i = 0; i < all.size(); i += perPost)
            devices[d].posts.append(DeviceClient::bodyOf(all.mid(i, perPost)));
    }
    out() << "prepared " << num(made) << " signed readings from " << deviceCount << " devices, " << perPost
          << " per post (not timed, " << fixed(prep.elapsed() / 1000.0, 1) << " s)\n";
    out().flush();

    // Devices dealt round-robin to the client threads.
    QList<QList<Device>> shares(threads);
    for (int d = 0; d < deviceCount; ++d)
        shares[d % threads].append(devices[d]);
    QList<QThread *> pool;
    QList<Poster *> posters;
    QElapsedTimer clock;
    clock.start();
    for (int t = 0; t < threads; ++t) {
        auto *thread = new QThread;
        auto *poster = new Poster(net->node().endpoint(), net->node().certificateDer(), shares[t]);
        poster->moveToThread(thread);
        QObject::connect(thread, &QThread::started, poster, [poster] { poster->run(); });
        pool.append(thread);
        posters.append(poster);
        thread->start();
    }
    for (QThread *t : pool)
        t->wait();
    const double ackSeconds = double(clock.nsecsElapsed()) / 1e9;
    int accepted = 0;
    QList<double> latencies;
    for (Poster *p : posters) {
        accepted += p->accepted;
        latencies += p->latenciesMs;
        for (const QString &e : std::as_const(p->errors))
            out() << "refused: " << e << '\n';
    }
    if (accepted != made)
        die(QStringLiteral("%1 of %2 readings were acknowledged").arg(accepted).arg(made));
    net->node().inspect([](FullNode &n) { n.rpm().flush(); });
    while (net->node().inspect([](FullNode &n) { return n.rpm().recordedReadings(); }) < quint64(made)) {
        if (clock.elapsed() > 600000)
            die(QStringLiteral("readings did not become final within 10 minutes"));
        QThread::msleep(5);
    }
    const double finalSeconds = double(clock.nsecsElapsed()) / 1e9;
    const quint64 batches = net->node().inspect([](FullNode &n) { return n.rpm().recordedBatches(); });

    const double ackRate = made / ackSeconds;
    out() << "acknowledged (durable): " << num(made) << " readings in " << fixed(ackSeconds, 2) << " s = " << num(ackRate)
          << " readings/s  (" << fixed(100.0 * ackRate / verify1, 1) << " % of the 1-core verify bound)\n"
          << "final on chain:         " << num(made) << " readings in " << num(double(batches)) << " VitalsBatch transactions, "
          << fixed(finalSeconds, 2) << " s = " << num(made / finalSeconds) << " readings/s\n"
          << "post latency (" << perPost << " readings): p50 " << fixed(percentile(latencies, 0.5), 1) << " ms, p99 "
          << fixed(percentile(latencies, 0.99), 1) << " ms\n";
    for (QThread *t : pool)
        delete t;
    qDeleteAll(posters);
    return 0;
}
