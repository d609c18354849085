#include "Transaction.h"

#include "core/Cbor.h"
#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"
#include "ledger/Domains.h"

#include <QRandomGenerator>

namespace careledger {

QString txTypeName(TxType type)
{
    switch (type) {
    case TxType::Enrol: return QStringLiteral("enrol");
    case TxType::Revoke: return QStringLiteral("revoke");
    case TxType::RegisterPatient: return QStringLiteral("register-patient");
    case TxType::RecordCreate: return QStringLiteral("record-create");
    case TxType::RecordAmend: return QStringLiteral("record-amend");
    case TxType::ConsentGrant: return QStringLiteral("consent-grant");
    case TxType::ConsentRevoke: return QStringLiteral("consent-revoke");
    case TxType::AccessLog: return QStringLiteral("access-log");
    case TxType::ReferralCreate: return QStringLiteral("referral-create");
    case TxType::ReferralTransition: return QStringLiteral("referral-transition");
    case TxType::DeviceRegister: return QStringLiteral("device-register");
    case TxType::VitalsBatch: return QStringLiteral("vitals-batch");
    case TxType::ComplianceReview: return QStringLiteral("compliance-review");
    case TxType::ConfigChange: return QStringLiteral("config-change");
    }
    return QStringLiteral("unknown");
}

bool isKnownTxType(quint64 type)
{
    return type >= quint64(TxType::Enrol) && type <= quint64(TxType::ConfigChange);
}

namespace {
void writeSigned(CborWriter &w, const Transaction &tx)
{
    w.array(8)
        .uint(tx.version)
        .uint(quint64(tx.type))
        .bytes(tx.networkId)
        .bytes(tx.author)
        .text(tx.org)
        .uint(tx.timestampMs)
        .uint(tx.nonce)
        .bytes(tx.body);
}
} // namespace

QByteArray Transaction::signingBytes() const
{
    CborWriter w;
    writeSigned(w, *this);
    return w.take();
}

QByteArray Transaction::id() const
{
    return Sha256::hash(signingBytes());
}

QByteArray Transaction::encode() const
{
    CborWriter w;
    w.array(3);
    writeSigned(w, *this);
    w.array(endorsements.size());
    for (const Endorsement &e : endorsements)
        w.array(2).text(e.org).bytes(e.signature);
    w.bytes(signature);
    return w.take();
}

Result<Transaction> Transaction::decode(const QByteArray &bytes)
{
    if (bytes.size() > MaxEncodedSize)
        return makeError(QStringLiteral("oversize"),
                         QStringLiteral("transaction of %1 bytes exceeds the %2-byte limit").arg(bytes.size()).arg(MaxEncodedSize));
    return decodeCanonical<Transaction>(
        bytes, QStringLiteral("transaction"),
        [](CborReader &r) {
            Transaction tx;
            r.array(3, 3);
            r.array(8, 8);
            tx.version = r.uint();
            if (r.ok() && tx.version != CurrentVersion)
                r.fail(QStringLiteral("unsupported version %1").arg(tx.version));
            const quint64 type = r.uint(255);
            if (r.ok() && !isKnownTxType(type))
                r.fail(QStringLiteral("unknown transaction type %1").arg(type));
            tx.type = TxType(type);
            tx.networkId = r.fixedBytes(32);
            tx.author = r.fixedBytes(Ed25519::PublicKeySize);
            tx.org = r.text(64);
            tx.timestampMs = r.uint();
            tx.nonce = r.uint();
            tx.body = r.bytes(MaxBodySize);
            r.leave();
            const qsizetype n = r.array(0, 32);
            for (qsizetype i = 0; i < n && r.ok(); ++i) {
                r.array(2, 2);
                Endorsement e{r.text(64), r.fixedBytes(Ed25519::SignatureSize)};
                r.leave();
                tx.endorsements.append(e);
            }
            r.leave();
            tx.signature = r.fixedBytes(Ed25519::SignatureSize);
            r.leave();
            return tx;
        },
        [](const Transaction &tx) { return tx.encode(); });
}

Transaction Transaction::make(TxType type, const QByteArray &networkId, const QString &org, const QByteArray &body,
                              const QByteArray &authorKey, const SecureBuffer &authorSecretKey, quint64 timestampMs)
{
    Transaction tx;
    tx.type = type;
    tx.networkId = networkId;
    tx.author = authorKey;
    tx.org = org;
    tx.timestampMs = timestampMs;
    tx.nonce = QRandomGenerator::system()->generate64() >> 1;
    tx.body = body;
    tx.sign(authorSecretKey);
    return tx;
}

void Transaction::sign(const SecureBuffer &secretKey)
{
    signature = Ed25519::sign(secretKey, Domains::Transaction, signingBytes());
}

Endorsement Transaction::endorse(const QString &org, const SecureBuffer &orgSecretKey) const
{
    return Endorsement{org, Ed25519::sign(orgSecretKey, Domains::Endorsement, id())};
}

bool Transaction::hasEndorsementFrom(const QString &org) const
{
    return std::any_of(endorsements.cbegin(), endorsements.cend(), [&](const Endorsement &e) { return e.org == org; });
}

bool Transaction::hasValidSignature() const
{
    return Ed25519::verify(author, Domains::Transaction, signingBytes(), signature);
}

} // namespace careledger
