#pragma once

#include "core/Result.h"
#include "crypto/Argon2id.h"

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

} // namespace careledger
