// Endorsement policies and a configuration change on a real consortium: 4
// members ordering through 3 real etcd members on loopback (TestConsortium),
// under the consortium policy (records: the author's org and one other
// member; everything else: the author's org). A record collects a second
// member's endorsement over HTTPS before ordering and is final at every
// member; a change removing a member is refused without a quorum of the
// members in force and in force everywhere with it; ordering then counts the
// signatures of the members in force only (the removed member's node keeps
// running, follows the chain and neither proposes nor signs); a light node
// follows the change and no longer counts the removed member's signature; a
// member added back raises the quorum ordering waits for from the next block.

#include "support/TestConsortium.h"

#include "contract/Contract.h"
#include "light/LightSync.h"

#include <QJsonDocument>
#include <QJsonObject>
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
    void orderingCountsOnlyTheMembersInForce();
    void lightNodeFollowsTheChange();
    void addingAMemberRaisesTheQuorumOfOrdering();

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
    // The orgs whose signatures member m stored on its block `height`.
    QStringList signersAt(int m, quint64 height)
    {
        const auto header = m_net->member(m).inspect([&](FullNode &n) { return n.readStore().signedHeader(height); });
        if (!header)
            return {QStringLiteral("<no block %1 at member %2>").arg(height).arg(m)};
        QStringList orgs;
        for (const HeaderSignature &sig : header->signatures)
            orgs << sig.org;
        return orgs;
    }
    // Whether `org` published a signature for block `height` in etcd.
    bool signedInEtcd(const QString &org, quint64 height)
    {
        const QByteArray key = "/careledger/" + m_net->networkId().toHex() + "/s/"
                               + QByteArray::number(height).rightJustified(20, '0') + '/' + org.toUtf8();
        for (int e = 0; e < m_net->etcd().size(); ++e) {
            const QJsonObject answer = etcdPost(m_net->etcd().endpoint(e), QStringLiteral("/v3/kv/range"),
                                                QJsonDocument(QJsonObject{{QStringLiteral("key"), QString::fromLatin1(key.toBase64())}})
                                                    .toJson(QJsonDocument::Compact));
            if (!answer.isEmpty())
                return answer.value(QStringLiteral("count")).toString().toInt() > 0;
        }
        qFatal("no etcd member answered");
        return false;
    }
    // An enrolment submitted to `member` on a thread of its own: it waits while ordering cannot commit.
    std::unique_ptr<Background<TxReceipt>> submitInBackground(int member)
    {
        const Transaction tx = m_net->enrolByOrg(TestLedger::newUser(m_net->orgId(member), Role::Nurse), nowMs());
        return std::make_unique<Background<TxReceipt>>([this, member, tx] {
            auto r = m_net->client(member, 60000)->submit({{tx.encode(), {}}});
            return r ? r->first() : TxReceipt{};
        });
    }
    // Submits to `member` while `away` is stopped: nothing commits (the members in
    // force that run are below the quorum) until `away` returns. The block's height.
    Result<quint64> waitsForTheQuorum(int member, int away, const QList<int> &running)
    {
        const quint64 before = *m_net->height(member);
        m_net->stopMember(away);
        auto waiting = submitInBackground(member);
        QTest::qWait(2000);
        for (int m : running)
            if (m_net->height(m) != before)
                return makeError(QStringLiteral("committed"),
                                 QStringLiteral("member %1 committed a block without a quorum of the members in force").arg(m));
        if (Status st = m_net->restartMember(away); !st)
            return st.error();
        const TxReceipt r = waiting->result();
        if (!r.isFinal() || r.height != before + 1)
            return makeError(QStringLiteral("not_final"), QStringLiteral("the waiting submission is not final at %1 once member %2 "
                                                                         "is back: %3")
                                                              .arg(before + 1)
                                                              .arg(away)
                                                              .arg(r.message));
        return r.height;
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

void TstConsortiumConfig::orderingCountsOnlyTheMembersInForce()
{
    QVERIFY(m_changeHeight > 0);
    const QString member3 = m_net->orgId(3);
    // member3's node keeps running. A block after the change is final, signed
    // by the three members in force; member3's node follows the chain.
    TxReceipt r = submitOne(1, m_net->enrolByOrg(TestLedger::newUser(m_net->orgId(1), Role::Nurse), nowMs()));
    QVERIFY2(r.isFinal(), qPrintable(r.message));
    QVERIFY(r.height > m_changeHeight);
    QVERIFY(allReach(r.height));
    for (int m = 0; m < m_net->size(); ++m) {
        // The change's own block was decided under the genesis, the ones after it under v2.
        for (quint64 h = 1; h <= r.height; ++h) {
            const auto header = m_net->member(m).inspect([&](FullNode &n) { return n.readStore().signedHeader(h); });
            QVERIFY(header);
            QVERIFY(header->verifyQuorum(h <= m_changeHeight ? m_net->config() : m_v2));
            if (h > m_changeHeight)
                QVERIFY2(!signersAt(m, h).contains(member3), qPrintable(QStringLiteral("block %1 at member %2").arg(h).arg(m)));
        }
        QCOMPARE(m_net->member(m).inspect([](FullNode &n) { return n.producer().status().quorum; }), m_v2.quorum());
    }
    // Its node no longer signs at all (it is no member).
    QVERIFY(!signedInEtcd(member3, r.height));

    // member2 away: members 0 and 1 sign, and with member3 the block would have
    // three signatures, a quorum of the genesis but two of the three members in
    // force. Nothing is committed until member2 is back.
    const auto waited = waitsForTheQuorum(1, 2, {0, 1, 3});
    QVERIFY2(waited, qPrintable(waited ? QString() : describe(waited.error())));
    const quint64 h = *waited;
    QVERIFY(allReach(h));
    for (int m = 0; m < m_net->size(); ++m)
        QCOMPARE(signersAt(m, h), (QStringList{m_net->orgId(0), m_net->orgId(1), m_net->orgId(2)}));
    QVERIFY(!signedInEtcd(member3, h));
}

void TstConsortiumConfig::lightNodeFollowsTheChange()
{
    QCOMPARE(m_v2.version, quint64(2));
    // The chain after the change, served by the removed member's node (it still follows it).
    const quint64 top = *m_net->height(1);
    QVERIFY(top > m_changeHeight + 1);
    QVERIFY(m_net->waitForHeight(3, top, 20000));
    LightNodeSettings s;
    s.config = m_net->config();
    s.pinnedNetworkId = s.config.networkId();
    s.cachePath = m_dir.filePath(QStringLiteral("light.sqlite"));
    s.endpoints = {m_net->endpoint(3)};
    LightSync sync(s);
    QVERIFY(sync.open());
    auto trusted = sync.syncOnce();
    QVERIFY2(trusted, qPrintable(trusted ? QString() : describe(trusted.error())));
    QCOMPARE(trusted->height, top);
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

void TstConsortiumConfig::addingAMemberRaisesTheQuorumOfOrdering()
{
    const QString a = m_net->orgId(0), b = m_net->orgId(1), c = m_net->orgId(2);
    // member2 leaves too: two members, quorum 2.
    NetworkConfig v3 = m_v2.successor();
    v3.members.removeLast();
    TxReceipt r = submitOne(0, m_net->configChange(m_v2, v3, a, {a, b, c}, nowMs()));
    QVERIFY2(r.isFinal(), qPrintable(r.message));
    QVERIFY(allReach(r.height));
    QCOMPARE(v3.quorum(), 2);
    QCOMPARE(m_net->member(0).inspect([](FullNode &n) { return n.producer().status().quorum; }), 2);
    // member3 comes back: three members, quorum 3, from the block after the one that adds it.
    NetworkConfig v4 = v3.successor();
    v4.members.append(m_net->config().members[3]);
    QCOMPARE(v4.quorum(), 3);
    r = submitOne(0, m_net->configChange(v3, v4, a, {a, b}, nowMs()));
    QVERIFY2(r.isFinal(), qPrintable(r.message));
    QVERIFY(allReach(r.height));
    const quint64 added = r.height;
    for (int m = 0; m < m_net->size(); ++m) {
        QCOMPARE(m_net->member(m).inspect([](FullNode &n) { return n.configInForce(); }), v4);
        // The block that adds member3 was decided by the two members of v3.
        QCOMPARE(signersAt(m, added), (QStringList{a, b}));
        QCOMPARE(m_net->member(m).inspect([](FullNode &n) { return n.producer().status().quorum; }), 3);
    }
    // The next block is member3's to sign too.
    r = submitOne(1, m_net->enrolByOrg(TestLedger::newUser(b, Role::Nurse), nowMs()));
    QVERIFY2(r.isFinal(), qPrintable(r.message));
    QVERIFY(allReach(r.height));
    QVERIFY(signedInEtcd(m_net->orgId(3), r.height));

    // member3 away: members 0 and 1 are a quorum of v3 (and with the removed
    // member2, of the genesis), not of v4. Nothing commits until member3 is back.
    const auto waited = waitsForTheQuorum(1, 3, {0, 1, 2});
    QVERIFY2(waited, qPrintable(waited ? QString() : describe(waited.error())));
    const quint64 h = *waited;
    QVERIFY(allReach(h));
    for (int m = 0; m < m_net->size(); ++m)
        QCOMPARE(signersAt(m, h), (QStringList{a, b, m_net->orgId(3)}));
    QVERIFY(!signedInEtcd(c, h));

    // A light node follows both changes and accepts the newest header.
    LightNodeSettings s;
    s.config = m_net->config();
    s.pinnedNetworkId = s.config.networkId();
    s.cachePath = m_dir.filePath(QStringLiteral("light-v4.sqlite"));
    s.endpoints = {m_net->endpoint(2)};
    LightSync sync(s);
    QVERIFY(sync.open());
    QVERIFY(m_net->waitForHeight(2, h, 20000));
    auto trusted = sync.syncOnce();
    QVERIFY2(trusted, qPrintable(trusted ? QString() : describe(trusted.error())));
    QCOMPARE(trusted->height, h);
    QCOMPARE(sync.verifier().config(), v4);
}

QTEST_MAIN(TstConsortiumConfig)
#include "tst_consortiumconfig.moc"
