#pragma once

#include "core/Clock.h"

#include <QObject>
#include <QTimer>

namespace careledger {

// Locks the workstation session after a period without user activity. The UI
// reports activity (input events); on timeout lockRequested() fires once, and
// the owner wipes the user's keys from memory until the password is given again.
// The clock is injectable so tests need not wait.
class InactivityLock : public QObject {
    Q_OBJECT
public:
    explicit InactivityLock(qint64 timeoutMs, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    void noteActivity();
    // Checks the deadline now (the internal timer calls this too).
    void check();
    void unlock();
    bool isLocked() const { return m_locked; }
    qint64 timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(qint64 timeoutMs);

signals:
    void lockRequested();

private:
    qint64 m_timeoutMs;
    const Clock &m_clock;
    qint64 m_lastActivityMs;
    bool m_locked = false;
    QTimer m_timer;
};

} // namespace careledger
