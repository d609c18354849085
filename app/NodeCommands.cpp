#include "NodeCommands.h"

#include "crypto/Ed25519.h"
#include "crypto/Totp.h"
#include "full/ChainVerifier.h"
#include "full/ConsortiumFiles.h"
#include "ledger/OrgDataKey.h"
#include "ledger/ReportSignature.h"
#include "full/DemoSeeder.h"
#include "full/FullNode.h"
#include "full/TlsIdentity.h"
#include "full/NetworkSetup.h"
#include "full/NodeDataDir.h"
#include "full/NodeSettings.h"
#include "light/NodeClient.h"
#include "store/LedgerStore.h"
#include "store/StoreMigration.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <QUrl>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace careledger {

namespace {
QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString &sentence)
{
    QTextStream(stderr) << "careledgerd: " << sentence << '\n';
    return 1;
}

int fail(const Error &error)
{
    return fail(error.message);
}

QCommandLineOption dataDirOption(const QString &defaultDir = {})
{
    QCommandLineOption o(QStringLiteral("datadir"), QStringLiteral("The node's data directory."), QStringLiteral("dir"));
    if (!defaultDir.isEmpty())
        o.setDefaultValue(defaultDir);
    return o;
}

// Returns -1 to go on, or the exit code (help shown, or bad usage).
int parse(QCommandLineParser &parser, const QStringList &args, const QString &description,
          const QStringList &required = {})
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args))
        return fail(parser.errorText() + QStringLiteral("; see --help")) + 1;
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        return 0;
    }
    for (const QString &name : required)
        if (parser.value(name).isEmpty())
            return fail(QStringLiteral("--%1 is required; see --help").arg(name)) + 1;
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'; see --help").arg(parser.positionalArguments().first())) + 1;
    return -1;
}

// SIGINT/SIGTERM end the event loop cleanly (the producer finishes its block).
int signalPipe[2];
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] ssize_t n = ::write(signalPipe[1], &c, 1);
}

void quitOnSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

int serve(FullNode &node, const QString &address, quint16 port)
{
    const QHostAddress host(address);
    if (host.isNull())
        return fail(QStringLiteral("'%1' is not an IP address to listen on").arg(address));
    auto bound = node.listen(host, port);
    if (!bound)
        return fail(bound.error());
    const SignedHeader tip = node.producer().tip();
    out() << "careledgerd: serving network '" << node.config().networkName << "' on https://" << address << ':'
          << *bound << " (height " << tip.header.height << ", " << tip.header.logSize << " transactions)\n";
    out().flush();
    quitOnSignals();
    QCoreApplication::exec();
    out() << "careledgerd: stopped\n";
    return 0;
}

QByteArray orgPublicKey(const NodeDataDir::Identity &identity)
{
    return Ed25519::fromSecretKey(SecureBuffer::copyOf(identity.orgKey.view())).publicKey;
}

QUrl endpointOf(const NetworkConfig &config, const QString &orgId)
{
    const auto member = config.member(orgId);
    return member ? QUrl(member->endpoint) : QUrl();
}
// What commands signed by the org key need: the genesis, the org's identity,
// and a client of the org's own running node (--node, or its genesis endpoint).
struct OrgConnection {
    NetworkConfig genesis;
    NodeDataDir::Identity identity;
    std::unique_ptr<NodeClient> client;
};

Result<OrgConnection> connectAsOrg(const QCommandLineParser &parser)
{
    NodeDataDir dir(parser.value(QStringLiteral("datadir")));
    auto genesis = dir.genesis();
    if (!genesis)
        return genesis.error();
    auto identity = dir.identity();
    if (!identity)
        return identity.error();
    const QString url = parser.isSet(QStringLiteral("node")) ? parser.value(QStringLiteral("node"))
                                                              : endpointOf(*genesis, identity->orgId).toString();
    auto client = std::make_unique<NodeClient>(url, genesis->member(identity->orgId)->tlsCertificate);
    return OrgConnection{std::move(genesis).value(), std::move(identity).value(), std::move(client)};
}
} // namespace

int runInit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption({QStringLiteral("network"), QStringLiteral("Name of the new network."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("org-id"), QStringLiteral("Short id of this organisation, e.g. st-marys."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("org-name"), QStringLiteral("Display name of this organisation."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("host"), QStringLiteral("Host name or IP workstations reach this node at."),
                      QStringLiteral("host"), QStringLiteral("127.0.0.1")});
    parser.addOption({QStringLiteral("port"), QStringLiteral("HTTPS port."), QStringLiteral("port"), QStringLiteral("8443")});
    if (int rc = parse(parser, args, QStringLiteral("Create a new one-hospital network: org key, TLS certificate, genesis."),
                       {QStringLiteral("datadir"), QStringLiteral("network"), QStringLiteral("org-id")});
        rc >= 0)
        return rc;
    NewNetwork spec;
    spec.networkName = parser.value(QStringLiteral("network"));
    spec.orgId = parser.value(QStringLiteral("org-id"));
    spec.orgName = parser.value(QStringLiteral("org-name"));
    spec.host = parser.value(QStringLiteral("host"));
    spec.port = quint16(parser.value(QStringLiteral("port")).toUInt());
    auto config = NetworkSetup::createSingleOrg(parser.value(QStringLiteral("datadir")), spec);
    if (!config)
        return fail(config.error());
    out() << "created network '" << config->networkName << "'\n"
          << "network id: " << config->networkId().toHex() << "\n"
          << "member:     " << spec.orgId << " at " << config->members.first().endpoint << "\n"
          << "next: careledgerd serve --datadir " << parser.value(QStringLiteral("datadir")) << "\n";
    return 0;
}

namespace {
// A fresh TOTP secret for the user, set at the node through the org-signed
// admin route (pinned TLS), then shown once for the user's authenticator app.
int setUpTotp(NodeClient &client, const NetworkConfig &genesis, const NodeDataDir::Identity &identity,
              const QByteArray &userKey, const QString &accountName)
{
    const SecureBuffer secret = Totp::generateSecret();
    if (Status st = client.setTotpSecret(userKey, secret, identity.orgKey, genesis.networkId(),
                                         quint64(QDateTime::currentMSecsSinceEpoch()));
        !st)
        return fail(QStringLiteral("the node did not take the user's sign-in code secret: %1").arg(st.error().message));
    out() << "authenticator (TOTP) for the user's phone, shown only now; give it to the user alone:\n"
          << "  secret:      " << Totp::base32Encode(secret.view(), false) << '\n'
          << "  otpauth URI: " << Totp::otpauthUri(accountName, secret) << '\n';
    out().flush();
    return 0;
}
} // namespace

int runEnroll(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption({QStringLiteral("name"), QStringLiteral("The user's full name."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("role"),
                      QStringLiteral("doctor, nurse, emr_technician, compliance_officer, admin, insurer or researcher."),
                      QStringLiteral("role")});
    parser.addOption({QStringLiteral("public-key"), QStringLiteral("The user's Ed25519 public key (hex), made on their workstation."),
                      QStringLiteral("hex")});
    parser.addOption({QStringLiteral("key-out"),
                      QStringLiteral("Instead of --public-key: make a key pair and write the secret key here (owner-only)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("node"), QStringLiteral("The node's URL (default: this org's endpoint in the genesis)."),
                      QStringLiteral("url")});
    if (int rc = parse(parser, args, QStringLiteral("Enrol a user of this organisation through its running node."),
                       {QStringLiteral("datadir"), QStringLiteral("name"), QStringLiteral("role")});
        rc >= 0)
        return rc;
    const auto role = roleFromName(parser.value(QStringLiteral("role")));
    if (!role)
        return fail(QStringLiteral("unknown role '%1'; see --help").arg(parser.value(QStringLiteral("role")))) + 1;
    if (parser.isSet(QStringLiteral("public-key")) == parser.isSet(QStringLiteral("key-out")))
        return fail(QStringLiteral("give exactly one of --public-key and --key-out")) + 1;

    auto org = connectAsOrg(parser);
    if (!org)
        return fail(org.error());
    const NetworkConfig *genesis = &org->genesis;
    const NodeDataDir::Identity *identity = &org->identity;
    NodeClient &client = *org->client;

    QByteArray userKey = QByteArray::fromHex(parser.value(QStringLiteral("public-key")).toLatin1());
    if (parser.isSet(QStringLiteral("key-out"))) {
        const Ed25519::KeyPair kp = Ed25519::generate();
        QSaveFile f(parser.value(QStringLiteral("key-out")));
        if (!f.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString()));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        f.write(kp.secretKey.view().toByteArray());
        if (!f.commit())
            return fail(QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString()));
        userKey = kp.publicKey;
    }
    if (userKey.size() != Ed25519::PublicKeySize)
        return fail(QStringLiteral("--public-key must be 64 hex digits")) + 1;

    const QByteArray orgPub = orgPublicKey(*identity);
    const Enrolment enrolment = OrgDataKey::enrolment(userKey, parser.value(QStringLiteral("name")), *role, identity->orgKey);
    const Transaction tx = Transaction::make(TxType::Enrol, genesis->networkId(), identity->orgId, enrolment.encode(), orgPub,
                                             identity->orgKey, quint64(QDateTime::currentMSecsSinceEpoch()));
    auto receipts = client.submit({{tx.encode(), {}}});
    if (!receipts)
        return fail(receipts.error());
    const TxReceipt &r = receipts->first();
    if (!r.isFinal())
        return fail(QStringLiteral("the node refused the enrolment: %1").arg(r.message));
    out() << "enrolled " << enrolment.name << " as " << roleName(*role) << " of " << identity->orgId << " in block "
          << r.height << "\nuser key: " << userKey.toHex() << '\n';
    return setUpTotp(client, *genesis, *identity, userKey, enrolment.name);
}

int runTotp(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption({QStringLiteral("public-key"), QStringLiteral("The enrolled user's Ed25519 public key (hex)."),
                      QStringLiteral("hex")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Account name shown in the authenticator app."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("node"), QStringLiteral("The node's URL (default: this org's endpoint in the genesis)."),
                      QStringLiteral("url")});
    if (int rc = parse(parser, args,
                       QStringLiteral("Give an enrolled user of this organisation a new authenticator (TOTP) secret: a "
                                      "lost phone, or a user enrolled before sign-in codes. The old one stops working "
                                      "and a lockout is lifted."),
                       {QStringLiteral("datadir"), QStringLiteral("public-key")});
        rc >= 0)
        return rc;
    const QByteArray userKey = QByteArray::fromHex(parser.value(QStringLiteral("public-key")).toLatin1());
    if (userKey.size() != Ed25519::PublicKeySize)
        return fail(QStringLiteral("--public-key must be 64 hex digits")) + 1;
    auto org = connectAsOrg(parser);
    if (!org)
        return fail(org.error());
    const NetworkConfig *genesis = &org->genesis;
    const NodeDataDir::Identity *identity = &org->identity;
    NodeClient &client = *org->client;
    const QString name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                               : QString::fromLatin1(userKey.left(4).toHex());
    return setUpTotp(client, *genesis, *identity, userKey, name);
}

int runServe(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("config"),
                      QStringLiteral("Read options from this file (see packaging/careledgerd.ini); the options below override it."),
                      QStringLiteral("file")});
    parser.addOption(dataDirOption());
    parser.addOption({QStringLiteral("listen"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
                      QStringLiteral("address")});
    parser.addOption({QStringLiteral("port"), QStringLiteral("HTTPS port (default: the port of this org's endpoint)."),
                      QStringLiteral("port")});
    if (int rc = parse(parser, args, QStringLiteral("Run the full node.")); rc >= 0)
        return rc;
    NodeSettings settings;
    settings.port = 0;
    if (parser.isSet(QStringLiteral("config"))) {
        auto loaded = NodeSettings::load(parser.value(QStringLiteral("config")));
        if (!loaded)
            return fail(loaded.error());
        settings = *loaded;
        QLoggingCategory::setFilterRules(settings.loggingRules());
    } else if (!parser.isSet(QStringLiteral("datadir"))) {
        return fail(QStringLiteral("give --config or --datadir; see --help")) + 1;
    }
    if (parser.isSet(QStringLiteral("datadir")))
        settings.dataDir = parser.value(QStringLiteral("datadir"));
    if (parser.isSet(QStringLiteral("listen")))
        settings.listenAddress = QHostAddress(parser.value(QStringLiteral("listen")));
    if (parser.isSet(QStringLiteral("port")))
        settings.port = quint16(parser.value(QStringLiteral("port")).toUInt());

    FullNodeOptions options{settings.requireTotp, settings.storeConfig(), settings.rpm, settings.etcdEndpoints,
                            settings.etcdRetainedBlocks};
    auto node = FullNode::open(settings.dataDir, Clock::system(), options);
    if (!node)
        return fail(node.error());
    if (settings.port == 0) {
        auto identity = NodeDataDir(settings.dataDir).identity();
        settings.port = quint16(endpointOf((*node)->configInForce(), identity ? identity->orgId : QString()).port(8443));
    }
    return serve(**node, settings.listenAddress.toString(), settings.port);
}

namespace {
// The system clock two days back: when the demo network's seeded history happened.
class DemoHistoryClock final : public Clock {
public:
    qint64 nowMs() const override { return Clock::system().nowMs() - 2 * 24 * 3600 * 1000ll; }
};
} // namespace

int runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    const QString defaultDir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                                   .filePath(QStringLiteral("careledger/demo"));
    parser.addOption(dataDirOption(defaultDir));
    parser.addOption({QStringLiteral("patients"), QStringLiteral("Synthetic patients to create."), QStringLiteral("n"),
                      QStringLiteral("200")});
    parser.addOption({QStringLiteral("port"), QStringLiteral("HTTPS port."), QStringLiteral("port"), QStringLiteral("8443")});
    parser.addOption({QStringLiteral("seed-only"), QStringLiteral("Create the demo network, then exit instead of serving.")});
    if (int rc = parse(parser, args,
                       QStringLiteral("Create (on first run) and serve a demo network: St. Elsewhere General Hospital, "
                                      "one user of every role and synthetic patients."));
        rc >= 0)
        return rc;
    const QString dataDir = parser.value(QStringLiteral("datadir"));
    const quint16 port = quint16(parser.value(QStringLiteral("port")).toUInt());
    const bool fresh = !NodeDataDir(dataDir).isInitialised();
    if (fresh) {
        NewNetwork spec;
        spec.networkName = QStringLiteral("CareLedger demo");
        spec.orgId = QStringLiteral("st-elsewhere");
        spec.orgName = QStringLiteral("St. Elsewhere General Hospital");
        spec.port = port;
        if (auto config = NetworkSetup::createSingleOrg(dataDir, spec); !config)
            return fail(config.error());
    }
    if (fresh) {
        out() << "careledgerd: creating the demo network in " << dataDir << " ...\n";
        out().flush();
        // The demo's history starts two days ago, so its referrals have ages
        // (one is overdue) the way a ward's worklist does; then the node runs
        // on the real clock, its blocks carrying on after the seeded ones.
        const DemoHistoryClock history;
        auto seeding = FullNode::open(dataDir, history);
        if (!seeding)
            return fail(seeding.error());
        auto summary = DemoSeeder::seed(**seeding, dataDir, parser.value(QStringLiteral("patients")).toInt());
        seeding->reset();
        if (!summary)
            return fail(summary.error());
        out() << "careledgerd: " << summary->users << " users (keys in " << NodeDataDir(dataDir).file(QStringLiteral("demo-users"))
              << "), " << summary->patients << " patients, " << summary->records << " records, " << summary->referrals
              << " referrals\n"
              << "careledgerd: patients' private IDs for the kiosk: " << summary->credentialsFile << '\n'
              << "careledgerd: sign-in codes: each demo user's authenticator secret (otpauth URI) is in "
              << summary->usersDir << "/<role>.totp\n"
              << "careledgerd: " << summary->devices << " monitoring devices with " << summary->readings
              << " readings; their keys (for careledger-rpm-sim) are in " << summary->devicesDir << '\n';
    }
    auto node = FullNode::open(dataDir);
    if (!node)
        return fail(node.error());
    if (parser.isSet(QStringLiteral("seed-only")))
        return 0;
    return serve(**node, QStringLiteral("127.0.0.1"), port);
}

int runVerifyReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("report"), QStringLiteral("The report file (PDF or CSV)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("signature"), QStringLiteral("Its detached signature (default: the report's name + .sig)."),
                      QStringLiteral("file")});
    if (int rc = parse(parser, args, QStringLiteral("Check a compliance officer's signature of an audit report."),
                       {QStringLiteral("report")});
        rc >= 0)
        return rc;
    const QString reportPath = parser.value(QStringLiteral("report"));
    QFile report(reportPath);
    QFile signature(parser.isSet(QStringLiteral("signature")) ? parser.value(QStringLiteral("signature"))
                                                             : reportPath + QStringLiteral(".sig"));
    if (!report.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(report.fileName(), report.errorString()));
    if (!signature.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(signature.fileName(), signature.errorString()));
    auto decoded = ReportSignature::decode(signature.readAll());
    if (!decoded)
        return fail(decoded.error());
    if (Status st = decoded->verify(report.readAll()); !st) {
        out() << "signature INVALID: " << st.error().message << '\n';
        return 1;
    }
    out() << "signature valid\n"
          << "signed by:  " << decoded->signerName << " (key " << decoded->signer.toHex() << ")\n"
          << "sha256:     " << decoded->sha256.toHex() << '\n'
          << "Check that this key is enrolled as a compliance officer (the workstation's audit trail lists enrolments).\n";
    return 0;
}

int runVerify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption({QStringLiteral("store"),
                      QStringLiteral("Read the chain from this PostgreSQL database (postgresql://user@host:port/dbname) "
                                     "instead of the data directory's SQLite file."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("password-file"), QStringLiteral("The PostgreSQL password, on the file's first line."),
                      QStringLiteral("file")});
    if (int rc = parse(parser, args, QStringLiteral("Re-check a node's whole chain from genesis and print a report."),
                       {QStringLiteral("datadir")});
        rc >= 0)
        return rc;
    std::optional<StoreConfig> store;
    if (parser.isSet(QStringLiteral("store"))) {
        auto config = StoreConfig::fromUrl(parser.value(QStringLiteral("store")));
        if (!config)
            return fail(config.error());
        config->passwordFile = parser.value(QStringLiteral("password-file"));
        store = *config;
    }
    auto report = ChainVerifier::verify(parser.value(QStringLiteral("datadir")), {}, store);
    if (!report)
        return fail(report.error());
    out() << "blocks:        " << report->blocks << "\n"
          << "transactions:  " << report->transactions << " (" << report->invalidTransactions << " marked invalid)\n"
          << "payloads:      " << report->payloadsChecked << " checked, " << report->payloadsMissing << " not stored\n";
    for (const QString &p : report->problems)
        out() << "PROBLEM: " << p << '\n';
    out() << (report->isValid() ? "chain valid\n" : "chain INVALID\n");
    out().flush();
    return report->isValid() ? 0 : 1;
}

int runMigrate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption({QStringLiteral("to"),
                      QStringLiteral("An empty PostgreSQL database to copy the chain into "
                                     "(postgresql://user@host:port/dbname; create it with createdb)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("password-file"), QStringLiteral("The PostgreSQL password, on the file's first line."),
                      QStringLiteral("file")});
    if (int rc = parse(parser, args,
                       QStringLiteral("Copy a stopped node's SQLite store into an empty PostgreSQL database, in one "
                                      "transaction, and check the copy. Then set [store] in the configuration."),
                       {QStringLiteral("datadir"), QStringLiteral("to")});
        rc >= 0)
        return rc;
    auto config = StoreConfig::fromUrl(parser.value(QStringLiteral("to")));
    if (!config)
        return fail(config.error());
    config->passwordFile = parser.value(QStringLiteral("password-file"));
    const NodeDataDir dir(parser.value(QStringLiteral("datadir")));
    const QString sqlitePath = dir.databasePath();
    if (!QFileInfo::exists(sqlitePath))
        return fail(QStringLiteral("there is no SQLite store %1 to migrate").arg(sqlitePath));
    auto source = LedgerStore::openSqlite(sqlitePath);
    if (!source)
        return fail(source.error());
    auto target = LedgerStore::openPostgres(*config);
    if (!target)
        return fail(target.error());
    auto summary = StoreMigration::copy(**source, **target);
    if (!summary)
        return fail(summary.error());
    out() << "migrated " << sqlitePath << " to " << config->describe() << '\n';
    for (const StoreMigration::TableRows &t : summary->tables)
        out() << "  " << qSetFieldWidth(14) << Qt::left << t.table << qSetFieldWidth(0) << t.rows << " rows\n";
    out() << "tip:      " << (summary->tipHeight ? QString::number(*summary->tipHeight) : QStringLiteral("(no blocks)"))
          << "\nlog:      " << summary->logSize << " transactions, root " << summary->logRoot.toHex() << '\n'
          << "next: careledgerd verify --datadir " << parser.value(QStringLiteral("datadir")) << " --store "
          << parser.value(QStringLiteral("to")) << ", then set [store] in the configuration\n";
    return 0;
}

int runBackup(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption({QStringLiteral("to"), QStringLiteral("An empty directory for the copy."), QStringLiteral("dir")});
    if (int rc = parse(parser, args,
                       QStringLiteral("Copy a node's data directory consistently, also while the node serves. "
                                      "Restore by serving from the copy (after `careledgerd verify`)."),
                       {QStringLiteral("datadir"), QStringLiteral("to")});
        rc >= 0)
        return rc;
    if (Status st = NodeDataDir(parser.value(QStringLiteral("datadir"))).backupTo(parser.value(QStringLiteral("to"))); !st)
        return fail(st.error());
    out() << "backed up " << parser.value(QStringLiteral("datadir")) << " to " << parser.value(QStringLiteral("to"))
          << " (it holds the org key: keep it as safe as the node)\n";
    return 0;
}

// --- consortium ----------------------------------------------------------------------

namespace {
const char *const ConsortiumUsage = R"(Usage: careledgerd consortium <step> [options]

Setting up a network of several organisations, and changing its members and
policies. Each step prints what to do next.

Creating a consortium:
  member          every founding member: make this org's keys and TLS identity
                  in its data directory and write its member file (no secrets)
  create          the founder: assemble the genesis from all member files
  join            every other founding member: install the genesis the founder
                  sent, after checking it lists this org and its key

Changing members and policies (a quorum of the members in force must sign):
  propose-member  propose adding the organisation of a member file
  propose-removal propose removing a member
  propose-policy  propose new endorsement policies
  sign-proposal   show what a proposal changes and add this org's signature
  submit          send a proposal with a quorum of signatures to this org's node

Run `careledgerd consortium <step> --help` for a step's options.
)";

Status writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return makeError(QStringLiteral("io"), QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

Result<QByteArray> readWholeFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("io"), QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

// A consortium file (member file or proposal), read and decoded; errors name the file.
template <typename T, typename Decode>
auto readConsortiumFile(const QString &path, Decode decode) -> Result<T>
{
    auto bytes = readWholeFile(path);
    if (!bytes)
        return bytes.error();
    auto decoded = decode(*bytes);
    if (!decoded)
        return makeError(decoded.error().code, QStringLiteral("%1: %2").arg(path, decoded.error().message));
    return decoded;
}

Result<Member> readMemberFile(const QString &path)
{
    return readConsortiumFile<Member>(path, &MemberFile::decode);
}

Result<ConfigProposal> readProposal(const QString &path)
{
    return readConsortiumFile<ConfigProposal>(path, &ConfigProposal::decode);
}

Result<Policy> namedPolicy(const QString &name)
{
    if (name == QLatin1String("consortium"))
        return Policy::consortium();
    if (name == QLatin1String("none"))
        return Policy();
    return makeError(QStringLiteral("bad_policy"),
                     QStringLiteral("unknown policy '%1': consortium (records: the author's organisation and one other "
                                    "member; everything else: the author's organisation) or none")
                         .arg(name));
}

void printMember(const Member &m)
{
    out() << "  " << m.orgId << " (" << m.displayName << ") at " << m.endpoint << "\n"
          << "    org key fingerprint " << MemberFile::fingerprint(m.orgKey) << "\n";
}

// The org's own node, pinned to the certificate in its own data directory.
Result<std::unique_ptr<NodeClient>> ownNode(const QCommandLineParser &parser, const NetworkConfig &config,
                                            const QString &orgId)
{
    NodeDataDir dir(parser.value(QStringLiteral("datadir")));
    auto pem = dir.tlsCertificatePem();
    if (!pem)
        return pem.error();
    const QString url = parser.isSet(QStringLiteral("node")) ? parser.value(QStringLiteral("node"))
                                                              : endpointOf(config, orgId).toString();
    if (url.isEmpty())
        return makeError(QStringLiteral("no_endpoint"), QStringLiteral("give this org's node with --node https://host:port"));
    return std::make_unique<NodeClient>(url, TlsIdentity::pemToDer(*pem));
}

void printProposal(const ConfigProposal &p)
{
    for (const QString &line : p.describe())
        out() << "  " << line << '\n';
    out() << "signed by " << p.signers().join(QStringLiteral(", ")) << "; a quorum of the members in force is "
          << p.previous().quorum() << " of " << p.previous().signerCount();
    if (!p.hasQuorum())
        out() << " (still to sign: " << p.pendingSigners().join(QStringLiteral(", ")) << ")";
    out() << '\n';
}

int consortiumMember(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption({QStringLiteral("org-id"), QStringLiteral("Short id of this organisation, e.g. st-marys."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("org-name"), QStringLiteral("Display name of this organisation."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("host"), QStringLiteral("Host name or IP the other members and workstations reach this node at."),
                      QStringLiteral("host"), QStringLiteral("127.0.0.1")});
    parser.addOption({QStringLiteral("port"), QStringLiteral("HTTPS port."), QStringLiteral("port"), QStringLiteral("8443")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where to write the member file."), QStringLiteral("file")});
    if (int rc = parse(parser, args, QStringLiteral("Make this organisation's keys and write its member file."),
                       {QStringLiteral("datadir"), QStringLiteral("org-id"), QStringLiteral("out")});
        rc >= 0)
        return rc;
    NewNetwork spec;
    spec.orgId = parser.value(QStringLiteral("org-id"));
    spec.orgName = parser.value(QStringLiteral("org-name"));
    spec.host = parser.value(QStringLiteral("host"));
    spec.port = quint16(parser.value(QStringLiteral("port")).toUInt());
    auto member = NetworkSetup::createMember(parser.value(QStringLiteral("datadir")), spec);
    if (!member)
        return fail(member.error());
    if (Status st = writeFileAtomically(parser.value(QStringLiteral("out")), MemberFile::encode(*member)); !st)
        return fail(st.error());
    out() << "keys of " << member->orgId << " made in " << parser.value(QStringLiteral("datadir"))
          << " (the org key never leaves it: back it up safely)\n"
          << "member file: " << parser.value(QStringLiteral("out")) << " (no secrets in it)\n";
    printMember(*member);
    out() << "next: send the member file to the founder, and read the fingerprint to them over the phone so they\n"
          << "      can check it; to join a running network, send it to a member's administrator instead\n";
    return 0;
}

int consortiumCreate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption({QStringLiteral("network"), QStringLiteral("Name of the new network."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("member"), QStringLiteral("A founding member's file (repeat for each, this org's included)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("policy"), QStringLiteral("Endorsement policy: consortium (default) or none."),
                      QStringLiteral("name"), QStringLiteral("consortium")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where to write the genesis for the other members."), QStringLiteral("file")});
    if (int rc = parse(parser, args, QStringLiteral("Assemble the genesis of a new consortium from its members' files."),
                       {QStringLiteral("datadir"), QStringLiteral("network"), QStringLiteral("member"), QStringLiteral("out")});
        rc >= 0)
        return rc;
    const NodeDataDir dir(parser.value(QStringLiteral("datadir")));
    auto identity = dir.identity();
    if (!identity)
        return fail(QStringLiteral("%1 (run `careledgerd consortium member` for this org first)").arg(identity.error().message));
    auto policy = namedPolicy(parser.value(QStringLiteral("policy")));
    if (!policy)
        return fail(policy.error());
    QList<Member> members;
    for (const QString &path : parser.values(QStringLiteral("member"))) {
        auto member = readMemberFile(path);
        if (!member)
            return fail(member.error());
        members.append(*member);
    }
    const auto self = std::find_if(members.cbegin(), members.cend(), [&](const Member &m) { return m.orgId == identity->orgId; });
    if (self == members.cend() || self->orgKey != orgPublicKey(*identity))
        return fail(QStringLiteral("the member files do not include this data directory's org %1 with its key").arg(identity->orgId));
    auto genesis = NetworkSetup::assembleGenesis(parser.value(QStringLiteral("network")), members, *policy);
    if (!genesis)
        return fail(genesis.error());
    if (Status st = writeFileAtomically(parser.value(QStringLiteral("out")), genesis->encode()); !st)
        return fail(st.error());
    if (Status st = dir.installGenesis(*genesis); !st)
        return fail(st.error());
    out() << "created consortium '" << genesis->networkName << "' with " << genesis->signerCount() << " members:\n";
    for (const Member &m : genesis->members)
        printMember(m);
    out() << "a block is final with " << genesis->quorum() << " of " << genesis->signerCount() << " member signatures\n"
          << "network id: " << genesis->networkId().toHex() << "\n"
          << "genesis:    " << parser.value(QStringLiteral("out")) << "\n"
          << "next: check each fingerprint above with its member; send the genesis to every member, who runs\n"
          << "      careledgerd consortium join --datadir <their dir> --genesis <file> --network-id "
          << genesis->networkId().toHex() << "\n"
          << "      then: careledgerd serve --datadir " << parser.value(QStringLiteral("datadir")) << '\n';
    return 0;
}

int consortiumJoin(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption({QStringLiteral("genesis"), QStringLiteral("The genesis file the founder sent."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("network-id"),
                      QStringLiteral("The network id the founder read to you (hex); the genesis must match it."), QStringLiteral("hex")});
    if (int rc = parse(parser, args, QStringLiteral("Install a consortium's genesis in this org's data directory."),
                       {QStringLiteral("datadir"), QStringLiteral("genesis"), QStringLiteral("network-id")});
        rc >= 0)
        return rc;
    const NodeDataDir dir(parser.value(QStringLiteral("datadir")));
    auto identity = dir.identity();
    if (!identity)
        return fail(QStringLiteral("%1 (run `careledgerd consortium member` for this org first)").arg(identity.error().message));
    auto bytes = readWholeFile(parser.value(QStringLiteral("genesis")));
    if (!bytes)
        return fail(bytes.error());
    auto genesis = NetworkConfig::decode(*bytes);
    if (!genesis)
        return fail(QStringLiteral("%1: %2").arg(parser.value(QStringLiteral("genesis")), genesis.error().message));
    const QString id = QString::fromLatin1(genesis->networkId().toHex());
    if (id != parser.value(QStringLiteral("network-id")).trimmed().toLower())
        return fail(QStringLiteral("this genesis has network id %1, not the one the founder gave: do not use it").arg(id));
    if (genesis->version != 1)
        return fail(QStringLiteral("this is configuration version %1, not a genesis").arg(genesis->version));
    const auto self = genesis->member(identity->orgId);
    if (self && self->orgKey != orgPublicKey(*identity))
        return fail(QStringLiteral("the genesis lists %1 with another org key than this data directory's: do not use it")
                        .arg(identity->orgId));
    if (Status st = dir.installGenesis(*genesis); !st)
        return fail(st.error());
    out() << "joined consortium '" << genesis->networkName << "' (network id " << id << ")\n";
    for (const Member &m : genesis->members)
        printMember(m);
    if (self)
        out() << "next: careledgerd serve --datadir " << parser.value(QStringLiteral("datadir")) << '\n';
    else
        out() << "note: " << identity->orgId << " is not a founding member: a quorum of the members must first add it\n"
              << "      (send them your member file: careledgerd consortium propose-member --member <file>);\n"
              << "      this node serves once it holds the chain with that change\n";
    return 0;
}

// propose-member, propose-removal, propose-policy: the next configuration, made by `change`.
int consortiumPropose(const QStringList &args, const QString &what, const QCommandLineOption &input,
                      const std::function<Result<NetworkConfig>(const NetworkConfig &inForce, const QString &value)> &change)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption(input);
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where to write the proposal."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("node"), QStringLiteral("This org's node (default: its endpoint in the configuration)."),
                      QStringLiteral("url")});
    if (int rc = parse(parser, args, what, {QStringLiteral("datadir"), input.names().first(), QStringLiteral("out")}); rc >= 0)
        return rc;
    const NodeDataDir dir(parser.value(QStringLiteral("datadir")));
    auto genesis = dir.genesis();
    if (!genesis)
        return fail(genesis.error());
    auto identity = dir.identity();
    if (!identity)
        return fail(identity.error());
    auto client = ownNode(parser, *genesis, identity->orgId);
    if (!client)
        return fail(client.error());
    auto inForce = (*client)->currentConfig();
    if (!inForce)
        return fail(QStringLiteral("cannot read the configuration in force from this org's node: %1").arg(inForce.error().message));
    if (inForce->networkId() != genesis->networkId())
        return fail(QStringLiteral("the node serves another network"));
    auto next = change(*inForce, parser.value(input.names().first()));
    if (!next)
        return fail(next.error());
    auto proposal = ConfigProposal::make(*inForce, *next, identity->orgId, identity->orgKey, quint64(QDateTime::currentMSecsSinceEpoch()));
    if (!proposal)
        return fail(proposal.error());
    if (Status st = writeFileAtomically(parser.value(QStringLiteral("out")), proposal->encode()); !st)
        return fail(st.error());
    out() << "proposal written to " << parser.value(QStringLiteral("out")) << ":\n";
    printProposal(*proposal);
    if (proposal->hasQuorum())
        out() << "next: careledgerd consortium submit --datadir " << parser.value(QStringLiteral("datadir")) << " --proposal "
              << parser.value(QStringLiteral("out")) << '\n';
    else
        out() << "next: send the proposal to the administrators of " << proposal->pendingSigners().join(QStringLiteral(", "))
              << "; each runs\n      careledgerd consortium sign-proposal --datadir <their dir> --proposal <file>\n"
              << "      and sends it back (or on to the next); then submit it\n";
    return 0;
}

int consortiumSign(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption({QStringLiteral("proposal"), QStringLiteral("The proposal file (signed in place)."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("yes"), QStringLiteral("Sign without asking (the change is still printed).")});
    if (int rc = parse(parser, args, QStringLiteral("Show what a proposal changes and add this org's signature."),
                       {QStringLiteral("datadir"), QStringLiteral("proposal")});
        rc >= 0)
        return rc;
    const NodeDataDir dir(parser.value(QStringLiteral("datadir")));
    auto genesis = dir.genesis();
    if (!genesis)
        return fail(genesis.error());
    auto identity = dir.identity();
    if (!identity)
        return fail(identity.error());
    const QString path = parser.value(QStringLiteral("proposal"));
    auto proposal = readProposal(path);
    if (!proposal)
        return fail(proposal.error());
    if (proposal->previous().networkId() != genesis->networkId())
        return fail(QStringLiteral("this proposal is for another network"));
    out() << "the proposal, by " << proposal->transaction().org << ":\n";
    printProposal(*proposal);
    if (!parser.isSet(QStringLiteral("yes"))) {
        out() << "Sign it for " << identity->orgId << "? Type yes to sign: ";
        out().flush();
        const QString answer = QTextStream(stdin).readLine().trimmed();
        if (answer != QLatin1String("yes"))
            return fail(QStringLiteral("not signed"));
    }
    if (Status st = proposal->sign(identity->orgId, identity->orgKey); !st)
        return fail(st.error());
    if (Status st = writeFileAtomically(path, proposal->encode()); !st)
        return fail(st.error());
    out() << "signed for " << identity->orgId << "; signatures: " << proposal->signers().join(QStringLiteral(", ")) << '\n';
    if (proposal->hasQuorum())
        out() << "the proposal has its quorum: next, careledgerd consortium submit --proposal " << path << '\n';
    else
        out() << "still to sign: " << proposal->pendingSigners().join(QStringLiteral(", ")) << '\n';
    return 0;
}

int consortiumSubmit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataDirOption());
    parser.addOption({QStringLiteral("proposal"), QStringLiteral("The proposal file, signed by a quorum."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("node"), QStringLiteral("This org's node (default: its endpoint in the configuration)."),
                      QStringLiteral("url")});
    if (int rc = parse(parser, args, QStringLiteral("Send a proposal signed by a quorum to this org's node."),
                       {QStringLiteral("datadir"), QStringLiteral("proposal")});
        rc >= 0)
        return rc;
    const NodeDataDir dir(parser.value(QStringLiteral("datadir")));
    auto genesis = dir.genesis();
    if (!genesis)
        return fail(genesis.error());
    auto identity = dir.identity();
    if (!identity)
        return fail(identity.error());
    auto proposal = readProposal(parser.value(QStringLiteral("proposal")));
    if (!proposal)
        return fail(proposal.error());
    if (!proposal->hasQuorum())
        return fail(QStringLiteral("the proposal has %1 of the %2 signatures it needs; still to sign: %3")
                        .arg(proposal->signers().size())
                        .arg(proposal->previous().quorum())
                        .arg(proposal->pendingSigners().join(QStringLiteral(", "))));
    auto client = ownNode(parser, proposal->previous(), identity->orgId);
    if (!client)
        return fail(client.error());
    auto receipts = (*client)->submit({{proposal->transaction().encode(), {}}});
    if (!receipts)
        return fail(QStringLiteral("the node did not take the proposal: %1").arg(receipts.error().message));
    const TxReceipt &r = receipts->first();
    if (!r.isFinal())
        return fail(QStringLiteral("the network refused the change: %1 (%2)").arg(r.message, reasonCode(Reason(r.code))));
    out() << "configuration version " << proposal->next().version << " is recorded in block " << r.height
          << " and in force from block " << r.height + 1 << '\n';
    return 0;
}
} // namespace

int runConsortium(const QStringList &args)
{
    const QString step = args.value(1);
    if (step.isEmpty() || step == QLatin1String("--help") || step == QLatin1String("-h")) {
        std::fputs(ConsortiumUsage, step.isEmpty() ? stderr : stdout);
        return step.isEmpty() ? 2 : 0;
    }
    QStringList rest = args;
    rest.removeAt(1);
    rest[0] = args.first() + QLatin1Char(' ') + step;
    if (step == QLatin1String("member"))
        return consortiumMember(rest);
    if (step == QLatin1String("create"))
        return consortiumCreate(rest);
    if (step == QLatin1String("join"))
        return consortiumJoin(rest);
    if (step == QLatin1String("propose-member"))
        return consortiumPropose(
            rest, QStringLiteral("Propose adding the organisation of a member file."),
            {QStringLiteral("member"), QStringLiteral("The new member's file."), QStringLiteral("file")},
            [](const NetworkConfig &inForce, const QString &path) -> Result<NetworkConfig> {
                auto member = readMemberFile(path);
                if (!member)
                    return member.error();
                if (inForce.member(member->orgId) || inForce.memberByKey(member->orgKey))
                    return makeError(QStringLiteral("exists"), QStringLiteral("%1 is already a member").arg(member->orgId));
                NetworkConfig next = inForce.successor();
                next.members.append(*member);
                return next;
            });
    if (step == QLatin1String("propose-removal"))
        return consortiumPropose(
            rest, QStringLiteral("Propose removing a member."),
            {QStringLiteral("org"), QStringLiteral("The member's org id."), QStringLiteral("id")},
            [](const NetworkConfig &inForce, const QString &orgId) -> Result<NetworkConfig> {
                if (!inForce.member(orgId))
                    return makeError(QStringLiteral("unknown_org"), QStringLiteral("%1 is not a member").arg(orgId));
                if (inForce.signerCount() == 1)
                    return makeError(QStringLiteral("last_member"), QStringLiteral("the last member cannot be removed"));
                NetworkConfig next = inForce.successor();
                next.members.removeIf([&](const Member &m) { return m.orgId == orgId; });
                return next;
            });
    if (step == QLatin1String("propose-policy"))
        return consortiumPropose(
            rest, QStringLiteral("Propose new endorsement policies."),
            {QStringLiteral("policy"), QStringLiteral("consortium or none."), QStringLiteral("name")},
            [](const NetworkConfig &inForce, const QString &name) -> Result<NetworkConfig> {
                auto policy = namedPolicy(name);
                if (!policy)
                    return policy.error();
                NetworkConfig next = inForce.successor();
                next.policy.endorsement = policy->endorsement;
                next.policy.otherEndorsement = policy->otherEndorsement;
                return next;
            });
    if (step == QLatin1String("sign-proposal"))
        return consortiumSign(rest);
    if (step == QLatin1String("submit"))
        return consortiumSubmit(rest);
    return fail(QStringLiteral("unknown consortium step '%1'; run `careledgerd consortium --help`").arg(step)) + 1;
}

int runCheckConfig(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("config"), QStringLiteral("The configuration file."), QStringLiteral("file"),
                      QStringLiteral(CARELEDGER_DEFAULT_CONFIG)});
    if (int rc = parse(parser, args, QStringLiteral("Check a careledgerd configuration file and report every problem.")); rc >= 0)
        return rc;
    QStringList notes;
    auto settings = NodeSettings::load(parser.value(QStringLiteral("config")), &notes);
    if (!settings)
        return fail(settings.error());
    for (const QString &note : notes)
        out() << "note: " << note << '\n';
    out() << parser.value(QStringLiteral("config")) << ": configuration valid (data in " << settings->dataDir << ", https on "
          << settings->listenAddress.toString() << ':' << settings->port << ", chain in "
          << settings->storeConfig().describe() << ", "
          << (settings->etcdEndpoints.isEmpty()
                  ? QStringLiteral("ordering alone")
                  : QStringLiteral("ordering through etcd at ") + settings->etcdEndpoints.join(QStringLiteral(", ")))
          << ")\n";
    return 0;
}

} // namespace careledger
