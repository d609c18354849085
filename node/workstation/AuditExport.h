#pragma once

#include "light/AuditIndex.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace careledger {

// The compliance officer's exports of audit rows: metadata only, as the
// index holds it. Org names resolve org ids for people.
class AuditExport {
public:
    static QStringList csvColumns();
    // RFC 4180: a header line, CRLF line ends, fields quoted where needed.
    static QByteArray csv(const QList<AuditRow> &rows, const QHash<QString, QString> &orgNames);
    // A FHIR R4 Bundle (type collection) of AuditEvents shaped after IHE
    // Basic Audit Log Patterns (BALP): reads as PatientRead, creations as
    // PatientCreate, amendments as PatientUpdate, with the user as the
    // requesting agent, the workstation as its network address, the org as
    // the source, the patient and the record as entities, and the ledger
    // position (block, log index) as an entity detail.
    static QByteArray fhirBundle(const QList<AuditRow> &rows, const QHash<QString, QString> &orgNames, quint64 nowMs);
    // The action in words for tables and reports ("View", "Record created" …); not translated here.
    static QString actionName(int action);
};

} // namespace careledger
