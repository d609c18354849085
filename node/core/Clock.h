#pragma once

#include <QtGlobal>

#include <atomic>

namespace careledger {

// Milliseconds since the Unix epoch. Injectable so tests can move time
// (timestamp bounds, session expiry, lockouts) without sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const;

    static const Clock &system();
};

// Atomic: a test thread moves it while a node's threads read it.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs) : m_now(startMs) {}
    qint64 nowMs() const override { return m_now.load(std::memory_order_relaxed); }
    void advance(qint64 ms) { m_now.fetch_add(ms, std::memory_order_relaxed); }
    void set(qint64 ms) { m_now.store(ms, std::memory_order_relaxed); }

private:
    std::atomic<qint64> m_now;
};

} // namespace careledger
