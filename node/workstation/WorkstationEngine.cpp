#include "WorkstationEngine.h"

#include "EngineWorker.h"
#include "contract/Contract.h"
#include "light/LightNode.h"

#include <QHostInfo>

namespace careledger {

QString PatientSummary::displayName() const
{
    if (given.isEmpty())
        return family;
    return family + QStringLiteral(", ") + given;
}

int PatientSummary::ageOn(const QDate &day) const
{
    if (!birthDate.isValid())
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

WorkstationEngine::WorkstationEngine(EngineSettings settings, const Clock &clock, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_clock(clock), m_inactivity(m_settings.lockAfterMs, clock)
{
    connect(&m_inactivity, &InactivityLock::lockRequested, this, &WorkstationEngine::lock);
    connect(this, &WorkstationEngine::signedIn, &m_inactivity, &InactivityLock::unlock);
    connect(this, &WorkstationEngine::unlocked, &m_inactivity, &InactivityLock::unlock);
    if (m_settings.workstationId.isEmpty())
        m_settings.workstationId = QHostInfo::localHostName();
    m_node = std::make_unique<LightNode>(m_settings.node, clock);
    m_worker = new EngineWorker(*this, *m_node, m_settings, clock);
    m_thread.setObjectName(QStringLiteral("workstation-engine"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

WorkstationEngine::~WorkstationEngine()
{
    // The worker's cache connection closes on its own thread, after its last event.
    EngineWorker *worker = m_worker;
    connect(&m_thread, &QThread::finished, [worker] { delete worker; });
    m_thread.quit();
    m_thread.wait();
    m_node.reset();
}

template <typename F>
void WorkstationEngine::onWorker(F &&f)
{
    QMetaObject::invokeMethod(m_worker, std::forward<F>(f), Qt::QueuedConnection);
}

void WorkstationEngine::start()
{
    onWorker([w = m_worker] { w->start(); });
}

QList<LocalAccount> WorkstationEngine::accounts() const
{
    return m_accounts;
}

void WorkstationEngine::createAccount(const QString &login, const QString &password)
{
    onWorker([w = m_worker, login, password] { w->createAccount(login, password); });
}

void WorkstationEngine::importAccount(const QString &login, const QString &password, const QByteArray &secretKey)
{
    onWorker([w = m_worker, login, password, secretKey] { w->importAccount(login, password, secretKey); });
}

void WorkstationEngine::signIn(const QString &login, const QString &password, const QString &totpCode)
{
    onWorker([w = m_worker, login, password, totpCode] { w->signIn(login, password, totpCode); });
}

void WorkstationEngine::lock()
{
    onWorker([w = m_worker] { w->lock(); });
}

void WorkstationEngine::unlock(const QString &password)
{
    onWorker([w = m_worker, password] { w->unlock(password); });
}

void WorkstationEngine::signOut()
{
    onWorker([w = m_worker] { w->signOut(); });
}

void WorkstationEngine::noteActivity()
{
    m_inactivity.noteActivity();
}

bool WorkstationEngine::mayAuthor(const QString &resourceType) const
{
    if (m_user.role == Role::EmrTechnician) {
        for (const UserProfile &c : m_clinicians)
            if (Contract::mayAuthor(c.role, resourceType))
                return true;
        return false;
    }
    return Contract::mayAuthor(m_user.role, resourceType);
}

bool WorkstationEngine::mayImport() const
{
    return m_user.role == Role::EmrTechnician || m_user.role == Role::Doctor;
}

void WorkstationEngine::syncNow()
{
    m_node->syncNow();
}

void WorkstationEngine::clearDistrust(const QString &endpoint)
{
    m_node->clearDistrust(endpoint);
    m_node->syncNow();
}

quint64 WorkstationEngine::requestTimeline(const TimelineQuery &query, quint64 cursor, int limit)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, query, cursor, limit] { w->timeline(id, query, cursor, limit, false); });
    return id;
}

quint64 WorkstationEngine::requestPatientHeader(const QString &patientId)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, patientId] { w->patientHeader(id, patientId); });
    return id;
}

quint64 WorkstationEngine::requestVitals(const QString &patientId)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, patientId] { w->vitals(id, patientId); });
    return id;
}

bool WorkstationEngine::mayRegisterDevices() const
{
    return m_user.enrolled && (m_user.role == Role::Doctor || m_user.role == Role::Nurse);
}

quint64 WorkstationEngine::registerDevice(const QString &patientId, const QString &deviceId, DeviceKind kind,
                                          const QByteArray &publicKey, const QDateTime &since, const QDateTime &until)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, patientId, deviceId, kind, publicKey, since, until] {
        w->registerDevice(id, patientId, deviceId, kind, publicKey, since, until);
    });
    return id;
}

quint64 WorkstationEngine::revokeDevice(const QString &patientId, const QString &deviceId)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, patientId, deviceId] { w->revokeDevice(id, patientId, deviceId); });
    return id;
}

quint64 WorkstationEngine::requestRecordHistory(const QByteArray &recordId)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, recordId] { w->recordHistory(id, recordId); });
    return id;
}

QList<QPair<QString, QString>> WorkstationEngine::organisations() const
{
    QList<QPair<QString, QString>> out;
    for (const Member &m : m_settings.node.config.members)
        out.append({m.orgId, m.displayName});
    return out;
}

quint64 WorkstationEngine::requestAuditPage(const AuditQuery &query, int offset, int limit)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, query, offset, limit] { w->auditPage(id, query, offset, limit); });
    return id;
}

quint64 WorkstationEngine::requestAuditFlags(const AuditRuleSettings &settings)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, settings] { w->auditFlags(id, settings); });
    return id;
}

quint64 WorkstationEngine::verifyAuditEntries(const QList<qint64> &rowIds)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, rowIds] { w->verifyAudit(id, rowIds); });
    return id;
}

quint64 WorkstationEngine::reviewFlag(const QByteArray &flagId, ReviewStatus status, const QString &note)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, flagId, status, note] { w->reviewFlag(id, flagId, status, note); });
    return id;
}

quint64 WorkstationEngine::requestAuditExport(const AuditQuery &query, AuditExportFormat format)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, query, format] { w->auditExport(id, query, format); });
    return id;
}

quint64 WorkstationEngine::signReport(const QByteArray &report)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, report] { w->signReport(id, report); });
    return id;
}

quint64 WorkstationEngine::requestProof(const QByteArray &txId)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, txId] { w->proof(id, txId); });
    return id;
}

quint64 WorkstationEngine::requestExport(const QString &patientId, const QList<QByteArray> &txIds)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, patientId, txIds] { w->exportRecords(id, patientId, txIds, false); });
    return id;
}

quint64 WorkstationEngine::createRecord(const QString &patientId, const QJsonObject &resource, const QByteArray &onBehalfOf,
                                        const QByteArray &supersedesTxId)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, patientId, resource, onBehalfOf, supersedesTxId] {
        w->createRecord(id, patientId, resource, onBehalfOf, supersedesTxId);
    });
    return id;
}

quint64 WorkstationEngine::previewImport(const QString &patientId, const QByteArray &bundleJson)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, patientId, bundleJson] { w->previewImport(id, patientId, bundleJson); });
    return id;
}

quint64 WorkstationEngine::commitImport(quint64 previewRequest, const QByteArray &onBehalfOf)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, previewRequest, onBehalfOf] { w->commitImport(id, previewRequest, onBehalfOf); });
    return id;
}

quint64 WorkstationEngine::kioskIdentify(const QString &patientId, const QString &privateId)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, patientId, privateId] { w->kioskIdentify(id, patientId, privateId); });
    return id;
}

quint64 WorkstationEngine::kioskConsents()
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id] { w->kioskConsents(id); });
    return id;
}

quint64 WorkstationEngine::kioskGrant(const QStringList &scope, const QString &purpose, const QDateTime &expires)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, scope, purpose, expires] { w->kioskGrant(id, scope, purpose, expires); });
    return id;
}

quint64 WorkstationEngine::kioskRevoke(const QByteArray &consentId)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, consentId] { w->kioskRevoke(id, consentId); });
    return id;
}

quint64 WorkstationEngine::kioskTimeline(const TimelineQuery &query, quint64 cursor, int limit)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, query, cursor, limit] { w->timeline(id, query, cursor, limit, true); });
    return id;
}

quint64 WorkstationEngine::kioskExport()
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id] { w->exportRecords(id, QString(), {}, true); });
    return id;
}

void WorkstationEngine::kioskEnd()
{
    onWorker([w = m_worker] { w->kioskEnd(); });
}

void WorkstationEngine::flushAccessLog()
{
    onWorker([w = m_worker] { w->flushAccessLog(); });
}

quint64 WorkstationEngine::createReferral(const ReferralDraft &draft)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, draft] { w->createReferral(id, draft); });
    return id;
}

quint64 WorkstationEngine::transitionReferral(const ReferralAction &action)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, action] { w->transitionReferral(id, action); });
    return id;
}

quint64 WorkstationEngine::requestReferralDetail(const QByteArray &referralId)
{
    const quint64 id = nextRequest();
    onWorker([w = m_worker, id, referralId] { w->referralDetail(id, referralId); });
    return id;
}

} // namespace careledger
