#include "InactivityLock.h"

namespace careledger {

InactivityLock::InactivityLock(qint64 timeoutMs, const Clock &clock, QObject *parent)
    : QObject(parent), m_timeoutMs(timeoutMs), m_clock(clock), m_lastActivityMs(clock.nowMs())
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &InactivityLock::check);
    m_timer.start();
}

void InactivityLock::noteActivity()
{
    if (!m_locked)
        m_lastActivityMs = m_clock.nowMs();
}

void InactivityLock::check()
{
    if (m_locked || m_clock.nowMs() - m_lastActivityMs < m_timeoutMs)
        return;
    m_locked = true;
    emit lockRequested();
}

void InactivityLock::unlock()
{
    m_locked = false;
    m_lastActivityMs = m_clock.nowMs();
}

void InactivityLock::setTimeoutMs(qint64 timeoutMs)
{
    m_timeoutMs = timeoutMs;
}

} // namespace careledger
