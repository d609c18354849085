#pragma once

#include "contract/Reason.h"
#include "ledger/NetworkConfig.h"
#include "ledger/Transaction.h"

#include <QString>

namespace careledger {

// Gathers, for one transaction, the endorsements its type's policy asks for
// from the other members in force, over HTTPS pinned to the certificates of
// the configuration (POST /v1/endorse). Blocking: run it on a worker thread,
// never on the thread that serves this node's own API. A member that is down
// or refuses is passed over while another can still satisfy the policy;
// otherwise the outcome names each member asked and what it answered.
class EndorsementCollector {
public:
    struct Outcome {
        Transaction tx;              // with the endorsements gathered
        Reason reason = Reason::Ok;  // a member's refusal, or EndorsementPolicyUnmet
        QString message;             // which members failed and why
    };

    EndorsementCollector(NetworkConfig inForce, QString ownOrg, int timeoutMs);

    // Whether the transaction's endorsements already satisfy the policy in force.
    bool isSatisfied(const Transaction &tx) const;
    Outcome collect(Transaction tx) const;

private:
    NetworkConfig m_config;
    QString m_ownOrg;
    int m_timeoutMs;
};

} // namespace careledger
