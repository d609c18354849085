#include "LightNode.h"

#include <QTimer>

#include <functional>

namespace careledger {

LightNode::LightNode(LightNodeSettings settings, const Clock &clock, QObject *parent)
    : QObject(parent), m_sync(new LightSync(std::move(settings), clock))
{
    m_thread.setObjectName(QStringLiteral("light-node"));
    m_sync->moveToThread(&m_thread);
    connect(m_sync, &LightSync::progress, this, &LightNode::progress);
    connect(m_sync, &LightSync::warningRaised, this, &LightNode::warningRaised);
    connect(m_sync, &LightSync::trustedChanged, this, &LightNode::trustedChanged);
    connect(m_sync, &LightSync::sessionEnded, this, &LightNode::signInFailed);
    m_thread.start();
}

LightNode::~LightNode()
{
    // The cache's SQL connection must close on the thread that opened it, but
    // not from an event: a sync in flight is inside a request's nested event
    // loop, which would run the deletion under the sync's own stack. quit()
    // ends every loop of the thread, the nested one too (a request under way
    // fails, later ones return at once), and `finished` is emitted on the
    // worker thread outside any loop: the place to delete it.
    LightSync *sync = m_sync;
    connect(&m_thread, &QThread::finished, [sync] { delete sync; });
    m_thread.requestInterruption();
    m_thread.quit();
    m_thread.wait();
}

template <typename F>
void LightNode::onWorker(F &&f)
{
    QMetaObject::invokeMethod(m_sync, std::forward<F>(f), Qt::QueuedConnection);
}

void LightNode::start(int pollIntervalMs)
{
    onWorker([this, pollIntervalMs] {
        exclusive([this, pollIntervalMs] {
            if (Status st = m_sync->open(); !st) {
                emit startFailed(st.error().message);
                return;
            }
            emit started();
            auto *timer = new QTimer(m_sync);
            connect(timer, &QTimer::timeout, m_sync, [this] { runSync(); });
            timer->start(pollIntervalMs);
            runSync();
        });
    });
}

// NodeClient waits for replies in a nested event loop, where the next queued
// call (the poll timer, syncNow, a submit) would otherwise start inside the one
// under way and see its trust move underneath it. So each operation runs to its
// end before the next begins. Worker thread only.
void LightNode::exclusive(std::function<void()> job)
{
    m_jobs.append(std::move(job));
    if (m_busy)
        return; // runs when the operation under way returns
    m_busy = true;
    while (!m_jobs.isEmpty())
        m_jobs.takeFirst()();
    m_busy = false;
}

void LightNode::runSync()
{
    if (m_syncQueued)
        return; // one waiting sync does what two would
    m_syncQueued = true;
    exclusive([this] {
        m_syncQueued = false;
        if (auto r = m_sync->syncOnce(); r)
            emit synced(*r);
        else
            emit syncFailed(r.error().message);
    });
}

void LightNode::signIn(const QByteArray &publicKey, SecureBuffer secretKey)
{
    auto secret = std::make_shared<SecureBuffer>(std::move(secretKey));
    onWorker([this, publicKey, secret] { exclusive([this, publicKey, secret] { m_sync->setUser(publicKey, std::move(*secret)); }); });
}

void LightNode::signIn(const QByteArray &publicKey, SecureBuffer secretKey, const QString &totpCode)
{
    auto secret = std::make_shared<SecureBuffer>(std::move(secretKey));
    onWorker([this, publicKey, secret, totpCode] {
        exclusive([this, publicKey, secret, totpCode] {
            if (Status st = m_sync->signIn(publicKey, std::move(*secret), totpCode); !st) {
                emit signInFailed(st.error().code, st.error().message);
                return;
            }
            emit signedIn();
            runSync();
        });
    });
}

void LightNode::signOut()
{
    onWorker([this] { exclusive([this] { m_sync->clearUser(); }); });
}

void LightNode::syncNow()
{
    onWorker([this] {
        runSync();
    });
}

void LightNode::setAuditIndexing(bool on)
{
    onWorker([this, on] {
        exclusive([this, on] {
            if (Status st = m_sync->setAuditIndexing(on); !st)
                emit syncFailed(st.error().message);
        });
    });
}

quint64 LightNode::requestProofs(const QList<quint64> &logIndexes)
{
    const quint64 id = m_nextRequest++;
    onWorker([this, id, logIndexes] {
        exclusive([this, id, logIndexes] {
            auto r = m_sync->inclusionProofs(logIndexes);
            if (r)
                emit proofsReady(id, r->first, r->second);
            else
                emit proofsFailed(id, r.error().code, r.error().message);
        });
    });
    return id;
}

quint64 LightNode::submit(const QList<QPair<QByteArray, QByteArray>> &items)
{
    const quint64 id = m_nextRequest++;
    onWorker([this, id, items] {
        exclusive([this, id, items] {
            auto r = m_sync->submit(items);
            if (r)
                emit submitted(id, *r);
            else
                emit submitFailed(id, r.error().message);
        });
    });
    return id;
}

void LightNode::clearDistrust(const QString &endpoint)
{
    onWorker([this, endpoint] { exclusive([this, endpoint] { (void)m_sync->clearDistrust(endpoint); }); });
}

} // namespace careledger
