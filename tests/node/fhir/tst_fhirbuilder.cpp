#include "fhir/FhirBuilder.h"
#include "fhir/FhirBundle.h"
#include "fhir/FhirRenderer.h"
#include "fhir/ValueSets.h"

#include <QJsonArray>
#include <QTest>

#include <functional>
#include <limits>

using namespace careledger;

namespace {

const QDateTime kNow(QDate(2025, 3, 14), QTime(10, 30, 15), Qt::UTC);
const QDateTime kEarlier = kNow.addSecs(-600);
const QString kPatient = QStringLiteral("P-000042");

using Build = std::function<Result<QJsonObject>()>;

QString patientOf(const QJsonObject &r)
{
    const QString field = r.value("resourceType").toString() == "AllergyIntolerance" ? "patient" : "subject";
    return r.value(field).toObject().value("reference").toString();
}

} // namespace

Q_DECLARE_METATYPE(Build)

class TestFhirBuilder : public QObject {
    Q_OBJECT

private slots:
    // What the forms build reads back as the clinician entered it.
    void buildsAndRendersBack_data()
    {
        QTest::addColumn<Build>("build");
        QTest::addColumn<QString>("resourceType");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("title");
        QTest::newRow("blood pressure")
                << Build([] { return FhirBuilder::vitalSign(kPatient, "85354-9", 128, 82, kEarlier, kNow); })
                << "Observation" << "vitals" << "Blood pressure 128/82 mmHg";
        QTest::newRow("heart rate")
                << Build([] { return FhirBuilder::vitalSign(kPatient, "8867-4", 72, {}, kEarlier, kNow); })
                << "Observation" << "vitals" << "Heart rate 72 beats/min";
        QTest::newRow("temperature rounded to its decimals")
                << Build([] { return FhirBuilder::vitalSign(kPatient, "8310-5", 38.449, {}, kEarlier, kNow); })
                << "Observation" << "vitals" << "Body temperature 38.4 °C";
        QTest::newRow("oxygen saturation")
                << Build([] { return FhirBuilder::vitalSign(kPatient, "59408-5", 97, {}, kEarlier, kNow); })
                << "Observation" << "vitals" << "Oxygen saturation 97 %";
        QTest::newRow("condition")
                << Build([] {
                       return FhirBuilder::condition(kPatient, "44054006", "active", QDate(2019, 5, 2), "Diet advice given.", kNow);
                   })
                << "Condition" << "condition" << "Type 2 diabetes mellitus — active";
        QTest::newRow("resolved condition without onset")
                << Build([] { return FhirBuilder::condition(kPatient, "10509002", "resolved", {}, {}, kNow); })
                << "Condition" << "condition" << "Acute bronchitis — resolved";
        QTest::newRow("medication")
                << Build([] { return FhirBuilder::medication(kPatient, "861007", "twice daily", kNow.date(), kNow); })
                << "MedicationRequest" << "medication" << "Metformin 500 mg tablet, twice daily";
        QTest::newRow("allergy")
                << Build([] { return FhirBuilder::allergy(kPatient, "764146007", "high", "hives", kNow); })
                << "AllergyIntolerance" << "allergy" << "Allergy: Penicillin (high criticality) — hives";
        QTest::newRow("allergy without reaction")
                << Build([] { return FhirBuilder::allergy(kPatient, "762952008", "low", {}, kNow); })
                << "AllergyIntolerance" << "allergy" << "Allergy: Peanut";
        QTest::newRow("note")
                << Build([] {
                       return FhirBuilder::note(kPatient, "Follow-up visit", "Feels well.\nBP at goal.", "Dr. Amelia Hart", kNow);
                   })
                << "DocumentReference" << "note" << "Progress note: Follow-up visit";
        QTest::newRow("note without title")
                << Build([] { return FhirBuilder::note(kPatient, "  ", "Feels well.", "Nurse Lee", kNow); })
                << "DocumentReference" << "note" << "Progress note";
    }
    void buildsAndRendersBack()
    {
        QFETCH(Build, build);
        QFETCH(QString, resourceType);
        QFETCH(QString, kind);
        QFETCH(QString, title);
        const Result<QJsonObject> built = build();
        QVERIFY2(built.ok(), built.ok() ? "" : qPrintable(built.error().message));
        const QJsonObject &r = *built;
        QCOMPARE(r.value("resourceType").toString(), resourceType);
        QVERIFY(!QUuid(r.value("id").toString()).isNull());
        QCOMPARE(patientOf(r), QStringLiteral("Patient/") + kPatient);
        QCOMPARE(r.value("meta").toObject().value("lastUpdated").toString(), QStringLiteral("2025-03-14T10:30:15Z"));

        const RenderedResource rendered = FhirRenderer::render(r);
        QCOMPARE(rendered.kind, kind);
        QCOMPARE(rendered.title, title);
        QVERIFY(rendered.clinicalTime.isValid());
        QVERIFY(rendered.clinicalTime <= kNow);
        QVERIFY(!rendered.status.isEmpty());

        // A second build is a new record.
        QVERIFY(build()->value("id") != r.value("id"));
        // And it is importable as it stands.
        const auto entries = FhirBundle::parseForImport(FhirBundle::exportBundle({r}, kNow), kPatient);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().state, BundleEntry::State::Import);
    }

    void bloodPressureHasBothComponents()
    {
        const auto bp = FhirBuilder::vitalSign(kPatient, "85354-9", 128, 82, kEarlier, kNow);
        QVERIFY(bp.ok());
        const QJsonArray components = bp->value("component").toArray();
        QCOMPARE(components.size(), 2);
        QCOMPARE(components.at(0)["code"]["coding"][0]["code"].toString(), QStringLiteral("8480-6"));
        QCOMPARE(components.at(1)["code"]["coding"][0]["code"].toString(), QStringLiteral("8462-4"));
        QCOMPARE(components.at(1)["valueQuantity"]["code"].toString(), QStringLiteral("mm[Hg]"));
        QCOMPARE(bp->value("category")[0]["coding"][0]["code"].toString(), QStringLiteral("vital-signs"));
        QCOMPARE(bp->value("effectiveDateTime").toString(), QStringLiteral("2025-03-14T10:20:15Z"));
    }

    void codesCarryStandardDisplays()
    {
        const auto condition = FhirBuilder::condition(kPatient, "38341003", "active", {}, {}, kNow);
        const QJsonArray codings = condition->value("code")["coding"].toArray();
        QCOMPARE(codings.size(), 2);
        QCOMPARE(codings.at(0)["system"].toString(), QString::fromLatin1(ValueSets::snomed));
        QCOMPARE(codings.at(1)["system"].toString(), QString::fromLatin1(ValueSets::icd10cm));
        QCOMPARE(codings.at(1)["code"].toString(), QStringLiteral("I10"));
        const auto spo2 = FhirBuilder::vitalSign(kPatient, "59408-5", 97, {}, kEarlier, kNow);
        QCOMPARE(spo2->value("code")["coding"][1]["code"].toString(), QStringLiteral("2708-6"));
        const auto med = FhirBuilder::medication(kPatient, "861007", "twice daily", QDate(2025, 3, 1), kNow);
        QCOMPARE(med->value("status").toString(), QStringLiteral("active"));
        QCOMPARE(med->value("intent").toString(), QStringLiteral("order"));
        QCOMPARE(med->value("dosageInstruction")[0]["timing"]["repeat"]["boundsPeriod"]["start"].toString(),
                 QStringLiteral("2025-03-01"));
        const auto allergy = FhirBuilder::allergy(kPatient, "764146007", "high", "hives", kNow);
        QCOMPARE(allergy->value("category")[0].toString(), QStringLiteral("medication"));
        QCOMPARE(allergy->value("reaction")[0]["manifestation"][0]["coding"][0]["code"].toString(),
                 QStringLiteral("247472004"));
    }

    void noteIsPlainTextBase64()
    {
        const QString text = QStringLiteral("Seen with her daughter — feels well.\nNo change.");
        const auto note = FhirBuilder::note(kPatient, "Review", text, "Dr. Amelia Hart", kNow);
        const QJsonObject attachment = note->value("content")[0]["attachment"].toObject();
        QVERIFY(attachment.value("contentType").toString().startsWith("text/plain"));
        QCOMPARE(QString::fromUtf8(QByteArray::fromBase64(attachment.value("data").toString().toLatin1())), text);
        QCOMPARE(note->value("type")["coding"][0]["code"].toString(), QStringLiteral("11506-3"));
        QVERIFY(FhirRenderer::render(*note).detail.contains(text));
    }

    // Bad input: one sentence that names the field.
    void rejects_data()
    {
        QTest::addColumn<Build>("build");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("no patient") << Build([] { return FhirBuilder::vitalSign("", "8867-4", 72, {}, kEarlier, kNow); })
                                    << "fhir.missing" << "patient";
        QTest::newRow("bad patient id")
                << Build([] { return FhirBuilder::vitalSign("P 1/2", "8867-4", 72, {}, kEarlier, kNow); })
                << "fhir.invalid" << "patient id";
        QTest::newRow("unknown vital sign")
                << Build([] { return FhirBuilder::vitalSign(kPatient, "4548-4", 7, {}, kEarlier, kNow); })
                << "fhir.unknown_code" << "4548-4";
        QTest::newRow("heart rate impossible")
                << Build([] { return FhirBuilder::vitalSign(kPatient, "8867-4", 720, {}, kEarlier, kNow); })
                << "fhir.out_of_range" << "Heart rate";
        QTest::newRow("not a number")
                << Build([nan] { return FhirBuilder::vitalSign(kPatient, "8310-5", nan, {}, kEarlier, kNow); })
                << "fhir.out_of_range" << "Body temperature";
        QTest::newRow("second value on heart rate")
                << Build([] { return FhirBuilder::vitalSign(kPatient, "8867-4", 72, 60, kEarlier, kNow); })
                << "fhir.invalid" << "Heart rate";
        QTest::newRow("diastolic missing")
                << Build([] { return FhirBuilder::vitalSign(kPatient, "85354-9", 128, {}, kEarlier, kNow); })
                << "fhir.missing" << "diastolic";
        QTest::newRow("diastolic above systolic")
                << Build([] { return FhirBuilder::vitalSign(kPatient, "85354-9", 82, 128, kEarlier, kNow); })
                << "fhir.invalid" << "diastolic";
        QTest::newRow("systolic impossible")
                << Build([] { return FhirBuilder::vitalSign(kPatient, "85354-9", 1280, 82, kEarlier, kNow); })
                << "fhir.out_of_range" << "systolic";
        QTest::newRow("measurement time missing")
                << Build([] { return FhirBuilder::vitalSign(kPatient, "8867-4", 72, {}, QDateTime(), kNow); })
                << "fhir.missing" << "time";
        QTest::newRow("measurement in the future")
                << Build([] { return FhirBuilder::vitalSign(kPatient, "8867-4", 72, {}, kNow.addSecs(3600), kNow); })
                << "fhir.future" << "time";
        QTest::newRow("unknown condition")
                << Build([] { return FhirBuilder::condition(kPatient, "764146007", "active", {}, {}, kNow); })
                << "fhir.unknown_code" << "764146007";
        QTest::newRow("condition missing")
                << Build([] { return FhirBuilder::condition(kPatient, "", "active", {}, {}, kNow); })
                << "fhir.missing" << "condition";
        QTest::newRow("bad clinical status")
                << Build([] { return FhirBuilder::condition(kPatient, "44054006", "cured", {}, {}, kNow); })
                << "fhir.invalid" << "clinical status";
        QTest::newRow("onset in the future")
                << Build([] { return FhirBuilder::condition(kPatient, "44054006", "active", kNow.date().addDays(1), {}, kNow); })
                << "fhir.future" << "onset";
        QTest::newRow("unknown medication")
                << Build([] { return FhirBuilder::medication(kPatient, "0000", "daily", {}, kNow); })
                << "fhir.unknown_code" << "0000";
        QTest::newRow("dosage missing")
                << Build([] { return FhirBuilder::medication(kPatient, "861007", " ", {}, kNow); })
                << "fhir.missing" << "dosage";
        QTest::newRow("start in the future")
                << Build([] { return FhirBuilder::medication(kPatient, "861007", "daily", kNow.date().addDays(3), kNow); })
                << "fhir.future" << "start date";
        QTest::newRow("unknown substance")
                << Build([] { return FhirBuilder::allergy(kPatient, "44054006", "high", {}, kNow); })
                << "fhir.unknown_code" << "44054006";
        QTest::newRow("bad criticality")
                << Build([] { return FhirBuilder::allergy(kPatient, "764146007", "severe", {}, kNow); })
                << "fhir.invalid" << "criticality";
        QTest::newRow("empty note")
                << Build([] { return FhirBuilder::note(kPatient, "Review", " \n ", "Dr. Hart", kNow); })
                << "fhir.empty_note" << "note";
        QTest::newRow("note without author")
                << Build([] { return FhirBuilder::note(kPatient, "Review", "Text", "", kNow); })
                << "fhir.missing" << "author";
    }
    void rejects()
    {
        QFETCH(Build, build);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const Result<QJsonObject> built = build();
        QVERIFY(!built.ok());
        QCOMPARE(built.error().code, code);
        QVERIFY2(built.error().message.contains(mentions, Qt::CaseInsensitive), qPrintable(built.error().message));
        QVERIFY(built.error().message.endsWith(u'.'));
    }

    // Every vital sign of the form: its normal middle is accepted, just outside
    // its possible range is not.
    void everyVitalSignRange()
    {
        for (const VitalSignDefinition &def : ValueSets::vitalSigns()) {
            const double middle = (def.normalLow + def.normalHigh) / 2;
            const std::optional<double> second = def.hasSecondValue ? std::optional<double>(def.normalLow - 20)
                                                                    : std::nullopt;
            const auto ok = FhirBuilder::vitalSign(kPatient, def.code.code, middle, second, kEarlier, kNow);
            QVERIFY2(ok.ok(), qPrintable(def.code.code + ": " + (ok.ok() ? QString() : ok.error().message)));
            QCOMPARE(FhirRenderer::render(*ok).kind, QStringLiteral("vitals"));
            const auto low = FhirBuilder::vitalSign(kPatient, def.code.code, def.min - 1, second, kEarlier, kNow);
            QVERIFY(!low.ok());
            QCOMPARE(low.error().code, QStringLiteral("fhir.out_of_range"));
            const auto high = FhirBuilder::vitalSign(kPatient, def.code.code, def.max + 1, second, kEarlier, kNow);
            QVERIFY(!high.ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestFhirBuilder)
#include "tst_fhirbuilder.moc"
