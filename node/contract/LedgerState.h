#pragma once

#include "ledger/NetworkConfig.h"
#include "ledger/TxBody.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace careledger {

struct UserInfo {
    QByteArray key;
    QString name;
    Role role = Role::Doctor;
    QString org;
    bool revoked = false;
};

struct PatientInfo {
    QString patientId;
    QByteArray signKey;
    KdfParams kdf;
    QString registeredBy; // org id
};

struct RecordInfo {
    QByteArray txId;
    QByteArray recordId;
    QString patientId;
    QString resourceType;
    QByteArray author;
    QString org;
    quint64 version = 1; // 1 for the original, +1 per amendment
    QByteArray ciphertextHash;
    quint64 timestampMs = 0;
    bool superseded = false;
};

struct ConsentState {
    QByteArray consentId;
    QString patientId;
    QString granteeOrg;
    QStringList scope;
    QString purpose;
    quint64 expiresMs = 0;
    bool revoked = false;

    bool covers(const QString &resourceType, quint64 atMs) const
    {
        return !revoked && atMs < expiresMs && (scope.isEmpty() || scope.contains(resourceType));
    }
};

// A referral's current state: who sent it to whom, and where it stands. The
// transactions that made it are on chain; this is the contract's summary.
struct ReferralInfo {
    QByteArray referralId;
    QString patientId;
    QString fromOrg;
    QByteArray author;         // the referring doctor
    QString targetOrg;
    QByteArray targetUser;     // empty: any doctor of targetOrg
    Urgency urgency = Urgency::Routine;
    QByteArray serviceRequest; // txid of the ServiceRequest record
    QByteArray createTx;
    quint64 createdMs = 0;
    quint64 dueMs = 0;         // createdMs + urgencyWindowMs(urgency)
    ReferralStatus status = ReferralStatus::Requested;
    QByteArray lastTx;         // the transaction that set the status
    quint64 updatedMs = 0;
    quint64 appointmentMs = 0; // set on acceptance
    RejectReason rejectReason = RejectReason::None;
    QByteArray report;         // txid of the report (completed) or the rejection note; empty otherwise
};

// A monitoring device's binding to a patient, as the last DeviceRegister left it.
struct DeviceInfo {
    QString deviceId;
    QByteArray deviceKey;
    DeviceKind kind = DeviceKind::PulseOximeter;
    QString patientId;
    QString org;           // the org caring for the patient through it
    QByteArray registeredBy; // the clinician
    quint64 fromMs = 0;    // bound since
    quint64 untilMs = 0;   // 0: open-ended
    bool revoked = false;
    QByteArray lastTx;     // the DeviceRegister that set this state

    // Bound and neither revoked nor past its end at atMs.
    bool activeAt(quint64 atMs) const { return !revoked && atMs >= fromMs && (untilMs == 0 || atMs < untilMs); }
};

// The world state the contract reads and changes. The full node's store
// implements it inside the SQL transaction of the block being built, so a
// block's state changes commit or vanish with the block.
class LedgerState {
public:
    virtual ~LedgerState() = default;

    virtual std::optional<UserInfo> user(const QByteArray &key) const = 0;
    virtual std::optional<PatientInfo> patient(const QString &patientId) const = 0;
    virtual std::optional<RecordInfo> recordVersion(const QByteArray &txId) const = 0;
    virtual std::optional<RecordInfo> latestVersion(const QByteArray &recordId) const = 0;
    virtual std::optional<ConsentState> consent(const QByteArray &consentId) const = 0;
    // A consent of this patient for this org, in force at atMs and covering the
    // type (an empty type: any consent in force).
    virtual bool hasConsent(const QString &patientId, const QString &org, const QString &resourceType, quint64 atMs) const = 0;
    virtual bool hasTransaction(const QByteArray &txId) const = 0;
    // Whether the record version's key is wrapped for this recipient.
    virtual bool hasWrappedKey(const QByteArray &recordTxId, RecipientKind kind, const QString &recipient) const = 0;
    virtual std::optional<ReferralInfo> referral(const QByteArray &referralId) const = 0;
    virtual std::optional<DeviceInfo> device(const QString &deviceId) const = 0;
    // The newest configuration a valid change put (none: genesis is in force).
    virtual std::optional<NetworkConfig> latestConfig() const = 0;

    virtual void putUser(const UserInfo &user) = 0; // insert, or update on revocation
    virtual void putPatient(const PatientInfo &patient) = 0;
    // Inserts the version and marks the one it supersedes (if any) superseded.
    virtual void putRecordVersion(const RecordInfo &record, const QByteArray &supersedes) = 0;
    virtual void putWrappedKey(const QByteArray &recordTxId, const WrappedKey &key) = 0;
    virtual void putConsent(const ConsentState &consent) = 0; // insert, or update on revocation
    virtual void putReferral(const ReferralInfo &referral) = 0; // insert, or update on each transition
    virtual void putDevice(const DeviceInfo &device) = 0;       // insert, or replace on rebinding or revocation
    virtual void putConfig(const NetworkConfig &config) = 0;     // a change's new version
};

} // namespace careledger
