#pragma once

#include "core/Result.h"
#include "store/StoreConfig.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace careledger {

struct VerifyReport {
    quint64 blocks = 0;
    quint64 transactions = 0;
    quint64 invalidTransactions = 0; // marked invalid in their blocks, as recorded
    quint64 payloadsChecked = 0;
    quint64 payloadsMissing = 0;     // erased (crypto-shredded) or never stored
    QStringList problems;            // each one a reason the chain is not valid

    bool isValid() const { return problems.isEmpty(); }
};

// `careledgerd verify`: re-checks a node's whole chain from genesis without
// trusting anything it stored — header links, quorum signatures, block bodies,
// the log root and size of every header, payload hashes, and the contract
// replayed into a scratch state to reproduce every validity code.
class ChainVerifier {
public:
    using Progress = std::function<void(quint64 height, quint64 tipHeight)>;
    // The chain is read from storeConfig when given, else from the data directory's SQLite file.
    static Result<VerifyReport> verify(const QString &dataDir, const Progress &progress = {},
                                       const std::optional<StoreConfig> &storeConfig = {});
};

} // namespace careledger
