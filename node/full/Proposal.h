#pragma once

#include "core/Result.h"
#include "crypto/SecureBuffer.h"
#include "ledger/Block.h"

#include <QByteArray>
#include <QList>

namespace careledger {

class NetworkConfig;

// What a member writes to etcd to propose block h: the block (its header not
// yet signed by anyone), the payload ciphertexts its records commit to, and
// the proposer's signature over the header in the proposal domain.
struct Proposal {
    Block block;
    QList<QByteArray> payloads;
    QByteArray proposerSignature;

    void sign(const SecureBuffer &orgSecretKey);
    // The proposer is a member of config and signed this header.
    Status verifyProposer(const NetworkConfig &config) const;

    QByteArray encode() const;
    static Result<Proposal> decode(const QByteArray &bytes);
};

} // namespace careledger
