#include "ReviewNote.h"

#include "crypto/Aead.h"
#include "crypto/Ed25519.h"
#include "crypto/SealedBox.h"

namespace careledger {

ComplianceReview ReviewNote::seal(const QByteArray &flagId, ReviewStatus status, const QString &note,
                                  const QList<QByteArray> &officerKeys)
{
    ComplianceReview review{flagId, status, {}, {}};
    if (note.isEmpty() || officerKeys.isEmpty())
        return review;
    const SecureBuffer key = Aead::generateKey();
    review.noteCiphertext = Aead::encrypt(key, note.toUtf8(), flagId);
    for (const QByteArray &officer : officerKeys)
        review.noteKeys.append(WrappedKey{RecipientKind::User, QString::fromLatin1(officer.toHex()),
                                          SealedBox::seal(Ed25519::toX25519PublicKey(officer), key.view())});
    return review;
}

Result<QString> ReviewNote::open(const ComplianceReview &review, const QByteArray &userPublicKey,
                                 const SecureBuffer &userSecretKey)
{
    if (review.noteCiphertext.isEmpty())
        return QString();
    const QString me = QString::fromLatin1(userPublicKey.toHex());
    for (const WrappedKey &k : review.noteKeys) {
        if (k.recipient != me)
            continue;
        auto key = SealedBox::open(Ed25519::toX25519PublicKey(userPublicKey), Ed25519::toX25519SecretKey(userSecretKey), k.sealed);
        if (!key)
            return key.error();
        auto plain = Aead::decrypt(*key, review.noteCiphertext, review.flagId);
        if (!plain)
            return plain.error();
        return QString::fromUtf8(*plain);
    }
    return makeError(QStringLiteral("not_sealed_for_you"),
                     QStringLiteral("this note was written before you were a compliance officer here"));
}

} // namespace careledger
