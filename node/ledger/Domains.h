#pragma once

#include <QByteArrayView>

namespace careledger::Domains {

// Signature contexts: one per signed object type, so no signature can be
// replayed as a different kind of statement.
inline constexpr QByteArrayView Transaction = "careledger/tx/v1";
inline constexpr QByteArrayView Endorsement = "careledger/endorse/v1";
inline constexpr QByteArrayView Header = "careledger/header/v1";
// A member proposing a block through etcd (not a header signature: losing the
// race for a height must not stop it signing the winner).
inline constexpr QByteArrayView Proposal = "careledger/proposal/v1";
inline constexpr QByteArrayView AuthChallenge = "careledger/auth/v1";
// An org key setting a user's TOTP secret at its own full node (POST /v1/admin/totp).
inline constexpr QByteArrayView AdminTotp = "careledger/admin-totp/v1";

} // namespace careledger::Domains
