// careledger-rpm-sim: monitoring devices for demonstrations and tests. It
// registers nothing: a clinician binds the device's key to a patient at the
// workstation (or `careledgerd demo` did); the simulator then posts signed
// readings to the org's full node as the device would.

#include "crypto/Ed25519.h"
#include "crypto/Sodium.h"
#include "rpm/DeviceClient.h"
#include "rpm/VitalsSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>
#include <QSslCertificate>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace careledger;

namespace {
const char *const Usage = R"(Usage: careledger-rpm-sim <command> [options]

Simulated remote-monitoring devices for CareLedger demonstrations and tests.

Commands:
  keygen   make a device key; prints the public key a clinician registers
  run      post signed readings of one device to its organisation's node

Run `careledger-rpm-sim <command> --help` for a command's options.
)";

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "careledger-rpm-sim: " << message << '\n';
    return 1;
}

// The key file holds the device's 32-byte Ed25519 seed in hex, on one line, owner-only.
Result<Ed25519::KeyPair> readKey(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("io"), QStringLiteral("cannot read the device key %1: %2").arg(path, f.errorString()));
    QByteArray hex = f.readAll().trimmed();
    const QByteArray seed = QByteArray::fromHex(hex);
    hex.fill('\0');
    if (seed.size() != Ed25519::SeedSize)
        return makeError(QStringLiteral("key"), QStringLiteral("%1 does not hold a device key (64 hex digits)").arg(path));
    SecureBuffer secure = SecureBuffer::copyOf(seed);
    return Ed25519::fromSeed(secure);
}

int keygen(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Makes a device key in FILE (owner-only) and prints its public key."));
    p.addHelpOption();
    p.addOption({QStringLiteral("out"), QStringLiteral("Where to write the key."), QStringLiteral("FILE")});
    p.process(args);
    if (!p.isSet(QStringLiteral("out")))
        return fail(QStringLiteral("give --out FILE"));
    const Ed25519::KeyPair key = Ed25519::generate();
    QSaveFile f(p.value(QStringLiteral("out")));
    if (!f.open(QIODevice::WriteOnly))
        return fail(f.errorString());
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray hex = key.secretKey.view().first(Ed25519::SeedSize).toByteArray().toHex() + '\n';
    f.write(hex);
    hex.fill('\0');
    if (!f.commit())
        return fail(f.errorString());
    out() << key.publicKey.toHex() << '\n';
    return 0;
}

int run(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Posts signed readings of one device (registered to the patient by a clinician) on a schedule."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("node"), QStringLiteral("The org's full node, e.g. https://127.0.0.1:8443."), QStringLiteral("URL")},
        {QStringLiteral("cert"), QStringLiteral("The node's TLS certificate (PEM) to pin, e.g. <datadir>/tls/cert.pem."),
         QStringLiteral("FILE")},
        {QStringLiteral("key"), QStringLiteral("The device key file (see keygen)."), QStringLiteral("FILE")},
        {QStringLiteral("device"), QStringLiteral("The device id it was registered under."), QStringLiteral("ID")},
        {QStringLiteral("patient"), QStringLiteral("The patient it is bound to."), QStringLiteral("ID")},
        {QStringLiteral("kind"),
         QStringLiteral("pulse-oximeter, blood-pressure-monitor, glucometer, scale or heart-rate-monitor."),
         QStringLiteral("KIND")},
        {QStringLiteral("interval"), QStringLiteral("Milliseconds between measurements (default 60000)."),
         QStringLiteral("MS"), QStringLiteral("60000")},
        {QStringLiteral("count"), QStringLiteral("Measurements to take, then stop; 0 runs until stopped (default)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("per-post"), QStringLiteral("Measurements sent together in one post (default 1)."),
         QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("abnormal-every"),
         QStringLiteral("Make every N-th measurement out of the normal range; 0 never (default)."), QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("abnormal-now"), QStringLiteral("Make the first measurement out of the normal range.")},
        {QStringLiteral("seed"), QStringLiteral("Random seed, for repeatable runs."), QStringLiteral("N"),
         QStringLiteral("1")},
    });
    p.process(args);
    for (const char *required : {"node", "cert", "key", "device", "patient", "kind"})
        if (!p.isSet(QString::fromLatin1(required)))
            return fail(QStringLiteral("give --%1; see --help").arg(QString::fromLatin1(required)));
    const auto kind = deviceKindFromName(p.value(QStringLiteral("kind")));
    if (!kind)
        return fail(QStringLiteral("unknown device kind %1; see --help").arg(p.value(QStringLiteral("kind"))));
    auto key = readKey(p.value(QStringLiteral("key")));
    if (!key)
        return fail(key.error().message);
    QFile certFile(p.value(QStringLiteral("cert")));
    if (!certFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(certFile.fileName(), certFile.errorString()));
    const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
    if (cert.isNull())
        return fail(QStringLiteral("%1 is not a PEM certificate").arg(certFile.fileName()));
    const int interval = qMax(10, p.value(QStringLiteral("interval")).toInt());
    const int count = qMax(0, p.value(QStringLiteral("count")).toInt());
    const int perPost = qBound(1, p.value(QStringLiteral("per-post")).toInt(), 100);
    const int abnormalEvery = qMax(0, p.value(QStringLiteral("abnormal-every")).toInt());
    const QString deviceId = p.value(QStringLiteral("device"));

    DeviceClient client(p.value(QStringLiteral("node")), cert.toDer());
    VitalsSimulator simulator(deviceId, p.value(QStringLiteral("patient")), *kind,
                              p.value(QStringLiteral("seed")).toUInt());
    // Unsent readings stay queued (a device's memory) until the node takes them.
    QList<DeviceReading> queue;
    int taken = 0;
    int posted = 0;
    bool inFlight = false;
    int exitCode = 0;
    QTimer timer;
    std::function<void()> send = [&] {
        if (inFlight || queue.isEmpty())
            return;
        const QList<DeviceReading> batch = queue.mid(0, qMin<qsizetype>(queue.size(), perPost * 4));
        inFlight = true;
        client.post(batch, [&, n = batch.size()](const DeviceClient::Reply &r) {
            inFlight = false;
            if (r.ok() || r.error == QLatin1String("replay")) { // a replay: the node has it already
                queue.remove(0, n);
                posted += r.accepted;
                out() << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ' ' << deviceId << ": "
                      << (r.ok() ? (r.accepted == 1 ? QStringLiteral("1 reading accepted")
                                                   : QStringLiteral("%1 readings accepted").arg(r.accepted))
                              : QStringLiteral("already recorded"))
                      << '\n';
                out().flush();
            } else if (r.error == QLatin1String("network") || r.httpStatus == 503) {
                out() << deviceId << ": node unreachable (" << r.message << "), keeping " << queue.size() << " readings\n";
                out().flush();
                QTimer::singleShot(qMin(interval, 5000), send); // try again, measuring or not
                return;
            } else { // the node refuses this device: retrying will not help
                exitCode = fail(QStringLiteral("%1: refused (%2): %3").arg(deviceId, r.error, r.message));
                QCoreApplication::exit(exitCode);
                return;
            }
            if (!queue.isEmpty()) // measured while this post was under way: send that too
                send();
            else if (count > 0 && taken >= count)
                QCoreApplication::exit(exitCode);
        });
    };
    auto measure = [&] {
        if (count > 0 && taken >= count) {
            timer.stop();
            send();
            return;
        }
        ++taken;
        const bool abnormal = (taken == 1 && p.isSet(QStringLiteral("abnormal-now")))
                           || (abnormalEvery > 0 && taken % abnormalEvery == 0);
        for (DeviceReading r : simulator.next(quint64(QDateTime::currentMSecsSinceEpoch()), abnormal)) {
            r.sign(key->secretKey);
            queue.append(r);
        }
        if (taken % perPost == 0 || (count > 0 && taken >= count))
            send();
    };
    QObject::connect(&timer, &QTimer::timeout, measure);
    timer.start(interval);
    QTimer::singleShot(0, measure);
    const int code = QCoreApplication::exec();
    out() << deviceId << ": " << posted << " readings posted\n";
    return code;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("careledger-rpm-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARELEDGER_VERSION));
    if (Status st = Sodium::selfTest(); !st)
        return fail(st.error().message);
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    const QStringList rest = QStringList{QStringLiteral("careledger-rpm-sim ") + command} + args.mid(2);
    if (command == QLatin1String("keygen"))
        return keygen(rest);
    if (command == QLatin1String("run"))
        return run(rest);
    if (command == QLatin1String("--version")) {
        std::printf("careledger-rpm-sim %s\n", CARELEDGER_VERSION);
        return 0;
    }
    std::fputs(Usage, command.isEmpty() ? stderr : stdout);
    return command == QLatin1String("--help") || command == QLatin1String("-h") ? 0 : 2;
}
