#pragma once

#include "DeviceReading.h"
#include "ledger/TxBody.h"

#include <QJsonObject>

namespace careledger {

struct SealedVitals {
    VitalsBatch batch;     // the transaction body
    QByteArray ciphertext; // the payload the full node keeps
};

// The payload of a VitalsBatch: a FHIR Bundle (type collection) of the
// devices' Observations, signatures included, in time order.
class VitalsBundle {
public:
    // Seals readings of one patient for the patient (their Ed25519 key from
    // the registration) and the org (its data key).
    static SealedVitals seal(QList<DeviceReading> readings, const QString &patientId, const QByteArray &patientSignKey,
                             const QString &org, const QByteArray &orgDataKey);
    // The readings in an opened Bundle; any entry that is not a device reading is an error.
    static Result<QList<DeviceReading>> readingsIn(const QJsonObject &bundle);
};

} // namespace careledger
