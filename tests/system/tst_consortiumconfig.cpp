// Endorsement policies and a configuration change on a real consortium: 4
// members ordering through 3 real etcd members on loopback (TestConsortium),
// under the consortium policy (records: the author's org and one other
// member; everything else: the author's org). A record collects a second
// member's endorsement over HTTPS before ordering and is final at every
// member; a change removing a member is refused without a quorum of the
// members in force and in force everywhere with it; a light node follows it
// and no longer counts the removed member's signature.

#include "support/TestConsortium.h"

#include "contract/Contract.h"
#include "light/LightSync.h"

#include <QtTest>

using namespace careledger;
using namespace careledger::testing;

namespace {
QString describe(const Error &e)
{
    return e.code + QStringLiteral(": ") + e.message;
}
} // namespace

class TstConsortiumConfig : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void recordIsEndorsedByTwoMembersAndFinalEverywhere();
    void removingAMemberNeedsAQuorum();
    void lightNodeFollowsTheChange();

private:
    TxReceipt submitOne(int member, const Transaction &tx, const QByteArray &ciphertext = {})
    {
        auto r = m_net->client(member)->submit({{tx.encode(), ciphertext}});
        if (!r)
            qFatal("submit to member %d failed: %s", member, qPrintable(describe(r.error())));
        return r->first();
    }
    bool allReach(quint64 height)
    {
        for (int i = 0; i < m_net->size(); ++i)
            if (!m_net->waitForHeight(i, height, 20000))
                return false;
        return true;
    }

    std::unique_ptr<TestConsortium> m_net;
    TestUser m_doctor;
    TestPatient m_patient = TestPatient::make(QStringLiteral("P-8001"), QStringLiteral("CONS-ORTI-UM01"));
    NetworkConfig m_v2;
    quint64 m_changeHeight = 0;
    QTemporaryDir m_dir;
};

void TstConsortiumConfig::initTestCase()
{
    ConsortiumOptions options;
    options.policy = Policy::consortium();
    options.policy.blockIntervalMs = 10;
    Status st;
    m_net = TestConsortium::start(options, &st);
    QVERIFY2(st, qPrintable(st ? QString() : describe(st.error())));
    QCOMPARE(m_net->config().quorum(), 3);
    m_doctor = TestLedger::newUser(m_net->orgId(0), Role::Doctor);
    // Everything but records needs the author's org alone: member 0 endorses its own enrolments.
    TxReceipt r = submitOne(0, m_net->enrolByOrg(m_doctor, nowMs()));
    QVERIFY2(r.isFinal(), qPrintable(r.message));
    r = submitOne(0, m_net->registerPatient(m_doctor, m_patient, nowMs()));
    QVERIFY2(r.isFinal(), qPrintable(r.message));
}

void TstConsortiumConfig::cleanupTestCase()
{
    m_net.reset();
}

void TstConsortiumConfig::recordIsEndorsedByTwoMembersAndFinalEverywhere()
{
    const SealedRecord sealed = m_net->seal(m_patient, m_net->orgId(0), QStringLiteral("Observation"));
    const Transaction record = m_net->record(m_doctor, sealed.version, nowMs());
    const TxReceipt r = submitOne(0, record, sealed.ciphertext);
    QVERIFY2(r.isFinal(), qPrintable(r.message));
    QVERIFY(allReach(r.height));
    for (int m = 0; m < m_net->size(); ++m) {
        const auto stored = m_net->member(m).inspect([&](FullNode &n) { return n.readStore().transactionById(record.id()); });
        QVERIFY2(stored && stored->code == 0, qPrintable(QStringLiteral("member %1").arg(m)));
        const auto tx = Transaction::decode(stored->bytes);
        QVERIFY(tx);
        QVERIFY(tx->hasEndorsementFrom(m_net->orgId(0)));
        QVERIFY(tx->endorsements.size() >= 2);
        QCOMPARE(Contract::checkEndorsements(*tx, m_net->config()), Reason::Ok);
    }
    // Submitted with an endorsement that does not count (another org's alone, at a
    // member that is not the author's): the author's org is asked over HTTPS too.
    const SealedRecord second = m_net->seal(m_patient, m_net->orgId(0), QStringLiteral("Observation"));
    const Transaction viaOther = m_net->record(m_doctor, second.version, nowMs());
    const TxReceipt r2 = submitOne(2, viaOther, second.ciphertext);
    QVERIFY2(r2.isFinal(), qPrintable(r2.message));
    const auto stored = m_net->member(2).inspect([&](FullNode &n) { return n.readStore().transactionById(viaOther.id()); });
    QVERIFY(stored);
    QVERIFY(Transaction::decode(stored->bytes)->hasEndorsementFrom(m_net->orgId(0)));
}

void TstConsortiumConfig::removingAMemberNeedsAQuorum()
{
    const NetworkConfig v1 = m_net->config();
    m_v2 = v1.successor();
    m_v2.members.removeLast(); // member3 leaves
    const QString a = m_net->orgId(0), b = m_net->orgId(1), c = m_net->orgId(2);

    // Two of four: ordered, and marked invalid at every member; nothing changes.
    TxReceipt r = submitOne(0, m_net->configChange(v1, m_v2, a, {a, b}, nowMs()));
    QCOMPARE(r.code, quint16(Reason::ConfigNoQuorum));
    for (int m = 0; m < m_net->size(); ++m)
        QCOMPARE(m_net->member(m).inspect([](FullNode &n) { return n.configInForce(); }), v1);

    // Three of four: in force at every member from the next block.
    r = submitOne(0, m_net->configChange(v1, m_v2, a, {a, b, c}, nowMs()));
    QVERIFY2(r.isFinal(), qPrintable(r.message));
    QVERIFY(allReach(r.height));
    m_changeHeight = r.height;
    for (int m = 0; m < m_net->size(); ++m)
        QCOMPARE(m_net->member(m).inspect([](FullNode &n) { return n.configInForce(); }), m_v2);

    // The removed member's endorsement no longer counts.
    const SealedRecord sealed = m_net->seal(m_patient, m_net->orgId(0), QStringLiteral("Observation"));
    const Transaction record = m_net->endorsed(m_net->record(m_doctor, sealed.version, nowMs()), {a, m_net->orgId(3)});
    r = submitOne(1, record, sealed.ciphertext);
    QCOMPARE(r.code, quint16(Reason::EndorsementNotMember));
}

void TstConsortiumConfig::lightNodeFollowsTheChange()
{
    QCOMPARE(m_v2.version, quint64(2));
    // The removed organisation shuts its node down. (Ordering still takes its
    // signer set from the genesis, so while member3 ran, a block it signed with
    // two others was committed although it is no quorum of the members in
    // force; light nodes rightly refuse such a block.)
    m_net->stopMember(3);
    // A block after the change, signed under the new configuration.
    const TxReceipt r = submitOne(1, m_net->enrolByOrg(TestLedger::newUser(m_net->orgId(1), Role::Nurse), nowMs()));
    QVERIFY2(r.isFinal(), qPrintable(r.message));
    QVERIFY(r.height > m_changeHeight);
    QVERIFY(m_net->waitForHeight(1, r.height, 20000));
    LightNodeSettings s;
    s.config = m_net->config();
    s.pinnedNetworkId = s.config.networkId();
    s.cachePath = m_dir.filePath(QStringLiteral("light.sqlite"));
    s.endpoints = {m_net->endpoint(1)};
    LightSync sync(s);
    QVERIFY(sync.open());
    auto trusted = sync.syncOnce();
    QVERIFY2(trusted, qPrintable(trusted ? QString() : describe(trusted.error())));
    QCOMPARE(sync.verifier().config(), m_v2);

    // The newest header, with signatures of members 1, 2 and 3 only: a quorum
    // under the genesis, two of three after member3 left.
    auto tip = m_net->client(1)->tip();
    QVERIFY(tip);
    SignedHeader byOldSet;
    byOldSet.header = tip->header;
    for (int m : {1, 2, 3})
        byOldSet.addSignature(m_net->orgId(m), m_net->org(m_net->orgId(m)).key.secretKey());
    QVERIFY(byOldSet.verifyQuorum(m_net->config()));
    QCOMPARE(sync.verifier().checkSignatures(byOldSet).error().code, QStringLiteral("no_quorum"));

    // Restarted, it verifies against the new set at once.
    LightSync again(s);
    QVERIFY(again.open());
    QCOMPARE(again.verifier().config(), m_v2);
    QVERIFY(again.syncOnce());
}

QTEST_MAIN(TstConsortiumConfig)
#include "tst_consortiumconfig.moc"
