#include "fhir/ValueSets.h"
#include "forms/FormValidation.h"

#include <QTest>

using namespace careledger;
using V = FormValidation::Verdict;

Q_DECLARE_METATYPE(FormValidation::Verdict)

class TestFormValidation : public QObject {
    Q_OBJECT
private slots:
    void measurement_data();
    void measurement();
    void vitalSigns_data();
    void vitalSigns();
    void diastolicUsesOnlyPossibleRange();
    void bloodPressureOrder();
    void localeDecimalSeparator();
    void notInFuture();
    void text();
};

void TestFormValidation::measurement_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<V>("verdict");
    QTest::addColumn<QString>("messageContains");
    // Heart rate: possible 20..300, normal 60..100, whole numbers.
    QTest::newRow("empty") << "" << V::Empty << "";
    QTest::newRow("spaces") << "   " << V::Empty << "";
    QTest::newRow("normal") << "72" << V::Normal << "";
    QTest::newRow("normal, bounds") << "60" << V::Normal << "";
    QTest::newRow("normal, upper bound") << "100" << V::Normal << "";
    QTest::newRow("high but possible") << "140" << V::Abnormal << "Above the normal range (60 to 100 beats/min)";
    QTest::newRow("low but possible") << "38" << V::Abnormal << "Below the normal range";
    QTest::newRow("possible bound") << "300" << V::Abnormal << "Above";
    QTest::newRow("impossible, typo") << "720" << V::Invalid << "Not possible: enter a value from 20 to 300 beats/min";
    QTest::newRow("impossible, low") << "2" << V::Invalid << "Not possible";
    QTest::newRow("negative") << "-5" << V::Invalid << "Not possible";
    QTest::newRow("not a number") << "seventy" << V::Invalid << "Enter a number";
    QTest::newRow("decimals") << "72.5" << V::Invalid << "whole number";
    QTest::newRow("padded") << " 72 " << V::Normal << "";
}

void TestFormValidation::measurement()
{
    QFETCH(QString, text);
    QFETCH(V, verdict);
    QFETCH(QString, messageContains);
    const auto c = FormValidation::checkMeasurement(text, 20, 300, 60, 100, 0, QStringLiteral("beats/min"), QLocale::c());
    QCOMPARE(c.verdict, verdict);
    QVERIFY2(c.message.contains(messageContains), qPrintable(c.message));
    QCOMPARE(c.acceptable(), verdict == V::Normal || verdict == V::Abnormal);
    QCOMPARE(c.value.has_value(), verdict == V::Normal || verdict == V::Abnormal || c.message.startsWith("Not possible"));
    if (verdict == V::Normal)
        QVERIFY(c.message.isEmpty());
}

void TestFormValidation::vitalSigns_data()
{
    QTest::addColumn<QString>("loinc");
    QTest::addColumn<QString>("text");
    QTest::addColumn<V>("verdict");
    QTest::newRow("temperature normal") << "8310-5" << "37.0" << V::Normal;
    QTest::newRow("temperature fever") << "8310-5" << "39.4" << V::Abnormal;
    QTest::newRow("temperature, Fahrenheit typed") << "8310-5" << "98.6" << V::Invalid;
    QTest::newRow("temperature, two decimals") << "8310-5" << "37.25" << V::Invalid;
    QTest::newRow("SpO2 low") << "59408-5" << "88" << V::Abnormal;
    QTest::newRow("SpO2 over 100") << "59408-5" << "101" << V::Invalid;
    QTest::newRow("systolic high") << "85354-9" << "165" << V::Abnormal;
    QTest::newRow("weight, no norm") << "29463-7" << "120.5" << V::Normal;
    QTest::newRow("pain 7") << "72514-3" << "7" << V::Abnormal;
    QTest::newRow("pain 11") << "72514-3" << "11" << V::Invalid;
}

void TestFormValidation::vitalSigns()
{
    QFETCH(QString, loinc);
    QFETCH(QString, text);
    QFETCH(V, verdict);
    const auto def = ValueSets::vitalSign(loinc);
    QVERIFY(def.has_value());
    QCOMPARE(FormValidation::checkVital(text, *def, true, QLocale::c()).verdict, verdict);
}

void TestFormValidation::diastolicUsesOnlyPossibleRange()
{
    // The blood pressure definition carries the systolic norm; a diastolic of
    // 80 is normal and must not be flagged against it.
    const auto bp = ValueSets::vitalSign(QStringLiteral("85354-9"));
    QVERIFY(bp.has_value());
    QVERIFY(bp->hasSecondValue);
    QCOMPARE(FormValidation::checkVital(QStringLiteral("80"), *bp, false, QLocale::c()).verdict, V::Normal);
    QCOMPARE(FormValidation::checkVital(QStringLiteral("800"), *bp, false, QLocale::c()).verdict, V::Invalid);
}

void TestFormValidation::bloodPressureOrder()
{
    QVERIFY(FormValidation::checkBloodPressure(120, 80).isEmpty());
    QVERIFY(!FormValidation::checkBloodPressure(80, 120).isEmpty());
    QVERIFY(!FormValidation::checkBloodPressure(90, 90).isEmpty());
}

void TestFormValidation::localeDecimalSeparator()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const auto c = FormValidation::checkMeasurement(QStringLiteral("37,5"), 25, 45, 36.1, 37.5, 1, QStringLiteral("°C"),
                                                    german);
    QCOMPARE(c.verdict, V::Normal);
    QCOMPARE(*c.value, 37.5);
    // A '.' works everywhere.
    QCOMPARE(FormValidation::checkMeasurement(QStringLiteral("37.5"), 25, 45, 36.1, 37.5, 1, {}, german).verdict,
             V::Normal);
    // Messages write numbers the user's way.
    const auto high = FormValidation::checkMeasurement(QStringLiteral("39,2"), 25, 45, 36.1, 37.5, 1,
                                                       QStringLiteral("°C"), german);
    QCOMPARE(high.verdict, V::Abnormal);
    QVERIFY2(high.message.contains(QStringLiteral("36,1")), qPrintable(high.message));
    QCOMPARE(FormValidation::formatNumber(36.1, 1, german), QStringLiteral("36,1"));
}

void TestFormValidation::notInFuture()
{
    const QDateTime now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(FormValidation::checkNotInFuture(now, now).isEmpty());
    QVERIFY(FormValidation::checkNotInFuture(now.addSecs(-3600), now).isEmpty());
    QVERIFY(FormValidation::checkNotInFuture(now.addSecs(240), now).isEmpty()); // clock skew tolerated
    QVERIFY(!FormValidation::checkNotInFuture(now.addSecs(3600), now).isEmpty());
    QVERIFY(!FormValidation::checkNotInFuture(QDateTime(), now).isEmpty());
    QVERIFY(FormValidation::checkDateNotInFuture(now.date(), now.date()).isEmpty());
    QVERIFY(!FormValidation::checkDateNotInFuture(now.date().addDays(1), now.date()).isEmpty());
    QVERIFY(!FormValidation::checkDateNotInFuture(QDate(), now.date()).isEmpty());
}

void TestFormValidation::text()
{
    QVERIFY(!FormValidation::checkRequiredText(QString(), 10).isEmpty());
    QVERIFY(!FormValidation::checkRequiredText(QStringLiteral("  \n "), 10).isEmpty());
    QVERIFY(FormValidation::checkRequiredText(QStringLiteral("Ward round"), 10).isEmpty());
    QVERIFY(!FormValidation::checkRequiredText(QStringLiteral("Ward round!"), 10).isEmpty());
    QVERIFY(FormValidation::checkOptionalText(QString(), 10).isEmpty());
    QVERIFY(FormValidation::checkOptionalText(QStringLiteral("  0123456789  "), 10).isEmpty());
    QVERIFY(!FormValidation::checkOptionalText(QString(11, QLatin1Char('x')), 10).isEmpty());
}

QTEST_GUILESS_MAIN(TestFormValidation)
#include "tst_formvalidation.moc"
