#pragma once

#include "ledger/TxBody.h"
#include "light/AuditRules.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace careledger {

// Value objects the workstation engine hands to the UI. They carry decrypted
// clinical content only in memory; nothing here is ever written to disk.

// A user set up on this workstation (keychain entry + what the login screen lists).
struct LocalAccount {
    QString login;       // what the user types / picks, e.g. "ahart"
    QString displayName; // from their enrolment once known, else the login
    QByteArray publicKey;
};

// The signed-in user as the ledger knows them (from their enrolment).
struct UserProfile {
    QByteArray publicKey;
    QString name;
    Role role = Role::Doctor;
    QString orgId;
    QString orgName;
    bool enrolled = false; // false until the staff directory lists this key
};

struct PatientSummary {
    QString patientId;
    QString family;
    QString given;
    QString gender;
    QDate birthDate;
    int recordCount = 0;
    QString displayName() const; // "Family, Given"
    int ageOn(const QDate &day) const;
};

// Always-visible facts about the open patient.
struct PatientHeader {
    PatientSummary patient;
    QStringList allergies;      // "Penicillin (high criticality)"
    QStringList activeProblems; // "Type 2 diabetes mellitus"
    QStringList activeMedications;
};

struct TimelineQuery {
    QString patientId;
    QStringList kinds;   // FhirRenderer kinds ("vitals", "condition", …); empty: all
    QDate from;          // clinical date, inclusive; null: open
    QDate to;            // inclusive; null: open
};

// How a shown record is proven.
struct Verification {
    quint64 height = 0;        // block the transaction is in
    quint64 logIndex = 0;
    quint64 provenAtHeight = 0; // the quorum-signed header the inclusion proof was checked against
    quint64 treeSize = 0;
    int signers = 0;
    int members = 0;
};

struct TimelineEntry {
    QByteArray txId;
    QByteArray recordId;
    QString resourceType;
    QString kind;           // FhirRenderer kind
    QString title;
    QString detail;
    QString status;
    bool abnormal = false;
    QDateTime clinicalTime;
    QDateTime recordedTime; // ledger timestamp
    QString author;
    QString authorRole;
    QString org;
    QString onBehalfOf;     // clinician an EMR technician entered for
    int version = 1;        // >1: amended
    Verification verification;
    QString error;          // not readable here (no key, payload erased …): why
};

struct ProofDetails {
    Verification verification;
    QByteArray txId;
    QByteArray leafHash;
    QList<QByteArray> inclusionProof;
    QByteArray rootHash;       // of the trusted header's log
    QByteArray headerHash;
    QStringList signerOrgs;
    QString summary;           // one sentence in plain words
};

// One entry of a FHIR bundle offered for import.
struct ImportRow {
    int index = 0;
    QString resourceType;
    QString summary;
    enum class State { Import, Skip, Invalid } state = State::Import;
    QString reason; // for Skip and Invalid
};

struct ImportPreview {
    QString patientId;
    QList<ImportRow> rows;
    int importable = 0;
    int invalid = 0;
    QString error; // the file itself is unreadable
};

struct ConsentInfo {
    QByteArray consentId;
    QString granteeOrg;
    QString granteeName;
    QStringList scope; // resource types; empty: all
    QString purpose;
    QDateTime grantedAt;
    QDateTime expiresAt;
    bool active = false;
};

// One vital-sign measurement of a patient, from a monitoring device (its
// signature checked against the device's binding) or from a record a
// clinician entered.
struct VitalReading {
    QString measure;       // LOINC of the measure: 8867-4, 59408-5, 85354-9, 2339-0, 29463-7
    QDateTime time;        // when it was measured
    double value = 0;      // blood pressure: systolic
    double second = 0;     // blood pressure: diastolic; unused otherwise
    QString unit;          // UCUM (glucose always in mg/dL)
    QString deviceId;      // empty: entered as a record
    QString source;        // the device id, or the name of who entered it
    QByteArray txId;       // the VitalsBatch or record version it came in
};

// A monitoring device bound to the patient (now or before).
struct MonitoringDevice {
    QString deviceId;
    DeviceKind kind = DeviceKind::PulseOximeter;
    QByteArray publicKey;
    QDateTime since;
    QDateTime until;       // invalid: open-ended
    bool active = false;   // bound now
    QString registeredBy;  // the clinician's name
    QString org;
};

struct PatientVitals {
    QString patientId;
    QList<VitalReading> readings; // oldest first
    QList<MonitoringDevice> devices;
    int unverified = 0;           // device readings whose signature did not check out: not shown
    QStringList errors;           // batches that could not be opened here, why
};
// What an audit export request returns: CSV (RFC 4180), a FHIR R4 AuditEvent
// bundle, or only the rows (the UI lays out the PDF report).
enum class AuditExportFormat { Csv, FhirBundle, Rows };
// --- referrals ---------------------------------------------------------------

// One signed step of a referral, as its timeline shows it.
struct ReferralStep {
    QByteArray txId;
    ReferralStatus status = ReferralStatus::Requested; // the state it moved to (Requested: the creation)
    QString who;             // the clinician's name
    QString org;             // their organisation's name
    QDateTime when;
    quint64 height = 0;      // block the transaction is in
    QDateTime appointment;   // accepted: the slot
    RejectReason rejectReason = RejectReason::None;
    QByteArray record;       // completed: the report; rejected: the note, if any
};

// A referral as the inbox lists it: the contract's state, rebuilt from the
// proven transactions in the workstation's cache.
struct ReferralSummary {
    QByteArray referralId;
    QString patientId;
    QString patientName;     // empty when the patient's details are not readable here
    QString fromOrg;
    QString fromOrgName;
    QString authorName;      // the referring doctor
    QString targetOrg;
    QString targetOrgName;
    QByteArray targetUser;   // empty: anyone of the target org
    QString targetUserName;
    Urgency urgency = Urgency::Routine;
    ReferralStatus status = ReferralStatus::Requested;
    QDateTime created;
    QDateTime due;           // created + the urgency's window: by then the receiving side accepts or declines
    QDateTime updated;
    QDateTime appointment;   // once accepted
    bool incoming = false;   // addressed to the signed-in user's org (and to them, if it names a doctor)
    bool overdue = false;    // still requested after its due time
    // The transitions the signed-in user may make now (their role, side and the state).
    QList<ReferralStatus> actions;
    QByteArray serviceRequest; // txid of the ServiceRequest record
    QList<QByteArray> attachments;
    QByteArray report;       // completion report or rejection note (txid); empty otherwise
    RejectReason rejectReason = RejectReason::None;
    QList<ReferralStep> steps; // oldest first
};

// A referral opened: what it asks and the records it carries, decrypted.
struct ReferralDetail {
    ReferralSummary referral;
    QString reason;
    QString question;
    TimelineEntry request;            // the ServiceRequest record
    QList<TimelineEntry> attachments; // in the order attached; an entry's error says why one cannot be read
    TimelineEntry report;             // txId empty when there is none
};

// What the referral dialog hands the engine.
struct ReferralDraft {
    QString patientId;
    QString targetOrg;
    QByteArray targetUser;  // empty: anyone of the target org
    Urgency urgency = Urgency::Routine;
    QString reason;
    QString question;
    QList<QByteArray> attachments; // record version txids from the patient's timeline
};

// A transition asked for at the workstation.
struct ReferralAction {
    QByteArray referralId;
    ReferralStatus to = ReferralStatus::Accepted;
    QDateTime appointment;  // accepted: required, in the future
    RejectReason rejectReason = RejectReason::None; // rejected: required
    QString text;           // completed: the report (required); rejected: an optional note to the sender
};

struct SyncStatus {
    quint64 height = 0;
    int signers = 0;
    int members = 0;
    QDateTime lastSync;
    QString endpoint;
    QStringList warnings;
    QStringList distrusted; // full nodes caught lying: not asked again until cleared
    bool halted = false;
    bool syncing = false;
};

} // namespace careledger

Q_DECLARE_METATYPE(careledger::LocalAccount)
Q_DECLARE_METATYPE(careledger::UserProfile)
Q_DECLARE_METATYPE(careledger::PatientSummary)
Q_DECLARE_METATYPE(careledger::PatientHeader)
Q_DECLARE_METATYPE(careledger::TimelineEntry)
Q_DECLARE_METATYPE(careledger::ProofDetails)
Q_DECLARE_METATYPE(careledger::ImportPreview)
Q_DECLARE_METATYPE(careledger::ConsentInfo)
Q_DECLARE_METATYPE(careledger::SyncStatus)
Q_DECLARE_METATYPE(careledger::PatientVitals)
Q_DECLARE_METATYPE(careledger::AuditRow)
Q_DECLARE_METATYPE(careledger::AuditFlag)
Q_DECLARE_METATYPE(careledger::AuditEntryCheck)
Q_DECLARE_METATYPE(careledger::ReferralSummary)
Q_DECLARE_METATYPE(careledger::ReferralDetail)
