#pragma once

#include "core/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace careledger {

enum class TxType : quint8 {
    Enrol = 1,
    Revoke = 2,
    RegisterPatient = 3,
    RecordCreate = 4,
    RecordAmend = 5,
    ConsentGrant = 6,
    ConsentRevoke = 7,
    AccessLog = 8,
    ReferralCreate = 9,     // a doctor refers a patient to another org or specialist
    ReferralTransition = 10, // the referral's state moves (accept, reject, start, complete, cancel)
    DeviceRegister = 11,    // a clinician binds (or unbinds) a monitoring device to a patient
    VitalsBatch = 12,       // a full node records a patient's device readings, encrypted
    ComplianceReview = 13,   // a compliance officer moves a suspicious-access flag (reviewed, closed)
    ConfigChange = 14,       // a new network configuration, endorsed by a quorum of the members in force
};

QString txTypeName(TxType type);
bool isKnownTxType(quint64 type);

// A member org's endorsement: its org key's signature over the transaction id.
struct Endorsement {
    QString org;
    QByteArray signature;
    bool operator==(const Endorsement &) const = default;
};

// Every change to the ledger. The author signs everything but the signature and
// the endorsements (which sign the id); the id is the hash of the signed part,
// so endorsing never changes it.
struct Transaction {
    static constexpr quint64 CurrentVersion = 1;
    static constexpr qsizetype MaxBodySize = 256 * 1024;
    static constexpr qsizetype MaxEncodedSize = MaxBodySize + 16 * 1024;

    quint64 version = CurrentVersion;
    TxType type = TxType::Enrol;
    QByteArray networkId; // 32
    QByteArray author;    // Ed25519 public key, 32
    QString org;          // the org on whose behalf the author acts
    quint64 timestampMs = 0;
    quint64 nonce = 0;
    QByteArray body;      // canonical CBOR of the type's body
    QList<Endorsement> endorsements;
    QByteArray signature; // 64

    // The message an endorsing org signs (Domains::Endorsement over it): the id.
    Endorsement endorse(const QString &org, const SecureBuffer &orgSecretKey) const;
    bool hasEndorsementFrom(const QString &org) const;

    QByteArray signingBytes() const;
    QByteArray id() const; // SHA-256 of signingBytes()
    QByteArray encode() const;
    static Result<Transaction> decode(const QByteArray &bytes);

    // A fresh transaction with a random nonce, signed by the author.
    static Transaction make(TxType type, const QByteArray &networkId, const QString &org, const QByteArray &body,
                            const QByteArray &authorKey, const SecureBuffer &authorSecretKey, quint64 timestampMs);
    void sign(const SecureBuffer &secretKey);
    bool hasValidSignature() const;
};

} // namespace careledger
