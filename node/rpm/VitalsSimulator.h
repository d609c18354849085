#pragma once

#include "DeviceReading.h"
#include "ledger/TxBody.h"

#include <QRandomGenerator>

namespace careledger {

// Plausible readings of one device worn by one patient, for the demo, the
// simulator and the benchmark: each measure wanders around a resting
// baseline; now and then (or on request) a reading is clearly out of the
// normal range, as a deteriorating patient's would be.
class VitalsSimulator {
public:
    VitalsSimulator(QString deviceId, QString patientId, DeviceKind kind, quint32 seed);

    // The LOINC codes a device of this kind reports.
    static QStringList measuresOf(DeviceKind kind);

    // One reading of each measure the device reports, taken at atMs,
    // unsigned. abnormal: every one of them outside the normal range.
    QList<DeviceReading> next(quint64 atMs, bool abnormal = false);

private:
    double wander(const QString &loinc, double baseline, double spread);

    QString m_deviceId;
    QString m_patientId;
    DeviceKind m_kind;
    QRandomGenerator m_random;
    QHash<QString, double> m_state;
};

} // namespace careledger
