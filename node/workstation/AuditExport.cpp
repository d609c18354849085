#include "AuditExport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace careledger {

namespace {
QString isoTime(quint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(ms), Qt::UTC).toString(Qt::ISODateWithMs); // "…Z"
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QJsonObject coding(const char *system, const QString &code, const QString &display = {})
{
    QJsonObject c{{QStringLiteral("system"), QString::fromLatin1(system)}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        c.insert(QStringLiteral("display"), display);
    return c;
}

struct BalpShape {
    const char *profile;
    const char *action;      // FHIR AuditEvent.action: C R U D E
    const char *interaction; // restful-interaction code
};

BalpShape shapeOf(int action)
{
    if (AuditAction::isAccess(action))
        return {"IHE.BasicAudit.PatientRead", "R", "read"};
    if (action == AuditAction::ofTx(TxType::RecordCreate) || action == AuditAction::ofTx(TxType::RegisterPatient)
        || action == AuditAction::ofTx(TxType::ReferralCreate))
        return {"IHE.BasicAudit.PatientCreate", "C", "create"};
    if (action == AuditAction::ofTx(TxType::RecordAmend) || action == AuditAction::ofTx(TxType::ReferralTransition)
        || action == AuditAction::ofTx(TxType::ConsentGrant) || action == AuditAction::ofTx(TxType::ConsentRevoke))
        return {"IHE.BasicAudit.PatientUpdate", "U", "update"};
    return {"IHE.BasicAudit.Update", "U", "update"};
}
} // namespace

QString AuditExport::actionName(int action)
{
    if (AuditAction::isAccess(action)) {
        switch (AccessAction(action)) {
        case AccessAction::View: return QStringLiteral("View");
        case AccessAction::Export: return QStringLiteral("Export");
        case AccessAction::Print: return QStringLiteral("Print");
        case AccessAction::KioskView: return QStringLiteral("Kiosk view");
        case AccessAction::PrivateIdFailed: return QStringLiteral("Private ID failed");
        case AccessAction::PrivateIdAccepted: return QStringLiteral("Private ID accepted");
        }
    }
    switch (TxType(action - AuditAction::TxTypeBase)) {
    case TxType::Enrol: return QStringLiteral("User enrolled");
    case TxType::Revoke: return QStringLiteral("User revoked");
    case TxType::RegisterPatient: return QStringLiteral("Patient registered");
    case TxType::RecordCreate: return QStringLiteral("Record created");
    case TxType::RecordAmend: return QStringLiteral("Record amended");
    case TxType::ConsentGrant: return QStringLiteral("Consent granted");
    case TxType::ConsentRevoke: return QStringLiteral("Consent revoked");
    case TxType::AccessLog: return QStringLiteral("Access log");
    case TxType::ReferralCreate: return QStringLiteral("Referral created");
    case TxType::ReferralTransition: return QStringLiteral("Referral updated");
    case TxType::DeviceRegister: return QStringLiteral("Device registered");
    case TxType::VitalsBatch: return QStringLiteral("Vitals recorded");
    case TxType::ComplianceReview: return QStringLiteral("Compliance review");
    case TxType::ConfigChange: return QStringLiteral("Network configuration changed");
    }
    return QStringLiteral("Transaction type %1").arg(action - AuditAction::TxTypeBase);
}

QStringList AuditExport::csvColumns()
{
    return {QStringLiteral("time_utc"),    QStringLiteral("user"),        QStringLiteral("user_key"),
            QStringLiteral("role"),        QStringLiteral("org"),         QStringLiteral("org_name"),
            QStringLiteral("patient_id"),  QStringLiteral("record_tx"),   QStringLiteral("action"),
            QStringLiteral("workstation"), QStringLiteral("block"),       QStringLiteral("log_index"),
            QStringLiteral("event"),       QStringLiteral("outcome")};
}

QByteArray AuditExport::csv(const QList<AuditRow> &rows, const QHash<QString, QString> &orgNames)
{
    QString out = csvColumns().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const AuditRow &r : rows) {
        const QStringList fields{isoTime(r.timeMs),
                                 r.userName,
                                 QString::fromLatin1(r.userKey.toHex()),
                                 r.role,
                                 r.org,
                                 orgNames.value(r.org, r.org),
                                 r.patientId,
                                 QString::fromLatin1(r.recordTx.toHex()),
                                 actionName(r.action),
                                 r.workstation,
                                 QString::number(r.height),
                                 QString::number(r.logIndex),
                                 QString::number(r.ordinal),
                                 r.code == 0 ? QStringLiteral("valid") : QStringLiteral("refused (%1)").arg(r.code)};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray AuditExport::fhirBundle(const QList<AuditRow> &rows, const QHash<QString, QString> &orgNames, quint64 nowMs)
{
    QJsonArray entries;
    for (const AuditRow &r : rows) {
        const BalpShape shape = shapeOf(r.action);
        QJsonObject agent{
            {QStringLiteral("type"),
             QJsonObject{{QStringLiteral("coding"),
                          QJsonArray{coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                                            QStringLiteral("IRCP"), QStringLiteral("information recipient"))}}}},
            {QStringLiteral("who"),
             QJsonObject{{QStringLiteral("identifier"),
                          QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:careledger:user-key")},
                                      {QStringLiteral("value"), QString::fromLatin1(r.userKey.toHex())}}},
                         {QStringLiteral("display"), r.userName.isEmpty() ? QStringLiteral("organisation key") : r.userName}}},
            {QStringLiteral("requestor"), true}};
        if (!r.role.isEmpty())
            agent.insert(QStringLiteral("role"), QJsonArray{QJsonObject{{QStringLiteral("text"), r.role}}});
        if (!r.workstation.isEmpty())
            agent.insert(QStringLiteral("network"),
                         QJsonObject{{QStringLiteral("address"), r.workstation}, {QStringLiteral("type"), QStringLiteral("1")}});
        QJsonArray entities;
        if (!r.patientId.isEmpty())
            entities.append(QJsonObject{
                {QStringLiteral("what"), QJsonObject{{QStringLiteral("reference"), QStringLiteral("Patient/") + r.patientId}}},
                {QStringLiteral("type"), coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", QStringLiteral("1"),
                                                QStringLiteral("Person"))},
                {QStringLiteral("role"), coding("http://terminology.hl7.org/CodeSystem/object-role", QStringLiteral("1"),
                                                QStringLiteral("Patient"))}});
        if (!r.recordTx.isEmpty())
            entities.append(QJsonObject{
                {QStringLiteral("what"),
                 QJsonObject{{QStringLiteral("identifier"),
                              QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:careledger:tx")},
                                          {QStringLiteral("value"), QString::fromLatin1(r.recordTx.toHex())}}}}},
                {QStringLiteral("type"), coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", QStringLiteral("2"),
                                                QStringLiteral("System Object"))},
                {QStringLiteral("role"), coding("http://terminology.hl7.org/CodeSystem/object-role", QStringLiteral("4"),
                                                QStringLiteral("Domain Resource"))}});
        entities.append(QJsonObject{
            {QStringLiteral("what"),
             QJsonObject{{QStringLiteral("identifier"),
                          QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:careledger:log-index")},
                                      {QStringLiteral("value"), QString::number(r.logIndex)}}}}},
            {QStringLiteral("type"), coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", QStringLiteral("4"),
                                            QStringLiteral("Other"))},
            {QStringLiteral("detail"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("block")}, {QStringLiteral("valueString"), QString::number(r.height)}},
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("event")}, {QStringLiteral("valueString"), QString::number(r.ordinal)}}}}});
        const QJsonObject event{
            {QStringLiteral("resourceType"), QStringLiteral("AuditEvent")},
            {QStringLiteral("id"), QStringLiteral("careledger-%1-%2").arg(r.logIndex).arg(r.ordinal)},
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("profile"),
                          QJsonArray{QStringLiteral("https://profiles.ihe.net/ITI/BALP/StructureDefinition/")
                                     + QString::fromLatin1(shape.profile)}}}},
            {QStringLiteral("type"), coding("http://terminology.hl7.org/CodeSystem/audit-event-type", QStringLiteral("rest"),
                                            QStringLiteral("RESTful Operation"))},
            {QStringLiteral("subtype"),
             QJsonArray{coding("http://hl7.org/fhir/restful-interaction", QString::fromLatin1(shape.interaction))}},
            {QStringLiteral("action"), QString::fromLatin1(shape.action)},
            {QStringLiteral("recorded"), isoTime(r.timeMs)},
            // 0 success; 4 minor failure (a wrong private ID); 8 serious failure (refused by the contract).
            {QStringLiteral("outcome"), r.code != 0 ? QStringLiteral("8")
                                        : r.action == int(AccessAction::PrivateIdFailed) ? QStringLiteral("4")
                                                                                          : QStringLiteral("0")},
            {QStringLiteral("outcomeDesc"), actionName(r.action)},
            {QStringLiteral("agent"), QJsonArray{agent}},
            {QStringLiteral("source"),
             QJsonObject{{QStringLiteral("site"), orgNames.value(r.org, r.org)},
                         {QStringLiteral("observer"),
                          QJsonObject{{QStringLiteral("identifier"),
                                       QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:careledger:org")},
                                                   {QStringLiteral("value"), r.org}}},
                                      {QStringLiteral("display"), orgNames.value(r.org, r.org)}}},
                         {QStringLiteral("type"),
                          QJsonArray{coding("http://terminology.hl7.org/CodeSystem/security-source-type", QStringLiteral("1"),
                                            QStringLiteral("User Device"))}}}},
            {QStringLiteral("entity"), entities}};
        entries.append(QJsonObject{{QStringLiteral("fullUrl"),
                                    QStringLiteral("urn:careledger:audit:%1:%2").arg(r.logIndex).arg(r.ordinal)},
                                   {QStringLiteral("resource"), event}});
    }
    const QJsonObject bundle{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                             {QStringLiteral("type"), QStringLiteral("collection")},
                             {QStringLiteral("timestamp"), isoTime(nowMs)},
                             {QStringLiteral("entry"), entries}};
    return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
}

} // namespace careledger
