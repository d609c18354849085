#pragma once

#include "TxBody.h"
#include "core/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace careledger {

// A compliance review's note, encrypted once (XChaCha20-Poly1305, the flag id
// as associated data so a note cannot be moved to another flag) with its key
// sealed for each compliance officer of the org: shared among them, opaque
// to everyone else on the chain.
class ReviewNote {
public:
    static ComplianceReview seal(const QByteArray &flagId, ReviewStatus status, const QString &note,
                                 const QList<QByteArray> &officerKeys);
    // The note, for an officer it was sealed for ("" for a review without a note).
    static Result<QString> open(const ComplianceReview &review, const QByteArray &userPublicKey,
                                const SecureBuffer &userSecretKey);
};

} // namespace careledger
