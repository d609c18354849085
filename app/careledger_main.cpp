// The clinical workstation: command line, settings, translations, theme,
// engine, then login -> main window -> (sign out) -> login again.
#include "crypto/Sodium.h"
#include "ledger/NetworkConfig.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "theme/Theme.h"
#include "workstation/DemoAccounts.h"
#include "workstation/WorkstationEngine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QTextStream>
#include <QTranslator>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>

#include <memory>

#include <unistd.h>

using namespace careledger;

namespace {

void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "CareLedger clinical workstation: find patients, read and write their verified records."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("network"),
                      QCoreApplication::translate("main", "The network configuration (genesis.cbor, as written by "
                                                          "`careledgerd init` or `careledgerd demo`). Default: "
                                                          "~/.config/careledger/network.cbor, else "
                                                          "/etc/careledger/network.cbor."),
                      QCoreApplication::translate("main", "file", "value name in --help")});
    parser.addOption({QStringLiteral("network-id"),
                      QCoreApplication::translate("main", "The network id (hex) to pin; the configuration must hash "
                                                          "to it. Default: the configuration's own hash."),
                      QCoreApplication::translate("main", "hex", "value name in --help")});
    parser.addOption({QStringLiteral("endpoint"),
                      QCoreApplication::translate("main", "A full node to sync from (https://host:port); repeatable. "
                                                          "Default: the members' endpoints in the configuration."),
                      QCoreApplication::translate("main", "url", "value name in --help")});
    parser.addOption({QStringLiteral("data-dir"),
                      QCoreApplication::translate("main", "Where the encrypted cache and the list of accounts set up "
                                                          "here are kept."),
                      QCoreApplication::translate("main", "dir", "value name in --help")});
    parser.addOption({QStringLiteral("demo"),
                      QCoreApplication::translate("main", "A `careledgerd demo` data directory: sets up its demo users "
                                                          "here and lists them on the login screen."),
                      QCoreApplication::translate("main", "dir", "value name in --help")});
    parser.addOption({QStringLiteral("lock-after"),
                      QCoreApplication::translate("main", "Lock the session after this many minutes without input "
                                                          "(default 10)."),
                      QCoreApplication::translate("main", "minutes", "value name in --help"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("theme"),
                      QCoreApplication::translate("main", "Colour scheme: system, light or dark."),
                      QCoreApplication::translate("main", "mode", "value name in --help"), QStringLiteral("system")});
    parser.addOption({QStringLiteral("workstation-id"),
                      QCoreApplication::translate("main", "This workstation's name in access logs (default: the host "
                                                          "name)."),
                      QCoreApplication::translate("main", "name", "value name in --help")});
    parser.addOption({QStringLiteral("exit-when-ready"),
                      QCoreApplication::translate("main", "Start, show the login screen, print the milliseconds that "
                                                          "took and exit (smoke tests, start-up measurements).")});
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("careledger"));
    QCoreApplication::setOrganizationName(QStringLiteral("CareLedger"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARELEDGER_VERSION));
}

void loadTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    const QStringList dirs{QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../translations")),
                           QStringLiteral(CARELEDGER_TRANSLATIONS_DIR)};
    // The C locale reads English: its plural forms come from careledger_en too.
    const QLocale chosen = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    for (const QString &dir : dirs) {
        if (own->load(chosen, QStringLiteral("careledger"), QStringLiteral("_"), dir)) {
            app.installTranslator(own);
            break;
        }
    }
}

// Where IT installs the network configuration when no option names it.
QStringList defaultNetworkFiles()
{
    return {QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("network.cbor")),
            QStringLiteral(CARELEDGER_SYSCONF_DIR "/network.cbor")};
}

// When the kernel started this process: start-up is measured from there, not from main().
qint64 processStartMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return QDateTime::currentMSecsSinceEpoch();
    const QByteArray s = stat.readAll();
    // Field 22 (starttime, clock ticks since boot) counts from after the ")" closing the command name.
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double startedAfterBootS = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    const double upS = uptime.readAll().split(' ').value(0).toDouble();
    return QDateTime::currentMSecsSinceEpoch() - qint64((upS - startedAfterBootS) * 1000.0);
}

int fail(const QString &message, bool gui)
{
    QTextStream(stderr) << "careledger: " << message << '\n';
    if (gui)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CareLedger"), message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // --version and --help need no display: answer them before a QApplication exists.
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--version") == 0 || std::strcmp(a, "-v") == 0) {
            std::printf("careledger %s\n", CARELEDGER_VERSION);
            return 0;
        }
        if (std::strcmp(a, "--help") == 0 || std::strcmp(a, "-h") == 0 || std::strcmp(a, "--help-all") == 0) {
            QCoreApplication core(argc, argv);
            setIdentity();
            loadTranslations(core); // the option descriptions in the user's language
            QCommandLineParser parser;
            describeOptions(parser);
            parser.process(core); // prints the help and exits
            return 0;
        }
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("CareLedger"));
    QApplication::setQuitOnLastWindowClosed(false); // login <-> main window hand over; quit is explicit
    loadTranslations(app);

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    const QString themeName = parser.value(QStringLiteral("theme"));
    Theme::Mode mode = Theme::Mode::System;
    if (themeName == QLatin1String("light"))
        mode = Theme::Mode::Light;
    else if (themeName == QLatin1String("dark"))
        mode = Theme::Mode::Dark;
    else if (themeName != QLatin1String("system"))
        return fail(QCoreApplication::translate("main", "--theme must be system, light or dark"), false);
    Theme::apply(app, mode);

    if (Status st = Sodium::selfTest(); !st)
        return fail(st.error().message, true);

    const QString demoDir = parser.value(QStringLiteral("demo"));
    QString networkFile = parser.value(QStringLiteral("network"));
    if (networkFile.isEmpty() && !demoDir.isEmpty())
        networkFile = QDir(demoDir).filePath(QStringLiteral("genesis.cbor"));
    for (const QString &candidate : defaultNetworkFiles())
        if (networkFile.isEmpty() && QFile::exists(candidate))
            networkFile = candidate;
    if (networkFile.isEmpty())
        return fail(QCoreApplication::translate("main", "No network configuration. Your IT department installs it as %1 "
                                                        "(the genesis.cbor of your network); or start with --network "
                                                        "<genesis.cbor> or --demo <careledgerd demo directory>.")
                        .arg(QDir::toNativeSeparators(defaultNetworkFiles().constLast())),
                    true);
    QFile configFile(networkFile);
    if (!configFile.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("main", "Cannot read the network configuration %1: %2")
                        .arg(QDir::toNativeSeparators(networkFile), configFile.errorString()),
                    true);
    auto config = NetworkConfig::decode(configFile.readAll());
    if (!config)
        return fail(QCoreApplication::translate("main", "%1 is not a CareLedger network configuration: %2")
                        .arg(QDir::toNativeSeparators(networkFile), config.error().message),
                    true);

    EngineSettings settings;
    settings.node.config = *config;
    settings.node.pinnedNetworkId = config->networkId();
    if (parser.isSet(QStringLiteral("network-id"))) {
        const QByteArray pinned = QByteArray::fromHex(parser.value(QStringLiteral("network-id")).toLatin1());
        if (pinned != config->networkId())
            return fail(QCoreApplication::translate("main", "The network configuration %1 does not match the pinned "
                                                            "network id.")
                            .arg(QDir::toNativeSeparators(networkFile)),
                        true);
        settings.node.pinnedNetworkId = pinned;
    }
    for (const QString &endpoint : parser.values(QStringLiteral("endpoint"))) {
        const QUrl url(endpoint);
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty())
            return fail(QCoreApplication::translate("main", "--endpoint must be an https:// address: %1").arg(endpoint),
                        false);
        settings.node.endpoints << endpoint;
    }
    QString dataDir = parser.value(QStringLiteral("data-dir"));
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(dataDir))
        return fail(QCoreApplication::translate("main", "Cannot create the data directory %1")
                        .arg(QDir::toNativeSeparators(dataDir)),
                    true);
    QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // One folder per network: a workstation moved to another network (or a demo
    // created anew) starts clean instead of refusing the old network's cache.
    const QDir networkDir(QDir(dataDir).filePath(QString::fromLatin1(settings.node.pinnedNetworkId.toHex().left(16))));
    if (!QDir().mkpath(networkDir.path()))
        return fail(QCoreApplication::translate("main", "Cannot create the data directory %1")
                        .arg(QDir::toNativeSeparators(networkDir.path())),
                    true);
    settings.node.cachePath = networkDir.filePath(QStringLiteral("cache.sqlite"));
    settings.accountsFile = networkDir.filePath(QStringLiteral("accounts.ini"));
    settings.workstationId = parser.value(QStringLiteral("workstation-id"));
    if (settings.workstationId.isEmpty())
        settings.workstationId = QHostInfo::localHostName();
    bool minutesOk = false;
    const int minutes = parser.value(QStringLiteral("lock-after")).toInt(&minutesOk);
    if (!minutesOk || minutes < 1 || minutes > 24 * 60)
        return fail(QCoreApplication::translate("main", "--lock-after takes minutes between 1 and 1440"), false);
    settings.lockAfterMs = qint64(minutes) * 60 * 1000;

    WorkstationEngine engine(settings);

    QList<DemoAccount> demoAccounts;
    if (!demoDir.isEmpty()) {
        demoAccounts = DemoAccounts::scan(demoDir);
        if (demoAccounts.isEmpty())
            QTextStream(stderr) << "careledger: no demo users in " << QDir(demoDir).filePath(QStringLiteral("demo-users"))
                                << '\n';
        // The demo users' keys go into the keychain once, under their role as login.
        QObject::connect(&engine, &WorkstationEngine::started, &engine, [&engine, demoAccounts] {
            const QList<LocalAccount> existing = engine.accounts();
            for (const DemoAccount &demo : demoAccounts) {
                const bool present = std::any_of(existing.cbegin(), existing.cend(),
                                                 [&demo](const LocalAccount &a) { return a.login == demo.login(); });
                if (present)
                    continue;
                QByteArray key = demo.readSecretKey();
                if (key.isEmpty()) {
                    QTextStream(stderr) << "careledger: cannot read " << demo.keyFile << '\n';
                    continue;
                }
                engine.importAccount(demo.login(), demo.password(), key);
                key.fill('\0');
            }
        });
    }

    QPointer<LoginDialog> login;
    QPointer<MainWindow> window;
    std::function<void(const QString &)> showLogin;
    showLogin = [&](const QString &notice) {
        login = new LoginDialog(engine);
        login->setAttribute(Qt::WA_DeleteOnClose);
        login->setDemoAccounts(demoAccounts);
        if (!notice.isEmpty())
            login->setNotice(notice);
        QObject::connect(login, &QDialog::accepted, &app, [&] {
            window = new MainWindow(engine);
            window->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(window, &MainWindow::closed, &app, &QCoreApplication::quit);
            window->show();
        });
        QObject::connect(login, &QDialog::rejected, &app, &QCoreApplication::quit);
        login->show();
    };
    QObject::connect(&engine, &WorkstationEngine::signedOut, &app, [&] {
        if (!window || !window->isVisible())
            return; // the window was closed: the application is ending
        window->hide();
        window->deleteLater();
        showLogin(QCoreApplication::translate("main", "You have been signed out."));
    });

    showLogin({});
    if (parser.isSet(QStringLiteral("exit-when-ready"))) {
        // Ready = the login screen painted and the engine's cache open.
        QObject::connect(&engine, &WorkstationEngine::started, &app, [&] {
            (void)login->grab();
            std::printf("careledger: login screen ready after %lld ms\n",
                        static_cast<long long>(QDateTime::currentMSecsSinceEpoch() - processStartMs()));
            QCoreApplication::quit();
        });
        QObject::connect(&engine, &WorkstationEngine::startFailed, &app, [](const QString &message) {
            QTextStream(stderr) << "careledger: " << message << '\n';
            QCoreApplication::exit(1);
        });
    }
    engine.start();
    return app.exec();
}
