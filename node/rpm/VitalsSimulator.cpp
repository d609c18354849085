#include "VitalsSimulator.h"

#include <cmath>

namespace careledger {

VitalsSimulator::VitalsSimulator(QString deviceId, QString patientId, DeviceKind kind, quint32 seed)
    : m_deviceId(std::move(deviceId)), m_patientId(std::move(patientId)), m_kind(kind), m_random(seed)
{
}

QStringList VitalsSimulator::measuresOf(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::PulseOximeter: return {QStringLiteral("59408-5"), QStringLiteral("8867-4")};
    case DeviceKind::BloodPressureMonitor: return {QStringLiteral("85354-9"), QStringLiteral("8867-4")};
    case DeviceKind::Glucometer: return {QStringLiteral("2339-0")};
    case DeviceKind::Scale: return {QStringLiteral("29463-7")};
    case DeviceKind::HeartRateMonitor: return {QStringLiteral("8867-4")};
    }
    return {};
}

// A mean-reverting random walk: successive readings are close, and they do not drift away.
double VitalsSimulator::wander(const QString &loinc, double baseline, double spread)
{
    double &v = m_state[loinc];
    if (v == 0)
        v = baseline;
    const double step = (m_random.generateDouble() * 2 - 1) * spread;
    v += step + (baseline - v) * 0.3;
    return v;
}

QList<DeviceReading> VitalsSimulator::next(quint64 atMs, bool abnormal)
{
    QList<DeviceReading> out;
    quint64 at = atMs;
    for (const QString &loinc : measuresOf(m_kind)) {
        double value = 0;
        std::optional<double> second;
        if (loinc == QLatin1String("59408-5")) {
            value = abnormal ? 86 + m_random.bounded(4) : qBound(92.0, std::round(wander(loinc, 97, 1.2)), 100.0);
        } else if (loinc == QLatin1String("8867-4")) {
            value = abnormal ? 128 + m_random.bounded(15) : std::round(wander(loinc, 74, 5));
        } else if (loinc == QLatin1String("85354-9")) {
            value = abnormal ? 168 + m_random.bounded(15) : std::round(wander(loinc, 124, 6));
            second = abnormal ? 102 + m_random.bounded(8) : std::round(wander(QStringLiteral("8462-4"), 79, 4));
        } else if (loinc == QLatin1String("2339-0")) {
            value = abnormal ? 250 + m_random.bounded(60) : std::round(wander(loinc, 108, 12));
        } else if (loinc == QLatin1String("29463-7")) {
            value = std::round(wander(loinc, 81.4, 0.3) * 10) / 10 + (abnormal ? 2.6 : 0);
        }
        auto r = DeviceReading::make(m_deviceId, m_patientId, loinc, value, second, at++); // distinct times per measure
        if (r)
            out.append(*r);
    }
    return out;
}

} // namespace careledger
