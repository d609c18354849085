#include "fhir/SyntheticPatients.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <functional>

using namespace careledger;

namespace {

constexpr quint64 kSeed = 20240601;

// Milliseconds on purpose: the generator must still never stamp anything later.
const QDateTime kNow(QDate(2025, 3, 14), QTime(10, 30, 15, 500), Qt::UTC);

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString codeOf(const QJsonObject &codeable, int i = 0)
{
    return codeable.value("coding").toArray().at(i).toObject().value("code").toString();
}

QString systemOf(const QJsonObject &codeable, int i = 0)
{
    return codeable.value("coding").toArray().at(i).toObject().value("system").toString();
}

bool hasCategory(const QJsonObject &observation, const QString &category)
{
    return codeOf(observation.value("category").toArray().at(0).toObject()) == category;
}

QString encounterOf(const QJsonObject &r)
{
    if (r.value("resourceType").toString() == "DocumentReference")
        return r.value("context").toObject().value("encounter").toArray().at(0).toObject().value("reference").toString();
    return r.value("encounter").toObject().value("reference").toString();
}

QString patientOf(const QJsonObject &r)
{
    const QString field = r.value("resourceType").toString() == "AllergyIntolerance" ? "patient" : "subject";
    return r.value(field).toObject().value("reference").toString();
}

QString refOf(const QJsonObject &r)
{
    return r.value("resourceType").toString() + '/' + r.value("id").toString();
}

int ageOn(const QDate &birth, const QDate &day)
{
    int years = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --years;
    return years;
}

// Calls `visit` with every string in the JSON tree that starts like a FHIR date.
void forEachDate(const QJsonValue &v, const std::function<void(const QString &)> &visit)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(T|$)"));
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            forEachDate(it.value(), visit);
    } else if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            forEachDate(item, visit);
    } else if (v.isString() && date.match(v.toString()).hasMatch()) {
        visit(v.toString());
    }
}

QDateTime parseFhir(const QString &s)
{
    if (s.size() == 10)
        return QDateTime(QDate::fromString(s, Qt::ISODate), QTime(0, 0), Qt::UTC);
    return QDateTime::fromString(s, Qt::ISODate);
}

struct Expected {
    QString unit;
    double low, high;
};

} // namespace

class TestSyntheticPatients : public QObject {
    Q_OBJECT

private:
    // Generated once; most checks read the same population.
    QList<SyntheticPatient> m_population;

private slots:
    void initTestCase()
    {
        const SyntheticPatients generator(kSeed);
        for (int i = 0; i < 300; ++i)
            m_population.append(generator.make(i, kNow));
    }

    void sameInputsGiveByteIdenticalJson()
    {
        const SyntheticPatients a(kSeed);
        const SyntheticPatients b(kSeed);
        for (int index : {0, 1, 7, 123, 999}) {
            const SyntheticPatient first = a.make(index, kNow);
            const SyntheticPatient second = b.make(index, kNow);
            QCOMPARE(json(a.bundle(first)), json(b.bundle(second)));
            QCOMPARE(first.privateId, second.privateId);
        }
        // Generation order must not matter: each index stands alone.
        QCOMPARE(json(a.bundle(a.make(42, kNow))), json(a.bundle(m_population.at(42))));
    }

    void dependsOnTheInstantNotItsTimeZone()
    {
        const SyntheticPatients generator(kSeed);
        const QDateTime sameInstantElsewhere = kNow.toOffsetFromUtc(5 * 3600 + 1800);
        QCOMPARE(json(generator.bundle(generator.make(5, sameInstantElsewhere))),
                 json(generator.bundle(m_population.at(5))));
    }

    void laterNowKeepsThePersonAndShiftsTheHistory()
    {
        const SyntheticPatients generator(kSeed);
        const SyntheticPatient later = generator.make(5, kNow.addDays(30));
        const SyntheticPatient &p = m_population.at(5);
        QCOMPARE(later.givenName, p.givenName);
        QCOMPARE(later.familyName, p.familyName);
        QCOMPARE(later.privateId, p.privateId);
        QCOMPARE(later.records.size(), p.records.size());
        QVERIFY(later.birthDate > p.birthDate); // same age, thirty days on
    }

    void differentInputsGiveDifferentPatients()
    {
        const SyntheticPatients generator(kSeed);
        const SyntheticPatient p0 = generator.make(0, kNow);
        const SyntheticPatient p1 = generator.make(1, kNow);
        QVERIFY(p0.patientId != p1.patientId);
        QVERIFY(p0.privateId != p1.privateId);
        QVERIFY(json(p0.patient) != json(p1.patient));

        const SyntheticPatient otherSeed = SyntheticPatients(kSeed + 1).make(0, kNow);
        QCOMPARE(otherSeed.patientId, p0.patientId); // the id follows the index
        QVERIFY(otherSeed.privateId != p0.privateId);
        QVERIFY(json(SyntheticPatients(kSeed + 1).bundle(otherSeed)) != json(generator.bundle(p0)));
    }

    void namesAreDiverse()
    {
        QSet<QString> names;
        QSet<QString> genders;
        for (int i = 0; i < 250; ++i) {
            const SyntheticPatient &p = m_population.at(i);
            QVERIFY(!p.givenName.isEmpty() && !p.familyName.isEmpty());
            names.insert(p.givenName + ' ' + p.familyName);
            genders.insert(p.gender);
            const QJsonObject name = p.patient.value("name").toArray().at(0).toObject();
            QCOMPARE(name.value("family").toString(), p.familyName);
            QCOMPARE(name.value("given").toArray().at(0).toString(), p.givenName);
        }
        qInfo("%lld distinct names among 250 patients", qlonglong(names.size()));
        QVERIFY(names.size() >= 200);
        QCOMPARE(genders, (QSet<QString>{"male", "female"}));
    }

    void patientResourceIsComplete()
    {
        for (const SyntheticPatient &p : std::as_const(m_population)) {
            const QJsonObject &r = p.patient;
            QCOMPARE(r.value("resourceType").toString(), QStringLiteral("Patient"));
            QCOMPARE(r.value("id").toString(), p.patientId);
            QCOMPARE(r.value("gender").toString(), p.gender);
            QCOMPARE(r.value("birthDate").toString(), p.birthDate);
            const QJsonObject address = r.value("address").toArray().at(0).toObject();
            QVERIFY(!address.value("line").toArray().isEmpty());
            for (const char *field : {"city", "postalCode", "country"})
                QVERIFY2(!address.value(field).toString().isEmpty(), field);
            QVERIFY(!r.value("telecom").toArray().at(0).toObject().value("value").toString().isEmpty());
            // The kiosk secret must never leak into the record.
            QVERIFY(!json(r).contains(p.privateId.toUtf8()));
            for (const QJsonObject &rec : p.records)
                QVERIFY(!json(rec).contains(p.privateId.toUtf8()));
        }
    }

    void birthDateMatchesAge()
    {
        int youngest = 200;
        int oldest = -1;
        for (const SyntheticPatient &p : std::as_const(m_population)) {
            const QDate birth = QDate::fromString(p.birthDate, Qt::ISODate);
            QVERIFY(birth.isValid());
            QCOMPARE(ageOn(birth, kNow.date()), p.age);
            QVERIFY(p.age >= 0 && p.age <= 95);
            youngest = std::min(youngest, p.age);
            oldest = std::max(oldest, p.age);
        }
        QVERIFY2(youngest <= 3 && oldest >= 80, qPrintable(QStringLiteral("ages %1..%2").arg(youngest).arg(oldest)));
    }

    void recordsReferenceTheirPatientAndResolve()
    {
        static const QSet<QString> supported{"Encounter", "Observation", "DiagnosticReport", "Condition",
                                             "MedicationRequest", "MedicationStatement", "AllergyIntolerance",
                                             "DocumentReference"};
        static const QRegularExpression fhirId(QStringLiteral("^[A-Za-z0-9\\-.]{1,64}$"));
        QSet<QString> allIds;
        for (const SyntheticPatient &p : std::as_const(m_population)) {
            const QString patientRef = "Patient/" + p.patientId;
            QHash<QString, QString> typeOf; // reference -> resourceType
            for (const QJsonObject &r : p.records)
                typeOf.insert(refOf(r), r.value("resourceType").toString());

            for (const QJsonObject &r : p.records) {
                const QString type = r.value("resourceType").toString();
                const QString id = r.value("id").toString();
                QVERIFY2(supported.contains(type), qPrintable(type));
                QVERIFY2(fhirId.match(id).hasMatch(), qPrintable(id));
                QVERIFY2(!allIds.contains(id), qPrintable("duplicate id " + id));
                allIds.insert(id);
                QCOMPARE(patientOf(r), patientRef);

                const QString encounter = encounterOf(r);
                if (type != "Encounter" && type != "AllergyIntolerance"
                    && !(type == "Condition" && codeOf(r.value("category").toArray().at(0).toObject())
                                                        == "problem-list-item"))
                    QVERIFY2(typeOf.value(encounter) == "Encounter", qPrintable(id + " -> " + encounter));
                if (type == "DiagnosticReport") {
                    const QJsonArray results = r.value("result").toArray();
                    QVERIFY(results.size() >= 2);
                    for (const QJsonValue &ref : results)
                        QCOMPARE(typeOf.value(ref.toObject().value("reference").toString()), QStringLiteral("Observation"));
                }
                if (type == "Encounter") {
                    for (const QJsonValue &d : r.value("diagnosis").toArray())
                        QCOMPARE(typeOf.value(d.toObject().value("condition").toObject().value("reference").toString()),
                                 QStringLiteral("Condition"));
                    QVERIFY(!r.value("reasonCode").toArray().isEmpty());
                    const QString cls = r.value("class").toObject().value("code").toString();
                    QVERIFY2(cls == "AMB" || cls == "IMP" || cls == "EMER", qPrintable(cls));
                }
            }
        }
    }

    void datesAreNeitherAfterNowNorBeforeBirth()
    {
        QStringList wrong;
        int checked = 0;
        for (const SyntheticPatient &p : std::as_const(m_population)) {
            const QDateTime birth(QDate::fromString(p.birthDate, Qt::ISODate), QTime(0, 0), Qt::UTC);
            for (const QJsonObject &r : p.records) {
                forEachDate(r, [&](const QString &s) {
                    const QDateTime t = parseFhir(s);
                    ++checked;
                    if (!t.isValid() || t > kNow || t < birth)
                        wrong << refOf(r) + ' ' + s + " (born " + p.birthDate + ')';
                });
                if (r.value("resourceType").toString() == "Encounter") {
                    const QJsonObject period = r.value("period").toObject();
                    QVERIFY(parseFhir(period.value("start").toString()) < parseFhir(period.value("end").toString()));
                }
            }
        }
        QVERIFY(checked > 10000);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 5).join(u'\n')));
    }

    void vitalsUseLoincUcumAndPhysiologicalValues()
    {
        // Wide physiological limits: anything outside is a generator bug, not a sick patient.
        static const QHash<QString, Expected> expected{
            {"8867-4", {"/min", 40, 220}},  {"8310-5", {"Cel", 34.0, 42.0}}, {"9279-1", {"/min", 8, 70}},
            {"59408-5", {"%", 70, 100}},    {"29463-7", {"kg", 2.0, 250.0}}, {"8302-2", {"cm", 40, 215}},
        };
        int abnormal = 0;
        int total = 0;
        for (const SyntheticPatient &p : std::as_const(m_population)) {
            const QDate birth = QDate::fromString(p.birthDate, Qt::ISODate);
            for (const QJsonObject &r : p.records) {
                if (r.value("resourceType").toString() != "Observation" || !hasCategory(r, "vital-signs"))
                    continue;
                ++total;
                QCOMPARE(systemOf(r.value("category").toArray().at(0).toObject()),
                         QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"));
                const QJsonObject code = r.value("code").toObject();
                QCOMPARE(systemOf(code), QStringLiteral("http://loinc.org"));
                const QString loinc = codeOf(code);
                if (loinc == "85354-9") {
                    QVERIFY(!r.contains("valueQuantity"));
                    const QJsonArray components = r.value("component").toArray();
                    QCOMPARE(components.size(), 2);
                    const QJsonObject sys = components.at(0).toObject();
                    const QJsonObject dia = components.at(1).toObject();
                    QCOMPARE(codeOf(sys.value("code").toObject()), QStringLiteral("8480-6"));
                    QCOMPARE(codeOf(dia.value("code").toObject()), QStringLiteral("8462-4"));
                    const QJsonObject s = sys.value("valueQuantity").toObject();
                    const QJsonObject d = dia.value("valueQuantity").toObject();
                    QCOMPARE(s.value("code").toString(), QStringLiteral("mm[Hg]"));
                    QCOMPARE(d.value("system").toString(), QStringLiteral("http://unitsofmeasure.org"));
                    QVERIFY(s.value("value").toDouble() >= 70 && s.value("value").toDouble() <= 220);
                    QVERIFY(d.value("value").toDouble() >= 40 && d.value("value").toDouble() <= 130);
                    QVERIFY(s.value("value").toDouble() > d.value("value").toDouble() + 15);
                    abnormal += s.value("value").toDouble() >= 140 ? 1 : 0;
                    continue;
                }
                QVERIFY2(expected.contains(loinc), qPrintable(loinc));
                if (loinc == "59408-5")
                    QCOMPARE(codeOf(code, 1), QStringLiteral("2708-6"));
                const QJsonObject q = r.value("valueQuantity").toObject();
                const Expected &e = expected[loinc];
                QCOMPARE(q.value("system").toString(), QStringLiteral("http://unitsofmeasure.org"));
                QCOMPARE(q.value("code").toString(), e.unit);
                const double value = q.value("value").toDouble();
                QVERIFY2(value >= e.low && value <= e.high, qPrintable(QStringLiteral("%1 = %2").arg(loinc).arg(value)));
                QVERIFY(r.contains("effectiveDateTime"));
                if (loinc == "8310-5" && value >= 38.0)
                    ++abnormal;
                if (loinc == "59408-5" && value < 92)
                    ++abnormal;

                // Size follows age: a toddler is not 170 cm tall.
                const int age = ageOn(birth, parseFhir(r.value("effectiveDateTime").toString()).date());
                if (loinc == "8302-2" && age < 2)
                    QVERIFY2(value < 100, qPrintable(QStringLiteral("%1 cm at %2").arg(value).arg(age)));
                if (loinc == "8302-2" && age >= 18)
                    QVERIFY(value >= 140);
                if (loinc == "29463-7" && age < 2)
                    QVERIFY(value < 20);
            }
        }
        qInfo("%d vital-sign observations, %d notably abnormal", total, abnormal);
        QVERIFY(abnormal > 0);
        QVERIFY(abnormal < total / 5);
    }

    void everyPatientHasEncounterVitalsAndConditionOrNote()
    {
        QList<qsizetype> counts;
        for (const SyntheticPatient &p : std::as_const(m_population)) {
            QSet<QString> types;
            bool vitals = false;
            for (const QJsonObject &r : p.records) {
                types.insert(r.value("resourceType").toString());
                vitals = vitals || (r.value("resourceType").toString() == "Observation" && hasCategory(r, "vital-signs"));
            }
            QVERIFY(types.contains("Encounter"));
            QVERIFY(vitals);
            QVERIFY(types.contains("Condition") || types.contains("DocumentReference"));
            counts.append(p.records.size());
        }
        std::sort(counts.begin(), counts.end());
        qInfo("records per patient: min %lld, median %lld, 90th percentile %lld, max %lld", qlonglong(counts.first()),
              qlonglong(counts.at(counts.size() / 2)), qlonglong(counts.at(counts.size() * 9 / 10)),
              qlonglong(counts.last()));
        // Typically 10-40; the multimorbid with a hospital stay reach more.
        QVERIFY(counts.first() >= 8);
        QVERIFY(counts.at(counts.size() / 2) >= 15 && counts.at(counts.size() / 2) <= 40);
        QVERIFY(counts.at(counts.size() * 9 / 10) <= 60);
        QVERIFY(counts.last() <= 100);
    }

    void populationCoversTheResourceTypes()
    {
        QHash<QString, int> perType;
        int withAllergy = 0;
        for (const SyntheticPatient &p : std::as_const(m_population)) {
            bool allergic = false;
            for (const QJsonObject &r : p.records) {
                perType[r.value("resourceType").toString()]++;
                allergic = allergic || r.value("resourceType").toString() == "AllergyIntolerance";
            }
            withAllergy += allergic ? 1 : 0;
        }
        for (const char *type : {"Encounter", "Observation", "DiagnosticReport", "Condition", "MedicationRequest",
                                 "AllergyIntolerance", "DocumentReference"})
            QVERIFY2(perType.value(type) > 0, type);
        const double allergyShare = double(withAllergy) / m_population.size();
        qInfo("%.0f%% of patients have an allergy", allergyShare * 100);
        QVERIFY(allergyShare > 0.2 && allergyShare < 0.4);
    }

    void labsCarryRangeAndMatchingInterpretation()
    {
        int flagged = 0;
        for (const SyntheticPatient &p : std::as_const(m_population)) {
            for (const QJsonObject &r : p.records) {
                if (r.value("resourceType").toString() != "Observation" || !hasCategory(r, "laboratory"))
                    continue;
                const double value = r.value("valueQuantity").toObject().value("value").toDouble();
                QCOMPARE(r.value("valueQuantity").toObject().value("system").toString(),
                         QStringLiteral("http://unitsofmeasure.org"));
                const QJsonObject range = r.value("referenceRange").toArray().at(0).toObject();
                QVERIFY(range.contains("low") || range.contains("high"));
                QString expected = "N";
                if (range.contains("low") && value < range.value("low").toObject().value("value").toDouble())
                    expected = "L";
                if (range.contains("high") && value > range.value("high").toObject().value("value").toDouble())
                    expected = "H";
                QCOMPARE(codeOf(r.value("interpretation").toArray().at(0).toObject()), expected);
                flagged += expected == "N" ? 0 : 1;
            }
        }
        QVERIFY(flagged > 0);
    }

    void conditionsCarrySnomedAndIcd10()
    {
        for (const SyntheticPatient &p : std::as_const(m_population)) {
            for (const QJsonObject &r : p.records) {
                if (r.value("resourceType").toString() != "Condition")
                    continue;
                const QJsonObject code = r.value("code").toObject();
                QCOMPARE(systemOf(code, 0), QStringLiteral("http://snomed.info/sct"));
                QCOMPARE(systemOf(code, 1), QStringLiteral("http://hl7.org/fhir/sid/icd-10-cm"));
                const QString status = codeOf(r.value("clinicalStatus").toObject());
                QVERIFY(status == "active" || status == "resolved");
                QCOMPARE(status == "resolved", r.contains("abatementDateTime"));
                QVERIFY(r.value("onsetDateTime").toString() <= r.value("recordedDate").toString());
            }
        }
    }

    void medicationsFitConditionsAndAllergies()
    {
        // Allergy code -> RxNorm products that patient must never be prescribed.
        static const QHash<QString, QSet<QString>> contraindicated{
            {"7980", {"308182", "562251"}},  // penicillin: amoxicillin, amoxicillin-clavulanate
            {"10180", {"198335"}},           // sulfonamides: trimethoprim-sulfamethoxazole
            {"5640", {"310965", "243670"}},  // NSAIDs: ibuprofen, aspirin
        };
        int prescriptions = 0;
        for (const SyntheticPatient &p : std::as_const(m_population)) {
            QSet<QString> conditions;
            QSet<QString> forbidden;
            for (const QJsonObject &r : p.records) {
                const QString type = r.value("resourceType").toString();
                if (type == "Condition")
                    conditions.insert(refOf(r));
                if (type == "AllergyIntolerance") {
                    for (const QJsonValue &c : r.value("code").toObject().value("coding").toArray())
                        forbidden += contraindicated.value(c.toObject().value("code").toString());
                }
            }
            for (const QJsonObject &r : p.records) {
                if (r.value("resourceType").toString() != "MedicationRequest")
                    continue;
                ++prescriptions;
                const QJsonObject med = r.value("medicationCodeableConcept").toObject();
                QCOMPARE(systemOf(med), QStringLiteral("http://www.nlm.nih.gov/research/umls/rxnorm"));
                QVERIFY2(!forbidden.contains(codeOf(med)), qPrintable(p.patientId + " " + codeOf(med)));
                QVERIFY(!r.value("dosageInstruction").toArray().at(0).toObject().value("text").toString().isEmpty());
                const QString reason = r.value("reasonReference").toArray().at(0).toObject().value("reference").toString();
                QVERIFY2(conditions.contains(reason), qPrintable(reason));
            }
        }
        QVERIFY(prescriptions > 50);
    }

    void notesQuoteTheEncounterVitals()
    {
        int notes = 0;
        for (const SyntheticPatient &p : std::as_const(m_population)) {
            QHash<QString, QString> bloodPressure; // encounter -> "120/80"
            QHash<QString, int> heartRate;
            for (const QJsonObject &r : p.records) {
                if (r.value("resourceType").toString() != "Observation")
                    continue;
                const QString loinc = codeOf(r.value("code").toObject());
                if (loinc == "85354-9") {
                    const QJsonArray c = r.value("component").toArray();
                    bloodPressure.insert(encounterOf(r), QStringLiteral("BP %1/%2 mmHg")
                                                         .arg(c.at(0).toObject().value("valueQuantity").toObject().value("value").toInt())
                                                         .arg(c.at(1).toObject().value("valueQuantity").toObject().value("value").toInt()));
                }
                if (loinc == "8867-4")
                    heartRate.insert(encounterOf(r), r.value("valueQuantity").toObject().value("value").toInt());
            }
            for (const QJsonObject &r : p.records) {
                if (r.value("resourceType").toString() != "DocumentReference")
                    continue;
                ++notes;
                const QJsonObject attachment = r.value("content").toArray().at(0).toObject().value("attachment").toObject();
                QCOMPARE(attachment.value("contentType").toString(), QStringLiteral("text/plain"));
                const QString text = QString::fromUtf8(QByteArray::fromBase64(attachment.value("data").toString().toLatin1()));
                const QString encounter = encounterOf(r);
                QVERIFY2(text.contains(QStringLiteral("HR %1/min").arg(heartRate.value(encounter))), qPrintable(text));
                if (bloodPressure.contains(encounter))
                    QVERIFY2(text.contains(bloodPressure.value(encounter)), qPrintable(text));
                QVERIFY(text.contains(p.familyName));
            }
        }
        QVERIFY(notes > 0);
    }

    void privateIdsAreUniqueAndReadable()
    {
        const QString alphabet = QString::fromLatin1(SyntheticPatients::privateIdAlphabet);
        for (QChar ambiguous : QStringLiteral("0O1IL"))
            QVERIFY(!alphabet.contains(ambiguous));
        const QString charset = QStringLiteral("[%1]{4}").arg(alphabet);
        const QRegularExpression shape(QStringLiteral("^%1-%1-%1$").arg(charset));

        const SyntheticPatients generator(kSeed);
        QSet<QString> ids;
        for (int i = 0; i < 1000; ++i) {
            const QString id = i < m_population.size() ? m_population.at(i).privateId
                                                       : generator.make(i, kNow).privateId;
            QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
            ids.insert(id);
        }
        QCOMPARE(ids.size(), 1000);
    }

    void bundleIsACollectionWithStableUuids()
    {
        const SyntheticPatients generator(kSeed);
        static const QRegularExpression urn(QStringLiteral("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        for (int i = 0; i < 20; ++i) {
            const SyntheticPatient &p = m_population.at(i);
            const QJsonObject b = generator.bundle(p);
            QCOMPARE(b.value("resourceType").toString(), QStringLiteral("Bundle"));
            QCOMPARE(b.value("type").toString(), QStringLiteral("collection"));
            const QJsonArray entries = b.value("entry").toArray();
            QCOMPARE(entries.size(), p.records.size() + 1);
            QCOMPARE(entries.at(0).toObject().value("resource").toObject(), p.patient);
            QSet<QString> urls;
            for (const QJsonValue &e : entries) {
                const QString url = e.toObject().value("fullUrl").toString();
                QVERIFY2(urn.match(url).hasMatch(), qPrintable(url));
                urls.insert(url);
            }
            QCOMPARE(urls.size(), entries.size());
        }
    }

    void generatesTwoHundredPatientsQuickly()
    {
        const SyntheticPatients generator(7);
        QElapsedTimer timer;
        timer.start();
        qsizetype resources = 0;
        for (int i = 0; i < 200; ++i)
            resources += generator.make(i, kNow).records.size() + 1;
        qInfo("200 patients (%lld resources) in %lld ms", qlonglong(resources), qlonglong(timer.elapsed()));
    }

    void printSample()
    {
        // Not a check: a way to eyeball one resource of each type.
        if (!qEnvironmentVariableIsSet("CARELEDGER_PRINT_SAMPLE"))
            QSKIP("set CARELEDGER_PRINT_SAMPLE=1 to print one resource of each type");
        QSet<QString> shown;
        for (const QJsonObject &r : m_population.at(3).records) {
            if (!shown.contains(r.value("resourceType").toString())) {
                shown.insert(r.value("resourceType").toString());
                qInfo().noquote() << QJsonDocument(r).toJson(QJsonDocument::Indented);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSyntheticPatients)
#include "tst_syntheticpatients.moc"
