#include "AdminTotp.h"

#include "Domains.h"
#include "core/Cbor.h"
#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"
#include "crypto/Totp.h"

#include <QtEndian>

namespace careledger {

QByteArray AdminTotpRequest::signedMessage(const QByteArray &networkId, const QByteArray &userKey,
                                           const SecureBuffer &secret, quint64 issuedAtMs)
{
    QByteArray time(8, Qt::Uninitialized);
    qToBigEndian(issuedAtMs, time.data());
    return networkId + userKey + Sha256::hash(secret.view()) + time;
}

AdminTotpRequest AdminTotpRequest::make(const QByteArray &networkId, const QByteArray &userKey, SecureBuffer secret,
                                        quint64 issuedAtMs, const SecureBuffer &orgSecretKey)
{
    AdminTotpRequest r;
    r.userKey = userKey;
    r.issuedAtMs = issuedAtMs;
    r.signature = Ed25519::sign(orgSecretKey, Domains::AdminTotp, signedMessage(networkId, userKey, secret, issuedAtMs));
    r.secret = std::move(secret);
    return r;
}

QByteArray AdminTotpRequest::encode() const
{
    CborWriter w;
    w.array(4).bytes(userKey).bytes(secret.view().toByteArray()).uint(issuedAtMs).bytes(signature);
    return w.take();
}

Result<AdminTotpRequest> AdminTotpRequest::decode(const QByteArray &body)
{
    CborReader r(body);
    AdminTotpRequest out;
    r.array(4, 4);
    out.userKey = r.fixedBytes(Ed25519::PublicKeySize);
    QByteArray secret = r.bytes(Totp::MaxSecretSize);
    out.issuedAtMs = r.uint();
    out.signature = r.fixedBytes(Ed25519::SignatureSize);
    r.leave();
    const Status st = r.finish();
    out.secret = SecureBuffer::copyOf(secret);
    secret.fill('\0');
    if (!st)
        return makeError(QStringLiteral("malformed"),
                         QStringLiteral("expected [user key, secret, issued at (ms), org signature]: ") + st.error().message);
    if (out.secret.size() < std::size_t(Totp::MinSecretSize))
        return makeError(QStringLiteral("malformed"),
                         QStringLiteral("a TOTP secret must be %1 to %2 bytes").arg(Totp::MinSecretSize).arg(Totp::MaxSecretSize));
    return out;
}

bool AdminTotpRequest::verify(const QByteArray &networkId, const QByteArray &orgPublicKey) const
{
    return Ed25519::verify(orgPublicKey, Domains::AdminTotp, signedMessage(networkId, userKey, secret, issuedAtMs),
                           signature);
}

} // namespace careledger
