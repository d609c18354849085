#include "FullNode.h"

#include "ApiServer.h"
#include "store/LedgerStore.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace careledger {

Q_LOGGING_CATEGORY(lcNode, "careledger.node")

FullNode::FullNode(NetworkConfig config, const Clock &clock)
    : m_contract(std::move(config)), m_clock(clock), m_log(std::make_shared<SharedLog>())
{
}

FullNode::~FullNode()
{
    m_api.reset();
    // The producer's SQL connection must close on the thread that opened it.
    if (m_producer)
        QMetaObject::invokeMethod(m_producer, [this] { delete m_producer; }, Qt::BlockingQueuedConnection);
    m_writerThread.quit();
    m_writerThread.wait();
}

Result<std::unique_ptr<FullNode>> FullNode::open(const QString &dataDir, const Clock &clock)
{
    NodeDataDir dir(dataDir);
    auto genesis = dir.genesis();
    if (!genesis)
        return genesis.error();
    auto identity = dir.identity();
    if (!identity)
        return identity.error();
    if (!genesis->member(identity->orgId))
        return makeError(QStringLiteral("not_member"),
                         QStringLiteral("org %1 is not a member of network %2").arg(identity->orgId, genesis->networkName));

    auto readStore = LedgerStore::openSqlite(dir.databasePath());
    if (!readStore)
        return readStore.error();

    std::unique_ptr<FullNode> node(new FullNode(*genesis, clock));
    node->m_dir = dir;

    QElapsedTimer timer;
    timer.start();
    const QList<QByteArray> leaves = (*readStore)->leafHashes();
    for (const QByteArray &leaf : leaves)
        node->m_log->log.appendLeafHash(leaf);
    qCInfo(lcNode) << "loaded" << leaves.size() << "log entries in" << timer.elapsed() << "ms";

    node->m_readStore = std::move(readStore).value();
    node->m_producer = new BlockProducer(node->m_contract, dir.databasePath(), identity->orgId,
                                         std::move(identity->orgKey), node->m_log, clock);
    node->m_producer->moveToThread(&node->m_writerThread);
    node->m_writerThread.setObjectName(QStringLiteral("block-producer"));
    node->m_writerThread.start();
    Status st;
    QMetaObject::invokeMethod(
        node->m_producer, [&] { st = node->m_producer->bootstrap(); }, Qt::BlockingQueuedConnection);
    if (!st)
        return st.error();
    const SignedHeader tip = node->m_producer->tip();
    if (tip.header.logSize != node->m_log->log.size() || tip.header.logRoot != node->m_log->log.root())
        return makeError(QStringLiteral("corrupt"),
                         QStringLiteral("the stored log does not match the tip header; run `careledgerd verify`"));
    return node;
}

Result<quint16> FullNode::listen(const QHostAddress &address, quint16 port)
{
    auto cert = m_dir.tlsCertificatePem();
    if (!cert)
        return cert.error();
    auto key = m_dir.tlsKeyPem();
    if (!key)
        return key.error();
    m_api = std::make_unique<ApiServer>(*this, m_clock);
    return m_api->listen(address, port, *cert, *key);
}

quint16 FullNode::port() const
{
    return m_api ? m_api->port() : 0;
}

} // namespace careledger
