#pragma once

#include <QDeadlineTimer>
#include <QSignalSpy>

namespace careledger::testing {

// The engine answers a call with a signal whose first argument is the call's
// request id: the row of `spy` answering `request`, or empty on timeout.
inline QList<QVariant> answer(QSignalSpy &spy, quint64 request, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        for (const QList<QVariant> &row : std::as_const(spy))
            if (row.value(0).toULongLong() == request)
                return row;
        spy.wait(50);
    }
    return {};
}

} // namespace careledger::testing
