#include "Keychain.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QThread>

#include <algorithm>
#include <limits>
#include <memory>
#include <optional>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID) && !defined(Q_OS_HAIKU)
#define CARELEDGER_SECRET_SERVICE 1
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QMap>
#else
#define CARELEDGER_SECRET_SERVICE 0
#endif

namespace careledger {

namespace {

// ---- the keychain thread ----------------------------------------------------

QMutex g_threadMutex;
QThread *g_thread = nullptr;
QObject *g_context = nullptr; // lives in g_thread; jobs are started through it
bool g_shutDown = false;

void stopKeychainThread()
{
    QMutexLocker lock(&g_threadMutex);
    g_shutDown = true;
    if (!g_thread)
        return;
    g_thread->quit();
    g_thread->wait();
    delete g_context;
    delete g_thread;
    g_context = nullptr;
    g_thread = nullptr;
}

// The context object of the keychain thread, started on first use; nullptr once
// the application is shutting down.
QObject *keychainContext()
{
    QMutexLocker lock(&g_threadMutex);
    if (g_shutDown)
        return nullptr;
    if (!g_thread) {
        g_thread = new QThread;
        g_thread->setObjectName(QStringLiteral("careledger-keychain"));
        g_context = new QObject;
        g_context->moveToThread(g_thread);
        g_thread->start();
        qAddPostRoutine(stopKeychainThread); // runs in ~QCoreApplication
    }
    return g_context;
}

struct Reply {
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

struct Pending {
    QSemaphore done;
    Reply reply; // written on the keychain thread before done.release()
};

// Runs `start` on the keychain thread; it must eventually fill pending->reply
// and release pending->done exactly once. Returns the error, or nullopt with
// *reply filled.
template <typename Start>
std::optional<Error> runOnKeychainThread(Start start, std::chrono::milliseconds timeout, Reply *reply)
{
    QObject *context = keychainContext();
    if (!context)
        return makeError(QStringLiteral("keychain_unavailable"),
                         QStringLiteral("the keychain is not available while the application shuts down"));
    Q_ASSERT_X(QThread::currentThread() != context->thread(), "Keychain", "called from the keychain thread");
    auto pending = std::make_shared<Pending>();
    QMetaObject::invokeMethod(context, [start, pending] { start(pending); }, Qt::QueuedConnection);
    // The job keeps running if we give up; it holds its own reference to `pending`.
    if (!pending->done.tryAcquire(1, int(std::min<qint64>(timeout.count(), std::numeric_limits<int>::max()))))
        return makeError(QStringLiteral("keychain_timeout"),
                         QStringLiteral("the keychain did not answer within %1 s; if it shows a prompt, answer it and try again")
                             .arg((timeout.count() + 999) / 1000));
    *reply = pending->reply;
    return std::nullopt;
}

enum class JobKind { Read, Write, Delete };

std::optional<Error> runJob(JobKind kind, const QString &service, const QString &key, const QByteArray &data,
                            std::chrono::milliseconds timeout, Reply *reply)
{
    auto start = [kind, service, key, data](const std::shared_ptr<Pending> &pending) {
        QKeychain::Job *job = nullptr;
        switch (kind) {
        case JobKind::Read:
            job = new QKeychain::ReadPasswordJob(service);
            break;
        case JobKind::Write: {
            auto *write = new QKeychain::WritePasswordJob(service);
            write->setBinaryData(data);
            job = write;
            break;
        }
        case JobKind::Delete:
            job = new QKeychain::DeletePasswordJob(service);
            break;
        }
        // Deletes itself after finished(): if the caller timed out, nobody else would.
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plain-text QSettings file
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, job, [pending, kind](QKeychain::Job *finished) {
            pending->reply.error = finished->error();
            pending->reply.errorString = finished->errorString();
            if (kind == JobKind::Read && finished->error() == QKeychain::NoError)
                pending->reply.data = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
            // Wake the caller only after QtKeychain's JobExecutor (connected to
            // finished() after us) has marked the job done, so that the caller's
            // next job never meets a JobExecutor that still thinks one is running.
            // (g_context is set before this thread starts and reset after it ends.)
            QMetaObject::invokeMethod(g_context, [pending] { pending->done.release(); }, Qt::QueuedConnection);
        });
        job->start();
    };
    return runOnKeychainThread(start, timeout, reply);
}

// ---- locked or absent? --------------------------------------------------------

enum class ItemState { Absent, Locked, Unlocked, Unknown };

#if CARELEDGER_SECRET_SERVICE
// libsecret answers a lookup of an item in a locked collection exactly like a
// lookup of a missing one (after the unlock prompt fails or is dismissed), so
// QtKeychain says EntryNotFound for both. Ask the Secret Service directly:
// SearchItems matches on the (unencrypted) attributes of locked items too.
// The attributes are QtKeychain's libsecret schema: user = key, server = service.
ItemState secretServiceItemState(const QString &service, const QString &key, std::chrono::milliseconds timeout)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return ItemState::Unknown;
    using Attributes = QMap<QString, QString>;
    qDBusRegisterMetaType<Attributes>();
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    call << QVariant::fromValue(Attributes{{QStringLiteral("server"), service}, {QStringLiteral("user"), key}});
    const QDBusMessage answer = bus.call(call, QDBus::Block, int(std::min<qint64>(timeout.count(), 60'000)));
    if (answer.type() != QDBusMessage::ReplyMessage || answer.arguments().size() != 2)
        return ItemState::Unknown;
    const auto paths = [](const QVariant &v) {
        return v.canConvert<QDBusArgument>() ? qdbus_cast<QList<QDBusObjectPath>>(v.value<QDBusArgument>())
                                             : v.value<QList<QDBusObjectPath>>();
    };
    if (!paths(answer.arguments().at(1)).isEmpty())
        return ItemState::Locked;
    if (!paths(answer.arguments().at(0)).isEmpty())
        return ItemState::Unlocked;
    return ItemState::Absent;
}
#endif

ItemState itemState(const QString &service, const QString &key, std::chrono::milliseconds timeout)
{
#if CARELEDGER_SECRET_SERVICE
    auto state = std::make_shared<ItemState>(ItemState::Unknown);
    Reply unused;
    auto start = [service, key, timeout, state](const std::shared_ptr<Pending> &pending) {
        *state = secretServiceItemState(service, key, timeout);
        pending->done.release();
    };
    if (runOnKeychainThread(start, timeout, &unused))
        return ItemState::Unknown;
    return *state;
#else
    Q_UNUSED(service);
    Q_UNUSED(key);
    Q_UNUSED(timeout);
    return ItemState::Unknown;
#endif
}

// ---- QtKeychain's errors as ours -------------------------------------------------

Error lockedError(const QString &detail)
{
    return makeError(QStringLiteral("keychain_locked"),
                     QStringLiteral("the keychain is locked; unlock it and try again (%1)").arg(detail));
}

Error unavailableError(const QString &detail)
{
    return makeError(QStringLiteral("keychain_unavailable"),
                     QStringLiteral("no keychain service is running (Secret Service, e.g. gnome-keyring or KWallet); "
                                    "start it and try again. CareLedger keeps keys only in the OS keychain (%1)")
                         .arg(detail));
}

bool mentionsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles)
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    return false;
}

Error mapError(const Reply &reply)
{
    const QString detail = reply.errorString.isEmpty() ? QStringLiteral("error %1").arg(int(reply.error))
                                                       : reply.errorString;
    switch (reply.error) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        return makeError(QStringLiteral("no_account"),
                         QStringLiteral("there are no CareLedger keys for this account on this workstation"));
    case QKeychain::AccessDeniedByUser:
        return makeError(QStringLiteral("keychain_locked"),
                         QStringLiteral("access to the keychain was refused; allow CareLedger to use it and try again (%1)")
                             .arg(detail));
    case QKeychain::AccessDenied:
        return lockedError(detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return unavailableError(detail);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // Texts seen on Debian 12 (QtKeychain 0.13.2, libsecret 0.20.5):
    //   no bus address:          "Cannot autolaunch D-Bus without X11 $DISPLAY"
    //   bus socket missing:      "Could not connect: No such file or directory"
    //   bus without the service: "The name org.freedesktop.secrets was not provided by any .service files"
    //   daemon restarted:        "The session does not exist", "The session wrapping the secret does not
    //                            exist" (libsecret keeps its session for the life of the process)
    //   no default keyring:      "Object does not exist at path “/org/freedesktop/secrets/collection/login”"
    //                            (gnome-keyring started by D-Bus activation, could not prompt to create one)
    if (detail.contains(QLatin1String("session"), Qt::CaseInsensitive) && detail.contains(QLatin1String("does not exist")))
        return makeError(QStringLiteral("keychain_unavailable"),
                         QStringLiteral("the keychain service was restarted after CareLedger started; restart "
                                        "CareLedger to reconnect to it (%1)")
                             .arg(detail));
    if (detail.contains(QLatin1String("does not exist at path")) && detail.contains(QLatin1String("/collection/")))
        return makeError(QStringLiteral("keychain_unavailable"),
                         QStringLiteral("the keychain has no default keyring to keep keys in; create or unlock your "
                                        "login keyring (e.g. with Seahorse, \"Passwords and Keys\") and try again (%1)")
                             .arg(detail));
    if (mentionsAny(detail, {"D-Bus", "DBus", "autolaunch", "Could not connect", "not provided by any",
                             "org.freedesktop.secrets", "ServiceUnknown", "No such file", "Connection refused",
                             "not running", "No keychain service", "disconnected"}))
        return unavailableError(detail);
    if (mentionsAny(detail, {"locked"}))
        return lockedError(detail);
    return makeError(QStringLiteral("keychain_error"), QStringLiteral("the keychain failed: %1").arg(detail));
}

} // namespace

Result<QByteArray> Keychain::read(const QString &service, const QString &key, std::chrono::milliseconds timeout)
{
    Reply reply;
    if (auto error = runJob(JobKind::Read, service, key, {}, timeout, &reply))
        return *error;
    if (reply.error == QKeychain::NoError)
        return reply.data;
    Error error = mapError(reply);
    if (error.code == QLatin1String("no_account")) {
        switch (itemState(service, key, timeout)) {
        case ItemState::Locked:
            return lockedError(QStringLiteral("the entry exists but its collection is locked"));
        case ItemState::Unlocked: // appeared since, or the lookup failed for another reason
            return makeError(QStringLiteral("keychain_error"),
                             QStringLiteral("the keychain could not read an existing entry; try again"));
        case ItemState::Absent:
        case ItemState::Unknown:
            break;
        }
    }
    return error;
}

Status Keychain::write(const QString &service, const QString &key, const QByteArray &data,
                       std::chrono::milliseconds timeout)
{
    Reply reply;
    if (auto error = runJob(JobKind::Write, service, key, data, timeout, &reply))
        return *error;
    if (reply.error != QKeychain::NoError)
        return mapError(reply);
    return {};
}

Status Keychain::remove(const QString &service, const QString &key, std::chrono::milliseconds timeout)
{
    // Read first: a missing or locked entry is reported as such, not as a
    // successful delete.
    if (auto existing = read(service, key, timeout); !existing)
        return existing.error();
    Reply reply;
    if (auto error = runJob(JobKind::Delete, service, key, {}, timeout, &reply))
        return *error;
    if (reply.error != QKeychain::NoError && reply.error != QKeychain::EntryNotFound)
        return mapError(reply);
    auto after = read(service, key, timeout);
    if (!after && after.error().code == QLatin1String("no_account"))
        return {};
    if (!after)
        return after.error();
    return makeError(QStringLiteral("keychain_error"), QStringLiteral("the keychain did not remove the entry"));
}

} // namespace careledger
