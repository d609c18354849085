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

// What an audit export request returns: CSV (RFC 4180), a FHIR R4 AuditEvent
// bundle, or only the rows (the UI lays out the PDF report).
enum class AuditExportFormat { Csv, FhirBundle, Rows };

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
Q_DECLARE_METATYPE(careledger::AuditRow)
Q_DECLARE_METATYPE(careledger::AuditFlag)
Q_DECLARE_METATYPE(careledger::AuditEntryCheck)
