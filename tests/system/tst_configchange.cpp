// Configuration changes on a real careledgerd (in-process FullNode, HTTPS):
// a one-org network (quorum 1 of 1) adds a second member, which makes the
// quorum 2 of 2 for the next change; the configuration in force survives a
// restart; the changes are listed for light nodes.

#include "support/TestNetwork.h"

#include "contract/Contract.h"
#include "core/Cbor.h"

#include <QTest>

using namespace careledger;
using namespace careledger::testing;

namespace {
const QString A = QStringLiteral("st-marys");

QList<quint64> configChanges(NodeClient &client)
{
    auto body = client.get(QStringLiteral("/v1/config/changes"));
    if (!body)
        return {};
    CborReader r(*body);
    QList<quint64> out;
    const qsizetype n = r.array(0, 1000);
    for (qsizetype i = 0; i < n && r.ok(); ++i)
        out.append(r.uint());
    r.leave();
    return r.finish() ? out : QList<quint64>{};
}
} // namespace

class TestConfigChange : public QObject {
    Q_OBJECT

private slots:
    void quorumOfTheMembersInForce();
};

void TestConfigChange::quorumOfTheMembersInForce()
{
    Status st;
    auto net = TestNetwork::start({A}, &st);
    QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
    auto client = net->client();
    const NetworkConfig v1 = net->config();
    const TestOrg &joining = net->newOrg(QStringLiteral("city-lab"));
    NetworkConfig v2 = v1.successor();
    v2.members.append(TestLedger::memberOf(joining));

    // Without the quorum (1 of 1): refused, nothing changes.
    auto receipts = client->submit({{net->configChange(v1, v2, A, {}, nowMs()).encode(), {}}});
    QVERIFY(receipts);
    QCOMPARE(receipts->first().code, quint16(Reason::ConfigNoQuorum));
    QCOMPARE(net->node().inspect([](FullNode &n) { return n.configInForce(); }), v1);

    // Endorsed by a non-member (the joining org itself): refused.
    Transaction byOutsider = net->configChange(v1, v2, A, {}, nowMs());
    byOutsider.endorsements.append(byOutsider.endorse(joining.id, joining.key.secretKey()));
    receipts = client->submit({{byOutsider.encode(), {}}});
    QVERIFY(receipts);
    QCOMPARE(receipts->first().code, quint16(Reason::EndorsementNotMember));

    // With it: final, and in force for the next block.
    const Transaction change = net->configChange(v1, v2, A, {A}, nowMs());
    receipts = client->submit({{change.encode(), {}}});
    QVERIFY(receipts);
    QVERIFY2(receipts->first().isFinal(), qPrintable(receipts->first().message));
    QCOMPARE(net->node().inspect([](FullNode &n) { return n.configInForce(); }), v2);
    QCOMPARE(configChanges(*client), QList<quint64>{receipts->first().logIndex});

    // Survives a restart.
    QVERIFY(net->node().restart().ok());
    client = net->client();
    QCOMPARE(net->node().inspect([](FullNode &n) { return n.configInForce(); }), v2);

    // Two members now: a quorum is both of them.
    NetworkConfig v3 = v2.successor();
    v3.policy.maxClockSkewMs = 5 * 60 * 1000;
    receipts = client->submit({{net->configChange(v2, v3, A, {A}, nowMs()).encode(), {}}});
    QVERIFY(receipts);
    QCOMPARE(receipts->first().code, quint16(Reason::ConfigNoQuorum));
    receipts = client->submit({{net->configChange(v2, v3, A, {A, joining.id}, nowMs()).encode(), {}}});
    QVERIFY(receipts);
    QVERIFY2(receipts->first().isFinal(), qPrintable(receipts->first().message));
    QCOMPARE(net->node().inspect([](FullNode &n) { return n.configInForce(); }).version, quint64(3));
    // A change naming version 1 again is out of order.
    receipts = client->submit({{net->configChange(v1, v2, A, {A}, nowMs()).encode(), {}}});
    QVERIFY(receipts);
    QCOMPARE(receipts->first().code, quint16(Reason::ConfigOutOfOrder));
    QCOMPARE(configChanges(*client).size(), 2);
}

QTEST_MAIN(TestConfigChange)
#include "tst_configchange.moc"
