#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace careledger {

// One code from a code system. `display` is the label shown to users
// (translated); FHIR Coding.display uses standardDisplay() instead.
struct CodedConcept {
    QString system;
    QString code;
    QString display;
};

struct VitalSignDefinition {
    CodedConcept code;      // LOINC (named "code": "concept" is a C++20 keyword)
    QString unit;           // UCUM code, e.g. "mm[Hg]"
    QString unitDisplay;    // as read, e.g. "mmHg"
    double min = 0;         // physiologically possible range: outside = invalid entry
    double max = 0;
    double normalLow = 0;   // adult resting norm (equal to min/max where there is none)
    double normalHigh = 0;
    int decimals = 0;
    // Blood pressure: value is systolic (8480-6), second value diastolic
    // (8462-4), both components of panel 85354-9.
    bool hasSecondValue = false;
};

// Small built-in value sets for the record forms: the codes a nurse or doctor
// picks from, and what the renderer uses to name them plainly.
class ValueSets {
    Q_DECLARE_TR_FUNCTIONS(ValueSets)
public:
    static constexpr const char *loinc = "http://loinc.org";
    static constexpr const char *snomed = "http://snomed.info/sct";
    static constexpr const char *rxnorm = "http://www.nlm.nih.gov/research/umls/rxnorm";
    static constexpr const char *icd10cm = "http://hl7.org/fhir/sid/icd-10-cm";
    static constexpr const char *ucum = "http://unitsofmeasure.org";

    static QList<VitalSignDefinition> vitalSigns(); // in form order
    static QList<CodedConcept> conditions();         // SNOMED CT problems
    static QList<CodedConcept> conditionsIcd10();    // ICD-10-CM equivalents, same order as conditions()
    static QList<CodedConcept> medications();        // RxNorm clinical drugs
    static QList<CodedConcept> allergens();          // SNOMED CT substances
    static std::optional<VitalSignDefinition> vitalSign(const QString &loinc);

    // Any concept of the sets above (including the BP components 8480-6/8462-4
    // and SpO2's 2708-6); nullopt if unknown.
    static std::optional<CodedConcept> find(const QString &system, const QString &code);
    // The code system's own English display, for Coding.display; empty if unknown.
    static QString standardDisplay(const QString &system, const QString &code);
    // ICD-10-CM equivalent of a SNOMED CT condition of conditions(); nullopt if none.
    static std::optional<CodedConcept> icd10For(const QString &snomedCode);
    // FHIR AllergyIntolerance.category of an allergen ("medication", "food",
    // "environment"); empty if unknown.
    static QString allergenCategory(const QString &snomedCode);
};

} // namespace careledger
