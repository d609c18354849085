#pragma once

// Clinical reference data behind SyntheticPatients: code systems, name pools,
// physiological norms and the catalogues of conditions, presentations, labs,
// medications and allergies. Only SyntheticPatients.cpp includes this.
//
// Codes are meant to be the real LOINC / SNOMED CT / ICD-10-CM / RxNorm concepts
// and displays (picked from widely used sets, not checked against a terminology
// server); everything else (names, places, clinicians) is invented.

#include <QtGlobal>

#include <array>
#include <cstddef>
#include <iterator>
#include <limits>
#include <span>

namespace careledger::synthetic {

// ---------------------------------------------------------------------------
// Code systems

constexpr const char *kSnomed = "http://snomed.info/sct";
constexpr const char *kLoinc = "http://loinc.org";
constexpr const char *kRxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";
constexpr const char *kIcd10 = "http://hl7.org/fhir/sid/icd-10-cm";
constexpr const char *kUcum = "http://unitsofmeasure.org";
constexpr const char *kActCode = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
constexpr const char *kObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";
constexpr const char *kInterpretation = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
constexpr const char *kReferenceRangeMeaning = "http://terminology.hl7.org/CodeSystem/referencerange-meaning";
constexpr const char *kConditionClinical = "http://terminology.hl7.org/CodeSystem/condition-clinical";
constexpr const char *kConditionVerification = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
constexpr const char *kConditionCategory = "http://terminology.hl7.org/CodeSystem/condition-category";
constexpr const char *kAllergyClinical = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
constexpr const char *kAllergyVerification = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
constexpr const char *kMedicationRequestCategory = "http://terminology.hl7.org/CodeSystem/medicationrequest-category";
constexpr const char *kDiagnosticService = "http://terminology.hl7.org/CodeSystem/v2-0074";
constexpr const char *kDocumentCategory = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category";
constexpr const char *kIdentifierType = "http://terminology.hl7.org/CodeSystem/v2-0203";
constexpr const char *kDischargeDisposition = "http://terminology.hl7.org/CodeSystem/discharge-disposition";
// Under the .example TLD (RFC 2606), so it can never collide with a real issuer.
constexpr const char *kMrnSystem = "https://demo.careledger.example/fhir/mrn";

// ---------------------------------------------------------------------------
// Demographic tables. Names are grouped by origin so that given and family name
// usually match; a fifth of patients get a family name from another group, as
// mixed families do.

struct NamePool {
    std::array<const char *, 10> female;
    std::array<const char *, 10> male;
    std::array<const char *, 12> family;
};

constexpr NamePool kNamePools[] = {
    {{"Emily", "Sarah", "Hannah", "Olivia", "Margaret", "Rachel", "Laura", "Grace", "Abigail", "Charlotte"},
     {"James", "Michael", "Robert", "William", "Thomas", "Daniel", "Matthew", "Andrew", "George", "Samuel"},
     {"Smith", "Johnson", "Walker", "Thompson", "Harris", "Clarke", "Bennett", "Hughes", "Foster", "Mitchell", "Turner", "Collins"}},
    {{"María", "Lucía", "Sofía", "Carmen", "Valentina", "Isabel", "Gabriela", "Ana", "Daniela", "Rosa"},
     {"José", "Carlos", "Juan", "Miguel", "Luis", "Alejandro", "Diego", "Javier", "Andrés", "Mateo"},
     {"García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Morales"}},
    {{"Mei", "Xiuying", "Lina", "Jing", "Yan", "Hui", "Xiaomin", "Ling", "Fang", "Qian"},
     {"Wei", "Jun", "Hao", "Lei", "Ming", "Jian", "Tao", "Yong", "Bo", "Zhihao"},
     {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun"}},
    {{"Priya", "Ananya", "Deepika", "Lakshmi", "Kavya", "Sunita", "Meera", "Pooja", "Neha", "Shreya"},
     {"Arjun", "Rahul", "Vikram", "Sanjay", "Rohan", "Amit", "Ravi", "Suresh", "Karan", "Anil"},
     {"Patel", "Sharma", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Desai", "Mehta", "Chopra", "Rao"}},
    {{"Fatima", "Aisha", "Layla", "Mariam", "Noor", "Yasmin", "Huda", "Salma", "Zainab", "Rania"},
     {"Mohammed", "Ahmed", "Omar", "Ali", "Youssef", "Khalid", "Hassan", "Ibrahim", "Tariq", "Karim"},
     {"Haddad", "Khalil", "Mansour", "Nasser", "Hamdan", "Saleh", "Farouk", "Aziz", "Rahman", "Darwish", "Qasim", "Abboud"}},
    {{"Ngozi", "Chiamaka", "Adaeze", "Folake", "Amara", "Abena", "Efua", "Yewande", "Nneka", "Adwoa"},
     {"Chukwuemeka", "Oluwaseun", "Kwame", "Kofi", "Emeka", "Tunde", "Babajide", "Obinna", "Yaw", "Chidi"},
     {"Okafor", "Adeyemi", "Okonkwo", "Mensah", "Nwosu", "Balogun", "Eze", "Asante", "Boateng", "Obi", "Adebayo", "Owusu"}},
    {{"Yuki", "Haruka", "Sakura", "Aiko", "Emi", "Naomi", "Keiko", "Yui", "Misaki", "Rin"},
     {"Hiroshi", "Takeshi", "Kenji", "Daisuke", "Haruto", "Sota", "Ren", "Kazuki", "Yuto", "Shota"},
     {"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada"}},
    {{"Anna", "Katharina", "Lena", "Leonie", "Sabine", "Ursula", "Johanna", "Greta", "Petra", "Monika"},
     {"Lukas", "Jonas", "Felix", "Maximilian", "Stefan", "Jürgen", "Klaus", "Tobias", "Florian", "Matthias"},
     {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Wagner", "Hoffmann", "Schäfer", "Koch", "Richter", "Klein"}},
    // Polish and Ukrainian family names without gendered endings.
    {{"Olga", "Natalia", "Katarzyna", "Agnieszka", "Svitlana", "Iryna", "Zofia", "Oksana", "Magdalena", "Tetiana"},
     {"Piotr", "Dmytro", "Oleksandr", "Tomasz", "Serhiy", "Jakub", "Mykola", "Paweł", "Krzysztof", "Andriy"},
     {"Nowak", "Kowalczyk", "Wójcik", "Kaczmarek", "Mazur", "Krawczyk", "Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Zając"}},
    {{"Ji-woo", "Seo-yeon", "Min-ji", "Soo-ah", "Ha-eun", "Ye-jin", "Eun-ji", "Hye-won", "Da-eun", "Yoon-seo"},
     {"Min-jun", "Seo-jun", "Ji-hoon", "Hyun-woo", "Dong-hyun", "Jae-won", "Sung-min", "Joon-ho", "Tae-yang", "Woo-jin"},
     {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin"}},
    {{"Linh", "Trang", "Thảo", "Hương", "Ngọc", "Lan", "Hạnh", "Thu", "Phương", "Vy"},
     {"Minh", "Tuấn", "Dũng", "Hùng", "Quang", "Khoa", "Long", "Huy", "Nam", "Phong"},
     {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"}},
    // Italian and Greek (Cypriot genitive family names are the same for both sexes).
    {{"Giulia", "Francesca", "Chiara", "Elena", "Alessandra", "Eleni", "Dimitra", "Georgia", "Federica", "Paola"},
     {"Marco", "Giuseppe", "Luca", "Giovanni", "Alessandro", "Nikolaos", "Georgios", "Konstantinos", "Stefano", "Paolo"},
     {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Georgiou", "Christodoulou", "Ioannou", "Antoniou"}},
};

// Addresses are fictional down to the country, so no generated record can point
// at a real home.
constexpr const char *kCountry = "Arden";
struct City {
    const char *name;
    const char *postalPrefix;
};
constexpr City kCities[] = {
    {"Ashford Vale", "41"}, {"Brackenridge", "42"}, {"Coldwater Bay", "43"}, {"Dunmore Falls", "44"},
    {"Elmstead", "45"}, {"Fairhaven Cross", "46"}, {"Glenrock", "47"}, {"Kestrel Bay", "48"},
};
constexpr const char *kStreetNames[] = {
    "Maple", "Harbour", "Juniper", "Willow", "Kingfisher", "Quarry", "Orchard", "Beacon", "Lantern",
    "Heron", "Saffron", "Tanner", "Chapel", "Mill", "Linden", "Rowan", "Copper", "Fern",
};
constexpr const char *kStreetKinds[] = {"Street", "Avenue", "Road", "Lane", "Way", "Crescent", "Drive", "Close"};
// Phone numbers use 555-0100..0199, the block reserved for fiction in every
// North American area code.
constexpr const char *kAreaCodes[] = {"206", "303", "412", "503", "608", "702", "808", "919"};

constexpr const char *kClinicians[] = {
    "Dr. Amelia Hart", "Dr. Tomasz Wrona", "Dr. Nkechi Obi", "Dr. Rafael Ortega", "Dr. Mei-Lin Chow",
    "Dr. Samuel Okoro", "Dr. Hannah Lindqvist", "Dr. Arjun Menon", "Dr. Leila Haddad", "Dr. Kenji Mori",
    "Dr. Grace O'Neill", "Dr. Daniel Brandt",
};
constexpr const char *kClinics[] = {
    "Harbourside Family Practice", "Eastvale Community Health Centre", "Millbrook Medical Group",
    "Riverbend Primary Care",
};
constexpr const char *kHospitals[] = {
    "Arden General Hospital", "St. Columba Regional Hospital", "Kestrel Bay Medical Center",
};

// ---------------------------------------------------------------------------
// Vital signs (LOINC + UCUM, as the FHIR R4 vital signs profile requires)

struct VitalDef {
    const char *loinc;
    const char *display;
    const char *ucum;
    const char *unit;
    int decimals;
    const char *alsoLoinc = nullptr; // a second code the profile requires
    const char *alsoDisplay = nullptr;
};

constexpr VitalDef kHeartRate{"8867-4", "Heart rate", "/min", "beats/minute", 0};
constexpr VitalDef kRespiratoryRate{"9279-1", "Respiratory rate", "/min", "breaths/minute", 0};
constexpr VitalDef kBodyTemperature{"8310-5", "Body temperature", "Cel", "C", 1};
// The R4 oxygen saturation profile requires 2708-6 next to the pulse-oximetry code.
constexpr VitalDef kOxygenSaturation{"59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", "%", 0,
                                     "2708-6", "Oxygen saturation in Arterial blood"};
constexpr VitalDef kBodyWeight{"29463-7", "Body weight", "kg", "kg", 1};
constexpr VitalDef kBodyHeight{"8302-2", "Body height", "cm", "cm", 1};
constexpr VitalDef kSystolic{"8480-6", "Systolic blood pressure", "mm[Hg]", "mmHg", 0};
constexpr VitalDef kDiastolic{"8462-4", "Diastolic blood pressure", "mm[Hg]", "mmHg", 0};

// Resting norms by age band (paediatric ranges differ a lot). BP is not
// routinely taken under 3, hence the zeros.
struct AgeNorms {
    int belowAge;
    int hrLow, hrHigh, rrLow, rrHigh, sysLow, sysHigh, diaLow, diaHigh;
};
constexpr AgeNorms kAgeNorms[] = {
    {1, 100, 150, 30, 50, 0, 0, 0, 0},
    {3, 90, 135, 24, 36, 0, 0, 0, 0},
    {6, 80, 120, 22, 30, 90, 110, 55, 70},
    {12, 70, 110, 18, 25, 95, 115, 58, 75},
    {18, 60, 100, 14, 20, 100, 125, 60, 80},
    {1000, 58, 95, 12, 18, 105, 132, 64, 84},
};

// Median length/height (cm) and weight (kg) by age, boys and girls (WHO/CDC
// charts, rounded); interpolated linearly, scaled by a per-patient factor.
struct GrowthPoint {
    double age;
    double heightMale, heightFemale, weightMale, weightFemale;
};
constexpr GrowthPoint kGrowth[] = {
    {0, 50, 49, 3.3, 3.2}, {0.5, 68, 66, 7.9, 7.3}, {1, 76, 74, 9.6, 8.9}, {2, 87, 86, 12.2, 11.5},
    {3, 96, 95, 14.3, 13.9}, {4, 103, 102, 16.3, 16.0}, {5, 110, 109, 18.3, 18.2}, {6, 116, 115, 20.5, 20.2},
    {8, 128, 127, 25.6, 25.6}, {10, 138, 138, 31.9, 32.5}, {12, 149, 151, 40.5, 42.0},
    {14, 164, 160, 51.0, 50.0}, {16, 173, 162, 61.0, 54.0}, {18, 176, 163, 68.0, 57.0},
};

// ---------------------------------------------------------------------------
// Laboratory

enum class Lab : quint8 {
    Glucose, UreaNitrogen, Creatinine, Sodium, Potassium, Cholesterol, Triglycerides, Hdl, Ldl,
    Hemoglobin, Leukocytes, Platelets, HbA1c, Inr,
};

constexpr double kOpen = std::numeric_limits<double>::quiet_NaN(); // no bound on this side

struct LabDef {
    Lab id;
    const char *loinc;
    const char *display;
    const char *label; // as written in notes
    const char *ucum;
    const char *unit;
    int decimals;
    double lowMale, highMale, lowFemale, highFemale;
};

constexpr LabDef kLabs[] = {
    {Lab::Glucose, "2339-0", "Glucose [Mass/volume] in Blood", "glucose", "mg/dL", "mg/dL", 0, 70, 99, 70, 99},
    {Lab::UreaNitrogen, "3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "BUN", "mg/dL", "mg/dL", 0, 7, 20, 7, 20},
    {Lab::Creatinine, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "creatinine", "mg/dL", "mg/dL", 2, 0.74, 1.35, 0.59, 1.04},
    {Lab::Sodium, "2951-2", "Sodium [Moles/volume] in Serum or Plasma", "sodium", "mmol/L", "mmol/L", 0, 136, 145, 136, 145},
    {Lab::Potassium, "2823-3", "Potassium [Moles/volume] in Serum or Plasma", "potassium", "mmol/L", "mmol/L", 1, 3.5, 5.1, 3.5, 5.1},
    {Lab::Cholesterol, "2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "total cholesterol", "mg/dL", "mg/dL", 0, kOpen, 199, kOpen, 199},
    {Lab::Triglycerides, "2571-8", "Triglyceride [Mass/volume] in Serum or Plasma", "triglycerides", "mg/dL", "mg/dL", 0, kOpen, 149, kOpen, 149},
    {Lab::Hdl, "2085-9", "Cholesterol in HDL [Mass/volume] in Serum or Plasma", "HDL", "mg/dL", "mg/dL", 0, 40, kOpen, 50, kOpen},
    {Lab::Ldl, "13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "LDL", "mg/dL", "mg/dL", 0, kOpen, 99, kOpen, 99},
    {Lab::Hemoglobin, "718-7", "Hemoglobin [Mass/volume] in Blood", "hemoglobin", "g/dL", "g/dL", 1, 13.5, 17.5, 12.0, 15.5},
    {Lab::Leukocytes, "6690-2", "Leukocytes [#/volume] in Blood by Automated count", "WBC", "10*3/uL", "10*3/uL", 1, 4.5, 11.0, 4.5, 11.0},
    {Lab::Platelets, "777-3", "Platelets [#/volume] in Blood by Automated count", "platelets", "10*3/uL", "10*3/uL", 0, 150, 400, 150, 400},
    {Lab::HbA1c, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "HbA1c", "%", "%", 1, 4.0, 5.6, 4.0, 5.6},
    // Only ordered for patients on warfarin, so the range given is the
    // therapeutic one (flagged as such in referenceRange.type).
    {Lab::Inr, "6301-6", "INR in Platelet poor plasma by Coagulation assay", "INR", "{INR}", "INR", 1, 2.0, 3.0, 2.0, 3.0},
};

template <typename Table>
constexpr bool indexedByOwnId(const Table &table)
{
    for (size_t i = 0; i < std::size(table); ++i) {
        if (size_t(table[i].id) != i)
            return false;
    }
    return true;
}
static_assert(indexedByOwnId(kLabs), "kLabs rows must follow the Lab enum");

inline const LabDef &labDef(Lab id)
{
    return kLabs[size_t(id)];
}

enum Panel : quint8 { NoPanel = 0, Bmp = 1, Lipids = 2, Cbc = 4, A1c = 8, Coagulation = 16 };

constexpr Lab kBasicMetabolic[] = {Lab::Glucose, Lab::UreaNitrogen, Lab::Creatinine, Lab::Sodium, Lab::Potassium};
constexpr Lab kLipidProfile[] = {Lab::Cholesterol, Lab::Triglycerides, Lab::Hdl, Lab::Ldl};
constexpr Lab kBloodCount[] = {Lab::Hemoglobin, Lab::Leukocytes, Lab::Platelets};
constexpr Lab kGlycatedHemoglobin[] = {Lab::HbA1c};
constexpr Lab kCoagulation[] = {Lab::Inr};

// A panel of more than one analyte is reported as a DiagnosticReport grouping
// its Observations; a single test stands alone.
struct PanelDef {
    Panel id;
    const char *loinc;
    const char *display;
    std::span<const Lab> analytes;
};

constexpr PanelDef kPanels[] = {
    {Bmp, "51990-0", "Basic metabolic panel - Blood", kBasicMetabolic},
    {Lipids, "24331-1", "Lipid 1996 panel - Serum or Plasma", kLipidProfile},
    {Cbc, "58410-2", "CBC panel - Blood by Automated count", kBloodCount},
    {A1c, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", kGlycatedHemoglobin},
    {Coagulation, "6301-6", "INR in Platelet poor plasma by Coagulation assay", kCoagulation},
};

// ---------------------------------------------------------------------------
// Medications (RxNorm clinical drugs)

enum class AllergyClass : quint8 { None, Penicillin, Sulfonamide, Nsaid };
// Patient states in which a drug is avoided even without an allergy.
enum Caution : quint8 { NoCaution = 0, Anticoagulated = 1, KidneyOrHeartFailure = 2 };
enum class Route : quint8 { Oral, Inhaled };

enum class Med : quint8 {
    None, Metformin, Lisinopril, Amlodipine, Atorvastatin, Simvastatin, Aspirin, Warfarin, Furosemide,
    Albuterol, Fluticasone, Sertraline, Acetaminophen, Ibuprofen, Methotrexate, FerrousSulfate,
    Amoxicillin, Azithromycin, AmoxicillinClavulanate, TrimethoprimSulfamethoxazole, Prednisone,
};

struct MedDef {
    Med id;
    const char *rxnorm;
    const char *display;
    const char *label; // as written in notes
    const char *dosage;
    Route route;
    AllergyClass blockedBy; // never prescribed to a patient allergic to this class
    quint8 cautions;        // Caution bits
    bool asNeeded;
};

constexpr MedDef kMeds[] = {
    {Med::None, "", "", "", "", Route::Oral, AllergyClass::None, NoCaution, false},
    {Med::Metformin, "860975", "24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet", "metformin XR 500 mg",
     "Take 1 tablet by mouth once daily with the evening meal.", Route::Oral, AllergyClass::None, NoCaution, false},
    {Med::Lisinopril, "314076", "lisinopril 10 MG Oral Tablet", "lisinopril 10 mg",
     "Take 1 tablet by mouth once daily.", Route::Oral, AllergyClass::None, NoCaution, false},
    {Med::Amlodipine, "197361", "amlodipine 5 MG Oral Tablet", "amlodipine 5 mg",
     "Take 1 tablet by mouth once daily.", Route::Oral, AllergyClass::None, NoCaution, false},
    {Med::Atorvastatin, "617314", "atorvastatin 10 MG Oral Tablet", "atorvastatin 10 mg",
     "Take 1 tablet by mouth once daily.", Route::Oral, AllergyClass::None, NoCaution, false},
    {Med::Simvastatin, "314231", "simvastatin 10 MG Oral Tablet", "simvastatin 10 mg",
     "Take 1 tablet by mouth once daily in the evening.", Route::Oral, AllergyClass::None, NoCaution, false},
    {Med::Aspirin, "243670", "aspirin 81 MG Oral Tablet", "aspirin 81 mg",
     "Take 1 tablet by mouth once daily.", Route::Oral, AllergyClass::Nsaid, Anticoagulated, false},
    {Med::Warfarin, "855332", "warfarin sodium 5 MG Oral Tablet", "warfarin 5 mg",
     "Take 1 tablet by mouth once daily in the evening; dose adjusted to a target INR of 2.0-3.0.", Route::Oral,
     AllergyClass::None, NoCaution, false},
    {Med::Furosemide, "313988", "furosemide 40 MG Oral Tablet", "furosemide 40 mg",
     "Take 1 tablet by mouth once daily in the morning.", Route::Oral, AllergyClass::None, NoCaution, false},
    {Med::Albuterol, "745679", "200 ACTUAT albuterol 0.09 MG/ACTUAT Metered Dose Inhaler", "albuterol inhaler",
     "Inhale 2 puffs every 4 to 6 hours as needed for wheeze or shortness of breath.", Route::Inhaled,
     AllergyClass::None, NoCaution, true},
    {Med::Fluticasone, "895994", "120 ACTUAT fluticasone propionate 0.044 MG/ACTUAT Metered Dose Inhaler",
     "fluticasone inhaler", "Inhale 2 puffs twice daily; rinse mouth after use.", Route::Inhaled,
     AllergyClass::None, NoCaution, false},
    {Med::Sertraline, "312940", "sertraline 50 MG Oral Tablet", "sertraline 50 mg",
     "Take 1 tablet by mouth once daily.", Route::Oral, AllergyClass::None, NoCaution, false},
    {Med::Acetaminophen, "313782", "acetaminophen 325 MG Oral Tablet", "acetaminophen 325 mg",
     "Take 2 tablets by mouth every 6 hours as needed for pain; no more than 3 g per day.", Route::Oral,
     AllergyClass::None, NoCaution, true},
    {Med::Ibuprofen, "310965", "ibuprofen 200 MG Oral Tablet", "ibuprofen 200 mg",
     "Take 2 tablets by mouth every 6 to 8 hours as needed for pain, with food.", Route::Oral,
     AllergyClass::Nsaid, Anticoagulated | KidneyOrHeartFailure, true},
    {Med::Methotrexate, "105585", "methotrexate 2.5 MG Oral Tablet", "methotrexate 2.5 mg",
     "Take 6 tablets (15 mg) by mouth once weekly, on the same day each week.", Route::Oral,
     AllergyClass::None, NoCaution, false},
    {Med::FerrousSulfate, "310325", "ferrous sulfate 325 MG Oral Tablet", "ferrous sulfate 325 mg",
     "Take 1 tablet by mouth once daily.", Route::Oral, AllergyClass::None, NoCaution, false},
    {Med::Amoxicillin, "308182", "amoxicillin 250 MG Oral Capsule", "amoxicillin 250 mg",
     "Take 1 capsule by mouth three times daily for 10 days.", Route::Oral, AllergyClass::Penicillin, NoCaution, false},
    {Med::Azithromycin, "308460", "azithromycin 250 MG Oral Tablet", "azithromycin 250 mg",
     "Take 2 tablets on day 1, then 1 tablet once daily on days 2 to 5.", Route::Oral, AllergyClass::None, NoCaution, false},
    {Med::AmoxicillinClavulanate, "562251", "amoxicillin 250 MG / clavulanate 125 MG Oral Tablet",
     "amoxicillin-clavulanate 250/125 mg", "Take 1 tablet by mouth every 8 hours for 7 days.", Route::Oral,
     AllergyClass::Penicillin, NoCaution, false},
    {Med::TrimethoprimSulfamethoxazole, "198335", "sulfamethoxazole 800 MG / trimethoprim 160 MG Oral Tablet",
     "trimethoprim-sulfamethoxazole DS", "Take 1 tablet by mouth twice daily for 3 days.", Route::Oral,
     AllergyClass::Sulfonamide, Anticoagulated, false},
    {Med::Prednisone, "312615", "predniSONE 20 MG Oral Tablet", "prednisone 20 mg",
     "Take 2 tablets (40 mg) by mouth once daily for 5 days.", Route::Oral, AllergyClass::None, NoCaution, false},
};

static_assert(indexedByOwnId(kMeds), "kMeds rows must follow the Med enum");

inline const MedDef &medDef(Med id)
{
    return kMeds[size_t(id)];
}

// ---------------------------------------------------------------------------
// Chronic conditions, in the order they are considered: a condition can only be
// boosted or excluded by one listed above it.

enum class Cond : quint8 {
    None, Obesity, Diabetes, Prediabetes, Hypertension, Hyperlipidemia, HistoryOfMi, HeartFailure,
    AtrialFibrillation, CkdStage3, CkdStage1, Copd, Asthma, Depression, Anxiety, KneeOsteoarthritis,
    RheumatoidArthritis, IronDeficiencyAnemia, ChronicSinusitis, ColonPolyp, Migraine, AtopicDermatitis,
};

struct ConditionDef {
    Cond kind;
    const char *snomed;
    const char *snomedDisplay;
    const char *icd10;
    const char *icd10Display;
    const char *label; // as written in notes
    // Prevalence in percent, linear from minAge to age 75 and flat after.
    int minAge, percentAtMinAge, percentAt75;
    Cond boostedBy;  // triples the prevalence: comorbidities cluster
    Cond excludedBy; // mutually exclusive diagnoses
    int treatedPercent;
    Med therapy, alternative, addOn;
    quint8 monitoring; // Panel bits ordered at follow-up visits
    bool canResolve;   // e.g. a polyp removed at colonoscopy
};

constexpr ConditionDef kConditions[] = {
    // Obesity is not drawn: it follows from the BMI the patient was given.
    {Cond::Obesity, "162864005", "Body mass index 30+ - obesity (finding)", "E66.9", "Obesity, unspecified",
     "obesity", 18, 0, 0, Cond::None, Cond::None, 0, Med::None, Med::None, Med::None, NoPanel, false},
    {Cond::Diabetes, "44054006", "Diabetes mellitus type 2 (disorder)", "E11.9",
     "Type 2 diabetes mellitus without complications", "type 2 diabetes", 25, 2, 22, Cond::Obesity, Cond::None,
     90, Med::Metformin, Med::None, Med::None, A1c | Bmp, false},
    {Cond::Prediabetes, "15777000", "Prediabetes (finding)", "R73.03", "Prediabetes", "prediabetes", 25, 5, 15,
     Cond::Obesity, Cond::Diabetes, 0, Med::None, Med::None, Med::None, A1c, false},
    {Cond::Hypertension, "38341003", "Hypertensive disorder, systemic arterial (disorder)", "I10",
     "Essential (primary) hypertension", "hypertension", 25, 3, 60, Cond::Obesity, Cond::None, 85,
     Med::Lisinopril, Med::Amlodipine, Med::None, Bmp, false},
    {Cond::Hyperlipidemia, "55822004", "Hyperlipidemia (disorder)", "E78.5", "Hyperlipidemia, unspecified",
     "hyperlipidemia", 30, 5, 45, Cond::Diabetes, Cond::None, 75, Med::Atorvastatin, Med::Simvastatin, Med::None,
     Lipids, false},
    {Cond::HistoryOfMi, "399211009", "History of myocardial infarction (situation)", "I25.2",
     "Old myocardial infarction", "history of myocardial infarction", 40, 1, 10, Cond::Hyperlipidemia, Cond::None,
     95, Med::Aspirin, Med::None, Med::Atorvastatin, Lipids, false},
    {Cond::HeartFailure, "84114007", "Heart failure (disorder)", "I50.9", "Heart failure, unspecified",
     "heart failure", 50, 1, 8, Cond::HistoryOfMi, Cond::None, 95, Med::Furosemide, Med::None, Med::Lisinopril,
     Bmp, false},
    {Cond::AtrialFibrillation, "49436004", "Atrial fibrillation (disorder)", "I48.91",
     "Unspecified atrial fibrillation", "atrial fibrillation", 50, 1, 12, Cond::Hypertension, Cond::None, 90,
     Med::Warfarin, Med::None, Med::None, Coagulation, false},
    {Cond::CkdStage3, "433144002", "Chronic kidney disease stage 3 (disorder)", "N18.30",
     "Chronic kidney disease, stage 3 unspecified", "chronic kidney disease stage 3", 45, 1, 12, Cond::Diabetes,
     Cond::None, 0, Med::None, Med::None, Med::None, Bmp, false},
    {Cond::CkdStage1, "431855005", "Chronic kidney disease stage 1 (disorder)", "N18.1",
     "Chronic kidney disease, stage 1", "chronic kidney disease stage 1", 30, 1, 4, Cond::Diabetes,
     Cond::CkdStage3, 0, Med::None, Med::None, Med::None, Bmp, false},
    {Cond::Copd, "13645005", "Chronic obstructive lung disease (disorder)", "J44.9",
     "Chronic obstructive pulmonary disease, unspecified", "COPD", 45, 2, 10, Cond::None, Cond::None, 90,
     Med::Albuterol, Med::None, Med::None, NoPanel, false},
    {Cond::Asthma, "195967001", "Asthma (disorder)", "J45.909", "Unspecified asthma, uncomplicated", "asthma", 2,
     8, 6, Cond::None, Cond::None, 90, Med::Albuterol, Med::None, Med::Fluticasone, NoPanel, false},
    {Cond::Depression, "35489007", "Depressive disorder (disorder)", "F32.9",
     "Major depressive disorder, single episode, unspecified", "depression", 14, 7, 8, Cond::None, Cond::None, 60,
     Med::Sertraline, Med::None, Med::None, NoPanel, false},
    {Cond::Anxiety, "197480006", "Anxiety disorder (disorder)", "F41.9", "Anxiety disorder, unspecified",
     "anxiety disorder", 12, 6, 6, Cond::Depression, Cond::None, 50, Med::Sertraline, Med::None, Med::None,
     NoPanel, false},
    {Cond::KneeOsteoarthritis, "239873007", "Osteoarthritis of knee (disorder)", "M17.9",
     "Osteoarthritis of knee, unspecified", "osteoarthritis of the knee", 45, 3, 30, Cond::Obesity, Cond::None, 70,
     Med::Acetaminophen, Med::Ibuprofen, Med::None, NoPanel, false},
    {Cond::RheumatoidArthritis, "69896004", "Rheumatoid arthritis (disorder)", "M06.9",
     "Rheumatoid arthritis, unspecified", "rheumatoid arthritis", 30, 1, 2, Cond::None, Cond::None, 90,
     Med::Methotrexate, Med::None, Med::None, Cbc, false},
    {Cond::IronDeficiencyAnemia, "87522002", "Iron deficiency anemia (disorder)", "D50.9",
     "Iron deficiency anemia, unspecified", "iron deficiency anemia", 1, 2, 4, Cond::None, Cond::None, 80,
     Med::FerrousSulfate, Med::None, Med::None, Cbc, false},
    {Cond::ChronicSinusitis, "40055000", "Chronic sinusitis (disorder)", "J32.9", "Chronic sinusitis, unspecified",
     "chronic sinusitis", 15, 3, 4, Cond::None, Cond::None, 0, Med::None, Med::None, Med::None, NoPanel, false},
    {Cond::ColonPolyp, "68496003", "Polyp of colon (disorder)", "K63.5", "Polyp of colon", "colonic polyp", 45, 2,
     10, Cond::None, Cond::None, 0, Med::None, Med::None, Med::None, NoPanel, true},
    {Cond::Migraine, "37796009", "Migraine (disorder)", "G43.909",
     "Migraine, unspecified, not intractable, without status migrainosus", "migraine", 12, 6, 3, Cond::None,
     Cond::None, 60, Med::Ibuprofen, Med::Acetaminophen, Med::None, NoPanel, false},
    {Cond::AtopicDermatitis, "24079001", "Atopic dermatitis (disorder)", "L20.9", "Atopic dermatitis, unspecified",
     "atopic dermatitis", 0, 10, 2, Cond::None, Cond::None, 0, Med::None, Med::None, Med::None, NoPanel, false},
};

static_assert(kConditions[0].kind == Cond::Obesity, "the BMI-derived condition comes first");

// Enough for a realistic multimorbid elder without drowning the record.
constexpr int kMaxChronicConditions = 5;

// ---------------------------------------------------------------------------
// Acute presentations: what brings a patient in, what it turns out to be, and
// how it shows in the vitals.

enum Setting : quint8 { Clinic = 1, EmergencyRoom = 2, Ward = 4 };
enum Sign : quint8 { NoSigns = 0, Fever = 1, Hypoxia = 2, Tachycardia = 4 };

struct AcuteDef {
    const char *reasonSnomed;
    const char *reasonDisplay;
    // Encounter diagnosis; null when it is a flare of the required chronic
    // condition, which is then referenced instead.
    const char *diagnosisSnomed;
    const char *diagnosisDisplay;
    const char *icd10;
    const char *icd10Display;
    const char *label;
    quint8 settings;
    int minAge, maxAge;
    Cond needs; // a chronic condition this is a flare of
    quint8 signs;
    Med therapy, alternative; // alternative is for patients allergic to the first
    const char *complaint;
    const char *findings;
    const char *plan;
};

constexpr AcuteDef kAcute[] = {
    {"162397003", "Pain in throat (finding)", "195662009", "Acute viral pharyngitis (disorder)", "J02.9",
     "Acute pharyngitis, unspecified", "acute viral pharyngitis", Clinic, 3, 70, Cond::None, Fever, Med::None,
     Med::None, "sore throat and low-grade fever for two days",
     "pharyngeal erythema without exudate, no cervical lymphadenopathy",
     "Supportive care with fluids, rest and throat lozenges."},
    {"162397003", "Pain in throat (finding)", "43878008", "Streptococcal sore throat (disorder)", "J02.0",
     "Streptococcal pharyngitis", "streptococcal pharyngitis", Clinic, 3, 45, Cond::None, Fever, Med::Amoxicillin,
     Med::Azithromycin, "sore throat, fever and painful swallowing for three days",
     "tonsillar exudate and tender anterior cervical nodes; rapid strep test positive",
     "Antibiotic course as below; complete the full course."},
    {"301354004", "Pain of ear (finding)", "65363002", "Otitis media (disorder)", "H66.90",
     "Otitis media, unspecified, unspecified ear", "acute otitis media", Clinic, 1, 10, Cond::None, Fever,
     Med::Amoxicillin, Med::Azithromycin, "ear pain and fever since last night",
     "bulging, erythematous right tympanic membrane", "Analgesia as needed; antibiotic course as below."},
    {"49727002", "Cough (finding)", "10509002", "Acute bronchitis (disorder)", "J20.9",
     "Acute bronchitis, unspecified", "acute bronchitis", Clinic, 5, 90, Cond::None, NoSigns, Med::None, Med::None,
     "productive cough for ten days without fever", "scattered rhonchi, no focal consolidation",
     "Symptomatic treatment; antibiotics not indicated. Return if fever or breathlessness develops."},
    {"68235000", "Nasal congestion (finding)", "444814009", "Viral sinusitis (disorder)", "J01.90",
     "Acute sinusitis, unspecified", "viral sinusitis", Clinic, 10, 90, Cond::None, NoSigns, Med::None, Med::None,
     "nasal congestion and facial pressure for five days",
     "tenderness over the maxillary sinuses, clear nasal discharge",
     "Saline irrigation and analgesia; antibiotics not indicated at this stage."},
    {"49650001", "Dysuria (finding)", "68566005", "Urinary tract infectious disease (disorder)", "N39.0",
     "Urinary tract infection, site not specified", "urinary tract infection", Clinic, 16, 95, Cond::None, NoSigns,
     Med::TrimethoprimSulfamethoxazole, Med::AmoxicillinClavulanate,
     "burning on urination and frequency for two days",
     "mild suprapubic tenderness; urine dipstick positive for leukocytes and nitrites",
     "Increase fluid intake; antibiotic course as below."},
    {"161891005", "Backache (finding)", "279039007", "Low back pain (finding)", "M54.50",
     "Low back pain, unspecified", "mechanical low back pain", Clinic, 20, 85, Cond::None, NoSigns, Med::Ibuprofen,
     Med::Acetaminophen, "lower back pain since lifting boxes three days ago",
     "paraspinal tenderness, negative straight-leg raise, no neurological deficit",
     "Stay active, local heat, analgesia; physiotherapy referral if not improving within 4 weeks."},
    {"25064002", "Headache (finding)", "398057008", "Tension-type headache (disorder)", "G44.209",
     "Tension-type headache, unspecified, not intractable", "tension-type headache", Clinic, 12, 80, Cond::None,
     NoSigns, Med::Ibuprofen, Med::Acetaminophen, "band-like headache for several days, worse with stress",
     "normal neurological examination, no meningism", "Analgesia, sleep hygiene and stress management."},
    {"386661006", "Fever (finding)", "54150009", "Upper respiratory infection (disorder)", "J06.9",
     "Acute upper respiratory infection, unspecified", "viral upper respiratory infection",
     Clinic | EmergencyRoom, 1, 12, Cond::None, Fever, Med::None, Med::None,
     "fever, runny nose and cough for two days", "clear rhinorrhea, mildly erythematous pharynx, clear chest",
     "Antipyretics and fluids; return if breathing becomes difficult or feeding is poor."},
    {"21522001", "Abdominal pain (finding)", "25374005", "Gastroenteritis (disorder)", "K52.9",
     "Noninfective gastroenteritis and colitis, unspecified", "gastroenteritis", Clinic | EmergencyRoom | Ward, 1, 90,
     Cond::None, NoSigns, Med::None, Med::None, "crampy abdominal pain, vomiting and diarrhea since yesterday",
     "soft abdomen with mild diffuse tenderness, slightly dry mucous membranes",
     "Rehydration and antiemetics as needed; advised to return if unable to keep fluids down."},
    {"247373008", "Ankle pain (finding)", "44465007", "Sprain of ankle (disorder)", "S93.409A",
     "Sprain of unspecified ligament of unspecified ankle, initial encounter", "ankle sprain",
     Clinic | EmergencyRoom, 8, 80, Cond::None, NoSigns, Med::Ibuprofen, Med::Acetaminophen,
     "painful, swollen right ankle after twisting it on a step",
     "swelling and tenderness over the lateral ligaments; Ottawa ankle rules negative, no X-ray needed",
     "Rest, ice, compression and elevation; weight-bear as tolerated."},
    {"29857009", "Chest pain (finding)", "29857009", "Chest pain (finding)", "R07.9", "Chest pain, unspecified",
     "chest pain, acute coronary syndrome ruled out", EmergencyRoom, 30, 95, Cond::None, NoSigns, Med::None,
     Med::None, "central chest tightness at rest lasting 20 minutes",
     "ECG without acute ischemic changes; serial troponins negative",
     "Observation completed; outpatient stress testing arranged."},
    {"267036007", "Dyspnea (finding)", "385093006", "Community acquired pneumonia (disorder)", "J18.9",
     "Pneumonia, unspecified organism", "community-acquired pneumonia", EmergencyRoom | Ward, 1, 95, Cond::None,
     Fever | Hypoxia | Tachycardia, Med::Azithromycin, Med::None,
     "fever, productive cough and shortness of breath for four days",
     "crackles at the right base; chest X-ray shows right lower lobe consolidation",
     "Antibiotics, supplemental oxygen as needed and fluids."},
    {"267036007", "Dyspnea (finding)", "195951007",
     "Acute exacerbation of chronic obstructive airways disease (disorder)", "J44.1",
     "Chronic obstructive pulmonary disease with (acute) exacerbation", "COPD exacerbation", EmergencyRoom | Ward,
     45, 95, Cond::Copd, Hypoxia | Tachycardia, Med::Prednisone, Med::None,
     "increasing breathlessness and sputum over three days", "diffuse expiratory wheeze, prolonged expiration",
     "Nebulized bronchodilators and a short course of oral steroids."},
    {"267036007", "Dyspnea (finding)", nullptr, nullptr, nullptr, nullptr, "decompensated heart failure", Ward, 50,
     95, Cond::HeartFailure, Hypoxia | Tachycardia, Med::None, Med::None,
     "increasing breathlessness, orthopnea and ankle swelling over a week",
     "bibasal crackles, pitting edema to mid-shin, raised jugular venous pressure",
     "Intravenous diuresis with good response; daily weights and fluid restriction."},
    {"56018004", "Wheezing (finding)", nullptr, nullptr, nullptr, nullptr, "asthma exacerbation", EmergencyRoom,
     12, 70, Cond::Asthma, Hypoxia | Tachycardia, Med::Prednisone, Med::None,
     "wheeze and chest tightness after a viral cold", "widespread expiratory wheeze, speaking in full sentences",
     "Nebulized albuterol with good response; short course of oral steroids."},
    {"80313002", "Palpitations (finding)", nullptr, nullptr, nullptr, nullptr,
     "atrial fibrillation with rapid ventricular response", EmergencyRoom, 50, 95, Cond::AtrialFibrillation,
     Tachycardia, Med::None, Med::None, "palpitations and light-headedness since this morning",
     "irregularly irregular pulse; ECG confirms atrial fibrillation with rapid ventricular response",
     "Rate controlled in the department; anticoagulation reviewed."},
};

// ---------------------------------------------------------------------------
// Allergies

enum class Reaction : quint8 { Hives, Rash, Itching, Anaphylaxis, Sneezing, Rhinoconjunctivitis, Cough, Nausea, Dyspnea };

struct ReactionDef {
    const char *snomed;
    const char *display;
    const char *label;
};

constexpr ReactionDef kReactions[] = {
    {"247472004", "Wheal (finding)", "hives"},
    {"271807003", "Eruption of skin (disorder)", "rash"},
    {"418290006", "Itching (finding)", "itching"},
    {"39579001", "Anaphylaxis (disorder)", "anaphylaxis"},
    {"76067001", "Sneezing (finding)", "sneezing"},
    {"878820003", "Rhinoconjunctivitis (disorder)", "rhinoconjunctivitis"},
    {"49727002", "Cough (finding)", "cough"},
    {"422587007", "Nausea (finding)", "nausea"},
    {"267036007", "Dyspnea (finding)", "shortness of breath"},
};

static_assert(std::size(kReactions) == size_t(Reaction::Dyspnea) + 1, "one kReactions row per Reaction");

inline const ReactionDef &reactionDef(Reaction r)
{
    return kReactions[size_t(r)];
}

struct AllergyDef {
    const char *system;
    const char *code;
    const char *display;
    const char *snomed; // optional second coding of the same allergy
    const char *snomedDisplay;
    const char *label;
    const char *category; // FHIR allergy-intolerance-category
    const char *type;     // "allergy" or "intolerance"
    AllergyClass drugClass;
    int weight; // relative frequency
    int anaphylaxisPercent;
    std::array<Reaction, 2> reactions;
};

constexpr AllergyDef kAllergies[] = {
    {kRxNorm, "7980", "penicillin G", "91936005", "Allergy to penicillin (finding)", "penicillin", "medication",
     "allergy", AllergyClass::Penicillin, 30, 8, {Reaction::Hives, Reaction::Rash}},
    {kRxNorm, "10180", "sulfamethoxazole", nullptr, nullptr, "sulfonamide antibiotics", "medication", "allergy",
     AllergyClass::Sulfonamide, 12, 3, {Reaction::Rash, Reaction::Itching}},
    {kRxNorm, "5640", "ibuprofen", nullptr, nullptr, "ibuprofen (NSAIDs)", "medication", "allergy",
     AllergyClass::Nsaid, 8, 3, {Reaction::Hives, Reaction::Dyspnea}},
    {kRxNorm, "2670", "codeine", nullptr, nullptr, "codeine", "medication", "intolerance", AllergyClass::None, 6, 0,
     {Reaction::Nausea, Reaction::Itching}},
    {kSnomed, "91935009", "Allergy to peanut (finding)", nullptr, nullptr, "peanut", "food", "allergy",
     AllergyClass::None, 12, 25, {Reaction::Hives, Reaction::Itching}},
    {kSnomed, "300913006", "Shellfish allergy (finding)", nullptr, nullptr, "shellfish", "food", "allergy",
     AllergyClass::None, 8, 15, {Reaction::Hives, Reaction::Nausea}},
    {kSnomed, "300916003", "Latex allergy (finding)", nullptr, nullptr, "latex", "environment", "allergy",
     AllergyClass::None, 6, 5, {Reaction::Rash, Reaction::Itching}},
    {kSnomed, "288328004", "Bee venom (substance)", nullptr, nullptr, "bee venom", "environment",
     "allergy", AllergyClass::None, 5, 20, {Reaction::Hives, Reaction::Dyspnea}},
    {kSnomed, "232350006", "House dust mite allergy (finding)", nullptr, nullptr, "house dust mite",
     "environment", "allergy", AllergyClass::None, 8, 0, {Reaction::Sneezing, Reaction::Rhinoconjunctivitis}},
    {kSnomed, "419263009", "Allergy to tree pollen (finding)", nullptr, nullptr, "tree pollen", "environment",
     "allergy", AllergyClass::None, 8, 0, {Reaction::Sneezing, Reaction::Rhinoconjunctivitis}},
    {kSnomed, "232347008", "Dander (animal) allergy (finding)", nullptr, nullptr, "cat dander", "environment",
     "allergy", AllergyClass::None, 6, 0, {Reaction::Sneezing, Reaction::Cough}},
};

// ---------------------------------------------------------------------------
// Encounters

enum class VisitKind : quint8 { Checkup, FollowUp, Acute, Emergency, Inpatient };

struct VisitKindDef {
    const char *classCode;
    const char *classDisplay;
    const char *typeSnomed;
    const char *typeDisplay;
    const char *noteLoinc;
    const char *noteDisplay;
    const char *title;
};

constexpr VisitKindDef kVisitKinds[] = {
    {"AMB", "ambulatory", "162673000", "General examination of patient (procedure)", "11506-3", "Progress note",
     "Wellness visit"},
    {"AMB", "ambulatory", "390906007", "Follow-up encounter (procedure)", "11506-3", "Progress note",
     "Follow-up visit"},
    {"AMB", "ambulatory", "185345009", "Encounter for symptom (procedure)", "11506-3", "Progress note",
     "Same-day visit"},
    {"EMER", "emergency", "50849002", "Emergency room admission (procedure)", "34111-5",
     "Emergency department Note", "Emergency department note"},
    {"IMP", "inpatient encounter", "32485007", "Hospital admission (procedure)", "18842-5", "Discharge summary",
     "Discharge summary"},
};

static_assert(std::size(kVisitKinds) == size_t(VisitKind::Inpatient) + 1, "one kVisitKinds row per VisitKind");

inline const VisitKindDef &visitKindDef(VisitKind k)
{
    return kVisitKinds[size_t(k)];
}


} // namespace careledger::synthetic
