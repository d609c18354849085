// Endorsement over HTTPS between two real members: each runs careledgerd
// (an in-process FullNode on its own thread, its own data directory, TLS
// certificate and port), both listed in the genesis with the consortium
// policy (records: the author's org and one other member; everything else:
// the author's org). Both start from the same chain, written with both org
// keys (ChainWriter), so each checks what it is asked against the same state.
//
// Blocks of a two-member network need both members' signatures to be final
// for light nodes; ordering through etcd is not part of this test: the
// submitting member orders alone, which is enough to see what it records.

#include "support/Careledgerd.h"
#include "support/ChainWriter.h"
#include "support/TestNetwork.h"

#include "contract/Contract.h"
#include "crypto/Ed25519.h"
#include "ledger/Domains.h"

#include <QTest>

using namespace careledger;
using namespace careledger::testing;

namespace {
const QString A = QStringLiteral("hospital-a");
const QString B = QStringLiteral("hospital-b");
} // namespace

class TestEndorsement : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void recordCarriesBothMembersEndorsements();
    void memberDownRefusesAndRecordsNothing();
    void memberRefusalReachesTheClient();
    void authorsOrgAloneNeedsNoOtherMember();
    void endorseRouteChecksBeforeSigning();

private:
    std::unique_ptr<NodeClient> clientOf(const TestNode &node) { return node.client(20000); }
    bool recordedAt(TestNode &node, const QByteArray &txId)
    {
        return node.inspect([&](FullNode &n) { return n.readStore().transactionById(txId).has_value(); });
    }

    std::unique_ptr<QTemporaryDir> m_dirs;
    std::unique_ptr<TestLedger> m_net;
    std::unique_ptr<TestNode> m_a;
    std::unique_ptr<TestNode> m_b;
    TestUser m_doctor = TestLedger::newUser(A, Role::Doctor);
    TestUser m_revokedAtB = TestLedger::newUser(A, Role::Doctor); // revoked in B's copy of the chain only
    TestUser m_nurse = TestLedger::newUser(A, Role::Nurse);
    TestPatient m_patient = TestPatient::make(QStringLiteral("P-7001"), QStringLiteral("ENDO-RSE1-2345"));
};

void TestEndorsement::init()
{
    m_dirs = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dirs->isValid());
    const QStringList hosts{QStringLiteral("127.0.0.1"), QStringLiteral("localhost")};
    auto tlsA = TlsIdentity::generate(A, hosts, 30);
    auto tlsB = TlsIdentity::generate(B, hosts, 30);
    QVERIFY(tlsA && tlsB);
    Policy policy = Policy::consortium();
    policy.blockIntervalMs = 10;
    m_net = std::make_unique<TestLedger>(QStringList{A, B},
                                         QList<QByteArray>{TlsIdentity::pemToDer(tlsA->certificatePem),
                                                           TlsIdentity::pemToDer(tlsB->certificatePem)},
                                         policy);
    // The genesis names each member's real endpoint: the ports are chosen first.
    const quint16 portA = freeLoopbackPort();
    const quint16 portB = freeLoopbackPort();
    m_net->setEndpoint(A, QStringLiteral("https://127.0.0.1:%1").arg(portA));
    m_net->setEndpoint(B, QStringLiteral("https://127.0.0.1:%1").arg(portB));
    const NetworkConfig genesis = m_net->config();

    const quint64 t0 = nowMs();
    auto own = [this](const Transaction &tx) { return qMakePair(m_net->endorsed(tx, {tx.org}).encode(), QByteArray()); };
    const QList<QPair<QByteArray, QByteArray>> setup{own(m_net->enrolByOrg(m_doctor, t0)),
                                                     own(m_net->enrolByOrg(m_revokedAtB, t0)),
                                                     own(m_net->enrolByOrg(m_nurse, t0)),
                                                     own(m_net->registerPatient(m_nurse, m_patient, t0))};
    for (const QString &self : {A, B}) {
        const QString other = self == A ? B : A;
        ChainWriter writer(genesis, {m_net->org(self), m_net->org(other)}, t0);
        QVERIFY(writer.create(m_dirs->filePath(self), self == A ? *tlsA : *tlsB).ok());
        QVERIFY(writer.appendBlock(setup).ok());
        if (self == B)
            QVERIFY(writer.appendBlock({own(m_net->revoke(m_revokedAtB, m_net->org(A).key, t0))}).ok());
        QVERIFY(writer.commit().ok());
    }
    m_a = std::make_unique<TestNode>();
    m_b = std::make_unique<TestNode>();
    Status st = m_a->open(m_dirs->filePath(A), portA);
    QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
    st = m_b->open(m_dirs->filePath(B), portB);
    QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
}

void TestEndorsement::cleanup()
{
    m_a.reset();
    m_b.reset();
    m_net.reset();
    m_dirs.reset();
}

void TestEndorsement::recordCarriesBothMembersEndorsements()
{
    // The workstation submits a record with no endorsement at all.
    const SealedRecord sealed = m_net->seal(m_patient, A, QStringLiteral("Observation"));
    const Transaction tx = m_net->record(m_doctor, sealed.version, nowMs());
    QVERIFY(tx.endorsements.isEmpty());
    auto receipts = clientOf(*m_a)->submit({{tx.encode(), sealed.ciphertext}});
    QVERIFY2(receipts, qPrintable(receipts ? QString() : receipts.error().message));
    QCOMPARE(receipts->size(), 1);
    QVERIFY2(receipts->first().isFinal(), qPrintable(receipts->first().message));
    QCOMPARE(receipts->first().txId, tx.id());

    // What A recorded carries A's own endorsement and B's, both valid.
    const auto stored = m_a->inspect([&](FullNode &n) { return n.readStore().transactionById(tx.id()); });
    QVERIFY(stored);
    auto decoded = Transaction::decode(stored->bytes);
    QVERIFY(decoded);
    QCOMPARE(decoded->id(), tx.id());
    QStringList orgs;
    for (const Endorsement &e : decoded->endorsements) {
        orgs << e.org;
        QVERIFY(Ed25519::verify(m_net->config().member(e.org)->orgKey, Domains::Endorsement, tx.id(), e.signature));
    }
    orgs.sort();
    QCOMPARE(orgs, (QStringList{A, B}));
    QCOMPARE(Contract::checkEndorsements(*decoded, m_net->config()), Reason::Ok);
}

void TestEndorsement::memberDownRefusesAndRecordsNothing()
{
    m_b.reset(); // hospital-b's node is down
    const SealedRecord sealed = m_net->seal(m_patient, A, QStringLiteral("Observation"));
    const Transaction tx = m_net->record(m_doctor, sealed.version, nowMs());
    auto receipts = clientOf(*m_a)->submit({{tx.encode(), sealed.ciphertext}});
    QVERIFY2(receipts, qPrintable(receipts ? QString() : receipts.error().message));
    const TxReceipt &r = receipts->first();
    QVERIFY(!r.isFinal());
    QCOMPARE(r.code, quint16(Reason::EndorsementPolicyUnmet));
    QVERIFY2(r.message.contains(QStringLiteral("hospital-b could not be reached")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("1 other member")), qPrintable(r.message));
    QVERIFY(!recordedAt(*m_a, tx.id()));
    QVERIFY(!m_a->inspect([&](FullNode &n) { return n.readStore().payload(sealed.version.ciphertextHash).has_value(); }));
}

void TestEndorsement::memberRefusalReachesTheClient()
{
    // In B's state this doctor is revoked: B refuses, with the contract's reason.
    const SealedRecord sealed = m_net->seal(m_patient, A, QStringLiteral("Observation"));
    const Transaction tx = m_net->record(m_revokedAtB, sealed.version, nowMs());
    auto receipts = clientOf(*m_a)->submit({{tx.encode(), sealed.ciphertext}});
    QVERIFY2(receipts, qPrintable(receipts ? QString() : receipts.error().message));
    const TxReceipt &r = receipts->first();
    QVERIFY(!r.isFinal());
    QCOMPARE(r.code, quint16(Reason::AuthorRevoked));
    QVERIFY2(r.message.contains(QStringLiteral("hospital-b refused")), qPrintable(r.message));
    QVERIFY(!recordedAt(*m_a, tx.id()));
    QVERIFY(!recordedAt(*m_b, tx.id()));
}

void TestEndorsement::authorsOrgAloneNeedsNoOtherMember()
{
    // Everything but records needs only the author's org: A endorses a patient
    // registration itself, even with B down.
    m_b.reset();
    const TestPatient other = TestPatient::make(QStringLiteral("P-7002"), QStringLiteral("ENDO-RSE2-6789"));
    const Transaction tx = m_net->registerPatient(m_nurse, other, nowMs());
    auto receipts = clientOf(*m_a)->submit({{tx.encode(), {}}});
    QVERIFY2(receipts, qPrintable(receipts ? QString() : receipts.error().message));
    QVERIFY2(receipts->first().isFinal(), qPrintable(receipts->first().message));
    const auto stored = m_a->inspect([&](FullNode &n) { return n.readStore().transactionById(tx.id()); });
    QVERIFY(stored);
    QCOMPARE(Transaction::decode(stored->bytes)->endorsements.size(), 1);
    QCOMPARE(Transaction::decode(stored->bytes)->endorsements.first().org, A);
}

void TestEndorsement::endorseRouteChecksBeforeSigning()
{
    const QString endpoint = m_b->endpoint();
    const QByteArray pinned = m_b->certificateDer();
    // Not a transaction.
    HttpReply reply = httpRequest(endpoint, pinned, "POST", QStringLiteral("/v1/endorse"), QByteArray("\x01\x02", 2));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("malformed"));
    // Valid in form, refused by B's state.
    const SealedRecord sealed = m_net->seal(m_patient, A, QStringLiteral("Observation"));
    reply = httpRequest(endpoint, pinned, "POST", QStringLiteral("/v1/endorse"),
                        m_net->record(m_revokedAtB, sealed.version, nowMs()).encode());
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("author_revoked"));
    // A configuration change is never endorsed on request: admins sign those.
    NetworkConfig next = m_net->config().successor();
    next.policy.maxClockSkewMs = 60'000;
    reply = httpRequest(endpoint, pinned, "POST", QStringLiteral("/v1/endorse"),
                        m_net->configChange(m_net->config(), next, A, {}, nowMs()).encode());
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("needs_admin"));
    // A valid record: B's endorsement, over the id, by B's org key.
    const Transaction tx = m_net->record(m_doctor, sealed.version, nowMs());
    auto endorsement = clientOf(*m_b)->endorse(tx.encode());
    QVERIFY2(endorsement, qPrintable(endorsement ? QString() : endorsement.error().message));
    QCOMPARE(endorsement->org, B);
    QVERIFY(Ed25519::verify(m_net->org(B).key.publicKey, Domains::Endorsement, tx.id(), endorsement->signature));
    // Endorsing records nothing.
    QVERIFY(!recordedAt(*m_b, tx.id()));
}

QTEST_MAIN(TestEndorsement)
#include "tst_endorsement.moc"
