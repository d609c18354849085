// VitalsChartModel as a specification: which series the Vitals view draws,
// which range it shades, which readings are outside it, and when an alert is
// raised, listed, and acknowledged.

#include "monitoring/VitalsChartModel.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger;

namespace {
const QString SpO2 = QStringLiteral("59408-5");
const QString HeartRate = QStringLiteral("8867-4");
const QString BloodPressure = QStringLiteral("85354-9");
const QString Weight = QStringLiteral("29463-7");
const QDateTime Now = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);

VitalReading reading(const QString &measure, double value, qint64 minutesAgo, double second = 0,
                     const QString &device = QStringLiteral("OX-1"))
{
    VitalReading r;
    r.measure = measure;
    r.time = Now.addSecs(-60 * minutesAgo);
    r.value = value;
    r.second = second;
    r.deviceId = device;
    r.source = device;
    return r;
}

PatientVitals vitals(const QString &patient, const QList<VitalReading> &readings)
{
    PatientVitals v;
    v.patientId = patient;
    v.readings = readings;
    return v;
}
} // namespace

class TestVitalsChartModel : public QObject {
    Q_OBJECT
private slots:
    void seriesPerMeasureInTimeOrder();
    void eachSourceIsItsOwnLine();
    void bloodPressureHasTwoSeriesAndTwoRanges();
    void defaultThresholds_data();
    void defaultThresholds();
    void outOfRangeReadingsAreAlerts();
    void oldReadingsRaiseNoAlert();
    void aNewOutOfRangeReadingRaisesANotice();
    void openingAnotherPatientRaisesNothing();
    void acknowledgedAlertsStayClosed();
    void thresholdsAreConfigurableAndKept();
};

void TestVitalsChartModel::seriesPerMeasureInTimeOrder()
{
    VitalsChartModel m;
    m.setVitals(vitals(QStringLiteral("P-1"), {reading(SpO2, 97, 120), reading(HeartRate, 72, 119), reading(SpO2, 95, 60),
                                               reading(Weight, 81.4, 30, 0, QStringLiteral("SC-1"))}),
                Now);
    QCOMPARE(m.shownMeasures(), (QStringList{SpO2, HeartRate, Weight})); // display order, only what has readings
    const QList<QPointF> spo2 = m.series(SpO2);
    QCOMPARE(spo2.size(), 2);
    QCOMPARE(spo2[0], QPointF(double(Now.addSecs(-7200).toMSecsSinceEpoch()), 97));
    QCOMPARE(spo2[1], QPointF(double(Now.addSecs(-3600).toMSecsSinceEpoch()), 95));
    QVERIFY(m.outOfRange(SpO2).isEmpty());
    QCOMPARE(m.readings(Weight).size(), 1);
    QCOMPARE(VitalsChartModel::valueText(m.readings(Weight).first()), QLocale().toString(81.4, 'f', 1) + QStringLiteral(" kg"));
}

// The oximeter and the blood pressure monitor both measure the heart rate, and a
// nurse recorded one by hand: three lines, not one zigzag through all of them.
void TestVitalsChartModel::eachSourceIsItsOwnLine()
{
    VitalsChartModel m;
    VitalReading recorded = reading(HeartRate, 80, 50, 0, QString());
    recorded.source = QStringLiteral("Jonas Berg, RN");
    m.setVitals(vitals(QStringLiteral("P-1"), {reading(HeartRate, 72, 60, 0, QStringLiteral("OX-1")), recorded,
                                               reading(HeartRate, 75, 40, 0, QStringLiteral("BP-1")),
                                               reading(HeartRate, 70, 30, 0, QStringLiteral("OX-1"))}),
                Now);
    QCOMPARE(m.sources(HeartRate), (QStringList{QStringLiteral("OX-1"), QString(), QStringLiteral("BP-1")}));
    QCOMPARE(m.seriesFrom(HeartRate, 0, QStringLiteral("OX-1")).size(), 2);
    QCOMPARE(m.seriesFrom(HeartRate, 0, QStringLiteral("BP-1")).size(), 1);
    QCOMPARE(m.seriesFrom(HeartRate, 0, m.sources(HeartRate).at(1)), (QList<QPointF>{QPointF(double(Now.addSecs(-50 * 60).toMSecsSinceEpoch()), 80)}));
    QCOMPARE(m.series(HeartRate).size(), 4); // all of them
}

void TestVitalsChartModel::bloodPressureHasTwoSeriesAndTwoRanges()
{
    VitalsChartModel m;
    m.setVitals(vitals(QStringLiteral("P-1"), {reading(BloodPressure, 124, 90, 79), reading(BloodPressure, 132, 30, 96)}), Now);
    QCOMPARE(m.series(BloodPressure, 0).last().y(), 132.0);
    QCOMPARE(m.series(BloodPressure, 1).last().y(), 96.0);
    // Systolic within 90–140, diastolic above 60–90: the diastolic is out of range, and so is the reading.
    QVERIFY(m.outOfRange(BloodPressure, 0).isEmpty());
    QCOMPARE(m.outOfRange(BloodPressure, 1).size(), 1);
    QVERIFY(m.isOutOfRange(m.readings(BloodPressure).last()));
    QVERIFY(!m.isOutOfRange(m.readings(BloodPressure).first()));
    QCOMPARE(VitalsChartModel::valueText(m.readings(BloodPressure).last()), QStringLiteral("132/96 mmHg"));
}

void TestVitalsChartModel::defaultThresholds_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("SpO2") << SpO2 << 92.0 << 100.0;
    QTest::newRow("heart rate") << HeartRate << 50.0 << 110.0;
    QTest::newRow("systolic") << BloodPressure << 90.0 << 140.0;
    QTest::newRow("glucose") << QStringLiteral("2339-0") << 70.0 << 180.0;
    QTest::newRow("weight: none") << Weight << 0.0 << 0.0;
}

void TestVitalsChartModel::defaultThresholds()
{
    QFETCH(QString, measure);
    QFETCH(double, low);
    QFETCH(double, high);
    VitalsChartModel m;
    QCOMPARE(m.threshold(measure).low, low);
    QCOMPARE(m.threshold(measure).high, high);
    QCOMPARE(m.threshold(measure).isSet(), high != 0);
}

void TestVitalsChartModel::outOfRangeReadingsAreAlerts()
{
    VitalsChartModel m;
    QSignalSpy alerts(&m, &VitalsChartModel::alertsChanged);
    m.setVitals(vitals(QStringLiteral("P-1"), {reading(SpO2, 97, 300), reading(SpO2, 86, 240), reading(HeartRate, 134, 239),
                                               reading(HeartRate, 48, 10), reading(Weight, 90, 5, 0, QStringLiteral("SC-1"))}),
                Now);
    QVERIFY(!alerts.isEmpty());
    const QList<VitalAlert> open = m.openAlerts();
    QCOMPARE(open.size(), 3); // weight has no range: no alert
    QCOMPARE(open[0].measure, HeartRate); // newest first
    QVERIFY2(open[0].text.contains(QStringLiteral("below 50")), qPrintable(open[0].text));
    QCOMPARE(open[1].measure, HeartRate);
    QVERIFY2(open[1].text.contains(QStringLiteral("above 110")), qPrintable(open[1].text));
    QCOMPARE(open[2].measure, SpO2);
    QVERIFY2(open[2].text.contains(QStringLiteral("86 %")) && open[2].text.contains(QStringLiteral("below 92")),
             qPrintable(open[2].text));
    QCOMPARE(open[2].source, QStringLiteral("OX-1"));
    QCOMPARE(m.outOfRange(SpO2), (QList<QPointF>{QPointF(double(Now.addSecs(-240 * 60).toMSecsSinceEpoch()), 86)}));
}

void TestVitalsChartModel::oldReadingsRaiseNoAlert()
{
    VitalsChartModel m;
    const qint64 window = VitalsChartModel::AlertWindowMs / 60000;
    m.setVitals(vitals(QStringLiteral("P-1"), {reading(SpO2, 85, window + 60), reading(SpO2, 97, 10)}), Now);
    QVERIFY(m.openAlerts().isEmpty());
    QCOMPARE(m.outOfRange(SpO2).size(), 1); // still marked on the chart
}

void TestVitalsChartModel::aNewOutOfRangeReadingRaisesANotice()
{
    VitalsChartModel m;
    QSignalSpy raised(&m, &VitalsChartModel::alertRaised);
    const QList<VitalReading> first{reading(SpO2, 86, 120), reading(SpO2, 96, 60)};
    m.setVitals(vitals(QStringLiteral("P-1"), first), Now);
    QCOMPARE(raised.size(), 0); // what was there when the patient was opened is listed, not announced
    QCOMPARE(m.openAlerts().size(), 1);
    // The device sends two more: one normal, one low.
    m.setVitals(vitals(QStringLiteral("P-1"), first + QList<VitalReading>{reading(SpO2, 95, 5), reading(SpO2, 88, 1)}), Now);
    QCOMPARE(raised.size(), 1);
    const auto alert = raised.first().first().value<VitalAlert>();
    QCOMPARE(alert.measure, SpO2);
    QCOMPARE(alert.time, Now.addSecs(-60));
    QCOMPARE(m.openAlerts().size(), 2);
    // The same data again raises nothing new.
    m.setVitals(m.vitals(), Now);
    QCOMPARE(raised.size(), 1);
}

void TestVitalsChartModel::openingAnotherPatientRaisesNothing()
{
    VitalsChartModel m;
    QSignalSpy raised(&m, &VitalsChartModel::alertRaised);
    m.setVitals(vitals(QStringLiteral("P-1"), {reading(SpO2, 96, 60)}), Now);
    m.setVitals(vitals(QStringLiteral("P-2"), {reading(SpO2, 84, 30)}), Now);
    QCOMPARE(raised.size(), 0);
    QCOMPARE(m.openAlerts().size(), 1);
    m.clear();
    QVERIFY(m.openAlerts().isEmpty());
    QVERIFY(m.shownMeasures().isEmpty());
}

void TestVitalsChartModel::acknowledgedAlertsStayClosed()
{
    VitalsChartModel m;
    m.setVitals(vitals(QStringLiteral("P-1"), {reading(SpO2, 86, 120), reading(HeartRate, 140, 100)}), Now);
    QCOMPARE(m.openAlerts().size(), 2);
    m.acknowledge(m.openAlerts().first().key);
    QCOMPARE(m.openAlerts().size(), 1);
    m.setVitals(m.vitals(), Now); // a refresh does not reopen it
    QCOMPARE(m.openAlerts().size(), 1);
    m.acknowledgeAll();
    QVERIFY(m.openAlerts().isEmpty());
    QCOMPARE(m.outOfRange(SpO2).size(), 1); // acknowledged, still red on the chart
}

void TestVitalsChartModel::thresholdsAreConfigurableAndKept()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    VitalsChartModel m;
    m.setVitals(vitals(QStringLiteral("P-1"), {reading(SpO2, 93, 30), reading(Weight, 95, 20, 0, QStringLiteral("SC-1"))}), Now);
    QVERIFY(m.openAlerts().isEmpty());
    QSignalSpy changed(&m, &VitalsChartModel::changed);
    // A ward for COPD patients tolerates lower saturation; heart-failure patients get a weight range.
    m.setThreshold(SpO2, VitalThreshold{94, 100, 0, 0});
    m.setThreshold(Weight, VitalThreshold{70, 90, 0, 0});
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m.openAlerts().size(), 2);
    {
        QSettings s(file, QSettings::IniFormat);
        m.saveThresholds(s);
    }
    VitalsChartModel other;
    QSettings s(file, QSettings::IniFormat);
    other.loadThresholds(s);
    QCOMPARE(other.threshold(SpO2), (VitalThreshold{94, 100, 0, 0}));
    QCOMPARE(other.threshold(Weight), (VitalThreshold{70, 90, 0, 0}));
    QCOMPARE(other.threshold(HeartRate), VitalsChartModel::defaultThreshold(HeartRate));
}

QTEST_GUILESS_MAIN(TestVitalsChartModel)
#include "tst_vitalschartmodel.moc"
