#pragma once

#include "core/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace careledger {

// A detached signature of a report file (an audit report's PDF or CSV) by
// the officer who made it: Ed25519 over the SHA-256 of the file's bytes,
// domain-separated. Stored beside the report as a small text file (.sig) that
// `careledgerd verify-report` checks; any changed byte of the report fails.
struct ReportSignature {
    QByteArray signer;    // Ed25519 public key
    QString signerName;   // as enrolled, for people (not signed: the key is what counts)
    QByteArray sha256;    // of the report
    QByteArray signature;

    static ReportSignature sign(const QByteArray &report, const QByteArray &publicKey, const SecureBuffer &secretKey,
                                const QString &signerName);
    QByteArray encode() const;
    static Result<ReportSignature> decode(const QByteArray &text);
    // The report is exactly the one signed: "altered" if its hash differs,
    // "bad_signature" if the signature does not verify.
    Status verify(const QByteArray &report) const;
};

} // namespace careledger
