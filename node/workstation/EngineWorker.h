#pragma once

#include "EngineTypes.h"
#include "WorkstationEngine.h"
#include "crypto/Ed25519.h"
#include "crypto/SecureBuffer.h"
#include "fhir/FhirBundle.h"
#include "keys/KeyStore.h"
#include "light/LightCache.h"
#include "light/LightNode.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace careledger {

// The workstation engine's own thread: keychain, decryption, the patient
// index, building and signing transactions, kiosk keys. It reads the light
// node's cache through a connection of its own (SQLite WAL lets it read while
// the light node writes) so a long sync never delays what a clinician opens.
// Answers go back to the WorkstationEngine on the GUI thread.
class EngineWorker : public QObject {
    Q_OBJECT
public:
    EngineWorker(WorkstationEngine &engine, LightNode &node, const EngineSettings &settings, const Clock &clock);
    ~EngineWorker() override;

    void start();
    void createAccount(const QString &login, const QString &password);
    void importAccount(const QString &login, const QString &password, const QByteArray &secretKey);
    void signIn(const QString &login, const QString &password, const QString &totpCode);
    void lock();
    void unlock(const QString &password);
    void signOut();

    void timeline(quint64 request, const TimelineQuery &query, quint64 cursor, int limit, bool asPatient);
    void patientHeader(quint64 request, const QString &patientId);
    void recordHistory(quint64 request, const QByteArray &recordId);
    void proof(quint64 request, const QByteArray &txId);
    void exportRecords(quint64 request, const QString &patientId, const QList<QByteArray> &txIds, bool asPatient);

    void vitals(quint64 request, const QString &patientId);
    void registerDevice(quint64 request, const QString &patientId, const QString &deviceId, DeviceKind kind,
                        const QByteArray &publicKey, const QDateTime &since, const QDateTime &until);
    void revokeDevice(quint64 request, const QString &patientId, const QString &deviceId);

    void createRecord(quint64 request, const QString &patientId, const QJsonObject &resource, const QByteArray &onBehalfOf,
                      const QByteArray &supersedes);
    void previewImport(quint64 request, const QString &patientId, const QByteArray &json);
    void commitImport(quint64 request, quint64 previewRequest, const QByteArray &onBehalfOf);

    void kioskIdentify(quint64 request, const QString &patientId, const QString &privateId);
    void kioskConsents(quint64 request);
    void kioskGrant(quint64 request, const QStringList &scope, const QString &purpose, const QDateTime &expires);
    void kioskRevoke(quint64 request, const QByteArray &consentId);
    void kioskEnd();

    void flushAccessLog();

    void auditPage(quint64 request, const AuditQuery &query, int offset, int limit);
    void auditFlags(quint64 request, const AuditRuleSettings &settings);
    void verifyAudit(quint64 request, const QList<qint64> &rowIds);
    void reviewFlag(quint64 request, const QByteArray &flagId, ReviewStatus status, const QString &note);
    void auditExport(quint64 request, const AuditQuery &query, AuditExportFormat format);
    void signReport(quint64 request, const QByteArray &report);

    void createReferral(quint64 request, const ReferralDraft &draft);
    void transitionReferral(quint64 request, const ReferralAction &action);
    void referralDetail(quint64 request, const QByteArray &referralId);

private:
    struct Pending {
        enum class Kind { Record, Import, Kiosk, Access, Device, Referral } kind;
        quint64 request = 0;
        int count = 0;
        QString patientId;
        // Kind-specific: name them (designated initializers) so that a new field cannot shift them.
        QString deviceId = {};
        QByteArray referralId = {};
    };
    struct KioskAttempts {
        int failures = 0;
        qint64 blockedUntilMs = 0;
    };
    struct Reader; // what opens a record: the org's data key, or the patient's own key at the kiosk

    template <typename F>
    void toGui(F &&f);
    void fail(quint64 request, const Error &error);

    void onSynced();
    void onNodeSignedIn();
    void onNodeSignInFailed(const QString &code, const QString &message);
    void onSubmitted(quint64 nodeRequest, const QList<TxReceipt> &receipts);
    void onSubmitFailed(quint64 nodeRequest, const QString &message);
    void onProofsReady(quint64 nodeRequest, const TrustedState &trusted, const QList<QList<QByteArray>> &proofs);
    // The officer's own reading connection to the audit index; fails (with a
    // reason for the screen) for any other role.
    Result<AuditIndex *> audit();
    AuditQuery withPatientNames(AuditQuery query) const;

    Status openCache();
    void loadDirectory();
    Status openOrgKey();
    void refreshPatients();
    void announceVitals();
    void publishStatus();
    // Valid signatures of the members in force at the header's height, and
    // how many members that configuration has (not the genesis').
    QPair<int, int> membersSigning(const SignedHeader &header) const;
    void wipeSecrets();
    QString account(const QString &login) const;
    void rememberAccount(const QString &login, const QByteArray &publicKey, const QString &displayName);
    QList<LocalAccount> readAccounts() const;

    std::optional<PatientRegistration> registration(const QString &patientId) const;
    // The org's reader for one patient: its data key, plus record keys the
    // patient's consents and referrals to the org re-wrapped for it.
    Reader orgReader(const QString &patientId) const;
    std::optional<PatientSummary> summarise(const CachedTransaction &patientRecord, const Reader &reader);
    void refreshReferrals();
    void failReferral(quint64 request, const QString &code, const QString &message);
    QList<MonitoringDevice> devicesOf(const QString &patientId) const;
    void submitBinding(quint64 request, const DeviceBinding &binding);
    Result<QJsonObject> decrypt(const CachedTransaction &tx, const RecordVersion &version, const Reader &reader);
    // Decrypts and renders one record; resourceOut (if given) receives the FHIR resource.
    TimelineEntry entryFor(const CachedTransaction &tx, const Reader &reader, QJsonObject *resourceOut = nullptr);
    Verification verificationOf(const CachedTransaction &tx);
    // alsoFor: orgs the records travel to besides the patient and this org (a referral's other side).
    Result<QList<QPair<QByteArray, QByteArray>>> sealRecords(const QString &patientId, const QList<QJsonObject> &resources,
                                                             const QByteArray &onBehalfOf, const QByteArray &supersedes,
                                                             const QStringList &alsoFor = {});
    quint64 submit(const QList<QPair<QByteArray, QByteArray>> &items, Pending pending);
    void logAccess(const QString &patientId, const QByteArray &recordTx, AccessAction action);

    WorkstationEngine &m_engine;
    LightNode &m_node;
    EngineSettings m_settings;
    const Clock &m_clock;
    KeyStore m_keys;
    std::unique_ptr<LightCache> m_cache;
    std::unique_ptr<AuditIndex> m_audit;
    quint64 m_auditHeight = 0; // the index's next height when the screen last heard of it
    QHash<quint64, QPair<quint64, QList<AuditRow>>> m_verifying; // node request → (request, rows)

    QString m_login;
    std::optional<UnlockedKeys> m_unlocked;
    SecureBuffer m_orgDataSecret; // X25519 secret of the org's data key, from the user's enrolment
    UserProfile m_user;
    bool m_awaitingFirstSync = false;
    QHash<QByteArray, UserProfile> m_directory;
    quint64 m_directoryFrom = 0;
    QHash<QString, PatientSummary> m_patients;
    quint64 m_patientsFrom = 0;
    quint64 m_vitalsFrom = 0; // log index after the last VitalsBatch announced by vitalsChanged
    QList<CachedTransaction> m_unreadablePatients; // Patient records with no key for this org (yet)
    qint64 m_indexedTransactions = 0; // cache size when the patient index was last brought up to date
    SyncStatus m_status;
    QHash<quint64, QPair<int, int>> m_signersAt; // (signers, members) of each trusted header a proof was checked against

    QHash<quint64, Pending> m_pending; // by the light node's request id
    QHash<quint64, QPair<QString, QList<BundleEntry>>> m_previews;
    QList<AccessEvent> m_accessQueue;
    QTimer m_accessTimer;

    QString m_kioskPatient;
    std::optional<Ed25519::KeyPair> m_kioskKeys;
    QHash<QString, KioskAttempts> m_kioskAttempts;

    QHash<QByteArray, ReferralSummary> m_referrals;
    qint64 m_referralsIndexed = -1; // cache size when the referrals were last rebuilt; -1: not since sign-in
};

} // namespace careledger
