#pragma once

#include "core/Result.h"
#include "crypto/Argon2id.h"
#include "ledger/NetworkConfig.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace careledger {

enum class Role : quint8 {
    Doctor = 1,
    Nurse = 2,
    EmrTechnician = 3,
    ComplianceOfficer = 4,
    Admin = 5,
    Insurer = 6,
    Researcher = 7,
};

QString roleName(Role role);
// Roles that read clinical content and so receive their org's data key.
bool readsClinicalContent(Role role);
std::optional<Role> roleFromName(const QString &name);

// Bodies of the transaction types: small value objects with canonical CBOR.

struct Enrolment {
    QByteArray userKey; // Ed25519 public key
    QString name;
    Role role = Role::Doctor;
    // The org's data key sealed for the user (OrgDataKey), so they can read the
    // org's records; empty for roles that read no clinical content.
    QByteArray sealedOrgKey = {};

    QByteArray encode() const;
    static Result<Enrolment> decode(const QByteArray &bytes);
};

struct Revocation {
    QByteArray userKey;
    QString reason;

    QByteArray encode() const;
    static Result<Revocation> decode(const QByteArray &bytes);
};

// The patient's keys come from their private ID; the salt and cost travel
// on-chain so any facility can re-derive them at the kiosk.
struct PatientRegistration {
    QString patientId;
    QByteArray signKey; // Ed25519 public key derived from the private ID
    KdfParams kdf;

    QByteArray encode() const;
    static Result<PatientRegistration> decode(const QByteArray &bytes);
};

enum class RecipientKind : quint8 { Patient = 0, Org = 1, User = 2 };

// A record key sealed for one reader.
struct WrappedKey {
    RecipientKind kind = RecipientKind::Org;
    QString recipient; // patient id, org id, or hex user key
    QByteArray sealed;
    bool operator==(const WrappedKey &) const = default;
};

// One version of a record. The FHIR JSON itself is encrypted off-chain; the
// chain keeps the hashes and who may unwrap the key.
struct RecordVersion {
    static constexpr qsizetype MaxPayloadSize = 1024 * 1024;

    QByteArray recordId;   // 16 random bytes, stable across versions
    QString patientId;
    QString resourceType;  // FHIR resource type, e.g. "Observation"
    QByteArray supersedes; // txid of the version this amends; empty for the first
    QByteArray ciphertextHash;
    QByteArray plaintextHash;
    quint64 ciphertextSize = 0;
    QByteArray onBehalfOf; // the clinician an EMR technician enters for; empty otherwise
    QList<WrappedKey> keys;

    QByteArray encode() const;
    static Result<RecordVersion> decode(const QByteArray &bytes);
};

struct ConsentGrant {
    QByteArray consentId; // 16 random bytes
    QString patientId;
    QString granteeOrg;
    QStringList scope;    // FHIR resource types; empty means all
    QString purpose;
    quint64 expiresMs = 0;
    // Record keys re-wrapped for the grantee: (record version txid, sealed key).
    QList<QPair<QByteArray, QByteArray>> keys;

    QByteArray encode() const;
    static Result<ConsentGrant> decode(const QByteArray &bytes);
};

struct ConsentRevocation {
    QByteArray consentId;
    QString patientId;

    QByteArray encode() const;
    static Result<ConsentRevocation> decode(const QByteArray &bytes);
};

enum class AccessAction : quint8 {
    View = 1,            // a record (or the chart, with no record) shown on screen
    Export = 2,          // written to a FHIR bundle file
    Print = 3,           // written to a PDF
    KioskView = 4,       // shown to the patient at the kiosk
    PrivateIdFailed = 5, // a wrong private ID typed at the kiosk
    PrivateIdAccepted = 6,
};
QString accessActionName(AccessAction action);

struct AccessEvent {
    quint64 timeMs = 0;
    QString patientId;
    QByteArray recordTx; // txid of the record version; empty: the patient as a whole
    AccessAction action = AccessAction::View;
    bool operator==(const AccessEvent &) const = default;
};

// Read-access events of one user at one workstation, batched into one
// transaction so that reading costs the ledger little.
struct AccessLog {
    static constexpr qsizetype MaxEvents = 1000;
    QString workstation;
    QList<AccessEvent> events;

    QByteArray encode() const;
    static Result<AccessLog> decode(const QByteArray &bytes);
};

// --- referrals --------------------------------------------------------------
// A referral is a FHIR Task (status and who acts) whose focus is a
// ServiceRequest (the clinical question). The ServiceRequest is an ordinary
// encrypted record (RecordCreate, resource type "ServiceRequest") with its key
// wrapped for the target org too: reason and notes stay off the chain, the
// referral carries only references, codes and times.

// FHIR request-priority, in increasing urgency.
enum class Urgency : quint8 {
    Routine = 1,
    Urgent = 2,
    Asap = 3,
    Stat = 4,
};
QString urgencyName(Urgency urgency); // the FHIR code: "routine", "urgent", "asap", "stat"
// How long the receiving side has, from the referral's creation, to act on it:
// routine 30 days, urgent 7 days, asap 24 hours, stat 1 hour.
quint64 urgencyWindowMs(Urgency urgency);

// FHIR Task.status, the subset a referral goes through.
enum class ReferralStatus : quint8 {
    Requested = 1,
    Accepted = 2,
    Rejected = 3,
    InProgress = 4,
    Completed = 5,
    Cancelled = 6,
};
QString referralStatusName(ReferralStatus status); // the FHIR code, e.g. "in-progress"
bool isTerminal(ReferralStatus status);
// requested → accepted | rejected | cancelled; accepted → in-progress | cancelled;
// in-progress → completed. Rejected, completed and cancelled are final.
bool referralTransitionAllowed(ReferralStatus from, ReferralStatus to);

// Why a referral was rejected: a code on chain; any free text goes in an
// encrypted note record.
enum class RejectReason : quint8 {
    None = 0, // only for transitions other than a rejection
    OutOfScope = 1,
    NoCapacity = 2,
    InsufficientInformation = 3,
    ReferredElsewhere = 4,
    PatientDeclined = 5,
    Other = 6,
};
QString rejectReasonName(RejectReason reason);

struct ReferralRequest {
    static constexpr qsizetype MaxAttachments = 64;

    QByteArray referralId;     // 16 random bytes
    QString patientId;
    QString targetOrg;
    QByteArray targetUser;     // a doctor of targetOrg the referral is addressed to; empty: anyone of the org
    Urgency urgency = Urgency::Routine;
    QByteArray serviceRequest; // txid of the ServiceRequest record (reason, question)
    QList<QByteArray> attachments; // txids of record versions shared with the target, no repeats
    // Attachment keys the referring org re-wrapped for the target org, where
    // the patient's consent to the target covers the record but its key was
    // never wrapped for it (records written after the consent): (attachment
    // txid, sealed key), each attachment at most once.
    QList<QPair<QByteArray, QByteArray>> keys = {};

    QByteArray encode() const;
    static Result<ReferralRequest> decode(const QByteArray &bytes);
};

struct ReferralTransition {
    QByteArray referralId;
    QString patientId;         // the referral's patient, so the transition shows in the patient's history
    ReferralStatus to = ReferralStatus::Accepted; // never Requested
    quint64 appointmentMs = 0; // accepted: the slot's start; 0 otherwise
    RejectReason rejectReason = RejectReason::None; // rejected: why; None otherwise
    // completed: txid of the report record (required); rejected: an optional
    // note record; empty otherwise.
    QByteArray record;

    QByteArray encode() const;
    static Result<ReferralTransition> decode(const QByteArray &bytes);
};

// --- remote patient monitoring ----------------------------------------------
// A monitoring device (its own Ed25519 key) is bound to one patient by a
// clinician of the org caring for them; the org's full node then records the
// device's readings as encrypted VitalsBatch transactions.

enum class DeviceKind : quint8 {
    PulseOximeter = 1,     // SpO2 and heart rate
    BloodPressureMonitor = 2, // systolic/diastolic and heart rate
    Glucometer = 3,
    Scale = 4,
    HeartRateMonitor = 5,
};
QString deviceKindName(DeviceKind kind); // "pulse-oximeter", …
std::optional<DeviceKind> deviceKindFromName(const QString &name);

// Binds (or, with `revoked`, unbinds) a device to a patient and the author's org.
struct DeviceBinding {
    static constexpr qsizetype MaxDeviceId = 64;
    QString deviceId;     // the device's serial or asset tag, unique in the network
    QByteArray deviceKey; // Ed25519 public key the device signs its readings with
    DeviceKind kind = DeviceKind::PulseOximeter;
    QString patientId;
    quint64 untilMs = 0;  // the binding ends then; 0: until revoked
    bool revoked = false; // true: this transaction ends the binding
    // Bound since (the device was handed over before it was registered); 0:
    // from the transaction's time. At most MaxBackdateMs before it.
    quint64 sinceMs = 0;
    static constexpr quint64 MaxBackdateMs = 30ull * 24 * 3600 * 1000;

    QByteArray encode() const;
    static Result<DeviceBinding> decode(const QByteArray &bytes);
};

// Readings of one patient from registered devices, sealed like a record (a
// FHIR Bundle of Observations, resource type "Bundle") for the patient and the
// care org. The chain holds hashes, the devices and the time span.
struct VitalsBatch {
    static constexpr qsizetype MaxDevices = 16;
    static constexpr quint64 MaxReadings = 10000;
    QStringList devices; // ids of the devices whose readings are inside, no repeats
    quint64 readingCount = 0;
    quint64 firstMs = 0; // effective time of the earliest and the latest reading
    quint64 lastMs = 0;
    RecordVersion record;

    QByteArray encode() const;
    static Result<VitalsBatch> decode(const QByteArray &bytes);
};

// --- compliance review -------------------------------------------------------
// A suspicious-access flag is computed by every officer's workstation from the
// audit index (its id is a hash of rule, user and window); only the officers'
// decisions about it go on chain. The note may name a patient, so it travels
// encrypted: a fresh key sealed for each compliance officer of the org.

enum class ReviewStatus : quint8 {
    Reviewed = 1, // looked into, with a note
    Closed = 2,   // done: justified, or handed on
};
QString reviewStatusName(ReviewStatus status); // "reviewed", "closed"

struct ComplianceReview {
    static constexpr qsizetype MaxNoteSize = 16 * 1024;
    static constexpr qsizetype MaxReaders = 64;

    QByteArray flagId;        // 32 bytes
    ReviewStatus status = ReviewStatus::Reviewed;
    QByteArray noteCiphertext; // XChaCha20-Poly1305 of the note (nonce in front); empty: no note
    QList<WrappedKey> noteKeys; // the note key sealed for each officer (RecipientKind::User)

    QByteArray encode() const;
    static Result<ComplianceReview> decode(const QByteArray &bytes);
};

// A new network configuration (members, policies) replacing the one in force,
// named by its hash so that changes apply in order and none twice. Valid only
// with endorsements of a quorum of the members in force.
struct ConfigChange {
    QByteArray previousConfigHash; // NetworkConfig::hash() of the configuration in force
    NetworkConfig config;          // version = the one in force + 1

    QByteArray encode() const;
    static Result<ConfigChange> decode(const QByteArray &bytes);
};

} // namespace careledger
