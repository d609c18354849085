#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

namespace careledger {

// The few Patient fields the workstation shows and searches on.
struct PatientDemographics {
    Q_DECLARE_TR_FUNCTIONS(PatientDemographics)
public:
    QString id;
    QString family;
    QString given;   // all given names, space-separated; prefixes and suffixes are left out
    QString gender;  // FHIR administrative gender: male, female, other, unknown (or empty)
    QDate birthDate; // null if not recorded; a partial date ("1970-05") is its first day

    // The official name if there is one, else the usual one, else the first
    // current one. Errors if `patient` is not a Patient resource, or its gender
    // or birth date is malformed.
    static Result<PatientDemographics> fromResource(const QJsonObject &patient);
};

} // namespace careledger
