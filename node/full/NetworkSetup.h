#pragma once

#include "core/Result.h"
#include "ledger/NetworkConfig.h"

#include <QString>

namespace careledger {

struct NewNetwork {
    QString networkName;
    QString orgId;
    QString orgName;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8443;
    Policy policy;
};

// `careledgerd init`: makes a one-member network: the org key, a TLS identity
// for host (and localhost), the genesis naming both, all written to dataDir.
class NetworkSetup {
public:
    static Result<NetworkConfig> createSingleOrg(const QString &dataDir, const NewNetwork &spec);
};

} // namespace careledger
