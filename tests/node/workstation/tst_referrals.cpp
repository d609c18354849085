// Referrals through the workstation engine against a real full node with
// the demo data (one hospital; the demo's second doctor, Dr. Mensah, refers
// to Dr. Hart and back): the whole lifecycle with both sides signed in on
// their own workstations (create → accept → start → complete; reject;
// cancel), what each side is told by sync, the records the receiving side
// opens, and every refused transition, both as the engine refuses it before
// signing and as the contract refuses a transaction sent past the engine.
// The full node's referral list and the inbox's overdue rule are checked
// too. Needs a Secret Service (scripts/test.sh provides one).

#include "support/DemoWorkstation.h"
#include "support/SignalAnswer.h"

#include "contract/Reason.h"
#include "core/Clock.h"
#include "keys/KeyStore.h"
#include "light/NodeClient.h"

#include <QCborArray>
#include <QCborValue>
#include <QtTest>

#include <map>

using namespace careledger;
using namespace careledger::testing;

namespace {
constexpr const char *Password = "correct horse battery staple";
constexpr int WaitMs = 20000;

std::optional<ReferralSummary> find(const WorkstationEngine &engine, const QByteArray &referralId)
{
    for (const ReferralSummary &r : engine.referrals())
        if (r.referralId == referralId)
            return r;
    return std::nullopt;
}
} // namespace

class TestReferrals : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void demoFillsTheInboxOfBothDoctors();
    void lifecycleCreateAcceptStartComplete();
    void rejectionCarriesAReasonAndANote();
    void senderCancels();
    void engineRefusesBeforeSigning_data();
    void engineRefusesBeforeSigning();
    void contractRefusesTransactionsPastTheEngine_data();
    void contractRefusesTransactionsPastTheEngine();
    void badDraftsLoseNothing_data();
    void badDraftsLoseNothing();
    void fullNodeListsTheOrgsReferrals();
    void overdueFollowsUrgencyAndTime();

private:
    std::unique_ptr<WorkstationEngine> startEngine(const QString &name, const Clock &clock = Clock::system());
    void signIn(WorkstationEngine &engine, const QString &login);
    // Creates a referral as `from` and waits until `to` has it by sync.
    QByteArray refer(WorkstationEngine &from, WorkstationEngine &to, const ReferralDraft &draft);
    // A transition as `by`, and the engine's answer: empty on success, else the code.
    QString transition(WorkstationEngine &by, const ReferralAction &action, QString *message = nullptr);
    ReferralDraft draftTo(const WorkstationEngine &target, const QString &patientId, Urgency urgency = Urgency::Urgent);
    QByteArray firstRecordOf(WorkstationEngine &engine, const QString &patientId);
    ReferralDetail detail(WorkstationEngine &engine, const QByteArray &referralId);
    // A signed-in API client per demo login, made once.
    NodeClient &clientFor(const QString &login);

    std::unique_ptr<DemoWorkstation> m_demo;
    ManualClock m_hartClock{QDateTime::currentMSecsSinceEpoch()};
    std::unique_ptr<WorkstationEngine> m_hart;  // Dr. Amelia Hart, the demo doctor (her clock can be moved on)
    std::unique_ptr<WorkstationEngine> m_gp;    // Dr. Kofi Mensah
    std::unique_ptr<WorkstationEngine> m_nurse; // Jonas Berg, RN
    QSignalSpy *m_hartNotices = nullptr;
    QSignalSpy *m_gpNotices = nullptr;
    std::map<QString, std::unique_ptr<NodeClient>> m_clients;
};

std::unique_ptr<WorkstationEngine> TestReferrals::startEngine(const QString &name, const Clock &clock)
{
    EngineSettings settings = m_demo->settings(name);
    settings.lockAfterMs = 24 * 3600 * 1000; // the clock is moved on below; this is not about locking
    auto engine = std::make_unique<WorkstationEngine>(settings, clock);
    QSignalSpy started(engine.get(), &WorkstationEngine::started);
    engine->start();
    if (!started.wait(WaitMs))
        qFatal("engine %s did not start", qPrintable(name));
    return engine;
}

void TestReferrals::signIn(WorkstationEngine &engine, const QString &login)
{
    QSignalSpy created(&engine, &WorkstationEngine::accountCreated);
    engine.importAccount(login, QString::fromLatin1(Password), m_demo->secretKey(login));
    QVERIFY(created.wait(WaitMs));
    QSignalSpy signedIn(&engine, &WorkstationEngine::signedIn);
    QSignalSpy refused(&engine, &WorkstationEngine::signInFailed);
    engine.signIn(login, QString::fromLatin1(Password), m_demo->totpCode(login));
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !refused.isEmpty(), 30000);
    QVERIFY2(refused.isEmpty(), qPrintable(refused.value(0).value(1).toString()));
}

void TestReferrals::initTestCase()
{
    Status st;
    m_demo = DemoWorkstation::start(6, &st);
    QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
    QCOMPARE(m_demo->summary().referrals, 4);
    m_hart = startEngine(QStringLiteral("hart"), m_hartClock);
    m_gp = startEngine(QStringLiteral("gp"));
    m_nurse = startEngine(QStringLiteral("nurse"));
    signIn(*m_hart, QStringLiteral("doctor"));
    signIn(*m_gp, QStringLiteral("gp"));
    signIn(*m_nurse, QStringLiteral("nurse"));
    m_hartNotices = new QSignalSpy(m_hart.get(), &WorkstationEngine::referralNotice);
    m_gpNotices = new QSignalSpy(m_gp.get(), &WorkstationEngine::referralNotice);
    QTRY_COMPARE_WITH_TIMEOUT(m_hart->referrals().size(), 4, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_gp->referrals().size(), 4, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_hart->patients().size(), 6, WaitMs);
}

void TestReferrals::cleanupTestCase()
{
    delete m_hartNotices;
    delete m_gpNotices;
    m_hart.reset();
    m_gp.reset();
    m_nurse.reset();
    KeyStore keys(m_demo->keychainService());
    for (const QString &login : {QStringLiteral("doctor"), QStringLiteral("gp"), QStringLiteral("nurse")})
        (void)keys.removeAccount(KeyStore::accountName(m_demo->network().networkId(), login));
}

QByteArray TestReferrals::refer(WorkstationEngine &from, WorkstationEngine &to, const ReferralDraft &draft)
{
    QSignalSpy done(&from, &WorkstationEngine::referralDone);
    QSignalSpy failed(&from, &WorkstationEngine::referralFailed);
    const quint64 request = from.createReferral(draft);
    QDeadlineTimer sent(WaitMs);
    while (done.isEmpty() && failed.isEmpty() && !sent.hasExpired())
        QTest::qWait(50);
    if (!failed.isEmpty())
        qWarning("refused: %s", qPrintable(failed.first().value(2).toString()));
    if (done.isEmpty() || done.first().value(0).toULongLong() != request)
        return {};
    const QByteArray id = done.first().value(1).toByteArray();
    to.syncNow();
    QDeadlineTimer deadline(WaitMs);
    while (!find(to, id) && !deadline.hasExpired())
        QTest::qWait(50);
    return find(to, id) ? id : QByteArray();
}

QString TestReferrals::transition(WorkstationEngine &by, const ReferralAction &action, QString *message)
{
    QSignalSpy done(&by, &WorkstationEngine::referralDone);
    QSignalSpy failed(&by, &WorkstationEngine::referralFailed);
    const quint64 request = by.transitionReferral(action);
    QDeadlineTimer deadline(WaitMs);
    while (done.isEmpty() && failed.isEmpty() && !deadline.hasExpired())
        QTest::qWait(50);
    if (!failed.isEmpty() && failed.first().value(0).toULongLong() == request) {
        if (message)
            *message = failed.first().value(2).toString();
        return failed.first().value(1).toString();
    }
    return done.isEmpty() ? QStringLiteral("timeout") : QString();
}

ReferralDraft TestReferrals::draftTo(const WorkstationEngine &target, const QString &patientId, Urgency urgency)
{
    ReferralDraft d;
    d.patientId = patientId;
    d.targetOrg = target.user().orgId;
    d.targetUser = target.user().publicKey;
    d.urgency = urgency;
    d.reason = QStringLiteral("Exertional chest pain");
    d.question = QStringLiteral("Stress test and management advice, please.");
    return d;
}

QByteArray TestReferrals::firstRecordOf(WorkstationEngine &engine, const QString &patientId)
{
    QSignalSpy pages(&engine, &WorkstationEngine::timelinePage);
    TimelineQuery q;
    q.patientId = patientId;
    q.kinds = {QStringLiteral("condition")};
    const QList<QVariant> row = answer(pages, engine.requestTimeline(q, 0, 5));
    const auto entries = row.value(1).value<QList<TimelineEntry>>();
    return entries.isEmpty() ? QByteArray() : entries.first().txId;
}

ReferralDetail TestReferrals::detail(WorkstationEngine &engine, const QByteArray &referralId)
{
    QSignalSpy ready(&engine, &WorkstationEngine::referralDetailReady);
    const QList<QVariant> row = answer(ready, engine.requestReferralDetail(referralId));
    return row.value(1).value<ReferralDetail>();
}

NodeClient &TestReferrals::clientFor(const QString &login)
{
    auto &client = m_clients[login];
    if (client)
        return *client;
    client = m_demo->network().client();
    const Ed25519::KeyPair keys = Ed25519::fromSecretKey(SecureBuffer::copyOf(m_demo->secretKey(login)));
    // Each code signs in once: the engine of the same user may have used this step's; the next one is in the window too.
    const QString code = m_demo->totpCode(login, QDateTime::currentMSecsSinceEpoch() + 30'000);
    if (Status st = client->login(keys.publicKey, keys.secretKey, m_demo->network().networkId(), code); !st)
        qFatal("login as %s: %s", qPrintable(login), qPrintable(st.error().message));
    return *client;
}

// The demo seeds three referrals from Dr. Mensah to Dr. Hart (stat and
// urgent waiting, routine accepted) and one from her to him: each side sees
// them from its own end, with only the actions its side may take.
void TestReferrals::demoFillsTheInboxOfBothDoctors()
{
    int incoming = 0;
    for (const ReferralSummary &r : m_hart->referrals()) {
        QVERIFY(!r.patientName.isEmpty());
        QCOMPARE(r.steps.first().status, ReferralStatus::Requested);
        QVERIFY(r.steps.first().height > 0);
        if (!r.incoming) {
            QCOMPARE(r.authorName, QStringLiteral("Dr. Amelia Hart"));
            QCOMPARE(r.targetUserName, QStringLiteral("Dr. Kofi Mensah"));
            QCOMPARE(r.actions, QList<ReferralStatus>{ReferralStatus::Cancelled});
            continue;
        }
        ++incoming;
        QCOMPARE(r.authorName, QStringLiteral("Dr. Kofi Mensah"));
        QCOMPARE(r.due, r.created.addMSecs(qint64(urgencyWindowMs(r.urgency))));
        if (r.status == ReferralStatus::Accepted) {
            QCOMPARE(r.urgency, Urgency::Routine);
            QVERIFY(r.appointment > r.created);
            QCOMPARE(r.steps.size(), 2);
            // Accepted, the receiving doctor may start it; the sending org (hers too) may still cancel.
            QCOMPARE(r.actions, (QList<ReferralStatus>{ReferralStatus::InProgress, ReferralStatus::Cancelled}));
        } else {
            QCOMPARE(r.status, ReferralStatus::Requested);
            QCOMPARE(r.actions,
                     (QList<ReferralStatus>{ReferralStatus::Accepted, ReferralStatus::Rejected, ReferralStatus::Cancelled}));
        }
    }
    QCOMPARE(incoming, 3);
    // The nurse sees the org's referrals but may act on none.
    QTRY_COMPARE_WITH_TIMEOUT(m_nurse->referrals().size(), 4, WaitMs);
    for (const ReferralSummary &r : m_nurse->referrals())
        QVERIFY(r.actions.isEmpty());
}

void TestReferrals::lifecycleCreateAcceptStartComplete()
{
    const QString patient = m_demo->patientIds().at(4);
    ReferralDraft draft = draftTo(*m_hart, patient);
    const QByteArray condition = firstRecordOf(*m_gp, patient);
    QVERIFY(!condition.isEmpty());
    draft.attachments = {condition};
    m_hartNotices->clear();
    const QByteArray id = refer(*m_gp, *m_hart, draft);
    QVERIFY(!id.isEmpty());

    // The receiving doctor is told, and has it in her inbox, waiting.
    QTRY_VERIFY_WITH_TIMEOUT(!m_hartNotices->isEmpty(), WaitMs);
    QVERIFY2(m_hartNotices->last().value(0).toString().contains(QLatin1String("New urgent referral from Dr. Kofi Mensah")),
             qPrintable(m_hartNotices->last().value(0).toString()));
    ReferralSummary r = *find(*m_hart, id);
    QVERIFY(r.incoming);
    QCOMPARE(r.status, ReferralStatus::Requested);
    QCOMPARE(r.urgency, Urgency::Urgent);
    QCOMPARE(r.patientId, patient);
    QCOMPARE(r.attachments, QList<QByteArray>{condition});
    QVERIFY(!r.overdue);

    // She opens it: the request's words and the attached record, decrypted.
    const ReferralDetail d = detail(*m_hart, id);
    QCOMPARE(d.referral.referralId, id);
    QCOMPARE(d.reason, draft.reason);
    QCOMPARE(d.question, draft.question);
    QCOMPARE(d.request.resourceType, QStringLiteral("ServiceRequest"));
    QVERIFY2(d.request.error.isEmpty(), qPrintable(d.request.error));
    QCOMPARE(d.request.kind, QStringLiteral("referral"));
    QCOMPARE(d.attachments.size(), 1);
    QVERIFY2(d.attachments.first().error.isEmpty(), qPrintable(d.attachments.first().error));
    QCOMPARE(d.attachments.first().resourceType, QStringLiteral("Condition"));
    QVERIFY(d.attachments.first().verification.height > 0);

    // Completing a referral nobody has accepted is refused before anything is signed.
    QCOMPARE(transition(*m_hart, {id, ReferralStatus::Completed, {}, RejectReason::None, QStringLiteral("too early")}),
             QStringLiteral("invalid_transition"));

    m_gpNotices->clear();
    const QDateTime slot = QDateTime::currentDateTimeUtc().addDays(3);
    QCOMPARE(transition(*m_hart, {id, ReferralStatus::Accepted, slot, RejectReason::None, {}}), QString());
    m_gp->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(find(*m_gp, id)->status == ReferralStatus::Accepted, WaitMs);
    QCOMPARE(find(*m_gp, id)->appointment.toMSecsSinceEpoch(), slot.toMSecsSinceEpoch());
    QTRY_VERIFY_WITH_TIMEOUT(!m_gpNotices->isEmpty(), WaitMs);
    QVERIFY2(m_gpNotices->last().value(0).toString().contains(QLatin1String("accepted by Dr. Amelia Hart")),
             qPrintable(m_gpNotices->last().value(0).toString()));

    QCOMPARE(transition(*m_hart, {id, ReferralStatus::InProgress, {}, RejectReason::None, {}}), QString());
    QTRY_VERIFY_WITH_TIMEOUT(find(*m_hart, id)->status == ReferralStatus::InProgress, WaitMs);
    const QString report = QStringLiteral("Stress test negative. No further cardiology follow-up needed.");
    QCOMPARE(transition(*m_hart, {id, ReferralStatus::Completed, {}, RejectReason::None, report}), QString());

    // The sender reads the report; the timeline holds every signed step in block order.
    m_gp->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(find(*m_gp, id)->status == ReferralStatus::Completed, WaitMs);
    r = *find(*m_gp, id);
    QCOMPARE(r.steps.size(), 4);
    const QList<ReferralStatus> expected{ReferralStatus::Requested, ReferralStatus::Accepted, ReferralStatus::InProgress,
                                         ReferralStatus::Completed};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(r.steps[i].status, expected[i]);
        QCOMPARE(r.steps[i].who, i == 0 ? QStringLiteral("Dr. Kofi Mensah") : QStringLiteral("Dr. Amelia Hart"));
        if (i > 0)
            QVERIFY(r.steps[i].height >= r.steps[i - 1].height);
    }
    QVERIFY(r.actions.isEmpty());
    const ReferralDetail done = detail(*m_gp, id);
    QVERIFY2(done.report.error.isEmpty(), qPrintable(done.report.error));
    QCOMPARE(done.report.resourceType, QStringLiteral("DocumentReference"));
    QVERIFY2(done.report.detail.contains(report), qPrintable(done.report.detail));

    // Final is final.
    QCOMPARE(transition(*m_gp, {id, ReferralStatus::Cancelled, {}, RejectReason::None, {}}), QStringLiteral("invalid_transition"));
}

void TestReferrals::rejectionCarriesAReasonAndANote()
{
    const QByteArray id = refer(*m_gp, *m_hart, draftTo(*m_hart, m_demo->patientIds().at(5), Urgency::Routine));
    QVERIFY(!id.isEmpty());
    const QString note = QStringLiteral("Our clinic does not see this condition; please try the respiratory unit.");
    QCOMPARE(transition(*m_hart, {id, ReferralStatus::Rejected, {}, RejectReason::OutOfScope, note}), QString());
    m_gp->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(find(*m_gp, id)->status == ReferralStatus::Rejected, WaitMs);
    const ReferralSummary r = *find(*m_gp, id);
    QCOMPARE(r.rejectReason, RejectReason::OutOfScope);
    QCOMPARE(r.steps.last().rejectReason, RejectReason::OutOfScope);
    QVERIFY(r.actions.isEmpty());
    const ReferralDetail d = detail(*m_gp, id);
    QVERIFY2(d.report.detail.contains(note), qPrintable(d.report.detail));
    QCOMPARE(transition(*m_hart, {id, ReferralStatus::Accepted, QDateTime::currentDateTimeUtc().addDays(1), RejectReason::None, {}}),
             QStringLiteral("invalid_transition"));
}

void TestReferrals::senderCancels()
{
    const QByteArray id = refer(*m_gp, *m_hart, draftTo(*m_hart, m_demo->patientIds().at(5), Urgency::Asap));
    QVERIFY(!id.isEmpty());
    m_hartNotices->clear();
    QCOMPARE(transition(*m_gp, {id, ReferralStatus::Cancelled, {}, RejectReason::None, {}}), QString());
    m_hart->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(find(*m_hart, id)->status == ReferralStatus::Cancelled, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_hartNotices->isEmpty(), WaitMs);
    QVERIFY(m_hartNotices->last().value(0).toString().contains(QLatin1String("cancelled by Dr. Kofi Mensah")));
    QCOMPARE(transition(*m_hart, {id, ReferralStatus::Accepted, QDateTime::currentDateTimeUtc().addDays(1), RejectReason::None, {}}),
             QStringLiteral("invalid_transition"));
}

// What the engine refuses before it signs anything: the contract's own
// rules (so no report is written for a refused transition) and input the
// transaction could not carry.
void TestReferrals::engineRefusesBeforeSigning_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("code");
    QTest::newRow("a nurse accepts") << "nurse" << int(ReferralStatus::Accepted) << "wrong_role";
    QTest::newRow("the referring doctor accepts her own") << "gp" << int(ReferralStatus::Accepted) << "not_referral_party";
    QTest::newRow("completing a requested referral") << "hart" << int(ReferralStatus::Completed) << "invalid_transition";
    QTest::newRow("starting a requested referral") << "hart" << int(ReferralStatus::InProgress) << "invalid_transition";
    QTest::newRow("accepting without a future slot") << "hart-past-slot" << int(ReferralStatus::Accepted) << "no_slot";
    QTest::newRow("declining without a reason") << "hart" << int(ReferralStatus::Rejected) << "no_reason";
}

void TestReferrals::engineRefusesBeforeSigning()
{
    QFETCH(QString, who);
    QFETCH(int, to);
    QFETCH(QString, code);
    const QByteArray id = refer(*m_gp, *m_hart, draftTo(*m_hart, m_demo->patientIds().at(3), Urgency::Routine));
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(find(*m_nurse, id).has_value(), WaitMs);
    WorkstationEngine &by = who == QLatin1String("nurse") ? *m_nurse : who == QLatin1String("gp") ? *m_gp : *m_hart;
    ReferralAction action{id, ReferralStatus(to), {}, RejectReason::None, QStringLiteral("a report")};
    if (action.to == ReferralStatus::Accepted)
        action.appointment = QDateTime::currentDateTimeUtc().addDays(who == QLatin1String("hart-past-slot") ? -1 : 1);
    const int before = int(m_demo->transactionsOfType(TxType::ReferralTransition).size());
    QString message;
    QCOMPARE(transition(by, action, &message), code);
    QVERIFY(!message.isEmpty());
    QCOMPARE(int(m_demo->transactionsOfType(TxType::ReferralTransition).size()), before);
    QCOMPARE(find(*m_hart, id)->status, ReferralStatus::Requested);
}

// Transactions a modified workstation might send anyway, signed with real
// demo keys and submitted to the node's API: the contract refuses each with
// its reason and the referral does not move.
void TestReferrals::contractRefusesTransactionsPastTheEngine_data()
{
    QTest::addColumn<QString>("signer");
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("reason");
    QTest::newRow("a nurse accepts") << "nurse" << int(ReferralStatus::Accepted) << int(Reason::WrongRole);
    QTest::newRow("a doctor it is not addressed to accepts") << "gp" << int(ReferralStatus::Accepted) << int(Reason::NotReferralParty);
    QTest::newRow("completing a requested referral") << "doctor" << int(ReferralStatus::Completed) << int(Reason::InvalidTransition);
    QTest::newRow("starting a requested referral") << "doctor" << int(ReferralStatus::InProgress) << int(Reason::InvalidTransition);
    QTest::newRow("an EMR technician cancels") << "emr_technician" << int(ReferralStatus::Cancelled) << int(Reason::WrongRole);
    QTest::newRow("an unknown referral") << "doctor" << int(ReferralStatus::Accepted) << int(Reason::UnknownReferral);
}

void TestReferrals::contractRefusesTransactionsPastTheEngine()
{
    QFETCH(QString, signer);
    QFETCH(int, to);
    QFETCH(int, reason);
    const QByteArray id = refer(*m_gp, *m_hart, draftTo(*m_hart, m_demo->patientIds().at(2), Urgency::Routine));
    QVERIFY(!id.isEmpty());
    const ReferralSummary r = *find(*m_hart, id);
    ReferralTransition t{Reason(reason) == Reason::UnknownReferral ? QByteArray(16, 'x') : id, r.patientId,
                         ReferralStatus(to), 0, RejectReason::None, {}};
    if (t.to == ReferralStatus::Accepted)
        t.appointmentMs = quint64(QDateTime::currentMSecsSinceEpoch()) + 86'400'000;
    if (t.to == ReferralStatus::Completed)
        t.record = r.serviceRequest; // any record of the patient the sender can read: the state is what is wrong
    NodeClient &client = clientFor(signer);
    const Ed25519::KeyPair keys = Ed25519::fromSecretKey(SecureBuffer::copyOf(m_demo->secretKey(signer)));
    const Transaction tx = Transaction::make(TxType::ReferralTransition, m_demo->network().networkId(),
                                             QString::fromLatin1(DemoWorkstation::Org), t.encode(), keys.publicKey,
                                             keys.secretKey, quint64(QDateTime::currentMSecsSinceEpoch()));
    const auto receipts = client.submit({{tx.encode(), {}}});
    QVERIFY2(receipts, qPrintable(receipts ? QString() : receipts.error().message));
    QCOMPARE(receipts->size(), 1);
    QCOMPARE(Reason(receipts->first().code), Reason(reason));
    QVERIFY(!receipts->first().isFinal());
    QVERIFY(!reasonText(Reason(reason)).isEmpty());
    m_hart->syncNow();
    QTest::qWait(300);
    QCOMPARE(find(*m_hart, id)->status, ReferralStatus::Requested);
    QCOMPARE(find(*m_hart, id)->steps.size(), 1);
}

// A draft the network would refuse, or could not carry, is refused with a
// sentence and writes nothing: no ServiceRequest left behind.
void TestReferrals::badDraftsLoseNothing_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("code");
    QTest::newRow("a nurse refers") << "nurse" << 0 << "wrong_role";
    QTest::newRow("no reason") << "gp" << 1 << "fhir.missing";
    QTest::newRow("an unknown organisation") << "gp" << 2 << "unknown_org";
    QTest::newRow("addressed to a nurse") << "gp" << 3 << "unknown_user";
    QTest::newRow("a record of another patient attached") << "gp" << 4 << "unknown_record";
    QTest::newRow("to oneself") << "hart" << 5 << "unknown_user";
}

void TestReferrals::badDraftsLoseNothing()
{
    QFETCH(QString, who);
    QFETCH(int, variant);
    QFETCH(QString, code);
    WorkstationEngine &by = who == QLatin1String("nurse") ? *m_nurse : who == QLatin1String("gp") ? *m_gp : *m_hart;
    const QString patient = m_demo->patientIds().at(1);
    ReferralDraft draft = draftTo(*m_hart, patient);
    switch (variant) {
    case 1: draft.reason = QStringLiteral("   "); break;
    case 2: draft.targetOrg = QStringLiteral("st-nowhere"); break;
    case 3: draft.targetUser = m_nurse->user().publicKey; break;
    case 4: draft.attachments = {firstRecordOf(*m_gp, m_demo->patientIds().at(0))}; break;
    case 5: draft.targetUser = m_hart->user().publicKey; break;
    }
    const int requests = int(m_demo->transactionsOfType(TxType::RecordCreate).size());
    const int referrals = int(m_demo->transactionsOfType(TxType::ReferralCreate).size());
    QSignalSpy failed(&by, &WorkstationEngine::referralFailed);
    const quint64 request = by.createReferral(draft);
    const QList<QVariant> row = answer(failed, request);
    QVERIFY(!row.isEmpty());
    QCOMPARE(row.value(1).toString(), code);
    QVERIFY(!row.value(2).toString().isEmpty());
    QCOMPARE(int(m_demo->transactionsOfType(TxType::RecordCreate).size()), requests);
    QCOMPARE(int(m_demo->transactionsOfType(TxType::ReferralCreate).size()), referrals);
}

// GET /v1/referrals: the org's worklist from the contract's state, each
// entry naming the transactions that made it so a client can fetch them with proofs.
void TestReferrals::fullNodeListsTheOrgsReferrals()
{
    const auto body = clientFor(QStringLiteral("doctor")).get(QStringLiteral("/v1/referrals"));
    QVERIFY2(body, qPrintable(body ? QString() : body.error().message));
    const QCborArray list = QCborValue::fromCbor(*body).toArray();
    QCOMPARE(list.size(), qsizetype(m_hart->referrals().size()));
    QSet<QByteArray> ids;
    for (const QCborValue &v : list) {
        const QCborArray e = v.toArray();
        QCOMPARE(e.size(), 13);
        const QByteArray id = e[0].toByteArray();
        ids.insert(id);
        const auto mine = find(*m_hart, id);
        QVERIFY(mine);
        QCOMPARE(e[1].toString(), mine->patientId);
        QCOMPARE(ReferralStatus(e[7].toInteger()), mine->status);
        QCOMPARE(quint64(e[9].toInteger()), quint64(mine->due.toMSecsSinceEpoch()));
        QCOMPARE(e[12].toByteArray(), mine->steps.last().txId);
    }
    QCOMPARE(ids.size(), list.size());

    // Without a session, nothing.
    auto anonymous = m_demo->network().client();
    QVERIFY(!anonymous->get(QStringLiteral("/v1/referrals")));
}

// The inbox's overdue rule: still requested after the urgency's window.
// Dr. Hart's workstation clock moves on two hours: the demo's stat referral
// (one hour) becomes overdue, the urgent one (seven days) does not, and the
// accepted one never is.
void TestReferrals::overdueFollowsUrgencyAndTime()
{
    for (const ReferralSummary &r : m_hart->referrals())
        QVERIFY(!r.overdue);
    QSignalSpy changed(m_hart.get(), &WorkstationEngine::referralsChanged);
    m_hartClock.advance(2 * 3600 * 1000);
    m_hart->syncNow();
    QVERIFY(changed.wait(WaitMs));
    int overdue = 0;
    for (const ReferralSummary &r : m_hart->referrals()) {
        const bool expected = r.status == ReferralStatus::Requested && urgencyWindowMs(r.urgency) < 2ull * 3600 * 1000;
        QCOMPARE(r.overdue, expected);
        overdue += r.overdue;
    }
    QVERIFY(overdue >= 1); // the demo's stat referral
}

QTEST_MAIN(TestReferrals)
#include "tst_referrals.moc"
