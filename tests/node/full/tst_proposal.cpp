// Proposal: what a member writes to etcd for block h. It round-trips
// canonically, and only a member's own proposal signature over exactly this
// header verifies.

#include "full/Proposal.h"

#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"
#include "ledger/NetworkConfig.h"

#include <QTest>

using namespace careledger;

class TestProposal : public QObject {
    Q_OBJECT

    Ed25519::KeyPair m_key = Ed25519::generate();
    Ed25519::KeyPair m_stranger = Ed25519::generate();
    NetworkConfig m_config;

    Proposal make() const
    {
        Proposal p;
        BlockHeader &h = p.block.signedHeader.header;
        h.networkId = m_config.networkId();
        h.height = 3;
        h.previousHash = Sha256::hash("2");
        h.txRoot = Block::txRootOf({});
        h.logRoot = Sha256::hash("log");
        h.logSize = 10;
        h.validityHash = Block::validityHashOf({});
        h.timestampMs = 1700000000000;
        h.proposer = QStringLiteral("st-marys");
        p.payloads = {QByteArray("ciphertext one"), QByteArray("ciphertext two")};
        p.sign(m_key.secretKey);
        return p;
    }

private slots:
    void initTestCase()
    {
        m_config.networkName = QStringLiteral("proposal-test");
        m_config.members.append(Member{QStringLiteral("st-marys"), QStringLiteral("St Mary's"), m_key.publicKey,
                                       QByteArray("cert"), QStringLiteral("https://a.example:8443"), QByteArray(32, 'k')});
    }

    void roundTrips()
    {
        const Proposal p = make();
        auto decoded = Proposal::decode(p.encode());
        QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().message));
        QCOMPARE(decoded->block.encode(), p.block.encode());
        QCOMPARE(decoded->payloads, p.payloads);
        QCOMPARE(decoded->proposerSignature, p.proposerSignature);
        QVERIFY(decoded->verifyProposer(m_config));
    }

    void aChangedHeaderNoLongerVerifies()
    {
        Proposal p = make();
        p.block.signedHeader.header.timestampMs += 1;
        const Status st = p.verifyProposer(m_config);
        QVERIFY(!st);
        QCOMPARE(st.error().code, QStringLiteral("bad_signature"));
    }

    void aNonMemberCannotPropose()
    {
        Proposal p = make();
        p.block.signedHeader.header.proposer = QStringLiteral("stranger");
        p.sign(m_stranger.secretKey);
        const Status st = p.verifyProposer(m_config);
        QVERIFY(!st);
        QCOMPARE(st.error().code, QStringLiteral("not_member"));
    }

    void aProposalSignatureIsNotAHeaderSignature()
    {
        // Losing the race for a height must leave the proposer free to sign the winner:
        // its bid is signed in another domain and does not count towards a quorum.
        const Proposal p = make();
        SignedHeader asHeader{p.block.signedHeader.header, {HeaderSignature{QStringLiteral("st-marys"), p.proposerSignature}}};
        QCOMPARE(asHeader.validSignatureCount(m_config), 0);
    }

    void garbageIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = make().encode();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << good.left(good.size() - 5);
        QTest::newRow("trailing byte") << good + '\0';
        QTest::newRow("not cbor") << QByteArray("{\"block\":1}");
    }
    void garbageIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!Proposal::decode(bytes));
    }
};

QTEST_GUILESS_MAIN(TestProposal)
#include "tst_proposal.moc"
