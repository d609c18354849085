// A light node follows a consortium's configuration change over HTTPS: a
// chain (written with the members' keys, ChainWriter) in which lab-c leaves
// and lab-d joins; the headers after the change are signed by the new set.
// The light node syncs from a real full node (in-process, pinned TLS), on a
// first sync from genesis and on a catch-up over the change, and keeps what
// it followed across a restart.

#include "support/Careledgerd.h"
#include "support/ChainWriter.h"
#include "support/TestNetwork.h"

#include "light/LightSync.h"

#include <QTest>

using namespace careledger;
using namespace careledger::testing;

namespace {
const QString A = QStringLiteral("hospital-a");
const QString B = QStringLiteral("clinic-b");
const QString C = QStringLiteral("lab-c");
const QString D = QStringLiteral("lab-d");
} // namespace

class TestLightConfig : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstSyncFollowsTheChange();
    void catchUpFollowsTheChange();

private:
    // Blocks before the change (signed by A, B, C); the change; blocks after it (A, B, D).
    void writeBeforeChange();
    void writeChangeAndAfter();
    Status openNode();
    LightNodeSettings settings() const
    {
        LightNodeSettings s;
        s.config = m_v1;
        s.pinnedNetworkId = m_v1.networkId();
        s.cachePath = m_dir->filePath(QStringLiteral("light.sqlite"));
        s.endpoints = {m_endpoint};
        s.requestTimeoutMs = 10000;
        return s;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestLedger> m_net;
    std::unique_ptr<ChainWriter> m_writer;
    std::unique_ptr<TestNode> m_node;
    NetworkConfig m_v1;
    NetworkConfig m_v2;
    QString m_endpoint;
    quint16 m_port = 0;
};

void TestLightConfig::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto tls = TlsIdentity::generate(A, {QStringLiteral("127.0.0.1")}, 30);
    QVERIFY(tls);
    m_net = std::make_unique<TestLedger>(QStringList{A, B, C}, QList<QByteArray>{TlsIdentity::pemToDer(tls->certificatePem)});
    m_port = freeLoopbackPort();
    m_endpoint = QStringLiteral("https://127.0.0.1:%1").arg(m_port);
    m_net->setEndpoint(A, m_endpoint);
    m_v1 = m_net->config();
    QCOMPARE(m_v1.quorum(), 3);
    m_v2 = m_v1.successor();
    m_v2.members.removeLast();
    m_v2.members.append(TestLedger::memberOf(m_net->newOrg(D)));
    m_writer = std::make_unique<ChainWriter>(m_v1, QList<TestOrg>{m_net->org(A), m_net->org(B), m_net->org(C)},
                                             quint64(nowMs()) - 60'000);
    QVERIFY(m_writer->create(m_dir->filePath(QStringLiteral("node")), *tls).ok());
}

void TestLightConfig::cleanup()
{
    m_node.reset();
    m_writer.reset();
    m_net.reset();
    m_dir.reset();
}

void TestLightConfig::writeBeforeChange()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_writer->appendBlock({{m_net->enrolByOrg(TestLedger::newUser(A, Role::Nurse), m_writer->nextBlockTimeMs()).encode(), {}}}));
    QVERIFY(m_writer->commit());
}

void TestLightConfig::writeChangeAndAfter()
{
    const Transaction change = m_net->configChange(m_v1, m_v2, A, {A, B, C}, m_writer->nextBlockTimeMs());
    QVERIFY(m_writer->appendBlock({{change.encode(), {}}}));
    m_writer->setSigners({m_net->org(A), m_net->org(B), m_net->org(D)});
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_writer->appendBlock({{m_net->enrolByOrg(TestLedger::newUser(D, Role::Doctor), m_writer->nextBlockTimeMs()).encode(), {}}}));
    QVERIFY(m_writer->commit());
}

Status TestLightConfig::openNode()
{
    m_node = std::make_unique<TestNode>();
    return m_node->open(m_dir->filePath(QStringLiteral("node")), m_port);
}

void TestLightConfig::firstSyncFollowsTheChange()
{
    writeBeforeChange();
    writeChangeAndAfter();
    QVERIFY(openNode());
    {
        LightSync sync(settings());
        QVERIFY(sync.open());
        auto trusted = sync.syncOnce();
        QVERIFY2(trusted, qPrintable(trusted ? QString() : trusted.error().message));
        QCOMPARE(trusted->height, m_writer->tip().header.height);
        QCOMPARE(sync.verifier().config(), m_v2);
        QCOMPARE(sync.cache().headerCount(), m_writer->tip().header.height + 1);
        QVERIFY(sync.cache().warnings().isEmpty());
    }
    // After a restart the light node starts from the configuration it followed.
    LightSync again(settings());
    QVERIFY(again.open());
    QCOMPARE(again.verifier().config(), m_v2);
    QCOMPARE(again.verifier().configAt(4), m_v1); // the change's own block
    QVERIFY(again.syncOnce());
}

void TestLightConfig::catchUpFollowsTheChange()
{
    writeBeforeChange();
    QVERIFY(openNode());
    {
        LightSync sync(settings());
        QVERIFY(sync.open());
        auto trusted = sync.syncOnce();
        QVERIFY(trusted);
        QCOMPARE(trusted->height, quint64(3));
        QCOMPARE(sync.verifier().config(), m_v1);
    }
    // The network moves on while the workstation is away: the change, then blocks of the new set.
    m_node.reset();
    writeChangeAndAfter();
    QVERIFY(openNode());
    LightSync sync(settings());
    QVERIFY(sync.open());
    auto trusted = sync.syncOnce();
    QVERIFY2(trusted, qPrintable(trusted ? QString() : trusted.error().message));
    QCOMPARE(trusted->height, m_writer->tip().header.height);
    QCOMPARE(sync.verifier().config(), m_v2);
    // The old signer set's signature on the new tip would not have done.
    SignedHeader byOldSet = m_writer->tip();
    byOldSet.signatures.clear();
    for (const QString &org : {A, B, C})
        byOldSet.addSignature(org, m_net->org(org).key.secretKey());
    QCOMPARE(sync.verifier().checkSignatures(byOldSet).error().code, QStringLiteral("no_quorum"));
}

QTEST_MAIN(TestLightConfig)
#include "tst_lightconfig.moc"
