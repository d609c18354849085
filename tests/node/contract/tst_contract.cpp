// The contract as a specification: one test per rule, run against the real
// LedgerStore (SQLite in a temporary directory) as the LedgerState, with blocks
// executed and committed the way the block producer does it.

#include "contract/Contract.h"
#include "crypto/SealedBox.h"
#include "crypto/Sha256.h"
#include "ledger/Domains.h"
#include "ledger/Block.h"
#include "ledger/MerkleLog.h"
#include "store/LedgerStore.h"
#include "support/TestLedger.h"

#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace careledger;
using namespace careledger::testing;

// Turns a valid transaction (and its author's key, for re-signing) into the bytes under test.
using TxMutation = std::function<QByteArray(Transaction, const TestKey &)>;
Q_DECLARE_METATYPE(careledger::Role)
Q_DECLARE_METATYPE(careledger::Reason)
Q_DECLARE_METATYPE(TxMutation)

namespace {

constexpr quint64 T0 = 1'750'000'000'000; // a fixed, deterministic "now"
const QString A = QStringLiteral("hospital-a");
const QString B = QStringLiteral("hospital-b");

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

// A chain on the real store: every call to block() is one SQL transaction
// with the contract run in order (BlockExecutor), as in BlockProducer::cutBlock.
// Refused transactions are left out of the block; they must leave no trace.
class Chain {
public:
    explicit Chain(const TestLedger &net) : m_net(net), m_contract(net.config())
    {
        auto store = LedgerStore::openSqlite(m_dir.filePath(QStringLiteral("ledger.sqlite")));
        if (!store)
            qFatal("cannot open the test store: %s", qPrintable(store.error().message));
        m_store = std::move(store).value();
        if (Status st = m_store->initialise(net.config()); !st)
            qFatal("cannot initialise the test store: %s", qPrintable(st.error().message));
        if (Status st = m_store->begin(); !st)
            qFatal("begin: %s", qPrintable(st.error().message));
        commit({}, T0 - 60'000);
    }

    const Contract &contract() const { return m_contract; }
    LedgerStore &store() { return *m_store; }
    quint64 height() const { return m_height; }

    // Runs one block at blockTimeMs: the stateless check, then the contract in
    // order. Returns each transaction's reason.
    QList<Reason> block(const QList<QByteArray> &txs, quint64 blockTimeMs)
    {
        QList<Reason> out;
        if (Status st = m_store->begin(); !st) {
            QTest::qFail(qPrintable(st.error().message), __FILE__, __LINE__);
            return out;
        }
        BlockExecutor executor(m_contract, *m_store, blockTimeMs);
        QList<CheckedTransaction> included;
        for (const QByteArray &bytes : txs) {
            StatelessCheck s = m_contract.checkStateless(bytes);
            if (s.reason != Reason::Ok) {
                out.append(s.reason);
                continue;
            }
            const Reason r = executor.execute(s.checked);
            out.append(r);
            if (r == Reason::Ok)
                included.append(s.checked);
        }
        if (included.isEmpty())
            m_store->rollback();
        else
            commit(included, blockTimeMs);
        return out;
    }
    QList<Reason> block(const QList<Transaction> &txs, quint64 blockTimeMs)
    {
        QList<QByteArray> bytes;
        for (const Transaction &tx : txs)
            bytes.append(tx.encode());
        return block(bytes, blockTimeMs);
    }
    // One transaction in its own block, cut at the transaction's own time.
    Reason run(const Transaction &tx) { return block(QList<Transaction>{tx}, tx.timestampMs).value(0, Reason::Malformed); }

private:
    void commit(const QList<CheckedTransaction> &included, quint64 blockTimeMs)
    {
        const bool genesis = m_previous.header.networkId.isEmpty();
        Block block;
        QList<QByteArray> leaves;
        QList<TxIndexEntry> entries;
        for (const CheckedTransaction &c : included) {
            block.transactions.append(c.bytes);
            block.validity.append(0);
            leaves.append(MerkleLog::leafHash(c.bytes));
            entries.append(TxIndexEntry{c.txId, leaves.last(), c.tx.type, c.tx.author, c.tx.org, c.patientId(), c.tx.timestampMs});
        }
        const quint64 first = m_log.size();
        for (const QByteArray &leaf : leaves)
            m_log.appendLeafHash(leaf);
        BlockHeader &h = block.signedHeader.header;
        h.networkId = m_net.networkId();
        h.height = genesis ? 0 : m_previous.header.height + 1;
        h.previousHash = genesis ? QByteArray(Sha256::Size, '\0') : m_previous.header.hash();
        h.txRoot = Block::txRootOfLeafHashes(leaves);
        h.logRoot = m_log.root();
        h.logSize = m_log.size();
        h.validityHash = Block::validityHashOf(block.validity);
        h.timestampMs = blockTimeMs;
        h.proposer = A;
        block.signedHeader.addSignature(A, m_net.org(A).key.secretKey());
        Status st = m_store->appendBlock(block, first, entries);
        if (st)
            st = m_store->commit();
        if (!st) {
            m_store->rollback();
            m_log.truncate(first);
            QTest::qFail(qPrintable(QStringLiteral("committing a block: ") + st.error().message), __FILE__, __LINE__);
            return;
        }
        m_previous = block.signedHeader;
        m_height = h.height;
    }

    const TestLedger &m_net;
    QTemporaryDir m_dir;
    Contract m_contract;
    std::unique_ptr<LedgerStore> m_store;
    MerkleLog m_log;
    SignedHeader m_previous;
    quint64 m_height = 0;
};

// Two member orgs, hospital-a staffed with one user of each clinical and
// administrative role, hospital-b with a doctor, and one patient registered
// at hospital-a. Time moves a second per transaction.
struct World {
    TestLedger net{{A, B}};
    Chain chain{net};
    quint64 t = T0;

    TestUser adminA = TestLedger::newUser(A, Role::Admin);
    TestUser doctorA = TestLedger::newUser(A, Role::Doctor);
    TestUser nurseA = TestLedger::newUser(A, Role::Nurse);
    TestUser emrA = TestLedger::newUser(A, Role::EmrTechnician);
    TestUser complianceA = TestLedger::newUser(A, Role::ComplianceOfficer);
    TestUser insurerA = TestLedger::newUser(A, Role::Insurer);
    TestUser researcherA = TestLedger::newUser(A, Role::Researcher);
    TestUser doctorB = TestLedger::newUser(B, Role::Doctor);
    TestPatient patient = TestPatient::make(QStringLiteral("P-0001"), QStringLiteral("ABCD-1234-EFGH"));

    World()
    {
        QList<Transaction> txs;
        for (const TestUser *u : {&adminA, &doctorA, &nurseA, &emrA, &complianceA, &insurerA, &researcherA, &doctorB})
            txs.append(net.enrolByOrg(*u, t));
        txs.append(net.registerPatient(nurseA, patient, t));
        for (Reason r : chain.block(txs, t))
            if (r != Reason::Ok)
                qFatal("world set-up refused: %s", qPrintable(reasonCode(r)));
    }

    quint64 tick() { return t += 1000; }
    LedgerStore &store() { return chain.store(); }
    Reason run(const Transaction &tx) { return chain.run(tx); }

    const TestUser &user(Role role) const
    {
        switch (role) {
        case Role::Admin: return adminA;
        case Role::Doctor: return doctorA;
        case Role::Nurse: return nurseA;
        case Role::EmrTechnician: return emrA;
        case Role::ComplianceOfficer: return complianceA;
        case Role::Insurer: return insurerA;
        case Role::Researcher: return researcherA;
        }
        return doctorA;
    }

    // A new record by `by` about `p`, sealed for the patient and by's org.
    Transaction record(const TestUser &by, const QString &type, const TestPatient &p, RecordVersion *out = nullptr,
                       const QByteArray &onBehalfOf = {})
    {
        SealedRecord s = net.seal(p, by.org, type);
        s.version.onBehalfOf = onBehalfOf;
        if (out)
            *out = s.version;
        return net.record(by, s.version, tick());
    }
    Transaction record(const TestUser &by, const QString &type, RecordVersion *out = nullptr, const QByteArray &onBehalfOf = {})
    {
        return record(by, type, patient, out, onBehalfOf);
    }
    // An amendment of `base` (txid) of the record `original`.
    Transaction amend(const TestUser &by, const RecordVersion &original, const QByteArray &base)
    {
        SealedRecord s = net.seal(patient, by.org, original.resourceType, fhirJson(original.resourceType, patient.id, QStringLiteral("amended")),
                                  original.recordId);
        s.version.supersedes = base;
        return net.record(by, s.version, tick());
    }
};

} // namespace

class TestContract : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("careledger.store.info=false")); }

    // --- reason codes -------------------------------------------------------
    void reasonCodes_data();
    void reasonCodes();
    void reasonCodesAreDistinct();

    // --- enrolment and revocation --------------------------------------------
    void orgKeyEnrolsEveryRole_data();
    void orgKeyEnrolsEveryRole();
    void enrolmentAuthority_data();
    void enrolmentAuthority();
    void enrolTwice();
    void unknownAuthor_data();
    void unknownAuthor();
    void enrolmentForUnknownOrg();
    void revokedAuthorIsRefused();
    void revocationTargets();
    void wrongOrg_data();
    void wrongOrg();

    // --- replay and time --------------------------------------------------------
    void replayInLaterBlock();
    void replayWithinOneBlock();
    void timestampBounds_data();
    void timestampBounds();

    // --- stateless checks ---------------------------------------------------------
    void statelessRefusals_data();
    void statelessRefusals();
    void malformed_data();
    void malformed();

    // --- patients -----------------------------------------------------------------
    void patientRegistrationByRole_data();
    void patientRegistrationByRole();
    void duplicatePatient_data();
    void duplicatePatient();

    // --- records ------------------------------------------------------------------
    void recordByRole_data();
    void recordByRole();
    void emrTechnicianOnBehalfOf_data();
    void emrTechnicianOnBehalfOf();
    void recordForUnknownPatient();
    void recordPayloadTooLarge();
    void missingWrappedKey_data();
    void missingWrappedKey();
    void amendmentsSupersedeTheLatestVersion();
    void amendTwiceInOneBlock();
    void amendmentReferences_data();
    void amendmentReferences();
    void duplicateRecordId();

    // --- consent ------------------------------------------------------------------
    void treatmentRelationshipFollowsConsent();
    void consentExpiry();
    void consentRewrapsRecordKeys();
    void consentNeedsThePatientsKey_data();
    void consentNeedsThePatientsKey();
    void consentRefusals_data();
    void consentRefusals();
    void consentRevocationRefusals();

    // Access logs
    void accessLogByAnyEnrolledUser_data();
    void accessLogByAnyEnrolledUser();
    void accessLogRefusals_data();
    void accessLogRefusals();
    void accessLogDecoding_data();
    void accessLogDecoding();
};

// --- reason codes -------------------------------------------------------------

void TestContract::reasonCodes_data()
{
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QString>("code");
    QTest::addColumn<quint16>("number");
    QTest::newRow("ok") << Reason::Ok << "ok" << quint16(0);
    QTest::newRow("malformed") << Reason::Malformed << "malformed" << quint16(1);
    QTest::newRow("wrong_role") << Reason::WrongRole << "wrong_role" << quint16(6);
    QTest::newRow("replay") << Reason::Replay << "replay" << quint16(8);
    QTest::newRow("not_latest_version") << Reason::NotLatestVersion << "not_latest_version" << quint16(16);
    QTest::newRow("no_treatment_relationship") << Reason::NoTreatmentRelationship << "no_treatment_relationship" << quint16(17);
    QTest::newRow("not_patient_key") << Reason::NotPatientKey << "not_patient_key" << quint16(21);
    QTest::newRow("on_behalf_of_required") << Reason::OnBehalfOfRequired << "on_behalf_of_required" << quint16(26);
}

// The numbers are block format and the codes API: both are frozen.
void TestContract::reasonCodes()
{
    QFETCH(Reason, reason);
    QFETCH(QString, code);
    QFETCH(quint16, number);
    QCOMPARE(reasonCode(reason), code);
    QCOMPARE(quint16(reason), number);
    QVERIFY(!reasonText(reason).isEmpty());
}

void TestContract::reasonCodesAreDistinct()
{
    QSet<QString> codes;
    for (quint16 n = 0; n <= quint16(Reason::OnBehalfOfRequired); ++n) {
        const QString code = reasonCode(Reason(n));
        QVERIFY2(code != QStringLiteral("unknown_%1").arg(n), qPrintable(code));
        QVERIFY2(!codes.contains(code), qPrintable(code));
        codes.insert(code);
        QVERIFY(!reasonText(Reason(n)).startsWith(QLatin1String("unknown reason")));
    }
    QCOMPARE(reasonCode(Reason(999)), QStringLiteral("unknown_999"));
}

// --- enrolment and revocation -----------------------------------------------------

void TestContract::orgKeyEnrolsEveryRole_data()
{
    QTest::addColumn<Role>("role");
    for (quint8 r = quint8(Role::Doctor); r <= quint8(Role::Researcher); ++r)
        QTest::newRow(qPrintable(roleName(Role(r)))) << Role(r);
}

void TestContract::orgKeyEnrolsEveryRole()
{
    QFETCH(Role, role);
    TestLedger net({A});
    Chain chain(net);
    const TestUser user = TestLedger::newUser(A, role, QStringLiteral("Dr. Test"));
    const Transaction tx = net.enrolByOrg(user, T0);
    QCOMPARE(chain.run(tx), Reason::Ok);
    const auto stored = chain.store().user(user.key.publicKey);
    QVERIFY(stored);
    QCOMPARE(stored->role, role);
    QCOMPARE(stored->org, A);
    QCOMPARE(stored->name, QStringLiteral("Dr. Test"));
    QVERIFY(!stored->revoked);
    QVERIFY(chain.store().hasTransaction(tx.id()));
}

void TestContract::enrolmentAuthority_data()
{
    QTest::addColumn<Role>("authorRole");
    QTest::addColumn<Reason>("expected");
    QTest::newRow("admin enrols") << Role::Admin << Reason::Ok;
    QTest::newRow("doctor cannot") << Role::Doctor << Reason::WrongRole;
    QTest::newRow("nurse cannot") << Role::Nurse << Reason::WrongRole;
    QTest::newRow("emr technician cannot") << Role::EmrTechnician << Reason::WrongRole;
    QTest::newRow("compliance officer cannot") << Role::ComplianceOfficer << Reason::WrongRole;
    QTest::newRow("insurer cannot") << Role::Insurer << Reason::WrongRole;
    QTest::newRow("researcher cannot") << Role::Researcher << Reason::WrongRole;
}

void TestContract::enrolmentAuthority()
{
    QFETCH(Role, authorRole);
    QFETCH(Reason, expected);
    World w;
    const TestUser newcomer = TestLedger::newUser(A, Role::Doctor);
    const Transaction tx = w.net.enrol(newcomer, w.user(authorRole).key, w.tick());
    const Reason r = w.run(tx);
    QCOMPARE(r, expected);
    QCOMPARE(w.store().user(newcomer.key.publicKey).has_value(), expected == Reason::Ok);
    QCOMPARE(w.store().hasTransaction(tx.id()), expected == Reason::Ok);
    if (expected == Reason::WrongRole)
        QCOMPARE(reasonCode(r), QStringLiteral("wrong_role"));
}

void TestContract::enrolTwice()
{
    World w;
    const TestUser u = TestLedger::newUser(A, Role::Nurse);
    QCOMPARE(w.run(w.net.enrolByOrg(u, w.tick())), Reason::Ok);
    // A second enrolment of the same key (a new transaction, new nonce) by the org key or an admin.
    QCOMPARE(w.run(w.net.enrolByOrg(u, w.tick())), Reason::AlreadyEnrolled);
    QCOMPARE(w.run(w.net.enrol(u, w.adminA.key, w.tick())), Reason::AlreadyEnrolled);
    QCOMPARE(reasonCode(Reason::AlreadyEnrolled), QStringLiteral("already_enrolled"));
    // Nor can another org claim the key, not even with a different role.
    TestUser again = u;
    again.org = B;
    again.role = Role::Admin;
    QCOMPARE(w.run(w.net.enrolByOrg(again, w.tick())), Reason::AlreadyEnrolled);
    QCOMPARE(w.store().user(u.key.publicKey)->org, A);
    QCOMPARE(w.store().user(u.key.publicKey)->role, Role::Nurse);
}

void TestContract::unknownAuthor_data()
{
    QTest::addColumn<int>("action");
    QTest::newRow("enrol a user") << 0;
    QTest::newRow("register a patient") << 1;
    QTest::newRow("create a record") << 2;
    QTest::newRow("revoke a user") << 3;
}

void TestContract::unknownAuthor()
{
    QFETCH(int, action);
    World w;
    const TestUser stranger = TestLedger::newUser(A, Role::Admin); // never enrolled
    Transaction tx;
    switch (action) {
    case 0: tx = w.net.enrol(TestLedger::newUser(A, Role::Doctor), stranger.key, w.tick()); break;
    case 1: tx = w.net.registerPatient(stranger, TestPatient::make(QStringLiteral("P-new"), QStringLiteral("new")), w.tick()); break;
    case 2: tx = w.record(stranger, QStringLiteral("Observation")); break;
    case 3: tx = w.net.revoke(w.doctorA, stranger.key, w.tick()); break;
    }
    const Reason r = w.run(tx);
    QCOMPARE(r, Reason::UnknownAuthor);
    QCOMPARE(reasonCode(r), QStringLiteral("unknown_author"));
    QVERIFY(!w.store().hasTransaction(tx.id()));
}

void TestContract::enrolmentForUnknownOrg()
{
    World w;
    const TestUser u = TestLedger::newUser(QStringLiteral("nowhere"), Role::Doctor);
    QCOMPARE(w.run(w.net.enrol(u, w.adminA.key, w.tick())), Reason::UnknownOrg);
    QCOMPARE(w.run(w.net.enrol(u, TestKey::generate(), w.tick())), Reason::UnknownOrg);
}

void TestContract::revokedAuthorIsRefused()
{
    World w;
    QCOMPARE(w.run(w.net.revoke(w.doctorA, w.adminA.key, w.tick())), Reason::Ok);
    QVERIFY(w.store().user(w.doctorA.key.publicKey)->revoked);

    QCOMPARE(w.run(w.record(w.doctorA, QStringLiteral("Observation"))), Reason::AuthorRevoked);
    QCOMPARE(w.run(w.net.registerPatient(w.doctorA, TestPatient::make(QStringLiteral("P-9"), QStringLiteral("nine")), w.tick())),
             Reason::AuthorRevoked);
    // A revoked admin loses the power to enrol too.
    QCOMPARE(w.run(w.net.revoke(w.adminA, w.net.org(A).key, w.tick())), Reason::Ok);
    QCOMPARE(w.run(w.net.enrol(TestLedger::newUser(A, Role::Nurse), w.adminA.key, w.tick())), Reason::AuthorRevoked);
    QCOMPARE(reasonCode(Reason::AuthorRevoked), QStringLiteral("author_revoked"));
    // The key is burnt: it cannot be enrolled again.
    QCOMPARE(w.run(w.net.enrolByOrg(w.doctorA, w.tick())), Reason::AlreadyEnrolled);
}

void TestContract::revocationTargets()
{
    World w;
    // Revoking twice, or a key nobody enrolled: unknown_user.
    QCOMPARE(w.run(w.net.revoke(w.nurseA, w.net.org(A).key, w.tick())), Reason::Ok);
    QCOMPARE(w.run(w.net.revoke(w.nurseA, w.net.org(A).key, w.tick())), Reason::UnknownUser);
    QCOMPARE(w.run(w.net.revoke(TestLedger::newUser(A, Role::Nurse), w.net.org(A).key, w.tick())), Reason::UnknownUser);
    // hospital-a cannot revoke hospital-b's doctor: not under its own name...
    QCOMPARE(w.run(w.net.revoke(w.doctorB, w.adminA.key, w.tick(), A)), Reason::UnknownUser);
    // ...nor by claiming to act for hospital-b: its admin is not hospital-b's, and
    // hospital-a's org key is not hospital-b's nor any user's.
    QCOMPARE(w.run(w.net.revoke(w.doctorB, w.adminA.key, w.tick(), B)), Reason::WrongOrg);
    QCOMPARE(w.run(w.net.revoke(w.doctorB, w.net.org(A).key, w.tick(), B)), Reason::UnknownAuthor);
    QVERIFY(!w.store().user(w.doctorB.key.publicKey)->revoked);
    // hospital-b's own org key can.
    QCOMPARE(w.run(w.net.revoke(w.doctorB, w.net.org(B).key, w.tick())), Reason::Ok);
}

void TestContract::wrongOrg_data()
{
    QTest::addColumn<int>("action");
    QTest::newRow("record under another org") << 0;
    QTest::newRow("patient under another org") << 1;
    QTest::newRow("admin enrols for another org") << 2;
}

void TestContract::wrongOrg()
{
    QFETCH(int, action);
    World w;
    Transaction tx;
    switch (action) {
    case 0: {
        const SealedRecord s = w.net.seal(w.patient, B, QStringLiteral("Observation"));
        tx = w.net.make(TxType::RecordCreate, B, s.version.encode(), w.doctorA.key, w.tick());
        break;
    }
    case 1: {
        const TestPatient p = TestPatient::make(QStringLiteral("P-2"), QStringLiteral("two"));
        tx = w.net.make(TxType::RegisterPatient, B, PatientRegistration{p.id, p.key.publicKey, p.kdf}.encode(), w.nurseA.key,
                        w.tick());
        break;
    }
    case 2: tx = w.net.enrol(TestLedger::newUser(B, Role::Doctor), w.adminA.key, w.tick()); break;
    }
    const Reason r = w.run(tx);
    QCOMPARE(r, Reason::WrongOrg);
    QCOMPARE(reasonCode(r), QStringLiteral("wrong_org"));
}

// --- replay and time -----------------------------------------------------------------

void TestContract::replayInLaterBlock()
{
    World w;
    const Transaction tx = w.record(w.doctorA, QStringLiteral("Observation"));
    QCOMPARE(w.run(tx), Reason::Ok);
    const quint64 height = w.chain.height();
    QCOMPARE(w.chain.block(QList<Transaction>{tx}, tx.timestampMs + 5000), QList<Reason>{Reason::Replay});
    QCOMPARE(w.chain.height(), height);
    QCOMPARE(reasonCode(Reason::Replay), QStringLiteral("replay"));
    // Replaying an enrolment is refused as a replay, not as already_enrolled.
    const TestUser u = TestLedger::newUser(A, Role::Nurse);
    const Transaction enrol = w.net.enrolByOrg(u, w.tick());
    QCOMPARE(w.run(enrol), Reason::Ok);
    QCOMPARE(w.run(enrol), Reason::Replay);
}

void TestContract::replayWithinOneBlock()
{
    World w;
    const Transaction tx = w.record(w.doctorA, QStringLiteral("Observation"));
    QCOMPARE(w.chain.block(QList<Transaction>{tx, tx}, tx.timestampMs), (QList<Reason>{Reason::Ok, Reason::Replay}));
    QVERIFY(w.store().hasTransaction(tx.id()));

    // The same holds for transactions whose effects would not clash: only the id counts.
    const TestPatient p = TestPatient::make(QStringLiteral("P-77"), QStringLiteral("seventy-seven"));
    const Transaction reg = w.net.registerPatient(w.doctorA, p, w.tick());
    const Transaction other = w.record(w.nurseA, QStringLiteral("Observation"));
    QCOMPARE(w.chain.block(QList<Transaction>{reg, other, reg}, reg.timestampMs),
             (QList<Reason>{Reason::Ok, Reason::Ok, Reason::Replay}));
}

void TestContract::timestampBounds_data()
{
    QTest::addColumn<qint64>("offsetMs");
    QTest::addColumn<Reason>("expected");
    const qint64 skew = qint64(Policy{}.maxClockSkewMs);
    QTest::newRow("at block time") << qint64(0) << Reason::Ok;
    QTest::newRow("skew ahead") << skew << Reason::Ok;
    QTest::newRow("skew behind") << -skew << Reason::Ok;
    QTest::newRow("1 ms past skew ahead") << skew + 1 << Reason::TimestampOutOfRange;
    QTest::newRow("1 ms past skew behind") << -skew - 1 << Reason::TimestampOutOfRange;
    QTest::newRow("a day behind") << qint64(-86'400'000) << Reason::TimestampOutOfRange;
}

void TestContract::timestampBounds()
{
    QFETCH(qint64, offsetMs);
    QFETCH(Reason, expected);
    World w;
    const quint64 blockTime = w.tick() + 3'600'000;
    const TestUser u = TestLedger::newUser(A, Role::Nurse);
    const Transaction tx = w.net.enrolByOrg(u, quint64(qint64(blockTime) + offsetMs));
    QCOMPARE(w.chain.block(QList<Transaction>{tx}, blockTime), QList<Reason>{expected});
    QCOMPARE(w.store().user(u.key.publicKey).has_value(), expected == Reason::Ok);
}

// --- stateless checks -----------------------------------------------------------------

void TestContract::statelessRefusals_data()
{
    QTest::addColumn<TxMutation>("mutate");
    QTest::addColumn<Reason>("expected");

    QTest::newRow("intact") << TxMutation([](Transaction tx, const TestKey &) { return tx.encode(); }) << Reason::Ok;
    QTest::newRow("another network") << TxMutation([](Transaction tx, const TestKey &) {
        TestLedger other({A});
        tx.networkId = other.networkId();
        return tx.encode();
    }) << Reason::WrongNetwork;
    QTest::newRow("re-signed for another network") << TxMutation([](Transaction tx, const TestKey &) {
        TestLedger other({A});
        const TestKey k = TestKey::generate();
        return other.make(tx.type, tx.org, tx.body, k, tx.timestampMs).encode();
    }) << Reason::WrongNetwork;
    QTest::newRow("signature byte flipped") << TxMutation([](Transaction tx, const TestKey &) {
        tx.signature[10] = char(tx.signature[10] ^ 0x01);
        return tx.encode();
    }) << Reason::BadSignature;
    QTest::newRow("body byte flipped") << TxMutation([](Transaction tx, const TestKey &) {
        tx.body[tx.body.size() - 1] = char(tx.body[tx.body.size() - 1] ^ 0x01);
        return tx.encode();
    }) << Reason::BadSignature;
    QTest::newRow("body byte flipped in the encoding") << TxMutation([](Transaction tx, const TestKey &) {
        // The body's last byte is the enrolment's role, somewhere inside the encoding.
        QByteArray bytes = tx.encode();
        const qsizetype at = bytes.indexOf(tx.body);
        bytes[at + tx.body.size() - 1] = char(quint8(Role::Admin));
        return bytes;
    }) << Reason::BadSignature;
    QTest::newRow("timestamp changed") << TxMutation([](Transaction tx, const TestKey &) {
        tx.timestampMs += 1;
        return tx.encode();
    }) << Reason::BadSignature;
    QTest::newRow("org changed") << TxMutation([](Transaction tx, const TestKey &) {
        tx.org = B;
        return tx.encode();
    }) << Reason::BadSignature;
    QTest::newRow("author swapped") << TxMutation([](Transaction tx, const TestKey &) {
        tx.author = TestKey::generate().publicKey;
        return tx.encode();
    }) << Reason::BadSignature;
    QTest::newRow("signed in the endorsement domain") << TxMutation([](Transaction tx, const TestKey &author) {
        // Right key, right bytes, wrong context: domain separation makes it worthless.
        tx.signature = Ed25519::sign(author.secretKey(), Domains::Endorsement, tx.signingBytes());
        return tx.encode();
    }) << Reason::BadSignature;
}

void TestContract::statelessRefusals()
{
    QFETCH(TxMutation, mutate);
    QFETCH(Reason, expected);
    World w;
    const TestUser u = TestLedger::newUser(A, Role::Nurse);
    const Transaction tx = w.net.enrolByOrg(u, w.tick());
    const QByteArray bytes = mutate(tx, w.net.org(A).key);
    const StatelessCheck s = w.chain.contract().checkStateless(bytes);
    QCOMPARE(s.reason, expected);
    if (expected == Reason::Ok)
        QCOMPARE(s.checked.txId, tx.id());
    else
        QCOMPARE(reasonCode(s.reason), expected == Reason::WrongNetwork ? QStringLiteral("wrong_network")
                                                                       : QStringLiteral("bad_signature"));
    // Through a block: refused before the contract runs, and nothing is written.
    QCOMPARE(w.chain.block(QList<QByteArray>{bytes}, tx.timestampMs), QList<Reason>{expected});
    QCOMPARE(w.store().user(u.key.publicKey).has_value(), expected == Reason::Ok);
}

void TestContract::malformed_data()
{
    QTest::addColumn<TxMutation>("mutate");
    QTest::addColumn<QString>("detail"); // a word the decoder's explanation must contain

    QTest::newRow("non-shortest integer") << TxMutation([](Transaction tx, const TestKey &) {
        QByteArray b = tx.encode();
        // 0x83 0x88 0x01: [[version 1 ... → version written as 0x18 0x01.
        Q_ASSERT(b.startsWith(hex("838801")));
        return b.left(2) + hex("1801") + b.mid(3);
    }) << "canonical";
    QTest::newRow("trailing byte") << TxMutation([](Transaction tx, const TestKey &) { return tx.encode() + hex("00"); }) << "";
    QTest::newRow("indefinite-length array") << TxMutation([](Transaction tx, const TestKey &) {
        const QByteArray b = tx.encode();
        return hex("9f") + b.mid(1) + hex("ff");
    }) << "indefinite";
    QTest::newRow("truncated") << TxMutation([](Transaction tx, const TestKey &) { return tx.encode().chopped(1); }) << "";
    QTest::newRow("empty") << TxMutation([](Transaction, const TestKey &) { return QByteArray(); }) << "";
    QTest::newRow("not an array") << TxMutation([](Transaction, const TestKey &) { return hex("1864"); }) << "array";
    QTest::newRow("unknown transaction type") << TxMutation([](Transaction tx, const TestKey &) {
        tx.type = TxType(99);
        return tx.encode();
    }) << "type";
    QTest::newRow("oversize") << TxMutation([](Transaction tx, const TestKey &) {
        tx.body = QByteArray(Transaction::MaxEncodedSize, 'x');
        return tx.encode();
    }) << "";
    // Properly signed, but the body inside is not canonical.
    QTest::newRow("non-canonical body") << TxMutation([](Transaction tx, const TestKey &author) {
        QByteArray body = tx.body;
        Q_ASSERT(body.endsWith(char(quint8(Role::Nurse))));
        tx.body = body.chopped(1) + hex("1802"); // role 2 as a one-byte-extended integer
        tx.sign(author.secretKey());
        return tx.encode();
    }) << "enrolment";
    QTest::newRow("body of another type") << TxMutation([](Transaction tx, const TestKey &author) {
        tx.body = ConsentRevocation{QByteArray(16, 'c'), QStringLiteral("P-1")}.encode();
        tx.sign(author.secretKey());
        return tx.encode();
    }) << "enrolment";
    QTest::newRow("body with trailing byte") << TxMutation([](Transaction tx, const TestKey &author) {
        tx.body += hex("00");
        tx.sign(author.secretKey());
        return tx.encode();
    }) << "enrolment";
}

void TestContract::malformed()
{
    QFETCH(TxMutation, mutate);
    QFETCH(QString, detail);
    World w;
    const TestUser u = TestLedger::newUser(A, Role::Nurse);
    const Transaction tx = w.net.enrolByOrg(u, w.tick());
    const QByteArray bytes = mutate(tx, w.net.org(A).key);
    const StatelessCheck s = w.chain.contract().checkStateless(bytes);
    QCOMPARE(s.reason, Reason::Malformed);
    QVERIFY2(!s.detail.isEmpty(), "a Malformed refusal explains itself");
    QVERIFY2(s.detail.contains(detail, Qt::CaseInsensitive), qPrintable(s.detail));
    QCOMPARE(reasonCode(s.reason), QStringLiteral("malformed"));
    QCOMPARE(w.chain.block(QList<QByteArray>{bytes}, tx.timestampMs), QList<Reason>{Reason::Malformed});
    QVERIFY(!w.store().user(u.key.publicKey));
}

// --- patients -----------------------------------------------------------------------

void TestContract::patientRegistrationByRole_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Reason>("expected");
    QTest::newRow("doctor") << Role::Doctor << Reason::Ok;
    QTest::newRow("nurse") << Role::Nurse << Reason::Ok;
    QTest::newRow("emr technician") << Role::EmrTechnician << Reason::Ok;
    QTest::newRow("admin") << Role::Admin << Reason::Ok;
    QTest::newRow("compliance officer") << Role::ComplianceOfficer << Reason::WrongRole;
    QTest::newRow("insurer") << Role::Insurer << Reason::WrongRole;
    QTest::newRow("researcher") << Role::Researcher << Reason::WrongRole;
}

void TestContract::patientRegistrationByRole()
{
    QFETCH(Role, role);
    QFETCH(Reason, expected);
    World w;
    const TestPatient p = TestPatient::make(QStringLiteral("P-0100"), QStringLiteral("private 100"));
    const Reason r = w.run(w.net.registerPatient(w.user(role), p, w.tick()));
    QCOMPARE(r, expected);
    const auto stored = w.store().patient(p.id);
    QCOMPARE(stored.has_value(), expected == Reason::Ok);
    if (stored) {
        QCOMPARE(stored->signKey, p.key.publicKey);
        QCOMPARE(stored->registeredBy, A);
        QCOMPARE(stored->kdf.salt, p.kdf.salt);
        QCOMPARE(stored->kdf.opsLimit, p.kdf.opsLimit);
        QCOMPARE(stored->kdf.memLimitBytes, p.kdf.memLimitBytes);
    }
}

void TestContract::duplicatePatient_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("same id, same org") << 0;
    QTest::newRow("same id, other org") << 1;
    QTest::newRow("other id, same key") << 2;
    QTest::newRow("key of an enrolled user") << 3;
    QTest::newRow("empty id") << 4;
}

void TestContract::duplicatePatient()
{
    QFETCH(int, variant);
    World w;
    TestPatient p = TestPatient::make(QStringLiteral("P-0200"), QStringLiteral("two hundred"));
    const TestUser &by = variant == 1 ? w.doctorB : w.doctorA;
    switch (variant) {
    case 0:
    case 1: p.id = w.patient.id; break;
    case 2: p.key = w.patient.key; break;
    case 3: p.key = w.nurseA.key; break;
    case 4: p.id.clear(); break;
    }
    const Reason r = w.run(w.net.registerPatient(by, p, w.tick()));
    if (variant == 2)
        QEXPECT_FAIL("", "LedgerState has no lookup by patient key, so Contract cannot see that another patient "
                         "already has this key (reason text: \"a patient with this id or key is already registered\")",
                     Abort);
    QCOMPARE(r, Reason::DuplicatePatient);
    QCOMPARE(reasonCode(r), QStringLiteral("duplicate_patient"));
    // The first registration stands unchanged.
    QCOMPARE(w.store().patient(w.patient.id)->signKey, w.patient.key.publicKey);
    QCOMPARE(w.store().patient(w.patient.id)->registeredBy, A);
}

// --- records ------------------------------------------------------------------------

void TestContract::recordByRole_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("type");
    QTest::addColumn<Reason>("expected");
    for (const char *type : {"Observation", "Condition", "MedicationRequest", "AllergyIntolerance", "DocumentReference"})
        QTest::addRow("doctor %s", type) << Role::Doctor << QString::fromLatin1(type) << Reason::Ok;
    for (const char *type : {"Observation", "DocumentReference", "Encounter"})
        QTest::addRow("nurse %s", type) << Role::Nurse << QString::fromLatin1(type) << Reason::Ok;
    for (const char *type : {"Condition", "MedicationRequest", "AllergyIntolerance"})
        QTest::addRow("nurse %s", type) << Role::Nurse << QString::fromLatin1(type) << Reason::WrongRole;
    QTest::newRow("compliance officer Observation") << Role::ComplianceOfficer << "Observation" << Reason::WrongRole;
    QTest::newRow("admin Observation") << Role::Admin << "Observation" << Reason::WrongRole;
    QTest::newRow("insurer Observation") << Role::Insurer << "Observation" << Reason::WrongRole;
    QTest::newRow("researcher Observation") << Role::Researcher << "Observation" << Reason::WrongRole;
    QTest::newRow("emr technician alone") << Role::EmrTechnician << "Observation" << Reason::OnBehalfOfRequired;
}

void TestContract::recordByRole()
{
    QFETCH(Role, role);
    QFETCH(QString, type);
    QFETCH(Reason, expected);
    World w;
    RecordVersion v;
    const Transaction tx = w.record(w.user(role), type, &v);
    QCOMPARE(w.run(tx), expected);
    const auto stored = w.store().recordVersion(tx.id());
    QCOMPARE(stored.has_value(), expected == Reason::Ok);
    if (stored) {
        QCOMPARE(stored->version, quint64(1));
        QCOMPARE(stored->recordId, v.recordId);
        QCOMPARE(stored->resourceType, type);
        QCOMPARE(stored->org, A);
        QCOMPARE(stored->author, w.user(role).key.publicKey);
        QCOMPARE(stored->ciphertextHash, v.ciphertextHash);
        QVERIFY(!stored->superseded);
        QVERIFY(w.store().mayReadPayload(w.doctorA.key.publicKey, v.ciphertextHash)); // the org's key
        QVERIFY(w.store().mayReadPayload(w.patient.key.publicKey, v.ciphertextHash)); // the patient
        QVERIFY(!w.store().mayReadPayload(w.doctorB.key.publicKey, v.ciphertextHash));
    }
}

void TestContract::emrTechnicianOnBehalfOf_data()
{
    QTest::addColumn<int>("clinician");
    QTest::addColumn<QString>("type");
    QTest::addColumn<Reason>("expected");
    // 0 none, 1 doctor of A, 2 nurse of A, 3 doctor of B, 4 compliance officer of A,
    // 5 an unenrolled key, 6 a revoked doctor of A, 7 another EMR technician of A
    QTest::newRow("no clinician") << 0 << "Observation" << Reason::OnBehalfOfRequired;
    QTest::newRow("for a doctor") << 1 << "Condition" << Reason::Ok;
    QTest::newRow("for a nurse, Observation") << 2 << "Observation" << Reason::Ok;
    QTest::newRow("for a nurse, Condition") << 2 << "Condition" << Reason::WrongRole;
    QTest::newRow("for another org's doctor") << 3 << "Observation" << Reason::OnBehalfOfRequired;
    QTest::newRow("for a compliance officer") << 4 << "Observation" << Reason::OnBehalfOfRequired;
    QTest::newRow("for an unenrolled key") << 5 << "Observation" << Reason::OnBehalfOfRequired;
    QTest::newRow("for a revoked doctor") << 6 << "Observation" << Reason::OnBehalfOfRequired;
    QTest::newRow("for another EMR technician") << 7 << "Observation" << Reason::OnBehalfOfRequired;
}

void TestContract::emrTechnicianOnBehalfOf()
{
    QFETCH(int, clinician);
    QFETCH(QString, type);
    QFETCH(Reason, expected);
    World w;
    QByteArray onBehalfOf;
    switch (clinician) {
    case 1: onBehalfOf = w.doctorA.key.publicKey; break;
    case 2: onBehalfOf = w.nurseA.key.publicKey; break;
    case 3: onBehalfOf = w.doctorB.key.publicKey; break;
    case 4: onBehalfOf = w.complianceA.key.publicKey; break;
    case 5: onBehalfOf = TestKey::generate().publicKey; break;
    case 6: {
        const TestUser revoked = TestLedger::newUser(A, Role::Doctor);
        QCOMPARE(w.run(w.net.enrolByOrg(revoked, w.tick())), Reason::Ok);
        QCOMPARE(w.run(w.net.revoke(revoked, w.adminA.key, w.tick())), Reason::Ok);
        onBehalfOf = revoked.key.publicKey;
        break;
    }
    case 7: {
        const TestUser other = TestLedger::newUser(A, Role::EmrTechnician);
        QCOMPARE(w.run(w.net.enrolByOrg(other, w.tick())), Reason::Ok);
        onBehalfOf = other.key.publicKey;
        break;
    }
    }
    const Transaction tx = w.record(w.emrA, type, nullptr, onBehalfOf);
    const Reason r = w.run(tx);
    QCOMPARE(r, expected);
    if (expected == Reason::OnBehalfOfRequired)
        QCOMPARE(reasonCode(r), QStringLiteral("on_behalf_of_required"));
    QCOMPARE(w.store().recordVersion(tx.id()).has_value(), expected == Reason::Ok);
}

void TestContract::recordForUnknownPatient()
{
    World w;
    const TestPatient stranger = TestPatient::make(QStringLiteral("P-unknown"), QStringLiteral("nobody"));
    const Reason r = w.run(w.record(w.doctorA, QStringLiteral("Observation"), stranger));
    QCOMPARE(r, Reason::UnknownPatient);
    QCOMPARE(reasonCode(r), QStringLiteral("unknown_patient"));
}

void TestContract::recordPayloadTooLarge()
{
    World w;
    SealedRecord s = w.net.seal(w.patient, A, QStringLiteral("Observation"));
    s.version.ciphertextSize = quint64(RecordVersion::MaxPayloadSize);
    QCOMPARE(w.run(w.net.record(w.doctorA, s.version, w.tick())), Reason::Ok); // at the limit
    s = w.net.seal(w.patient, A, QStringLiteral("Observation"));
    s.version.ciphertextSize = quint64(RecordVersion::MaxPayloadSize) + 1;
    const Transaction tx = w.net.record(w.doctorA, s.version, w.tick());
    QCOMPARE(w.chain.contract().checkStateless(tx.encode()).reason, Reason::Ok); // a size is a rule, not a shape
    const Reason r = w.run(tx);
    QCOMPARE(r, Reason::PayloadTooLarge);
    QCOMPARE(reasonCode(r), QStringLiteral("payload_too_large"));
}

void TestContract::missingWrappedKey_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("no key for the patient") << 0;
    QTest::newRow("no key for the org") << 1;
    QTest::newRow("patient key names another patient") << 2;
    QTest::newRow("org key names another org") << 3;
    QTest::newRow("only a user key") << 4;
}

void TestContract::missingWrappedKey()
{
    QFETCH(int, variant);
    World w;
    const QByteArray recordId = RecordCipher::newRecordId();
    const QByteArray json = fhirJson(QStringLiteral("Observation"), w.patient.id, QStringLiteral("bp"));
    const KeyRecipient patientKey{RecipientKind::Patient, w.patient.id, w.patient.key.x25519PublicKey()};
    const KeyRecipient orgKey{RecipientKind::Org, A, w.net.org(A).key.x25519PublicKey()};
    QList<KeyRecipient> recipients;
    switch (variant) {
    case 0: recipients = {orgKey}; break;
    case 1: recipients = {patientKey}; break;
    case 2: recipients = {{RecipientKind::Patient, QStringLiteral("P-other"), w.patient.key.x25519PublicKey()}, orgKey}; break;
    case 3: recipients = {patientKey, {RecipientKind::Org, B, w.net.org(B).key.x25519PublicKey()}}; break;
    case 4: recipients = {{RecipientKind::User, QString::fromLatin1(w.doctorA.key.publicKey.toHex()), w.doctorA.key.x25519PublicKey()}}; break;
    }
    const SealedRecord s = RecordCipher::seal(json, recordId, w.patient.id, QStringLiteral("Observation"), recipients);
    const Reason r = w.run(w.net.record(w.doctorA, s.version, w.tick()));
    QCOMPARE(r, Reason::MissingWrappedKey);
    QCOMPARE(reasonCode(r), QStringLiteral("missing_wrapped_key"));
    QVERIFY(!w.store().latestVersion(recordId));
}

void TestContract::amendmentsSupersedeTheLatestVersion()
{
    World w;
    RecordVersion original;
    const Transaction v1 = w.record(w.doctorA, QStringLiteral("Condition"), &original);
    QCOMPARE(w.run(v1), Reason::Ok);

    const Transaction v2 = w.amend(w.doctorA, original, v1.id());
    QCOMPARE(w.run(v2), Reason::Ok);
    QCOMPARE(w.store().recordVersion(v2.id())->version, quint64(2));
    QVERIFY(w.store().recordVersion(v1.id())->superseded);
    QCOMPARE(w.store().latestVersion(original.recordId)->txId, v2.id());

    // A second amendment from the same (now superseded) base.
    const Transaction stale = w.amend(w.doctorA, original, v1.id());
    const Reason r = w.run(stale);
    QCOMPARE(r, Reason::NotLatestVersion);
    QCOMPARE(reasonCode(r), QStringLiteral("not_latest_version"));
    QVERIFY(!w.store().recordVersion(stale.id()));

    const Transaction v3 = w.amend(w.doctorA, original, v2.id());
    QCOMPARE(w.run(v3), Reason::Ok);
    QCOMPARE(w.store().recordVersion(v3.id())->version, quint64(3));
    QVERIFY(w.store().recordVersion(v2.id())->superseded);
    QVERIFY(!w.store().recordVersion(v3.id())->superseded);
    QCOMPARE(w.store().latestVersion(original.recordId)->version, quint64(3));

    // A nurse may not amend a doctor's Condition: the type decides, not the record's history.
    QCOMPARE(w.run(w.amend(w.nurseA, original, v3.id())), Reason::WrongRole);
}

void TestContract::amendTwiceInOneBlock()
{
    World w;
    RecordVersion original;
    const Transaction v1 = w.record(w.doctorA, QStringLiteral("Observation"), &original);
    QCOMPARE(w.run(v1), Reason::Ok);
    const Transaction a = w.amend(w.doctorA, original, v1.id());
    const Transaction b = w.amend(w.nurseA, original, v1.id());
    QCOMPARE(w.chain.block(QList<Transaction>{a, b}, b.timestampMs), (QList<Reason>{Reason::Ok, Reason::NotLatestVersion}));
    QCOMPARE(w.store().latestVersion(original.recordId)->txId, a.id());
}

void TestContract::amendmentReferences_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<Reason>("expected");
    QTest::newRow("supersedes an unknown txid") << 0 << Reason::UnknownRecord;
    QTest::newRow("supersedes a non-record transaction") << 1 << Reason::UnknownRecord;
    QTest::newRow("other record id") << 2 << Reason::UnknownRecord;
    QTest::newRow("other resource type") << 3 << Reason::UnknownRecord;
    QTest::newRow("amend without supersedes") << 4 << Reason::UnknownRecord;
    QTest::newRow("create with supersedes") << 5 << Reason::Malformed;
}

void TestContract::amendmentReferences()
{
    QFETCH(int, variant);
    QFETCH(Reason, expected);
    World w;
    RecordVersion original;
    const Transaction v1 = w.record(w.doctorA, QStringLiteral("Observation"), &original);
    QCOMPARE(w.run(v1), Reason::Ok);
    SealedRecord s = w.net.seal(w.patient, A, QStringLiteral("Observation"), {}, original.recordId);
    s.version.supersedes = v1.id();
    TxType type = TxType::RecordAmend;
    switch (variant) {
    case 0: s.version.supersedes = randomBytes(32); break;
    case 1: {
        const TestUser u = TestLedger::newUser(A, Role::Nurse);
        const Transaction enrol = w.net.enrolByOrg(u, w.tick());
        QCOMPARE(w.run(enrol), Reason::Ok);
        s.version.supersedes = enrol.id();
        break;
    }
    case 2: s.version.recordId = RecordCipher::newRecordId(); break;
    case 3: s = w.net.seal(w.patient, A, QStringLiteral("Condition"), {}, original.recordId); s.version.supersedes = v1.id(); break;
    case 4: s.version.supersedes.clear(); break;
    case 5: type = TxType::RecordCreate; break;
    }
    const Transaction tx = w.net.make(type, A, s.version.encode(), w.doctorA.key, w.tick());
    QCOMPARE(w.run(tx), expected);
    QVERIFY(!w.store().recordVersion(tx.id()));
    QVERIFY(!w.store().recordVersion(v1.id())->superseded);
}

void TestContract::duplicateRecordId()
{
    World w;
    RecordVersion original;
    QCOMPARE(w.run(w.record(w.doctorA, QStringLiteral("Observation"), &original)), Reason::Ok);
    const SealedRecord again = w.net.seal(w.patient, A, QStringLiteral("Observation"), {}, original.recordId);
    const Reason r = w.run(w.net.record(w.nurseA, again.version, w.tick()));
    QCOMPARE(r, Reason::DuplicateRecord);
    QCOMPARE(reasonCode(r), QStringLiteral("duplicate_record"));
}

// --- consent ---------------------------------------------------------------------------

void TestContract::treatmentRelationshipFollowsConsent()
{
    World w;
    // hospital-b has never seen the patient.
    Reason r = w.run(w.record(w.doctorB, QStringLiteral("Observation")));
    QCOMPARE(r, Reason::NoTreatmentRelationship);
    QCOMPARE(reasonCode(r), QStringLiteral("no_treatment_relationship"));

    const ConsentGrant grant = TestLedger::consent(w.patient, B, {QStringLiteral("Observation")}, w.t + 3'600'000);
    QCOMPARE(w.run(w.net.grant(grant, w.patient.key, A, w.tick())), Reason::Ok);
    const auto stored = w.store().consent(grant.consentId);
    QVERIFY(stored);
    QCOMPARE(stored->granteeOrg, B);
    QCOMPARE(stored->scope, QStringList{QStringLiteral("Observation")});
    QVERIFY(!stored->revoked);

    // Covered by the consent: allowed; outside its scope: still refused.
    QCOMPARE(w.run(w.record(w.doctorB, QStringLiteral("Observation"))), Reason::Ok);
    QCOMPARE(w.run(w.record(w.doctorB, QStringLiteral("Condition"))), Reason::NoTreatmentRelationship);

    QCOMPARE(w.run(w.net.revokeConsent(grant, w.patient.key, A, w.tick())), Reason::Ok);
    QVERIFY(w.store().consent(grant.consentId)->revoked);
    QCOMPARE(w.run(w.record(w.doctorB, QStringLiteral("Observation"))), Reason::NoTreatmentRelationship);

    // An unscoped consent covers every type.
    const ConsentGrant all = TestLedger::consent(w.patient, B, {}, w.t + 3'600'000);
    QCOMPARE(w.run(w.net.grant(all, w.patient.key, A, w.tick())), Reason::Ok);
    QCOMPARE(w.run(w.record(w.doctorB, QStringLiteral("Condition"))), Reason::Ok);
    // hospital-a's own relationship never depended on consent.
    QCOMPARE(w.run(w.record(w.doctorA, QStringLiteral("Condition"))), Reason::Ok);
}

void TestContract::consentExpiry()
{
    World w;
    const quint64 expires = w.t + 10'000;
    const ConsentGrant grant = TestLedger::consent(w.patient, B, {QStringLiteral("Observation")}, expires);
    QCOMPARE(w.run(w.net.grant(grant, w.patient.key, A, w.tick())), Reason::Ok);

    SealedRecord s = w.net.seal(w.patient, B, QStringLiteral("Observation"));
    // One millisecond before expiry: in force.
    QCOMPARE(w.run(w.net.record(w.doctorB, s.version, expires - 1)), Reason::Ok);
    // At and after expiry: no longer.
    s = w.net.seal(w.patient, B, QStringLiteral("Observation"));
    QCOMPARE(w.run(w.net.record(w.doctorB, s.version, expires)), Reason::NoTreatmentRelationship);
    s = w.net.seal(w.patient, B, QStringLiteral("Observation"));
    QCOMPARE(w.run(w.net.record(w.doctorB, s.version, expires + 60'000)), Reason::NoTreatmentRelationship);
}

void TestContract::consentRewrapsRecordKeys()
{
    World w;
    RecordVersion v;
    const Transaction rec = w.record(w.doctorA, QStringLiteral("Observation"), &v);
    QCOMPARE(w.run(rec), Reason::Ok);
    QVERIFY(!w.store().mayReadPayload(w.doctorB.key.publicKey, v.ciphertextHash));

    // At the kiosk: the patient's derived key opens the record key and re-wraps it for hospital-b.
    const WrappedKey forPatient = v.keys.at(0);
    QCOMPARE(forPatient.kind, RecipientKind::Patient);
    auto recordKey = SealedBox::open(w.patient.key.x25519PublicKey(), w.patient.key.x25519SecretKey(), forPatient.sealed);
    QVERIFY(recordKey);
    ConsentGrant grant = TestLedger::consent(w.patient, B, {}, w.t + 3'600'000);
    grant.keys.append({rec.id(), SealedBox::seal(w.net.org(B).key.x25519PublicKey(), recordKey->view())});
    QCOMPARE(w.run(w.net.grant(grant, w.patient.key, A, w.tick())), Reason::Ok);
    QVERIFY(w.store().mayReadPayload(w.doctorB.key.publicKey, v.ciphertextHash));
}

void TestContract::consentNeedsThePatientsKey_data()
{
    QTest::addColumn<QString>("typedId");
    QTest::addColumn<Reason>("expected");
    QTest::newRow("the private ID") << "ABCD-1234-EFGH" << Reason::Ok;
    QTest::newRow("typed in lower case with spaces") << "abcd 1234 efgh" << Reason::Ok;
    QTest::newRow("a wrong private ID") << "ABCD-1234-EFGX" << Reason::NotPatientKey;
    QTest::newRow("another patient's ID") << "ZZZZ-0000-0000" << Reason::NotPatientKey;
}

void TestContract::consentNeedsThePatientsKey()
{
    QFETCH(QString, typedId);
    QFETCH(Reason, expected);
    World w;
    const TestKey derived = w.patient.keyFor(typedId);
    const ConsentGrant grant = TestLedger::consent(w.patient, B, {}, w.t + 3'600'000);
    const Reason r = w.run(w.net.grant(grant, derived, A, w.tick()));
    QCOMPARE(r, expected);
    QCOMPARE(w.store().consent(grant.consentId).has_value(), expected == Reason::Ok);
    if (expected == Reason::NotPatientKey)
        QCOMPARE(reasonCode(r), QStringLiteral("not_patient_key"));
}

void TestContract::consentRefusals_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<Reason>("expected");
    QTest::newRow("grantee is no member") << 0 << Reason::UnknownOrg;
    QTest::newRow("already expired") << 1 << Reason::ConsentExpired;
    QTest::newRow("expires at its own timestamp") << 2 << Reason::ConsentExpired;
    QTest::newRow("unknown patient") << 3 << Reason::UnknownPatient;
    QTest::newRow("signed by a doctor") << 4 << Reason::NotPatientKey;
    QTest::newRow("signed by the grantee org") << 5 << Reason::NotPatientKey;
    QTest::newRow("key for another patient's record") << 6 << Reason::UnknownRecord;
    QTest::newRow("key for an unknown record") << 7 << Reason::UnknownRecord;
    QTest::newRow("duplicate consent id") << 8 << Reason::DuplicateConsent;
}

void TestContract::consentRefusals()
{
    QFETCH(int, variant);
    QFETCH(Reason, expected);
    World w;
    const quint64 ts = w.tick();
    ConsentGrant grant = TestLedger::consent(w.patient, B, {}, ts + 3'600'000);
    TestKey signer = w.patient.key;
    switch (variant) {
    case 0: grant.granteeOrg = QStringLiteral("st-elsewhere"); break;
    case 1: grant.expiresMs = ts - 1; break;
    case 2: grant.expiresMs = ts; break;
    case 3: {
        const TestPatient ghost = TestPatient::make(QStringLiteral("P-ghost"), QStringLiteral("ghost"));
        grant.patientId = ghost.id;
        signer = ghost.key;
        break;
    }
    case 4: signer = w.doctorA.key; break;
    case 5: signer = w.net.org(B).key; break;
    case 6: {
        const TestPatient other = TestPatient::make(QStringLiteral("P-other"), QStringLiteral("other"));
        QCOMPARE(w.run(w.net.registerPatient(w.nurseA, other, w.tick())), Reason::Ok);
        const Transaction rec = w.record(w.doctorA, QStringLiteral("Observation"), other);
        QCOMPARE(w.run(rec), Reason::Ok);
        grant.keys.append({rec.id(), randomBytes(80)});
        break;
    }
    case 7: grant.keys.append({randomBytes(32), randomBytes(80)}); break;
    case 8: {
        const ConsentGrant first = TestLedger::consent(w.patient, B, {QStringLiteral("Observation")}, ts + 60'000);
        QCOMPARE(w.run(w.net.grant(first, w.patient.key, A, ts)), Reason::Ok);
        grant.consentId = first.consentId;
        break;
    }
    }
    const Transaction tx = w.net.grant(grant, signer, A, variant == 6 ? w.tick() : ts + 1);
    QCOMPARE(w.run(tx), expected);
    QVERIFY(!w.store().hasTransaction(tx.id()));
    if (variant != 8)
        QVERIFY(!w.store().consent(grant.consentId));
    QVERIFY(!w.store().hasConsent(w.patient.id, B, QStringLiteral("Condition"), ts + 2));
}

void TestContract::consentRevocationRefusals()
{
    World w;
    const TestPatient other = TestPatient::make(QStringLiteral("P-0300"), QStringLiteral("three hundred"));
    QCOMPARE(w.run(w.net.registerPatient(w.nurseA, other, w.tick())), Reason::Ok);
    const ConsentGrant grant = TestLedger::consent(w.patient, B, {}, w.t + 3'600'000);
    QCOMPARE(w.run(w.net.grant(grant, w.patient.key, A, w.tick())), Reason::Ok);

    // Someone else's key: another patient, a doctor, the grantee org, a wrong private ID.
    for (const TestKey &k : {other.key, w.doctorA.key, w.net.org(B).key, w.patient.keyFor(QStringLiteral("WRONG"))}) {
        const Reason r = w.run(w.net.revokeConsent(grant, k, A, w.tick()));
        QCOMPARE(r, Reason::NotPatientKey);
    }
    // Another patient naming themself cannot revoke a consent that is not theirs.
    ConsentGrant foreign = grant;
    foreign.patientId = other.id;
    QCOMPARE(w.run(w.net.revokeConsent(foreign, other.key, A, w.tick())), Reason::UnknownConsent);
    // An unknown consent id.
    ConsentGrant unknown = grant;
    unknown.consentId = randomBytes(16);
    QCOMPARE(w.run(w.net.revokeConsent(unknown, w.patient.key, A, w.tick())), Reason::UnknownConsent);
    QVERIFY(!w.store().consent(grant.consentId)->revoked);
    QVERIFY(w.store().hasConsent(w.patient.id, B, QStringLiteral("Condition"), w.t));

    // The patient can; and only once.
    QCOMPARE(w.run(w.net.revokeConsent(grant, w.patient.key, A, w.tick())), Reason::Ok);
    const Reason twice = w.run(w.net.revokeConsent(grant, w.patient.key, A, w.tick()));
    QCOMPARE(twice, Reason::UnknownConsent);
    QCOMPARE(reasonCode(twice), QStringLiteral("unknown_consent"));
    QVERIFY(!w.store().hasConsent(w.patient.id, B, QStringLiteral("Condition"), w.t));
}

void TestContract::accessLogByAnyEnrolledUser_data()
{
    QTest::addColumn<Role>("role");
    for (Role r : {Role::Doctor, Role::Nurse, Role::EmrTechnician, Role::ComplianceOfficer, Role::Admin, Role::Insurer,
                   Role::Researcher})
        QTest::newRow(qPrintable(roleName(r))) << r;
}

// Whoever sees a patient's data leaves a trace, whatever their role.
void TestContract::accessLogByAnyEnrolledUser()
{
    QFETCH(Role, role);
    World w;
    RecordVersion version;
    const Transaction rec = w.record(w.doctorA, QStringLiteral("Condition"), &version);
    QCOMPARE(w.run(rec), Reason::Ok);
    const quint64 now = w.tick();
    AccessLog log{QStringLiteral("ward-3-pc"),
                  {AccessEvent{now - 5000, w.patient.id, {}, AccessAction::View},
                   AccessEvent{now - 4000, w.patient.id, rec.id(), AccessAction::View},
                   AccessEvent{now - 3000, w.patient.id, {}, AccessAction::PrivateIdFailed}}};
    const TestUser &by = w.user(role);
    QCOMPARE(w.run(w.net.make(TxType::AccessLog, by.org, log.encode(), by.key, now)), Reason::Ok);
}

void TestContract::accessLogRefusals_data()
{
    QTest::addColumn<QString>("patient");
    QTest::addColumn<bool>("recordOfOtherPatient");
    QTest::addColumn<qint64>("eventOffsetMs"); // event time relative to the log's
    QTest::addColumn<bool>("revokedAuthor");
    QTest::addColumn<Reason>("expected");
    QTest::newRow("unknown patient") << "P-9999" << false << qint64(-1000) << false << Reason::UnknownPatient;
    QTest::newRow("record of another patient") << "" << true << qint64(-1000) << false << Reason::UnknownRecord;
    QTest::newRow("event after the log") << "" << false << qint64(1) << false << Reason::TimestampOutOfRange;
    QTest::newRow("event over a week old") << "" << false << qint64(-8ll * 24 * 3600 * 1000) << false
                                           << Reason::TimestampOutOfRange;
    QTest::newRow("revoked author") << "" << false << qint64(-1000) << true << Reason::AuthorRevoked;
    QTest::newRow("a week old is fine") << "" << false << qint64(-7ll * 24 * 3600 * 1000) << false << Reason::Ok;
}

void TestContract::accessLogRefusals()
{
    QFETCH(QString, patient);
    QFETCH(bool, recordOfOtherPatient);
    QFETCH(qint64, eventOffsetMs);
    QFETCH(bool, revokedAuthor);
    QFETCH(Reason, expected);
    World w;
    const TestPatient other = TestPatient::make(QStringLiteral("P-0400"), QStringLiteral("four hundred"));
    QCOMPARE(w.run(w.net.registerPatient(w.nurseA, other, w.tick())), Reason::Ok);
    const Transaction otherRecord = w.record(w.doctorA, QStringLiteral("Observation"), other);
    QCOMPARE(w.run(otherRecord), Reason::Ok);
    if (revokedAuthor)
        QCOMPARE(w.run(w.net.revoke(w.nurseA, w.net.org(A).key, w.tick())), Reason::Ok);
    const quint64 now = w.tick() + 8ull * 24 * 3600 * 1000;
    w.t = now;
    AccessEvent e{quint64(qint64(now) + eventOffsetMs), patient.isEmpty() ? w.patient.id : patient,
                  recordOfOtherPatient ? otherRecord.id() : QByteArray(), AccessAction::View};
    const Transaction tx = w.net.make(TxType::AccessLog, A, AccessLog{QStringLiteral("pc"), {e}}.encode(), w.nurseA.key, now);
    QCOMPARE(w.run(tx), expected);
}

void TestContract::accessLogDecoding_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    const QByteArray txId(32, 'x');
    QTest::newRow("one event") << AccessLog{QStringLiteral("pc"), {{1, QStringLiteral("P-1"), txId, AccessAction::Export}}}.encode()
                               << true;
    QTest::newRow("no events") << AccessLog{QStringLiteral("pc"), {}}.encode() << false;
    QTest::newRow("no patient") << AccessLog{QStringLiteral("pc"), {{1, QString(), {}, AccessAction::View}}}.encode() << false;
    QTest::newRow("short record id") << AccessLog{QStringLiteral("pc"), {{1, QStringLiteral("P-1"), "abc", AccessAction::View}}}.encode()
                                     << false;
    QTest::newRow("unknown action") << AccessLog{QStringLiteral("pc"), {{1, QStringLiteral("P-1"), {}, AccessAction(9)}}}.encode()
                                    << false;
    QList<AccessEvent> tooMany(AccessLog::MaxEvents + 1, AccessEvent{1, QStringLiteral("P-1"), {}, AccessAction::View});
    QTest::newRow("too many events") << AccessLog{QStringLiteral("pc"), tooMany}.encode() << false;
    QByteArray nonCanonical = AccessLog{QStringLiteral("pc"), {{1, QStringLiteral("P-1"), {}, AccessAction::View}}}.encode();
    nonCanonical.append('\0');
    QTest::newRow("trailing byte") << nonCanonical << false;
}

void TestContract::accessLogDecoding()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    const auto decoded = AccessLog::decode(body);
    QCOMPARE(bool(decoded), valid);
    if (valid)
        QCOMPARE(decoded->encode(), body);
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
