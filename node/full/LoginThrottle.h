#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>

namespace careledger {

// Failed logins per remote address in a sliding window, in memory: an address
// with maxFailures failures within windowMs is refused until the oldest of
// them leaves the window. IPv6 clients are counted per /64 (one host can hold
// a whole /64) and IPv4-mapped IPv6 as the IPv4 address. The number of tracked
// addresses is bounded: beyond maxTracked, quiet ones are forgotten first.
class LoginThrottle {
public:
    explicit LoginThrottle(int maxFailures = 20, qint64 windowMs = 60 * 1000, qsizetype maxTracked = 100000);

    // 0 if the address may try now, otherwise how long until it may.
    qint64 retryAfterMs(const QHostAddress &address, qint64 nowMs);
    // Counts a failure; returns true when it is the one that trips the throttle.
    bool recordFailure(const QHostAddress &address, qint64 nowMs);

    static QHostAddress bucketOf(const QHostAddress &address);

private:
    void expire(QList<qint64> &failures, qint64 nowMs) const;
    void prune(qint64 nowMs);

    int m_maxFailures;
    qint64 m_windowMs;
    qsizetype m_maxTracked;
    QHash<QHostAddress, QList<qint64>> m_failures; // oldest first, at most maxFailures each
};

} // namespace careledger
