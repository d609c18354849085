#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace careledger {

// Builds validated FHIR R4 resources from what nurses and doctors type into the
// record forms. Each resource gets a fresh id, a reference to
// "Patient/<patientId>" and meta.lastUpdated = now. Bad input gives an Error
// whose message is one translated sentence naming the field; its code is one of
// "fhir.missing", "fhir.out_of_range", "fhir.unknown_code", "fhir.future",
// "fhir.empty_note", "fhir.invalid".
class FhirBuilder {
    Q_DECLARE_TR_FUNCTIONS(FhirBuilder)
public:
    // An Observation (category vital-signs) for a LOINC code of
    // ValueSets::vitalSigns(). Blood pressure (85354-9) takes systolic as
    // `value`, diastolic as `secondValue`; no other sign takes a second value.
    // Values are rounded to the definition's decimals.
    static Result<QJsonObject> vitalSign(const QString &patientId, const QString &loinc, double value,
                                         std::optional<double> secondValue, const QDateTime &effective,
                                         const QDateTime &now);
    // A problem-list Condition for a SNOMED CT code of ValueSets::conditions()
    // (with its ICD-10-CM equivalent). clinicalStatus: active, recurrence,
    // relapse, inactive, remission or resolved. `onset` may be null (unknown).
    static Result<QJsonObject> condition(const QString &patientId, const QString &snomedCode,
                                         const QString &clinicalStatus, const QDate &onset, const QString &note,
                                         const QDateTime &now);
    // A MedicationRequest (status active, intent order) for an RxNorm code of
    // ValueSets::medications(); `dosage` is the free-text instruction ("500 mg
    // twice daily"); `start` may be null (from today).
    static Result<QJsonObject> medication(const QString &patientId, const QString &rxnormCode, const QString &dosage,
                                          const QDate &start, const QDateTime &now);
    // An AllergyIntolerance for a SNOMED CT substance of ValueSets::allergens();
    // criticality: low, high or unable-to-assess; `reaction` may be empty.
    static Result<QJsonObject> allergy(const QString &patientId, const QString &substanceCode,
                                       const QString &criticality, const QString &reaction, const QDateTime &now);
    // A DocumentReference (LOINC 11506-3 progress note) holding `text` as a
    // text/plain UTF-8 attachment; an empty title becomes "Progress note".
    static Result<QJsonObject> note(const QString &patientId, const QString &title, const QString &text,
                                    const QString &authorName, const QDateTime &now);
    // A referral's ServiceRequest (status active, intent order, SNOMED CT
    // 3457005 "Patient referral"): why (`reason`, required), what the
    // receiving clinician is asked (`question`, may be empty), how urgent
    // (FHIR request-priority: routine, urgent, asap, stat), who asks and to
    // whom (display names).
    static Result<QJsonObject> serviceRequest(const QString &patientId, const QString &reason, const QString &question,
                                              const QString &priority, const QString &requesterName,
                                              const QString &performerName, const QDateTime &now);
};

} // namespace careledger
