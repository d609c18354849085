#include "VitalsBundle.h"

#include "crypto/Ed25519.h"
#include "ledger/RecordCipher.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace careledger {

SealedVitals VitalsBundle::seal(QList<DeviceReading> readings, const QString &patientId, const QByteArray &patientSignKey,
                                const QString &org, const QByteArray &orgDataKey)
{
    std::stable_sort(readings.begin(), readings.end(),
                     [](const DeviceReading &a, const DeviceReading &b) { return a.effectiveMs < b.effectiveMs; });
    SealedVitals out;
    VitalsBatch &batch = out.batch;
    QJsonArray entries;
    for (const DeviceReading &r : std::as_const(readings)) {
        entries.append(QJsonObject{{"resource", r.toObservation()}});
        if (!batch.devices.contains(r.deviceId))
            batch.devices.append(r.deviceId);
    }
    const QJsonObject bundle{{"resourceType", "Bundle"}, {"type", "collection"}, {"entry", entries}};
    batch.readingCount = quint64(readings.size());
    batch.firstMs = readings.isEmpty() ? 0 : readings.first().effectiveMs;
    batch.lastMs = readings.isEmpty() ? 0 : readings.last().effectiveMs;
    SealedRecord sealed = RecordCipher::seal(QJsonDocument(bundle).toJson(QJsonDocument::Compact), RecordCipher::newRecordId(),
                                             patientId, QStringLiteral("Bundle"),
                                             {{RecipientKind::Patient, patientId, Ed25519::toX25519PublicKey(patientSignKey)},
                                              {RecipientKind::Org, org, orgDataKey}});
    batch.record = std::move(sealed.version);
    out.ciphertext = std::move(sealed.ciphertext);
    return out;
}

Result<QList<DeviceReading>> VitalsBundle::readingsIn(const QJsonObject &bundle)
{
    if (bundle.value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle"))
        return makeError(QStringLiteral("malformed"), QStringLiteral("a vitals payload is a FHIR Bundle"));
    QList<DeviceReading> out;
    for (const QJsonValue &e : bundle.value(QLatin1String("entry")).toArray()) {
        auto r = DeviceReading::fromObservation(e.toObject().value(QLatin1String("resource")).toObject());
        if (!r)
            return r.error();
        out.append(*r);
    }
    return out;
}

} // namespace careledger
