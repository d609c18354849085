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
// `careledgerd consortium member` makes the keys alone (the member's entry to
// send to the founder); `consortium create` assembles the genesis.
class NetworkSetup {
public:
    static Result<NetworkConfig> createSingleOrg(const QString &dataDir, const NewNetwork &spec);
    // The org key and TLS identity of spec's org, written to dataDir without a genesis.
    static Result<Member> createMember(const QString &dataDir, const NewNetwork &spec);
    // The genesis of a consortium of these members (each listed once, by id and key).
    static Result<NetworkConfig> assembleGenesis(const QString &networkName, const QList<Member> &members,
                                                 const Policy &policy);
};

} // namespace careledger
