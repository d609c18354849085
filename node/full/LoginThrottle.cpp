#include "LoginThrottle.h"

namespace careledger {

LoginThrottle::LoginThrottle(int maxFailures, qint64 windowMs, qsizetype maxTracked)
    : m_maxFailures(qMax(1, maxFailures)), m_windowMs(windowMs), m_maxTracked(qMax<qsizetype>(1, maxTracked))
{
}

QHostAddress LoginThrottle::bucketOf(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also unwraps ::ffff:a.b.c.d
    if (isV4)
        return QHostAddress(v4);
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes);
}

void LoginThrottle::expire(QList<qint64> &failures, qint64 nowMs) const
{
    qsizetype stale = 0;
    while (stale < failures.size() && failures.at(stale) <= nowMs - m_windowMs)
        ++stale;
    failures.remove(0, stale);
}

qint64 LoginThrottle::retryAfterMs(const QHostAddress &address, qint64 nowMs)
{
    auto it = m_failures.find(bucketOf(address));
    if (it == m_failures.end())
        return 0;
    expire(*it, nowMs);
    if (it->isEmpty()) {
        m_failures.erase(it);
        return 0;
    }
    if (it->size() < m_maxFailures)
        return 0;
    return qMax<qint64>(1, it->first() + m_windowMs - nowMs);
}

bool LoginThrottle::recordFailure(const QHostAddress &address, qint64 nowMs)
{
    const QHostAddress bucket = bucketOf(address);
    if (!m_failures.contains(bucket) && m_failures.size() >= m_maxTracked)
        prune(nowMs);
    QList<qint64> &failures = m_failures[bucket];
    expire(failures, nowMs);
    failures.append(nowMs);
    if (failures.size() > m_maxFailures)
        failures.remove(0, failures.size() - m_maxFailures);
    return failures.size() == m_maxFailures;
}

void LoginThrottle::prune(qint64 nowMs)
{
    for (auto it = m_failures.begin(); it != m_failures.end();) {
        expire(*it, nowMs);
        it = it->isEmpty() ? m_failures.erase(it) : std::next(it);
    }
    // Still full of active addresses: forget those with the fewest failures.
    if (m_failures.size() >= m_maxTracked) {
        for (auto it = m_failures.begin(); it != m_failures.end();)
            it = it->size() < m_maxFailures ? m_failures.erase(it) : std::next(it);
    }
    if (m_failures.size() >= m_maxTracked)
        m_failures.clear();
}

} // namespace careledger
