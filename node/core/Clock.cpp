#include "Clock.h"

#include <QDateTime>

namespace careledger {

qint64 Clock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

const Clock &Clock::system()
{
    static const Clock clock;
    return clock;
}

} // namespace careledger
