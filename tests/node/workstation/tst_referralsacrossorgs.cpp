// A referral between two organisations of one consortium, end to end: two
// member full nodes ordering through a real etcd member (every block signed
// by both, q = 2 of 2), and one workstation engine (light node) per
// organisation, each served by its own member. Dr. A (member0) refers a
// patient of hers to Dr. B (member1): without the patient's consent to
// member1 no record travels (refused before anything is signed) and the
// request alone reaches member1 with the patient's id only; with the consent,
// a record written after it travels too, its key re-wrapped by member0's
// workstation; member1's light node syncs the referred patient with proofs,
// reads the shared records, accepts, starts and completes with a report that
// member0 reads; member1 cannot cancel, member0 cannot accept.
// Needs a Secret Service (scripts/test.sh provides one) and etcd.

#include "support/TestConsortium.h"
#include "support/SignalAnswer.h"

#include "contract/Reason.h"
#include "fhir/SyntheticPatients.h"
#include "keys/KeyStore.h"
#include "workstation/WorkstationEngine.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

using namespace careledger;
using namespace careledger::testing;

namespace {
constexpr const char *Password = "correct horse battery staple";
constexpr int WaitMs = 30000;
using Item = QPair<QByteArray, QByteArray>;

std::optional<ReferralSummary> find(const WorkstationEngine &engine, const QByteArray &referralId)
{
    for (const ReferralSummary &r : engine.referrals())
        if (r.referralId == referralId)
            return r;
    return std::nullopt;
}
} // namespace

class TestReferralsAcrossOrgs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void withoutConsentOnlyTheRequestTravels();
    void withConsentTheRecordsTravelAndTheLifecycleCompletes();

private:
    void submit(int member, const QList<Item> &items);
    std::unique_ptr<WorkstationEngine> startEngine(int member, const TestUser &user);
    QString create(WorkstationEngine &engine, const ReferralDraft &draft, QByteArray *id, QString *message = nullptr);
    QString transition(WorkstationEngine &engine, const ReferralAction &action);
    bool waitFor(WorkstationEngine &engine, const QByteArray &id, ReferralStatus status);

    std::unique_ptr<TestConsortium> m_net;
    QTemporaryDir m_dir;
    QString m_keychain = QStringLiteral("CareLedgerTest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    TestUser m_doctorA;
    TestUser m_doctorB;
    SyntheticPatient m_synthetic;
    std::optional<TestPatient> m_patient;
    QByteArray m_earlyCondition; // written before any consent
    std::unique_ptr<WorkstationEngine> m_a;
    std::unique_ptr<WorkstationEngine> m_b;
};

void TestReferralsAcrossOrgs::submit(int member, const QList<Item> &items)
{
    auto receipts = m_net->client(member)->submit(items);
    QVERIFY2(receipts, qPrintable(receipts ? QString() : receipts.error().message));
    for (const TxReceipt &r : *receipts)
        QVERIFY2(r.isFinal(), qPrintable(r.message + QStringLiteral(" (code %1)").arg(r.code)));
}

std::unique_ptr<WorkstationEngine> TestReferralsAcrossOrgs::startEngine(int member, const TestUser &user)
{
    const QString name = QStringLiteral("ws-%1").arg(member);
    const QString login = QStringLiteral("doctor-%1").arg(member); // one keychain: a login each
    EngineSettings s;
    s.node.config = m_net->config();
    s.node.pinnedNetworkId = m_net->networkId();
    s.node.cachePath = m_dir.filePath(name + QStringLiteral("-cache.sqlite"));
    s.node.endpoints = {m_net->endpoint(member)};
    s.keychainService = m_keychain;
    s.accountsFile = m_dir.filePath(name + QStringLiteral("-accounts.ini"));
    s.workstationId = name;
    s.newAccountCosts = KdfParams::withRandomSalt(1, 8ull * 1024 * 1024);
    s.pollIntervalMs = 300;
    s.accessFlushMs = 60'000;
    auto engine = std::make_unique<WorkstationEngine>(s);
    QSignalSpy started(engine.get(), &WorkstationEngine::started);
    engine->start();
    if (!started.wait(WaitMs))
        qFatal("workstation of member %d did not start", member);
    QSignalSpy created(engine.get(), &WorkstationEngine::accountCreated);
    engine->importAccount(login, QString::fromLatin1(Password), user.key.secretKey().view().toByteArray());
    if (!created.wait(WaitMs))
        qFatal("no account at member %d", member);
    QSignalSpy signedIn(engine.get(), &WorkstationEngine::signedIn);
    QSignalSpy refused(engine.get(), &WorkstationEngine::signInFailed);
    engine->signIn(login, QString::fromLatin1(Password), QString()); // these members ask no TOTP
    QDeadlineTimer deadline(WaitMs);
    while (signedIn.isEmpty() && refused.isEmpty() && !deadline.hasExpired())
        QTest::qWait(50);
    if (signedIn.isEmpty())
        qFatal("sign-in at member %d: %s", member, qPrintable(refused.value(0).value(1).toString()));
    return engine;
}

void TestReferralsAcrossOrgs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ConsortiumOptions options;
    options.members = 2;
    options.etcdMembers = 1;
    Status st;
    m_net = TestConsortium::start(options, &st);
    QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
    const QString a = m_net->orgId(0);
    const QString b = m_net->orgId(1);
    m_doctorA = TestLedger::newUser(a, Role::Doctor, QStringLiteral("Dr. Ana Alves"));
    m_doctorB = TestLedger::newUser(b, Role::Doctor, QStringLiteral("Dr. Ben Brandt"));
    submit(0, {{m_net->enrolByOrg(m_doctorA, nowMs()).encode(), {}}});
    submit(1, {{m_net->enrolByOrg(m_doctorB, nowMs()).encode(), {}}});

    // Member0's patient: registered there with the demographics and one condition.
    // The first synthetic patient with a problem on their list.
    const SyntheticPatients generator(7);
    auto hasCondition = [](const SyntheticPatient &p) {
        return std::any_of(p.records.cbegin(), p.records.cend(), [](const QJsonObject &r) {
            return r.value(QStringLiteral("resourceType")).toString() == QLatin1String("Condition");
        });
    };
    for (int i = 0; i < 50 && !hasCondition(m_synthetic); ++i)
        m_synthetic = generator.make(i, QDateTime::currentDateTimeUtc());
    QVERIFY(hasCondition(m_synthetic));
    m_patient = TestPatient::make(m_synthetic.patientId, m_synthetic.privateId);
    QList<Item> items{{m_net->registerPatient(m_doctorA, *m_patient, nowMs()).encode(), {}}};
    const SealedRecord demographics = m_net->seal(*m_patient, a, QStringLiteral("Patient"),
                                                  QJsonDocument(m_synthetic.patient).toJson(QJsonDocument::Compact));
    items.append({m_net->record(m_doctorA, demographics.version, nowMs()).encode(), demographics.ciphertext});
    for (const QJsonObject &r : m_synthetic.records) {
        if (r.value(QStringLiteral("resourceType")).toString() != QLatin1String("Condition"))
            continue;
        const SealedRecord condition = m_net->seal(*m_patient, a, QStringLiteral("Condition"), QJsonDocument(r).toJson(QJsonDocument::Compact));
        const Transaction tx = m_net->record(m_doctorA, condition.version, nowMs());
        m_earlyCondition = tx.id();
        items.append({tx.encode(), condition.ciphertext});
        break;
    }
    QVERIFY(!m_earlyCondition.isEmpty());
    submit(0, items);

    m_a = startEngine(0, m_doctorA);
    m_b = startEngine(1, m_doctorB);
    QTRY_COMPARE_WITH_TIMEOUT(m_a->patients().size(), 1, WaitMs);
    QCOMPARE(m_b->patients().size(), 0); // member1 knows nothing of member0's patient yet
    QVERIFY(m_a->referralDoctors().size() == 1 && m_a->referralDoctors().first().orgId == b);
}

void TestReferralsAcrossOrgs::cleanupTestCase()
{
    m_a.reset();
    m_b.reset();
    KeyStore keys(m_keychain);
    if (m_net)
        for (const QString &login : {QStringLiteral("doctor-0"), QStringLiteral("doctor-1")})
            (void)keys.removeAccount(KeyStore::accountName(m_net->networkId(), login));
    m_net.reset();
}

QString TestReferralsAcrossOrgs::create(WorkstationEngine &engine, const ReferralDraft &draft, QByteArray *id, QString *message)
{
    QSignalSpy done(&engine, &WorkstationEngine::referralDone);
    QSignalSpy failed(&engine, &WorkstationEngine::referralFailed);
    engine.createReferral(draft);
    QDeadlineTimer deadline(WaitMs);
    while (done.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
        QTest::qWait(50);
    if (!failed.isEmpty()) {
        if (message)
            *message = failed.first().value(2).toString();
        return failed.first().value(1).toString();
    }
    if (done.isEmpty())
        return QStringLiteral("timeout");
    *id = done.first().value(1).toByteArray();
    return {};
}

QString TestReferralsAcrossOrgs::transition(WorkstationEngine &engine, const ReferralAction &action)
{
    QSignalSpy done(&engine, &WorkstationEngine::referralDone);
    QSignalSpy failed(&engine, &WorkstationEngine::referralFailed);
    engine.transitionReferral(action);
    QDeadlineTimer deadline(WaitMs);
    while (done.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
        QTest::qWait(50);
    return !failed.isEmpty() ? failed.first().value(1).toString() : done.isEmpty() ? QStringLiteral("timeout") : QString();
}

bool TestReferralsAcrossOrgs::waitFor(WorkstationEngine &engine, const QByteArray &id, ReferralStatus status)
{
    engine.syncNow();
    QDeadlineTimer deadline(WaitMs);
    while (!deadline.hasExpired()) {
        if (const auto r = find(engine, id); r && r->status == status)
            return true;
        QTest::qWait(50);
    }
    return false;
}

void TestReferralsAcrossOrgs::withoutConsentOnlyTheRequestTravels()
{
    ReferralDraft draft;
    draft.patientId = m_patient->id;
    draft.targetOrg = m_net->orgId(1);
    draft.targetUser = m_doctorB.key.publicKey;
    draft.urgency = Urgency::Urgent;
    draft.reason = QStringLiteral("Second opinion on the diagnosis");
    draft.attachments = {m_earlyCondition};

    // The condition may not travel: the patient has not consented to member1.
    QByteArray id;
    QString message;
    QCOMPARE(create(*m_a, draft, &id, &message), reasonCode(Reason::RecordNotShared));
    QVERIFY2(message.contains(QLatin1String("consent")), qPrintable(message));

    // The request alone goes: member1's doctor gets it, with the patient's id but not their name.
    draft.attachments.clear();
    QCOMPARE(create(*m_a, draft, &id), QString());
    QVERIFY(waitFor(*m_b, id, ReferralStatus::Requested));
    const ReferralSummary r = *find(*m_b, id);
    QVERIFY(r.incoming);
    QCOMPARE(r.patientId, m_patient->id);
    QVERIFY(r.patientName.isEmpty());
    QCOMPARE(r.fromOrg, m_net->orgId(0));
    QVERIFY(r.attachments.isEmpty());
    QSignalSpy ready(m_b.get(), &WorkstationEngine::referralDetailReady);
    const ReferralDetail d = answer(ready, m_b->requestReferralDetail(id)).value(1).value<ReferralDetail>();
    QCOMPARE(d.reason, draft.reason);
    // Declined: member1 does not take second opinions without the records.
    QCOMPARE(transition(*m_b, {id, ReferralStatus::Rejected, {}, RejectReason::InsufficientInformation, {}}), QString());
    QVERIFY(waitFor(*m_a, id, ReferralStatus::Rejected));
}

void TestReferralsAcrossOrgs::withConsentTheRecordsTravelAndTheLifecycleCompletes()
{
    const QString a = m_net->orgId(0);
    const QString b = m_net->orgId(1);
    // The patient consents to member1 (at its desk): conditions, observations, demographics, notes.
    ConsentGrant consent = TestLedger::consent(*m_patient, b,
                                               {QStringLiteral("Patient"), QStringLiteral("Condition"),
                                                QStringLiteral("Observation"), QStringLiteral("DocumentReference")},
                                               nowMs() + 30ull * 24 * 3600 * 1000);
    submit(1, {{m_net->grant(consent, m_patient->key, b, nowMs()).encode(), {}}});
    // A record member0 writes afterwards carries no key for member1.
    const SealedRecord obs = m_net->seal(*m_patient, a, QStringLiteral("Observation"));
    const Transaction later = m_net->record(m_doctorA, obs.version, nowMs());
    submit(0, {{later.encode(), obs.ciphertext}});
    m_a->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(m_a->syncStatus().height >= *m_net->height(0), WaitMs);

    ReferralDraft draft;
    draft.patientId = m_patient->id;
    draft.targetOrg = b;
    draft.urgency = Urgency::Asap;
    draft.reason = QStringLiteral("Persistent hypertension despite treatment");
    draft.question = QStringLiteral("Renal artery imaging?");
    draft.attachments = {m_earlyCondition, later.id()};
    QByteArray id;
    QString message;
    // Once member0's workstation has synced the consent (made at member1), the records may travel.
    QDeadlineTimer synced(WaitMs);
    QString refused;
    while (!(refused = create(*m_a, draft, &id, &message)).isEmpty() && refused == reasonCode(Reason::RecordNotShared)
           && !synced.hasExpired())
        QTest::qWait(200);
    QVERIFY2(refused.isEmpty() && !id.isEmpty(), qPrintable(refused + QStringLiteral(": ") + message));

    // Member1's light node follows the referred patient: listed by name, the shared records readable, proven.
    QVERIFY(waitFor(*m_b, id, ReferralStatus::Requested));
    QTRY_COMPARE_WITH_TIMEOUT(m_b->patients().size(), 1, WaitMs);
    QCOMPARE(m_b->patients().first().family, m_synthetic.familyName);
    QTRY_COMPARE_WITH_TIMEOUT(find(*m_b, id)->patientName, m_b->patients().first().displayName(), WaitMs);
    QSignalSpy ready(m_b.get(), &WorkstationEngine::referralDetailReady);
    const ReferralDetail d = answer(ready, m_b->requestReferralDetail(id)).value(1).value<ReferralDetail>();
    QCOMPARE(d.question, draft.question);
    // The patient's details travelled too (the consent covers them), then the two records.
    QStringList types;
    for (const TimelineEntry &e : d.attachments)
        types << e.resourceType;
    QCOMPARE(types, (QStringList{QStringLiteral("Patient"), QStringLiteral("Condition"), QStringLiteral("Observation")}));
    for (const TimelineEntry &e : d.attachments) {
        QVERIFY2(e.error.isEmpty(), qPrintable(e.resourceType + QStringLiteral(": ") + e.error));
        QVERIFY(e.verification.height > 0 && e.verification.signers == 2 && e.verification.members == 2);
    }
    QCOMPARE(d.attachments.at(2).txId, later.id());
    QVERIFY(m_net->member(1).inspect([&](FullNode &node) {
        return node.readStore().hasWrappedKey(later.id(), RecipientKind::Org, b);
    }));

    // Neither side may take the other's steps.
    QCOMPARE(transition(*m_b, {id, ReferralStatus::Cancelled, {}, RejectReason::None, {}}), reasonCode(Reason::NotReferralParty));
    QCOMPARE(transition(*m_a, {id, ReferralStatus::Accepted, QDateTime::currentDateTimeUtc().addDays(1), RejectReason::None, {}}),
             reasonCode(Reason::NotReferralParty));

    QCOMPARE(transition(*m_b, {id, ReferralStatus::Accepted, QDateTime::currentDateTimeUtc().addDays(2), RejectReason::None, {}}),
             QString());
    QVERIFY(waitFor(*m_a, id, ReferralStatus::Accepted));
    QCOMPARE(transition(*m_b, {id, ReferralStatus::InProgress, {}, RejectReason::None, {}}), QString());
    QVERIFY(waitFor(*m_b, id, ReferralStatus::InProgress));
    const QString report = QStringLiteral("Duplex ultrasound normal; no renal artery stenosis.");
    QCOMPARE(transition(*m_b, {id, ReferralStatus::Completed, {}, RejectReason::None, report}), QString());

    // Member0 reads the report member1 wrote, and sees every step signed by its author.
    QVERIFY(waitFor(*m_a, id, ReferralStatus::Completed));
    const ReferralSummary done = *find(*m_a, id);
    QCOMPARE(done.steps.size(), 4);
    QCOMPARE(done.steps.first().who, QStringLiteral("Dr. Ana Alves"));
    for (int i = 1; i < 4; ++i)
        QCOMPARE(done.steps[i].who, QStringLiteral("Dr. Ben Brandt"));
    QSignalSpy readyA(m_a.get(), &WorkstationEngine::referralDetailReady);
    const ReferralDetail back = answer(readyA, m_a->requestReferralDetail(id)).value(1).value<ReferralDetail>();
    QVERIFY2(back.report.error.isEmpty(), qPrintable(back.report.error));
    QVERIFY(back.report.detail.contains(report));
    QCOMPARE(back.report.verification.signers, 2);
}

QTEST_MAIN(TestReferralsAcrossOrgs)
#include "tst_referralsacrossorgs.moc"
