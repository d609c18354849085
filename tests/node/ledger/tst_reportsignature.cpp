// ReportSignature: an officer's detached signature of a report file. It
// verifies for the exact bytes signed, fails for any other byte, for another
// signer's key and for a malformed .sig file, and round-trips its text form.

#include "crypto/Ed25519.h"
#include "ledger/ReportSignature.h"

#include <QTest>

using namespace careledger;

class TestReportSignature : public QObject {
    Q_OBJECT

private slots:
    void verifiesTheSignedBytes();
    void anyChangedByteFails_data();
    void anyChangedByteFails();
    void anotherSignerFails();
    void malformedFilesAreRefused_data();
    void malformedFilesAreRefused();

private:
    const Ed25519::KeyPair m_officer = Ed25519::generate();
    const QByteArray m_report = QByteArray("%PDF-1.4 audit report ") + QByteArray(4000, 'x') + "%%EOF";
};

void TestReportSignature::verifiesTheSignedBytes()
{
    const ReportSignature s = ReportSignature::sign(m_report, m_officer.publicKey, m_officer.secretKey, QStringLiteral("Olga Reyes"));
    QVERIFY(s.verify(m_report));
    auto decoded = ReportSignature::decode(s.encode());
    QVERIFY(decoded);
    QCOMPARE(decoded->signer, m_officer.publicKey);
    QCOMPARE(decoded->signerName, QStringLiteral("Olga Reyes"));
    QVERIFY(decoded->verify(m_report));
    QVERIFY(s.encode().startsWith("careledger-report-signature v1\n"));
}

void TestReportSignature::anyChangedByteFails_data()
{
    QTest::addColumn<int>("position");
    QTest::newRow("first byte") << 0;
    QTest::newRow("middle") << 2000;
    QTest::newRow("last byte") << -1;
}

void TestReportSignature::anyChangedByteFails()
{
    QFETCH(int, position);
    const ReportSignature s = ReportSignature::sign(m_report, m_officer.publicKey, m_officer.secretKey, QStringLiteral("O"));
    QByteArray altered = m_report;
    const qsizetype at = position < 0 ? altered.size() - 1 : position;
    altered[at] = char(altered[at] ^ 0x01);
    const Status st = s.verify(altered);
    QVERIFY(!st);
    QCOMPARE(st.error().code, QStringLiteral("altered"));
    QVERIFY(!s.verify(m_report + ' ')); // appended
}

void TestReportSignature::anotherSignerFails()
{
    ReportSignature s = ReportSignature::sign(m_report, m_officer.publicKey, m_officer.secretKey, QStringLiteral("O"));
    s.signer = Ed25519::generate().publicKey; // someone claims the signature as theirs
    const Status st = s.verify(m_report);
    QVERIFY(!st);
    QCOMPARE(st.error().code, QStringLiteral("bad_signature"));
}

void TestReportSignature::malformedFilesAreRefused_data()
{
    const QByteArray good = ReportSignature::sign(m_report, m_officer.publicKey, m_officer.secretKey, QStringLiteral("O")).encode();
    QTest::addColumn<QByteArray>("file");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("wrong magic") << QByteArray(good).replace("careledger-report-signature v1", "something else");
    QTest::newRow("short signature") << good.left(good.size() - 10) + "\n";
    QTest::newRow("missing line") << good.left(good.lastIndexOf("signature:"));
}

void TestReportSignature::malformedFilesAreRefused()
{
    QFETCH(QByteArray, file);
    auto decoded = ReportSignature::decode(file);
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().code, QStringLiteral("malformed"));
}

QTEST_GUILESS_MAIN(TestReportSignature)
#include "tst_reportsignature.moc"
