#include "FhirBuilder.h"
#include "ValueSets.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace careledger {
namespace {

constexpr const char *kObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";
constexpr const char *kConditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical";
constexpr const char *kConditionVerification = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
constexpr const char *kConditionCategory = "http://terminology.hl7.org/CodeSystem/condition-category";
constexpr const char *kAllergyClinical = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
constexpr const char *kAllergyVerification = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
constexpr const char *kDocumentCategory = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";

// A measurement stamped a little after `now` is a clock difference between
// devices, not a typing error.
constexpr qint64 kClockSkewSeconds = 120;

QString fhirTime(const QDateTime &t)
{
    const QDateTime utc = t.toUTC();
    return QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute(), utc.time().second()), Qt::UTC)
            .toString(Qt::ISODate);
}

QJsonObject coding(const QString &system, const QString &code, const QString &display)
{
    QJsonObject c{{"system", system}, {"code", code}};
    if (!display.isEmpty())
        c.insert("display", display);
    return c;
}

QJsonObject codeable(const QString &system, const QString &code, const QString &display)
{
    return QJsonObject{{"coding", QJsonArray{coding(system, code, display)}}};
}

// A coded concept as the forms chose it: the code system's display in the
// coding, the label the user saw as text.
QJsonObject chosen(const CodedConcept &c)
{
    return QJsonObject{{"coding", QJsonArray{coding(c.system, c.code, ValueSets::standardDisplay(c.system, c.code))}},
                       {"text", c.display}};
}

QJsonObject newResource(const char *type, const QDateTime &now)
{
    return QJsonObject{
        {"resourceType", type},
        {"id", QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {"meta", QJsonObject{{"lastUpdated", fhirTime(now)}}},
    };
}

QJsonObject patientReference(const QString &patientId)
{
    return QJsonObject{{"reference", QStringLiteral("Patient/") + patientId}};
}

std::optional<CodedConcept> findIn(const QList<CodedConcept> &set, const QString &code)
{
    for (const CodedConcept &c : set) {
        if (c.code == code)
            return c;
    }
    return std::nullopt;
}

// Checks shared by every form; an empty optional means fine.
std::optional<Error> checkCommon(const QString &patientId, const QDateTime &now)
{
    static const QRegularExpression fhirId(QStringLiteral("^[A-Za-z0-9\\-.]{1,64}$"));
    if (patientId.trimmed().isEmpty())
        return makeError(QStringLiteral("fhir.missing"), FhirBuilder::tr("No patient is selected."));
    if (!fhirId.match(patientId).hasMatch())
        return makeError(QStringLiteral("fhir.invalid"),
                         FhirBuilder::tr("The patient id \"%1\" is not a valid FHIR id.").arg(patientId));
    if (!now.isValid())
        return makeError(QStringLiteral("fhir.invalid"), FhirBuilder::tr("The current time is not known."));
    return std::nullopt;
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

std::optional<Error> checkRange(const QString &field, double value, const VitalSignDefinition &def)
{
    if (!std::isfinite(value) || value < def.min || value > def.max) {
        const QString unit = def.unitDisplay.isEmpty() ? QString() : u' ' + def.unitDisplay;
        const QString shown = std::isfinite(value) ? number(value, def.decimals) + unit : FhirBuilder::tr("not a number");
        return makeError(QStringLiteral("fhir.out_of_range"),
                         FhirBuilder::tr("%1 of %2 is outside the possible range of %3 to %4%5.")
                                 .arg(field, shown, number(def.min, def.decimals), number(def.max, def.decimals), unit));
    }
    return std::nullopt;
}

QJsonObject quantity(double value, const VitalSignDefinition &def)
{
    QJsonObject q{{"value", rounded(value, def.decimals)}, {"system", ValueSets::ucum}, {"code", def.unit}};
    if (!def.unitDisplay.isEmpty())
        q.insert("unit", def.unitDisplay);
    return q;
}

// SNOMED CT codes for the reactions people type most, so the record is coded
// when it can be; anything else stays free text.
std::optional<QJsonObject> reactionCoding(const QString &reaction)
{
    struct Known {
        const char *word;
        const char *code;
        const char *display;
    };
    static constexpr Known known[] = {
        {"hives", "247472004", "Wheal (finding)"},
        {"urticaria", "126485001", "Urticaria (disorder)"},
        {"rash", "271807003", "Eruption of skin (disorder)"},
        {"itching", "418290006", "Itching (finding)"},
        {"anaphylaxis", "39579001", "Anaphylaxis (disorder)"},
        {"sneezing", "76067001", "Sneezing (finding)"},
        {"cough", "49727002", "Cough (finding)"},
        {"nausea", "422587007", "Nausea (finding)"},
        {"vomiting", "422400008", "Vomiting (disorder)"},
        {"shortness of breath", "267036007", "Dyspnea (finding)"},
        {"wheezing", "56018004", "Wheezing (finding)"},
    };
    const QString word = reaction.trimmed().toLower();
    for (const Known &k : known) {
        if (word == QLatin1String(k.word))
            return coding(QString::fromLatin1(ValueSets::snomed), QString::fromLatin1(k.code),
                          QString::fromLatin1(k.display));
    }
    return std::nullopt;
}

QString capitalizedStatus(const QString &status)
{
    return status.left(1).toUpper() + status.mid(1);
}

} // namespace

Result<QJsonObject> FhirBuilder::vitalSign(const QString &patientId, const QString &loinc, double value,
                                           std::optional<double> secondValue, const QDateTime &effective,
                                           const QDateTime &now)
{
    if (auto error = checkCommon(patientId, now))
        return *error;
    const auto def = ValueSets::vitalSign(loinc);
    if (!def)
        return makeError(QStringLiteral("fhir.unknown_code"),
                         tr("LOINC %1 is not a vital sign this form records.").arg(loinc));
    if (!effective.isValid())
        return makeError(QStringLiteral("fhir.missing"), tr("The time of the measurement is missing."));
    if (effective.toUTC() > now.toUTC().addSecs(kClockSkewSeconds))
        return makeError(QStringLiteral("fhir.future"), tr("The time of the measurement is in the future."));

    QJsonObject o = newResource("Observation", now);
    o.insert("status", "final");
    o.insert("category", QJsonArray{QJsonObject{
                                 {"coding", QJsonArray{coding(kObservationCategory, "vital-signs", "Vital Signs")}},
                                 {"text", "Vital Signs"}}});
    QJsonObject code = chosen(def->code);
    if (loinc == QLatin1String("59408-5")) {
        // The R4 oxygen saturation profile wants 2708-6 beside the pulse-oximetry code.
        QJsonArray codings = code.value("coding").toArray();
        codings.append(coding(ValueSets::loinc, "2708-6", ValueSets::standardDisplay(ValueSets::loinc, "2708-6")));
        code.insert("coding", codings);
    }
    o.insert("code", code);
    o.insert("subject", patientReference(patientId));
    o.insert("effectiveDateTime", fhirTime(effective));

    if (def->hasSecondValue) {
        const auto systolicDef = ValueSets::find(ValueSets::loinc, QStringLiteral("8480-6"));
        const auto diastolicDef = ValueSets::find(ValueSets::loinc, QStringLiteral("8462-4"));
        if (auto error = checkRange(tr("The systolic pressure"), value, *def))
            return *error;
        if (!secondValue)
            return makeError(QStringLiteral("fhir.missing"), tr("The diastolic pressure is missing."));
        if (auto error = checkRange(tr("The diastolic pressure"), *secondValue, *def))
            return *error;
        if (rounded(*secondValue, def->decimals) >= rounded(value, def->decimals))
            return makeError(QStringLiteral("fhir.invalid"),
                             tr("The diastolic pressure must be lower than the systolic pressure."));
        auto component = [&](const CodedConcept &c, double v) {
            return QJsonObject{{"code", chosen(c)}, {"valueQuantity", quantity(v, *def)}};
        };
        o.insert("component", QJsonArray{component(*systolicDef, value), component(*diastolicDef, *secondValue)});
    } else {
        if (secondValue)
            return makeError(QStringLiteral("fhir.invalid"),
                             tr("%1 takes one value; only blood pressure takes two.").arg(def->code.display));
        if (auto error = checkRange(def->code.display, value, *def))
            return *error;
        o.insert("valueQuantity", quantity(value, *def));
    }
    return o;
}

Result<QJsonObject> FhirBuilder::condition(const QString &patientId, const QString &snomedCode,
                                           const QString &clinicalStatus, const QDate &onset, const QString &note,
                                           const QDateTime &now)
{
    if (auto error = checkCommon(patientId, now))
        return *error;
    if (snomedCode.trimmed().isEmpty())
        return makeError(QStringLiteral("fhir.missing"), tr("The condition is missing."));
    const auto chosenCondition = findIn(ValueSets::conditions(), snomedCode);
    if (!chosenCondition)
        return makeError(QStringLiteral("fhir.unknown_code"),
                         tr("SNOMED CT %1 is not a condition this form records.").arg(snomedCode));
    static const QStringList statuses{QStringLiteral("active"), QStringLiteral("recurrence"),
                                      QStringLiteral("relapse"), QStringLiteral("inactive"),
                                      QStringLiteral("remission"), QStringLiteral("resolved")};
    if (clinicalStatus.isEmpty())
        return makeError(QStringLiteral("fhir.missing"), tr("The clinical status of the condition is missing."));
    if (!statuses.contains(clinicalStatus))
        return makeError(QStringLiteral("fhir.invalid"),
                         tr("The clinical status \"%1\" is not one of active, inactive or resolved.").arg(clinicalStatus));
    if (onset.isValid() && onset > now.toUTC().date())
        return makeError(QStringLiteral("fhir.future"), tr("The onset date of the condition is in the future."));

    QJsonObject c = newResource("Condition", now);
    c.insert("clinicalStatus",
             codeable(kConditionClinical, clinicalStatus, capitalizedStatus(clinicalStatus)));
    c.insert("verificationStatus", codeable(kConditionVerification, "confirmed", "Confirmed"));
    c.insert("category", QJsonArray{codeable(kConditionCategory, "problem-list-item", "Problem List Item")});
    QJsonObject code = chosen(*chosenCondition);
    if (const auto icd = ValueSets::icd10For(snomedCode)) {
        QJsonArray codings = code.value("coding").toArray();
        codings.append(coding(icd->system, icd->code, icd->display));
        code.insert("coding", codings);
    }
    c.insert("code", code);
    c.insert("subject", patientReference(patientId));
    if (onset.isValid())
        c.insert("onsetDateTime", onset.toString(Qt::ISODate));
    c.insert("recordedDate", fhirTime(now));
    if (!note.trimmed().isEmpty())
        c.insert("note", QJsonArray{QJsonObject{{"text", note.trimmed()}}});
    return c;
}

Result<QJsonObject> FhirBuilder::medication(const QString &patientId, const QString &rxnormCode,
                                            const QString &dosage, const QDate &start, const QDateTime &now)
{
    if (auto error = checkCommon(patientId, now))
        return *error;
    if (rxnormCode.trimmed().isEmpty())
        return makeError(QStringLiteral("fhir.missing"), tr("The medication is missing."));
    const auto drug = findIn(ValueSets::medications(), rxnormCode);
    if (!drug)
        return makeError(QStringLiteral("fhir.unknown_code"),
                         tr("RxNorm %1 is not a medication this form prescribes.").arg(rxnormCode));
    if (dosage.trimmed().isEmpty())
        return makeError(QStringLiteral("fhir.missing"), tr("The dosage is missing."));
    if (start.isValid() && start > now.toUTC().date())
        return makeError(QStringLiteral("fhir.future"), tr("The start date of the medication is in the future."));

    QJsonObject m = newResource("MedicationRequest", now);
    m.insert("status", "active");
    m.insert("intent", "order");
    m.insert("medicationCodeableConcept", chosen(*drug));
    m.insert("subject", patientReference(patientId));
    m.insert("authoredOn", fhirTime(now));
    QJsonObject instruction{{"text", dosage.trimmed()}};
    if (start.isValid())
        instruction.insert("timing", QJsonObject{{"repeat", QJsonObject{{"boundsPeriod", QJsonObject{
                                                                                 {"start", start.toString(Qt::ISODate)}}}}}});
    m.insert("dosageInstruction", QJsonArray{instruction});
    return m;
}

Result<QJsonObject> FhirBuilder::allergy(const QString &patientId, const QString &substanceCode,
                                         const QString &criticality, const QString &reaction, const QDateTime &now)
{
    if (auto error = checkCommon(patientId, now))
        return *error;
    if (substanceCode.trimmed().isEmpty())
        return makeError(QStringLiteral("fhir.missing"), tr("The substance is missing."));
    const auto substance = findIn(ValueSets::allergens(), substanceCode);
    if (!substance)
        return makeError(QStringLiteral("fhir.unknown_code"),
                         tr("SNOMED CT %1 is not a substance this form records.").arg(substanceCode));
    if (criticality.isEmpty())
        return makeError(QStringLiteral("fhir.missing"), tr("The criticality of the allergy is missing."));
    if (criticality != QLatin1String("low") && criticality != QLatin1String("high")
        && criticality != QLatin1String("unable-to-assess"))
        return makeError(QStringLiteral("fhir.invalid"),
                         tr("The criticality \"%1\" is not one of low, high or unable to assess.").arg(criticality));

    QJsonObject a = newResource("AllergyIntolerance", now);
    a.insert("clinicalStatus", codeable(kAllergyClinical, "active", "Active"));
    a.insert("verificationStatus", codeable(kAllergyVerification, "confirmed", "Confirmed"));
    a.insert("type", "allergy");
    a.insert("category", QJsonArray{ValueSets::allergenCategory(substanceCode)});
    a.insert("criticality", criticality);
    a.insert("code", chosen(*substance));
    a.insert("patient", patientReference(patientId)); // AllergyIntolerance has no "subject" in R4
    a.insert("recordedDate", fhirTime(now));
    if (!reaction.trimmed().isEmpty()) {
        QJsonObject manifestation{{"text", reaction.trimmed()}};
        if (const auto c = reactionCoding(reaction))
            manifestation.insert("coding", QJsonArray{*c});
        a.insert("reaction", QJsonArray{QJsonObject{{"manifestation", QJsonArray{manifestation}}}});
    }
    return a;
}

Result<QJsonObject> FhirBuilder::note(const QString &patientId, const QString &title, const QString &text,
                                      const QString &authorName, const QDateTime &now)
{
    if (auto error = checkCommon(patientId, now))
        return *error;
    if (text.trimmed().isEmpty())
        return makeError(QStringLiteral("fhir.empty_note"), tr("The note is empty."));
    if (authorName.trimmed().isEmpty())
        return makeError(QStringLiteral("fhir.missing"), tr("The author of the note is missing."));
    const QString heading = title.trimmed().isEmpty() ? tr("Progress note") : title.trimmed();

    QJsonObject d = newResource("DocumentReference", now);
    d.insert("status", "current");
    d.insert("docStatus", "final");
    d.insert("type", QJsonObject{{"coding", QJsonArray{coding(ValueSets::loinc, "11506-3", "Progress note")}},
                                 {"text", tr("Progress note")}});
    d.insert("category", QJsonArray{codeable(kDocumentCategory, "clinical-note", "Clinical Note")});
    d.insert("subject", patientReference(patientId));
    d.insert("date", fhirTime(now));
    d.insert("author", QJsonArray{QJsonObject{{"display", authorName.trimmed()}}});
    d.insert("description", heading);
    d.insert("content", QJsonArray{QJsonObject{{"attachment", QJsonObject{
                                                                 {"contentType", "text/plain; charset=utf-8"},
                                                                 {"data", QString::fromLatin1(text.toUtf8().toBase64())},
                                                                 {"title", heading},
                                                                 {"creation", fhirTime(now)},
                                                         }}}});
    return d;
}

Result<QJsonObject> FhirBuilder::serviceRequest(const QString &patientId, const QString &reason, const QString &question,
                                                const QString &priority, const QString &requesterName,
                                                const QString &performerName, const QDateTime &now)
{
    if (auto error = checkCommon(patientId, now))
        return *error;
    if (reason.trimmed().isEmpty())
        return makeError(QStringLiteral("fhir.missing"), tr("The reason for the referral is missing."));
    static const QStringList priorities{QStringLiteral("routine"), QStringLiteral("urgent"), QStringLiteral("asap"),
                                        QStringLiteral("stat")};
    if (!priorities.contains(priority))
        return makeError(QStringLiteral("fhir.unknown_code"), tr("\"%1\" is not a referral urgency.").arg(priority));
    if (requesterName.trimmed().isEmpty() || performerName.trimmed().isEmpty())
        return makeError(QStringLiteral("fhir.missing"), tr("The referral must name who refers and to whom."));

    QJsonObject r = newResource("ServiceRequest", now);
    r.insert("status", "active");
    r.insert("intent", "order");
    r.insert("priority", priority);
    const QJsonObject referral = codeable(QString::fromLatin1(ValueSets::snomed), QStringLiteral("3457005"),
                                          QStringLiteral("Patient referral"));
    r.insert("category", QJsonArray{referral});
    QJsonObject code = referral;
    code.insert("text", tr("Referral"));
    r.insert("code", code);
    r.insert("subject", patientReference(patientId));
    r.insert("authoredOn", fhirTime(now));
    r.insert("requester", QJsonObject{{"display", requesterName.trimmed()}});
    r.insert("performer", QJsonArray{QJsonObject{{"display", performerName.trimmed()}}});
    r.insert("reasonCode", QJsonArray{QJsonObject{{"text", reason.trimmed()}}});
    if (!question.trimmed().isEmpty())
        r.insert("note", QJsonArray{QJsonObject{{"text", question.trimmed()}}});
    return r;
}

} // namespace careledger
