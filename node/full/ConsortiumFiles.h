#pragma once

#include "core/Result.h"
#include "crypto/SecureBuffer.h"
#include "ledger/NetworkConfig.h"
#include "ledger/Transaction.h"

#include <QByteArray>
#include <QStringList>

namespace careledger {

// A member's public entry as the file its admin sends to the founder (or, to
// join later, to the members): org id, name, org key, TLS certificate,
// endpoint, data key. Nothing secret in it.
class MemberFile {
public:
    static QByteArray encode(const Member &member);
    static Result<Member> decode(const QByteArray &bytes);
    // The org key's fingerprint in groups admins can read to each other over the phone.
    static QString fingerprint(const QByteArray &orgKey);
};

// A configuration change on its way to a quorum: the change transaction
// (each member's admin adds its org's endorsement) with the configuration it
// replaces, so every admin sees what changes and who has signed so far.
class ConfigProposal {
public:
    // The change from `previous` to `next`, authored and endorsed by orgId's key.
    static Result<ConfigProposal> make(const NetworkConfig &previous, const NetworkConfig &next, const QString &orgId,
                                       const SecureBuffer &orgKey, quint64 nowMs);
    QByteArray encode() const;
    static Result<ConfigProposal> decode(const QByteArray &bytes);

    const NetworkConfig &previous() const { return m_previous; }
    const NetworkConfig &next() const { return m_next; }
    const Transaction &transaction() const { return m_tx; }

    // What changes, one line each, for the admin to read before signing.
    QStringList describe() const;
    QStringList signers() const;
    // Members of the configuration in force that have not signed yet.
    QStringList pendingSigners() const;
    // A quorum of valid endorsements of the members in force.
    bool hasQuorum() const;
    // Adds orgId's endorsement: it must be a member in force that has not signed.
    Status sign(const QString &orgId, const SecureBuffer &orgKey);

private:
    NetworkConfig m_previous;
    NetworkConfig m_next;
    Transaction m_tx;
};

} // namespace careledger
