// SigningRecord: a member never signs two different headers at one height,
// not even after a restart (a new record over the same file).

#include "full/SigningRecord.h"

#include "crypto/Sha256.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger;

class TestSigningRecord : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("signed-height-%1").arg(++m_counter)); }
    static QByteArray header(const char *name) { return Sha256::hash(QByteArray(name)); }

private slots:
    void aNewMemberMaySignAnything()
    {
        SigningRecord r(newPath());
        QVERIFY(r.load());
        QVERIFY(r.isEmpty());
        QVERIFY(r.permit(0, header("genesis")));
        QVERIFY(r.permit(1, header("one")));
        QCOMPARE(r.height(), quint64(1));
    }

    void theSameHeaderAgainIsAllowedAnotherIsNot()
    {
        SigningRecord r(newPath());
        QVERIFY(r.load());
        QVERIFY(r.permit(5, header("A")));
        QVERIFY(r.permit(5, header("A")));
        const Status other = r.permit(5, header("B"));
        QVERIFY(!other);
        QCOMPARE(other.error().code, QStringLiteral("already_signed"));
        // Nor anything below what it signed: it no longer knows which header that was.
        QVERIFY(!r.permit(4, header("C")));
        QVERIFY(r.permit(6, header("D")));
    }

    void thePromiseSurvivesARestart()
    {
        const QString path = newPath();
        {
            SigningRecord before(path);
            QVERIFY(before.load());
            QVERIFY(before.permit(7, header("A")));
        }
        SigningRecord after(path);
        QVERIFY(after.load());
        QCOMPARE(after.height(), quint64(7));
        QVERIFY(after.permit(7, header("A"))); // crashed after signing, before committing: sign the same again
        QVERIFY(!after.permit(7, header("B")));
        QVERIFY(after.permit(8, header("C")));
        SigningRecord third(path);
        QVERIFY(third.load());
        QCOMPARE(third.height(), quint64(8));
    }

    void aDamagedRecordRefusesToSign_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no hash") << QByteArray("12\n");
        QTest::newRow("short hash") << QByteArray("12 abcd\n");
        QTest::newRow("not a height") << ("x " + header("A").toHex() + '\n');
    }
    void aDamagedRecordRefusesToSign()
    {
        QFETCH(QByteArray, content);
        const QString path = newPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        SigningRecord r(path);
        const Status st = r.load();
        QVERIFY(!st);
        QCOMPARE(st.error().code, QStringLiteral("corrupt"));
    }

    void anUnwritableRecordIsAnErrorNotASignature()
    {
        SigningRecord r(m_dir.filePath(QStringLiteral("no-such-dir/signed-height")));
        QVERIFY(r.load());
        const Status st = r.permit(1, header("A"));
        QVERIFY(!st);
        QCOMPARE(st.error().code, QStringLiteral("io"));
        QVERIFY(r.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSigningRecord)
#include "tst_signingrecord.moc"
