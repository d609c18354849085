#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace careledger {

// One entry of a bundle offered for import, with what will happen to it.
struct BundleEntry {
    int index = 0;        // position in the bundle's entry list
    QString resourceType; // empty if the entry has none
    QString summary;      // FhirRenderer title
    enum class State { Import, Skip, Invalid } state = State::Import;
    QString reason;       // why skipped or invalid: one translated sentence; empty for Import
    // For Import: the resource rewritten for the target patient. Its id is a
    // UUIDv5 of the patient id and the entry's fullUrl (the same bundle imported
    // twice for one patient gives the same ids; two patients never share one).
    // subject/patient is "Patient/<patientId>"; references to other imported
    // entries are "<Type>/<new id>"; references to entries not imported, and
    // urn:uuid references that resolve to nothing, become a display only.
    // For Skip and Invalid: the entry's resource as found (empty if none).
    QJsonObject resource;
};

class FhirBundle {
    Q_DECLARE_TR_FUNCTIONS(FhirBundle)
public:
    static constexpr qsizetype maxResourceBytes = 1024 * 1024; // compact JSON, per resource
    static constexpr qsizetype maxBundleBytes = 256 * 1024 * 1024;

    // Validates every entry for import into patientId's record; no entry is
    // dropped silently. Errors only if `json` is not a JSON FHIR Bundle at all.
    static Result<QList<BundleEntry>> parseForImport(const QByteArray &json, const QString &patientId);

    // A FHIR R4 Bundle of type "collection": meta.lastUpdated and timestamp
    // from `now`, one entry per resource with a urn:uuid fullUrl (the id itself
    // when it is a UUID, else a UUIDv5 of "<Type>/<id>").
    static QByteArray exportBundle(const QList<QJsonObject> &resources, const QDateTime &now);
};

} // namespace careledger
