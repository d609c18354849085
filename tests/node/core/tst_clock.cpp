#include "core/Clock.h"

#include <QDateTime>
#include <QTest>

namespace careledger {

class TestClock : public QObject {
    Q_OBJECT

private slots:
    void systemClockFollowsWallClock();
    void systemClockIsASingleton();
    void manualClockStartsWhereItIsTold();
    void manualClockMovesOnlyWhenAdvancedOrSet();
    void manualClockWorksThroughTheInterface();
};

void TestClock::systemClockFollowsWallClock()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = Clock::system().nowMs();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(before <= now);
    QVERIFY(now <= after);
}

void TestClock::systemClockIsASingleton()
{
    QCOMPARE(&Clock::system(), &Clock::system());
}

void TestClock::manualClockStartsWhereItIsTold()
{
    const ManualClock clock(1'700'000'000'000);
    QCOMPARE(clock.nowMs(), qint64(1'700'000'000'000));
}

void TestClock::manualClockMovesOnlyWhenAdvancedOrSet()
{
    ManualClock clock(1000);
    QCOMPARE(clock.nowMs(), qint64(1000));
    QCOMPARE(clock.nowMs(), qint64(1000));
    clock.advance(250);
    QCOMPARE(clock.nowMs(), qint64(1250));
    clock.advance(-50);
    QCOMPARE(clock.nowMs(), qint64(1200));
    clock.set(42);
    QCOMPARE(clock.nowMs(), qint64(42));
}

void TestClock::manualClockWorksThroughTheInterface()
{
    ManualClock manual(5000);
    const Clock &clock = manual;
    manual.advance(24 * 60 * 60 * 1000);
    QCOMPARE(clock.nowMs(), qint64(5000 + 24 * 60 * 60 * 1000));
}

} // namespace careledger

QTEST_APPLESS_MAIN(careledger::TestClock)
#include "tst_clock.moc"
