#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace careledger {

// One FHIR resource the way a clinician reads it on the record timeline.
struct RenderedResource {
    // Stable key: "vitals", "lab", "condition", "medication", "allergy", "note",
    // "encounter", "report", "procedure", "immunization", "careplan", "patient", "other".
    QString kind;
    QString title;          // one line: "Blood pressure 128/82 mmHg"
    QString detail;         // several lines of plain text, never raw JSON
    QDateTime clinicalTime; // UTC; invalid if the resource has none
    QString status;         // plain words: "final", "active", "resolved", "completed"…
    bool abnormal = false;  // interpretation H/L/HH/LL/A/AA or a value outside its reference range
};

class FhirRenderer {
    Q_DECLARE_TR_FUNCTIONS(FhirRenderer)
public:
    // Never fails: an unknown or garbled resource renders as kind "other" with
    // a title from its resourceType and code text.
    static RenderedResource render(const QJsonObject &resource);

    // Translated plural label of a kind ("Vital signs", "Lab results", …).
    static QString kindLabel(const QString &kind);
    // The filterable kinds, in display order ("patient" is not one of them).
    static QStringList kinds();
    // The resource types that can render as `kind`, so the engine can filter
    // in SQL before decrypting; the kind itself is only known after render()
    // (an Observation is "vitals", "lab" or "other" by its category, a
    // DiagnosticReport "lab" or "report"). Empty for "other" and unknown kinds:
    // any type may render as "other", so no pre-filter is possible.
    static QStringList resourceTypesFor(const QString &kind);

    // A FHIR date, dateTime or instant ("2024", "2024-03", "2024-03-01",
    // "2024-03-01T09:10:00.123+02:00") as UTC; partial dates and dates without
    // a time are taken at their first instant, UTC. Invalid if malformed.
    // The resources sorted by clinical time, oldest first (stable; undated ones
    // first). Records entered in this order read newest-first on the ledger too.
    static QList<QJsonObject> inClinicalOrder(const QList<QJsonObject> &resources);
    static QDateTime parseDateTime(const QString &fhirDateTime);
};

} // namespace careledger
