#pragma once

#include "crypto/SealedBox.h"
#include "crypto/SecureBuffer.h"
#include "ledger/TxBody.h"

namespace careledger {

// The key an organisation's records are sealed for (X25519), listed per member
// in the network configuration. Its users need it to read their org's records,
// so it is given to each of them at enrolment, sealed to their own key. It is
// derived one-way from the org key, never the other way round: a user holding
// it cannot sign for the org (unlike the X25519 form of the org key itself,
// whose scalar is the signing scalar).
class OrgDataKey {
public:
    static SealedBox::KeyPair derive(const SecureBuffer &orgSecretKey);
    static constexpr qsizetype SealedSize = 32 + 48;
    // The data key's secret sealed for a user's Ed25519 identity.
    static QByteArray sealFor(const QByteArray &userPublicKey, const SecureBuffer &orgSecretKey);
    // An enrolment of a user of the org, carrying the data key if their role reads records.
    static Enrolment enrolment(const QByteArray &userPublicKey, const QString &name, Role role,
                               const SecureBuffer &orgSecretKey);
};

} // namespace careledger
