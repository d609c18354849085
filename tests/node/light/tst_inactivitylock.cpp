#include "light/InactivityLock.h"

#include <QSignalSpy>
#include <QTest>

using namespace careledger;

class tst_InactivityLock : public QObject {
    Q_OBJECT

private slots:
    void locksOnceAfterTheTimeoutWithoutActivity()
    {
        ManualClock clock(1000);
        InactivityLock lock(5 * 60 * 1000, clock);
        QSignalSpy spy(&lock, &InactivityLock::lockRequested);
        clock.advance(5 * 60 * 1000 - 1);
        lock.check();
        QCOMPARE(spy.count(), 0);
        clock.advance(1);
        lock.check();
        QCOMPARE(spy.count(), 1);
        QVERIFY(lock.isLocked());
        clock.advance(60 * 60 * 1000);
        lock.check();
        QCOMPARE(spy.count(), 1);
    }

    void activityPostponesTheLock()
    {
        ManualClock clock(0);
        InactivityLock lock(1000, clock);
        QSignalSpy spy(&lock, &InactivityLock::lockRequested);
        for (int i = 0; i < 10; ++i) {
            clock.advance(900);
            lock.noteActivity();
            lock.check();
        }
        QCOMPARE(spy.count(), 0);
    }

    void activityWhileLockedDoesNotUnlock()
    {
        ManualClock clock(0);
        InactivityLock lock(1000, clock);
        clock.advance(1000);
        lock.check();
        QVERIFY(lock.isLocked());
        lock.noteActivity();
        QVERIFY(lock.isLocked());
        lock.unlock();
        QVERIFY(!lock.isLocked());
        clock.advance(999);
        lock.check();
        QVERIFY(!lock.isLocked());
    }

    void theTimerLocksWithoutAnyCall()
    {
        InactivityLock lock(50);
        QSignalSpy spy(&lock, &InactivityLock::lockRequested);
        QVERIFY(spy.wait(3000));
    }
};

QTEST_GUILESS_MAIN(tst_InactivityLock)
#include "tst_inactivitylock.moc"
