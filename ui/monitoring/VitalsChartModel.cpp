#include "VitalsChartModel.h"

#include "fhir/ValueSets.h"

#include <QLocale>
#include <QSettings>

namespace careledger {

namespace {
const QString SpO2 = QStringLiteral("59408-5");
const QString HeartRate = QStringLiteral("8867-4");
const QString BloodPressure = QStringLiteral("85354-9");
const QString Glucose = QStringLiteral("2339-0");
const QString Weight = QStringLiteral("29463-7");

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

int decimalsOf(const QString &measure)
{
    const auto def = ValueSets::vitalSign(measure);
    return def ? def->decimals : 0;
}
} // namespace

QStringList VitalsChartModel::measures()
{
    return {SpO2, HeartRate, BloodPressure, Glucose, Weight};
}

QString VitalsChartModel::measureName(const QString &measure)
{
    const auto def = ValueSets::vitalSign(measure);
    return def ? def->code.display : measure;
}

QString VitalsChartModel::unitText(const QString &measure)
{
    const auto def = ValueSets::vitalSign(measure);
    return def ? def->unitDisplay : QString();
}

// Alert limits for adults under remote monitoring, a little wider than the
// resting norm so that ordinary variation does not alarm: the clinician
// tightens or widens them per workstation.
VitalThreshold VitalsChartModel::defaultThreshold(const QString &measure)
{
    if (measure == SpO2)
        return {92, 100, 0, 0};
    if (measure == HeartRate)
        return {50, 110, 0, 0};
    if (measure == BloodPressure)
        return {90, 140, 60, 90};
    if (measure == Glucose)
        return {70, 180, 0, 0};
    return {}; // body weight: no range by default (a trend, set one per ward if needed)
}

VitalsChartModel::VitalsChartModel(QObject *parent) : QObject(parent)
{
    for (const QString &m : measures())
        m_thresholds.insert(m, defaultThreshold(m));
}

VitalThreshold VitalsChartModel::threshold(const QString &measure) const
{
    return m_thresholds.value(measure);
}

void VitalsChartModel::setThreshold(const QString &measure, const VitalThreshold &threshold)
{
    if (m_thresholds.value(measure) == threshold)
        return;
    m_thresholds.insert(measure, threshold);
    rebuildAlerts();
    emit changed();
}

void VitalsChartModel::loadThresholds(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("vitals"));
    for (const QString &m : measures()) {
        const VitalThreshold d = defaultThreshold(m);
        const QString prefix = m + QLatin1Char('/');
        m_thresholds.insert(m, VitalThreshold{settings.value(prefix + QStringLiteral("low"), d.low).toDouble(),
                                              settings.value(prefix + QStringLiteral("high"), d.high).toDouble(),
                                              settings.value(prefix + QStringLiteral("secondLow"), d.secondLow).toDouble(),
                                              settings.value(prefix + QStringLiteral("secondHigh"), d.secondHigh).toDouble()});
    }
    settings.endGroup();
    rebuildAlerts();
    emit changed();
}

void VitalsChartModel::saveThresholds(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("vitals"));
    for (const QString &m : measures()) {
        const VitalThreshold t = m_thresholds.value(m);
        const QString prefix = m + QLatin1Char('/');
        settings.setValue(prefix + QStringLiteral("low"), t.low);
        settings.setValue(prefix + QStringLiteral("high"), t.high);
        settings.setValue(prefix + QStringLiteral("secondLow"), t.secondLow);
        settings.setValue(prefix + QStringLiteral("secondHigh"), t.secondHigh);
    }
    settings.endGroup();
}

QString VitalsChartModel::keyOf(const VitalReading &r) const
{
    return r.measure + QLatin1Char('|') + QString::number(r.time.toMSecsSinceEpoch()) + QLatin1Char('|') + r.source;
}

void VitalsChartModel::setVitals(const PatientVitals &vitals, const QDateTime &now)
{
    const bool samePatient = vitals.patientId == m_vitals.patientId;
    if (!samePatient) {
        m_seen.clear();
        m_acknowledged.clear();
    }
    m_vitals = vitals;
    m_now = now;
    QList<VitalReading> fresh;
    for (const VitalReading &r : std::as_const(m_vitals.readings)) {
        const QString key = keyOf(r);
        if (!m_seen.contains(key)) {
            m_seen.insert(key);
            if (samePatient)
                fresh.append(r);
        }
    }
    rebuildAlerts();
    emit changed();
    for (const VitalReading &r : std::as_const(fresh))
        if (isOutOfRange(r) && now.toMSecsSinceEpoch() - r.time.toMSecsSinceEpoch() <= AlertWindowMs)
            emit alertRaised(VitalAlert{keyOf(r), r.measure, r.time, alertText(r), r.source});
}

void VitalsChartModel::clear()
{
    m_vitals = PatientVitals();
    m_seen.clear();
    m_acknowledged.clear();
    rebuildAlerts();
    emit changed();
}

void VitalsChartModel::setTimeWindow(qint64 windowMs)
{
    if (windowMs == m_windowMs)
        return;
    m_windowMs = windowMs;
    emit changed();
}

QStringList VitalsChartModel::shownMeasures() const
{
    QStringList out;
    for (const QString &m : measures())
        if (!readings(m).isEmpty())
            out.append(m);
    return out;
}

QList<VitalReading> VitalsChartModel::readings(const QString &measure) const
{
    const qint64 from = m_windowMs > 0 && m_now.isValid() ? m_now.toMSecsSinceEpoch() - m_windowMs : 0;
    QList<VitalReading> out;
    for (const VitalReading &r : m_vitals.readings)
        if (r.measure == measure && r.time.toMSecsSinceEpoch() >= from)
            out.append(r);
    return out;
}

QStringList VitalsChartModel::sources(const QString &measure) const
{
    QStringList out;
    for (const VitalReading &r : readings(measure))
        if (!out.contains(r.deviceId))
            out.append(r.deviceId);
    return out;
}

QList<QPointF> VitalsChartModel::series(const QString &measure, int component) const
{
    QList<QPointF> out;
    for (const VitalReading &r : readings(measure))
        out.append(QPointF(double(r.time.toMSecsSinceEpoch()), component == 0 ? r.value : r.second));
    return out;
}

QList<QPointF> VitalsChartModel::seriesFrom(const QString &measure, int component, const QString &source) const
{
    QList<QPointF> out;
    for (const VitalReading &r : readings(measure))
        if (r.deviceId == source) // QString: null and empty compare equal, both "recorded"
            out.append(QPointF(double(r.time.toMSecsSinceEpoch()), component == 0 ? r.value : r.second));
    return out;
}

QList<QPointF> VitalsChartModel::outOfRange(const QString &measure, int component) const
{
    const VitalThreshold t = threshold(measure);
    QList<QPointF> out;
    for (const VitalReading &r : readings(measure)) {
        const double v = component == 0 ? r.value : r.second;
        const double low = component == 0 ? t.low : t.secondLow;
        const double high = component == 0 ? t.high : t.secondHigh;
        if ((low != 0 || high != 0) && (v < low || v > high))
            out.append(QPointF(double(r.time.toMSecsSinceEpoch()), v));
    }
    return out;
}

bool VitalsChartModel::isOutOfRange(const VitalReading &r) const
{
    const VitalThreshold t = threshold(r.measure);
    if (!t.isSet())
        return false;
    const bool first = r.value < t.low || r.value > t.high;
    const bool second = r.measure == BloodPressure && (t.secondLow != 0 || t.secondHigh != 0)
                     && (r.second < t.secondLow || r.second > t.secondHigh);
    return first || second;
}

QString VitalsChartModel::valueText(const VitalReading &r)
{
    const int decimals = decimalsOf(r.measure);
    const QString unit = unitText(r.measure);
    const QString value = r.measure == BloodPressure ? number(r.value, 0) + QLatin1Char('/') + number(r.second, 0)
                                                     : number(r.value, decimals);
    return unit.isEmpty() ? value : value + QLatin1Char(' ') + unit;
}

QString VitalsChartModel::alertText(const VitalReading &r) const
{
    const VitalThreshold t = threshold(r.measure);
    const int decimals = decimalsOf(r.measure);
    const QString unit = unitText(r.measure);
    QString limit;
    if (r.measure == BloodPressure) {
        limit = tr("outside %1–%2 / %3–%4 %5")
                    .arg(number(t.low, 0), number(t.high, 0), number(t.secondLow, 0), number(t.secondHigh, 0), unit);
    } else if (r.value < t.low) {
        limit = tr("below %1 %2").arg(number(t.low, decimals), unit);
    } else {
        limit = tr("above %1 %2").arg(number(t.high, decimals), unit);
    }
    return tr("%1 %2 (%3)").arg(measureName(r.measure), valueText(r), limit.trimmed());
}

void VitalsChartModel::rebuildAlerts()
{
    QList<VitalAlert> alerts;
    const qint64 now = m_now.isValid() ? m_now.toMSecsSinceEpoch() : 0;
    for (const VitalReading &r : std::as_const(m_vitals.readings)) {
        const QString key = keyOf(r);
        if (m_acknowledged.contains(key) || !isOutOfRange(r) || now - r.time.toMSecsSinceEpoch() > AlertWindowMs)
            continue;
        alerts.prepend(VitalAlert{key, r.measure, r.time, alertText(r), r.source}); // newest first
    }
    const bool changedAlerts = alerts.size() != m_alerts.size()
        || !std::equal(alerts.cbegin(), alerts.cend(), m_alerts.cbegin(),
                       [](const VitalAlert &a, const VitalAlert &b) { return a.key == b.key && a.text == b.text; });
    m_alerts = alerts;
    if (changedAlerts)
        emit alertsChanged();
}

QList<VitalAlert> VitalsChartModel::openAlerts() const
{
    return m_alerts;
}

void VitalsChartModel::acknowledge(const QString &key)
{
    m_acknowledged.insert(key);
    rebuildAlerts();
}

void VitalsChartModel::acknowledgeAll()
{
    for (const VitalAlert &a : std::as_const(m_alerts))
        m_acknowledged.insert(a.key);
    rebuildAlerts();
}

} // namespace careledger
