#include "fhir/FhirBundle.h"
#include "fhir/FhirRenderer.h"
#include "fhir/SyntheticPatients.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace careledger;
using State = BundleEntry::State;

namespace {

const QDateTime kNow(QDate(2025, 3, 14), QTime(10, 30), Qt::UTC);
const QString kTarget = QStringLiteral("P-000777");

QByteArray bundleOf(const QJsonArray &entries)
{
    return QJsonDocument(QJsonObject{{"resourceType", "Bundle"}, {"type", "transaction"}, {"entry", entries}})
            .toJson(QJsonDocument::Compact);
}

QJsonObject entry(const QString &fullUrl, const QJsonObject &resource)
{
    return QJsonObject{{"fullUrl", fullUrl}, {"resource", resource}};
}

const QJsonObject kPatientEntry = entry("urn:uuid:patient-1", QJsonObject{{"resourceType", "Patient"}, {"id", "patient-1"}});

QJsonObject observation()
{
    return QJsonObject{{"resourceType", "Observation"},
                       {"id", "obs-1"},
                       {"status", "final"},
                       {"code", QJsonObject{{"text", "Heart rate"}}},
                       {"subject", QJsonObject{{"reference", "urn:uuid:patient-1"}}},
                       {"effectiveDateTime", "2024-03-01T09:10:00Z"},
                       {"valueQuantity", QJsonObject{{"value", 72}, {"unit", "/min"}}}};
}

QJsonObject without(QJsonObject o, const char *key)
{
    o.remove(QLatin1String(key));
    return o;
}

QJsonObject with(QJsonObject o, const char *key, const QJsonValue &value)
{
    o.insert(QLatin1String(key), value);
    return o;
}

QJsonObject minimal(const char *type, std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject o{{"resourceType", type}, {"id", QString::fromLatin1(type).toLower() + "-1"}};
    for (const auto &[key, value] : fields)
        o.insert(key, value);
    return o;
}

const QJsonObject kSubject{{"reference", "urn:uuid:patient-1"}};
const QJsonObject kCode{{"text", "something"}};

// Every "reference" in a JSON value.
void collectReferences(const QJsonValue &v, QStringList &out)
{
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            collectReferences(x, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == "reference" && it.value().isString())
                out.append(it.value().toString());
            else
                collectReferences(it.value(), out);
        }
    }
}

QString fixtureDir()
{
    const QString shared = qEnvironmentVariable("CARELEDGER_SHARED");
    return shared.isEmpty() ? QString() : shared + "/fixtures/fhir-r4-synthea";
}

} // namespace

class TestFhirBundle : public QObject {
    Q_OBJECT

private slots:
    void notABundle_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << "fhir.not_json";
        QTest::newRow("not JSON") << QByteArray("MSH|^~\\&|HL7v2") << "fhir.not_json";
        QTest::newRow("array") << QByteArray("[]") << "fhir.not_bundle";
        QTest::newRow("another resource") << QByteArray(R"({"resourceType":"Patient"})") << "fhir.not_bundle";
        QTest::newRow("entry not a list") << QByteArray(R"({"resourceType":"Bundle","entry":{}})") << "fhir.not_bundle";
    }
    void notABundle()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        const auto parsed = FhirBundle::parseForImport(json, kTarget);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, code);
    }

    void emptyBundleIsEmpty()
    {
        const auto parsed = FhirBundle::parseForImport(R"({"resourceType":"Bundle","type":"collection"})", kTarget);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->isEmpty());
    }

    // One entry after the bundle's Patient: what happens to it, and why.
    void entries_data()
    {
        QTest::addColumn<QJsonValue>("entry");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("reason"); // a word the reason must contain

        const auto add = [](const char *name, const QJsonValue &e, State s, const char *reason) {
            QTest::newRow(name) << e << int(s) << QString::fromUtf8(reason);
        };
        add("valid observation", entry("urn:uuid:o", observation()), State::Import, "");
        add("observation without subject", entry("urn:uuid:o", without(observation(), "subject")), State::Import, "");
        add("subject is the target patient",
            entry("urn:uuid:o", with(observation(), "subject", QJsonObject{{"reference", "Patient/P-000777"}})),
            State::Import, "");
        add("subject by relative id of the bundle's patient",
            entry("urn:uuid:o", with(observation(), "subject", QJsonObject{{"reference", "Patient/patient-1"}})),
            State::Import, "");
        add("entry not an object", QJsonValue(42), State::Invalid, "object");
        add("entry without resource", QJsonObject{{"fullUrl", "urn:uuid:x"}}, State::Invalid, "no resource");
        add("delete request", QJsonObject{{"request", QJsonObject{{"method", "DELETE"}, {"url", "Observation/1"}}}},
            State::Skip, "delete");
        add("resource not an object", QJsonObject{{"resource", QJsonArray{1}}}, State::Invalid, "object");
        add("no resourceType", entry("urn:uuid:o", without(observation(), "resourceType")), State::Invalid,
            "resourceType");
        add("observation without status", entry("urn:uuid:o", without(observation(), "status")), State::Invalid,
            "status");
        add("observation without code", entry("urn:uuid:o", without(observation(), "code")), State::Invalid, "code");
        add("observation with a string code", entry("urn:uuid:o", with(observation(), "code", "8867-4")),
            State::Invalid, "code");
        add("unparsable date", entry("urn:uuid:o", with(observation(), "effectiveDateTime", "last Tuesday")),
            State::Invalid, "effectiveDateTime");
        add("impossible date", entry("urn:uuid:o", with(observation(), "issued", "2024-02-30T10:00:00Z")),
            State::Invalid, "issued");
        add("subject is another patient",
            entry("urn:uuid:o", with(observation(), "subject", QJsonObject{{"reference", "Patient/someone-else"}})),
            State::Invalid, "different patient");
        add("subject is an unknown urn",
            entry("urn:uuid:o", with(observation(), "subject", QJsonObject{{"reference", "urn:uuid:nobody"}})),
            State::Invalid, "different patient");
        add("larger than 1 MiB",
            entry("urn:uuid:o", with(observation(), "valueString", QString(1100 * 1024, u'x'))), State::Invalid,
            "1 MiB");
        add("condition without subject", entry("urn:uuid:c", minimal("Condition", {{"code", kCode}})), State::Invalid,
            "subject");
        add("condition", entry("urn:uuid:c", minimal("Condition", {{"code", kCode}, {"subject", kSubject}})),
            State::Import, "");
        add("medication request without intent",
            entry("urn:uuid:m", minimal("MedicationRequest", {{"status", "active"}, {"medicationCodeableConcept", kCode},
                                                              {"subject", kSubject}})),
            State::Invalid, "intent");
        add("medication request without medication",
            entry("urn:uuid:m", minimal("MedicationRequest", {{"status", "active"}, {"intent", "order"},
                                                              {"subject", kSubject}})),
            State::Invalid, "medication[x]");
        add("medication request by reference",
            entry("urn:uuid:m", minimal("MedicationRequest", {{"status", "active"}, {"intent", "order"},
                                                              {"medicationReference", QJsonObject{{"display", "x"}}},
                                                              {"subject", kSubject}})),
            State::Import, "");
        add("allergy without patient", entry("urn:uuid:a", minimal("AllergyIntolerance", {{"code", kCode}})),
            State::Invalid, "patient");
        add("allergy", entry("urn:uuid:a", minimal("AllergyIntolerance", {{"code", kCode}, {"patient", kSubject}})),
            State::Import, "");
        add("document without content", entry("urn:uuid:d", minimal("DocumentReference", {{"status", "current"}})),
            State::Invalid, "content");
        add("encounter without class", entry("urn:uuid:e", minimal("Encounter", {{"status", "finished"}})),
            State::Invalid, "class");
        add("immunization without occurrence",
            entry("urn:uuid:i", minimal("Immunization", {{"status", "completed"}, {"vaccineCode", kCode},
                                                         {"patient", kSubject}})),
            State::Invalid, "occurrence[x]");
        add("claim", entry("urn:uuid:c", minimal("Claim", {{"patient", kSubject}})), State::Skip, "financial");
        add("practitioner", entry("urn:uuid:p", minimal("Practitioner", {})), State::Skip, "administrative");
        add("unknown type", entry("urn:uuid:b", minimal("Basic", {})), State::Skip, "not a clinical record type");
        add("second patient", entry("urn:uuid:p2", with(minimal("Patient", {}), "id", "patient-2")), State::Skip,
            "second patient");
    }
    void entries()
    {
        QFETCH(QJsonValue, entry);
        QFETCH(int, state);
        QFETCH(QString, reason);
        const auto parsed = FhirBundle::parseForImport(bundleOf(QJsonArray{kPatientEntry, entry}), kTarget);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 2);
        const BundleEntry &patient = parsed->at(0);
        QCOMPARE(patient.state, State::Skip);
        QCOMPARE(patient.reason, QStringLiteral("The bundle's patient: the selected patient's demographics are kept."));
        const BundleEntry &e = parsed->at(1);
        QCOMPARE(e.index, 1);
        QVERIFY2(int(e.state) == state, qPrintable(e.reason));
        if (e.state == State::Import) {
            QVERIFY(e.reason.isEmpty());
            const QString field = e.resourceType == "AllergyIntolerance" ? "patient" : "subject";
            QCOMPARE(e.resource.value(field)["reference"].toString(), QStringLiteral("Patient/") + kTarget);
            QVERIFY(!e.summary.isEmpty());
        } else {
            QVERIFY2(e.reason.contains(reason, Qt::CaseInsensitive), qPrintable(e.reason));
            QVERIFY(e.reason.endsWith(u'.'));
        }
    }

    // urn:uuid references become the new ids of imported entries, or a display
    // for entries that are not imported.
    void referencesAreRewritten()
    {
        const QJsonObject practitioner{{"resourceType", "Practitioner"}, {"id", "pr"},
                                       {"name", QJsonArray{QJsonObject{{"family", "Franecki"},
                                                                       {"given", QJsonArray{"Erlinda"}},
                                                                       {"prefix", QJsonArray{"Dr."}}}}}};
        const QJsonObject encounter{{"resourceType", "Encounter"}, {"id", "enc"}, {"status", "finished"},
                                    {"class", QJsonObject{{"code", "AMB"}}},
                                    {"subject", QJsonObject{{"reference", "urn:uuid:patient-1"}, {"display", "Ms. Source"}}},
                                    {"participant", QJsonArray{QJsonObject{{"individual", QJsonObject{{"reference", "urn:uuid:pr"}}}}}}};
        QJsonObject obs = observation();
        obs.insert("encounter", QJsonObject{{"reference", "urn:uuid:enc"}});
        obs.insert("performer", QJsonArray{QJsonObject{{"reference", "urn:uuid:gone"}}});
        obs.insert("hasMember", QJsonArray{QJsonObject{{"reference", "#contained"}}});
        const QByteArray json = bundleOf(QJsonArray{kPatientEntry, entry("urn:uuid:pr", practitioner),
                                                    entry("urn:uuid:enc", encounter), entry("urn:uuid:obs", obs)});
        const auto parsed = FhirBundle::parseForImport(json, kTarget);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->at(1).state, State::Skip);
        const BundleEntry &e = parsed->at(2);
        const BundleEntry &o = parsed->at(3);
        QCOMPARE(e.state, State::Import);
        QCOMPARE(o.state, State::Import);
        const QString encounterId = e.resource.value("id").toString();
        QVERIFY(!QUuid(encounterId).isNull());
        QVERIFY(encounterId != "enc");
        QCOMPARE(o.resource.value("encounter")["reference"].toString(), "Encounter/" + encounterId);
        QCOMPARE(e.resource.value("subject").toObject(), (QJsonObject{{"reference", "Patient/" + kTarget}}));
        QCOMPARE(e.resource.value("participant")[0]["individual"].toObject(),
                 (QJsonObject{{"display", "Dr. Erlinda Franecki"}}));
        QVERIFY(!o.resource.value("performer")[0].toObject().contains("reference"));
        QVERIFY(!o.resource.value("performer")[0]["display"].toString().isEmpty());
        QCOMPARE(o.resource.value("hasMember")[0]["reference"].toString(), QStringLiteral("#contained"));

        // Importing the same bundle again gives the same ids; another patient, other ids.
        const auto again = FhirBundle::parseForImport(json, kTarget);
        QCOMPARE(again->at(2).resource.value("id"), e.resource.value("id"));
        const auto other = FhirBundle::parseForImport(json, "P-000778");
        QVERIFY(other->at(2).resource.value("id") != e.resource.value("id"));
    }

    // The demo records leave as a collection and come back, for the same patient
    // or another, entry for entry.
    void exportImportRoundTrip_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("samePatient");
        for (int i = 0; i < 6; ++i) {
            QTest::addRow("patient %d, same", i) << i << true;
            QTest::addRow("patient %d, other", i) << i << false;
        }
    }
    void exportImportRoundTrip()
    {
        QFETCH(int, index);
        QFETCH(bool, samePatient);
        const SyntheticPatient p = SyntheticPatients(99).make(index, kNow);
        QList<QJsonObject> resources{p.patient};
        resources.append(p.records);
        const QByteArray json = FhirBundle::exportBundle(resources, kNow);

        const QJsonObject bundle = QJsonDocument::fromJson(json).object();
        QCOMPARE(bundle.value("type").toString(), QStringLiteral("collection"));
        QCOMPARE(bundle.value("timestamp").toString(), QStringLiteral("2025-03-14T10:30:00Z"));
        QCOMPARE(bundle.value("meta")["lastUpdated"].toString(), QStringLiteral("2025-03-14T10:30:00Z"));
        QSet<QString> fullUrls;
        for (const QJsonValue &e : bundle.value("entry").toArray()) {
            const QString url = e["fullUrl"].toString();
            QVERIFY(url.startsWith("urn:uuid:"));
            QVERIFY(!QUuid(url.mid(9)).isNull());
            fullUrls.insert(url);
        }
        QCOMPARE(fullUrls.size(), resources.size());
        QCOMPARE(FhirBundle::exportBundle(resources, kNow), json); // deterministic

        const QString target = samePatient ? p.patientId : kTarget;
        const auto parsed = FhirBundle::parseForImport(json, target);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), resources.size());
        QCOMPARE(parsed->first().state, State::Skip);
        QSet<QString> importedRefs;
        for (const BundleEntry &e : *parsed) {
            if (e.state == State::Import)
                importedRefs.insert(e.resourceType + '/' + e.resource.value("id").toString());
        }
        QCOMPARE(importedRefs.size(), p.records.size());
        for (qsizetype i = 1; i < parsed->size(); ++i) {
            const BundleEntry &e = parsed->at(i);
            QVERIFY2(e.state == State::Import, qPrintable(e.reason));
            QCOMPARE(e.summary, FhirRenderer::render(p.records.at(i - 1)).title);
            QStringList refs;
            collectReferences(e.resource, refs);
            for (const QString &ref : refs)
                QVERIFY2(ref == "Patient/" + target || importedRefs.contains(ref), qPrintable(ref));
            QVERIFY(!QJsonDocument(e.resource).toJson().contains(p.patientId.toUtf8()) || samePatient);
        }
    }

    // Real-world bundles: every entry accounted for, as the spec for the import
    // rules says it should be, counted here from the JSON alone.
    void syntheaFixtures()
    {
        const QString dir = fixtureDir();
        if (dir.isEmpty() || !QDir(dir).exists())
            QSKIP("No Synthea fixtures: set CARELEDGER_SHARED to the shared/ folder (ctest does) to run this.");
        const QStringList files = QDir(dir).entryList({"*.json"}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        const QSet<QString> clinical{"Encounter", "Observation", "Condition", "MedicationRequest",
                                     "MedicationStatement", "AllergyIntolerance", "DocumentReference",
                                     "DiagnosticReport", "Procedure", "Immunization", "CarePlan"};
        for (const QString &name : files) {
            QFile file(dir + '/' + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray json = file.readAll();
            const QJsonArray entries = QJsonDocument::fromJson(json).object().value("entry").toArray();
            int expectedImport = 0;
            for (const QJsonValue &e : entries)
                expectedImport += clinical.contains(e["resource"]["resourceType"].toString()) ? 1 : 0;
            const int expectedSkip = int(entries.size()) - expectedImport;

            const auto parsed = FhirBundle::parseForImport(json, kTarget);
            QVERIFY2(parsed.ok(), qPrintable(name));
            QCOMPARE(parsed->size(), entries.size());
            int imported = 0, skipped = 0, invalid = 0;
            for (const BundleEntry &e : *parsed) {
                QCOMPARE(e.index, int(&e - parsed->constData()));
                QVERIFY(!e.summary.isEmpty());
                switch (e.state) {
                case State::Import: {
                    ++imported;
                    QVERIFY(!QJsonDocument(e.resource).toJson().contains("urn:uuid:"));
                    const QString field = e.resourceType == "Immunization" ? "patient" : "subject";
                    QCOMPARE(e.resource.value(field)["reference"].toString(), "Patient/" + kTarget);
                    break;
                }
                case State::Skip:
                    ++skipped;
                    QVERIFY(!e.reason.isEmpty());
                    break;
                case State::Invalid:
                    ++invalid;
                    qWarning("%s entry %d: %s", qPrintable(name), e.index, qPrintable(e.reason));
                    break;
                }
            }
            QCOMPARE(invalid, 0);
            QCOMPARE(imported, expectedImport);
            QCOMPARE(skipped, expectedSkip);

            // Break one Observation and one Condition in a copy: those two are
            // Invalid, nothing else changes.
            QJsonObject broken = QJsonDocument::fromJson(json).object();
            QJsonArray brokenEntries = broken.value("entry").toArray();
            int brokenObservation = -1;
            int brokenCondition = -1;
            for (qsizetype i = 0; i < brokenEntries.size(); ++i) {
                QJsonObject e = brokenEntries.at(i).toObject();
                QJsonObject r = e.value("resource").toObject();
                if (brokenObservation < 0 && r.value("resourceType") == "Observation") {
                    r.remove("status");
                    brokenObservation = int(i);
                } else if (brokenCondition < 0 && r.value("resourceType") == "Condition") {
                    r.insert("subject", QJsonObject{{"reference", "Patient/somebody-else"}});
                    brokenCondition = int(i);
                } else {
                    continue;
                }
                e.insert("resource", r);
                brokenEntries.replace(i, e);
            }
            QVERIFY(brokenObservation >= 0 && brokenCondition >= 0);
            broken.insert("entry", brokenEntries);
            const auto reparsed = FhirBundle::parseForImport(QJsonDocument(broken).toJson(), kTarget);
            QVERIFY(reparsed.ok());
            for (qsizetype i = 0; i < reparsed->size(); ++i) {
                if (i == brokenObservation || i == brokenCondition)
                    QCOMPARE(reparsed->at(i).state, State::Invalid);
                else
                    QCOMPARE(reparsed->at(i).state, parsed->at(i).state);
            }
            QVERIFY(reparsed->at(brokenObservation).reason.contains("status"));
            QVERIFY(reparsed->at(brokenCondition).reason.contains("different patient"));
        }
    }
};

QTEST_GUILESS_MAIN(TestFhirBundle)
#include "tst_fhirbundle.moc"
