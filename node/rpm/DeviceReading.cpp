#include "DeviceReading.h"

#include "core/Cbor.h"
#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"
#include "fhir/ValueSets.h"
#include "ledger/Domains.h"

#include <QDateTime>
#include <QJsonArray>

#include <cmath>

namespace careledger {

namespace {
const QString Loinc = QString::fromLatin1(ValueSets::loinc);
const QString Systolic = QStringLiteral("8480-6");
const QString Diastolic = QStringLiteral("8462-4");
const QString SpO2Arterial = QStringLiteral("2708-6");
const QString GlucoseMolar = QStringLiteral("15074-8");

Error malformed(const QString &message)
{
    return makeError(QStringLiteral("malformed"), message);
}

// The LOINC code of a CodeableConcept: the first coding of http://loinc.org.
QString loincOf(const QJsonObject &codeable)
{
    for (const QJsonValue &c : codeable.value(QLatin1String("coding")).toArray()) {
        const QJsonObject coding = c.toObject();
        if (coding.value(QLatin1String("system")).toString() == Loinc)
            return coding.value(QLatin1String("code")).toString();
    }
    return {};
}

QJsonObject loincCoding(const QString &code)
{
    QJsonObject c{{"system", Loinc}, {"code", code}};
    const QString display = ValueSets::standardDisplay(Loinc, code);
    if (!display.isEmpty())
        c.insert("display", display);
    return c;
}

QJsonObject quantity(const DeviceReading::Value &v)
{
    return QJsonObject{{"value", v.milli / 1000.0},
                       {"unit", v.unit},
                       {"system", QString::fromLatin1(ValueSets::ucum)},
                       {"code", v.unit}};
}

Result<DeviceReading::Value> valueOf(const QJsonValue &q, const QString &loinc, const MonitoredMeasure &m)
{
    const QJsonObject quantity = q.toObject();
    const QJsonValue number = quantity.value(QLatin1String("value"));
    if (!number.isDouble())
        return malformed(QStringLiteral("%1 has no numeric valueQuantity.value").arg(loinc));
    const QString unit = quantity.value(QLatin1String("code")).toString(quantity.value(QLatin1String("unit")).toString());
    if (unit != m.unit)
        return malformed(QStringLiteral("%1 must be in UCUM \"%2\", not \"%3\"").arg(loinc, m.unit, unit));
    const double v = number.toDouble();
    if (!std::isfinite(v) || v < m.min || v > m.max)
        return malformed(QStringLiteral("%1 value %2 is outside what a body can measure (%3–%4 %5): a device fault")
                             .arg(loinc)
                             .arg(v)
                             .arg(m.min)
                             .arg(m.max)
                             .arg(m.unit));
    return DeviceReading::Value{loinc, qint64(std::llround(v * 1000.0)), unit};
}
} // namespace

QList<MonitoredMeasure> DeviceReading::measures()
{
    QList<MonitoredMeasure> out;
    for (const char *code : {"8867-4", "59408-5", "85354-9", "2339-0", "29463-7"}) {
        const auto def = ValueSets::vitalSign(QString::fromLatin1(code));
        out.append(MonitoredMeasure{def->code.code, def->unit, def->min, def->max, def->decimals, def->hasSecondValue});
    }
    // Glucose meters outside the US report molar concentration (5–2000 mg/dL in mmol/L).
    out.append(MonitoredMeasure{GlucoseMolar, QStringLiteral("mmol/L"), 0.3, 111, 1, false});
    return out;
}

std::optional<MonitoredMeasure> DeviceReading::measure(const QString &loinc)
{
    for (const MonitoredMeasure &m : measures())
        if (m.loinc == loinc)
            return m;
    return std::nullopt;
}

Result<DeviceReading> DeviceReading::make(const QString &deviceId, const QString &patientId, const QString &loinc,
                                          double value, std::optional<double> secondValue, quint64 effectiveMs)
{
    const auto m = measure(loinc);
    if (!m)
        return malformed(QStringLiteral("LOINC %1 is not a measure devices report").arg(loinc));
    if (m->isPanel != secondValue.has_value())
        return malformed(QStringLiteral("blood pressure takes two values (systolic, diastolic); other measures one"));
    DeviceReading r{deviceId, patientId, loinc, effectiveMs, {}, {}};
    const auto add = [&](const QString &code, double v) -> Status {
        auto checked = valueOf(QJsonObject{{"value", v}, {"code", m->unit}}, code, *m);
        if (!checked)
            return checked.error();
        r.values.append(*checked);
        return {};
    };
    if (Status st = add(m->isPanel ? Systolic : loinc, value); !st)
        return st.error();
    if (secondValue)
        if (Status st = add(Diastolic, *secondValue); !st)
            return st.error();
    return r;
}

QByteArray DeviceReading::signingBytes() const
{
    CborWriter w;
    w.array(5).text(deviceId).text(patientId).text(loinc).uint(effectiveMs);
    w.array(values.size());
    for (const Value &v : values)
        w.array(4).text(v.loinc).boolean(v.milli < 0).uint(quint64(v.milli < 0 ? -v.milli : v.milli)).text(v.unit);
    return w.take();
}

void DeviceReading::sign(const SecureBuffer &deviceSecretKey)
{
    signature = Ed25519::sign(deviceSecretKey, Domains::DeviceReading, signingBytes());
}

bool DeviceReading::verify(const QByteArray &deviceKey) const
{
    return signature.size() == Ed25519::SignatureSize
        && Ed25519::verify(deviceKey, Domains::DeviceReading, signingBytes(), signature);
}

QJsonObject DeviceReading::toObservation() const
{
    QJsonObject code{{"coding", QJsonArray{loincCoding(loinc)}}};
    if (loinc == QLatin1String("59408-5")) // the R4 oxygen saturation profile wants 2708-6 beside it
        code.insert("coding", QJsonArray{loincCoding(loinc), loincCoding(SpO2Arterial)});
    const QJsonObject category{{"system", "http://terminology.hl7.org/CodeSystem/observation-category"},
                               {"code", "vital-signs"},
                               {"display", "Vital Signs"}};
    QJsonObject o;
    o.insert("resourceType", "Observation");
    o.insert("id", QString::fromLatin1(Sha256::hash(signingBytes()).left(16).toHex()));
    o.insert("status", "final");
    o.insert("category", QJsonArray{QJsonObject{{"coding", QJsonArray{category}}}});
    o.insert("code", code);
    o.insert("subject", QJsonObject{{"reference", QStringLiteral("Patient/") + patientId}});
    o.insert("effectiveDateTime", QDateTime::fromMSecsSinceEpoch(qint64(effectiveMs), Qt::UTC).toString(Qt::ISODateWithMs));
    o.insert("device", QJsonObject{{"identifier", QJsonObject{{"system", DeviceSystem}, {"value", deviceId}}}});
    if (values.size() == 1 && values[0].loinc == loinc) {
        o.insert("valueQuantity", quantity(values[0]));
    } else {
        QJsonArray components;
        for (const Value &v : values)
            components.append(QJsonObject{{"code", QJsonObject{{"coding", QJsonArray{loincCoding(v.loinc)}}}},
                                          {"valueQuantity", quantity(v)}});
        o.insert("component", components);
    }
    if (!signature.isEmpty())
        o.insert("extension", QJsonArray{QJsonObject{{"url", SignatureExtension},
                                                     {"valueBase64Binary", QString::fromLatin1(signature.toBase64())}}});
    return o;
}

Result<DeviceReading> DeviceReading::measuredIn(const QJsonObject &o)
{
    if (o.value(QLatin1String("resourceType")).toString() != QLatin1String("Observation"))
        return malformed(QStringLiteral("a reading is a FHIR Observation"));
    const QString status = o.value(QLatin1String("status")).toString();
    if (status != QLatin1String("final") && status != QLatin1String("amended") && status != QLatin1String("corrected"))
        return malformed(QStringLiteral("a reading's status is final (not \"%1\")").arg(status));
    DeviceReading r;
    r.loinc = loincOf(o.value(QLatin1String("code")).toObject());
    if (r.loinc == SpO2Arterial)
        r.loinc = QStringLiteral("59408-5");
    const auto m = measure(r.loinc);
    if (!m)
        return malformed(QStringLiteral("the Observation's LOINC code \"%1\" is not a monitored measure").arg(r.loinc));
    const QString subject = o.value(QLatin1String("subject")).toObject().value(QLatin1String("reference")).toString();
    if (!subject.startsWith(QLatin1String("Patient/")) || subject.size() <= 8)
        return malformed(QStringLiteral("the Observation's subject must reference Patient/<id>"));
    r.patientId = subject.mid(8);
    const QDateTime effective =
        QDateTime::fromString(o.value(QLatin1String("effectiveDateTime")).toString(), Qt::ISODateWithMs);
    if (!effective.isValid() || effective.timeSpec() == Qt::LocalTime)
        return malformed(QStringLiteral("effectiveDateTime must be a date and time with a time zone"));
    r.effectiveMs = quint64(qMax<qint64>(0, effective.toMSecsSinceEpoch()));
    if (m->isPanel) {
        std::optional<Value> systolic, diastolic;
        for (const QJsonValue &c : o.value(QLatin1String("component")).toArray()) {
            const QJsonObject component = c.toObject();
            const QString code = loincOf(component.value(QLatin1String("code")).toObject());
            if (code != Systolic && code != Diastolic)
                continue;
            auto v = valueOf(component.value(QLatin1String("valueQuantity")), code, *m);
            if (!v)
                return v.error();
            (code == Systolic ? systolic : diastolic) = *v;
        }
        if (!systolic || !diastolic)
            return malformed(QStringLiteral("a blood pressure panel has a systolic (8480-6) and a diastolic (8462-4) component"));
        if (diastolic->milli >= systolic->milli)
            return malformed(QStringLiteral("the diastolic pressure must be lower than the systolic"));
        r.values = {*systolic, *diastolic};
    } else {
        auto v = valueOf(o.value(QLatin1String("valueQuantity")), r.loinc, *m);
        if (!v)
            return v.error();
        r.values = {*v};
    }
    const QJsonObject device = o.value(QLatin1String("device")).toObject().value(QLatin1String("identifier")).toObject();
    if (device.value(QLatin1String("system")).toString() == QLatin1String(DeviceSystem))
        r.deviceId = device.value(QLatin1String("value")).toString();
    for (const QJsonValue &e : o.value(QLatin1String("extension")).toArray())
        if (e.toObject().value(QLatin1String("url")).toString() == QLatin1String(SignatureExtension))
            r.signature = QByteArray::fromBase64(e.toObject().value(QLatin1String("valueBase64Binary")).toString().toLatin1());
    return r;
}

Result<DeviceReading> DeviceReading::fromObservation(const QJsonObject &observation)
{
    auto r = measuredIn(observation);
    if (!r)
        return r;
    if (r->deviceId.isEmpty() || r->deviceId.size() > 64)
        return malformed(QStringLiteral("the Observation names its device: device.identifier {system \"%1\", value}")
                             .arg(QLatin1String(DeviceSystem)));
    if (r->signature.size() != Ed25519::SignatureSize)
        return malformed(QStringLiteral("the Observation carries the device's Ed25519 signature (extension %1)")
                             .arg(QLatin1String(SignatureExtension)));
    return r;
}

} // namespace careledger
