#include "FullNode.h"

#include "ApiServer.h"
#include "crypto/Aead.h"
#include "crypto/Totp.h"
#include "store/LedgerStore.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace careledger {

Q_LOGGING_CATEGORY(lcNode, "careledger.node")

namespace {
// A key that seals what only this node (holder of the org key) may unseal:
// SHA-256(domain || org secret key), computed straight into secure memory.
// "careledger/totp-key/v1" seals TOTP secrets, "careledger/rpm-spool/v1" the
// spooled device readings.
SecureBuffer deriveNodeKey(const SecureBuffer &orgSecretKey, QByteArrayView domain)
{
    SecureBuffer key(Aead::KeySize);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    unsigned int length = 0;
    const bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr)
                    && EVP_DigestUpdate(ctx, domain.data(), std::size_t(domain.size()))
                    && EVP_DigestUpdate(ctx, orgSecretKey.data(), orgSecretKey.size())
                    && EVP_DigestFinal_ex(ctx, key.data(), &length) && length == unsigned(Aead::KeySize);
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return SecureBuffer();
    return key;
}
} // namespace

FullNode::FullNode(NetworkConfig config, const Clock &clock, FullNodeOptions options)
    : m_contract(std::move(config)), m_clock(clock), m_log(std::make_shared<SharedLog>()), m_options(options)
{
}

FullNode::~FullNode()
{
    m_api.reset();
    m_rpm.reset();
    // The producer's SQL connection must close on the thread that opened it.
    if (m_producer)
        QMetaObject::invokeMethod(m_producer, [this] { delete m_producer; }, Qt::BlockingQueuedConnection);
    m_writerThread.quit();
    m_writerThread.wait();
}

Result<std::unique_ptr<FullNode>> FullNode::open(const QString &dataDir, const Clock &clock, FullNodeOptions options)
{
    NodeDataDir dir(dataDir);
    auto genesis = dir.genesis();
    if (!genesis)
        return genesis.error();
    auto identity = dir.identity();
    if (!identity)
        return identity.error();
    const StoreConfig storeConfig = options.store.value_or(StoreConfig::sqlite(dir.databasePath()));
    auto readStore = LedgerStore::open(storeConfig);
    if (!readStore)
        return readStore.error();
    // Membership as of the newest configuration the chain put in force (persisted with it).
    const NetworkConfig inForce = (*readStore)->latestConfig().value_or(*genesis);
    if (!inForce.member(identity->orgId))
        return makeError(QStringLiteral("not_member"),
                         QStringLiteral("org %1 is not a member of network %2 (configuration version %3)")
                             .arg(identity->orgId, genesis->networkName)
                             .arg(inForce.version));

    std::unique_ptr<FullNode> node(new FullNode(*genesis, clock, options));
    node->m_dir = dir;
    node->m_orgId = identity->orgId;
    node->m_totpKey = deriveNodeKey(identity->orgKey, "careledger/totp-key/v1");
    node->m_orgKey = SecureBuffer::copyOf(identity->orgKey.view());
    SecureBuffer spoolKey = deriveNodeKey(identity->orgKey, "careledger/rpm-spool/v1");
    if (node->m_totpKey.isEmpty() || spoolKey.isEmpty())
        return makeError(QStringLiteral("crypto"), QStringLiteral("cannot derive the keys that seal login secrets and readings"));
    auto spool = ReadingSpool::open(dir.file(QStringLiteral("rpm-spool.sqlite")), std::move(spoolKey));
    if (!spool)
        return spool.error();
    SecureBuffer rpmOrgKey = SecureBuffer::copyOf(identity->orgKey.view());

    QElapsedTimer timer;
    timer.start();
    const QList<QByteArray> leaves = (*readStore)->leafHashes();
    for (const QByteArray &leaf : leaves)
        node->m_log->log.appendLeafHash(leaf);
    qCInfo(lcNode) << "loaded" << leaves.size() << "log entries in" << timer.elapsed() << "ms";

    node->m_readStore = std::move(readStore).value();
    if (!options.etcdEndpoints.isEmpty())
        qCInfo(lcNode).noquote() << "ordering through etcd at" << options.etcdEndpoints.join(QStringLiteral(", "));
    node->m_producer = new BlockProducer(node->m_contract, storeConfig, identity->orgId,
                                         std::move(identity->orgKey), node->m_log, clock,
                                         OrderingOptions{options.etcdEndpoints, dir.file(QStringLiteral("signed-height")),
                                                         options.etcdRetainedBlocks});
    node->m_producer->moveToThread(&node->m_writerThread);
    node->m_writerThread.setObjectName(QStringLiteral("block-producer"));
    node->m_writerThread.start();
    Status st;
    QMetaObject::invokeMethod(
        node->m_producer, [&] { st = node->m_producer->bootstrap(); }, Qt::BlockingQueuedConnection);
    if (!st)
        return st.error();
    const SignedHeader tip = node->m_producer->tip();
    // A new consortium member has no block until the members agree on block 0.
    if (node->m_producer->hasGenesis() && (tip.header.logSize != node->m_log->log.size() || tip.header.logRoot != node->m_log->log.root()))
        return makeError(QStringLiteral("corrupt"),
                         QStringLiteral("the stored log does not match the tip header; run `careledgerd verify`"));
    node->m_rpm = std::make_unique<RpmIngest>(*node, std::move(spool).value(), std::move(rpmOrgKey), options.rpm, clock);
    if (Status rst = node->m_rpm->recover(); !rst)
        return rst.error();
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

NetworkConfig FullNode::configInForce() const
{
    return m_contract.configInForce(*m_readStore);
}

Endorsement FullNode::endorse(const Transaction &tx) const
{
    return tx.endorse(m_orgId, m_orgKey);
}

Status FullNode::setTotpSecret(const QByteArray &userKey, const SecureBuffer &secret)
{
    if (secret.size() < std::size_t(Totp::MinSecretSize) || secret.size() > std::size_t(Totp::MaxSecretSize))
        return makeError(QStringLiteral("bad_secret"), QStringLiteral("a TOTP secret must be %1 to %2 bytes")
                                                           .arg(Totp::MinSecretSize)
                                                           .arg(Totp::MaxSecretSize));
    if (Status st = m_readStore->putCredential(userKey, Aead::encrypt(m_totpKey, secret.view(), userKey)); !st)
        return st;
    qCInfo(lcNode).noquote() << "TOTP secret set for user" << QString::fromLatin1(userKey.left(4).toHex());
    return {};
}

Result<SecureBuffer> FullNode::unsealTotpSecret(const Credential &credential) const
{
    // The user key is the associated data: a sealed secret moved to another user's row does not open.
    auto plain = Aead::decrypt(m_totpKey, credential.totpSecretSealed, credential.userKey);
    if (!plain)
        return makeError(QStringLiteral("corrupt"), QStringLiteral("a stored TOTP secret does not open with this node's key"));
    SecureBuffer secret = SecureBuffer::copyOf(*plain);
    OPENSSL_cleanse(plain->data(), std::size_t(plain->size()));
    return secret;
}

} // namespace careledger
