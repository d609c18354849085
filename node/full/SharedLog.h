#pragma once

#include "ledger/MerkleLog.h"

#include <QReadWriteLock>

namespace careledger {

// The node's in-memory Merkle log of all transactions: the block producer
// appends under the write lock, API threads read proofs under the read lock.
struct SharedLog {
    mutable QReadWriteLock lock;
    MerkleLog log;
};

} // namespace careledger
