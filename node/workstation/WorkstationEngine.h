#pragma once

#include "EngineTypes.h"
#include "core/Clock.h"
#include "crypto/Argon2id.h"
#include "light/InactivityLock.h"
#include "light/LightSync.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace careledger {

class LightNode;
class EngineWorker;

struct EngineSettings {
    LightNodeSettings node;
    QString keychainService = QStringLiteral("CareLedger");
    QString accountsFile;   // INI of the accounts set up here (logins and public keys; no secrets)
    QString workstationId;  // shown in access events ("ward-3-pc"); default: the host name
    KdfParams newAccountCosts = KdfParams::withRandomSalt(3, 64ull * 1024 * 1024);
    qint64 lockAfterMs = 10 * 60 * 1000;
    int pollIntervalMs = 3000;
    int accessFlushMs = 20000;    // access events are batched into one transaction this often
    int accessFlushEvents = 200;  // … or when this many are waiting
};

// The one facade between the workstation's widgets and the engine. Every call
// returns at once; keychain, crypto, disk and network work runs on the
// engine's threads and comes back as signals (request ids tie answers to
// calls). Clinical content is decrypted only in memory, on demand, and every
// view of a record becomes an access event on the ledger.
class WorkstationEngine : public QObject {
    Q_OBJECT
public:
    explicit WorkstationEngine(EngineSettings settings, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~WorkstationEngine() override;

    void start();

    // Accounts set up on this workstation (read at start; small INI, no secrets).
    QList<LocalAccount> accounts() const;
    // First-run enrolment: a new key pair in the keychain. accountCreated gives
    // the request to hand to the org admin (`careledgerd enroll …`).
    void createAccount(const QString &login, const QString &password);
    // An existing secret key (64 bytes, e.g. a demo user's key file) into the keychain.
    void importAccount(const QString &login, const QString &password, const QByteArray &secretKey);

    void signIn(const QString &login, const QString &password, const QString &totpCode);
    void lock();
    void unlock(const QString &password);
    void signOut();
    void noteActivity();
    bool isLocked() const { return m_locked; }
    UserProfile user() const { return m_user; }
    SyncStatus syncStatus() const { return m_status; }
    QList<PatientSummary> patients() const { return m_patients; }
    // Clinicians of the user's org an EMR technician may enter records for.
    QList<UserProfile> clinicians() const { return m_clinicians; }
    // Whether the signed-in user's role may author this resource type (the contract decides; the UI hides what would fail).
    bool mayAuthor(const QString &resourceType) const;
    bool mayImport() const;
    void syncNow();
    // An IT admin's decision, after investigating a node caught lying, to ask it again.
    void clearDistrust(const QString &endpoint);

    // Reading. Pages are newest first; pass the previous page's cursor to continue (0: start).
    quint64 requestTimeline(const TimelineQuery &query, quint64 cursor, int limit);
    quint64 requestPatientHeader(const QString &patientId);
    quint64 requestRecordHistory(const QByteArray &recordId);
    quint64 requestProof(const QByteArray &txId);
    // A FHIR R4 Bundle of the patient's readable records (txIds empty: all).
    quint64 requestExport(const QString &patientId, const QList<QByteArray> &txIds);

    // Remote monitoring: the patient's vital signs from devices and records,
    // and their devices. Each batch and record shown is an access event.
    quint64 requestVitals(const QString &patientId);
    // Doctors and nurses bind a device's key to the open patient (since: when
    // it was handed over, at most 30 days ago; until: invalid for open-ended)
    // or end a binding. deviceRegistered, or recordFailed.
    bool mayRegisterDevices() const;
    quint64 registerDevice(const QString &patientId, const QString &deviceId, DeviceKind kind, const QByteArray &publicKey,
                           const QDateTime &since, const QDateTime &until);
    quint64 revokeDevice(const QString &patientId, const QString &deviceId);

    // Writing. recordPending at once, then recordFinal or recordFailed.
    quint64 createRecord(const QString &patientId, const QJsonObject &resource, const QByteArray &onBehalfOf = {},
                         const QByteArray &supersedesTxId = {});
    quint64 previewImport(const QString &patientId, const QByteArray &bundleJson);
    // Imports what the preview of previewRequest marked importable, all or nothing.
    quint64 commitImport(quint64 previewRequest, const QByteArray &onBehalfOf = {});

    // Kiosk: the patient at the desk. Keys derived from the private ID live
    // only in locked memory on the engine thread until kioskEnd().
    quint64 kioskIdentify(const QString &patientId, const QString &privateId);
    quint64 kioskConsents();
    quint64 kioskGrant(const QStringList &scope, const QString &purpose, const QDateTime &expires);
    quint64 kioskRevoke(const QByteArray &consentId);
    // The patient's own records, opened with their key (TimelineQuery.patientId is ignored).
    quint64 kioskTimeline(const TimelineQuery &query, quint64 cursor, int limit);
    quint64 kioskExport();
    void kioskEnd();

    // Sends waiting access events now (also done on lock, sign-out and a timer).
    void flushAccessLog();

    // Compliance officers: the audit index of every transaction's metadata and
    // every access event of the network, synced and verified block by block.
    bool mayAudit() const { return m_user.enrolled && m_user.role == Role::ComplianceOfficer; }
    // The network's member organisations: (id, display name), as configured.
    QList<QPair<QString, QString>> organisations() const;
    // Rows newest first (or as the query sorts); auditPage or requestFailed.
    quint64 requestAuditPage(const AuditQuery &query, int offset, int limit);
    // The suspicious-access flags on the officer's org's users, with the
    // reviews of its officers (notes opened where sealed for this officer).
    quint64 requestAuditFlags(const AuditRuleSettings &settings);
    // Re-checks rows against the stored blocks and inclusion proofs against
    // the trusted header: auditVerified, one check per row.
    quint64 verifyAuditEntries(const QList<qint64> &rowIds);
    // Records a decision on a flag on the ledger (ComplianceReview), the note
    // sealed for the org's officers: recordFinal or recordFailed.
    quint64 reviewFlag(const QByteArray &flagId, ReviewStatus status, const QString &note);
    // Up to MaxAuditExportRows rows of a query as CSV, a FHIR bundle, or rows: auditExportReady.
    static constexpr int MaxAuditExportRows = 100000;
    quint64 requestAuditExport(const AuditQuery &query, AuditExportFormat format);
    // The officer's signature of a report's bytes (a .sig file's content): reportSigned.
    quint64 signReport(const QByteArray &report);
    // Referrals the signed-in user's org sent or received, newest first;
    // rebuilt from proven transactions after each sync (referralsChanged).
    QList<ReferralSummary> referrals() const { return m_referrals; }
    // The doctors a referral may be addressed to (every org's, not the signed-in user).
    QList<UserProfile> referralDoctors() const { return m_referralDoctors; }
    // The engine's clock (what "overdue" and "in the future" are measured against).
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC); }
    // Writes the ServiceRequest (sealed for the patient, this org and the
    // target) and the referral in one submission: referralDone or referralFailed.
    quint64 createReferral(const ReferralDraft &draft);
    // One signed transition (with the report or note record it needs): referralDone or referralFailed.
    quint64 transitionReferral(const ReferralAction &action);
    // The referral's request and records, decrypted (each view an access event): referralDetailReady or requestFailed.
    quint64 requestReferralDetail(const QByteArray &referralId);

signals:
    void started();
    void startFailed(const QString &message);
    void accountCreated(const careledger::LocalAccount &account, const QString &enrolmentRequest);
    void accountFailed(const QString &code, const QString &message);
    void signedIn(const careledger::UserProfile &user);
    void signInFailed(const QString &code, const QString &message);
    void locked();
    void unlocked();
    void unlockFailed(const QString &code, const QString &message);
    void signedOut();
    void syncStatusChanged(const careledger::SyncStatus &status);
    void patientsChanged();

    void timelinePage(quint64 request, const QList<careledger::TimelineEntry> &entries, quint64 nextCursor, bool more);
    void patientHeaderReady(quint64 request, const careledger::PatientHeader &header);
    void recordHistoryReady(quint64 request, const QList<careledger::TimelineEntry> &versions);
    void proofReady(quint64 request, const careledger::ProofDetails &proof);
    void exportReady(quint64 request, const QByteArray &bundleJson, const QList<careledger::TimelineEntry> &entries);
    void requestFailed(quint64 request, const QString &code, const QString &message);
    void vitalsReady(quint64 request, const careledger::PatientVitals &vitals);
    // A sync brought new device readings of these patients.
    void vitalsChanged(const QStringList &patientIds);
    void deviceRegistered(quint64 request, const QString &deviceId);

    void recordPending(quint64 request);
    void recordFinal(quint64 request, const careledger::TimelineEntry &entry);
    void recordFailed(quint64 request, const QString &code, const QString &message);
    void importPreviewReady(quint64 request, const careledger::ImportPreview &preview);
    void importDone(quint64 request, int imported);

    void kioskIdentified(quint64 request, const careledger::PatientSummary &patient);
    void kioskRefused(quint64 request, const QString &code, const QString &message, int retryAfterSeconds);
    void kioskConsentsReady(quint64 request, const QList<careledger::ConsentInfo> &consents);
    void kioskDone(quint64 request, const QString &message);

    void accessLogged(int events);
    void auditChanged(); // the audit index took in new blocks
    void auditPage(quint64 request, const QList<careledger::AuditRow> &rows, int offset, bool more);
    void auditFlags(quint64 request, const QList<careledger::AuditFlag> &flags);
    void auditVerified(quint64 request, const QList<careledger::AuditEntryCheck> &checks);
    void auditExportReady(quint64 request, const QByteArray &data, const QList<careledger::AuditRow> &rows);
    void reportSigned(quint64 request, const QByteArray &signatureFile);

    void referralsChanged();
    // Something arrived by sync that the user should know of: a new referral
    // for them, or another party's transition of one of theirs. One sentence.
    void referralNotice(const QString &message);
    void referralDone(quint64 request, const QByteArray &referralId);
    // code: the contract's reason code ("wrong_role", "invalid_transition" …) or the engine's own.
    void referralFailed(quint64 request, const QString &code, const QString &message);
    void referralDetailReady(quint64 request, const careledger::ReferralDetail &detail);

private:
    friend class EngineWorker;
    quint64 nextRequest() { return m_nextRequest++; }
    template <typename F>
    void onWorker(F &&f);

    EngineSettings m_settings;
    const Clock &m_clock;
    QThread m_thread;
    EngineWorker *m_worker = nullptr;
    InactivityLock m_inactivity;
    std::unique_ptr<LightNode> m_node;
    quint64 m_nextRequest = 1;
    bool m_locked = false;
    UserProfile m_user;
    SyncStatus m_status;
    QList<PatientSummary> m_patients;
    QList<UserProfile> m_clinicians;
    QList<LocalAccount> m_accounts;
    QList<ReferralSummary> m_referrals;
    QList<UserProfile> m_referralDoctors;
};

} // namespace careledger
