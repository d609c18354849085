#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"
#include "ledger/Block.h"
#include "ledger/MerkleLog.h"
#include "ledger/NetworkConfig.h"

#include <QTest>

using namespace careledger;

class TestBlock : public QObject {
    Q_OBJECT

    std::vector<Ed25519::KeyPair> m_keys;
    NetworkConfig m_config;

    Block sampleBlock()
    {
        Block b;
        b.transactions = {QByteArray("tx-one"), QByteArray("tx-two"), QByteArray("tx-three")};
        b.validity = {0, 8, 0};
        BlockHeader &h = b.signedHeader.header;
        h.networkId = m_config.networkId();
        h.height = 7;
        h.previousHash = Sha256::hash("previous");
        h.txRoot = Block::txRootOf(b.transactions);
        MerkleLog log;
        for (const QByteArray &tx : b.transactions)
            log.append(tx);
        h.logRoot = log.root();
        h.logSize = log.size();
        h.validityHash = Block::validityHashOf(b.validity);
        h.timestampMs = 1'700'000'000'000;
        h.proposer = QStringLiteral("org-0");
        return b;
    }

private slots:
    void initTestCase()
    {
        m_config.networkName = QStringLiteral("four hospitals");
        for (int i = 0; i < 4; ++i) {
            m_keys.push_back(Ed25519::generate());
            m_config.members.append(Member{QStringLiteral("org-%1").arg(i), QStringLiteral("Org %1").arg(i),
                                           m_keys.back().publicKey, QByteArray(), QStringLiteral("https://127.0.0.1:%1").arg(9000 + i),
                                           QByteArray(32, char(i))});
        }
    }

    void quorumIsTwoThirdsPlusOne_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("quorum");
        QTest::newRow("1") << 1 << 1;
        QTest::newRow("3") << 3 << 3;
        QTest::newRow("4") << 4 << 3;
        QTest::newRow("7") << 7 << 5;
        QTest::newRow("10") << 10 << 7;
    }
    void quorumIsTwoThirdsPlusOne()
    {
        QFETCH(int, members);
        QFETCH(int, quorum);
        NetworkConfig c;
        for (int i = 0; i < members; ++i)
            c.members.append(Member{QString::number(i), {}, QByteArray(32, char(i)), {}, {}});
        QCOMPARE(c.quorum(), quorum);
    }

    void configRoundTripsAndItsHashIsTheNetworkId()
    {
        auto decoded = NetworkConfig::decode(m_config.encode());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->networkId(), m_config.networkId());
        QCOMPARE(decoded->members, m_config.members);
    }

    void configListingAnOrgTwiceIsRefused()
    {
        NetworkConfig c = m_config;
        c.members.append(c.members.first());
        QVERIFY(!NetworkConfig::decode(c.encode()).ok());
    }

    void headerIsFinalOnlyWithAQuorumOfDistinctValidMembers()
    {
        Block b = sampleBlock();
        SignedHeader &s = b.signedHeader;
        s.addSignature(QStringLiteral("org-0"), m_keys[0].secretKey);
        s.addSignature(QStringLiteral("org-1"), m_keys[1].secretKey);
        QCOMPARE(s.validSignatureCount(m_config), 2);
        QVERIFY(!s.verifyQuorum(m_config).ok());
        // The same member twice counts once.
        s.addSignature(QStringLiteral("org-1"), m_keys[1].secretKey);
        QVERIFY(!s.verifyQuorum(m_config).ok());
        // A member's name with another member's key does not count.
        s.addSignature(QStringLiteral("org-2"), m_keys[3].secretKey);
        QVERIFY(!s.verifyQuorum(m_config).ok());
        // An org outside the network does not count.
        s.signatures.append({QStringLiteral("mallory"), s.signatures.first().signature});
        QVERIFY(!s.verifyQuorum(m_config).ok());
        s.addSignature(QStringLiteral("org-3"), m_keys[3].secretKey);
        QVERIFY(s.verifyQuorum(m_config).ok());
        QCOMPARE(s.validSignatureCount(m_config), 3);
    }

    void signaturesCommitToEveryHeaderField()
    {
        Block b = sampleBlock();
        for (int i = 0; i < 3; ++i)
            b.signedHeader.addSignature(QStringLiteral("org-%1").arg(i), m_keys[i].secretKey);
        QVERIFY(b.signedHeader.verifyQuorum(m_config).ok());
        b.signedHeader.header.logSize += 1;
        QCOMPARE(b.signedHeader.validSignatureCount(m_config), 0);
    }

    void bodyMustMatchTheHeader()
    {
        Block b = sampleBlock();
        QVERIFY(b.verifyBody().ok());
        Block reordered = b;
        reordered.transactions.swapItemsAt(0, 1);
        QVERIFY(!reordered.verifyBody().ok());
        Block revalidated = b;
        revalidated.validity[1] = 0;
        QVERIFY(!revalidated.verifyBody().ok());
        Block dropped = b;
        dropped.transactions.removeLast();
        QVERIFY(!dropped.verifyBody().ok());
    }

    void blockRoundTripsThroughCanonicalCbor()
    {
        Block b = sampleBlock();
        b.signedHeader.addSignature(QStringLiteral("org-0"), m_keys[0].secretKey);
        auto decoded = Block::decode(b.encode());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->encode(), b.encode());
        QCOMPARE(decoded->signedHeader.header.hash(), b.signedHeader.header.hash());
        QVERIFY(!Block::decode(b.encode() + QByteArray(1, '\0')).ok());
        QVERIFY(!SignedHeader::decode(b.encode()).ok());
    }
};

QTEST_GUILESS_MAIN(TestBlock)
#include "tst_block.moc"
