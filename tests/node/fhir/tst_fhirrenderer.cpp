#include "core/DisplayFormat.h"
#include "fhir/FhirRenderer.h"
#include "fhir/SyntheticPatients.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace careledger;

namespace {

const QDateTime kNow(QDate(2025, 3, 14), QTime(10, 30), Qt::UTC);

QJsonObject parse(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

// Demo-style and Synthea-style resources, as the workstation meets them.
const char *kBloodPressure = "{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\","
    "  \"category\":[{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/observation-category\",\"code\":\"vital-signs\"}]}],"
    "  \"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"85354-9\",\"display\":\"Blood pressure panel with all children optional\"}],\"text\":\"Blood pressure\"},"
    "  \"subject\":{\"reference\":\"Patient/P-000001\"},\"effectiveDateTime\":\"2024-03-01T09:10:00Z\","
    "  \"component\":["
    "   {\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8480-6\"}]},\"valueQuantity\":{\"value\":128,\"unit\":\"mmHg\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"mm[Hg]\"}},"
    "   {\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8462-4\"}]},\"valueQuantity\":{\"value\":82,\"unit\":\"mmHg\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"mm[Hg]\"}}]}";

const char *kSyntheaBloodPressure = "{\"resourceType\":\"Observation\",\"status\":\"final\","
    "  \"category\":[{\"coding\":[{\"code\":\"vital-signs\"}]}],"
    "  \"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"55284-4\",\"display\":\"Blood Pressure\"}],\"text\":\"Blood Pressure\"},"
    "  \"effectiveDateTime\":\"2012-08-10T20:37:06+00:00\","
    "  \"component\":["
    "   {\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8462-4\"}]},\"valueQuantity\":{\"value\":105.1409527895433,\"unit\":\"mm[Hg]\",\"code\":\"mm[Hg]\"}},"
    "   {\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8480-6\"}]},\"valueQuantity\":{\"value\":165.41473349323684,\"unit\":\"mm[Hg]\",\"code\":\"mm[Hg]\"}}]}";

const char *kHbA1c = "{\"resourceType\":\"Observation\",\"status\":\"final\","
    "  \"category\":[{\"coding\":[{\"code\":\"laboratory\"}]}],"
    "  \"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"4548-4\",\"display\":\"Hemoglobin A1c/Hemoglobin.total in Blood\"}]},"
    "  \"effectiveDateTime\":\"2024-03-01T09:30:00Z\",\"issued\":\"2024-03-01T15:00:00Z\","
    "  \"valueQuantity\":{\"value\":7.9,\"unit\":\"%\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"%\"},"
    "  \"interpretation\":[{\"coding\":[{\"code\":\"H\",\"display\":\"High\"}]}],"
    "  \"referenceRange\":[{\"low\":{\"value\":4.0,\"unit\":\"%\"},\"high\":{\"value\":5.6,\"unit\":\"%\"}}]}";

const char *kPotassiumOutOfRange = "{\"resourceType\":\"Observation\",\"status\":\"final\","
    "  \"category\":[{\"coding\":[{\"code\":\"laboratory\"}]}],"
    "  \"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"2823-3\"}]},\"effectiveDateTime\":\"2024-03-01\","
    "  \"valueQuantity\":{\"value\":3.1,\"unit\":\"mmol/L\"},\"referenceRange\":[{\"low\":{\"value\":3.5},\"high\":{\"value\":5.1}}]}";

const char *kHeartRate = "{\"resourceType\":\"Observation\",\"status\":\"final\","
    "  \"category\":[{\"coding\":[{\"code\":\"vital-signs\"}]}],"
    "  \"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8867-4\"}],\"text\":\"Heart rate\"},"
    "  \"effectiveDateTime\":\"2024-03-01T09:10:00Z\",\"valueQuantity\":{\"value\":72,\"unit\":\"beats/minute\",\"code\":\"/min\"}}";

const char *kTemperature = "{\"resourceType\":\"Observation\",\"status\":\"final\","
    "  \"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8310-5\"}]},"
    "  \"effectiveDateTime\":\"2024-03-01T09:10:00Z\",\"valueQuantity\":{\"value\":38.4,\"unit\":\"C\",\"code\":\"Cel\"}}";

const char *kSmokingStatus = "{\"resourceType\":\"Observation\",\"status\":\"final\","
    "  \"category\":[{\"coding\":[{\"code\":\"survey\"}]}],"
    "  \"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"72166-2\",\"display\":\"Tobacco smoking status NHIS\"}],\"text\":\"Tobacco smoking status NHIS\"},"
    "  \"effectiveDateTime\":\"2018-08-17T20:37:06+00:00\","
    "  \"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"266919005\",\"display\":\"Never smoker\"}],\"text\":\"Never smoker\"}}";

const char *kCondition = "{\"resourceType\":\"Condition\","
    "  \"clinicalStatus\":{\"coding\":[{\"code\":\"active\"}]},\"verificationStatus\":{\"coding\":[{\"code\":\"confirmed\"}]},"
    "  \"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"44054006\",\"display\":\"Diabetes mellitus type 2 (disorder)\"},"
    "                    {\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\"E11.9\"}],\"text\":\"type 2 diabetes\"},"
    "  \"subject\":{\"reference\":\"Patient/P-000001\"},\"onsetDateTime\":\"2019-05-02\",\"recordedDate\":\"2020-01-01T10:00:00Z\"}";

const char *kProvisionalCondition = "{\"resourceType\":\"Condition\","
    "  \"clinicalStatus\":{\"coding\":[{\"code\":\"active\"}]},\"verificationStatus\":{\"coding\":[{\"code\":\"provisional\"}]},"
    "  \"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"444814009\",\"display\":\"Viral sinusitis (disorder)\"}]},"
    "  \"onsetDateTime\":\"2024-02-01\"}";

const char *kMedication = "{\"resourceType\":\"MedicationRequest\",\"status\":\"active\",\"intent\":\"order\","
    "  \"medicationCodeableConcept\":{\"coding\":[{\"system\":\"http://www.nlm.nih.gov/research/umls/rxnorm\",\"code\":\"861007\"}]},"
    "  \"authoredOn\":\"2024-03-01T09:40:00Z\",\"dosageInstruction\":[{\"text\":\"twice daily\"}]}";

const char *kAllergy = "{\"resourceType\":\"AllergyIntolerance\",\"clinicalStatus\":{\"coding\":[{\"code\":\"active\"}]},"
    "  \"type\":\"allergy\",\"category\":[\"medication\"],\"criticality\":\"high\","
    "  \"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"91936005\",\"display\":\"Allergy to penicillin (finding)\"},"
    "                    {\"system\":\"http://www.nlm.nih.gov/research/umls/rxnorm\",\"code\":\"7980\",\"display\":\"penicillin G\"}],\"text\":\"penicillin\"},"
    "  \"patient\":{\"reference\":\"Patient/P-000001\"},\"recordedDate\":\"2021-06-01T08:00:00Z\","
    "  \"reaction\":[{\"manifestation\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"247472004\",\"display\":\"Wheal (finding)\"}]}],\"severity\":\"mild\"}]}";

// "Patient seen for review of diabetes.\nHbA1c up; plan: increase metformin." in base64.
const char *kNote = "{\"resourceType\":\"DocumentReference\",\"status\":\"current\",\"docStatus\":\"final\","
    "  \"type\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"11506-3\",\"display\":\"Progress note\"}]},"
    "  \"subject\":{\"reference\":\"Patient/P-000001\"},\"date\":\"2024-03-01T10:00:00Z\","
    "  \"author\":[{\"display\":\"Dr. Amelia Hart\"}],\"description\":\"Follow-up visit\","
    "  \"content\":[{\"attachment\":{\"contentType\":\"text/plain; charset=utf-8\","
    "     \"data\":\"UGF0aWVudCBzZWVuIGZvciByZXZpZXcgb2YgZGlhYmV0ZXMuCkhiQTFjIHVwOyBwbGFuOiBpbmNyZWFzZSBtZXRmb3JtaW4u\"}}]}";

const char *kEncounter = "{\"resourceType\":\"Encounter\",\"status\":\"finished\","
    "  \"class\":{\"system\":\"http://terminology.hl7.org/CodeSystem/v3-ActCode\",\"code\":\"AMB\",\"display\":\"ambulatory\"},"
    "  \"type\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"162673000\",\"display\":\"General examination of patient (procedure)\"}]}],"
    "  \"period\":{\"start\":\"2024-03-01T09:00:00Z\",\"end\":\"2024-03-01T09:30:00Z\"},"
    "  \"participant\":[{\"individual\":{\"display\":\"Dr. Amelia Hart\"}}]}";

const char *kReport = "{\"resourceType\":\"DiagnosticReport\",\"status\":\"final\","
    "  \"category\":[{\"coding\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/v2-0074\",\"code\":\"RAD\"}]}],"
    "  \"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"36643-5\",\"display\":\"XR Chest 2 Views\"}]},"
    "  \"effectiveDateTime\":\"2024-03-01T11:00:00Z\",\"conclusion\":\"No acute cardiopulmonary process.\"}";

const char *kImmunization = "{\"resourceType\":\"Immunization\",\"status\":\"completed\","
    "  \"vaccineCode\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/cvx\",\"code\":\"140\"}],\"text\":\"Influenza, seasonal, injectable, preservative free\"},"
    "  \"patient\":{\"reference\":\"urn:uuid:1\"},\"occurrenceDateTime\":\"2013-12-11T13:55:57+00:00\"}";

const char *kProcedure = "{\"resourceType\":\"Procedure\",\"status\":\"completed\","
    "  \"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"287664005\",\"display\":\"Bilateral tubal ligation\"}],\"text\":\"Bilateral tubal ligation\"},"
    "  \"performedPeriod\":{\"start\":\"2016-12-14T13:55:57+00:00\",\"end\":\"2016-12-14T14:10:57+00:00\"}}";

const char *kCarePlan = "{\"resourceType\":\"CarePlan\",\"status\":\"completed\",\"intent\":\"order\","
    "  \"category\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"787301000000101\"}],\"text\":\"Surgery care management\"}],"
    "  \"period\":{\"start\":\"2012-09-29T20:37:06+00:00\"}}";

} // namespace

class TestFhirRenderer : public QObject {
    Q_OBJECT

private slots:
    // Entered oldest first, the ledger's newest-first order reads as the clinical history.
    void clinicalOrderIsOldestFirstAndStable()
    {
        auto obs = [](const QString &id, const QString &when) {
            QJsonObject o{{QStringLiteral("resourceType"), QStringLiteral("Observation")}, {QStringLiteral("id"), id}};
            if (!when.isEmpty())
                o.insert(QStringLiteral("effectiveDateTime"), when);
            return o;
        };
        const QList<QJsonObject> in{obs(QStringLiteral("c"), QStringLiteral("2024-03-01")),
                                    obs(QStringLiteral("a"), QStringLiteral("2021-01-01T10:00:00Z")),
                                    obs(QStringLiteral("undated"), QString()),
                                    obs(QStringLiteral("b1"), QStringLiteral("2023-06-01")),
                                    obs(QStringLiteral("b2"), QStringLiteral("2023-06-01"))};
        QStringList ids;
        for (const QJsonObject &o : FhirRenderer::inClinicalOrder(in))
            ids.append(o.value(QStringLiteral("id")).toString());
        QCOMPARE(ids, (QStringList{QStringLiteral("undated"), QStringLiteral("a"), QStringLiteral("b1"), QStringLiteral("b2"),
                                   QStringLiteral("c")}));
    }

    void titles_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("abnormal");
        QTest::addColumn<QDateTime>("time");
        const auto at = [](int y, int mo, int d, int h = 0, int mi = 0, int s = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
        };
        QTest::newRow("blood pressure") << kBloodPressure << "vitals" << "Blood pressure 128/82 mmHg" << "final"
                                        << false << at(2024, 3, 1, 9, 10);
        QTest::newRow("blood pressure, Synthea") << kSyntheaBloodPressure << "vitals"
                                                 << "Blood pressure 165/105 mmHg" << "final" << false
                                                 << at(2012, 8, 10, 20, 37, 6);
        QTest::newRow("lab with interpretation") << kHbA1c << "lab" << "Haemoglobin A1c 7.9 % (high)" << "final"
                                                 << true << at(2024, 3, 1, 9, 30);
        QTest::newRow("lab outside its range") << kPotassiumOutOfRange << "lab" << "Potassium 3.1 mmol/L (low)"
                                               << "final" << true << at(2024, 3, 1);
        QTest::newRow("heart rate") << kHeartRate << "vitals" << "Heart rate 72 beats/min" << "final" << false
                                    << at(2024, 3, 1, 9, 10);
        QTest::newRow("temperature, no category") << kTemperature << "vitals" << "Body temperature 38.4 °C"
                                                  << "final" << false << at(2024, 3, 1, 9, 10);
        QTest::newRow("survey observation") << kSmokingStatus << "other"
                                            << "Tobacco smoking status NHIS: Never smoker" << "final" << false
                                            << at(2018, 8, 17, 20, 37, 6);
        QTest::newRow("condition") << kCondition << "condition" << "Type 2 diabetes mellitus — active" << "active"
                                   << false << at(2019, 5, 2);
        QTest::newRow("provisional condition") << kProvisionalCondition << "condition"
                                               << "Viral sinusitis — active (provisional)" << "active" << false
                                               << at(2024, 2, 1);
        QTest::newRow("medication") << kMedication << "medication" << "Metformin 500 mg tablet, twice daily"
                                    << "active" << false << at(2024, 3, 1, 9, 40);
        QTest::newRow("allergy") << kAllergy << "allergy" << "Allergy: Penicillin (high criticality) — hives"
                                 << "active" << false << at(2021, 6, 1, 8);
        QTest::newRow("note") << kNote << "note" << "Progress note: Follow-up visit" << "final" << false
                              << at(2024, 3, 1, 10);
        QTest::newRow("encounter") << kEncounter << "encounter" << "Encounter: General check-up (ambulatory)"
                                   << "finished" << false << at(2024, 3, 1, 9);
        QTest::newRow("imaging report") << kReport << "report"
                                        << "XR Chest 2 Views — No acute cardiopulmonary process." << "final"
                                        << false << at(2024, 3, 1, 11);
        QTest::newRow("immunization") << kImmunization << "immunization"
                                      << "Immunization: Influenza, seasonal, injectable, preservative free"
                                      << "completed" << false << at(2013, 12, 11, 13, 55, 57);
        QTest::newRow("procedure") << kProcedure << "procedure" << "Procedure: Bilateral tubal ligation"
                                   << "completed" << false << at(2016, 12, 14, 13, 55, 57);
        QTest::newRow("care plan") << kCarePlan << "careplan" << "Care plan: Surgery care management"
                                   << "completed" << false << at(2012, 9, 29, 20, 37, 6);
        QTest::newRow("unknown type") << "{\"resourceType\":\"Basic\",\"code\":{\"text\":\"Advance directive\"}}"
                                      << "other" << "Basic: Advance directive" << "" << false << QDateTime();
        QTest::newRow("no resourceType") << "{}" << "other" << "Unrecognised record" << "" << false << QDateTime();
    }
    void titles()
    {
        QFETCH(QString, json);
        QFETCH(QString, kind);
        QFETCH(QString, title);
        QFETCH(QString, status);
        QFETCH(bool, abnormal);
        QFETCH(QDateTime, time);
        const RenderedResource r = FhirRenderer::render(parse(json.toUtf8().constData()));
        QCOMPARE(r.kind, kind);
        QCOMPARE(r.title, title);
        QCOMPARE(r.status, status);
        QCOMPARE(r.abnormal, abnormal);
        QCOMPARE(r.clinicalTime, time);
        if (time.isValid())
            QCOMPARE(r.clinicalTime.timeSpec(), Qt::UTC);
    }

    void detailSpellsOutCodesRangesAndStatus()
    {
        const RenderedResource lab = FhirRenderer::render(parse(kHbA1c));
        QVERIFY2(lab.detail.contains("LOINC 4548-4"), qPrintable(lab.detail));
        QVERIFY(lab.detail.contains("Reference range: 4–5.6 %"));
        QVERIFY(lab.detail.contains("Interpretation: High"));
        QVERIFY(lab.detail.contains("Status: final"));
        QVERIFY(lab.detail.contains(QStringLiteral("Issued: ") + DisplayFormat::dateTime(QDateTime(QDate(2024, 3, 1), QTime(15, 0), Qt::UTC))));

        const RenderedResource condition = FhirRenderer::render(parse(kCondition));
        QVERIFY(condition.detail.contains("SNOMED CT 44054006"));
        QVERIFY(condition.detail.contains("ICD-10-CM E11.9"));
        QVERIFY(condition.detail.contains(QStringLiteral("Onset: ") + DisplayFormat::date(QDate(2019, 5, 2))));

        const RenderedResource encounter = FhirRenderer::render(parse(kEncounter));
        QVERIFY(encounter.detail.contains("Seen by: Dr. Amelia Hart"));
        QVERIFY(encounter.detail.contains(DisplayFormat::dateTime(QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC)) + QStringLiteral(" to ")
                                          + DisplayFormat::dateTime(QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC))));
    }

    void noteTextIsDecoded()
    {
        const RenderedResource r = FhirRenderer::render(parse(kNote));
        QVERIFY(r.detail.contains("Patient seen for review of diabetes.\nHbA1c up; plan: increase metformin."));
        QVERIFY(r.detail.contains("Author: Dr. Amelia Hart"));
        QVERIFY(!r.detail.contains("UGF0aWVud")); // never the base64 itself
    }

    void parseDateTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
        };
        QTest::newRow("year") << "2024" << utc(2024, 1, 1);
        QTest::newRow("year-month") << "2024-03" << utc(2024, 3, 1);
        QTest::newRow("date") << "2024-03-05" << utc(2024, 3, 5);
        QTest::newRow("Z") << "2024-03-05T09:10:11Z" << utc(2024, 3, 5, 9, 10, 11);
        QTest::newRow("offset") << "2024-03-05T09:10:11+02:00" << utc(2024, 3, 5, 7, 10, 11);
        QTest::newRow("negative offset") << "2024-03-05T23:10:11-05:00" << utc(2024, 3, 6, 4, 10, 11);
        QTest::newRow("milliseconds") << "2012-08-10T20:37:06.059+00:00" << utc(2012, 8, 10, 20, 37, 6, 59);
        QTest::newRow("no offset read as UTC") << "2024-03-05T09:10:11" << utc(2024, 3, 5, 9, 10, 11);
        QTest::newRow("empty") << "" << QDateTime();
        QTest::newRow("words") << "yesterday" << QDateTime();
        QTest::newRow("no such day") << "2023-02-30" << QDateTime();
        QTest::newRow("month 13") << "2023-13-01" << QDateTime();
        QTest::newRow("hour 25") << "2023-01-01T25:00:00Z" << QDateTime();
        QTest::newRow("slashes") << "01/02/2023" << QDateTime();
    }
    void parseDateTime()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(FhirRenderer::parseDateTime(text), expected);
    }

    void kindsHaveLabelsAndTypes()
    {
        const QStringList kinds = FhirRenderer::kinds();
        QCOMPARE(kinds.first(), QStringLiteral("vitals"));
        QVERIFY(!kinds.contains("patient"));
        QSet<QString> labels;
        for (const QString &kind : kinds) {
            const QString label = FhirRenderer::kindLabel(kind);
            QVERIFY(!label.isEmpty() && label != kind);
            labels.insert(label);
            if (kind != "other")
                QVERIFY2(!FhirRenderer::resourceTypesFor(kind).isEmpty(), qPrintable(kind));
        }
        QCOMPARE(labels.size(), kinds.size());
        QCOMPARE(FhirRenderer::kindLabel("vitals"), QStringLiteral("Vital signs"));
        QCOMPARE(FhirRenderer::kindLabel("lab"), QStringLiteral("Lab results"));
        QCOMPARE(FhirRenderer::resourceTypesFor("vitals"), QStringList{"Observation"});
        QCOMPARE(FhirRenderer::resourceTypesFor("lab"), (QStringList{"Observation", "DiagnosticReport"}));
        QCOMPARE(FhirRenderer::resourceTypesFor("note"), QStringList{"DocumentReference"});
        QVERIFY(FhirRenderer::resourceTypesFor("other").isEmpty());
        QVERIFY(FhirRenderer::resourceTypesFor("nonsense").isEmpty());
    }

    // Every demo record is something a clinician recognises, has a time on the
    // timeline, and passes the engine's type pre-filter for its own kind.
    void everyDemoRecordRenders()
    {
        const SyntheticPatients generator(20240601);
        int count = 0;
        for (int i = 0; i < 25; ++i) {
            const SyntheticPatient p = generator.make(i, kNow);
            for (const QJsonObject &resource : p.records) {
                const RenderedResource r = FhirRenderer::render(resource);
                const QString where = resource.value("id").toString() + ": " + r.title;
                QVERIFY2(r.kind != "other", qPrintable(where));
                QVERIFY2(FhirRenderer::kinds().contains(r.kind), qPrintable(where));
                QVERIFY2(FhirRenderer::resourceTypesFor(r.kind).contains(resource.value("resourceType").toString()),
                         qPrintable(where));
                QVERIFY2(r.clinicalTime.isValid() && r.clinicalTime <= kNow, qPrintable(where));
                QVERIFY2(!r.title.isEmpty() && !r.title.contains('\n'), qPrintable(where));
                QVERIFY2(!r.status.isEmpty(), qPrintable(where));
                QVERIFY2(!r.detail.contains("\"coding\"") && !r.detail.contains('{'), qPrintable(where));
                QVERIFY2(!r.title.contains("(disorder)") && !r.title.contains("(finding)"), qPrintable(where));
                ++count;
            }
            const RenderedResource patient = FhirRenderer::render(p.patient);
            QCOMPARE(patient.kind, QStringLiteral("patient"));
            QCOMPARE(patient.title, QStringLiteral("Patient: %1 %2").arg(p.givenName, p.familyName));
        }
        QVERIFY(count > 200);
    }

    // Garbage of every shape renders as something, never crashes.
    void garbledInputNeverCrashes()
    {
        const QList<QJsonValue> junk{QJsonValue(), QJsonValue(1), QJsonValue("x"), QJsonValue(true), QJsonArray{},
                                     QJsonArray{1, "a", QJsonArray{}}, QJsonObject{}, QJsonObject{{"coding", 5}},
                                     QJsonObject{{"coding", QJsonObject{{"code", 1}}}, {"value", "7"}},
                                     QJsonArray{QJsonObject{{"attachment", QJsonObject{{"data", "@@not base64@@"}}}}}};
        const QList<const char *> samples{kBloodPressure, kSyntheaBloodPressure, kHbA1c, kCondition, kMedication,
                                          kAllergy, kNote, kEncounter, kReport, kImmunization, kProcedure, kCarePlan};
        int rendered = 0;
        for (const char *sample : samples) {
            const QJsonObject base = parse(sample);
            for (const QString &key : base.keys()) {
                for (const QJsonValue &value : junk) {
                    QJsonObject broken = base;
                    broken.insert(key, value);
                    const RenderedResource r = FhirRenderer::render(broken);
                    QVERIFY(!r.kind.isEmpty());
                    QVERIFY(!r.title.isEmpty());
                    ++rendered;
                }
            }
        }
        for (const QJsonValue &value : junk) {
            const RenderedResource r = FhirRenderer::render(QJsonObject{{"resourceType", value}});
            QCOMPARE(r.kind, QStringLiteral("other"));
            QVERIFY(!r.title.isEmpty());
        }
        QVERIFY(rendered > 500);
    }

    void unreadableAttachmentIsNotShownAsText()
    {
        QJsonObject note = parse(kNote);
        note.insert("content", QJsonArray{QJsonObject{{"attachment", QJsonObject{{"contentType", "application/pdf"},
                                                                                  {"data", "JVBERi0xLjQK"}}}}});
        const RenderedResource r = FhirRenderer::render(note);
        QCOMPARE(r.title, QStringLiteral("Progress note: Follow-up visit"));
        QVERIFY(r.detail.contains("application/pdf"));
        QVERIFY(!r.detail.contains("%PDF"));
    }
};

QTEST_GUILESS_MAIN(TestFhirRenderer)
#include "tst_fhirrenderer.moc"
