#include "full/LoginThrottle.h"

#include <QTest>

using namespace careledger;

class TestLoginThrottle : public QObject {
    Q_OBJECT

private slots:
    void anAddressIsRefusedAtTheLimitUntilItsOldestFailureLeavesTheWindow()
    {
        LoginThrottle t(3, 60'000);
        const QHostAddress a(QStringLiteral("192.0.2.7"));
        QCOMPARE(t.retryAfterMs(a, 0), qint64(0));
        QVERIFY(!t.recordFailure(a, 1'000));
        QVERIFY(!t.recordFailure(a, 2'000));
        QCOMPARE(t.retryAfterMs(a, 2'500), qint64(0));
        QVERIFY(t.recordFailure(a, 3'000)); // the one that trips it
        QCOMPARE(t.retryAfterMs(a, 3'000), qint64(58'000));
        QCOMPARE(t.retryAfterMs(a, 60'999), qint64(1));
        QCOMPARE(t.retryAfterMs(a, 61'000), qint64(0)); // the first failure left the window
        QVERIFY(t.recordFailure(a, 61'000));            // and one more fills it again
        QCOMPARE(t.retryAfterMs(a, 61'000), qint64(1'000));
        QCOMPARE(t.retryAfterMs(a, 200'000), qint64(0));
    }

    void addressesAreCountedApart()
    {
        LoginThrottle t(2, 60'000);
        const QHostAddress a(QStringLiteral("192.0.2.7"));
        const QHostAddress b(QStringLiteral("192.0.2.8"));
        t.recordFailure(a, 0);
        t.recordFailure(a, 0);
        QVERIFY(t.retryAfterMs(a, 1) > 0);
        QCOMPARE(t.retryAfterMs(b, 1), qint64(0));
    }

    void ipv6IsCountedPerSlash64AndMappedIpv4AsIpv4()
    {
        LoginThrottle t(2, 60'000);
        t.recordFailure(QHostAddress(QStringLiteral("2001:db8:1:2::1")), 0);
        t.recordFailure(QHostAddress(QStringLiteral("2001:db8:1:2:ffff::9")), 0);
        QVERIFY(t.retryAfterMs(QHostAddress(QStringLiteral("2001:db8:1:2:abcd::")), 1) > 0);
        QCOMPARE(t.retryAfterMs(QHostAddress(QStringLiteral("2001:db8:1:3::1")), 1), qint64(0));

        t.recordFailure(QHostAddress(QStringLiteral("::ffff:198.51.100.1")), 0);
        t.recordFailure(QHostAddress(QStringLiteral("198.51.100.1")), 0);
        QVERIFY(t.retryAfterMs(QHostAddress(QStringLiteral("198.51.100.1")), 1) > 0);
        QCOMPARE(LoginThrottle::bucketOf(QHostAddress(QStringLiteral("::ffff:198.51.100.1"))),
                 QHostAddress(QStringLiteral("198.51.100.1")));
    }

    void trackedAddressesAreBounded()
    {
        LoginThrottle t(2, 60'000, 100);
        // Many addresses with one failure each, then one that trips: memory stays bounded,
        // and an address at its limit is the last to be forgotten.
        const QHostAddress attacker(QStringLiteral("203.0.113.1"));
        t.recordFailure(attacker, 0);
        t.recordFailure(attacker, 0);
        for (quint32 i = 0; i < 1000; ++i)
            t.recordFailure(QHostAddress(0x0a000000u + i), 10);
        QVERIFY(t.retryAfterMs(attacker, 20) > 0);
        // Old entries are forgotten once their window has passed.
        for (quint32 i = 0; i < 1000; ++i)
            t.recordFailure(QHostAddress(0x0b000000u + i), 120'000);
        QCOMPARE(t.retryAfterMs(attacker, 120'000), qint64(0));
    }
};

QTEST_APPLESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
