#pragma once

#include "TxBody.h"
#include "core/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>

namespace careledger {

// Who a new record's key is sealed for: kind + id, and their X25519 key.
struct KeyRecipient {
    RecipientKind kind;
    QString id;
    QByteArray x25519PublicKey;
};

struct SealedRecord {
    RecordVersion version;
    QByteArray ciphertext;
};

// Record payload encryption: a fresh XChaCha20-Poly1305 key per version, bound
// to the record id, sealed for each reader. The chain sees only hashes and
// sealed keys.
class RecordCipher {
public:
    static SealedRecord seal(const QByteArray &plaintext, const QByteArray &recordId, const QString &patientId,
                             const QString &resourceType, const QList<KeyRecipient> &recipients);
    static Result<QByteArray> open(const RecordVersion &version, const QByteArray &ciphertext, const QByteArray &sealedKey,
                                   const QByteArray &x25519PublicKey, const SecureBuffer &x25519SecretKey);
    static QByteArray newRecordId();
    // A record key sealed for one reader, sealed again for another (the patient sharing with a facility).
    static Result<QByteArray> rewrap(const QByteArray &sealedKey, const QByteArray &x25519PublicKey,
                                     const SecureBuffer &x25519SecretKey, const QByteArray &recipientX25519PublicKey);
};

} // namespace careledger
