#include "ValueSets.h"


namespace careledger {
namespace {

// Labels are marked for lupdate here and translated when handed out; the
// standard display stays English because it belongs to the code system.
struct Entry {
    const char *code;
    const char *label;
    const char *standard;
};

struct VitalEntry {
    const char *loinc;
    const char *label;
    const char *standard;
    const char *ucum;
    const char *unit;
    double min, max, normalLow, normalHigh;
    int decimals;
    bool second;
};

// Possible ranges are wide on purpose (neonates to bariatric adults, extreme
// fever and hypothermia): they reject typing errors, not unusual patients.
constexpr VitalEntry kVitals[] = {
    {"8867-4", QT_TRANSLATE_NOOP("ValueSets", "Heart rate"), "Heart rate", "/min", "beats/min", 20, 300, 60, 100, 0, false},
    {"9279-1", QT_TRANSLATE_NOOP("ValueSets", "Respiratory rate"), "Respiratory rate", "/min", "breaths/min", 2, 100, 12, 20, 0, false},
    {"59408-5", QT_TRANSLATE_NOOP("ValueSets", "Oxygen saturation"),
     "Oxygen saturation in Arterial blood by Pulse oximetry", "%", "%", 40, 100, 95, 100, 0, false},
    {"8310-5", QT_TRANSLATE_NOOP("ValueSets", "Body temperature"), "Body temperature", "Cel", "°C", 25, 45, 36.1, 37.5, 1, false},
    {"85354-9", QT_TRANSLATE_NOOP("ValueSets", "Blood pressure"), "Blood pressure panel with all children optional",
     "mm[Hg]", "mmHg", 20, 300, 90, 140, 0, true},
    {"29463-7", QT_TRANSLATE_NOOP("ValueSets", "Body weight"), "Body weight", "kg", "kg", 0.3, 650, 0.3, 650, 1, false},
    {"8302-2", QT_TRANSLATE_NOOP("ValueSets", "Body height"), "Body height", "cm", "cm", 20, 280, 20, 280, 1, false},
    {"39156-5", QT_TRANSLATE_NOOP("ValueSets", "Body mass index"), "Body mass index (BMI) [Ratio]", "kg/m2", "kg/m²",
     5, 150, 18.5, 24.9, 1, false},
    {"2339-0", QT_TRANSLATE_NOOP("ValueSets", "Blood glucose"), "Glucose [Mass/volume] in Blood", "mg/dL", "mg/dL",
     5, 2000, 70, 140, 0, false},
    {"72514-3", QT_TRANSLATE_NOOP("ValueSets", "Pain score (0-10)"),
     "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "{score}", "", 0, 10, 0, 3, 0, false},
};

// Codes the vital-sign forms write besides the entries above.
constexpr Entry kVitalParts[] = {
    {"8480-6", QT_TRANSLATE_NOOP("ValueSets", "Systolic blood pressure"), "Systolic blood pressure"},
    {"8462-4", QT_TRANSLATE_NOOP("ValueSets", "Diastolic blood pressure"), "Diastolic blood pressure"},
    {"2708-6", QT_TRANSLATE_NOOP("ValueSets", "Oxygen saturation"), "Oxygen saturation in Arterial blood"},
};

struct ConditionEntry {
    const char *snomed;
    const char *label;
    const char *standard;
    const char *icd10;
    const char *icd10Display;
};

// The problems a primary-care record sees most (the demo generator draws from
// the same codes).
constexpr ConditionEntry kConditions[] = {
    {"44054006", QT_TRANSLATE_NOOP("ValueSets", "Type 2 diabetes mellitus"), "Diabetes mellitus type 2 (disorder)",
     "E11.9", "Type 2 diabetes mellitus without complications"},
    {"15777000", QT_TRANSLATE_NOOP("ValueSets", "Prediabetes"), "Prediabetes (finding)", "R73.03", "Prediabetes"},
    {"38341003", QT_TRANSLATE_NOOP("ValueSets", "Hypertension"), "Hypertensive disorder, systemic arterial (disorder)",
     "I10", "Essential (primary) hypertension"},
    {"55822004", QT_TRANSLATE_NOOP("ValueSets", "Hyperlipidaemia"), "Hyperlipidemia (disorder)", "E78.5",
     "Hyperlipidemia, unspecified"},
    {"162864005", QT_TRANSLATE_NOOP("ValueSets", "Obesity (BMI 30+)"), "Body mass index 30+ - obesity (finding)",
     "E66.9", "Obesity, unspecified"},
    {"399211009", QT_TRANSLATE_NOOP("ValueSets", "History of myocardial infarction"),
     "History of myocardial infarction (situation)", "I25.2", "Old myocardial infarction"},
    {"84114007", QT_TRANSLATE_NOOP("ValueSets", "Heart failure"), "Heart failure (disorder)", "I50.9",
     "Heart failure, unspecified"},
    {"49436004", QT_TRANSLATE_NOOP("ValueSets", "Atrial fibrillation"), "Atrial fibrillation (disorder)", "I48.91",
     "Unspecified atrial fibrillation"},
    {"433144002", QT_TRANSLATE_NOOP("ValueSets", "Chronic kidney disease stage 3"),
     "Chronic kidney disease stage 3 (disorder)", "N18.30", "Chronic kidney disease, stage 3 unspecified"},
    {"431855005", QT_TRANSLATE_NOOP("ValueSets", "Chronic kidney disease stage 1"),
     "Chronic kidney disease stage 1 (disorder)", "N18.1", "Chronic kidney disease, stage 1"},
    {"13645005", QT_TRANSLATE_NOOP("ValueSets", "Chronic obstructive pulmonary disease"),
     "Chronic obstructive lung disease (disorder)", "J44.9", "Chronic obstructive pulmonary disease, unspecified"},
    {"195967001", QT_TRANSLATE_NOOP("ValueSets", "Asthma"), "Asthma (disorder)", "J45.909",
     "Unspecified asthma, uncomplicated"},
    {"35489007", QT_TRANSLATE_NOOP("ValueSets", "Depression"), "Depressive disorder (disorder)", "F32.9",
     "Major depressive disorder, single episode, unspecified"},
    {"197480006", QT_TRANSLATE_NOOP("ValueSets", "Anxiety disorder"), "Anxiety disorder (disorder)", "F41.9",
     "Anxiety disorder, unspecified"},
    {"239873007", QT_TRANSLATE_NOOP("ValueSets", "Osteoarthritis of knee"), "Osteoarthritis of knee (disorder)",
     "M17.9", "Osteoarthritis of knee, unspecified"},
    {"69896004", QT_TRANSLATE_NOOP("ValueSets", "Rheumatoid arthritis"), "Rheumatoid arthritis (disorder)", "M06.9",
     "Rheumatoid arthritis, unspecified"},
    {"87522002", QT_TRANSLATE_NOOP("ValueSets", "Iron deficiency anaemia"), "Iron deficiency anemia (disorder)",
     "D50.9", "Iron deficiency anemia, unspecified"},
    {"37796009", QT_TRANSLATE_NOOP("ValueSets", "Migraine"), "Migraine (disorder)", "G43.909",
     "Migraine, unspecified, not intractable, without status migrainosus"},
    {"24079001", QT_TRANSLATE_NOOP("ValueSets", "Atopic dermatitis"), "Atopic dermatitis (disorder)", "L20.9",
     "Atopic dermatitis, unspecified"},
    {"40055000", QT_TRANSLATE_NOOP("ValueSets", "Chronic sinusitis"), "Chronic sinusitis (disorder)", "J32.9",
     "Chronic sinusitis, unspecified"},
    {"68496003", QT_TRANSLATE_NOOP("ValueSets", "Polyp of colon"), "Polyp of colon (disorder)", "K63.5",
     "Polyp of colon"},
    {"68566005", QT_TRANSLATE_NOOP("ValueSets", "Urinary tract infection"),
     "Urinary tract infectious disease (disorder)", "N39.0", "Urinary tract infection, site not specified"},
    {"385093006", QT_TRANSLATE_NOOP("ValueSets", "Community-acquired pneumonia"),
     "Community acquired pneumonia (disorder)", "J18.9", "Pneumonia, unspecified organism"},
    {"10509002", QT_TRANSLATE_NOOP("ValueSets", "Acute bronchitis"), "Acute bronchitis (disorder)", "J20.9",
     "Acute bronchitis, unspecified"},
};

constexpr Entry kMedications[] = {
    {"861007", QT_TRANSLATE_NOOP("ValueSets", "Metformin 500 mg tablet"), "metformin hydrochloride 500 MG Oral Tablet"},
    {"860975", QT_TRANSLATE_NOOP("ValueSets", "Metformin 500 mg extended-release tablet"),
     "24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet"},
    {"314076", QT_TRANSLATE_NOOP("ValueSets", "Lisinopril 10 mg tablet"), "lisinopril 10 MG Oral Tablet"},
    {"197361", QT_TRANSLATE_NOOP("ValueSets", "Amlodipine 5 mg tablet"), "amlodipine 5 MG Oral Tablet"},
    {"617314", QT_TRANSLATE_NOOP("ValueSets", "Atorvastatin 10 mg tablet"), "atorvastatin 10 MG Oral Tablet"},
    {"314231", QT_TRANSLATE_NOOP("ValueSets", "Simvastatin 10 mg tablet"), "simvastatin 10 MG Oral Tablet"},
    {"243670", QT_TRANSLATE_NOOP("ValueSets", "Aspirin 81 mg tablet"), "aspirin 81 MG Oral Tablet"},
    {"855332", QT_TRANSLATE_NOOP("ValueSets", "Warfarin 5 mg tablet"), "warfarin sodium 5 MG Oral Tablet"},
    {"313988", QT_TRANSLATE_NOOP("ValueSets", "Furosemide 40 mg tablet"), "furosemide 40 MG Oral Tablet"},
    {"745679", QT_TRANSLATE_NOOP("ValueSets", "Albuterol 90 mcg inhaler"),
     "200 ACTUAT albuterol 0.09 MG/ACTUAT Metered Dose Inhaler"},
    {"895994", QT_TRANSLATE_NOOP("ValueSets", "Fluticasone 44 mcg inhaler"),
     "120 ACTUAT fluticasone propionate 0.044 MG/ACTUAT Metered Dose Inhaler"},
    {"312940", QT_TRANSLATE_NOOP("ValueSets", "Sertraline 50 mg tablet"), "sertraline 50 MG Oral Tablet"},
    {"313782", QT_TRANSLATE_NOOP("ValueSets", "Acetaminophen 325 mg tablet"), "acetaminophen 325 MG Oral Tablet"},
    {"310965", QT_TRANSLATE_NOOP("ValueSets", "Ibuprofen 200 mg tablet"), "ibuprofen 200 MG Oral Tablet"},
    {"105585", QT_TRANSLATE_NOOP("ValueSets", "Methotrexate 2.5 mg tablet"), "methotrexate 2.5 MG Oral Tablet"},
    {"310325", QT_TRANSLATE_NOOP("ValueSets", "Ferrous sulfate 325 mg tablet"), "ferrous sulfate 325 MG Oral Tablet"},
    {"308182", QT_TRANSLATE_NOOP("ValueSets", "Amoxicillin 250 mg capsule"), "amoxicillin 250 MG Oral Capsule"},
    {"308460", QT_TRANSLATE_NOOP("ValueSets", "Azithromycin 250 mg tablet"), "azithromycin 250 MG Oral Tablet"},
    {"562251", QT_TRANSLATE_NOOP("ValueSets", "Amoxicillin 250 mg / clavulanate 125 mg tablet"),
     "amoxicillin 250 MG / clavulanate 125 MG Oral Tablet"},
    {"198335", QT_TRANSLATE_NOOP("ValueSets", "Sulfamethoxazole 800 mg / trimethoprim 160 mg tablet"),
     "sulfamethoxazole 800 MG / trimethoprim 160 MG Oral Tablet"},
    {"312615", QT_TRANSLATE_NOOP("ValueSets", "Prednisone 20 mg tablet"), "predniSONE 20 MG Oral Tablet"},
    {"316049", QT_TRANSLATE_NOOP("ValueSets", "Hydrochlorothiazide 25 mg"), "hydrochlorothiazide 25 MG"},
};

struct AllergenEntry {
    const char *snomed;
    const char *label;
    const char *standard;
    const char *category;
};

constexpr AllergenEntry kAllergens[] = {
    {"764146007", QT_TRANSLATE_NOOP("ValueSets", "Penicillin"), "Penicillin (substance)", "medication"},
    {"387406002", QT_TRANSLATE_NOOP("ValueSets", "Sulfonamide antibiotics"), "Sulfonamide (substance)", "medication"},
    {"387458008", QT_TRANSLATE_NOOP("ValueSets", "Aspirin"), "Aspirin (substance)", "medication"},
    {"387207008", QT_TRANSLATE_NOOP("ValueSets", "Ibuprofen"), "Ibuprofen (substance)", "medication"},
    {"387494007", QT_TRANSLATE_NOOP("ValueSets", "Codeine"), "Codeine (substance)", "medication"},
    {"762952008", QT_TRANSLATE_NOOP("ValueSets", "Peanut"), "Peanut (substance)", "food"},
    {"442571000124108", QT_TRANSLATE_NOOP("ValueSets", "Tree nut"), "Tree nut (substance)", "food"},
    {"735029006", QT_TRANSLATE_NOOP("ValueSets", "Shellfish"), "Shellfish (substance)", "food"},
    {"735971005", QT_TRANSLATE_NOOP("ValueSets", "Fish"), "Fish (substance)", "food"},
    {"102263004", QT_TRANSLATE_NOOP("ValueSets", "Eggs"), "Eggs (edible) (substance)", "food"},
    {"3718001", QT_TRANSLATE_NOOP("ValueSets", "Cow's milk"), "Cow's milk (substance)", "food"},
    {"412071004", QT_TRANSLATE_NOOP("ValueSets", "Wheat"), "Wheat (substance)", "food"},
    {"111088007", QT_TRANSLATE_NOOP("ValueSets", "Latex"), "Latex (substance)", "environment"},
    {"288328004", QT_TRANSLATE_NOOP("ValueSets", "Bee venom"), "Bee venom (substance)", "environment"},
    {"260147004", QT_TRANSLATE_NOOP("ValueSets", "House dust mite"), "House dust mite (organism)", "environment"},
    {"256277009", QT_TRANSLATE_NOOP("ValueSets", "Grass pollen"), "Grass pollen (substance)", "environment"},
    {"782576004", QT_TRANSLATE_NOOP("ValueSets", "Tree pollen"), "Tree pollen (substance)", "environment"},
    {"264287008", QT_TRANSLATE_NOOP("ValueSets", "Animal dander"), "Animal dander (substance)", "environment"},
    {"84489001", QT_TRANSLATE_NOOP("ValueSets", "Mould"), "Mold (organism)", "environment"},
};

QString label(const char *text)
{
    return QCoreApplication::translate("ValueSets", text);
}

CodedConcept coded(const char *system, const char *code, const char *text)
{
    return CodedConcept{QString::fromLatin1(system), QString::fromLatin1(code), label(text)};
}

VitalSignDefinition vital(const VitalEntry &v)
{
    VitalSignDefinition d;
    d.code = coded(ValueSets::loinc, v.loinc, v.label);
    d.unit = QString::fromUtf8(v.ucum);
    d.unitDisplay = QString::fromUtf8(v.unit);
    d.min = v.min;
    d.max = v.max;
    d.normalLow = v.normalLow;
    d.normalHigh = v.normalHigh;
    d.decimals = v.decimals;
    d.hasSecondValue = v.second;
    return d;
}

} // namespace

QList<VitalSignDefinition> ValueSets::vitalSigns()
{
    QList<VitalSignDefinition> list;
    for (const VitalEntry &v : kVitals)
        list.append(vital(v));
    return list;
}

QList<CodedConcept> ValueSets::conditions()
{
    QList<CodedConcept> list;
    for (const ConditionEntry &c : kConditions)
        list.append(coded(snomed, c.snomed, c.label));
    return list;
}

QList<CodedConcept> ValueSets::conditionsIcd10()
{
    QList<CodedConcept> list;
    for (const ConditionEntry &c : kConditions)
        list.append(CodedConcept{QString::fromLatin1(icd10cm), QString::fromLatin1(c.icd10),
                                 QString::fromUtf8(c.icd10Display)});
    return list;
}

QList<CodedConcept> ValueSets::medications()
{
    QList<CodedConcept> list;
    for (const Entry &m : kMedications)
        list.append(coded(rxnorm, m.code, m.label));
    return list;
}

QList<CodedConcept> ValueSets::allergens()
{
    QList<CodedConcept> list;
    for (const AllergenEntry &a : kAllergens)
        list.append(coded(snomed, a.snomed, a.label));
    return list;
}

std::optional<VitalSignDefinition> ValueSets::vitalSign(const QString &code)
{
    for (const VitalEntry &v : kVitals) {
        if (code == QLatin1String(v.loinc))
            return vital(v);
    }
    return std::nullopt;
}

std::optional<CodedConcept> ValueSets::find(const QString &system, const QString &code)
{
    if (system == QLatin1String(loinc)) {
        for (const VitalEntry &v : kVitals) {
            if (code == QLatin1String(v.loinc))
                return coded(loinc, v.loinc, v.label);
        }
        for (const Entry &e : kVitalParts) {
            if (code == QLatin1String(e.code))
                return coded(loinc, e.code, e.label);
        }
    } else if (system == QLatin1String(snomed)) {
        for (const ConditionEntry &c : kConditions) {
            if (code == QLatin1String(c.snomed))
                return coded(snomed, c.snomed, c.label);
        }
        for (const AllergenEntry &a : kAllergens) {
            if (code == QLatin1String(a.snomed))
                return coded(snomed, a.snomed, a.label);
        }
    } else if (system == QLatin1String(rxnorm)) {
        for (const Entry &m : kMedications) {
            if (code == QLatin1String(m.code))
                return coded(rxnorm, m.code, m.label);
        }
    } else if (system == QLatin1String(icd10cm)) {
        for (const ConditionEntry &c : kConditions) {
            if (code == QLatin1String(c.icd10))
                return coded(icd10cm, c.icd10, c.label);
        }
    }
    return std::nullopt;
}

QString ValueSets::standardDisplay(const QString &system, const QString &code)
{
    if (system == QLatin1String(loinc)) {
        for (const VitalEntry &v : kVitals) {
            if (code == QLatin1String(v.loinc))
                return QString::fromUtf8(v.standard);
        }
        for (const Entry &e : kVitalParts) {
            if (code == QLatin1String(e.code))
                return QString::fromUtf8(e.standard);
        }
    } else if (system == QLatin1String(snomed)) {
        for (const ConditionEntry &c : kConditions) {
            if (code == QLatin1String(c.snomed))
                return QString::fromUtf8(c.standard);
        }
        for (const AllergenEntry &a : kAllergens) {
            if (code == QLatin1String(a.snomed))
                return QString::fromUtf8(a.standard);
        }
    } else if (system == QLatin1String(rxnorm)) {
        for (const Entry &m : kMedications) {
            if (code == QLatin1String(m.code))
                return QString::fromUtf8(m.standard);
        }
    } else if (system == QLatin1String(icd10cm)) {
        for (const ConditionEntry &c : kConditions) {
            if (code == QLatin1String(c.icd10))
                return QString::fromUtf8(c.icd10Display);
        }
    }
    return {};
}

std::optional<CodedConcept> ValueSets::icd10For(const QString &snomedCode)
{
    for (const ConditionEntry &c : kConditions) {
        if (snomedCode == QLatin1String(c.snomed))
            return CodedConcept{QString::fromLatin1(icd10cm), QString::fromLatin1(c.icd10),
                                QString::fromUtf8(c.icd10Display)};
    }
    return std::nullopt;
}

QString ValueSets::allergenCategory(const QString &snomedCode)
{
    for (const AllergenEntry &a : kAllergens) {
        if (snomedCode == QLatin1String(a.snomed))
            return QString::fromLatin1(a.category);
    }
    return {};
}

} // namespace careledger
