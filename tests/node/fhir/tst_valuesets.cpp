#include "fhir/SyntheticPatients.h"
#include "fhir/ValueSets.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace careledger;

namespace {

const QDateTime kNow(QDate(2025, 3, 14), QTime(10, 30), Qt::UTC);

bool uniqueCodes(const QList<CodedConcept> &set)
{
    QSet<QString> codes;
    for (const CodedConcept &c : set)
        codes.insert(c.code);
    return codes.size() == set.size();
}

} // namespace

class TestValueSets : public QObject {
    Q_OBJECT

private slots:
    void vitalSign_data()
    {
        QTest::addColumn<QString>("loinc");
        QTest::addColumn<QString>("ucum");
        QTest::addColumn<bool>("twoValues");
        QTest::newRow("heart rate") << "8867-4" << "/min" << false;
        QTest::newRow("respiratory rate") << "9279-1" << "/min" << false;
        QTest::newRow("oxygen saturation") << "59408-5" << "%" << false;
        QTest::newRow("body temperature") << "8310-5" << "Cel" << false;
        QTest::newRow("blood pressure panel") << "85354-9" << "mm[Hg]" << true;
        QTest::newRow("body weight") << "29463-7" << "kg" << false;
        QTest::newRow("body height") << "8302-2" << "cm" << false;
        QTest::newRow("BMI") << "39156-5" << "kg/m2" << false;
        QTest::newRow("blood glucose") << "2339-0" << "mg/dL" << false;
    }
    void vitalSign()
    {
        QFETCH(QString, loinc);
        QFETCH(QString, ucum);
        QFETCH(bool, twoValues);
        const auto def = ValueSets::vitalSign(loinc);
        QVERIFY(def);
        QCOMPARE(def->code.system, QString::fromLatin1(ValueSets::loinc));
        QCOMPARE(def->code.code, loinc);
        QVERIFY(!def->code.display.isEmpty());
        QCOMPARE(def->unit, ucum);
        QCOMPARE(def->hasSecondValue, twoValues);
        // The possible range holds the normal one.
        QVERIFY(def->min < def->max);
        QVERIFY(def->min <= def->normalLow);
        QVERIFY(def->normalLow < def->normalHigh);
        QVERIFY(def->normalHigh <= def->max);
        QVERIFY(def->decimals >= 0 && def->decimals <= 2);
        QVERIFY(!ValueSets::standardDisplay(ValueSets::loinc, loinc).isEmpty());
    }

    void unknownVitalSign()
    {
        QVERIFY(!ValueSets::vitalSign("4548-4")); // a lab test, not a vital sign
        QVERIFY(!ValueSets::vitalSign(""));
    }

    void bloodPressureComponentsAreKnown()
    {
        QCOMPARE(ValueSets::find(ValueSets::loinc, "8480-6")->display, QStringLiteral("Systolic blood pressure"));
        QCOMPARE(ValueSets::find(ValueSets::loinc, "8462-4")->display, QStringLiteral("Diastolic blood pressure"));
    }

    void setsAreSizedAndUnique()
    {
        QVERIFY(ValueSets::vitalSigns().size() >= 9);
        QVERIFY(ValueSets::conditions().size() >= 20);
        QVERIFY(ValueSets::medications().size() >= 20);
        QVERIFY(ValueSets::allergens().size() >= 12);
        QVERIFY(uniqueCodes(ValueSets::conditions()));
        QVERIFY(uniqueCodes(ValueSets::medications()));
        QVERIFY(uniqueCodes(ValueSets::allergens()));
    }

    void everyConceptHasSystemLabelAndStandardDisplay()
    {
        const QList<QPair<QList<CodedConcept>, QString>> sets{
            {ValueSets::conditions(), ValueSets::snomed},
            {ValueSets::medications(), ValueSets::rxnorm},
            {ValueSets::allergens(), ValueSets::snomed},
        };
        for (const auto &[set, system] : sets) {
            for (const CodedConcept &c : set) {
                QCOMPARE(c.system, system);
                QVERIFY2(!c.display.isEmpty(), qPrintable(c.code));
                QVERIFY2(!ValueSets::standardDisplay(c.system, c.code).isEmpty(), qPrintable(c.code));
                QCOMPARE(ValueSets::find(c.system, c.code)->display, c.display);
            }
        }
    }

    void conditionsHaveIcd10Equivalents()
    {
        const QList<CodedConcept> snomed = ValueSets::conditions();
        const QList<CodedConcept> icd = ValueSets::conditionsIcd10();
        QCOMPARE(icd.size(), snomed.size());
        for (qsizetype i = 0; i < snomed.size(); ++i) {
            QCOMPARE(icd.at(i).system, QString::fromLatin1(ValueSets::icd10cm));
            QVERIFY(!icd.at(i).display.isEmpty());
            QCOMPARE(ValueSets::icd10For(snomed.at(i).code)->code, icd.at(i).code);
        }
        QCOMPARE(ValueSets::icd10For("44054006")->code, QStringLiteral("E11.9"));
        QCOMPARE(ValueSets::icd10For("38341003")->code, QStringLiteral("I10"));
        QVERIFY(!ValueSets::icd10For("764146007")); // a substance
    }

    void allergensHaveACategory()
    {
        const QSet<QString> categories{"medication", "food", "environment"};
        for (const CodedConcept &a : ValueSets::allergens())
            QVERIFY2(categories.contains(ValueSets::allergenCategory(a.code)), qPrintable(a.code));
        QCOMPARE(ValueSets::allergenCategory("764146007"), QStringLiteral("medication"));
        QCOMPARE(ValueSets::allergenCategory("762952008"), QStringLiteral("food"));
        QCOMPARE(ValueSets::allergenCategory("111088007"), QStringLiteral("environment"));
        QVERIFY(ValueSets::allergenCategory("nonsense").isEmpty());
    }

    // The forms offer what the demo records hold: every problem-list condition
    // and every prescription the generator writes uses a code of these sets.
    void coversTheDemoRecords()
    {
        QSet<QString> conditions;
        QSet<QString> medications;
        for (const CodedConcept &c : ValueSets::conditions())
            conditions.insert(c.code);
        for (const CodedConcept &m : ValueSets::medications())
            medications.insert(m.code);
        const SyntheticPatients generator(7);
        int seen = 0;
        for (int i = 0; i < 60; ++i) {
            for (const QJsonObject &r : generator.make(i, kNow).records) {
                const QString type = r.value("resourceType").toString();
                if (type == "Condition"
                    && r.value("category").toArray().at(0).toObject().value("coding").toArray().at(0).toObject()
                                    .value("code").toString() == "problem-list-item") {
                    const QString code = r.value("code").toObject().value("coding").toArray().at(0).toObject()
                                                 .value("code").toString();
                    QVERIFY2(conditions.contains(code), qPrintable(code));
                    ++seen;
                } else if (type == "MedicationRequest") {
                    const QString code = r.value("medicationCodeableConcept").toObject().value("coding").toArray()
                                                 .at(0).toObject().value("code").toString();
                    QVERIFY2(medications.contains(code), qPrintable(code));
                    ++seen;
                }
            }
        }
        QVERIFY(seen > 20);
    }
};

QTEST_GUILESS_MAIN(TestValueSets)
#include "tst_valuesets.moc"
