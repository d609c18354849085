// The compliance officer's audit index and suspicious-access rules against a
// real full node over HTTPS: a two-org network (both members sign every
// block, so light nodes see a quorum) with a crafted week of access history
// written by ChainWriter day by day through the real contract, served by a
// FullNode and synced into the index through LightSync; queries, re-verification (tampered rows, forged headers, a node
// that alters blocks), every rule firing on the crafted history and not on a
// normal user's, and the review workflow on the ledger.

#include "contract/Reason.h"
#include "ledger/RecordCipher.h"
#include "ledger/ReviewNote.h"
#include "light/AuditIndex.h"
#include "light/AuditRules.h"
#include "light/LightSync.h"
#include "support/ChainWriter.h"
#include "support/LyingNode.h"
#include "support/TestNetwork.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace careledger;
using namespace careledger::testing;

namespace {
const QString S = QStringLiteral("stmary");
const QString N = QStringLiteral("north");
constexpr qint64 Day = 24 * 3600 * 1000;
constexpr qint64 Hour = 3600 * 1000;
constexpr qint64 Minute = 60 * 1000;

using Item = QPair<QByteArray, QByteArray>;

QString describe(const Error &e)
{
    return e.code + QStringLiteral(": ") + e.message;
}

// Runs SQL against an index file behind its back, as someone with disk access would.
bool tamper(const QString &path, const QString &sql, const QVariantList &binds = {})
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &b : binds)
                q.addBindValue(b);
            ok = q.exec() && q.numRowsAffected() > 0;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

class TestAuditIndex : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void indexesEveryTransactionAndAccessEvent();
    void filtersByUserPatientOrgActionAndTime();
    void sortsAndPages();
    void searchesNamesAsFullText();
    void verifiesAnEntryAgainstTheSignedChain();
    void detectsATamperedRowOrHeader();
    void refusesBlocksANodeAltered();

    void rulesFireOnTheCraftedHistory();
    void rulesStayQuietOnANormalUser();
    void thresholdsAreTunable();
    void reviewWorkflowIsSharedOnTheLedger();
    void onlyTheOrgsOfficersMayReview();

private:
    Item item(const Transaction &tx, const QByteArray &ciphertext = {}) const { return {tx.encode(), ciphertext}; }
    // Through the node's own submission path (its blocks carry only its own signature).
    QList<TxReceipt> submit(const QList<Item> &items)
    {
        auto r = m_node.client()->submit(items);
        if (!r)
            qFatal("submit failed: %s", qPrintable(r.error().message));
        return *r;
    }
    // One quorum-signed block at the writer's clock.
    void append(const QList<Item> &items)
    {
        if (Status st = m_writer->appendBlock(items); !st)
            qFatal("%s", qPrintable(st.error().message));
    }
    quint64 now() const { return m_writer->nextBlockTimeMs(); }
    qint64 at(int day, qint64 offsetMs) const { return m_base + day * Day + offsetMs; }
    Transaction accessLog(const TestUser &user, const QList<AccessEvent> &events) const
    {
        return m_net->make(TxType::AccessLog, user.org, AccessLog{QStringLiteral("ward-3-pc"), events}.encode(), user.key,
                           now());
    }
    AccessEvent view(const TestPatient &p, qint64 t, AccessAction a = AccessAction::View) const
    {
        return AccessEvent{quint64(t), p.id, {}, a};
    }
    LightNodeSettings settings(const QString &cachePath, const QString &endpoint) const
    {
        LightNodeSettings s;
        s.config = m_net->config();
        s.pinnedNetworkId = m_net->networkId();
        s.cachePath = cachePath;
        s.endpoints = {endpoint};
        return s;
    }
    // A fresh light node of the officer with the audit index on, synced once.
    std::unique_ptr<LightSync> officerNode(const QString &endpoint = {})
    {
        auto sync = std::make_unique<LightSync>(
            settings(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_caches)),
                     endpoint.isEmpty() ? m_node.endpoint() : endpoint));
        if (!sync->open() || !sync->setAuditIndexing(true))
            qFatal("cannot open the light node");
        sync->setUser(m_officer.key.publicKey, SecureBuffer::copyOf(m_officer.key.secretKey().view()));
        return sync;
    }
    AuditRuleSettings ruleSettings() const
    {
        AuditRuleSettings s;
        s.timeZone = QTimeZone::utc();
        s.hoursMinHistory = 20;
        s.hoursRareShare = 0.05;
        return s;
    }
    QList<AuditFlag> flagsOf(const QList<AuditFlag> &flags, const QByteArray &user) const
    {
        QList<AuditFlag> out;
        for (const AuditFlag &f : flags)
            if (f.userKey == user)
                out.append(f);
        return out;
    }
    static const AuditFlag *find(const QList<AuditFlag> &flags, AuditRule rule, const QString &patient = {})
    {
        for (const AuditFlag &f : flags)
            if (f.rule == rule && (patient.isEmpty() || f.patientId == patient))
                return &f;
        return nullptr;
    }

    QTemporaryDir m_dir;
    int m_caches = 0;
    std::optional<TlsIdentity> m_tls;
    std::unique_ptr<TestLedger> m_net;
    std::unique_ptr<ChainWriter> m_writer;
    TestNode m_node;
    QList<quint16> m_ports;
    qint64 m_base = 0; // 00:00 UTC of the history's first day
    TestUser m_alice, m_bob, m_nina, m_officer, m_officer2, m_northDoc, m_northOfficer;
    QList<TestPatient> m_s; // registered by St Mary's
    QList<TestPatient> m_n; // registered by North
    std::unique_ptr<LightSync> m_sync; // the officer's, synced after the history
    int m_accessEvents = 0;
    int m_otherTransactions = 0;
};

void TestAuditIndex::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("careledger.*.info=false\ncareledger.light.warning=false"));
    QVERIFY(m_dir.isValid());
    const qint64 today = QDateTime::currentDateTimeUtc().date().startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    m_base = today - 8 * Day;
    auto tls = TlsIdentity::generate(S, {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}, 30);
    QVERIFY(tls);
    m_tls = *tls;
    // Both members' endpoints are fixed loopback ports: the node serves St
    // Mary's, a lying proxy stands in for North (same certificate, so only
    // verification can catch it).
    m_ports = {closedLoopbackPort(), closedLoopbackPort()};
    const QByteArray der = TlsIdentity::pemToDer(tls->certificatePem);
    m_net = std::make_unique<TestLedger>(QStringList{S, N}, QList<QByteArray>{der, der}, Policy{},
                                         QStringList{QStringLiteral("https://127.0.0.1:%1").arg(m_ports[0]),
                                                     QStringLiteral("https://127.0.0.1:%1").arg(m_ports[1])});
    m_writer = std::make_unique<ChainWriter>(m_net->config(), QList<TestOrg>{m_net->org(S), m_net->org(N)}, at(0, 8 * Hour));
    const QString dataDir = m_dir.filePath(QStringLiteral("node"));
    Status st = m_writer->create(dataDir, *m_tls);
    QVERIFY2(st, qPrintable(st ? QString() : describe(st.error())));

    m_alice = TestLedger::newUser(S, Role::Doctor, QStringLiteral("Alice Hart"));
    m_bob = TestLedger::newUser(S, Role::Doctor, QStringLiteral("Bob Stone"));
    m_nina = TestLedger::newUser(S, Role::Nurse, QStringLiteral("Nina Park"));
    m_officer = TestLedger::newUser(S, Role::ComplianceOfficer, QStringLiteral("Olga Reyes"));
    m_officer2 = TestLedger::newUser(S, Role::ComplianceOfficer, QStringLiteral("Omar Diaz"));
    m_northDoc = TestLedger::newUser(N, Role::Doctor, QStringLiteral("Nils Berg"));
    m_northOfficer = TestLedger::newUser(N, Role::ComplianceOfficer, QStringLiteral("Noor Amini"));
    const quint64 t0 = now();
    QList<Item> setup;
    for (const TestUser *u : {&m_alice, &m_bob, &m_nina, &m_officer, &m_officer2, &m_northDoc, &m_northOfficer})
        setup.append(item(m_net->enrolByOrg(*u, t0)));
    append(setup);
    setup.clear();
    for (int i = 0; i < 20; ++i) {
        m_s.append(TestPatient::make(QStringLiteral("S%1").arg(i + 1, 2, 10, QLatin1Char('0')), QStringLiteral("pid-s%1").arg(i)));
        setup.append(item(m_net->registerPatient(m_nina, m_s.last(), t0)));
    }
    for (int i = 0; i < 3; ++i) {
        m_n.append(TestPatient::make(QStringLiteral("N%1").arg(i + 1), QStringLiteral("pid-n%1").arg(i)));
        setup.append(item(m_net->registerPatient(m_northDoc, m_n.last(), t0)));
    }
    // N2 consents to St Mary's; N3 is referred there by North, with its
    // ServiceRequest readable by St Mary's.
    setup.append(item(m_net->grant(TestLedger::consent(m_n[1], S, {}, quint64(at(30, 0))), m_n[1].key, N, t0)));
    append(setup);
    const SealedRecord request = RecordCipher::seal(
        fhirJson(QStringLiteral("ServiceRequest"), m_n[2].id, QStringLiteral("cardiology opinion")), RecordCipher::newRecordId(),
        m_n[2].id, QStringLiteral("ServiceRequest"),
        {{RecipientKind::Patient, m_n[2].id, m_n[2].key.x25519PublicKey()},
         {RecipientKind::Org, N, m_net->org(N).dataKey().publicKey},
         {RecipientKind::Org, S, m_net->org(S).dataKey().publicKey}});
    const Transaction serviceRequest = m_net->record(m_northDoc, request.version, t0);
    append({item(serviceRequest, request.ciphertext)});
    ReferralRequest referral;
    referral.referralId = randomBytes(16);
    referral.patientId = m_n[2].id;
    referral.targetOrg = S;
    referral.serviceRequest = serviceRequest.id();
    append({item(m_net->make(TxType::ReferralCreate, N, referral.encode(), m_northDoc.key, t0))});
    m_otherTransactions = 7 + 23 + 1 + 1 + 1;

    // The week. Alice: four patients a morning, then a day of nineteen
    // (among them North's N1, which St Mary's has no relationship with, and
    // S01, who shares her surname), then one at 3 a.m. Bob: four a day, 9–12.
    // Nina: three wrong private IDs for S17 within minutes, two for S18.
    for (int day = 1; day <= 6; ++day) {
        m_writer->advanceTo(at(day, 18 * Hour));
        QList<Item> logs;
        QList<AccessEvent> alice;
        if (day <= 4)
            for (int k = 0; k < 4; ++k)
                alice.append(view(m_s[1 + k], at(day, 10 * Hour + k * Minute)));
        if (day == 5) {
            for (int k = 0; k < 15; ++k)
                alice.append(view(m_s[1 + k], at(day, 14 * Hour + k * Minute)));
            for (const TestPatient *p : {&m_n[0], &m_n[1], &m_n[2], &m_s[0]})
                alice.append(view(*p, at(day, 14 * Hour + 30 * Minute)));
        }
        if (day == 6)
            alice.append(view(m_s[1], at(day, 3 * Hour)));
        logs.append(item(accessLog(m_alice, alice)));
        if (day <= 5) {
            QList<AccessEvent> bob;
            for (int k = 0; k < 4; ++k)
                bob.append(view(m_s[5 + k], at(day, (9 + k) * Hour)));
            logs.append(item(accessLog(m_bob, bob)));
            m_accessEvents += 4;
        }
        if (day == 6) {
            QList<AccessEvent> nina;
            for (int k = 0; k < 3; ++k)
                nina.append(view(m_s[16], at(day, 9 * Hour + 3 * k * Minute), AccessAction::PrivateIdFailed));
            for (int k = 0; k < 2; ++k)
                nina.append(view(m_s[17], at(day, 10 * Hour + 2 * k * Minute), AccessAction::PrivateIdFailed));
            nina.append(view(m_s[17], at(day, 10 * Hour + 5 * Minute), AccessAction::PrivateIdAccepted));
            logs.append(item(accessLog(m_nina, nina)));
            m_accessEvents += 6;
        }
        m_accessEvents += alice.size();
        append(logs);
    }
    m_writer->advanceTo(at(7, 9 * Hour));
    st = m_writer->commit();
    QVERIFY2(st, qPrintable(st ? QString() : describe(st.error())));
    st = m_node.open(dataDir, m_ports[0]);
    QVERIFY2(st, qPrintable(st ? QString() : describe(st.error())));
    m_sync = officerNode();
    auto synced = m_sync->syncOnce();
    QVERIFY2(synced, qPrintable(synced ? QString() : describe(synced.error())));
}

void TestAuditIndex::indexesEveryTransactionAndAccessEvent()
{
    AuditIndex *index = m_sync->auditIndex();
    QVERIFY(index);
    QCOMPARE(index->nextHeight(), m_sync->cache().trusted()->height + 1);
    const QList<AuditRow> all = index->query(AuditQuery{}, 0, 100000);
    int access = 0;
    int other = 0;
    for (const AuditRow &r : all)
        (AuditAction::isAccess(r.action) ? access : other)++;
    QCOMPARE(access, m_accessEvents);
    QCOMPARE(other, m_otherTransactions);
    // Who, from where: names, roles and orgs from the enrolments.
    AuditQuery q;
    q.users = {m_alice.key.publicKey};
    q.patientId = m_n[0].id;
    const QList<AuditRow> rows = index->query(q, 0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].userName, QStringLiteral("Alice Hart"));
    QCOMPARE(rows[0].role, QStringLiteral("doctor"));
    QCOMPARE(rows[0].org, S);
    QCOMPARE(rows[0].workstation, QStringLiteral("ward-3-pc"));
    QCOMPARE(rows[0].action, int(AccessAction::View));
    QCOMPARE(rows[0].timeMs, quint64(at(5, 14 * Hour + 30 * Minute)));
    QVERIFY(rows[0].height > 0);
}

void TestAuditIndex::filtersByUserPatientOrgActionAndTime()
{
    AuditIndex *index = m_sync->auditIndex();
    AuditQuery byUser;
    byUser.users = {m_bob.key.publicKey};
    QCOMPARE(index->query(byUser, 0, 1000).size(), 20);

    AuditQuery byPatient;
    byPatient.patientId = m_s[16].id;
    byPatient.actions = {int(AccessAction::PrivateIdFailed)};
    QCOMPARE(index->query(byPatient, 0, 1000).size(), 3);

    AuditQuery byOrg;
    byOrg.org = N;
    for (const AuditRow &r : index->query(byOrg, 0, 1000))
        QCOMPARE(r.org, N);
    QVERIFY(!index->query(byOrg, 0, 1000).isEmpty());

    AuditQuery byAction;
    byAction.actions = {AuditAction::ofTx(TxType::ReferralCreate)};
    const auto referrals = index->query(byAction, 0, 1000);
    QCOMPARE(referrals.size(), 1);
    QCOMPARE(referrals[0].patientId, m_n[2].id);

    AuditQuery byTime;
    byTime.fromMs = quint64(at(5, 0));
    byTime.toMs = quint64(at(6, 0));
    byTime.actions = {int(AccessAction::View)};
    const auto day5 = index->query(byTime, 0, 1000);
    QCOMPARE(day5.size(), 19 + 4);
    for (const AuditRow &r : day5)
        QVERIFY(r.timeMs >= byTime.fromMs && r.timeMs < byTime.toMs);

    AuditQuery none;
    none.users = {m_bob.key.publicKey};
    none.patientId = m_n[0].id;
    QVERIFY(index->query(none, 0, 1000).isEmpty());
}

void TestAuditIndex::sortsAndPages()
{
    AuditIndex *index = m_sync->auditIndex();
    AuditQuery q;
    q.actions = {int(AccessAction::View)};
    const auto all = index->query(q, 0, 1000);
    QVERIFY(all.size() > 50);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all[i - 1].timeMs >= all[i].timeMs); // newest first
    // Pages of 7 put together are the whole list, in the same order.
    QList<qint64> paged;
    for (int offset = 0;; offset += 7) {
        const auto page = index->query(q, offset, 7);
        for (const AuditRow &r : page)
            paged.append(r.rowId);
        if (page.size() < 7)
            break;
    }
    QList<qint64> ids;
    for (const AuditRow &r : all)
        ids.append(r.rowId);
    QCOMPARE(paged, ids);

    q.sort = AuditQuery::Sort::User;
    q.descending = false;
    const auto byUser = index->query(q, 0, 1000);
    QCOMPARE(byUser.first().userName, QStringLiteral("Alice Hart"));
    QCOMPARE(byUser.last().userName, QStringLiteral("Bob Stone"));
    q.sort = AuditQuery::Sort::Patient;
    q.descending = true;
    const auto byPatient = index->query(q, 0, 1000);
    for (qsizetype i = 1; i < byPatient.size(); ++i)
        QVERIFY(byPatient[i - 1].patientId >= byPatient[i].patientId);
    QCOMPARE(byPatient.first().patientId, QStringLiteral("S16")); // S17 and S18 were only at the kiosk
}

void TestAuditIndex::searchesNamesAsFullText()
{
    AuditIndex *index = m_sync->auditIndex();
    AuditQuery q;
    q.text = QStringLiteral("hart");
    const auto alice = index->query(q, 0, 1000);
    QVERIFY(!alice.isEmpty());
    for (const AuditRow &r : alice)
        QCOMPARE(r.userKey, m_alice.key.publicKey);
    q.text = QStringLiteral("NORTH"); // the org's display name
    for (const AuditRow &r : index->query(q, 0, 1000))
        QCOMPARE(r.org, N);
    // Patient names come from the caller, only for patients it can read.
    q.text = QStringLiteral("Okafor");
    QVERIFY(index->query(q, 0, 1000).isEmpty());
    q.textPatients = {m_s[16].id};
    const auto patient = index->query(q, 0, 1000);
    QCOMPARE(patient.size(), 4); // registered, then three wrong private IDs
    for (const AuditRow &r : patient)
        QCOMPARE(r.patientId, m_s[16].id);
    q.text = QStringLiteral("100%_"); // LIKE wildcards are literal
    q.textPatients.clear();
    QVERIFY(index->query(q, 0, 1000).isEmpty());
}

void TestAuditIndex::verifiesAnEntryAgainstTheSignedChain()
{
    AuditIndex *index = m_sync->auditIndex();
    AuditQuery q;
    q.users = {m_alice.key.publicKey};
    q.patientId = m_n[0].id;
    const AuditRow row = index->query(q, 0, 1).value(0);
    auto proofs = m_sync->inclusionProofs({row.logIndex});
    QVERIFY2(proofs, qPrintable(proofs ? QString() : describe(proofs.error())));
    const AuditEntryCheck check = index->verify(row, m_sync->verifier(), proofs->first, proofs->second.value(0));
    QVERIFY2(check.ok, qPrintable(check.problem));
    QCOMPARE(check.height, row.height);
    QCOMPARE(check.blockSigners, 2);
    QCOMPARE(check.members, 2);
    QCOMPARE(check.provenAtHeight, m_sync->cache().trusted()->height);
    // Another entry's proof does not prove this one.
    q.patientId = m_s[0].id;
    const AuditRow other = index->query(q, 0, 1).value(0);
    auto otherProof = m_sync->inclusionProofs({row.logIndex - 1});
    QVERIFY(otherProof);
    const AuditEntryCheck wrong = index->verify(row, m_sync->verifier(), otherProof->first, otherProof->second.value(0));
    QVERIFY(!wrong.ok);
    QCOMPARE(wrong.problem, QStringLiteral("bad_proof"));
    QVERIFY(other.rowId != row.rowId);
}

void TestAuditIndex::detectsATamperedRowOrHeader()
{
    auto sync = officerNode();
    QVERIFY(sync->syncOnce());
    AuditIndex *index = sync->auditIndex();
    const QString path = AuditIndex::pathFor(m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(m_caches)));
    AuditQuery q;
    q.users = {m_alice.key.publicKey};
    q.patientId = m_n[0].id;
    const AuditRow row = index->query(q, 0, 1).value(0);
    auto proofs = sync->inclusionProofs({row.logIndex});
    QVERIFY(proofs);

    // Someone edits the row on disk to hide who was looked at.
    QVERIFY(tamper(path, QStringLiteral("UPDATE events SET patient_id = 'S02' WHERE id = ?"), {row.rowId}));
    const AuditEntryCheck altered = index->verify(*index->row(row.rowId), sync->verifier(), proofs->first, proofs->second[0]);
    QVERIFY(!altered.ok);
    QCOMPARE(altered.problem, QStringLiteral("altered_locally"));
    QVERIFY(tamper(path, QStringLiteral("UPDATE events SET patient_id = ? WHERE id = ?"), {m_n[0].id, row.rowId}));
    QVERIFY(index->verify(*index->row(row.rowId), sync->verifier(), proofs->first, proofs->second[0]).ok);

    // The stored transaction itself replaced: its proof no longer leads to the signed root.
    const auto stored = index->stored(row.logIndex);
    QVERIFY(stored);
    QByteArray forged = stored->first;
    forged[forged.size() - 70] = char(forged[forged.size() - 70] ^ 1);
    QVERIFY(tamper(path, QStringLiteral("UPDATE txs SET bytes = ? WHERE log_index = ?"), {forged, qint64(row.logIndex)}));
    QCOMPARE(index->verify(row, sync->verifier(), proofs->first, proofs->second[0]).problem, QStringLiteral("altered_locally"));
    QVERIFY(tamper(path, QStringLiteral("UPDATE txs SET bytes = ? WHERE log_index = ?"), {stored->first, qint64(row.logIndex)}));

    // The block's header with a forged signature.
    SignedHeader header = stored->second;
    header.signatures[0].signature[5] = char(header.signatures[0].signature[5] ^ 1);
    QVERIFY(tamper(path, QStringLiteral("UPDATE blocks SET header = ? WHERE height = ?"), {header.encode(), qint64(row.height)}));
    const AuditEntryCheck forgedHeader = index->verify(row, sync->verifier(), proofs->first, proofs->second[0]);
    QVERIFY(!forgedHeader.ok);
    QCOMPARE(forgedHeader.problem, QStringLiteral("forged_header"));
    // … and with a member's signature removed: no quorum of 2 of 2.
    header = stored->second;
    header.signatures.removeLast();
    QVERIFY(tamper(path, QStringLiteral("UPDATE blocks SET header = ? WHERE height = ?"), {header.encode(), qint64(row.height)}));
    QCOMPARE(index->verify(row, sync->verifier(), proofs->first, proofs->second[0]).problem, QStringLiteral("no_quorum"));
}

void TestAuditIndex::refusesBlocksANodeAltered()
{
    LyingNode liar(m_node.endpoint(), m_node.certificateDer());
    QVERIFY(liar.start(*m_tls, m_ports[1]));
    // A node that swaps two transactions of a block (its header unchanged).
    liar.setLie([](const QString &path, const QUrlQuery &, ProxiedReply &reply) {
        if (!path.startsWith(QStringLiteral("/v1/blocks/")))
            return;
        auto block = Block::decode(reply.body);
        if (block && block->transactions.size() > 1) {
            block->transactions.swapItemsAt(0, 1);
            reply.body = block->encode();
        }
    });
    auto sync = officerNode(liar.endpoint());
    auto r = sync->syncOnce();
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(QStringLiteral("not the one its header commits to")), qPrintable(describe(r.error())));
    QCOMPARE(sync->auditIndex()->nextHeight(), quint64(0)); // the batch with the altered block left nothing
    QVERIFY(sync->cache().distrustedEndpoints().contains(liar.endpoint()));

    // A node that forges a member's signature on the blocks it serves.
    liar.setLie([](const QString &path, const QUrlQuery &, ProxiedReply &reply) {
        if (!path.startsWith(QStringLiteral("/v1/blocks/")))
            return;
        auto block = Block::decode(reply.body);
        if (block) {
            block->signedHeader.signatures[0].signature[0] = char(block->signedHeader.signatures[0].signature[0] ^ 1);
            reply.body = block->encode();
        }
    });
    auto forged = officerNode(liar.endpoint());
    auto f = forged->syncOnce();
    QVERIFY(!f);
    QVERIFY2(f.error().message.contains(QStringLiteral("forged")) || f.error().message.contains(QStringLiteral("signature")),
             qPrintable(describe(f.error())));
    QCOMPARE(forged->auditIndex()->nextHeight(), quint64(0));
    QVERIFY(forged->cache().distrustedEndpoints().contains(liar.endpoint()));
}

void TestAuditIndex::rulesFireOnTheCraftedHistory()
{
    const AuditRules rules(*m_sync->auditIndex(), ruleSettings());
    const QList<AuditFlag> flags = rules.detect(S, {{m_s[0].id, {QStringLiteral("Hart")}}});
    const QList<AuditFlag> alice = flagsOf(flags, m_alice.key.publicKey);

    const AuditFlag *volume = find(alice, AuditRule::UnusualVolume);
    QVERIFY(volume);
    QCOMPARE(volume->observed, 19.0);
    QCOMPARE(volume->usual, 4.0);
    QCOMPARE(volume->fromMs, quint64(at(5, 14 * Hour)));

    const AuditFlag *unrelated = find(alice, AuditRule::NoRelationship);
    QVERIFY(unrelated);
    QCOMPARE(unrelated->patientId, m_n[0].id); // not N2 (consent) nor N3 (referral)
    QCOMPARE(alice.count(), 4);

    const AuditFlag *night = find(alice, AuditRule::UnusualHours);
    QVERIFY(night);
    QCOMPARE(night->fromMs, quint64(at(6, 3 * Hour)));
    QCOMPARE(night->events, 1);

    const AuditFlag *surname = find(alice, AuditRule::SameSurname);
    QVERIFY(surname);
    QCOMPARE(surname->patientId, m_s[0].id);

    const AuditFlag *kiosk = find(flags, AuditRule::PrivateIdFailures);
    QVERIFY(kiosk);
    QCOMPARE(kiosk->patientId, m_s[16].id); // S18 had two: under the threshold
    QCOMPARE(kiosk->events, 3);
    QCOMPARE(kiosk->userKey, m_nina.key.publicKey);
    QVERIFY(!find(flags, AuditRule::PrivateIdFailures, m_s[17].id));

    // Every officer computes the same ids.
    const QList<AuditFlag> again = AuditRules(*m_sync->auditIndex(), ruleSettings()).detect(S, {{m_s[0].id, {QStringLiteral("Hart")}}});
    QCOMPARE(again.size(), flags.size());
    for (qsizetype i = 0; i < flags.size(); ++i)
        QCOMPARE(again[i].flagId, flags[i].flagId);
}

void TestAuditIndex::rulesStayQuietOnANormalUser()
{
    const AuditRules rules(*m_sync->auditIndex(), ruleSettings());
    const QList<AuditFlag> flags = rules.detect(S, {{m_s[0].id, {QStringLiteral("Hart")}}});
    QVERIFY(flagsOf(flags, m_bob.key.publicKey).isEmpty());
    // North's own users are North's officers' business.
    for (const AuditFlag &f : flags)
        QVERIFY(f.userKey != m_northDoc.key.publicKey);
    // Without readable demographics the surname rule cannot run, and says nothing.
    QVERIFY(!find(rules.detect(S), AuditRule::SameSurname));
}

void TestAuditIndex::thresholdsAreTunable()
{
    AuditRuleSettings s = ruleSettings();
    s.volumeMinPatients = 20; // 19 is now under it
    s.privateIdFailures = 2;  // S18's two now count
    s.hours = false;
    const QList<AuditFlag> flags = AuditRules(*m_sync->auditIndex(), s).detect(S);
    QVERIFY(!find(flags, AuditRule::UnusualVolume));
    QVERIFY(!find(flags, AuditRule::UnusualHours));
    QVERIFY(find(flags, AuditRule::PrivateIdFailures, m_s[17].id));
    QVERIFY(find(flags, AuditRule::PrivateIdFailures, m_s[16].id));
}

void TestAuditIndex::reviewWorkflowIsSharedOnTheLedger()
{
    const auto flagOf = [this](LightSync &sync) {
        const auto flags = AuditRules(*sync.auditIndex(), ruleSettings()).detect(S);
        return *find(flags, AuditRule::NoRelationship);
    };
    const AuditFlag flag = flagOf(*m_sync);
    QCOMPARE(flag.status, FlagStatus::Open);
    const QList<QByteArray> officers{m_officer.key.publicKey, m_officer2.key.publicKey};
    const QString note = QStringLiteral("Dr Hart looked up N1 for a colleague; discussed with her.");
    const ComplianceReview reviewed = ReviewNote::seal(flag.flagId, ReviewStatus::Reviewed, note, officers);
    append({item(m_net->make(TxType::ComplianceReview, S, reviewed.encode(), m_officer.key, now()))});
    // The note is on chain only as ciphertext.
    QVERIFY(!reviewed.encode().contains(QByteArrayLiteral("colleague")));

    // North's officer may review (their org), but St Mary's workflow ignores it.
    append({item(m_net->make(TxType::ComplianceReview, N,
                                  ReviewNote::seal(flag.flagId, ReviewStatus::Closed, {}, {}).encode(), m_northOfficer.key,
                                  now()))});

    QVERIFY(m_writer->commit());
    QVERIFY(m_node.restart(m_ports[0])); // serves the blocks written behind its back
    auto other = officerNode(); // the second officer's workstation sees the same state
    QVERIFY(other->syncOnce());
    AuditFlag seen = flagOf(*other);
    QCOMPARE(seen.flagId, flag.flagId);
    QCOMPARE(seen.status, FlagStatus::Reviewed);
    QCOMPARE(seen.reviews.size(), 1);
    auto opened = ReviewNote::open(seen.reviews[0].body, m_officer2.key.publicKey, m_officer2.key.secretKey());
    QVERIFY(opened);
    QCOMPARE(*opened, note);
    QVERIFY(!ReviewNote::open(seen.reviews[0].body, m_alice.key.publicKey, m_alice.key.secretKey()));

    append({item(m_net->make(TxType::ComplianceReview, S,
                                  ReviewNote::seal(flag.flagId, ReviewStatus::Closed, QStringLiteral("Closed."), officers).encode(),
                                  m_officer2.key, now()))});
    QVERIFY(m_writer->commit());
    QVERIFY(m_node.restart(m_ports[0]));
    other = officerNode();
    QVERIFY(other->syncOnce());
    seen = flagOf(*other);
    QCOMPARE(seen.status, FlagStatus::Closed);
    QCOMPARE(seen.reviews.size(), 2);
    QCOMPARE(seen.reviews[1].author, m_officer2.key.publicKey);
}

void TestAuditIndex::onlyTheOrgsOfficersMayReview()
{
    const QByteArray flagId = AuditRules::flagId(AuditRule::NoRelationship, m_alice.key.publicKey, m_n[0].id, 1);
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch()); // the node's own clock
    // A doctor cannot review anyone, not even themself.
    auto byDoctor = submit({item(m_net->make(TxType::ComplianceReview, S,
                                             ReviewNote::seal(flagId, ReviewStatus::Closed, {}, {}).encode(), m_alice.key, now))});
    QCOMPARE(byDoctor[0].code, quint16(Reason::WrongRole));
    // An officer cannot act for another org.
    auto otherOrg = submit({item(m_net->make(TxType::ComplianceReview, N,
                                             ReviewNote::seal(flagId, ReviewStatus::Closed, {}, {}).encode(), m_officer.key, now))});
    QCOMPARE(otherOrg[0].code, quint16(Reason::WrongOrg));
    // A note sealed for the flagged doctor would leak the review: refused.
    auto leaked = submit({item(m_net->make(
        TxType::ComplianceReview, S,
        ReviewNote::seal(flagId, ReviewStatus::Reviewed, QStringLiteral("note"), {m_officer.key.publicKey, m_alice.key.publicKey})
            .encode(),
        m_officer.key, now))});
    QCOMPARE(leaked[0].code, quint16(Reason::NoteReaderNotOfficer));
    // A malformed review (a note without keys) is refused as malformed.
    ComplianceReview bad{flagId, ReviewStatus::Reviewed, QByteArray(40, 'x'), {}};
    auto malformed = m_node.client()->submit({item(m_net->make(TxType::ComplianceReview, S, bad.encode(), m_officer.key, now))});
    QVERIFY(!malformed || malformed->value(0).code == quint16(Reason::Malformed));
}

QTEST_GUILESS_MAIN(TestAuditIndex)
#include "tst_auditindex.moc"
