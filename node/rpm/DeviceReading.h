#pragma once

#include "core/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace careledger {

// What a monitoring device measures, by the LOINC code of the Observation.
struct MonitoredMeasure {
    QString loinc;        // the Observation's code: 8867-4, 59408-5, 85354-9, 2339-0, 15074-8, 29463-7
    QString unit;         // UCUM, as the Observation must carry it
    double min = 0;       // physiologically possible: outside, the reading is refused as a device fault
    double max = 0;
    int decimals = 0;
    bool isPanel = false; // blood pressure: systolic 8480-6 and diastolic 8462-4 as components
};

// One measurement a device signed. The signature covers a canonical CBOR
// encoding of the clinical content (device, patient, code, time, values), not
// the JSON around it: the node rebuilds the Observation it stores from these
// fields, so what is recorded is exactly what the device signed.
struct DeviceReading {
    struct Value {
        QString loinc; // the panel's component code, or the Observation's own code
        qint64 milli = 0; // value × 1000, so the signed bytes never depend on float formatting
        QString unit;
        bool operator==(const Value &) const = default;
    };
    static constexpr const char *DeviceSystem = "urn:careledger:device";
    static constexpr const char *SignatureExtension = "https://careledger.org/fhir/StructureDefinition/device-signature";

    QString deviceId;
    QString patientId;
    QString loinc;
    quint64 effectiveMs = 0;
    QList<Value> values;
    QByteArray signature; // Ed25519 over Domains::DeviceReading || signingBytes()

    // The measures devices may report.
    static QList<MonitoredMeasure> measures();
    static std::optional<MonitoredMeasure> measure(const QString &loinc);

    // A reading of `loinc` (systolic and diastolic for the blood pressure
    // panel); checked against the measure's possible range. Unsigned.
    static Result<DeviceReading> make(const QString &deviceId, const QString &patientId, const QString &loinc,
                                      double value, std::optional<double> secondValue, quint64 effectiveMs);

    QByteArray signingBytes() const;
    void sign(const SecureBuffer &deviceSecretKey);
    bool verify(const QByteArray &deviceKey) const;

    double value(qsizetype i = 0) const { return values.value(i).milli / 1000.0; }

    // A FHIR R4 Observation (category vital-signs) naming the device and
    // carrying the signature as an extension.
    QJsonObject toObservation() const;
    // The measurement in any vital-sign Observation of a monitored measure
    // (a device's, or one a nurse entered): shape, known code and unit,
    // possible range. Device and signature are filled when present. Error
    // code "malformed", with a sentence for the device's maker.
    static Result<DeviceReading> measuredIn(const QJsonObject &observation);
    // A device's Observation: as measuredIn(), and it must name its device and carry a signature.
    static Result<DeviceReading> fromObservation(const QJsonObject &observation);
};

} // namespace careledger
