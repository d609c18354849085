#include "crypto/Aead.h"
#include "crypto/Ed25519.h"
#include "keys/KeyStore.h"
#include "keys/Keychain.h"

#include <QDirIterator>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QtEndian>

#include <functional>

// Runs against a real Secret Service: scripts/test.sh starts the suite inside
//   dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; ctest …'
// By hand:
//   dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; build-keys/tests/tst_keystore'
//
// The "no keychain" and "locked keychain" cases run this binary again as a child
// (test functions helper*, which skip unless CARELEDGER_KEYSTORE_HELPER names
// them) in an environment of their own: a temporary HOME and XDG folders, and
// either no usable D-Bus session or a private session with its own
// gnome-keyring, so locking it cannot disturb other tests sharing the outer one.

namespace careledger {

namespace {

const QString TestService = QStringLiteral("CareLedger-test");
const QString HelperVariable = QStringLiteral("CARELEDGER_KEYSTORE_HELPER");

KdfParams cheapCosts()
{
    return KdfParams{1, 8ull * 1024 * 1024, {}};
}

template <typename T>
QString codeOf(const Result<T> &r)
{
    return r ? QStringLiteral("<ok>") : r.error().code;
}

QString codeOf(const Status &s)
{
    return s ? QStringLiteral("<ok>") : s.error().code;
}

QString messageOf(const Status &s)
{
    return s ? QString() : s.error().message;
}

template <typename T>
QString messageOf(const Result<T> &r)
{
    return r ? QString() : r.error().message;
}

QByteArray bytesOf(const SecureBuffer &b)
{
    return b.view().toByteArray();
}

bool haveSessionBus()
{
    return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
}

#define REQUIRE_KEYCHAIN()                                                                                          \
    do {                                                                                                            \
        if (!haveSessionBus())                                                                                      \
            QSKIP("DBUS_SESSION_BUS_ADDRESS is not set: no Secret Service to test against. Run inside "            \
                  "dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets "     \
                  ">/dev/null; tst_keystore' (scripts/test.sh does)");                                              \
    } while (false)

// What the Secret Service really holds for `account`: secret-tool prints the
// stored secret, which QtKeychain writes as base64 text (attribute type=base64).
// (Not a QKeychain::ReadPasswordJob on this thread: QtKeychain's JobExecutor
// lives in KeyStore's keychain thread and would get this job's finished() and
// destroyed() as queued calls after a stack job is gone - a use-after-free,
// observed as a crash.)
QByteArray storedText(const QString &account)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), TestService, QStringLiteral("user"), account});
    if (!p.waitForFinished(20'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

QByteArray rawRead(const QString &account)
{
    return QByteArray::fromBase64(storedText(account), QByteArray::AbortOnBase64DecodingErrors);
}

// Writes an entry as KeyStore would, bypassing its checks.
bool rawWrite(const QString &account, const QByteArray &data)
{
    return Keychain::write(TestService, account, data, std::chrono::seconds(20)).ok();
}

bool haveSecretTool()
{
    return !QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty();
}

#define REQUIRE_SECRET_TOOL()                                                                                       \
    do {                                                                                                            \
        if (!haveSecretTool())                                                                                      \
            QSKIP("secret-tool is not installed (Debian package libsecret-tools)");                                 \
    } while (false)

// Every file and folder below `root`, relative to it.
QStringList tree(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries << it.next().mid(root.size());
    entries.sort();
    return entries;
}

// An environment whose HOME and XDG folders are below `root` (home/ and run/ exist, empty).
QProcessEnvironment sandboxEnvironment(const QString &root)
{
    QDir().mkpath(root + QStringLiteral("/home"));
    QDir().mkpath(root + QStringLiteral("/run"));
    QFile::setPermissions(root + QStringLiteral("/run"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = root + QStringLiteral("/home");
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root + QStringLiteral("/run"));
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL", "XDG_CURRENT_DESKTOP",
                             "DESKTOP_SESSION", "KDE_FULL_SESSION", "GNOME_DESKTOP_SESSION_ID"})
        env.remove(QString::fromLatin1(name));
    return env;
}

struct ChildRun {
    int exitCode = -1;
    QByteArray output;
};

ChildRun runChild(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                  const QString &workingDir)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(workingDir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    ChildRun run;
    if (!p.waitForStarted(10'000)) {
        run.output = "could not start " + program.toUtf8();
        return run;
    }
    if (!p.waitForFinished(120'000)) {
        p.kill();
        p.waitForFinished();
        run.output = p.readAll() + "\n<killed after 120 s>";
        return run;
    }
    run.output = p.readAll();
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return run;
}

// Shell for child sessions: owner() prints the pid of the process owning
// org.freedesktop.secrets (nothing if none); waitForOwner waits until there is
// one (gnome-keyring-daemon --unlock returns ~30 ms before its daemon owns the
// name; a call in between would D-Bus-activate a second daemon, whose login
// keyring is locked); stopOwner ends it (a D-Bus-activated daemon outlives its bus).
const QString SecretServiceShell = QStringLiteral(
    "owner() { dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus "
    "org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null "
    "| awk '/uint32/ {print $2}'; }; "
    "waitForOwner() { for i in $(seq 100); do [ -n \"$(owner)\" ] && break; sleep 0.05; done; }; "
    "stopOwner() { p=$(owner); [ -n \"$p\" ] && kill \"$p\"; }; ");

bool helperRequested(const char *function)
{
    return qEnvironmentVariable("CARELEDGER_KEYSTORE_HELPER") == QLatin1String(function);
}

// Runs `body` on a new thread that ends afterwards.
void onShortLivedThread(const std::function<void()> &body)
{
    QThread *thread = QThread::create(body);
    thread->start();
    thread->wait();
    delete thread;
}

} // namespace

class TestKeyStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    // no keychain needed
    void defaultServiceAndAccountNames();
    void badInputIsRefusedBeforeTheKeychain_data();
    void badInputIsRefusedBeforeTheKeychain();
    void missingKeychainIsReportedAndNothingIsWritten_data();
    void missingKeychainIsReportedAndNothingIsWritten();
    void lockedKeychainIsReported();

    // against the session's Secret Service
    void createThenUnlockGivesTheSameKeys();
    void wrongPasswordIsRefusedWithoutSecrets();
    void unicodePasswordsAreNormalised();
    void accountsSideBySideAreIndependent();
    void createRefusesToReplaceAnAccount();
    void importedKeyUnlocks();
    void importRefusesAnInconsistentKey();
    void changePasswordRewrapsTheSameKeys();
    void changePasswordWithWrongOldPasswordChangesNothing();
    void changePasswordCanRaiseTheCosts();
    void removeAccountLeavesNoAccount();
    void storedEntryHoldsNoSecretInTheClear();
    void tamperedOrMovedEntriesDoNotOpen();
    void malformedEntriesAreCorrupt_data();
    void malformedEntriesAreCorrupt();
    void wrongPasswordsAreRateLimited();
    void rateLimitIsPerAccountAndCoversChangePassword();
    void worksFromShortLivedWorkerThreads();
    void concurrentCallersAreServedInTurn();

    // run as children by the tests above
    void helperNoKeychain();
    void helperLockedKeychain();

private:
    QString account(const QString &login);

    QByteArray m_networkId; // random per run: runs sharing a keychain never collide
    QStringList m_accounts; // removed after every test
};

void TestKeyStore::initTestCase()
{
    m_networkId = QByteArray(8, Qt::Uninitialized);
    QRandomGenerator::system()->generate(m_networkId.begin(), m_networkId.end());
    if (qEnvironmentVariableIsSet("CARELEDGER_KEYSTORE_HELPER"))
        return; // a child: its parent set up (or deliberately broke) the session
    if (!haveSessionBus()) {
        qWarning("DBUS_SESSION_BUS_ADDRESS is not set: the keychain-backed tests will be skipped");
        return;
    }
    // gnome-keyring-daemon --unlock returns ~30 ms before the daemon owns
    // org.freedesktop.secrets; a first call in between would D-Bus-activate a
    // second daemon whose login keyring is locked. Wait for the name (briefly).
    if (QStandardPaths::findExecutable(QStringLiteral("dbus-send")).isEmpty())
        return;
    for (int i = 0; i < 50; ++i) {
        QProcess ask;
        ask.start(QStringLiteral("dbus-send"),
                  {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                   QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                   QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                   QStringLiteral("string:org.freedesktop.secrets")});
        if (ask.waitForFinished(5'000) && ask.readAllStandardOutput().contains("boolean true"))
            return;
        QThread::msleep(100);
    }
    qWarning("org.freedesktop.secrets has no owner after 5 s; the keychain tests will probably fail");
}

void TestKeyStore::cleanup()
{
    if (!haveSessionBus() || m_accounts.isEmpty())
        return;
    KeyStore store(TestService);
    store.setTimeout(std::chrono::seconds(20));
    for (const QString &a : std::as_const(m_accounts)) {
        const Status removed = store.removeAccount(a);
        if (!removed && removed.error().code != QLatin1String("no_account"))
            qWarning("could not remove test account %s: %s", qPrintable(a), qPrintable(removed.error().message));
    }
    m_accounts.clear();
}

QString TestKeyStore::account(const QString &login)
{
    const QString a = KeyStore::accountName(m_networkId, login);
    m_accounts << a;
    return a;
}

// ---- no keychain needed ---------------------------------------------------------

void TestKeyStore::defaultServiceAndAccountNames()
{
    QCOMPARE(KeyStore().service(), QStringLiteral("CareLedger"));
    QCOMPARE(KeyStore::accountName(QByteArray::fromHex("00ff10"), QStringLiteral("dr.house")),
             QStringLiteral("00ff10/dr.house"));
    const QByteArray userKey(32, '\x5a');
    QCOMPARE(KeyStore::accountName(QByteArray::fromHex("0a"), QString::fromLatin1(userKey.toHex())),
             QStringLiteral("0a/") + QStringLiteral("5a").repeated(32));
}

void TestKeyStore::badInputIsRefusedBeforeTheKeychain_data()
{
    QTest::addColumn<QString>("accountName");
    QTest::addColumn<QString>("password");
    QTest::addColumn<quint64>("ops");
    QTest::addColumn<quint64>("mem");
    QTest::addColumn<QString>("code");

    const quint64 mem = 8ull << 20;
    QTest::newRow("empty account") << QString() << "pw" << quint64(1) << mem << "bad_account";
    QTest::newRow("control character") << "net/al\nice" << "pw" << quint64(1) << mem << "bad_account";
    QTest::newRow("overlong account") << QString(1025, QLatin1Char('a')) << "pw" << quint64(1) << mem << "bad_account";
    QTest::newRow("empty password") << "net/alice" << "" << quint64(1) << mem << "bad_password";
    QTest::newRow("zero passes") << "net/alice" << "pw" << quint64(0) << mem << "bad_kdf_params";
    QTest::newRow("too many passes") << "net/alice" << "pw" << quint64(65) << mem << "bad_kdf_params";
    QTest::newRow("too much memory") << "net/alice" << "pw" << quint64(1) << (2ull << 30) << "bad_kdf_params";
}

void TestKeyStore::badInputIsRefusedBeforeTheKeychain()
{
    QFETCH(QString, accountName);
    QFETCH(QString, password);
    QFETCH(quint64, ops);
    QFETCH(quint64, mem);
    QFETCH(QString, code);

    // No D-Bus at all would be fine: these fail before any keychain call.
    KeyStore store(TestService);
    const Result<QByteArray> created = store.createAccount(accountName, password, KdfParams{ops, mem, {}});
    QCOMPARE(codeOf(created), code);
    const Ed25519::KeyPair pair = Ed25519::generate();
    QCOMPARE(codeOf(store.importAccount(accountName, password, pair.secretKey, KdfParams{ops, mem, {}})), code);
}

void TestKeyStore::missingKeychainIsReportedAndNothingIsWritten_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("bus socket does not exist") << "socket";
    QTest::newRow("no bus address at all") << "unset";
    QTest::newRow("bus without a Secret Service") << "bare-bus";
    QTest::newRow("Secret Service without a keyring") << "no-keyring";
}

void TestKeyStore::missingKeychainIsReportedAndNothingIsWritten()
{
    QFETCH(QString, how);
    QTemporaryDir root;
    QTemporaryDir outside; // bus configuration and sockets: not in the watched tree
    QVERIFY(root.isValid() && outside.isValid());
    QProcessEnvironment env = sandboxEnvironment(root.path());
    env.insert(HelperVariable, QStringLiteral("helperNoKeychain"));
    env.insert(QStringLiteral("CARELEDGER_KEYSTORE_SCENARIO"), how);
    const QString self = QCoreApplication::applicationFilePath();
    QString program = self;
    QStringList args{QStringLiteral("helperNoKeychain")};
    if (how == QLatin1String("socket")) {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
    } else if (how == QLatin1String("unset")) {
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    } else {
        program = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        if (program.isEmpty())
            QSKIP("dbus-run-session is not installed (Debian package dbus)");
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        if (how == QLatin1String("bare-bus")) {
            // A session bus that knows no services at all: nothing can be activated.
            QFile config(outside.filePath(QStringLiteral("bare-session.conf")));
            QVERIFY(config.open(QIODevice::WriteOnly));
            config.write(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=)" + outside.path().toUtf8() + R"(</listen>
  <auth>EXTERNAL</auth>
  <policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy>
</busconfig>
)");
            config.close();
            args = QStringList{QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--"), self,
                               QStringLiteral("helperNoKeychain")};
        } else {
            // The standard session bus: the first Secret Service call starts
            // gnome-keyring by D-Bus activation (if installed), which has no login
            // keyring and cannot show the prompt that would create one.
            for (const char *tool : {"gnome-keyring-daemon", "dbus-send"})
                if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                    QSKIP("gnome-keyring-daemon or dbus-send is not installed (Debian packages gnome-keyring dbus)");
            env.insert(QStringLiteral("XDG_RUNTIME_DIR"), outside.path()); // the daemon's control socket
            // An activated gnome-keyring outlives its bus: stop it by its pid.
            args = QStringList{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                               SecretServiceShell
                                   + QStringLiteral("\"$0\" helperNoKeychain; rc=$?; stopOwner; exit $rc"),
                               self};
        }
    }
    const QStringList before = tree(root.path());

    const ChildRun run = runChild(program, args, env, root.path() + QStringLiteral("/home"));
    const QByteArray passed = "PASS   : careledger::TestKeyStore::helperNoKeychain()";
    if (run.exitCode != 0 || !run.output.contains(passed))
        qWarning("child output:\n%s", run.output.constData());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.output.contains(passed));

    // Nothing in HOME or the XDG folders: no plain-text fallback, no cache, no
    // config. (An activated gnome-keyring makes its own empty keyrings folder.)
    QStringList added = tree(root.path());
    for (const QString &entry : before)
        added.removeAll(entry);
    if (how == QLatin1String("no-keyring"))
        for (const QString &daemonsOwn : {QStringLiteral("/home/.local"), QStringLiteral("/home/.local/share"),
                                          QStringLiteral("/home/.local/share/keyrings")})
            added.removeAll(daemonsOwn);
    QCOMPARE(added, QStringList());
}

void TestKeyStore::helperNoKeychain()
{
    if (!helperRequested("helperNoKeychain"))
        QSKIP("runs as a child of missingKeychainIsReportedAndNothingIsWritten");
    const bool serviceWithoutKeyring
        = qEnvironmentVariable("CARELEDGER_KEYSTORE_SCENARIO") == QLatin1String("no-keyring");
    KeyStore store(QStringLiteral("CareLedger"));
    store.setTimeout(std::chrono::seconds(30));
    const QString a = QStringLiteral("0a0b/alice");
    const auto expectUnavailable = [&](const Error &e) {
        QCOMPARE(e.code, QStringLiteral("keychain_unavailable"));
        const QLatin1String expected = serviceWithoutKeyring
            ? QLatin1String("the keychain has no default keyring to keep keys in")
            : QLatin1String("no keychain service is running (Secret Service");
        QVERIFY2(e.message.contains(expected), qPrintable(e.message));
        qInfo("keychain_unavailable: %s", qPrintable(e.message));
    };

    const Result<QByteArray> created = store.createAccount(a, QStringLiteral("pw"), cheapCosts());
    QVERIFY(!created);
    expectUnavailable(created.error());
    const Ed25519::KeyPair pair = Ed25519::generate();
    const Status imported = store.importAccount(a, QStringLiteral("pw"), pair.secretKey, cheapCosts());
    QVERIFY(!imported);
    expectUnavailable(imported.error());

    const Result<UnlockedKeys> unlocked = store.unlock(a, QStringLiteral("pw"));
    const Status changed = store.changePassword(a, QStringLiteral("pw"), QStringLiteral("pw2"));
    const Status removed = store.removeAccount(a);
    const Result<bool> has = store.hasAccount(a);
    if (serviceWithoutKeyring) {
        // Reading works: there is a Secret Service, it just holds nothing.
        QCOMPARE(codeOf(unlocked), QStringLiteral("no_account"));
        QCOMPARE(codeOf(changed), QStringLiteral("no_account"));
        QCOMPARE(codeOf(removed), QStringLiteral("no_account"));
        QCOMPARE(has.value(), false);
        return;
    }
    QVERIFY(!unlocked);
    expectUnavailable(unlocked.error());
    QVERIFY(!changed);
    expectUnavailable(changed.error());
    QVERIFY(!removed);
    expectUnavailable(removed.error());
    QVERIFY(!has);
    expectUnavailable(has.error());
}

void TestKeyStore::lockedKeychainIsReported()
{
    for (const char *tool : {"dbus-run-session", "gnome-keyring-daemon", "dbus-send", "secret-tool"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is not installed (Debian packages dbus gnome-keyring libsecret-tools)")
                                 .arg(QString::fromLatin1(tool))));
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QProcessEnvironment env = sandboxEnvironment(root.path());
    env.insert(HelperVariable, QStringLiteral("helperLockedKeychain"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    // A private session with its own gnome-keyring (keyrings in the temporary
    // HOME): locking its login collection disturbs nobody.
    const ChildRun run = runChild(
        QStringLiteral("dbus-run-session"),
        {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
         SecretServiceShell
             + QStringLiteral("printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
                              "waitForOwner; \"$0\" helperLockedKeychain; rc=$?; stopOwner; exit $rc"),
         QCoreApplication::applicationFilePath()},
        env, root.path() + QStringLiteral("/home"));
    const QByteArray passed = "PASS   : careledger::TestKeyStore::helperLockedKeychain()";
    if (run.exitCode != 0 || !run.output.contains(passed))
        qWarning("child output:\n%s", run.output.constData());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.output.contains(passed));
}

void TestKeyStore::helperLockedKeychain()
{
    if (!helperRequested("helperLockedKeychain"))
        QSKIP("runs as a child of lockedKeychainIsReported");
    QVERIFY(haveSessionBus());
    KeyStore store(QStringLiteral("CareLedger"));
    store.setTimeout(std::chrono::seconds(30));
    const QString alice = QStringLiteral("0a0b/alice");
    const QString bob = QStringLiteral("0a0b/bob");
    const Result<QByteArray> created = store.createAccount(alice, QStringLiteral("alice pw"), cheapCosts());
    QVERIFY2(created, qPrintable(messageOf(created)));

    // Lock the login collection (the default one, where QtKeychain writes).
    QProcess lock;
    lock.start(QStringLiteral("dbus-send"),
               {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
    QVERIFY(lock.waitForFinished(20'000));
    QCOMPARE(lock.exitCode(), 0);

    // gnome-keyring now asks its prompter (gcr-prompter) for the password; with
    // no display the prompter cannot start and the unlock fails at once. A read
    // of the locked item then looks to QtKeychain exactly like a missing item:
    // KeyStore asks the Secret Service whether a locked item exists.
    const Result<UnlockedKeys> unlocked = store.unlock(alice, QStringLiteral("alice pw"));
    QCOMPARE(codeOf(unlocked), QStringLiteral("keychain_locked"));
    QVERIFY2(messageOf(unlocked).startsWith(QLatin1String("the keychain is locked; unlock it and try again")),
             qPrintable(messageOf(unlocked)));
    qInfo("unlock: %s", qPrintable(messageOf(unlocked)));
    QCOMPARE(codeOf(store.hasAccount(alice)), QStringLiteral("keychain_locked"));

    // Writes fail with "Cannot create an item in a locked collection".
    const Result<QByteArray> other = store.createAccount(bob, QStringLiteral("bob pw"), cheapCosts());
    QCOMPARE(codeOf(other), QStringLiteral("keychain_locked"));
    qInfo("create: %s", qPrintable(messageOf(other)));
    QCOMPARE(codeOf(store.changePassword(alice, QStringLiteral("alice pw"), QStringLiteral("new pw"))),
             QStringLiteral("keychain_locked"));

    // The Secret Service reports success for deleting a locked item and keeps
    // it; KeyStore must not claim the account is gone.
    QCOMPARE(codeOf(store.removeAccount(alice)), QStringLiteral("keychain_locked"));
    QProcess search;
    search.setProcessChannelMode(QProcess::MergedChannels);
    search.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                 QStringLiteral("server"), QStringLiteral("CareLedger")});
    QVERIFY(search.waitForFinished(20'000));
    const QByteArray found = search.readAll();
    QVERIFY2(found.contains("attribute.user = 0a0b/alice"), found.constData());
    QVERIFY2(!found.contains("attribute.user = 0a0b/bob"), found.constData());
    // Locked-out attempts are not wrong passwords.
    QCOMPARE(store.retryAfterSeconds(alice), 0);

    // Headless, the only way back is a new daemon, unlocked like at the start.
    // libsecret keeps its session with the old daemon for the life of the
    // process, so this process cannot use the keychain any more.
    QProcess restart;
    restart.start(QStringLiteral("sh"),
                  {QStringLiteral("-c"),
                   SecretServiceShell
                       + QStringLiteral("old=$(owner); "
                                        "printf pw | gnome-keyring-daemon --unlock --replace --components=secrets "
                                        ">/dev/null; for i in $(seq 100); do new=$(owner); "
                                        "[ -n \"$new\" ] && [ \"$new\" != \"$old\" ] && exit 0; sleep 0.05; done; "
                                        "exit 1")});
    QVERIFY(restart.waitForFinished(20'000));
    QCOMPARE(restart.exitCode(), 0);
    const Result<UnlockedKeys> afterRestart = store.unlock(alice, QStringLiteral("alice pw"));
    QCOMPARE(codeOf(afterRestart), QStringLiteral("keychain_unavailable"));
    QVERIFY2(messageOf(afterRestart).contains(QLatin1String("restart CareLedger")), qPrintable(messageOf(afterRestart)));
    qInfo("after a keychain restart: %s", qPrintable(messageOf(afterRestart)));
}

// ---- against the Secret Service ---------------------------------------------------

void TestKeyStore::createThenUnlockGivesTheSameKeys()
{
    REQUIRE_KEYCHAIN();
    KeyStore store(TestService);
    const QString a = account(QStringLiteral("alice"));
    QCOMPARE(store.hasAccount(a).value(), false);
    const Result<QByteArray> publicKey = store.createAccount(a, QStringLiteral("correct horse"), cheapCosts());
    QVERIFY2(publicKey, qPrintable(messageOf(publicKey)));
    QCOMPARE(publicKey->size(), Ed25519::PublicKeySize);
    QCOMPARE(store.hasAccount(a).value(), true);

    const Result<UnlockedKeys> first = store.unlock(a, QStringLiteral("correct horse"));
    QVERIFY2(first, qPrintable(messageOf(first)));
    QCOMPARE(first->signing.publicKey, *publicKey);
    QCOMPARE(first->signing.secretKey.size(), std::size_t(Ed25519::SecretKeySize));
    QCOMPARE(first->cacheKey.size(), std::size_t(KeyStore::CacheKeySize));
    const QByteArray signature = Ed25519::sign(first->signing.secretKey, "careledger-test", "hello");
    QVERIFY(Ed25519::verify(*publicKey, "careledger-test", "hello", signature));

    // A second unlock (another instance, as after a restart) gives the same secrets.
    const Result<UnlockedKeys> second = KeyStore(TestService).unlock(a, QStringLiteral("correct horse"));
    QVERIFY2(second, qPrintable(messageOf(second)));
    QVERIFY(second->signing.secretKey.equals(first->signing.secretKey));
    QVERIFY(second->cacheKey.equals(first->cacheKey));
    // The cache key works as an Aead key.
    const QByteArray sealed = Aead::encrypt(first->cacheKey, "cached header");
    QCOMPARE(Aead::decrypt(second->cacheKey, sealed).value(), QByteArray("cached header"));
}

void TestKeyStore::wrongPasswordIsRefusedWithoutSecrets()
{
    REQUIRE_KEYCHAIN();
    KeyStore store(TestService);
    const QString a = account(QStringLiteral("alice"));
    QVERIFY(store.createAccount(a, QStringLiteral("correct horse"), cheapCosts()));
    for (const QString &wrong : {QStringLiteral("correct horsE"), QStringLiteral(""), QStringLiteral("correct horse ")}) {
        const Result<UnlockedKeys> r = store.unlock(a, wrong);
        QCOMPARE(codeOf(r), QStringLiteral("wrong_password"));
        QCOMPARE(r.error().message, QStringLiteral("wrong password"));
    }
    QCOMPARE(codeOf(store.unlock(account(QStringLiteral("nobody")), QStringLiteral("correct horse"))),
             QStringLiteral("no_account"));
}

void TestKeyStore::unicodePasswordsAreNormalised()
{
    REQUIRE_KEYCHAIN();
    KeyStore store(TestService);
    const QString a = account(QStringLiteral("zoë"));
    const QString composed = QStringLiteral("Zo\u00eb-\u00e9t\u00e9");     // ë, é precomposed (NFC)
    const QString decomposed = QStringLiteral("Zoe\u0308-e\u0301te\u0301"); // e + combining marks (NFD)
    QVERIFY(composed != decomposed);
    QVERIFY(store.createAccount(a, decomposed, cheapCosts()));
    QVERIFY(store.unlock(a, composed));
    QVERIFY(store.unlock(a, decomposed));
    QCOMPARE(codeOf(store.unlock(a, QStringLiteral("Zoe-ete"))), QStringLiteral("wrong_password"));
}

void TestKeyStore::accountsSideBySideAreIndependent()
{
    REQUIRE_KEYCHAIN();
    KeyStore store(TestService);
    const QString alice = account(QStringLiteral("alice"));
    const QString bob = account(QStringLiteral("bob"));
    const Result<QByteArray> alicePk = store.createAccount(alice, QStringLiteral("alice pw"), cheapCosts());
    const Result<QByteArray> bobPk = store.createAccount(bob, QStringLiteral("bob pw"), cheapCosts());
    QVERIFY(alicePk && bobPk);
    QVERIFY(*alicePk != *bobPk);

    const Result<UnlockedKeys> aliceKeys = store.unlock(alice, QStringLiteral("alice pw"));
    const Result<UnlockedKeys> bobKeys = store.unlock(bob, QStringLiteral("bob pw"));
    QVERIFY(aliceKeys && bobKeys);
    QCOMPARE(aliceKeys->signing.publicKey, *alicePk);
    QCOMPARE(bobKeys->signing.publicKey, *bobPk);
    QVERIFY(!aliceKeys->cacheKey.equals(bobKeys->cacheKey));
    QCOMPARE(codeOf(store.unlock(alice, QStringLiteral("bob pw"))), QStringLiteral("wrong_password"));

    // The same login on another network is another account.
    const QString aliceElsewhere = KeyStore::accountName(QByteArray(8, '\x01') + m_networkId, QStringLiteral("alice"));
    m_accounts << aliceElsewhere;
    QCOMPARE(codeOf(store.unlock(aliceElsewhere, QStringLiteral("alice pw"))), QStringLiteral("no_account"));

    QVERIFY(store.changePassword(alice, QStringLiteral("alice pw"), QStringLiteral("alice pw 2")));
    QVERIFY(store.removeAccount(alice));
    const Result<UnlockedKeys> bobAgain = store.unlock(bob, QStringLiteral("bob pw"));
    QVERIFY2(bobAgain, qPrintable(messageOf(bobAgain)));
    QVERIFY(bobAgain->signing.secretKey.equals(bobKeys->signing.secretKey));
    QVERIFY(bobAgain->cacheKey.equals(bobKeys->cacheKey));
}

void TestKeyStore::createRefusesToReplaceAnAccount()
{
    REQUIRE_KEYCHAIN();
    KeyStore store(TestService);
    const QString a = account(QStringLiteral("alice"));
    const Result<QByteArray> pk = store.createAccount(a, QStringLiteral("first"), cheapCosts());
    QVERIFY(pk);
    QCOMPARE(codeOf(store.createAccount(a, QStringLiteral("second"), cheapCosts())), QStringLiteral("account_exists"));
    const Ed25519::KeyPair other = Ed25519::generate();
    QCOMPARE(codeOf(store.importAccount(a, QStringLiteral("second"), other.secretKey, cheapCosts())),
             QStringLiteral("account_exists"));
    const Result<UnlockedKeys> keys = store.unlock(a, QStringLiteral("first"));
    QVERIFY(keys);
    QCOMPARE(keys->signing.publicKey, *pk);
}

void TestKeyStore::importedKeyUnlocks()
{
    REQUIRE_KEYCHAIN();
    KeyStore store(TestService);
    const QString a = account(QStringLiteral("imported"));
    const Ed25519::KeyPair pair = Ed25519::generate();
    const Status imported = store.importAccount(a, QStringLiteral("pw"), pair.secretKey, cheapCosts());
    QVERIFY2(imported, qPrintable(messageOf(imported)));
    const Result<UnlockedKeys> keys = store.unlock(a, QStringLiteral("pw"));
    QVERIFY(keys);
    QCOMPARE(keys->signing.publicKey, pair.publicKey);
    QVERIFY(keys->signing.secretKey.equals(pair.secretKey));
    QCOMPARE(keys->cacheKey.size(), std::size_t(KeyStore::CacheKeySize));
}

void TestKeyStore::importRefusesAnInconsistentKey()
{
    REQUIRE_KEYCHAIN();
    KeyStore store(TestService);
    const QString a = account(QStringLiteral("imported"));
    const Ed25519::KeyPair pair = Ed25519::generate();
    QByteArray mismatched = bytesOf(pair.secretKey);
    mismatched[40] = char(mismatched[40] ^ 1); // public half no longer belongs to the seed
    QCOMPARE(codeOf(store.importAccount(a, QStringLiteral("pw"), SecureBuffer::copyOf(mismatched), cheapCosts())),
             QStringLiteral("bad_secret_key"));
    QCOMPARE(codeOf(store.importAccount(a, QStringLiteral("pw"), SecureBuffer::copyOf(QByteArray(32, 'x')), cheapCosts())),
             QStringLiteral("bad_secret_key"));
    QCOMPARE(store.hasAccount(a).value(), false);
}

void TestKeyStore::changePasswordRewrapsTheSameKeys()
{
    REQUIRE_KEYCHAIN();
    REQUIRE_SECRET_TOOL();
    KeyStore store(TestService);
    const QString a = account(QStringLiteral("alice"));
    QVERIFY(store.createAccount(a, QStringLiteral("old pw"), cheapCosts()));
    const Result<UnlockedKeys> before = store.unlock(a, QStringLiteral("old pw"));
    const QByteArray blobBefore = rawRead(a);
    QVERIFY(before);

    const Status changed = store.changePassword(a, QStringLiteral("old pw"), QStringLiteral("new pw"));
    QVERIFY2(changed, qPrintable(messageOf(changed)));
    QCOMPARE(codeOf(store.unlock(a, QStringLiteral("old pw"))), QStringLiteral("wrong_password"));
    const Result<UnlockedKeys> after = store.unlock(a, QStringLiteral("new pw"));
    QVERIFY(after);
    QVERIFY(after->signing.secretKey.equals(before->signing.secretKey));
    QVERIFY(after->cacheKey.equals(before->cacheKey));
    // Fresh salt (bytes 21..36), same costs.
    const QByteArray blobAfter = rawRead(a);
    QCOMPARE(blobAfter.size(), blobBefore.size());
    QCOMPARE(blobAfter.left(21), blobBefore.left(21));
    QVERIFY(blobAfter.mid(21, 16) != blobBefore.mid(21, 16));
    QCOMPARE(codeOf(store.changePassword(a, QStringLiteral("new pw"), QString())), QStringLiteral("bad_password"));
}

void TestKeyStore::changePasswordWithWrongOldPasswordChangesNothing()
{
    REQUIRE_KEYCHAIN();
    REQUIRE_SECRET_TOOL();
    KeyStore store(TestService);
    const QString a = account(QStringLiteral("alice"));
    QVERIFY(store.createAccount(a, QStringLiteral("old pw"), cheapCosts()));
    const QByteArray blobBefore = rawRead(a);
    QCOMPARE(codeOf(store.changePassword(a, QStringLiteral("not it"), QStringLiteral("new pw"))),
             QStringLiteral("wrong_password"));
    QCOMPARE(rawRead(a), blobBefore);
    QVERIFY(store.unlock(a, QStringLiteral("old pw")));
    QCOMPARE(codeOf(store.changePassword(account(QStringLiteral("nobody")), QStringLiteral("x"), QStringLiteral("y"))),
             QStringLiteral("no_account"));
}

void TestKeyStore::changePasswordCanRaiseTheCosts()
{
    REQUIRE_KEYCHAIN();
    REQUIRE_SECRET_TOOL();
    KeyStore store(TestService);
    const QString a = account(QStringLiteral("alice"));
    QVERIFY(store.createAccount(a, QStringLiteral("pw"), cheapCosts()));
    QVERIFY(store.changePassword(a, QStringLiteral("pw"), QStringLiteral("pw"), KdfParams{2, 16ull << 20, {}}));
    const QByteArray blob = rawRead(a);
    QCOMPARE(qFromBigEndian<quint64>(blob.constData() + 5), quint64(2));
    QCOMPARE(qFromBigEndian<quint64>(blob.constData() + 13), quint64(16ull << 20));
    QVERIFY(store.unlock(a, QStringLiteral("pw")));
}

void TestKeyStore::removeAccountLeavesNoAccount()
{
    REQUIRE_KEYCHAIN();
    REQUIRE_SECRET_TOOL();
    KeyStore store(TestService);
    const QString a = account(QStringLiteral("alice"));
    QVERIFY(store.createAccount(a, QStringLiteral("pw"), cheapCosts()));
    const Status removed = store.removeAccount(a);
    QVERIFY2(removed, qPrintable(messageOf(removed)));
    QCOMPARE(codeOf(store.unlock(a, QStringLiteral("pw"))), QStringLiteral("no_account"));
    QCOMPARE(store.hasAccount(a).value(), false);
    QCOMPARE(codeOf(store.removeAccount(a)), QStringLiteral("no_account"));
    QVERIFY(rawRead(a).isEmpty());
    // The account can be enrolled again afterwards (a new identity).
    QVERIFY(store.createAccount(a, QStringLiteral("pw"), cheapCosts()));
}

void TestKeyStore::storedEntryHoldsNoSecretInTheClear()
{
    REQUIRE_KEYCHAIN();
    REQUIRE_SECRET_TOOL();
    KeyStore store(TestService);
    const QString a = account(QStringLiteral("alice"));
    const QString password = QStringLiteral("Tr0ub4dor&3-unique-password");
    QVERIFY(store.createAccount(a, password, cheapCosts()));
    const Result<UnlockedKeys> keys = store.unlock(a, password);
    QVERIFY(keys);

    const QByteArray text = storedText(a);
    const QByteArray blob = rawRead(a);
    QCOMPARE(text, blob.toBase64());
    QCOMPARE(blob.size(), 4 + 1 + 8 + 8 + 16 + 24 + 64 + 32 + 16);
    QCOMPARE(blob.left(5), QByteArray("CLKS\x01"));
    QCOMPARE(qFromBigEndian<quint64>(blob.constData() + 5), quint64(1));
    QCOMPARE(qFromBigEndian<quint64>(blob.constData() + 13), quint64(8ull << 20));

    // Neither the secrets nor the password, in any encoding QtKeychain or we might use.
    const QByteArray seed = bytesOf(keys->signing.secretKey).left(Ed25519::SeedSize);
    const QByteArray secretKey = bytesOf(keys->signing.secretKey);
    const QByteArray cacheKey = bytesOf(keys->cacheKey);
    const QByteArray stored = text + blob + blob.toHex();
    for (const QByteArray &secret : {seed, secretKey.mid(8, 16), cacheKey, cacheKey.mid(8, 16)}) {
        QVERIFY(!stored.contains(secret));
        QVERIFY(!stored.contains(secret.toBase64()));
        QVERIFY(!stored.contains(secret.toHex()));
    }
    for (const QByteArray &pw : {password.toUtf8(), QByteArray(reinterpret_cast<const char *>(password.utf16()),
                                                                password.size() * 2)})
        QVERIFY(!stored.contains(pw));
    QVERIFY(!stored.contains("Tr0ub4dor"));
}

void TestKeyStore::tamperedOrMovedEntriesDoNotOpen()
{
    REQUIRE_KEYCHAIN();
    KeyStore store(TestService);
    const QString alice = account(QStringLiteral("alice"));
    const QString mallory = account(QStringLiteral("mallory"));
    QVERIFY(store.createAccount(alice, QStringLiteral("pw"), cheapCosts()));
    const QByteArray blob = rawRead(alice);
    QVERIFY(!blob.isEmpty());

    // Alice's entry copied into another account's slot does not open there.
    QVERIFY(rawWrite(mallory, blob));
    QCOMPARE(codeOf(store.unlock(mallory, QStringLiteral("pw"))), QStringLiteral("wrong_password"));
    // ... nor under another service name.
    KeyStore otherService(TestService + QStringLiteral("-other"));
    QCOMPARE(codeOf(otherService.unlock(alice, QStringLiteral("pw"))), QStringLiteral("no_account"));

    // Any flipped bit: in the costs, the salt, the nonce, the ciphertext, the tag.
    for (int at : {12, 20, 21, 36, 37, 60, 61 + 50, int(blob.size()) - 1}) {
        QByteArray tampered = blob;
        tampered[at] = char(tampered[at] ^ 0x01);
        QVERIFY(rawWrite(mallory, tampered));
        const QString code = codeOf(KeyStore(TestService).unlock(mallory, QStringLiteral("pw")));
        QVERIFY2(code == QLatin1String("wrong_password") || code == QLatin1String("corrupt_entry"),
                 qPrintable(QStringLiteral("byte %1: %2").arg(at).arg(code)));
    }
    QVERIFY(store.unlock(alice, QStringLiteral("pw")));
}

void TestKeyStore::malformedEntriesAreCorrupt_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("code");
    QByteArray header("CLKS\x01", 5);
    QByteArray costs(16, 0);
    qToBigEndian<quint64>(1, costs.data());
    qToBigEndian<quint64>(8ull << 20, costs.data() + 8);
    const QByteArray valid = header + costs + QByteArray(16 + 24 + 96 + 16, 'x');

    QTest::newRow("empty") << QByteArray() << "corrupt_entry";
    QTest::newRow("not ours") << QByteArray("hunter2") << "corrupt_entry";
    QTest::newRow("future version") << QByteArray("CLKS\x02", 5) + valid.mid(5) << "corrupt_entry";
    QTest::newRow("truncated") << valid.left(valid.size() - 1) << "corrupt_entry";
    QTest::newRow("extended") << valid + 'x' << "corrupt_entry";
    QByteArray hugeOps = valid;
    qToBigEndian<quint64>(1'000'000, hugeOps.data() + 5);
    QTest::newRow("absurd passes") << hugeOps << "corrupt_entry";
    QByteArray hugeMem = valid;
    qToBigEndian<quint64>(64ull << 30, hugeMem.data() + 13);
    QTest::newRow("absurd memory") << hugeMem << "corrupt_entry";
    QTest::newRow("well-formed garbage") << valid << "wrong_password";
}

void TestKeyStore::malformedEntriesAreCorrupt()
{
    REQUIRE_KEYCHAIN();
    QFETCH(QByteArray, entry);
    QFETCH(QString, code);
    KeyStore store(TestService);
    const QString a = account(QStringLiteral("broken"));
    QVERIFY(store.createAccount(a, QStringLiteral("pw"), cheapCosts()));
    QVERIFY(rawWrite(a, entry));
    QCOMPARE(codeOf(store.unlock(a, QStringLiteral("pw"))), code);
    QCOMPARE(codeOf(store.createAccount(a, QStringLiteral("pw"), cheapCosts())), QStringLiteral("account_exists"));
}

void TestKeyStore::wrongPasswordsAreRateLimited()
{
    REQUIRE_KEYCHAIN();
    ManualClock clock(1'700'000'000'000);
    KeyStore store(TestService, clock);
    const QString a = account(QStringLiteral("alice"));
    QVERIFY(store.createAccount(a, QStringLiteral("pw"), cheapCosts()));

    for (int i = 1; i <= 4; ++i) {
        QCOMPARE(codeOf(store.unlock(a, QStringLiteral("guess"))), QStringLiteral("wrong_password"));
        QCOMPARE(store.retryAfterSeconds(a), 0);
    }
    const Result<UnlockedKeys> fifth = store.unlock(a, QStringLiteral("guess"));
    QCOMPARE(codeOf(fifth), QStringLiteral("wrong_password"));
    QVERIFY2(fifth.error().message.contains(QLatin1String("30 s")), qPrintable(fifth.error().message));
    QCOMPARE(store.retryAfterSeconds(a), 30);

    // Refused while blocked, even with the right password.
    const Result<UnlockedKeys> blocked = store.unlock(a, QStringLiteral("pw"));
    QCOMPARE(codeOf(blocked), QStringLiteral("rate_limited"));
    QVERIFY2(blocked.error().message.contains(QLatin1String("try again in 30 s")), qPrintable(blocked.error().message));
    clock.advance(29'500);
    QCOMPARE(codeOf(store.unlock(a, QStringLiteral("pw"))), QStringLiteral("rate_limited"));
    QCOMPARE(store.retryAfterSeconds(a), 1);
    clock.advance(500);
    QCOMPARE(store.retryAfterSeconds(a), 0);

    // Each further wrong password doubles the wait: 60 s, 120 s, ...
    qint64 expected = 60;
    for (int i = 0; i < 4; ++i, expected *= 2) {
        QCOMPARE(codeOf(store.unlock(a, QStringLiteral("guess"))), QStringLiteral("wrong_password"));
        QCOMPARE(store.retryAfterSeconds(a), expected);
        const Result<UnlockedKeys> r = store.unlock(a, QStringLiteral("pw"));
        QCOMPARE(codeOf(r), QStringLiteral("rate_limited"));
        QVERIFY2(r.error().message.contains(QStringLiteral("try again in %1 s").arg(expected)),
                 qPrintable(r.error().message));
        clock.advance(expected * 1000);
    }
    // ... up to an hour.
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(codeOf(store.unlock(a, QStringLiteral("guess"))), QStringLiteral("wrong_password"));
        QVERIFY(store.retryAfterSeconds(a) <= 3600);
        clock.advance(3'600'000);
    }
    QCOMPARE(codeOf(store.unlock(a, QStringLiteral("guess"))), QStringLiteral("wrong_password"));
    QCOMPARE(store.retryAfterSeconds(a), 3600);
    clock.advance(3'600'000);

    // The right password resets the count.
    QVERIFY(store.unlock(a, QStringLiteral("pw")));
    QCOMPARE(store.retryAfterSeconds(a), 0);
    for (int i = 1; i <= 4; ++i)
        QCOMPARE(codeOf(store.unlock(a, QStringLiteral("guess"))), QStringLiteral("wrong_password"));
    QVERIFY(store.unlock(a, QStringLiteral("pw")));
}

void TestKeyStore::rateLimitIsPerAccountAndCoversChangePassword()
{
    REQUIRE_KEYCHAIN();
    ManualClock clock(1'700'000'000'000);
    KeyStore store(TestService, clock);
    const QString alice = account(QStringLiteral("alice"));
    const QString bob = account(QStringLiteral("bob"));
    QVERIFY(store.createAccount(alice, QStringLiteral("alice pw"), cheapCosts()));
    QVERIFY(store.createAccount(bob, QStringLiteral("bob pw"), cheapCosts()));

    for (int i = 0; i < 3; ++i)
        QCOMPARE(codeOf(store.unlock(alice, QStringLiteral("guess"))), QStringLiteral("wrong_password"));
    for (int i = 0; i < 2; ++i)
        QCOMPARE(codeOf(store.changePassword(alice, QStringLiteral("guess"), QStringLiteral("x"))),
                 QStringLiteral("wrong_password"));
    QCOMPARE(store.retryAfterSeconds(alice), 30);
    QCOMPARE(codeOf(store.changePassword(alice, QStringLiteral("alice pw"), QStringLiteral("x"))),
             QStringLiteral("rate_limited"));
    // Bob is not affected.
    QCOMPARE(store.retryAfterSeconds(bob), 0);
    QVERIFY(store.unlock(bob, QStringLiteral("bob pw")));
    // Removing the account forgets its count.
    QVERIFY(store.removeAccount(alice));
    QCOMPARE(store.retryAfterSeconds(alice), 0);
}

void TestKeyStore::worksFromShortLivedWorkerThreads()
{
    REQUIRE_KEYCHAIN();
    // QtKeychain's JobExecutor is bound to the thread of the first job ever
    // started; when that thread was a worker that has since ended, a naive
    // "QEventLoop per call" client hangs on its next job. KeyStore runs every
    // job on its own long-lived thread instead.
    KeyStore store(TestService);
    const QString a = account(QStringLiteral("alice"));
    QByteArray createdKey, unlockedKey;
    QString firstError, secondError;
    onShortLivedThread([&] {
        const Result<QByteArray> pk = store.createAccount(a, QStringLiteral("pw"), cheapCosts());
        if (pk)
            createdKey = *pk;
        else
            firstError = pk.error().message;
    });
    QVERIFY2(firstError.isEmpty(), qPrintable(firstError));
    for (int i = 0; i < 3; ++i) {
        onShortLivedThread([&] {
            const Result<UnlockedKeys> keys = store.unlock(a, QStringLiteral("pw"));
            if (keys)
                unlockedKey = keys->signing.publicKey;
            else
                secondError = keys.error().message;
            const Result<bool> has = store.hasAccount(a);
            if (!has || !*has)
                secondError = QStringLiteral("hasAccount failed");
        });
        QVERIFY2(secondError.isEmpty(), qPrintable(secondError));
        QCOMPARE(unlockedKey, createdKey);
    }
    QVERIFY(store.unlock(a, QStringLiteral("pw")));
}

void TestKeyStore::concurrentCallersAreServedInTurn()
{
    REQUIRE_KEYCHAIN();
    // Several threads at once (two workstation sessions, say): QtKeychain's
    // single JobExecutor queues the jobs, KeyStore's thread runs them in turn.
    KeyStore store(TestService);
    QStringList names;
    QList<QByteArray> publicKeys;
    for (int i = 0; i < 3; ++i) {
        names << account(QStringLiteral("user%1").arg(i));
        const Result<QByteArray> pk = store.createAccount(names.last(), QStringLiteral("pw %1").arg(i), cheapCosts());
        QVERIFY(pk);
        publicKeys << *pk;
    }
    QStringList failures;
    QMutex failuresMutex;
    QList<QThread *> threads;
    for (int t = 0; t < 6; ++t) {
        threads << QThread::create([&, t] {
            for (int round = 0; round < 3; ++round) {
                const int i = (t + round) % 3;
                const Result<UnlockedKeys> keys = store.unlock(names[i], QStringLiteral("pw %1").arg(i));
                if (!keys || keys->signing.publicKey != publicKeys[i]) {
                    QMutexLocker lock(&failuresMutex);
                    failures << (keys ? QStringLiteral("wrong key") : keys.error().message);
                }
            }
        });
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread;
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

} // namespace careledger

QTEST_GUILESS_MAIN(careledger::TestKeyStore)
#include "tst_keystore.moc"
