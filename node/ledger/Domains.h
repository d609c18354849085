#pragma once

#include <QByteArrayView>

namespace careledger::Domains {

// Signature contexts: one per signed object type, so no signature can be
// replayed as a different kind of statement.
inline constexpr QByteArrayView Transaction = "careledger/tx/v1";
inline constexpr QByteArrayView Endorsement = "careledger/endorse/v1";
inline constexpr QByteArrayView Header = "careledger/header/v1";
inline constexpr QByteArrayView AuthChallenge = "careledger/auth/v1";

} // namespace careledger::Domains
