#pragma once

#include "BlockProducer.h"
#include "NodeDataDir.h"
#include "SharedLog.h"
#include "contract/Contract.h"
#include "core/Clock.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>

#include <memory>

namespace careledger {

class ApiServer;
class LedgerStore;

// careledgerd in one object: opens the data directory, replays the log into
// memory, runs the block producer on its own thread and serves the HTTPS API.
class FullNode : public QObject {
    Q_OBJECT
public:
    static Result<std::unique_ptr<FullNode>> open(const QString &dataDir, const Clock &clock = Clock::system());
    ~FullNode() override;

    // Listens on address:port (0 = any free port); returns the bound port.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    quint16 port() const;

    const NetworkConfig &config() const { return m_contract.config(); }
    const Contract &contract() const { return m_contract; }
    BlockProducer &producer() { return *m_producer; }
    LedgerStore &readStore() { return *m_readStore; }
    SharedLog &log() { return *m_log; }

private:
    FullNode(NetworkConfig config, const Clock &clock);

    Contract m_contract;
    const Clock &m_clock;
    std::shared_ptr<SharedLog> m_log;
    std::unique_ptr<LedgerStore> m_readStore;
    QThread m_writerThread;
    BlockProducer *m_producer = nullptr;
    std::unique_ptr<ApiServer> m_api;
    NodeDataDir m_dir{QString()};
};

} // namespace careledger
