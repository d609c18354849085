#pragma once

#include <QtGlobal>

namespace careledger {

// Milliseconds since the Unix epoch. Injectable so tests can move time
// (timestamp bounds, session expiry, lockouts) without sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const;

    static const Clock &system();
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs) : m_now(startMs) {}
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
};

} // namespace careledger
