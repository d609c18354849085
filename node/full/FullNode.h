#pragma once

#include "BlockProducer.h"
#include "RpmIngest.h"
#include "NodeDataDir.h"
#include "SharedLog.h"
#include "contract/Contract.h"
#include "core/Clock.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <memory>
#include <optional>

namespace careledger {

class ApiServer;
class LedgerStore;
struct Credential;

struct FullNodeOptions {
    // Every login must carry a TOTP code checked against the user's enrolled
    // secret. Off, a login without a code is still accepted for users who
    // have no secret (networks and tests from before TOTP); a user who has
    // one must give a code either way.
    bool requireTotp = true;
    // Where the chain is stored; unset: the data directory's SQLite file.
    std::optional<StoreConfig> store;
    // Device readings: how they are batched into VitalsBatch transactions.
    RpmOptions rpm;
    // The etcd cluster this member orders through ([etcd] endpoints in
    // careledgerd.ini). Empty: the node orders alone, as in a one-member network.
    QStringList etcdEndpoints = {};
    // How many recent blocks etcd keeps for members that were away ([etcd] retain_blocks).
    quint64 etcdRetainedBlocks = OrderingOptions::DefaultRetainedBlocks;
};

// careledgerd in one object: opens the data directory, replays the log into
// memory, runs the block producer on its own thread and serves the HTTPS API.
class FullNode : public QObject {
    Q_OBJECT
public:
    static Result<std::unique_ptr<FullNode>> open(const QString &dataDir, const Clock &clock = Clock::system(),
                                                  FullNodeOptions options = {});
    ~FullNode() override;

    // Listens on address:port (0 = any free port); returns the bound port.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    quint16 port() const;

    const NetworkConfig &config() const { return m_contract.config(); }
    const Contract &contract() const { return m_contract; }
    BlockProducer &producer() { return *m_producer; }
    LedgerStore &readStore() { return *m_readStore; }
    SharedLog &log() { return *m_log; }
    // Remote monitoring: device readings in, VitalsBatch transactions out. On the node's own thread.
    RpmIngest &rpm() { return *m_rpm; }

    const QString &orgId() const { return m_orgId; }
    const Clock &clock() const { return m_clock; }
    // The configuration in force for the next block (on the node's own thread: it reads readStore()).
    NetworkConfig configInForce() const;
    // This org's endorsement of a transaction (its org key over the id); check it first.
    Endorsement endorse(const Transaction &tx) const;
    bool requireTotp() const { return m_options.requireTotp; }

    // Login second factor. The TOTP secret is sealed (XChaCha20-Poly1305, the
    // user key as associated data) under a key derived from the org secret
    // key, so the database holds only ciphertext. On the node's own thread
    // (they use readStore()). setTotpSecret is the one way a secret gets in:
    // the admin route and the demo seeder both call it.
    Status setTotpSecret(const QByteArray &userKey, const SecureBuffer &secret);
    Result<SecureBuffer> unsealTotpSecret(const Credential &credential) const;

private:
    FullNode(NetworkConfig config, const Clock &clock, FullNodeOptions options);

    Contract m_contract;
    const Clock &m_clock;
    std::shared_ptr<SharedLog> m_log;
    std::unique_ptr<LedgerStore> m_readStore;
    QThread m_writerThread;
    BlockProducer *m_producer = nullptr;
    std::unique_ptr<RpmIngest> m_rpm; // before m_api: the API hands readings to it
    std::unique_ptr<ApiServer> m_api;
    NodeDataDir m_dir{QString()};
    FullNodeOptions m_options;
    QString m_orgId;
    SecureBuffer m_orgKey; // endorsements; the producer holds its own copy for headers
    SecureBuffer m_totpKey;
};

} // namespace careledger
