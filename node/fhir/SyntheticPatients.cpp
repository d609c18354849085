#include "SyntheticPatients.h"
#include "SyntheticPatientsData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <random>
#include <span>
#include <string>
#include <vector>

namespace careledger {
namespace {

using namespace synthetic;

// ---------------------------------------------------------------------------
// Deterministic randomness. Only integer arithmetic and IEEE +,-,*,/ are used,
// so results do not depend on the standard library or libm: std::*_distribution
// algorithms are implementation-defined. Every random draw is its own statement
// because the evaluation order of function arguments and operands is not.

quint64 splitMix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

class Rng {
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}

    // Uniform in [0, n), unbiased by rejection.
    int below(int n)
    {
        const quint64 range = quint64(std::max(n, 1));
        const quint64 limit = std::numeric_limits<quint64>::max()
                - std::numeric_limits<quint64>::max() % range;
        quint64 x = m_engine();
        while (x >= limit)
            x = m_engine();
        return int(x % range);
    }
    int between(int low, int high) { return low + below(high - low + 1); }
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // Triangular on [low, high]: measurements cluster mid-range, extremes are rare.
    double bell(double low, double high)
    {
        const double a = uniform();
        const double b = uniform();
        return low + (high - low) * (a + b) / 2.0;
    }
    bool chance(double p) { return uniform() < p; }
    template <typename Container>
    const auto &pick(const Container &items)
    {
        return items[size_t(below(int(std::size(items))))];
    }
    // Index into `items`, each as likely as weightOf(item) says.
    template <typename Container, typename WeightOf>
    size_t weighted(const Container &items, WeightOf weightOf)
    {
        int total = 0;
        for (const auto &item : items)
            total += weightOf(item);
        int roll = below(total);
        size_t index = 0;
        for (const auto &item : items) {
            if (roll < weightOf(item))
                break;
            roll -= weightOf(item);
            ++index;
        }
        return index;
    }

private:
    std::mt19937_64 m_engine;
};

double roundTo(double value, int decimals)
{
    const double scale = decimals == 0 ? 1.0 : decimals == 1 ? 10.0 : 100.0;
    return std::round(value * scale) / scale;
}

// ---------------------------------------------------------------------------
// JSON helpers: one per FHIR datatype used

QJsonObject coding(const char *system, const char *code, const char *display)
{
    return QJsonObject{{"system", system}, {"code", code}, {"display", display}};
}

QJsonObject codeable(const QJsonArray &codings, const QString &text = {})
{
    QJsonObject c{{"coding", codings}};
    if (!text.isEmpty())
        c.insert("text", text);
    return c;
}

QJsonObject codeable(const char *system, const char *code, const char *display)
{
    return codeable(QJsonArray{coding(system, code, display)});
}

QJsonObject quantity(double value, const char *ucum, const char *unit)
{
    return QJsonObject{{"value", value}, {"unit", unit}, {"system", kUcum}, {"code", ucum}};
}

QJsonObject reference(const QString &target)
{
    return QJsonObject{{"reference", target}};
}

QJsonObject displayReference(const QString &display)
{
    return QJsonObject{{"display", display}};
}

QString referenceTo(const QJsonObject &resource)
{
    return resource.value("resourceType").toString() + u'/' + resource.value("id").toString();
}

QString fhirDateTime(const QDateTime &t)
{
    return t.toString(Qt::ISODate); // UTC in, so "yyyy-MM-ddTHH:mm:ssZ" out
}

QString fhirDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDateTime atTime(const QDate &day, int minuteOfDay)
{
    return QDateTime(day, QTime(minuteOfDay / 60, minuteOfDay % 60), Qt::UTC);
}

int ageOn(const QDate &birth, const QDate &day)
{
    int years = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --years;
    return years;
}

QString joined(const QStringList &parts)
{
    if (parts.size() <= 1)
        return parts.value(0);
    return parts.mid(0, parts.size() - 1).join(u", ") + QStringLiteral(" and ") + parts.last();
}

// ---------------------------------------------------------------------------
// Private IDs: a keyed permutation of the index, so IDs are unique by
// construction (not by luck) yet look random. A 4-round Feistel network on 58
// bits, cycle-walked into [0, 26^12).

constexpr quint64 power(quint64 base, int exponent)
{
    return exponent == 0 ? 1 : base * power(base, exponent - 1);
}
constexpr int kPrivateIdLength = 12;
constexpr quint64 kPrivateIdSpace = power(26, kPrivateIdLength);
constexpr int kFeistelHalfBits = 29;
constexpr quint64 kFeistelHalfMask = (quint64(1) << kFeistelHalfBits) - 1;
static_assert(kPrivateIdSpace <= (quint64(1) << (2 * kFeistelHalfBits)));
static_assert(std::char_traits<char>::length(SyntheticPatients::privateIdAlphabet) == 26);

quint64 feistel(quint64 value, quint64 key)
{
    quint64 left = value >> kFeistelHalfBits;
    quint64 right = value & kFeistelHalfMask;
    for (quint64 round = 0; round < 4; ++round) {
        const quint64 mixed = left ^ (splitMix64(right ^ splitMix64(key + round)) & kFeistelHalfMask);
        left = right;
        right = mixed;
    }
    return (left << kFeistelHalfBits) | right;
}

QString privateIdFor(quint64 seed, quint64 index)
{
    const quint64 key = splitMix64(seed ^ 0x5052495641544549ULL); // "PRIVATEI": separate from record draws
    quint64 value = index;
    do {
        value = feistel(value, key);
    } while (value >= kPrivateIdSpace);

    QString id;
    for (int i = 0; i < kPrivateIdLength; ++i) {
        if (i > 0 && i % 4 == 0)
            id.prepend(u'-');
        id.prepend(QLatin1Char(SyntheticPatients::privateIdAlphabet[value % 26]));
        value /= 26;
    }
    return id;
}

// ---------------------------------------------------------------------------
// The generator for one patient

struct Vitals {
    int heartRate = 0;
    int respiratoryRate = 0;
    int oxygenSaturation = 0;
    int systolic = 0;
    int diastolic = 0;
    double temperature = 0;
    double weight = 0;
    double height = 0;
    bool hasBloodPressure = false;
    bool hasHeight = false;
    bool hasTemperatureAndRespiration = false;
};

struct LabResult {
    const LabDef *def;
    double value;
    const char *flag; // "H", "L" or "N"
};

// "HbA1c 7.4 %", and " (H)" after an out-of-range value when asked.
QString describe(const LabResult &r, bool withFlag)
{
    QString text = QStringLiteral("%1 %2").arg(QString::fromUtf8(r.def->label)).arg(r.value, 0, 'f', r.def->decimals);
    if (r.def->ucum[0] != '{') // UCUM annotations such as {INR} are not read out
        text += u' ' + QString::fromUtf8(r.def->unit);
    if (withFlag && r.flag[0] != 'N')
        text += QStringLiteral(" (%1)").arg(QLatin1String(r.flag));
    return text;
}

QString capitalized(const char *label)
{
    const QString text = QString::fromUtf8(label);
    return text.left(1).toUpper() + text.mid(1);
}

// What a follow-up note says about one condition, and what it plans for it.
struct Review {
    QString assessment;
    QString plan; // empty when the plan is simply to carry on
};

struct ChronicCondition {
    const ConditionDef *def;
    QString id;
    QDate onset;
    QDate abatement; // null while active
};

struct Allergy {
    const AllergyDef *def;
    Reaction reaction;
    bool severe;
};

struct Prescription {
    Med med;
    const ChronicCondition *reason;
};

struct Visit;
QJsonObject encounterReference(const Visit &visit);

struct Visit {
    VisitKind kind;
    QDateTime start;
    QDateTime end;
    const AcuteDef *acute = nullptr;
    std::vector<const ChronicCondition *> reviewed; // conditions followed up
    QString id;
    QString clinician;
    QString location;
    bool first = false; // adults have their height taken once
};

QJsonObject encounterReference(const Visit &visit)
{
    return reference(QStringLiteral("Encounter/") + visit.id);
}

const LabResult *findLab(const std::vector<LabResult> &labs, Lab id)
{
    const auto it = std::find_if(labs.begin(), labs.end(), [id](const LabResult &r) { return r.def->id == id; });
    return it == labs.end() ? nullptr : &*it;
}

class PatientBuilder {
public:
    PatientBuilder(quint64 seed, int index, const QDateTime &now);
    SyntheticPatient build();

private:
    // Planning: who the patient is and what happened to them.
    void chooseDemographics();
    void choosePatientResource();
    void chooseConditions(const QDate &historyStart);
    void chooseAllergies();
    void chooseTherapies();
    std::vector<Visit> planVisits(const QDate &historyStart);
    VisitKind chooseVisitKind(bool first);
    const AcuteDef *chooseAcute(Visit &visit, const QDate &day);

    // Emitting resources.
    QJsonObject newResource(const char *type, const QString &id) const;
    QJsonObject newResource(const char *type, const char *idTag);
    QString nextId(const char *tag);
    void emitProblemList(const QDateTime &recorded);
    void emitVisit(Visit &visit, bool prescribesChronic);
    QJsonObject encounter(const Visit &visit, const QString &diagnosisRef) const;
    Vitals measureVitals(const Visit &visit);
    void emitVitals(const Visit &visit, const Vitals &v);
    QJsonObject observation(const Visit &visit, const char *category, const char *categoryDisplay,
                            const QJsonObject &code, const QDateTime &when);
    void emitVital(const Visit &visit, const VitalDef &def, double value, const QDateTime &when);
    std::vector<LabResult> emitLabs(const Visit &visit);
    quint8 choosePanels(const Visit &visit);
    double labValue(Lab lab, const Visit &visit, const std::vector<LabResult> &soFar);
    QString emitAcuteCondition(const Visit &visit);
    QString emitPrescription(Med med, const Visit &visit, const QString &reasonRef, bool ongoing);
    void emitNote(const Visit &visit, const Vitals &v, const std::vector<LabResult> &labs,
                  const QStringList &prescribed);
    QString writeNote(const Visit &visit, const Vitals &v, const std::vector<LabResult> &labs,
                      const QStringList &prescribed);

    // Facts the note and the measurements depend on.
    bool has(Cond c) const;
    int activeConditionCount() const;
    bool takes(Med m) const;
    bool allergicTo(AllergyClass c) const;
    const char *contraindication(Med m) const;
    Med firstTolerated(Med preferred, Med alternative) const;
    double ageAt(const QDate &day) const;
    QString patientPhrase(const QDate &day) const;
    QString vitalsSentence(const Vitals &v, bool adult) const;
    Review review(const ChronicCondition &c, const Vitals &v, const std::vector<LabResult> &labs) const;
    QString allergySentence() const;
    QString medicationSentence() const;

    Rng m_rng;
    QDateTime m_now;
    QString m_nowText;
    SyntheticPatient m_p;
    QJsonObject m_subject;
    int m_sequence = 0;

    bool m_female = false;
    const NamePool *m_origin = nullptr;
    QDate m_birth;
    double m_sizeFactor = 1.0;   // height relative to the median for age and sex
    double m_weightFactor = 1.0; // children: weight relative to the median
    double m_bmi = 22.0;         // adults
    QString m_clinician;
    QString m_clinic;

    std::vector<ChronicCondition> m_conditions;
    std::vector<Allergy> m_allergies;
    std::vector<Prescription> m_prescriptions;
    QStringList m_medicationLabels; // active chronic medications, for notes
};

PatientBuilder::PatientBuilder(quint64 seed, int index, const QDateTime &now)
    : m_rng(splitMix64(seed ^ splitMix64(quint64(index) + 0x7A11E5ULL)))
{
    m_p.privateId = privateIdFor(seed, quint64(index));
    // Whole seconds: FHIR instants in the output carry no milliseconds, and a
    // record stamped "now" must not compare later than the given now.
    const QDateTime utc = now.toUTC();
    m_now = QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute(), utc.time().second()), Qt::UTC);
    m_nowText = fhirDateTime(m_now);
    m_p.patientId = QStringLiteral("P-%1").arg(index, 6, 10, QChar(u'0'));
    m_subject = reference(QStringLiteral("Patient/") + m_p.patientId);
}

SyntheticPatient PatientBuilder::build()
{
    chooseDemographics();
    choosePatientResource();

    // 1 to 5 years of history, never before the first days of life, ending a
    // week ago so that even a 5-day admission is over by now.
    const QDate today = m_now.date();
    const int spanDays = m_rng.between(365, 5 * 365);
    const QDate historyStart = std::max(today.addDays(-spanDays), m_birth.addDays(3));

    chooseConditions(historyStart);
    chooseAllergies();
    chooseTherapies();
    std::vector<Visit> visits = planVisits(historyStart);

    emitProblemList(visits.front().start);
    // Repeat prescriptions are (re)issued at the first planned clinic visit.
    const auto prescribing = std::find_if(visits.begin(), visits.end(), [](const Visit &v) {
        return v.kind == VisitKind::Checkup || v.kind == VisitKind::FollowUp;
    });
    for (auto it = visits.begin(); it != visits.end(); ++it)
        emitVisit(*it, it == prescribing || (prescribing == visits.end() && it == visits.begin()));
    return std::move(m_p);
}

// -- planning ----------------------------------------------------------------

void PatientBuilder::chooseDemographics()
{
    m_female = m_rng.chance(0.52);
    m_origin = &m_rng.pick(kNamePools);
    const NamePool *familyOrigin = m_rng.chance(0.2) ? &m_rng.pick(kNamePools) : m_origin;
    m_p.gender = m_female ? QStringLiteral("female") : QStringLiteral("male");
    m_p.givenName = QString::fromUtf8(m_female ? m_rng.pick(m_origin->female) : m_rng.pick(m_origin->male));
    m_p.familyName = QString::fromUtf8(m_rng.pick(familyOrigin->family));

    // A clinic population: about one in seven a child, adults weighted to middle age.
    if (m_rng.chance(0.15)) {
        m_p.age = m_rng.between(0, 17);
    } else {
        m_p.age = 18 + int(m_rng.bell(0, 78));
    }
    // Any birth date in the year of life that gives exactly this age today;
    // newborns are at least a month old so they have some history.
    const QDate today = m_now.date();
    const QDate earliest = today.addYears(-(m_p.age + 1)).addDays(1);
    const QDate latest = m_p.age == 0 ? today.addDays(-30) : today.addYears(-m_p.age);
    m_birth = earliest.addDays(m_rng.below(int(earliest.daysTo(latest)) + 1));
    m_p.birthDate = fhirDate(m_birth);

    m_sizeFactor = m_rng.bell(0.93, 1.07);
    m_weightFactor = m_rng.bell(0.85, 1.25);
    // About 30% of adults are obese; obesity is then recorded as a condition.
    m_bmi = m_rng.chance(0.3) ? m_rng.bell(30.0, 40.0) : m_rng.bell(19.0, 29.8);
    m_clinician = QString::fromUtf8(m_rng.pick(kClinicians));
    m_clinic = QString::fromUtf8(m_rng.pick(kClinics));
}

void PatientBuilder::choosePatientResource()
{
    const City &city = m_rng.pick(kCities);
    const int houseNumber = m_rng.between(1, 480);
    const char *street = m_rng.pick(kStreetNames);
    const char *streetKind = m_rng.pick(kStreetKinds);
    QJsonArray lines{QStringLiteral("%1 %2 %3").arg(houseNumber).arg(QLatin1String(street), QLatin1String(streetKind))};
    if (m_rng.chance(0.3))
        lines.append(QStringLiteral("Apt %1").arg(m_rng.between(1, 40)));
    const int postalSuffix = m_rng.between(0, 999);
    const char *areaCode = m_rng.pick(kAreaCodes);
    const int line = m_rng.between(100, 199);
    const bool mobile = m_rng.chance(0.7);

    QJsonObject patient{
        {"resourceType", "Patient"},
        {"id", m_p.patientId},
        {"meta", QJsonObject{{"lastUpdated", m_nowText}}},
        {"identifier", QJsonArray{QJsonObject{
                               {"use", "usual"},
                               {"type", codeable(kIdentifierType, "MR", "Medical record number")},
                               {"system", kMrnSystem},
                               {"value", m_p.patientId},
                       }}},
        {"active", true},
        {"name", QJsonArray{QJsonObject{
                         {"use", "official"},
                         {"text", m_p.givenName + u' ' + m_p.familyName},
                         {"family", m_p.familyName},
                         {"given", QJsonArray{m_p.givenName}},
                 }}},
        {"telecom", QJsonArray{QJsonObject{
                            {"system", "phone"},
                            {"value", QStringLiteral("+1 %1-555-0%2").arg(QLatin1String(areaCode)).arg(line)},
                            {"use", mobile ? "mobile" : "home"},
                    }}},
        {"gender", m_p.gender},
        {"birthDate", m_p.birthDate},
        {"address", QJsonArray{QJsonObject{
                            {"use", "home"},
                            {"type", "physical"},
                            {"line", lines},
                            {"city", city.name},
                            {"postalCode", QStringLiteral("%1%2").arg(QLatin1String(city.postalPrefix))
                                                   .arg(postalSuffix, 3, 10, QChar(u'0'))},
                            {"country", kCountry},
                    }}},
    };
    m_p.patient = patient;
}

void PatientBuilder::chooseConditions(const QDate &historyStart)
{
    const int age = ageOn(m_birth, historyStart);
    auto add = [&](const ConditionDef &def) {
        ChronicCondition c{&def, nextId("dx"), {}, {}};
        // Diagnosed some time before the history we show, not before minAge.
        const QDate lowest = std::max(m_birth.addYears(def.minAge), historyStart.addYears(-15));
        const QDate highest = std::max(lowest, historyStart.addDays(-30));
        c.onset = lowest.addDays(m_rng.below(int(lowest.daysTo(highest)) + 1));
        if (def.canResolve && m_rng.chance(0.7))
            c.abatement = std::min(c.onset.addDays(m_rng.between(14, 60)), historyStart);
        m_conditions.push_back(c);
    };

    if (age >= 18 && m_bmi >= 30.0)
        add(kConditions[0]);
    for (const ConditionDef &def : kConditions) {
        if (int(m_conditions.size()) >= kMaxChronicConditions)
            break;
        if (def.percentAtMinAge == 0 && def.percentAt75 == 0)
            continue; // derived, not drawn
        if (age < def.minAge || has(def.excludedBy))
            continue;
        const double progress = std::clamp(double(age - def.minAge) / std::max(1, 75 - def.minAge), 0.0, 1.0);
        double percent = def.percentAtMinAge + (def.percentAt75 - def.percentAtMinAge) * progress;
        if (def.boostedBy != Cond::None && has(def.boostedBy))
            percent *= 3.0;
        if (m_rng.chance(percent / 100.0))
            add(def);
    }
}

void PatientBuilder::chooseAllergies()
{
    if (!m_rng.chance(0.3))
        return;
    const int count = m_rng.chance(0.2) ? 2 : 1;
    while (int(m_allergies.size()) < count) {
        const AllergyDef *chosen = &kAllergies[m_rng.weighted(kAllergies, [](const AllergyDef &a) { return a.weight; })];
        if (!m_allergies.empty() && m_allergies.front().def == chosen)
            continue;
        const bool severe = m_rng.chance(chosen->anaphylaxisPercent / 100.0);
        const Reaction reaction = severe ? Reaction::Anaphylaxis : m_rng.pick(chosen->reactions);
        m_allergies.push_back(Allergy{chosen, reaction, severe});
    }
}

void PatientBuilder::chooseTherapies()
{
    for (const ChronicCondition &c : m_conditions) {
        const ConditionDef &def = *c.def;
        if (!c.abatement.isNull() || !m_rng.chance(def.treatedPercent / 100.0))
            continue;
        // Prescribers vary: the listed alternative is a first choice a third of the time.
        const bool preferAlternative = def.alternative != Med::None && m_rng.chance(0.35);
        const Med first = preferAlternative ? def.alternative : def.therapy;
        const Med second = preferAlternative ? def.therapy : def.alternative;
        const bool withAddOn = def.addOn != Med::None && m_rng.chance(0.6);
        for (Med m : {firstTolerated(first, second), withAddOn ? firstTolerated(def.addOn, Med::None) : Med::None}) {
            if (m != Med::None && !takes(m))
                m_prescriptions.push_back(Prescription{m, &c});
        }
    }
    for (const Prescription &p : m_prescriptions)
        m_medicationLabels.append(QString::fromUtf8(medDef(p.med).label));
}

std::vector<Visit> PatientBuilder::planVisits(const QDate &historyStart)
{
    // Sicker patients and young children are seen more often. A visit costs
    // about a dozen resources (encounter, vitals, note, some labs), so a record
    // holds 10-40 resources, up to about 60 for the multimorbid.
    const int active = activeConditionCount();
    const int extra = m_rng.below(2);
    const int count = 1 + extra + (active >= 2 ? 1 : 0) + (active >= 4 ? 1 : 0) + (m_p.age < 6 ? 1 : 0);

    const QDate lastDay = m_now.date().addDays(-7);
    const int window = int(historyStart.daysTo(lastDay));
    const int segment = std::max(1, window / count);

    std::vector<Visit> visits;
    for (int i = 0; i < count; ++i) {
        Visit v;
        v.kind = chooseVisitKind(i == 0);
        QDate day = std::max(historyStart.addDays(qint64(i) * segment + m_rng.below(segment)), m_birth.addDays(1));
        if (v.kind != VisitKind::Checkup && v.kind != VisitKind::FollowUp)
            v.acute = chooseAcute(v, day); // may settle for a less acute kind of visit
        int minute = 0;
        int durationMinutes = 0;
        switch (v.kind) {
        case VisitKind::Checkup:
        case VisitKind::FollowUp:
        case VisitKind::Acute:
            // Clinics are closed at weekends: move to the Monday after (never
            // before the history starts, never later than a few days ago).
            if (day.dayOfWeek() >= 6)
                day = day.addDays(8 - day.dayOfWeek());
            minute = 8 * 60 + 10 * m_rng.below(52);
            durationMinutes = v.kind == VisitKind::Checkup ? m_rng.between(30, 45) : m_rng.between(15, 30);
            break;
        case VisitKind::Emergency:
            minute = m_rng.below(24 * 60);
            durationMinutes = m_rng.between(120, 420);
            break;
        case VisitKind::Inpatient:
            minute = m_rng.below(24 * 60);
            durationMinutes = m_rng.between(2, 5) * 24 * 60;
            durationMinutes += m_rng.below(8 * 60);
            break;
        }
        v.start = atTime(day, minute);
        v.end = v.start.addSecs(qint64(durationMinutes) * 60);
        const bool hospital = v.kind == VisitKind::Emergency || v.kind == VisitKind::Inpatient;
        v.location = hospital ? QString::fromUtf8(m_rng.pick(kHospitals)) : m_clinic;
        v.clinician = hospital ? QString::fromUtf8(m_rng.pick(kClinicians)) : m_clinician;
        if (v.kind == VisitKind::FollowUp) {
            // Up to two active problems; obesity only when there is nothing else.
            for (const ChronicCondition &c : m_conditions) {
                const bool candidate = c.abatement.isNull() && c.def->kind != Cond::Obesity;
                if (candidate && v.reviewed.size() < 2 && (v.reviewed.empty() || m_rng.chance(0.5)))
                    v.reviewed.push_back(&c);
            }
            if (v.reviewed.empty() && has(Cond::Obesity))
                v.reviewed.push_back(&m_conditions.front());
        }
        visits.push_back(std::move(v));
    }
    std::stable_sort(visits.begin(), visits.end(),
                     [](const Visit &a, const Visit &b) { return a.start < b.start; });
    visits.front().first = true;
    for (Visit &v : visits)
        v.id = nextId("enc");
    return visits;
}

VisitKind PatientBuilder::chooseVisitKind(bool first)
{
    const bool chronic = activeConditionCount() > 0;
    // The history opens with a routine visit that reviews the problem list.
    if (first)
        return chronic ? VisitKind::FollowUp : VisitKind::Checkup;
    // Weights per VisitKind: Checkup, FollowUp, Acute, Emergency, Inpatient.
    const int inpatient = m_p.age >= 65 ? 6 : 3;
    const std::array<int, 5> weights = chronic ? std::array<int, 5>{18, 40, 26, 8, inpatient}
                                               : std::array<int, 5>{40, 0, 46, 10, inpatient};
    return VisitKind(m_rng.weighted(weights, [](int w) { return w; }));
}

const AcuteDef *PatientBuilder::chooseAcute(Visit &visit, const QDate &day)
{
    const int age = ageOn(m_birth, day);
    // Step down when nothing fits: infants are not admitted with adult
    // problems, and a febrile baby belongs in a pathway this generator does
    // not model, so under-ones only have routine visits.
    for (;;) {
        const quint8 setting = visit.kind == VisitKind::Inpatient ? Ward
                : visit.kind == VisitKind::Emergency              ? EmergencyRoom
                                                                  : Clinic;
        std::vector<const AcuteDef *> eligible;
        for (const AcuteDef &a : kAcute) {
            if ((a.settings & setting) && age >= a.minAge && age <= a.maxAge
                && (a.needs == Cond::None || has(a.needs)))
                eligible.push_back(&a);
        }
        if (!eligible.empty())
            return m_rng.pick(eligible);
        switch (visit.kind) {
        case VisitKind::Inpatient:
            visit.kind = VisitKind::Emergency;
            break;
        case VisitKind::Emergency:
            visit.kind = VisitKind::Acute;
            break;
        default:
            visit.kind = VisitKind::Checkup;
            return nullptr;
        }
    }
}

// -- emitting ----------------------------------------------------------------

QString PatientBuilder::nextId(const char *tag)
{
    return QStringLiteral("%1-%2-%3").arg(m_p.patientId, QLatin1String(tag)).arg(++m_sequence, 3, 10, QChar(u'0'));
}

QJsonObject PatientBuilder::newResource(const char *type, const QString &id) const
{
    return QJsonObject{
        {"resourceType", type},
        {"id", id},
        {"meta", QJsonObject{{"lastUpdated", m_nowText}}},
    };
}

QJsonObject PatientBuilder::newResource(const char *type, const char *idTag)
{
    return newResource(type, nextId(idTag));
}

void PatientBuilder::emitProblemList(const QDateTime &recorded)
{
    for (const ChronicCondition &c : m_conditions) {
        const ConditionDef &def = *c.def;
        const bool active = c.abatement.isNull();
        QJsonObject condition = newResource("Condition", c.id);
        condition.insert("clinicalStatus", codeable(kConditionClinical, active ? "active" : "resolved",
                                                    active ? "Active" : "Resolved"));
        condition.insert("verificationStatus", codeable(kConditionVerification, "confirmed", "Confirmed"));
        condition.insert("category",
                         QJsonArray{codeable(kConditionCategory, "problem-list-item", "Problem List Item")});
        condition.insert("code", codeable(QJsonArray{coding(kSnomed, def.snomed, def.snomedDisplay),
                                                     coding(kIcd10, def.icd10, def.icd10Display)},
                                          QString::fromUtf8(def.label)));
        condition.insert("subject", m_subject);
        condition.insert("onsetDateTime", fhirDate(c.onset));
        if (!active)
            condition.insert("abatementDateTime", fhirDate(c.abatement));
        condition.insert("recordedDate", fhirDateTime(recorded));
        m_p.records.append(condition);
    }
    for (const Allergy &a : m_allergies) {
        const AllergyDef &def = *a.def;
        QJsonArray codings{coding(def.system, def.code, def.display)};
        if (def.snomed)
            codings.prepend(coding(kSnomed, def.snomed, def.snomedDisplay));
        const ReactionDef &reaction = reactionDef(a.reaction);
        QJsonObject allergy = newResource("AllergyIntolerance", "alg");
        allergy.insert("clinicalStatus", codeable(kAllergyClinical, "active", "Active"));
        allergy.insert("verificationStatus", codeable(kAllergyVerification, "confirmed", "Confirmed"));
        allergy.insert("type", def.type);
        allergy.insert("category", QJsonArray{def.category});
        allergy.insert("criticality", a.severe ? "high" : "low");
        allergy.insert("code", codeable(codings, QString::fromUtf8(def.label)));
        allergy.insert("patient", m_subject); // AllergyIntolerance has no "subject" in R4
        allergy.insert("recordedDate", fhirDateTime(recorded));
        allergy.insert("reaction", QJsonArray{QJsonObject{
                                           {"manifestation", QJsonArray{codeable(kSnomed, reaction.snomed,
                                                                                reaction.display)}},
                                           {"severity", a.severe ? "severe" : "mild"},
                                   }});
        m_p.records.append(allergy);
    }
}

void PatientBuilder::emitVisit(Visit &visit, bool prescribesChronic)
{
    const qsizetype encounterIndex = m_p.records.size();
    m_p.records.append(QJsonObject{}); // placeholder: the diagnosis is only known below

    const Vitals vitals = measureVitals(visit);
    emitVitals(visit, vitals);
    const std::vector<LabResult> labs = emitLabs(visit);
    const QString diagnosisRef = emitAcuteCondition(visit);
    m_p.records[encounterIndex] = encounter(visit, diagnosisRef);

    QStringList prescribed;
    if (prescribesChronic) {
        for (const Prescription &p : m_prescriptions)
            prescribed.append(emitPrescription(p.med, visit, QStringLiteral("Condition/") + p.reason->id, true));
    }
    if (visit.acute) {
        const Med m = firstTolerated(visit.acute->therapy, visit.acute->alternative);
        if (m != Med::None && !diagnosisRef.isEmpty())
            prescribed.append(emitPrescription(m, visit, diagnosisRef, false));
    }
    emitNote(visit, vitals, labs, prescribed);
}

QJsonObject PatientBuilder::encounter(const Visit &visit, const QString &diagnosisRef) const
{
    const VisitKindDef &kind = visitKindDef(visit.kind);
    const bool child = ageAt(visit.start.date()) < 18;
    QJsonObject type = visit.kind == VisitKind::Checkup && child
            ? codeable(kSnomed, "410620009", "Well child visit (procedure)")
            : codeable(kSnomed, kind.typeSnomed, kind.typeDisplay);

    QJsonArray reasons;
    QJsonArray reasonRefs;
    if (visit.acute) {
        reasons.append(codeable(kSnomed, visit.acute->reasonSnomed, visit.acute->reasonDisplay));
    } else if (visit.kind == VisitKind::FollowUp) {
        for (const ChronicCondition *c : visit.reviewed) {
            reasons.append(codeable(QJsonArray{coding(kSnomed, c->def->snomed, c->def->snomedDisplay),
                                              coding(kIcd10, c->def->icd10, c->def->icd10Display)}));
            reasonRefs.append(reference(QStringLiteral("Condition/") + c->id));
        }
    } else {
        // A check-up has no presenting problem; ICD-10-CM Z codes are the usual reason.
        reasons.append(child ? codeable(kIcd10, "Z00.129",
                                       "Encounter for routine child health examination without abnormal findings")
                             : codeable(kIcd10, "Z00.00",
                                       "Encounter for general adult medical examination without abnormal findings"));
    }

    QJsonObject e = newResource("Encounter", visit.id);
    e.insert("status", "finished");
    e.insert("class", coding(kActCode, kind.classCode, kind.classDisplay));
    e.insert("type", QJsonArray{type});
    e.insert("subject", m_subject);
    e.insert("participant", QJsonArray{QJsonObject{{"individual", displayReference(visit.clinician)}}});
    e.insert("period", QJsonObject{{"start", fhirDateTime(visit.start)}, {"end", fhirDateTime(visit.end)}});
    e.insert("reasonCode", reasons);
    e.insert("serviceProvider", displayReference(visit.location));
    if (!reasonRefs.isEmpty())
        e.insert("reasonReference", reasonRefs);
    if (!diagnosisRef.isEmpty())
        e.insert("diagnosis", QJsonArray{QJsonObject{{"condition", reference(diagnosisRef)}}});
    if (visit.kind == VisitKind::Inpatient || visit.kind == VisitKind::Emergency) {
        e.insert("hospitalization",
                 QJsonObject{{"dischargeDisposition", codeable(kDischargeDisposition, "home", "Home")}});
    }
    return e;
}

double PatientBuilder::ageAt(const QDate &day) const
{
    return double(m_birth.daysTo(day)) / 365.25;
}

Vitals PatientBuilder::measureVitals(const Visit &visit)
{
    const double age = ageAt(visit.start.date());
    const AgeNorms *norms = &kAgeNorms[0];
    for (const AgeNorms &n : kAgeNorms) {
        norms = &n;
        if (age < n.belowAge)
            break;
    }
    const quint8 signs = visit.acute ? visit.acute->signs : quint8(NoSigns);
    Vitals v;

    // Growth: interpolate the median chart, then scale by this patient's build.
    const GrowthPoint *lower = &kGrowth[0];
    const GrowthPoint *upper = &kGrowth[std::size(kGrowth) - 1];
    for (size_t i = 1; i < std::size(kGrowth); ++i) {
        if (age <= kGrowth[i].age) {
            lower = &kGrowth[i - 1];
            upper = &kGrowth[i];
            break;
        }
    }
    const double t = upper->age > lower->age ? std::clamp((age - lower->age) / (upper->age - lower->age), 0.0, 1.0)
                                             : 1.0;
    const double medianHeight = m_female ? lower->heightFemale + t * (upper->heightFemale - lower->heightFemale)
                                         : lower->heightMale + t * (upper->heightMale - lower->heightMale);
    const double medianWeight = m_female ? lower->weightFemale + t * (upper->weightFemale - lower->weightFemale)
                                         : lower->weightMale + t * (upper->weightMale - lower->weightMale);
    const double height = medianHeight * m_sizeFactor;
    const double dayToDay = m_rng.bell(-0.02, 0.02);
    v.height = roundTo(height + m_rng.bell(-0.4, 0.4), 1);
    v.weight = roundTo((age >= 18 ? m_bmi * (height / 100) * (height / 100) : medianWeight * m_weightFactor)
                               * (1 + dayToDay),
                       1);
    v.hasHeight = age < 18 || visit.first;
    // Routine adult reviews often skip temperature and respiratory rate.
    v.hasTemperatureAndRespiration = visit.acute || age < 18 || visit.first || m_rng.chance(0.4);

    v.heartRate = int(std::lround(m_rng.bell(norms->hrLow, norms->hrHigh)));
    if (has(Cond::AtrialFibrillation))
        v.heartRate = m_rng.between(62, 98); // rate-controlled but irregular
    v.respiratoryRate = int(std::lround(m_rng.bell(norms->rrLow, norms->rrHigh)));
    v.temperature = roundTo(m_rng.bell(36.2, 37.3), 1);
    v.oxygenSaturation = has(Cond::Copd) ? m_rng.between(90, 95) : int(std::lround(m_rng.bell(95, 100)));

    if (signs & Fever) {
        v.temperature = roundTo(m_rng.uniform(38.0, 39.6), 1);
        v.heartRate += m_rng.between(10, 25);
    }
    if (signs & Hypoxia) {
        v.oxygenSaturation = m_rng.between(86, 93);
        v.respiratoryRate += m_rng.between(5, 10);
    }
    if (signs & Tachycardia)
        v.heartRate = std::max(v.heartRate, m_rng.between(norms->hrHigh + 8, norms->hrHigh + 45));
    // An occasional unexplained finding, as in real clinics (anxiety, a rushed arrival).
    if (m_rng.chance(0.05))
        v.heartRate += m_rng.between(12, 25);

    if (norms->sysHigh > 0) {
        v.hasBloodPressure = true;
        double systolic = m_rng.bell(norms->sysLow, norms->sysHigh);
        double diastolic = m_rng.bell(norms->diaLow, norms->diaHigh);
        if (has(Cond::Hypertension)) {
            // Treated hypertension is often, not always, at goal.
            const bool treated = takes(Med::Lisinopril) || takes(Med::Amlodipine);
            systolic = treated ? m_rng.bell(118, 154) : m_rng.bell(136, 168);
            diastolic = treated ? m_rng.bell(72, 94) : m_rng.bell(84, 102);
        }
        if (age >= 65)
            systolic += 6; // arterial stiffening
        if (m_rng.chance(0.05))
            systolic += 14; // white-coat effect
        v.systolic = int(std::lround(systolic));
        v.diastolic = std::min(int(std::lround(diastolic)), v.systolic - 25);
    }
    return v;
}

QJsonObject PatientBuilder::observation(const Visit &visit, const char *category, const char *categoryDisplay,
                                        const QJsonObject &code, const QDateTime &when)
{
    QJsonObject o = newResource("Observation", "obs");
    o.insert("status", "final");
    o.insert("category", QJsonArray{codeable(kObservationCategory, category, categoryDisplay)});
    o.insert("code", code);
    o.insert("subject", m_subject);
    o.insert("encounter", encounterReference(visit));
    o.insert("effectiveDateTime", fhirDateTime(when));
    return o;
}

void PatientBuilder::emitVital(const Visit &visit, const VitalDef &def, double value, const QDateTime &when)
{
    QJsonArray codings{coding(kLoinc, def.loinc, def.display)};
    if (def.alsoLoinc)
        codings.append(coding(kLoinc, def.alsoLoinc, def.alsoDisplay));
    QJsonObject o = observation(visit, "vital-signs", "Vital Signs", codeable(codings, QString::fromUtf8(def.display)),
                                when);
    o.insert("valueQuantity", quantity(roundTo(value, def.decimals), def.ucum, def.unit));
    m_p.records.append(o);
}

void PatientBuilder::emitVitals(const Visit &visit, const Vitals &v)
{
    const QDateTime when = visit.start.addSecs(60 * m_rng.between(5, 15));
    emitVital(visit, kHeartRate, v.heartRate, when);
    if (v.hasTemperatureAndRespiration) {
        emitVital(visit, kRespiratoryRate, v.respiratoryRate, when);
        emitVital(visit, kBodyTemperature, v.temperature, when);
    }
    emitVital(visit, kOxygenSaturation, v.oxygenSaturation, when);
    emitVital(visit, kBodyWeight, v.weight, when);
    if (v.hasHeight)
        emitVital(visit, kBodyHeight, v.height, when);
    if (v.hasBloodPressure) {
        auto component = [](const VitalDef &def, int value) {
            return QJsonObject{{"code", codeable(kLoinc, def.loinc, def.display)},
                               {"valueQuantity", quantity(value, def.ucum, def.unit)}};
        };
        QJsonObject bp = observation(visit, "vital-signs", "Vital Signs",
                                     codeable(QJsonArray{coding(kLoinc, "85354-9",
                                                               "Blood pressure panel with all children optional")},
                                             QStringLiteral("Blood pressure")),
                                     when);
        bp.insert("component",
                  QJsonArray{component(kSystolic, v.systolic), component(kDiastolic, v.diastolic)});
        m_p.records.append(bp);
    }
}

quint8 PatientBuilder::choosePanels(const Visit &visit)
{
    const double age = ageAt(visit.start.date());
    const bool hospital = visit.kind == VisitKind::Emergency || visit.kind == VisitKind::Inpatient;
    if (age < 12) // children rarely have blood drawn outside hospital
        return hospital ? Cbc : NoPanel;
    if (hospital)
        return Cbc | Bmp | (takes(Med::Warfarin) ? Coagulation : NoPanel);
    quint8 panels = NoPanel;
    if (visit.kind == VisitKind::FollowUp) {
        quint8 wanted = NoPanel;
        for (const ChronicCondition *c : visit.reviewed)
            wanted |= c->def->monitoring;
        if (!takes(Med::Warfarin))
            wanted &= quint8(~Coagulation);
        for (const PanelDef &p : kPanels) {
            if ((wanted & p.id) && m_rng.chance(0.6))
                panels |= p.id;
        }
    } else if (visit.kind == VisitKind::Checkup && age >= 18) {
        if (m_rng.chance(0.4))
            panels |= Lipids;
        if (m_rng.chance(0.25))
            panels |= Cbc;
    }
    return panels;
}

double PatientBuilder::labValue(Lab lab, const Visit &visit, const std::vector<LabResult> &soFar)
{
    const double age = ageAt(visit.start.date());
    const bool infection = visit.acute && (visit.acute->signs & Fever) && (visit.acute->signs & Hypoxia);
    auto earlier = [&](Lab id) {
        const LabResult *r = findLab(soFar, id);
        return r ? r->value : 0.0;
    };
    switch (lab) {
    case Lab::Glucose:
        if (has(Cond::Diabetes))
            return m_rng.bell(110, 230);
        if (has(Cond::Prediabetes))
            return m_rng.bell(95, 125);
        return m_rng.chance(0.05) ? m_rng.bell(100, 118) : m_rng.bell(72, 99);
    case Lab::UreaNitrogen:
        if (has(Cond::CkdStage3))
            return m_rng.bell(22, 40);
        return has(Cond::HeartFailure) ? m_rng.bell(14, 30) : m_rng.bell(8, 20);
    case Lab::Creatinine: {
        const double elderly = age >= 75 ? 0.1 : 0.0;
        if (has(Cond::CkdStage3))
            return elderly + (m_female ? m_rng.bell(1.2, 2.0) : m_rng.bell(1.45, 2.3));
        return elderly + (m_female ? m_rng.bell(0.55, 1.0) : m_rng.bell(0.72, 1.25));
    }
    case Lab::Sodium:
        return m_rng.chance(0.03) ? m_rng.bell(130, 135) : m_rng.bell(136, 144);
    case Lab::Potassium:
        if (has(Cond::CkdStage3) && m_rng.chance(0.2))
            return m_rng.bell(5.2, 5.7);
        if (takes(Med::Furosemide) && m_rng.chance(0.15))
            return m_rng.bell(3.1, 3.5);
        return m_rng.bell(3.7, 4.9);
    case Lab::Cholesterol:
        if (has(Cond::Hyperlipidemia) || has(Cond::HistoryOfMi)) {
            const bool statin = takes(Med::Atorvastatin) || takes(Med::Simvastatin);
            return statin ? m_rng.bell(150, 225) : m_rng.bell(215, 290);
        }
        return m_rng.bell(140, 210);
    case Lab::Triglycerides:
        return has(Cond::Diabetes) || has(Cond::Obesity) ? m_rng.bell(130, 260) : m_rng.bell(60, 170);
    case Lab::Hdl:
        return m_female ? m_rng.bell(45, 80) : m_rng.bell(35, 65);
    case Lab::Ldl:
        // Friedewald, so the panel adds up.
        return std::max(30.0, earlier(Lab::Cholesterol) - earlier(Lab::Hdl) - earlier(Lab::Triglycerides) / 5.0);
    case Lab::Hemoglobin: {
        const double kidney = has(Cond::CkdStage3) ? -1.0 : 0.0;
        if (age < 12)
            return has(Cond::IronDeficiencyAnemia) ? m_rng.bell(9.0, 10.8) : m_rng.bell(11.2, 14.0);
        if (has(Cond::IronDeficiencyAnemia))
            return kidney + (m_female ? m_rng.bell(8.5, 11.4) : m_rng.bell(9.5, 12.5));
        return kidney + (m_female ? m_rng.bell(12.1, 15.2) : m_rng.bell(13.6, 16.8));
    }
    case Lab::Leukocytes:
        return infection ? m_rng.bell(11.5, 18.0) : m_rng.bell(4.6, 10.2);
    case Lab::Platelets:
        return m_rng.bell(160, 380);
    case Lab::HbA1c:
        if (has(Cond::Diabetes))
            return m_rng.bell(6.4, 9.6);
        return has(Cond::Prediabetes) ? m_rng.bell(5.7, 6.4) : m_rng.bell(4.6, 5.6);
    case Lab::Inr:
        return m_rng.bell(1.7, 3.4);
    }
    return 0.0;
}

std::vector<LabResult> PatientBuilder::emitLabs(const Visit &visit)
{
    std::vector<LabResult> results;
    const quint8 panels = choosePanels(visit);
    if (panels == NoPanel)
        return results;
    const QDateTime drawn = visit.start.addSecs(60 * m_rng.between(20, 50));
    const QDateTime issued = drawn.addSecs(60 * m_rng.between(60, 300));

    for (const PanelDef &panel : kPanels) {
        if (!(panels & panel.id))
            continue;
        QJsonArray resultRefs;
        QStringList abnormal;
        for (Lab analyte : panel.analytes) {
            const LabDef &def = labDef(analyte);
            const double value = roundTo(labValue(def.id, visit, results), def.decimals);
            const double low = m_female ? def.lowFemale : def.lowMale;
            const double high = m_female ? def.highFemale : def.highMale;
            const char *flag = !std::isnan(low) && value < low ? "L" : !std::isnan(high) && value > high ? "H" : "N";
            results.push_back(LabResult{&def, value, flag});
            if (flag[0] != 'N')
                abnormal.append(describe(results.back(), true));

            QJsonObject range;
            if (!std::isnan(low))
                range.insert("low", quantity(low, def.ucum, def.unit));
            if (!std::isnan(high))
                range.insert("high", quantity(high, def.ucum, def.unit));
            if (def.id == Lab::Inr) {
                range.insert("type", codeable(kReferenceRangeMeaning, "treatment", "Treatment Range"));
                range.insert("text", "Therapeutic range on warfarin");
            }
            const char *flagDisplay = flag[0] == 'H' ? "High" : flag[0] == 'L' ? "Low" : "Normal";

            QJsonObject o = observation(visit, "laboratory", "Laboratory",
                                        codeable(QJsonArray{coding(kLoinc, def.loinc, def.display)}), drawn);
            o.insert("issued", fhirDateTime(issued));
            o.insert("valueQuantity", quantity(value, def.ucum, def.unit));
            o.insert("interpretation", QJsonArray{codeable(kInterpretation, flag, flagDisplay)});
            o.insert("referenceRange", QJsonArray{range});
            resultRefs.append(reference(referenceTo(o)));
            m_p.records.append(o);
        }
        if (panel.analytes.size() < 2)
            continue;
        QJsonObject report = newResource("DiagnosticReport", "rpt");
        report.insert("status", "final");
        report.insert("category", QJsonArray{codeable(kDiagnosticService, "LAB", "Laboratory")});
        report.insert("code", codeable(QJsonArray{coding(kLoinc, panel.loinc, panel.display)}));
        report.insert("subject", m_subject);
        report.insert("encounter", encounterReference(visit));
        report.insert("effectiveDateTime", fhirDateTime(drawn));
        report.insert("issued", fhirDateTime(issued));
        report.insert("performer", QJsonArray{displayReference(visit.location + QStringLiteral(" Laboratory"))});
        report.insert("result", resultRefs);
        report.insert("conclusion", abnormal.isEmpty() ? QStringLiteral("All results within reference range.")
                                                       : QStringLiteral("Abnormal: ") + abnormal.join(u", ") + u'.');
        m_p.records.append(report);
    }
    return results;
}

QString PatientBuilder::emitAcuteCondition(const Visit &visit)
{
    const AcuteDef *acute = visit.acute;
    if (!acute)
        return {};
    if (!acute->diagnosisSnomed) {
        // A flare of a known chronic condition: the encounter points at it.
        for (const ChronicCondition &c : m_conditions) {
            if (c.def->kind == acute->needs)
                return QStringLiteral("Condition/") + c.id;
        }
        return {};
    }
    const QDate onset = visit.start.date().addDays(-m_rng.between(1, 4));
    const QDate resolved = visit.end.date().addDays(m_rng.between(7, 21));
    const bool over = resolved < m_now.date();
    QJsonObject c = newResource("Condition", "dx");
    c.insert("clinicalStatus", codeable(kConditionClinical, over ? "resolved" : "active", over ? "Resolved" : "Active"));
    c.insert("verificationStatus", codeable(kConditionVerification, "confirmed", "Confirmed"));
    c.insert("category", QJsonArray{codeable(kConditionCategory, "encounter-diagnosis", "Encounter Diagnosis")});
    c.insert("code", codeable(QJsonArray{coding(kSnomed, acute->diagnosisSnomed, acute->diagnosisDisplay),
                                        coding(kIcd10, acute->icd10, acute->icd10Display)},
                             QString::fromUtf8(acute->label)));
    c.insert("subject", m_subject);
    c.insert("encounter", encounterReference(visit));
    c.insert("onsetDateTime", fhirDate(std::max(onset, m_birth)));
    if (over)
        c.insert("abatementDateTime", fhirDate(resolved));
    c.insert("recordedDate", fhirDateTime(visit.start));
    m_p.records.append(c);
    return referenceTo(c);
}

QString PatientBuilder::emitPrescription(Med med, const Visit &visit, const QString &reasonRef, bool ongoing)
{
    const MedDef &def = medDef(med);
    QJsonObject dosage{
        {"sequence", 1},
        {"text", def.dosage},
        {"route", def.route == Route::Oral ? codeable(kSnomed, "26643006", "Oral route (qualifier value)")
                                           : codeable(kSnomed, "447694001",
                                                     "Respiratory tract route (qualifier value)")},
    };
    if (def.asNeeded)
        dosage.insert("asNeededBoolean", true);
    const bool discharge = visit.kind == VisitKind::Inpatient;
    QJsonObject r = newResource("MedicationRequest", "rx");
    r.insert("status", ongoing ? "active" : "completed");
    r.insert("intent", "order");
    r.insert("category", QJsonArray{codeable(kMedicationRequestCategory, discharge ? "discharge" : "community",
                                            discharge ? "Discharge" : "Community")});
    r.insert("medicationCodeableConcept",
             codeable(QJsonArray{coding(kRxNorm, def.rxnorm, def.display)}, QString::fromUtf8(def.label)));
    r.insert("subject", m_subject);
    r.insert("encounter", encounterReference(visit));
    r.insert("authoredOn", fhirDateTime(visit.end.addSecs(-300)));
    r.insert("requester", displayReference(visit.clinician));
    r.insert("reasonReference", QJsonArray{reference(reasonRef)});
    r.insert("dosageInstruction", QJsonArray{dosage});
    m_p.records.append(r);
    return QStringLiteral("%1 %2: %3")
            .arg(QLatin1String(ongoing ? "Renewed" : "Prescribed"), QString::fromUtf8(def.label),
                 QString::fromUtf8(def.dosage));
}

void PatientBuilder::emitNote(const Visit &visit, const Vitals &v, const std::vector<LabResult> &labs,
                              const QStringList &prescribed)
{
    const VisitKindDef &kind = visitKindDef(visit.kind);
    const QString text = writeNote(visit, v, labs, prescribed);
    const QDateTime written = visit.kind == VisitKind::Inpatient ? visit.end : visit.end.addSecs(60 * 10);
    const QString title = QStringLiteral("%1 %2").arg(QString::fromUtf8(kind.title), fhirDate(visit.start.date()));

    QJsonObject doc = newResource("DocumentReference", "doc");
    doc.insert("status", "current");
    doc.insert("docStatus", "final");
    doc.insert("type", codeable(kLoinc, kind.noteLoinc, kind.noteDisplay));
    doc.insert("category", QJsonArray{codeable(kDocumentCategory, "clinical-note", "Clinical Note")});
    doc.insert("subject", m_subject);
    doc.insert("date", fhirDateTime(written));
    doc.insert("author", QJsonArray{displayReference(visit.clinician)});
    doc.insert("description", title);
    doc.insert("content", QJsonArray{QJsonObject{{"attachment", QJsonObject{
                                                                        {"contentType", "text/plain"},
                                                                        {"language", "en"},
                                                                        {"data", QString::fromLatin1(text.toUtf8().toBase64())},
                                                                        {"title", title},
                                                                        {"creation", fhirDateTime(written)},
                                                                }}}});
    // R4 DocumentReference links its encounter through context, not "encounter".
    doc.insert("context", QJsonObject{
                                  {"encounter", QJsonArray{encounterReference(visit)}},
                                  {"period", QJsonObject{{"start", fhirDateTime(visit.start)},
                                                         {"end", fhirDateTime(visit.end)}}},
                          });
    m_p.records.append(doc);
}

// -- note writing --------------------------------------------------------------

QString PatientBuilder::patientPhrase(const QDate &day) const
{
    const int years = ageOn(m_birth, day);
    if (years < 1) {
        const int months = std::max(1, int(m_birth.daysTo(day) / 30));
        return QStringLiteral("%1-month-old %2").arg(months).arg(QLatin1String(m_female ? "girl" : "boy"));
    }
    if (years < 18)
        return QStringLiteral("%1-year-old %2").arg(years).arg(QLatin1String(m_female ? "girl" : "boy"));
    return QStringLiteral("%1-year-old %2").arg(years).arg(QLatin1String(m_female ? "woman" : "man"));
}

QString PatientBuilder::vitalsSentence(const Vitals &v, bool adult) const
{
    QStringList parts;
    if (v.hasBloodPressure)
        parts << QStringLiteral("BP %1/%2 mmHg").arg(v.systolic).arg(v.diastolic);
    parts << QStringLiteral("HR %1/min").arg(v.heartRate);
    if (v.hasTemperatureAndRespiration)
        parts << QStringLiteral("RR %1/min").arg(v.respiratoryRate) << QStringLiteral("T %1 °C").arg(v.temperature, 0, 'f', 1);
    parts << QStringLiteral("SpO2 %1% on room air").arg(v.oxygenSaturation)
          << QStringLiteral("weight %1 kg").arg(v.weight, 0, 'f', 1);
    if (v.hasHeight)
        parts << QStringLiteral("height %1 cm").arg(v.height, 0, 'f', 1);
    if (adult)
        parts << QStringLiteral("BMI %1").arg(v.weight / ((v.height / 100) * (v.height / 100)), 0, 'f', 1);
    return parts.join(u", ") + u'.';
}

Review PatientBuilder::review(const ChronicCondition &c, const Vitals &v, const std::vector<LabResult> &labs) const
{
    auto result = [&](Lab id) { return findLab(labs, id); };
    const QString label = capitalized(c.def->label);
    switch (c.def->kind) {
    case Cond::Hypertension:
        if (!v.hasBloodPressure)
            break;
        if (v.systolic >= 140 || v.diastolic >= 90) {
            const bool treated = takes(Med::Lisinopril) || takes(Med::Amlodipine);
            return {label + QStringLiteral(", above goal today (%1/%2 mmHg).").arg(v.systolic).arg(v.diastolic),
                    QStringLiteral("Home blood pressure log for 2 weeks; %1 if persistently above 140/90.")
                            .arg(QLatin1String(treated ? "titrate therapy" : "start an antihypertensive"))};
        }
        return {label + QStringLiteral(", at goal (%1/%2 mmHg).").arg(v.systolic).arg(v.diastolic), {}};
    case Cond::Diabetes:
        if (const LabResult *a1c = result(Lab::HbA1c)) {
            if (a1c->value >= 8.0)
                return {label + QStringLiteral(", poorly controlled (%1).").arg(describe(*a1c, false)),
                        QStringLiteral("Discussed adding a second agent; dietitian referral; recheck HbA1c in 3 months.")};
            if (a1c->value > 7.0)
                return {label + QStringLiteral(", above target (%1).").arg(describe(*a1c, false)),
                        QStringLiteral("Diet and activity reviewed; recheck HbA1c in 3 months.")};
            return {label + QStringLiteral(", at target (%1).").arg(describe(*a1c, false)), {}};
        }
        return {label + QStringLiteral(", foot examination normal."), QStringLiteral("HbA1c at next visit.")};
    case Cond::Prediabetes:
        if (const LabResult *a1c = result(Lab::HbA1c))
            return {label + QStringLiteral(" (%1).").arg(describe(*a1c, false)),
                    QStringLiteral("Lifestyle counselling; repeat HbA1c in 12 months.")};
        break;
    case Cond::Hyperlipidemia:
    case Cond::HistoryOfMi:
        if (const LabResult *ldl = result(Lab::Ldl)) {
            if (ldl->value > 130)
                return {label + QStringLiteral(", LDL above goal (%1).").arg(describe(*ldl, false)),
                        QStringLiteral("Statin adherence reviewed; consider a higher-intensity statin.")};
            return {label + QStringLiteral(" (%1).").arg(describe(*ldl, false)), {}};
        }
        break;
    case Cond::AtrialFibrillation:
        if (const LabResult *inr = result(Lab::Inr)) {
            const QString status = label + QStringLiteral(", rate %1/min, %2.").arg(v.heartRate).arg(describe(*inr, false));
            return {status, inr->flag[0] == 'N' ? QString() : QStringLiteral("Warfarin dose adjusted; repeat INR in 1 week.")};
        }
        return {label + QStringLiteral(", rate-controlled at %1/min.").arg(v.heartRate), {}};
    case Cond::CkdStage3:
        if (const LabResult *creatinine = result(Lab::Creatinine))
            return {label + QStringLiteral(" (%1).").arg(describe(*creatinine, false)),
                    QStringLiteral("Avoid NSAIDs and other nephrotoxic drugs; renal function in 3 months.")};
        break;
    case Cond::IronDeficiencyAnemia:
        if (const LabResult *hb = result(Lab::Hemoglobin))
            return {label + QStringLiteral(" (%1).").arg(describe(*hb, false)),
                    hb->flag[0] == 'N' ? QString() : QStringLiteral("Continue iron; check ferritin.")};
        break;
    case Cond::Obesity:
        return {label + QStringLiteral(", weight %1 kg.").arg(v.weight, 0, 'f', 1),
                QStringLiteral("Nutrition and physical activity counselling.")};
    case Cond::Asthma:
    case Cond::Copd:
        return {label + QStringLiteral(", SpO2 %1%.").arg(v.oxygenSaturation),
                QStringLiteral("Inhaler technique reviewed.")};
    default:
        break;
    }
    return {label + QStringLiteral(", stable."), {}};
}

QString PatientBuilder::allergySentence() const
{
    if (m_allergies.empty())
        return QStringLiteral("No known allergies.");
    QStringList parts;
    for (const Allergy &a : m_allergies) {
        parts << QStringLiteral("%1 (%2)").arg(QString::fromUtf8(a.def->label),
                                               QString::fromUtf8(reactionDef(a.reaction).label));
    }
    return QStringLiteral("Allergies: ") + parts.join(u", ") + u'.';
}

QString PatientBuilder::medicationSentence() const
{
    return m_medicationLabels.isEmpty() ? QStringLiteral("No regular medications.")
                                        : QStringLiteral("Medications: ") + m_medicationLabels.join(u", ") + u'.';
}

QString PatientBuilder::writeNote(const Visit &visit, const Vitals &v, const std::vector<LabResult> &labs,
                                  const QStringList &prescribed)
{
    const QDate day = visit.start.date();
    const bool child = ageOn(m_birth, day) < 18;
    const QString who = patientPhrase(day);
    QStringList active;
    for (const ChronicCondition &c : m_conditions) {
        if (c.abatement.isNull() && c.onset <= day)
            active << QString::fromUtf8(c.def->label);
    }

    QString subjective;
    QString examination;
    QStringList assessment;
    QStringList plan;
    switch (visit.kind) {
    case VisitKind::Checkup: {
        static constexpr const char *kFeelings[] = {
            "Feels well.", "No concerns today.", "Reports good energy and sleep.", "Asks about diet and exercise.",
        };
        const char *feeling = m_rng.pick(kFeelings);
        const char *parent = m_rng.chance(0.5) ? "mother" : "father";
        subjective = child ? QStringLiteral("%1 brought in by %2 for a well-child visit. %3")
                                     .arg(who, QLatin1String(parent), QLatin1String(feeling))
                           : QStringLiteral("%1 presenting for an annual wellness visit. %2")
                                     .arg(who, QLatin1String(feeling));
        assessment << (child ? QStringLiteral("Growth and development appropriate for age.")
                             : QStringLiteral("Routine health maintenance; age-appropriate screening discussed."));
        plan << (child ? QStringLiteral("Immunizations reviewed and up to date. Next well-child visit as scheduled.")
                       : QStringLiteral("Continue current plan. Review again in 12 months."));
        break;
    }
    case VisitKind::FollowUp: {
        static constexpr const char *kUpdates[] = {
            "Feels well overall.", "Reports good adherence to medications.",
            "Reports occasional fatigue, otherwise well.", "No new complaints.",
        };
        QStringList reviewed;
        for (const ChronicCondition *c : visit.reviewed) {
            reviewed << QString::fromUtf8(c->def->label);
            const Review r = review(*c, v, labs);
            assessment << r.assessment;
            if (!r.plan.isEmpty())
                plan << r.plan;
        }
        subjective = QStringLiteral("%1 returning for follow-up of %2. %3")
                             .arg(who, joined(reviewed), QLatin1String(m_rng.pick(kUpdates)));
        plan << (m_medicationLabels.isEmpty() ? QStringLiteral("Lifestyle measures reinforced.")
                                              : QStringLiteral("Continue current medications."))
             << QStringLiteral("Follow up in %1 months.").arg(m_rng.pick(std::array<int, 3>{3, 4, 6}));
        break;
    }
    case VisitKind::Acute:
    case VisitKind::Emergency:
    case VisitKind::Inpatient: {
        Q_ASSERT(visit.acute); // chooseAcute() turns visits without a presentation into check-ups
        const AcuteDef &a = *visit.acute;
        const char *verb = visit.kind == VisitKind::Inpatient ? "admitted with" : "presenting with";
        subjective = QStringLiteral("%1 %2 %3.").arg(who, QLatin1String(verb), QString::fromUtf8(a.complaint));
        examination = QStringLiteral(" Exam: %1.").arg(QString::fromUtf8(a.findings));
        assessment << capitalized(a.label) + u'.';
        if (v.hasTemperatureAndRespiration && v.temperature >= 38.0)
            assessment << QStringLiteral("Febrile.");
        if (v.oxygenSaturation < 92)
            assessment << QStringLiteral("Hypoxemic on arrival.");
        plan << QString::fromUtf8(a.plan);
        const Med chosen = firstTolerated(a.therapy, a.alternative);
        if (a.therapy != Med::None && chosen != a.therapy)
            plan << QStringLiteral("First-line %1 avoided (%2).")
                            .arg(QString::fromUtf8(medDef(a.therapy).label),
                                 QLatin1String(contraindication(a.therapy)));
        if (visit.kind == VisitKind::Inpatient)
            plan << QStringLiteral("Discharged home on day %1 in stable condition; primary care follow-up in 1 week.")
                            .arg(visit.start.daysTo(visit.end) + 1);
        else if (visit.kind == VisitKind::Emergency)
            plan << QStringLiteral("Discharged from the emergency department with return precautions.");
        break;
    }
    }
    plan << prescribed;

    QStringList labText;
    for (const LabResult &r : labs)
        labText << describe(r, true);

    QString note;
    note += QStringLiteral("%1 - %2, %3\n").arg(QString::fromUtf8(visitKindDef(visit.kind).title), fhirDate(day), visit.location);
    note += QStringLiteral("Patient: %1 %2, DOB %3\n\n").arg(m_p.givenName, m_p.familyName, m_p.birthDate);
    note += QStringLiteral("S: %1 PMH: %2.\n").arg(subjective, active.isEmpty() ? QStringLiteral("none") : joined(active));
    note += QStringLiteral("O: %1%2\n").arg(vitalsSentence(v, !child), examination);
    if (!labText.isEmpty())
        note += QStringLiteral("Labs: %1.\n").arg(labText.join(u", "));
    note += QStringLiteral("A: %1\n").arg(assessment.join(u' '));
    note += QStringLiteral("P: %1\n").arg(plan.join(u' '));
    note += QStringLiteral("%1 %2\n\n").arg(allergySentence(), medicationSentence());
    note += QStringLiteral("Electronically signed by %1\n").arg(visit.clinician);
    return note;
}

// -- facts ---------------------------------------------------------------------

bool PatientBuilder::has(Cond c) const
{
    if (c == Cond::None)
        return false;
    return std::any_of(m_conditions.begin(), m_conditions.end(),
                       [c](const ChronicCondition &x) { return x.def->kind == c && x.abatement.isNull(); });
}

int PatientBuilder::activeConditionCount() const
{
    return int(std::count_if(m_conditions.begin(), m_conditions.end(),
                             [](const ChronicCondition &c) { return c.abatement.isNull(); }));
}

bool PatientBuilder::takes(Med m) const
{
    return std::any_of(m_prescriptions.begin(), m_prescriptions.end(),
                       [m](const Prescription &p) { return p.med == m; });
}

bool PatientBuilder::allergicTo(AllergyClass c) const
{
    return c != AllergyClass::None && std::any_of(m_allergies.begin(), m_allergies.end(), [c](const Allergy &a) {
               return a.def->drugClass == c;
           });
}

// Why `m` must not be given to this patient, or null. Atrial fibrillation
// stands for anticoagulation: the decision is made before any drug is chosen.
const char *PatientBuilder::contraindication(Med m) const
{
    const MedDef &def = medDef(m);
    if (allergicTo(def.blockedBy))
        return "documented allergy";
    if ((def.cautions & Anticoagulated) && has(Cond::AtrialFibrillation))
        return "bleeding risk on anticoagulation";
    if ((def.cautions & KidneyOrHeartFailure) && (has(Cond::CkdStage3) || has(Cond::HeartFailure)))
        return "renal and heart failure risk";
    return nullptr;
}

Med PatientBuilder::firstTolerated(Med preferred, Med alternative) const
{
    for (Med m : {preferred, alternative}) {
        if (m != Med::None && !contraindication(m))
            return m;
    }
    return Med::None;
}

} // namespace

// ---------------------------------------------------------------------------

SyntheticPatients::SyntheticPatients(quint64 seed) : m_seed(seed) {}

SyntheticPatient SyntheticPatients::make(int index, const QDateTime &now) const
{
    Q_ASSERT(index >= 0);
    return PatientBuilder(m_seed, index, now).build();
}

QJsonObject SyntheticPatients::bundle(const SyntheticPatient &p) const
{
    // A fixed namespace makes the v5 UUIDs, and so the fullUrls, stable across runs.
    static const QUuid kNamespace(QStringLiteral("6f1c2a52-9d3e-4c1b-8a57-0c6e3f5b9d21"));
    QJsonArray entries;
    auto add = [&](const QJsonObject &resource) {
        const QByteArray name = QByteArray::number(m_seed) + '/' + referenceTo(resource).toUtf8();
        entries.append(QJsonObject{
            {"fullUrl", QStringLiteral("urn:uuid:") + QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces)},
            {"resource", resource},
        });
    };
    add(p.patient);
    for (const QJsonObject &r : p.records)
        add(r);
    return QJsonObject{
        {"resourceType", "Bundle"},
        {"id", QStringLiteral("bundle-") + p.patientId},
        {"meta", QJsonObject{{"lastUpdated", p.patient.value("meta").toObject().value("lastUpdated")}}},
        {"type", "collection"},
        {"timestamp", p.patient.value("meta").toObject().value("lastUpdated")},
        {"entry", entries},
    };
}

} // namespace careledger
