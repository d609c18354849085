#include "LightNode.h"

#include <QTimer>

namespace careledger {

LightNode::LightNode(LightNodeSettings settings, const Clock &clock, QObject *parent)
    : QObject(parent), m_sync(new LightSync(std::move(settings), clock))
{
    m_thread.setObjectName(QStringLiteral("light-node"));
    m_sync->moveToThread(&m_thread);
    connect(m_sync, &LightSync::progress, this, &LightNode::progress);
    connect(m_sync, &LightSync::warningRaised, this, &LightNode::warningRaised);
    connect(m_sync, &LightSync::trustedChanged, this, &LightNode::trustedChanged);
    m_thread.start();
}

LightNode::~LightNode()
{
    // The cache's SQL connection must close on the thread that opened it.
    QMetaObject::invokeMethod(m_sync, [this] { delete m_sync; }, Qt::BlockingQueuedConnection);
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
        if (Status st = m_sync->open(); !st) {
            emit startFailed(st.error().message);
            return;
        }
        emit started();
        auto *timer = new QTimer(m_sync);
        connect(timer, &QTimer::timeout, m_sync, [this] {
            if (auto r = m_sync->syncOnce(); !r)
                emit syncFailed(r.error().message);
        });
        timer->start(pollIntervalMs);
        if (auto r = m_sync->syncOnce(); !r)
            emit syncFailed(r.error().message);
    });
}

void LightNode::signIn(const QByteArray &publicKey, SecureBuffer secretKey)
{
    auto secret = std::make_shared<SecureBuffer>(std::move(secretKey));
    onWorker([this, publicKey, secret] { m_sync->setUser(publicKey, std::move(*secret)); });
}

void LightNode::signOut()
{
    onWorker([this] { m_sync->clearUser(); });
}

void LightNode::syncNow()
{
    onWorker([this] {
        if (auto r = m_sync->syncOnce(); !r)
            emit syncFailed(r.error().message);
    });
}

quint64 LightNode::submit(const QList<QPair<QByteArray, QByteArray>> &items)
{
    const quint64 id = m_nextRequest++;
    onWorker([this, id, items] {
        auto r = m_sync->submit(items);
        if (r)
            emit submitted(id, *r);
        else
            emit submitFailed(id, r.error().message);
    });
    return id;
}

void LightNode::clearDistrust(const QString &endpoint)
{
    onWorker([this, endpoint] { (void)m_sync->clearDistrust(endpoint); });
}

} // namespace careledger
