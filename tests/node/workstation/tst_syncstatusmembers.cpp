// The workstation's "signed by X of N members" follows the configuration in
// force at the trusted header, not the genesis: two member full nodes ordering
// through a real etcd member (q = 2 of 2) and a workstation engine (light
// node) at member0. Before any change its status reads 2 of 2; once a change
// removes member1 (whose node keeps running and following the chain), a later
// header carries member0's signature alone and the status reads 1 of 1.
// Needs a Secret Service (scripts/test.sh provides one) and etcd.

#include "support/TestConsortium.h"

#include "keys/KeyStore.h"
#include "workstation/WorkstationEngine.h"

#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

using namespace careledger;
using namespace careledger::testing;

namespace {
constexpr const char *Password = "correct horse battery staple";
constexpr int WaitMs = 30000;
const QString Login = QStringLiteral("doctor-0");
} // namespace

class TestSyncStatusMembers : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void statusCountsTheGenesisMembersBeforeAnyChange();
    void statusCountsTheMembersInForceAfterARemoval();

private:
    quint64 submitOne(int member, const Transaction &tx)
    {
        auto r = m_net->client(member)->submit({{tx.encode(), {}}});
        if (!r || !r->first().isFinal())
            qFatal("submission to member %d is not final: %s", member,
                   qPrintable(r ? r->first().message : r.error().message));
        return r->first().height;
    }
    // The engine's status once it trusts a header at `height` or later.
    std::optional<SyncStatus> statusAt(quint64 height)
    {
        m_engine->syncNow();
        QDeadlineTimer deadline(WaitMs);
        while (!deadline.hasExpired()) {
            const SyncStatus s = m_engine->syncStatus();
            if (s.height >= height)
                return s;
            QTest::qWait(50);
        }
        return std::nullopt;
    }

    std::unique_ptr<TestConsortium> m_net;
    QTemporaryDir m_dir;
    QString m_keychain = QStringLiteral("CareLedgerTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    TestUser m_doctor;
    std::unique_ptr<WorkstationEngine> m_engine;
};

void TestSyncStatusMembers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ConsortiumOptions options;
    options.members = 2;
    options.etcdMembers = 1;
    Status st;
    m_net = TestConsortium::start(options, &st);
    QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
    m_doctor = TestLedger::newUser(m_net->orgId(0), Role::Doctor, QStringLiteral("Dr. Ana Alves"));
    submitOne(0, m_net->enrolByOrg(m_doctor, nowMs()));

    EngineSettings s;
    s.node.config = m_net->config();
    s.node.pinnedNetworkId = m_net->networkId();
    s.node.cachePath = m_dir.filePath(QStringLiteral("ws-cache.sqlite"));
    s.node.endpoints = {m_net->endpoint(0)};
    s.keychainService = m_keychain;
    s.accountsFile = m_dir.filePath(QStringLiteral("ws-accounts.ini"));
    s.workstationId = QStringLiteral("ws-0");
    s.newAccountCosts = KdfParams::withRandomSalt(1, 8ull * 1024 * 1024);
    s.pollIntervalMs = 300;
    s.accessFlushMs = 60'000;
    m_engine = std::make_unique<WorkstationEngine>(s);
    QSignalSpy started(m_engine.get(), &WorkstationEngine::started);
    m_engine->start();
    QVERIFY(started.wait(WaitMs));
    QSignalSpy created(m_engine.get(), &WorkstationEngine::accountCreated);
    m_engine->importAccount(Login, QString::fromLatin1(Password), m_doctor.key.secretKey().view().toByteArray());
    QVERIFY(created.wait(WaitMs));
    QSignalSpy signedIn(m_engine.get(), &WorkstationEngine::signedIn);
    QSignalSpy refused(m_engine.get(), &WorkstationEngine::signInFailed);
    m_engine->signIn(Login, QString::fromLatin1(Password), QString()); // these members ask no TOTP
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !refused.isEmpty(), WaitMs);
    QVERIFY2(!signedIn.isEmpty(), qPrintable(refused.value(0).value(1).toString()));
}

void TestSyncStatusMembers::cleanupTestCase()
{
    m_engine.reset();
    KeyStore keys(m_keychain);
    if (m_net)
        (void)keys.removeAccount(KeyStore::accountName(m_net->networkId(), Login));
    m_net.reset();
}

void TestSyncStatusMembers::statusCountsTheGenesisMembersBeforeAnyChange()
{
    const auto s = statusAt(*m_net->height(0));
    QVERIFY(s);
    QCOMPARE(s->members, 2);
    QCOMPARE(s->signers, 2);
}

void TestSyncStatusMembers::statusCountsTheMembersInForceAfterARemoval()
{
    const NetworkConfig v1 = m_net->config();
    NetworkConfig v2 = v1.successor();
    v2.members.removeLast(); // member1 leaves; its node keeps running
    const QString a = m_net->orgId(0), b = m_net->orgId(1);
    const quint64 changed = submitOne(0, m_net->configChange(v1, v2, a, {a, b}, nowMs()));
    // A block after the change: member0 alone is the quorum.
    const quint64 later = submitOne(0, m_net->enrolByOrg(TestLedger::newUser(a, Role::Nurse), nowMs()));
    QVERIFY(later > changed);
    QVERIFY(m_net->waitForHeight(1, later, WaitMs)); // the removed member follows the chain

    const auto s = statusAt(later);
    QVERIFY(s);
    QCOMPARE(s->members, 1);
    QCOMPARE(s->signers, 1);
}

QTEST_MAIN(TestSyncStatusMembers)
#include "tst_syncstatusmembers.moc"
