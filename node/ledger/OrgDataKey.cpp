#include "OrgDataKey.h"

#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"

namespace careledger {

SealedBox::KeyPair OrgDataKey::derive(const SecureBuffer &orgSecretKey)
{
    QByteArray digest = Sha256().add(QByteArrayView("careledger/org-data-key/v1")).add(orgSecretKey.view()).finish();
    const SecureBuffer seed = SecureBuffer::copyOf(digest);
    digest.fill('\0');
    return SealedBox::keyPairFromSeed(seed);
}

QByteArray OrgDataKey::sealFor(const QByteArray &userPublicKey, const SecureBuffer &orgSecretKey)
{
    return SealedBox::seal(Ed25519::toX25519PublicKey(userPublicKey), derive(orgSecretKey).secretKey.view());
}

Enrolment OrgDataKey::enrolment(const QByteArray &userPublicKey, const QString &name, Role role,
                                const SecureBuffer &orgSecretKey)
{
    return Enrolment{userPublicKey, name, role,
                     readsClinicalContent(role) ? sealFor(userPublicKey, orgSecretKey) : QByteArray()};
}

} // namespace careledger
