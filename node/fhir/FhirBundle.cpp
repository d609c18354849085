#include "FhirBundle.h"
#include "FhirRenderer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace careledger {
namespace {

using State = BundleEntry::State;

// Names imported ids (UUIDv5); fixed forever so re-imports give the same ids.
const QUuid kImportNamespace(QStringLiteral("{3f6d2a9c-7b1e-5c84-a0d3-9e2f41b7c655}"));
// Names exported fullUrls of resources whose id is not a UUID.
const QUuid kExportNamespace(QStringLiteral("{8a41c0e2-5d7f-5b93-b6e4-2c9d07f3a118}"));

const QSet<QString> &clinicalTypes()
{
    static const QSet<QString> types{
        QStringLiteral("Encounter"), QStringLiteral("Observation"), QStringLiteral("Condition"),
        QStringLiteral("MedicationRequest"), QStringLiteral("MedicationStatement"),
        QStringLiteral("AllergyIntolerance"), QStringLiteral("DocumentReference"),
        QStringLiteral("DiagnosticReport"), QStringLiteral("Procedure"), QStringLiteral("Immunization"),
        QStringLiteral("CarePlan"),
    };
    return types;
}

// Who did what and who paid: the workstation keeps clinicians and organisations
// in its own directory, and billing is not part of the medical record.
const QSet<QString> &administrativeTypes()
{
    static const QSet<QString> types{
        QStringLiteral("Claim"), QStringLiteral("ClaimResponse"), QStringLiteral("ExplanationOfBenefit"),
        QStringLiteral("Coverage"), QStringLiteral("CoverageEligibilityRequest"),
        QStringLiteral("CoverageEligibilityResponse"), QStringLiteral("Account"), QStringLiteral("Invoice"),
        QStringLiteral("ChargeItem"), QStringLiteral("PaymentNotice"), QStringLiteral("PaymentReconciliation"),
        QStringLiteral("EnrollmentRequest"), QStringLiteral("EnrollmentResponse"),
        QStringLiteral("Organization"), QStringLiteral("Practitioner"), QStringLiteral("PractitionerRole"),
        QStringLiteral("Location"), QStringLiteral("HealthcareService"), QStringLiteral("Endpoint"),
        QStringLiteral("Provenance"), QStringLiteral("AuditEvent"), QStringLiteral("Schedule"),
        QStringLiteral("Slot"),
    };
    return types;
}

QString patientField(const QString &type)
{
    return type == QLatin1String("AllergyIntolerance") || type == QLatin1String("Immunization")
            ? QStringLiteral("patient")
            : QStringLiteral("subject");
}

struct Work {
    BundleEntry entry;
    QString fullUrl;
    QString typeAndId; // "<Type>/<id>" as found
    QString newId;
    bool bundlePatient = false; // the (first) Patient entry: maps to the target patient
};

QString humanName(const QJsonObject &resource)
{
    const QJsonValue name = resource.value("name");
    if (name.isString())
        return name.toString(); // Organization, Location
    const QJsonObject first = name.toArray().at(0).toObject();
    if (!first.value("text").toString().isEmpty())
        return first.value("text").toString();
    QStringList parts;
    for (const char *key : {"prefix", "given"}) {
        for (const QJsonValue &p : first.value(QLatin1String(key)).toArray())
            parts.append(p.toString());
    }
    parts.append(first.value("family").toString());
    parts.removeAll(QString());
    return parts.join(u' ');
}

// "http://x/fhir/Observation/1/_history/2" → "Observation/1"
QString typeAndIdOf(const QString &reference)
{
    QStringList parts = reference.split(u'/', Qt::SkipEmptyParts);
    const qsizetype history = parts.indexOf(QStringLiteral("_history"));
    if (history >= 0)
        parts = parts.mid(0, history);
    if (parts.size() < 2)
        return {};
    return parts.at(parts.size() - 2) + u'/' + parts.last();
}

class Importer {
public:
    Importer(QList<Work> &work, const QString &patientId) : m_work(work), m_patientId(patientId)
    {
        m_self = QStringLiteral("Patient/") + patientId;
    }

    void index()
    {
        QSet<QString> seen;
        for (qsizetype i = 0; i < m_work.size(); ++i) {
            Work &w = m_work[i];
            if (w.entry.state == State::Invalid)
                continue;
            for (const QString &key : {w.fullUrl, w.typeAndId}) {
                if (key.isEmpty())
                    continue;
                if (seen.contains(key)) {
                    w.entry.state = State::Invalid;
                    w.entry.reason = FhirBundle::tr("Another entry of the bundle has the same identity (%1).").arg(key);
                    break;
                }
                seen.insert(key);
                m_byKey.insert(key, i);
            }
        }
        for (Work &w : m_work) {
            if (w.bundlePatient && w.entry.state != State::Invalid)
                m_bundlePatientId = w.entry.resource.value("id").toString();
        }
    }

    // The entry a reference points to, or -1.
    qsizetype resolve(const QString &reference) const
    {
        if (const auto it = m_byKey.constFind(reference); it != m_byKey.constEnd())
            return *it;
        if (reference.startsWith(QLatin1String("urn:")))
            return -1;
        if (const auto it = m_byKey.constFind(typeAndIdOf(reference)); it != m_byKey.constEnd())
            return *it;
        return -1;
    }

    // Empty if the resource's subject/patient is the target patient (or unset).
    QString checkPatient(const QJsonObject &resource, const QString &type) const
    {
        const QString field = patientField(type);
        const QJsonValue value = resource.value(field);
        if (value.isUndefined())
            return {};
        if (!value.isObject())
            return FhirBundle::tr("The %1's %2 is malformed.").arg(type, field);
        const QString reference = value.toObject().value("reference").toString();
        if (reference.isEmpty() || reference == m_self)
            return {};
        const qsizetype target = resolve(reference);
        if (target >= 0 && m_work.at(target).bundlePatient)
            return {};
        if (target < 0 && !reference.startsWith(QLatin1String("urn:"))) {
            const QString tail = typeAndIdOf(reference);
            if (!m_bundlePatientId.isEmpty() && tail == QStringLiteral("Patient/") + m_bundlePatientId)
                return {};
        }
        return FhirBundle::tr("The %1's %2 refers to a different patient (%3).").arg(type, field, reference);
    }

    QJsonValue rewrite(const QJsonValue &value) const
    {
        if (value.isArray()) {
            QJsonArray out;
            for (const QJsonValue &v : value.toArray())
                out.append(rewrite(v));
            return out;
        }
        if (!value.isObject())
            return value;
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = rewrite(it.value());
        const QJsonValue ref = o.value("reference");
        if (!ref.isString())
            return o;
        const QString reference = ref.toString();
        if (reference.startsWith(u'#') || reference == m_self)
            return o;
        const qsizetype target = resolve(reference);
        if (target >= 0) {
            const Work &t = m_work.at(target);
            if (t.bundlePatient) {
                o.insert("reference", m_self);
                o.remove("display"); // the source system's name for the patient, not ours
            } else if (t.entry.state == State::Import) {
                o.insert("reference", t.entry.resourceType + u'/' + t.newId);
            } else {
                dropToDisplay(o, nameOf(t));
            }
        } else if (reference.startsWith(QLatin1String("urn:"))) {
            dropToDisplay(o, FhirBundle::tr("A record that was not in the bundle"));
        }
        return o;
    }

private:
    static void dropToDisplay(QJsonObject &reference, const QString &fallback)
    {
        reference.remove("reference");
        if (reference.value("display").toString().isEmpty())
            reference.insert("display", fallback.isEmpty() ? FhirBundle::tr("A record that was not imported") : fallback);
    }

    static QString nameOf(const Work &w)
    {
        const QString name = humanName(w.entry.resource);
        return name.isEmpty() ? w.entry.summary : name;
    }

    QList<Work> &m_work;
    QString m_patientId;
    QString m_self;
    QString m_bundlePatientId;
    QHash<QString, qsizetype> m_byKey;
};

// Empty if every element FHIR R4 requires (and the workstation needs) is there.
QString checkRequired(const QJsonObject &r, const QString &type)
{
    enum Kind { Text, Object, List, AnyOf };
    struct Rule {
        const char *element;
        Kind kind;
    };
    auto missing = [&](const QString &element) {
        return FhirBundle::tr("The %1 has no %2, which it requires.").arg(type, element);
    };
    auto malformed = [&](const QString &element) { return FhirBundle::tr("The %1's %2 is malformed.").arg(type, element); };
    auto check = [&](std::initializer_list<Rule> rules) -> QString {
        for (const Rule &rule : rules) {
            const QString element = QString::fromLatin1(rule.element);
            if (rule.kind == AnyOf) {
                // "medication[x]": any of the choice's forms.
                const QString stem = element.left(element.indexOf(u'['));
                bool found = false;
                for (auto it = r.begin(); it != r.end(); ++it)
                    found = found || (it.key().startsWith(stem) && it.key().size() > stem.size() && it.key().at(stem.size()).isUpper());
                if (!found)
                    return missing(element);
                continue;
            }
            const QJsonValue v = r.value(element);
            if (v.isUndefined() || v.isNull())
                return missing(element);
            if (rule.kind == Text && (!v.isString() || v.toString().trimmed().isEmpty()))
                return v.isString() ? missing(element) : malformed(element);
            if (rule.kind == Object && !v.isObject())
                return malformed(element);
            if (rule.kind == List && (!v.isArray() || v.toArray().isEmpty()))
                return v.isArray() ? missing(element) : malformed(element);
        }
        return {};
    };

    if (type == QLatin1String("Observation"))
        return check({{"status", Text}, {"code", Object}});
    if (type == QLatin1String("Condition"))
        return check({{"code", Object}, {"subject", Object}});
    if (type == QLatin1String("MedicationRequest"))
        return check({{"status", Text}, {"intent", Text}, {"medication[x]", AnyOf}, {"subject", Object}});
    if (type == QLatin1String("MedicationStatement"))
        return check({{"status", Text}, {"medication[x]", AnyOf}, {"subject", Object}});
    if (type == QLatin1String("AllergyIntolerance"))
        return check({{"patient", Object}, {"code", Object}});
    if (type == QLatin1String("DocumentReference")) {
        if (QString reason = check({{"status", Text}, {"content", List}}); !reason.isEmpty())
            return reason;
        for (const QJsonValue &c : r.value("content").toArray()) {
            if (!c.toObject().value("attachment").isObject())
                return malformed(QStringLiteral("content"));
        }
        return {};
    }
    if (type == QLatin1String("Encounter")) {
        if (QString reason = check({{"status", Text}}); !reason.isEmpty())
            return reason;
        const QJsonValue cls = r.value("class");
        if (cls.isUndefined())
            return missing(QStringLiteral("class"));
        return cls.isObject() || (cls.isArray() && !cls.toArray().isEmpty()) ? QString() : malformed(QStringLiteral("class"));
    }
    if (type == QLatin1String("DiagnosticReport"))
        return check({{"status", Text}, {"code", Object}});
    if (type == QLatin1String("Procedure"))
        return check({{"status", Text}, {"subject", Object}});
    if (type == QLatin1String("Immunization"))
        return check({{"status", Text}, {"vaccineCode", Object}, {"patient", Object}, {"occurrence[x]", AnyOf}});
    if (type == QLatin1String("CarePlan"))
        return check({{"status", Text}, {"intent", Text}, {"subject", Object}});
    return {};
}

// Empty if every date the workstation reads parses.
QString checkDates(const QJsonObject &r, const QString &type)
{
    static const char *const instants[] = {
        "effectiveDateTime", "effectiveInstant", "issued", "onsetDateTime", "abatementDateTime", "recordedDate",
        "authoredOn", "date", "occurrenceDateTime", "performedDateTime", "recorded", "created", "dateAsserted",
        "meta.lastUpdated",
    };
    static const char *const periods[] = {
        "effectivePeriod", "period", "performedPeriod", "onsetPeriod", "abatementPeriod", "context.period",
    };
    auto bad = [&](const QString &element, const QJsonValue &v) -> QString {
        if (v.isUndefined())
            return {};
        if (v.isString() && FhirRenderer::parseDateTime(v.toString()).isValid())
            return {};
        const QString shown = v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        return FhirBundle::tr("The %1's %2 \"%3\" is not a valid date.").arg(type, element, shown.left(40));
    };
    auto at = [&](const QString &path) {
        QJsonValue v = r;
        for (const QString &key : path.split(u'.')) {
            if (!v.isObject())
                return QJsonValue(QJsonValue::Undefined);
            v = v.toObject().value(key);
        }
        return v;
    };
    for (const char *path : instants) {
        if (QString reason = bad(QString::fromLatin1(path), at(QString::fromLatin1(path))); !reason.isEmpty())
            return reason;
    }
    for (const char *path : periods) {
        const QJsonValue p = at(QString::fromLatin1(path));
        if (p.isUndefined())
            continue;
        if (!p.isObject())
            return FhirBundle::tr("The %1's %2 is malformed.").arg(type, QString::fromLatin1(path));
        for (const char *end : {"start", "end"}) {
            const QString element = QString::fromLatin1(path) + u'.' + QLatin1String(end);
            if (QString reason = bad(element, p.toObject().value(QLatin1String(end))); !reason.isEmpty())
                return reason;
        }
    }
    return {};
}

} // namespace

Result<QList<BundleEntry>> FhirBundle::parseForImport(const QByteArray &json, const QString &patientId)
{
    if (json.size() > maxBundleBytes)
        return makeError(QStringLiteral("fhir.too_large"), tr("The file is too large to be a bundle the workstation imports."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return makeError(QStringLiteral("fhir.not_json"),
                         tr("The file is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject() || doc.object().value("resourceType").toString() != QLatin1String("Bundle"))
        return makeError(QStringLiteral("fhir.not_bundle"), tr("The file is not a FHIR Bundle."));
    const QJsonValue entries = doc.object().value("entry");
    if (!entries.isUndefined() && !entries.isArray())
        return makeError(QStringLiteral("fhir.not_bundle"), tr("The bundle's entry list is not a list."));

    QList<Work> work;
    bool havePatient = false;
    const QJsonArray list = entries.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        Work w;
        BundleEntry &e = w.entry;
        e.index = int(i);
        const QJsonValue value = list.at(i);
        const QJsonObject entry = value.toObject();
        const QJsonValue resource = entry.value("resource");
        e.resource = resource.toObject();
        e.resourceType = e.resource.value("resourceType").toString();
        if (!value.isObject()) {
            e.state = State::Invalid;
            e.reason = tr("The entry is not a JSON object.");
        } else if (resource.isUndefined() || resource.isNull()) {
            const bool deletion = entry.value("request").toObject().value("method").toString() == QLatin1String("DELETE");
            e.state = deletion ? State::Skip : State::Invalid;
            e.reason = deletion ? tr("A request to delete a record elsewhere, which the workstation does not carry out.")
                                : tr("The entry has no resource.");
        } else if (!resource.isObject()) {
            e.state = State::Invalid;
            e.reason = tr("The entry's resource is not a JSON object.");
        } else if (e.resourceType.isEmpty()) {
            e.state = State::Invalid;
            e.reason = tr("The entry's resource has no resourceType.");
        } else if (QJsonDocument(e.resource).toJson(QJsonDocument::Compact).size() > maxResourceBytes) {
            e.state = State::Invalid;
            e.reason = tr("The %1 is larger than 1 MiB.").arg(e.resourceType);
        } else if (e.resourceType == QLatin1String("Patient")) {
            e.state = State::Skip;
            if (!havePatient) {
                w.bundlePatient = true;
                havePatient = true;
                e.reason = tr("The bundle's patient: the selected patient's demographics are kept.");
            } else {
                e.reason = tr("A second patient in the bundle: only records of the first are imported.");
            }
        } else if (administrativeTypes().contains(e.resourceType)) {
            e.state = State::Skip;
            e.reason = tr("%1 records are administrative or financial, not part of the clinical record.").arg(e.resourceType);
        } else if (!clinicalTypes().contains(e.resourceType)) {
            e.state = State::Skip;
            e.reason = tr("%1 is not a clinical record type the workstation stores.").arg(e.resourceType);
        }
        w.fullUrl = entry.value("fullUrl").toString();
        const QString id = e.resource.value("id").toString();
        if (!e.resourceType.isEmpty() && !id.isEmpty())
            w.typeAndId = e.resourceType + u'/' + id;
        const QString identity = !w.fullUrl.isEmpty() ? w.fullUrl
                : !w.typeAndId.isEmpty()              ? w.typeAndId
                                                      : QStringLiteral("#%1").arg(i);
        w.newId = QUuid::createUuidV5(kImportNamespace, patientId + u'\n' + identity).toString(QUuid::WithoutBraces);
        work.append(w);
    }

    Importer importer(work, patientId);
    importer.index();
    for (Work &w : work) {
        BundleEntry &e = w.entry;
        if (e.state != State::Import)
            continue;
        QString reason = checkRequired(e.resource, e.resourceType);
        if (reason.isEmpty())
            reason = checkDates(e.resource, e.resourceType);
        if (reason.isEmpty())
            reason = importer.checkPatient(e.resource, e.resourceType);
        if (!reason.isEmpty()) {
            e.state = State::Invalid;
            e.reason = reason;
        }
    }
    // Summaries first: a reference to a skipped entry falls back to its summary.
    for (Work &w : work)
        w.entry.summary = FhirRenderer::render(w.entry.resource).title;

    QList<BundleEntry> result;
    result.reserve(work.size());
    for (const Work &w : work) {
        BundleEntry e = w.entry;
        if (e.state == State::Import) {
            QJsonObject r = importer.rewrite(e.resource).toObject();
            r.insert("id", w.newId);
            r.insert(patientField(e.resourceType), QJsonObject{{"reference", QStringLiteral("Patient/") + patientId}});
            e.resource = r;
            e.summary = FhirRenderer::render(r).title;
        }
        result.append(e);
    }
    return result;
}

QByteArray FhirBundle::exportBundle(const QList<QJsonObject> &resources, const QDateTime &now)
{
    const QDateTime utc = now.toUTC();
    const QString stamp =
            QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute(), utc.time().second()), Qt::UTC)
                    .toString(Qt::ISODate);
    QJsonArray entries;
    for (const QJsonObject &r : resources) {
        const QString id = r.value("id").toString();
        QUuid uuid(id);
        if (uuid.isNull() || id.size() != 36) // not a UUID in its plain form
            uuid = id.isEmpty() ? QUuid::createUuid()
                                : QUuid::createUuidV5(kExportNamespace, r.value("resourceType").toString() + u'/' + id);
        entries.append(QJsonObject{
            {"fullUrl", QStringLiteral("urn:uuid:") + uuid.toString(QUuid::WithoutBraces)},
            {"resource", r},
        });
    }
    const QJsonObject bundle{
        {"resourceType", "Bundle"},
        {"meta", QJsonObject{{"lastUpdated", stamp}}},
        {"type", "collection"},
        {"timestamp", stamp},
        {"entry", entries},
    };
    return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
}

} // namespace careledger
