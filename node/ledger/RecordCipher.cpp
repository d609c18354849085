#include "RecordCipher.h"

#include "crypto/Aead.h"
#include "crypto/SealedBox.h"
#include "crypto/Sha256.h"

#include <QRandomGenerator>

namespace careledger {

SealedRecord RecordCipher::seal(const QByteArray &plaintext, const QByteArray &recordId, const QString &patientId,
                                const QString &resourceType, const QList<KeyRecipient> &recipients)
{
    const SecureBuffer key = Aead::generateKey();
    SealedRecord out;
    out.ciphertext = Aead::encrypt(key, plaintext, recordId);
    RecordVersion &v = out.version;
    v.recordId = recordId;
    v.patientId = patientId;
    v.resourceType = resourceType;
    v.ciphertextHash = Sha256::hash(out.ciphertext);
    v.plaintextHash = Sha256::hash(plaintext);
    v.ciphertextSize = quint64(out.ciphertext.size());
    for (const KeyRecipient &r : recipients)
        v.keys.append(WrappedKey{r.kind, r.id, SealedBox::seal(r.x25519PublicKey, key.view())});
    return out;
}

Result<QByteArray> RecordCipher::open(const RecordVersion &version, const QByteArray &ciphertext, const QByteArray &sealedKey,
                                      const QByteArray &x25519PublicKey, const SecureBuffer &x25519SecretKey)
{
    if (Sha256::hash(ciphertext) != version.ciphertextHash)
        return makeError(QStringLiteral("payload_mismatch"), QStringLiteral("the ciphertext is not the one the ledger records"));
    auto key = SealedBox::open(x25519PublicKey, x25519SecretKey, sealedKey);
    if (!key)
        return key.error();
    auto plaintext = Aead::decrypt(*key, ciphertext, version.recordId);
    if (!plaintext)
        return plaintext;
    if (Sha256::hash(*plaintext) != version.plaintextHash)
        return makeError(QStringLiteral("payload_mismatch"), QStringLiteral("the decrypted record does not match its hash"));
    return plaintext;
}

QByteArray RecordCipher::newRecordId()
{
    QByteArray id(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(id.data()), 4);
    return id;
}

Result<QByteArray> RecordCipher::rewrap(const QByteArray &sealedKey, const QByteArray &x25519PublicKey,
                                        const SecureBuffer &x25519SecretKey, const QByteArray &recipientX25519PublicKey)
{
    auto key = SealedBox::open(x25519PublicKey, x25519SecretKey, sealedKey);
    if (!key)
        return key.error();
    return SealedBox::seal(recipientX25519PublicKey, key->view());
}

} // namespace careledger
