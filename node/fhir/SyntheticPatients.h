#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace careledger {

// One synthetic demo patient: demographics, the kiosk secret and the FHIR R4
// resources of their record. Everything is generated; no field describes a real
// person, address or phone line.
struct SyntheticPatient {
    QString patientId;   // "P-000042": derived from the index, also the Patient resource id
    QString givenName;
    QString familyName;
    QString gender;      // FHIR administrative gender: "male" or "female"
    QString birthDate;   // yyyy-MM-dd
    int age = 0;         // whole years at the `now` given to make()
    // What the patient types at the kiosk ("K7QH-2MXP-9TAV"). It appears in no
    // resource, and is unique per seed for every index. It is derived from the
    // seed, so whoever knows the seed knows every ID: fine for demo data only.
    QString privateId;
    QJsonObject patient;        // the FHIR Patient resource
    // Every other resource (typically 10-40, more for the multimorbid), each
    // with a unique id and a reference to Patient/<patientId> ("subject", or
    // "patient" for AllergyIntolerance as R4 requires). Problem list and
    // allergies first, then one block per encounter in chronological order:
    // Encounter, vital signs, labs (+ DiagnosticReport), diagnosis,
    // prescriptions, note.
    QList<QJsonObject> records;
};

// Deterministic generator of plausible FHIR R4 patient records for `careledgerd
// demo`: the same (seed, index, now) always yields byte-identical JSON on every
// platform, and each index can be generated on its own, in any order.
//
// Resource types produced: Patient, Encounter, Observation (vital-signs and
// laboratory), DiagnosticReport, Condition, MedicationRequest,
// AllergyIntolerance and DocumentReference. Codes are LOINC, SNOMED CT, ICD-10-CM,
// RxNorm and UCUM. All timestamps are UTC and never later than `now`.
class SyntheticPatients {
public:
    // The 26 symbols of private IDs: digits and capitals without the look-alikes
    // 0/O, 1/I/L, 5/S, 8/B and Z (for 2), so an ID read aloud or from a badly
    // printed slip is still typed correctly.
    static constexpr const char *privateIdAlphabet = "234679ACDEFGHJKMNPQRTUVWXY";

    explicit SyntheticPatients(quint64 seed);

    // `index` >= 0. The history spans 1 to 5 years before `now` (shorter for
    // infants); the patient's age is taken at `now`.
    SyntheticPatient make(int index, const QDateTime &now) const;

    // A FHIR R4 Bundle of type "collection": the Patient first, then the records,
    // each entry with a stable "urn:uuid:" fullUrl (UUIDv5 of seed and resource).
    QJsonObject bundle(const SyntheticPatient &p) const;

private:
    quint64 m_seed;
};

} // namespace careledger
