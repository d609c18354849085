#include "ReportSignature.h"

#include "Domains.h"
#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"

#include <QList>

namespace careledger {

namespace {
constexpr QByteArrayView Magic = "careledger-report-signature v1";
}

ReportSignature ReportSignature::sign(const QByteArray &report, const QByteArray &publicKey, const SecureBuffer &secretKey,
                                      const QString &signerName)
{
    const QByteArray hash = Sha256::hash(report);
    return ReportSignature{publicKey, signerName, hash, Ed25519::sign(secretKey, Domains::AuditReport, hash)};
}

QByteArray ReportSignature::encode() const
{
    QByteArray out = Magic.toByteArray() + '\n';
    out += "signer: " + signer.toHex() + '\n';
    out += "name: " + signerName.simplified().toUtf8() + '\n';
    out += "sha256: " + sha256.toHex() + '\n';
    out += "signature: " + signature.toHex() + '\n';
    return out;
}

Result<ReportSignature> ReportSignature::decode(const QByteArray &text)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    auto bad = [] { return makeError(QStringLiteral("malformed"), QStringLiteral("this is not a CareLedger report signature")); };
    if (lines.size() != 5 || lines[0].trimmed() != Magic)
        return bad();
    auto field = [&](int i, const char *name) -> QByteArray {
        const QByteArray prefix = QByteArray(name) + ": ";
        return lines[i].startsWith(prefix) ? lines[i].mid(prefix.size()).trimmed() : QByteArray();
    };
    ReportSignature s{QByteArray::fromHex(field(1, "signer")), QString::fromUtf8(field(2, "name")),
                      QByteArray::fromHex(field(3, "sha256")), QByteArray::fromHex(field(4, "signature"))};
    if (s.signer.size() != Ed25519::PublicKeySize || s.sha256.size() != Sha256::Size
        || s.signature.size() != Ed25519::SignatureSize)
        return bad();
    return s;
}

Status ReportSignature::verify(const QByteArray &report) const
{
    if (Sha256::hash(report) != sha256)
        return makeError(QStringLiteral("altered"), QStringLiteral("the report is not the one that was signed: it was changed"));
    if (!Ed25519::verify(signer, Domains::AuditReport, sha256, signature))
        return makeError(QStringLiteral("bad_signature"), QStringLiteral("the signature does not verify for this signer"));
    return {};
}

} // namespace careledger
