#include "PatientDemographics.h"
#include "FhirRenderer.h"

#include <QJsonArray>

namespace careledger {
namespace {

// Higher is better; names that are no longer in use never win.
int namePreference(const QJsonObject &name)
{
    const QString use = name.value("use").toString();
    if (use == QLatin1String("official"))
        return 3;
    if (use == QLatin1String("usual"))
        return 2;
    if (use == QLatin1String("old") || use == QLatin1String("maiden"))
        return 0;
    if (!name.value("period").toObject().value("end").toString().isEmpty())
        return 0;
    return 1;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    if (value.isString()) {
        list.append(value.toString().trimmed());
    } else {
        for (const QJsonValue &v : value.toArray()) {
            if (v.isString() && !v.toString().trimmed().isEmpty())
                list.append(v.toString().trimmed());
        }
    }
    list.removeAll(QString());
    return list;
}

} // namespace

Result<PatientDemographics> PatientDemographics::fromResource(const QJsonObject &patient)
{
    if (patient.value("resourceType").toString() != QLatin1String("Patient"))
        return makeError(QStringLiteral("fhir.not_patient"), tr("The resource is not a FHIR Patient."));

    PatientDemographics d;
    d.id = patient.value("id").toString().trimmed();

    QJsonObject best;
    int bestPreference = -1;
    for (const QJsonValue &v : patient.value("name").toArray()) {
        const QJsonObject name = v.toObject();
        const int preference = namePreference(name);
        if (preference > bestPreference) {
            best = name;
            bestPreference = preference;
        }
    }
    // DSTU2 had family as a list; joining it is still the right reading.
    d.family = strings(best.value("family")).join(u' ');
    d.given = strings(best.value("given")).join(u' ');
    if (d.family.isEmpty() && d.given.isEmpty()) {
        // Only free text: take the last word as the family name, the rest as given names.
        QStringList words = best.value("text").toString().simplified().split(u' ', Qt::SkipEmptyParts);
        if (!words.isEmpty())
            d.family = words.takeLast();
        d.given = words.join(u' ');
    }

    const QJsonValue gender = patient.value("gender");
    if (!gender.isUndefined()) {
        d.gender = gender.toString();
        static const QStringList genders{QStringLiteral("male"), QStringLiteral("female"), QStringLiteral("other"),
                                         QStringLiteral("unknown")};
        if (!genders.contains(d.gender))
            return makeError(QStringLiteral("fhir.bad_gender"),
                             tr("The patient's gender \"%1\" is not one of male, female, other or unknown.")
                                     .arg(gender.toVariant().toString()));
    }

    const QJsonValue birth = patient.value("birthDate");
    if (!birth.isUndefined()) {
        const QString text = birth.toString();
        const QDateTime parsed = FhirRenderer::parseDateTime(text);
        if (!parsed.isValid() || text.size() > 10)
            return makeError(QStringLiteral("fhir.bad_birth_date"),
                             tr("The patient's birth date \"%1\" is not a valid date.").arg(text));
        d.birthDate = parsed.date();
    }
    return d;
}

} // namespace careledger
