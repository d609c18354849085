// The contract as a specification: one test per rule, run against the real
// LedgerStore (SQLite in a temporary directory) as the LedgerState, with blocks
// executed and committed the way the block producer does it.

#include "contract/Contract.h"
#include "core/Cbor.h"
#include "crypto/SealedBox.h"
#include "crypto/Sha256.h"
#include "ledger/Domains.h"
#include "ledger/Block.h"
#include "ledger/MerkleLog.h"
#include "ledger/RecordCipher.h"
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
Q_DECLARE_METATYPE(careledger::ReferralStatus)
Q_DECLARE_METATYPE(TxMutation)

namespace {

constexpr quint64 T0 = 1'750'000'000'000; // a fixed, deterministic "now"
const QString A = QStringLiteral("hospital-a");
const QString B = QStringLiteral("hospital-b");
const QString C = QStringLiteral("clinic-c");

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
    TestLedger net;
    Chain chain;
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

    explicit World(const QStringList &orgs = {A, B}, const Policy &policy = {}) : net(orgs, {}, policy), chain(net)
    {
        QList<Transaction> txs;
        for (const TestUser *u : {&adminA, &doctorA, &nurseA, &emrA, &complianceA, &insurerA, &researcherA, &doctorB})
            txs.append(byOwnOrg(net.enrolByOrg(*u, t)));
        txs.append(byOwnOrg(net.registerPatient(nurseA, patient, t)));
        for (Reason r : chain.block(txs, t))
            if (r != Reason::Ok)
                qFatal("world set-up refused: %s", qPrintable(reasonCode(r)));
    }

    quint64 tick() { return t += 1000; }
    LedgerStore &store() { return chain.store(); }
    // Endorsed by the author's own org where the policy asks for endorsements at all.
    Transaction byOwnOrg(const Transaction &tx) const
    {
        return net.config().policy.hasEndorsementRules() ? net.endorsed(tx, {tx.org}) : tx;
    }
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
    // A record by `by` about the patient whose key is sealed for the patient,
    // by's org and each of `alsoFor` (the orgs it is meant to travel to).
    Transaction sharedRecord(const TestUser &by, const QString &type, const QStringList &alsoFor,
                             const TestPatient &p)
    {
        QList<KeyRecipient> recipients{{RecipientKind::Patient, p.id, p.key.x25519PublicKey()},
                                       {RecipientKind::Org, by.org, net.org(by.org).dataKey().publicKey}};
        for (const QString &org : alsoFor)
            recipients.append({RecipientKind::Org, org, net.org(org).dataKey().publicKey});
        const SealedRecord s = RecordCipher::seal(fhirJson(type, p.id, QStringLiteral("shared")), RecordCipher::newRecordId(),
                                                  p.id, type, recipients);
        return net.record(by, s.version, tick());
    }
    Transaction sharedRecord(const TestUser &by, const QString &type, const QStringList &alsoFor)
    {
        return sharedRecord(by, type, alsoFor, patient);
    }
    // A referral by `by` of the patient to `targetOrg` with an already recorded
    // ServiceRequest (txid) and attachments.
    static ReferralRequest referralTo(const QString &patientId, const QString &targetOrg, const QByteArray &serviceRequest,
                                      const QList<QByteArray> &attachments = {}, Urgency urgency = Urgency::Urgent)
    {
        return ReferralRequest{randomBytes(16), patientId, targetOrg, {}, urgency, serviceRequest, attachments};
    }
    Transaction refer(const TestUser &by, const ReferralRequest &request)
    {
        return net.make(TxType::ReferralCreate, by.org, request.encode(), by.key, tick());
    }
    // A transition with what its state needs: a slot a week on for an
    // acceptance, "no capacity" for a rejection.
    Transaction transition(const TestUser &by, const ReferralRequest &request, ReferralStatus to,
                           const QByteArray &record = {})
    {
        ReferralTransition tr{request.referralId, request.patientId, to, 0, RejectReason::None, record};
        if (to == ReferralStatus::Accepted)
            tr.appointmentMs = t + 7ull * 24 * 3600 * 1000;
        if (to == ReferralStatus::Rejected)
            tr.rejectReason = RejectReason::NoCapacity;
        return net.make(TxType::ReferralTransition, by.org, tr.encode(), by.key, tick());
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

// Three member orgs: hospital-a refers its patient to hospital-b (whose staff
// now has an admin, a nurse and two doctors); clinic-c is a bystander with a
// doctor of its own. The patient has consented at the kiosk to hospital-b
// (so hospital-b may write the report), and doctorA's ServiceRequest is
// sealed for hospital-b as well.
struct ReferralWorld : World {
    TestUser doctorA2 = TestLedger::newUser(A, Role::Doctor);
    TestUser adminB = TestLedger::newUser(B, Role::Admin);
    TestUser nurseB = TestLedger::newUser(B, Role::Nurse);
    TestUser doctorB2 = TestLedger::newUser(B, Role::Doctor);
    TestUser doctorC = TestLedger::newUser(C, Role::Doctor);
    QByteArray serviceRequest; // txid

    ReferralWorld() : World({A, B, C})
    {
        QList<Transaction> txs;
        for (const TestUser *u : {&doctorA2, &adminB, &nurseB, &doctorB2, &doctorC})
            txs.append(net.enrolByOrg(*u, t));
        for (Reason r : chain.block(txs, t))
            if (r != Reason::Ok)
                qFatal("referral world set-up refused: %s", qPrintable(reasonCode(r)));
        const ConsentGrant toB = TestLedger::consent(patient, B, {}, t + 30ull * 24 * 3600 * 1000);
        expectOk(net.grant(toB, patient.key, A, tick()));
        const Transaction sr = sharedRecord(doctorA, QStringLiteral("ServiceRequest"), {B});
        expectOk(sr);
        serviceRequest = sr.id();
    }

    void expectOk(const Transaction &tx)
    {
        if (const Reason r = run(tx); r != Reason::Ok)
            qFatal("referral world step refused: %s", qPrintable(reasonCode(r)));
    }

    const TestUser &named(const QString &who) const
    {
        static const QStringList names{"doctorA", "doctorA2", "nurseA", "adminB", "nurseB", "doctorB", "doctorB2", "doctorC"};
        const TestUser *users[] = {&doctorA, &doctorA2, &nurseA, &adminB, &nurseB, &doctorB, &doctorB2, &doctorC};
        const qsizetype i = names.indexOf(who);
        if (i < 0)
            qFatal("no such test user: %s", qPrintable(who));
        return *users[i];
    }
};

// hospital-a's patient with a pulse oximeter (bound by nurseA) and a scale
// (bound by doctorA); a second patient at hospital-a; hospital-b's doctor has
// no treatment relationship with either.
struct DeviceWorld : World {
    TestPatient other = TestPatient::make(QStringLiteral("P-0002"), QStringLiteral("WXYZ-9876-QRST"));
    TestKey oximeterKey = TestKey::generate();
    TestKey scaleKey = TestKey::generate();
    DeviceBinding oximeter{QStringLiteral("OX-1001"), oximeterKey.publicKey, DeviceKind::PulseOximeter, patient.id, 0, false};
    DeviceBinding scale{QStringLiteral("SC-2002"), scaleKey.publicKey, DeviceKind::Scale, patient.id, 0, false};
    quint64 boundAt = 0;

    DeviceWorld()
    {
        expectOk(net.registerPatient(nurseA, other, tick()));
        expectOk(bind(nurseA, oximeter));
        expectOk(bind(doctorA, scale));
        boundAt = t;
        tick();
    }
    void expectOk(const Transaction &tx)
    {
        if (const Reason r = run(tx); r != Reason::Ok)
            qFatal("device world step refused: %s", qPrintable(reasonCode(r)));
    }
    Transaction bind(const TestUser &by, const DeviceBinding &binding)
    {
        return net.make(TxType::DeviceRegister, by.org, binding.encode(), by.key, tick());
    }
    Transaction unbind(const TestUser &by, DeviceBinding binding)
    {
        binding.revoked = true;
        return bind(by, binding);
    }
    // Readings of `devices` taken in [firstMs, lastMs], sealed for `p` and `org`,
    // signed by `org`'s org key (as its full node does) unless `author` says otherwise.
    VitalsBatch vitals(const QStringList &devices, quint64 firstMs, quint64 lastMs, const TestPatient &p, const QString &org)
    {
        VitalsBatch b;
        b.devices = devices;
        b.readingCount = 3;
        b.firstMs = firstMs;
        b.lastMs = lastMs;
        b.record = net.seal(p, org, QStringLiteral("Bundle"),
                            QByteArrayLiteral(R"({"resourceType":"Bundle","type":"collection","entry":[]})"))
                       .version;
        return b;
    }
    VitalsBatch vitals(const QStringList &devices) { return vitals(devices, boundAt + 100, t, patient, A); }
    Transaction record(const VitalsBatch &batch, const QString &org = A)
    {
        return net.make(TxType::VitalsBatch, org, batch.encode(), net.org(org).key, tick());
    }
    Transaction recordAs(const VitalsBatch &batch, const TestUser &by)
    {
        return net.make(TxType::VitalsBatch, by.org, batch.encode(), by.key, tick());
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

    // --- referrals ----------------------------------------------------------------
    void referralLifecycle();
    void referralToANamedDoctor();
    void referralRejectedWithANote();
    void referralCreateRefusals_data();
    void referralCreateRefusals();
    void referralNeedsTheTargetToReadTheRecords();
    void referralHandsOnAttachmentKeysOnlyUnderConsent();
    void referredToOrgFollowsThePatient();
    void referralTransitions_data();
    void referralTransitions();
    void referralDueFollowsUrgency_data();
    void referralDueFollowsUrgency();
    void referralRequestDecoding_data();
    void referralRequestDecoding();
    void referralTransitionDecoding_data();
    void referralTransitionDecoding();
    void referralBodyMustMatchItsType();

    // --- remote patient monitoring -------------------------------------------------
    void deviceRegistrationByRole_data();
    void deviceRegistrationByRole();
    void deviceRegistrationRefusals();
    void deviceRevocationAndRebinding();
    void deviceBindingWithAnEnd();
    void deviceBindingBackdated();
    void vitalsBatchIsARecordOfThePatient();
    void vitalsBatchRefusals_data();
    void vitalsBatchRefusals();
    void vitalsBatchDecoding_data();
    void vitalsBatchDecoding();
    // Endorsement policies
    void endorsementPolicy_data();
    void endorsementPolicy();
    void endorsingKeepsTheTransactionId();
    void defaultPolicyNeedsNoEndorsement();
    void policyEncodingIsCanonical();

    // Configuration changes
    void configChangeAddsAMember();
    void configChangeWithoutQuorumChangesNothing_data();
    void configChangeWithoutQuorumChangesNothing();
    void configChangesApplyInOrder();
    void configChangeRefusals_data();
    void configChangeRefusals();
    void removedMemberNoLongerCounts();
    void policyChangeTakesEffectNextBlock();
    void configInForcePersists();
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
    QTest::newRow("duplicate_referral") << Reason::DuplicateReferral << "duplicate_referral" << quint16(27);
    QTest::newRow("unknown_device") << Reason::UnknownDevice << "unknown_device" << quint16(40);
    QTest::newRow("device_inactive") << Reason::DeviceInactive << "device_inactive" << quint16(41);
    QTest::newRow("device_not_bound") << Reason::DeviceNotBound << "device_not_bound" << quint16(42);
    QTest::newRow("device_already_bound") << Reason::DeviceAlreadyBound << "device_already_bound" << quint16(43);
    QTest::newRow("not_org_node") << Reason::NotOrgNode << "not_org_node" << quint16(44);
    QTest::newRow("unknown_referral") << Reason::UnknownReferral << "unknown_referral" << quint16(28);
    QTest::newRow("invalid_transition") << Reason::InvalidTransition << "invalid_transition" << quint16(29);
    QTest::newRow("not_referral_party") << Reason::NotReferralParty << "not_referral_party" << quint16(30);
    QTest::newRow("record_not_shared") << Reason::RecordNotShared << "record_not_shared" << quint16(31);
    QTest::newRow("not_a_service_request") << Reason::NotAServiceRequest << "not_a_service_request" << quint16(32);
    QTest::newRow("note_reader_not_officer") << Reason::NoteReaderNotOfficer << "note_reader_not_officer" << quint16(48);
    QTest::newRow("endorsement_bad_signature") << Reason::EndorsementBadSignature << "endorsement_bad_signature" << quint16(52);
    QTest::newRow("endorsement_not_member") << Reason::EndorsementNotMember << "endorsement_not_member" << quint16(53);
    QTest::newRow("endorsement_duplicate") << Reason::EndorsementDuplicate << "endorsement_duplicate" << quint16(54);
    QTest::newRow("endorsement_policy_unmet") << Reason::EndorsementPolicyUnmet << "endorsement_policy_unmet" << quint16(55);
    QTest::newRow("config_no_quorum") << Reason::ConfigNoQuorum << "config_no_quorum" << quint16(56);
    QTest::newRow("config_out_of_order") << Reason::ConfigOutOfOrder << "config_out_of_order" << quint16(57);
    QTest::newRow("config_invalid") << Reason::ConfigInvalid << "config_invalid" << quint16(58);
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
    QList<quint16> numbers;
    for (quint16 n = 0; n <= quint16(Reason::NotAServiceRequest); ++n)
        numbers.append(n);
    for (quint16 n = quint16(Reason::UnknownDevice); n <= quint16(Reason::NotOrgNode); ++n)
        numbers.append(n);
    for (quint16 n : numbers) {
        const QString code = reasonCode(Reason(n));
        QVERIFY2(code != QStringLiteral("unknown_%1").arg(n), qPrintable(code));
        QVERIFY2(!codes.contains(code), qPrintable(code));
        codes.insert(code);
        QVERIFY(!reasonText(Reason(n)).startsWith(QLatin1String("unknown reason")));
    }
    for (quint16 n = quint16(Reason::EndorsementBadSignature); n <= quint16(Reason::ConfigInvalid); ++n) {
        const QString code = reasonCode(Reason(n));
        QVERIFY2(code != QStringLiteral("unknown_%1").arg(n), qPrintable(code));
        QVERIFY2(!codes.contains(code), qPrintable(code));
        codes.insert(code);
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

// --- referrals ------------------------------------------------------------------

// requested → accepted (with a slot) → in-progress → completed (with a report
// sealed for the sender), each step a signed transaction of the right side.
void TestContract::referralLifecycle()
{
    ReferralWorld w;
    const Transaction labs = w.sharedRecord(w.doctorA, QStringLiteral("Observation"), {});
    QCOMPARE(w.run(labs), Reason::Ok); // readable by B through the kiosk consent
    const ReferralRequest request = World::referralTo(w.patient.id, B, w.serviceRequest, {labs.id()}, Urgency::Urgent);
    const Transaction create = w.refer(w.doctorA, request);
    QCOMPARE(w.run(create), Reason::Ok);
    auto r = w.store().referral(request.referralId);
    QVERIFY(r);
    QCOMPARE(r->status, ReferralStatus::Requested);
    QCOMPARE(r->patientId, w.patient.id);
    QCOMPARE(r->fromOrg, A);
    QCOMPARE(r->author, w.doctorA.key.publicKey);
    QCOMPARE(r->targetOrg, B);
    QVERIFY(r->targetUser.isEmpty());
    QCOMPARE(r->urgency, Urgency::Urgent);
    QCOMPARE(r->serviceRequest, w.serviceRequest);
    QCOMPARE(r->createTx, create.id());
    QCOMPARE(r->lastTx, create.id());
    QCOMPARE(r->createdMs, create.timestampMs);
    QCOMPARE(r->dueMs, create.timestampMs + 7ull * 24 * 3600 * 1000);

    const Transaction accept = w.transition(w.doctorB, request, ReferralStatus::Accepted);
    QCOMPARE(w.run(accept), Reason::Ok);
    r = w.store().referral(request.referralId);
    QCOMPARE(r->status, ReferralStatus::Accepted);
    QCOMPARE(r->appointmentMs, ReferralTransition::decode(accept.body)->appointmentMs);
    QVERIFY(r->appointmentMs > accept.timestampMs);
    QCOMPARE(r->lastTx, accept.id());
    QCOMPARE(r->updatedMs, accept.timestampMs);

    // Another doctor of the receiving org may carry on (the referral names no one).
    QCOMPARE(w.run(w.transition(w.doctorB2, request, ReferralStatus::InProgress)), Reason::Ok);
    QCOMPARE(w.store().referral(request.referralId)->status, ReferralStatus::InProgress);

    const Transaction report = w.sharedRecord(w.doctorB, QStringLiteral("DiagnosticReport"), {A});
    QCOMPARE(w.run(report), Reason::Ok);
    const Transaction complete = w.transition(w.doctorB, request, ReferralStatus::Completed, report.id());
    QCOMPARE(w.run(complete), Reason::Ok);
    r = w.store().referral(request.referralId);
    QCOMPARE(r->status, ReferralStatus::Completed);
    QCOMPARE(r->report, report.id());
    QCOMPARE(r->lastTx, complete.id());
    QCOMPARE(r->createTx, create.id()); // what the creation fixed stays
    QCOMPARE(r->fromOrg, A);
    QVERIFY(isTerminal(r->status));

    // Every step is on chain and in the patient's history.
    for (const Transaction *tx : {&create, &accept, &complete})
        QVERIFY(w.store().hasTransaction(tx->id()));
    QVERIFY(w.store().patientLogIndexes(w.patient.id).size() >= 6);

    // Final means final, for either side.
    QCOMPARE(w.run(w.transition(w.doctorA, request, ReferralStatus::Cancelled)), Reason::InvalidTransition);
    QCOMPARE(w.run(w.transition(w.doctorB, request, ReferralStatus::Accepted)), Reason::InvalidTransition);
}

void TestContract::referralToANamedDoctor()
{
    ReferralWorld w;
    ReferralRequest request = World::referralTo(w.patient.id, B, w.serviceRequest);
    request.targetUser = w.doctorB2.key.publicKey;
    QCOMPARE(w.run(w.refer(w.doctorA, request)), Reason::Ok);
    QCOMPARE(w.store().referral(request.referralId)->targetUser, w.doctorB2.key.publicKey);
    const Reason other = w.run(w.transition(w.doctorB, request, ReferralStatus::Accepted));
    QCOMPARE(other, Reason::NotReferralParty);
    QCOMPARE(reasonCode(other), QStringLiteral("not_referral_party"));
    QCOMPARE(w.run(w.transition(w.doctorB2, request, ReferralStatus::Accepted)), Reason::Ok);
    QCOMPARE(w.run(w.transition(w.doctorB, request, ReferralStatus::InProgress)), Reason::NotReferralParty);
    QCOMPARE(w.run(w.transition(w.doctorB2, request, ReferralStatus::InProgress)), Reason::Ok);
}

void TestContract::referralRejectedWithANote()
{
    ReferralWorld w;
    const ReferralRequest request = World::referralTo(w.patient.id, B, w.serviceRequest);
    QCOMPARE(w.run(w.refer(w.doctorA, request)), Reason::Ok);
    const Transaction note = w.sharedRecord(w.doctorB, QStringLiteral("Communication"), {A});
    QCOMPARE(w.run(note), Reason::Ok);
    ReferralTransition reject{request.referralId, w.patient.id, ReferralStatus::Rejected, 0, RejectReason::OutOfScope, note.id()};
    QCOMPARE(w.run(w.net.make(TxType::ReferralTransition, B, reject.encode(), w.doctorB.key, w.tick())), Reason::Ok);
    const auto r = w.store().referral(request.referralId);
    QCOMPARE(r->status, ReferralStatus::Rejected);
    QCOMPARE(r->rejectReason, RejectReason::OutOfScope);
    QCOMPARE(r->report, note.id());
    QCOMPARE(r->appointmentMs, quint64(0));
    QCOMPARE(w.run(w.transition(w.doctorA, request, ReferralStatus::Cancelled)), Reason::InvalidTransition);
}

void TestContract::referralCreateRefusals_data()
{
    QTest::addColumn<QString>("by");
    QTest::addColumn<int>("variant");
    QTest::addColumn<Reason>("expected");
    QTest::newRow("a doctor refers") << "doctorA" << 0 << Reason::Ok;
    QTest::newRow("to a doctor of the target") << "doctorA" << 11 << Reason::Ok;
    QTest::newRow("a nurse creates") << "nurseA" << 0 << Reason::WrongRole;
    QTest::newRow("an EMR technician creates") << "emrA" << 0 << Reason::WrongRole;
    QTest::newRow("an admin creates") << "adminA" << 0 << Reason::WrongRole;
    QTest::newRow("a revoked doctor") << "doctorA" << 1 << Reason::AuthorRevoked;
    QTest::newRow("unknown target org") << "doctorA" << 2 << Reason::UnknownOrg;
    QTest::newRow("unknown patient") << "doctorA" << 3 << Reason::UnknownPatient;
    QTest::newRow("attached record of another patient") << "doctorA" << 4 << Reason::UnknownRecord;
    QTest::newRow("attached record unknown") << "doctorA" << 5 << Reason::UnknownRecord;
    QTest::newRow("attached record not readable by the target") << "doctorA" << 6 << Reason::RecordNotShared;
    QTest::newRow("service request not readable by the target") << "doctorA" << 7 << Reason::RecordNotShared;
    QTest::newRow("request is not a ServiceRequest") << "doctorA" << 8 << Reason::NotAServiceRequest;
    QTest::newRow("request of another org") << "doctorC" << 9 << Reason::NotAServiceRequest;
    QTest::newRow("target user of another org") << "doctorA" << 10 << Reason::UnknownUser;
    QTest::newRow("target user not a doctor") << "doctorA" << 12 << Reason::UnknownUser;
    QTest::newRow("duplicate referral id") << "doctorA" << 13 << Reason::DuplicateReferral;
    QTest::newRow("no treatment relationship") << "doctorC" << 14 << Reason::NoTreatmentRelationship;
    QTest::newRow("request of another patient") << "doctorA" << 15 << Reason::UnknownRecord;
}

void TestContract::referralCreateRefusals()
{
    QFETCH(QString, by);
    QFETCH(int, variant);
    QFETCH(Reason, expected);
    ReferralWorld w;
    const TestUser author = by == QLatin1String("emrA")     ? w.emrA
                          : by == QLatin1String("adminA") ? w.adminA
                                                           : w.named(by);
    ReferralRequest request = World::referralTo(w.patient.id, B, w.serviceRequest);
    const TestPatient other = TestPatient::make(QStringLiteral("P-0500"), QStringLiteral("five hundred"));
    QCOMPARE(w.run(w.net.registerPatient(w.nurseA, other, w.tick())), Reason::Ok);
    switch (variant) {
    case 1: QCOMPARE(w.run(w.net.revoke(w.doctorA, w.net.org(A).key, w.tick())), Reason::Ok); break;
    case 2: request.targetOrg = QStringLiteral("st-elsewhere"); break;
    case 3: request.patientId = QStringLiteral("P-9999"); break;
    case 4: {
        const Transaction rec = w.sharedRecord(w.doctorA, QStringLiteral("Observation"), {B}, other);
        QCOMPARE(w.run(rec), Reason::Ok);
        request.attachments.append(rec.id());
        break;
    }
    case 5: request.attachments.append(randomBytes(32)); break;
    case 6: {
        // To clinic-c, which holds no consent: the ServiceRequest is sealed for it, the attachment is not.
        const Transaction sr = w.sharedRecord(w.doctorA, QStringLiteral("ServiceRequest"), {C});
        const Transaction condition = w.record(w.doctorA, QStringLiteral("Condition"));
        QCOMPARE(w.chain.block(QList<Transaction>{sr, condition}, w.tick()), (QList<Reason>{Reason::Ok, Reason::Ok}));
        request.targetOrg = C;
        request.serviceRequest = sr.id();
        request.attachments.append(condition.id());
        break;
    }
    case 7: {
        const Transaction sr = w.sharedRecord(w.doctorA, QStringLiteral("ServiceRequest"), {});
        QCOMPARE(w.run(sr), Reason::Ok);
        request.targetOrg = C;
        request.serviceRequest = sr.id();
        break;
    }
    case 8: {
        const Transaction rec = w.sharedRecord(w.doctorA, QStringLiteral("Condition"), {B});
        QCOMPARE(w.run(rec), Reason::Ok);
        request.serviceRequest = rec.id();
        break;
    }
    case 9:
        // clinic-c may see the patient but refers with hospital-a's ServiceRequest.
        QCOMPARE(w.run(w.net.grant(TestLedger::consent(w.patient, C, {}, w.t + 3'600'000), w.patient.key, A, w.tick())),
                 Reason::Ok);
        break;
    case 10: request.targetUser = w.doctorC.key.publicKey; break;
    case 11: request.targetUser = w.doctorB.key.publicKey; break;
    case 12: request.targetUser = w.nurseB.key.publicKey; break;
    case 13: {
        const ReferralRequest first = World::referralTo(w.patient.id, B, w.serviceRequest);
        QCOMPARE(w.run(w.refer(w.doctorA, first)), Reason::Ok);
        request.referralId = first.referralId;
        break;
    }
    case 14: break; // clinic-c never registered the patient nor holds a consent
    case 15: {
        const Transaction sr = w.sharedRecord(w.doctorA, QStringLiteral("ServiceRequest"), {B}, other);
        QCOMPARE(w.run(sr), Reason::Ok);
        request.serviceRequest = sr.id();
        break;
    }
    }
    const Transaction tx = w.refer(author, request);
    const Reason r = w.run(tx);
    QCOMPARE(r, expected);
    QCOMPARE(w.store().hasTransaction(tx.id()), expected == Reason::Ok);
    if (variant != 13)
        QCOMPARE(w.store().referral(request.referralId).has_value(), expected == Reason::Ok);
    else
        QCOMPARE(w.store().referral(request.referralId)->createTx == tx.id(), false);
}

// The patient's consent is what lets the target read what the referral
// carries: refused without it, accepted once granted at the kiosk, and only
// for the kinds of record the consent covers.
void TestContract::referralNeedsTheTargetToReadTheRecords()
{
    World w({A, B, C});
    const TestUser doctorC = TestLedger::newUser(C, Role::Doctor);
    QCOMPARE(w.run(w.net.enrolByOrg(doctorC, w.tick())), Reason::Ok);
    const Transaction sr = w.sharedRecord(w.doctorA, QStringLiteral("ServiceRequest"), {C});
    const Transaction condition = w.record(w.doctorA, QStringLiteral("Condition"));
    QCOMPARE(w.run(sr), Reason::Ok);
    QCOMPARE(w.run(condition), Reason::Ok);

    const ReferralRequest request = World::referralTo(w.patient.id, C, sr.id(), {condition.id()});
    const Reason refused = w.run(w.refer(w.doctorA, request));
    QCOMPARE(refused, Reason::RecordNotShared);
    QCOMPARE(reasonCode(refused), QStringLiteral("record_not_shared"));
    QVERIFY(!w.store().referral(request.referralId));

    // A consent for other kinds of record does not do.
    const ConsentGrant observationsOnly = TestLedger::consent(w.patient, C, {QStringLiteral("Observation")}, w.t + 3'600'000);
    QCOMPARE(w.run(w.net.grant(observationsOnly, w.patient.key, A, w.tick())), Reason::Ok);
    QCOMPARE(w.run(w.refer(w.doctorA, request)), Reason::RecordNotShared);

    // The patient grants it at the kiosk: the same referral (a new transaction) passes.
    const ConsentGrant grant = TestLedger::consent(w.patient, C, {QStringLiteral("Condition")}, w.t + 3'600'000);
    QCOMPARE(w.run(w.net.grant(grant, w.patient.key, A, w.tick())), Reason::Ok);
    QCOMPARE(w.run(w.refer(w.doctorA, request)), Reason::Ok);
    QCOMPARE(w.store().referral(request.referralId)->status, ReferralStatus::Requested);

    // A key re-wrapped for the target at the kiosk also makes a record readable,
    // whatever the consent's scope.
    const Transaction allergy = w.record(w.doctorA, QStringLiteral("AllergyIntolerance"));
    QCOMPARE(w.run(allergy), Reason::Ok);
    const ReferralRequest second = World::referralTo(w.patient.id, C, sr.id(), {allergy.id()});
    QCOMPARE(w.run(w.refer(w.doctorA, second)), Reason::RecordNotShared);
    ConsentGrant rewrap = TestLedger::consent(w.patient, C, {QStringLiteral("Observation")}, w.t + 3'600'000);
    rewrap.keys.append({allergy.id(), randomBytes(80)});
    QCOMPARE(w.run(w.net.grant(rewrap, w.patient.key, A, w.tick())), Reason::Ok);
    QVERIFY(w.store().hasWrappedKey(allergy.id(), RecipientKind::Org, C));
    QCOMPARE(w.run(w.refer(w.doctorA, second)), Reason::Ok);

    // Revoking the consent closes the Condition path again.
    QCOMPARE(w.run(w.net.revokeConsent(grant, w.patient.key, A, w.tick())), Reason::Ok);
    QCOMPARE(w.run(w.refer(w.doctorA, World::referralTo(w.patient.id, C, sr.id(), {condition.id()}))), Reason::RecordNotShared);
}

// A record written after the patient's consent to the target carries no
// key for it: the referring org re-wraps the key in the referral itself,
// which the contract allows only where that consent covers the record, and
// then stores it like a consent's keys.
void TestContract::referralHandsOnAttachmentKeysOnlyUnderConsent()
{
    World w({A, B, C});
    const TestUser doctorC = TestLedger::newUser(C, Role::Doctor);
    QCOMPARE(w.run(w.net.enrolByOrg(doctorC, w.tick())), Reason::Ok);
    const Transaction sr = w.sharedRecord(w.doctorA, QStringLiteral("ServiceRequest"), {C});
    const Transaction condition = w.record(w.doctorA, QStringLiteral("Condition"));
    const Transaction allergy = w.record(w.doctorA, QStringLiteral("AllergyIntolerance"));
    QCOMPARE(w.chain.block(QList<Transaction>{sr, condition, allergy}, w.tick()),
             (QList<Reason>{Reason::Ok, Reason::Ok, Reason::Ok}));
    const QByteArray sealedForC = SealedBox::seal(w.net.org(C).dataKey().publicKey, randomBytes(32));

    // No consent to clinic-c: handing the key on is sharing without the patient's say.
    ReferralRequest request = World::referralTo(w.patient.id, C, sr.id(), {condition.id()});
    request.keys = {{condition.id(), sealedForC}};
    QCOMPARE(w.run(w.refer(w.doctorA, request)), Reason::RecordNotShared);
    QVERIFY(!w.store().hasWrappedKey(condition.id(), RecipientKind::Org, C));

    // A consent for conditions only: the condition's key may travel, the allergy's may not.
    const ConsentGrant conditions = TestLedger::consent(w.patient, C, {QStringLiteral("Condition")}, w.t + 3'600'000);
    QCOMPARE(w.run(w.net.grant(conditions, w.patient.key, A, w.tick())), Reason::Ok);
    ReferralRequest both = World::referralTo(w.patient.id, C, sr.id(), {condition.id(), allergy.id()});
    both.keys = {{condition.id(), sealedForC}, {allergy.id(), sealedForC}};
    QCOMPARE(w.run(w.refer(w.doctorA, both)), Reason::RecordNotShared);
    QVERIFY(!w.store().hasWrappedKey(allergy.id(), RecipientKind::Org, C));

    request.referralId = randomBytes(16);
    QCOMPARE(w.run(w.refer(w.doctorA, request)), Reason::Ok);
    QVERIFY(w.store().hasWrappedKey(condition.id(), RecipientKind::Org, C));
    QVERIFY(!w.store().hasWrappedKey(allergy.id(), RecipientKind::Org, C));
}

// A referral is what lets the receiving org follow a patient it never
// registered and holds no consent for: the full node lists the patient for
// it and serves it the patient's history; payloads stay behind their keys.
void TestContract::referredToOrgFollowsThePatient()
{
    World w({A, B, C});
    const TestUser doctorC = TestLedger::newUser(C, Role::Doctor);
    QCOMPARE(w.run(w.net.enrolByOrg(doctorC, w.tick())), Reason::Ok);
    const Transaction sr = w.sharedRecord(w.doctorA, QStringLiteral("ServiceRequest"), {C});
    QCOMPARE(w.run(sr), Reason::Ok);
    const quint64 now = w.t;
    QVERIFY(!w.store().readablePatients(C, now).contains(w.patient.id));
    QVERIFY(!w.store().mayFollowPatient(w.patient.id, C, now));
    QVERIFY(w.store().mayFollowPatient(w.patient.id, A, now));
    QVERIFY(w.store().referralsOf(C).isEmpty());

    const ReferralRequest request = World::referralTo(w.patient.id, C, sr.id());
    QCOMPARE(w.run(w.refer(w.doctorA, request)), Reason::Ok);
    QVERIFY(w.store().readablePatients(C, now).contains(w.patient.id));
    QVERIFY(w.store().mayFollowPatient(w.patient.id, C, now));
    QVERIFY(!w.store().mayFollowPatient(w.patient.id, B, now));
    QVERIFY(!w.store().readablePatients(B, now).contains(w.patient.id));
    QVERIFY(!w.store().mayFollowPatient(QStringLiteral("P-9999"), C, now));
    // Both sides' worklists hold it; a bystander's does not.
    QCOMPARE(w.store().referralsOf(C).size(), 1);
    QCOMPARE(w.store().referralsOf(C).first().referralId, request.referralId);
    QCOMPARE(w.store().referralsOf(A).size(), 1);
    QVERIFY(w.store().referralsOf(B).isEmpty());
    // The ServiceRequest's payload is C's to read; the patient's other records are not.
    const Transaction condition = w.record(w.doctorA, QStringLiteral("Condition"));
    QCOMPARE(w.run(condition), Reason::Ok);
    QVERIFY(w.store().mayReadPayload(doctorC.key.publicKey, RecordVersion::decode(sr.body)->ciphertextHash));
    QVERIFY(!w.store().mayReadPayload(doctorC.key.publicKey, RecordVersion::decode(condition.body)->ciphertextHash));
}

void TestContract::referralTransitions_data()
{
    QTest::addColumn<QString>("steps"); // done first, each by its rightful party
    QTest::addColumn<ReferralStatus>("to");
    QTest::addColumn<QString>("by");
    QTest::addColumn<int>("variant"); // 1 unknown id, 2 wrong patient, 3 report of another patient, 4 report not shared, 5 revoked
    QTest::addColumn<Reason>("expected");
    const auto Acc = ReferralStatus::Accepted, Rej = ReferralStatus::Rejected, Start = ReferralStatus::InProgress,
               Done = ReferralStatus::Completed, Cancel = ReferralStatus::Cancelled;
    QTest::newRow("receiver accepts") << "" << Acc << "doctorB" << 0 << Reason::Ok;
    QTest::newRow("receiver rejects") << "" << Rej << "doctorB" << 0 << Reason::Ok;
    QTest::newRow("sender cancels a request") << "" << Cancel << "doctorA" << 0 << Reason::Ok;
    QTest::newRow("a colleague of the sender cancels") << "accept" << Cancel << "doctorA2" << 0 << Reason::Ok;
    QTest::newRow("receiver starts") << "accept" << Start << "doctorB" << 0 << Reason::Ok;
    QTest::newRow("receiver completes") << "accept,start" << Done << "doctorB" << 0 << Reason::Ok;
    // wrong role
    QTest::newRow("admin accepts") << "" << Acc << "adminB" << 0 << Reason::WrongRole;
    QTest::newRow("nurse accepts") << "" << Acc << "nurseB" << 0 << Reason::WrongRole;
    QTest::newRow("nurse of the sender cancels") << "" << Cancel << "nurseA" << 0 << Reason::WrongRole;
    QTest::newRow("admin completes") << "accept,start" << Done << "adminB" << 0 << Reason::WrongRole;
    // wrong side
    QTest::newRow("doctor of a third org accepts") << "" << Acc << "doctorC" << 0 << Reason::NotReferralParty;
    QTest::newRow("doctor of a third org cancels") << "" << Cancel << "doctorC" << 0 << Reason::NotReferralParty;
    QTest::newRow("sender accepts its own referral") << "" << Acc << "doctorA" << 0 << Reason::NotReferralParty;
    QTest::newRow("sender completes") << "accept,start" << Done << "doctorA" << 0 << Reason::NotReferralParty;
    QTest::newRow("receiver cancels") << "" << Cancel << "doctorB" << 0 << Reason::NotReferralParty;
    QTest::newRow("revoked receiver") << "" << Acc << "doctorB" << 5 << Reason::AuthorRevoked;
    // wrong state
    QTest::newRow("complete before accept") << "" << Done << "doctorB" << 0 << Reason::InvalidTransition;
    QTest::newRow("start before accept") << "" << Start << "doctorB" << 0 << Reason::InvalidTransition;
    QTest::newRow("accept twice") << "accept" << Acc << "doctorB" << 0 << Reason::InvalidTransition;
    QTest::newRow("reject after accept") << "accept" << Rej << "doctorB" << 0 << Reason::InvalidTransition;
    QTest::newRow("complete without starting") << "accept" << Done << "doctorB" << 0 << Reason::InvalidTransition;
    QTest::newRow("start twice") << "accept,start" << Start << "doctorB" << 0 << Reason::InvalidTransition;
    QTest::newRow("cancel in progress") << "accept,start" << Cancel << "doctorA" << 0 << Reason::InvalidTransition;
    QTest::newRow("cancel after completion") << "accept,start,complete" << Cancel << "doctorA" << 0 << Reason::InvalidTransition;
    QTest::newRow("accept after rejection") << "reject" << Acc << "doctorB" << 0 << Reason::InvalidTransition;
    QTest::newRow("cancel after rejection") << "reject" << Cancel << "doctorA" << 0 << Reason::InvalidTransition;
    QTest::newRow("accept after cancellation") << "cancel" << Acc << "doctorB" << 0 << Reason::InvalidTransition;
    QTest::newRow("cancel twice") << "cancel" << Cancel << "doctorA" << 0 << Reason::InvalidTransition;
    QTest::newRow("complete twice") << "accept,start,complete" << Done << "doctorB" << 0 << Reason::InvalidTransition;
    // wrong references
    QTest::newRow("unknown referral") << "" << Acc << "doctorB" << 1 << Reason::UnknownReferral;
    QTest::newRow("another patient's id") << "" << Acc << "doctorB" << 2 << Reason::UnknownReferral;
    QTest::newRow("report of another patient") << "accept,start" << Done << "doctorB" << 3 << Reason::UnknownRecord;
    QTest::newRow("report not readable by the sender") << "accept,start" << Done << "doctorB" << 4 << Reason::RecordNotShared;
}

void TestContract::referralTransitions()
{
    QFETCH(QString, steps);
    QFETCH(ReferralStatus, to);
    QFETCH(QString, by);
    QFETCH(int, variant);
    QFETCH(Reason, expected);
    ReferralWorld w;
    const ReferralRequest request = World::referralTo(w.patient.id, B, w.serviceRequest);
    QCOMPARE(w.run(w.refer(w.doctorA, request)), Reason::Ok);
    const Transaction report = w.sharedRecord(w.doctorB, QStringLiteral("DiagnosticReport"), {A});
    QCOMPARE(w.run(report), Reason::Ok);
    for (const QString &step : steps.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Transaction tx;
        if (step == QLatin1String("accept"))
            tx = w.transition(w.doctorB, request, ReferralStatus::Accepted);
        else if (step == QLatin1String("reject"))
            tx = w.transition(w.doctorB, request, ReferralStatus::Rejected);
        else if (step == QLatin1String("start"))
            tx = w.transition(w.doctorB, request, ReferralStatus::InProgress);
        else if (step == QLatin1String("complete"))
            tx = w.transition(w.doctorB, request, ReferralStatus::Completed, report.id());
        else
            tx = w.transition(w.doctorA, request, ReferralStatus::Cancelled);
        QCOMPARE(w.run(tx), Reason::Ok);
    }
    const ReferralStatus before = w.store().referral(request.referralId)->status;

    ReferralRequest target = request;
    QByteArray record = to == ReferralStatus::Completed ? report.id() : QByteArray();
    switch (variant) {
    case 1: target.referralId = randomBytes(16); break;
    case 2: {
        const TestPatient other = TestPatient::make(QStringLiteral("P-0600"), QStringLiteral("six hundred"));
        QCOMPARE(w.run(w.net.registerPatient(w.nurseA, other, w.tick())), Reason::Ok);
        target.patientId = other.id;
        break;
    }
    case 3: {
        const TestPatient other = TestPatient::make(QStringLiteral("P-0700"), QStringLiteral("seven hundred"));
        QCOMPARE(w.run(w.net.registerPatient(w.doctorB, other, w.tick())), Reason::Ok);
        const Transaction foreign = w.sharedRecord(w.doctorB, QStringLiteral("DiagnosticReport"), {A}, other);
        QCOMPARE(w.run(foreign), Reason::Ok);
        record = foreign.id();
        break;
    }
    case 4: {
        const Transaction unshared = w.record(w.doctorB, QStringLiteral("DiagnosticReport"));
        QCOMPARE(w.run(unshared), Reason::Ok);
        record = unshared.id();
        break;
    }
    case 5: QCOMPARE(w.run(w.net.revoke(w.doctorB, w.net.org(B).key, w.tick())), Reason::Ok); break;
    }
    const Transaction tx = w.transition(w.named(by), target, to, record);
    const Reason r = w.run(tx);
    QCOMPARE(r, expected);
    const auto after = w.store().referral(request.referralId);
    QCOMPARE(after->status, expected == Reason::Ok ? to : before);
    QCOMPARE(after->lastTx == tx.id(), expected == Reason::Ok);
    QCOMPARE(w.store().hasTransaction(tx.id()), expected == Reason::Ok);
}

void TestContract::referralDueFollowsUrgency_data()
{
    QTest::addColumn<int>("urgency");
    QTest::addColumn<QString>("name");
    QTest::addColumn<quint64>("windowMs");
    constexpr quint64 Hour = 3600ull * 1000;
    QTest::newRow("routine") << int(Urgency::Routine) << "routine" << 30 * 24 * Hour;
    QTest::newRow("urgent") << int(Urgency::Urgent) << "urgent" << 7 * 24 * Hour;
    QTest::newRow("asap") << int(Urgency::Asap) << "asap" << 24 * Hour;
    QTest::newRow("stat") << int(Urgency::Stat) << "stat" << Hour;
}

void TestContract::referralDueFollowsUrgency()
{
    QFETCH(int, urgency);
    QFETCH(QString, name);
    QFETCH(quint64, windowMs);
    QCOMPARE(urgencyName(Urgency(urgency)), name);
    QCOMPARE(urgencyWindowMs(Urgency(urgency)), windowMs);
    ReferralWorld w;
    const ReferralRequest request = World::referralTo(w.patient.id, B, w.serviceRequest, {}, Urgency(urgency));
    const Transaction tx = w.refer(w.doctorA, request);
    QCOMPARE(w.run(tx), Reason::Ok);
    const auto r = w.store().referral(request.referralId);
    QCOMPARE(r->urgency, Urgency(urgency));
    QCOMPARE(r->dueMs, tx.timestampMs + windowMs);
}

void TestContract::referralRequestDecoding_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    const QByteArray txId(32, 'x');
    const ReferralRequest good{QByteArray(16, 'r'), QStringLiteral("P-1"), B, {}, Urgency::Routine, txId, {QByteArray(32, 'a')}};
    QTest::newRow("valid") << good.encode() << true;
    ReferralRequest v = good;
    v.targetUser = QByteArray(32, 'u');
    v.urgency = Urgency::Stat;
    v.attachments.clear();
    QTest::newRow("to a doctor, stat, no attachments") << v.encode() << true;
    v = good;
    v.urgency = Urgency(0);
    QTest::newRow("urgency 0") << v.encode() << false;
    v.urgency = Urgency(5);
    QTest::newRow("unknown urgency") << v.encode() << false;
    v = good;
    v.referralId = QByteArray(15, 'r');
    QTest::newRow("short referral id") << v.encode() << false;
    v = good;
    v.targetUser = QByteArray(31, 'u');
    QTest::newRow("short target user") << v.encode() << false;
    v = good;
    v.serviceRequest.clear();
    QTest::newRow("no service request") << v.encode() << false;
    v = good;
    v.attachments.append(QByteArray(31, 'b'));
    QTest::newRow("short attachment id") << v.encode() << false;
    v = good;
    v.attachments.append(good.attachments.first());
    QTest::newRow("attached twice") << v.encode() << false;
    v = good;
    v.attachments.clear();
    for (int i = 0; i < ReferralRequest::MaxAttachments; ++i)
        v.attachments.append(Sha256::hash(QByteArray::number(i)));
    QTest::newRow("as many attachments as allowed") << v.encode() << true;
    v.attachments.append(Sha256::hash("one more"));
    QTest::newRow("too many attachments") << v.encode() << false;
    v = good;
    v.keys.append({good.attachments.first(), QByteArray(80, 'k')});
    QTest::newRow("a re-wrapped key for an attachment") << v.encode() << true;
    v.keys.append({good.attachments.first(), QByteArray(80, 'l')});
    QTest::newRow("two keys for one attachment") << v.encode() << false;
    v = good;
    v.keys.append({QByteArray(32, 'z'), QByteArray(80, 'k')});
    QTest::newRow("a key for a record not attached") << v.encode() << false;
    v = good;
    v.keys.append({good.attachments.first(), QByteArray(79, 'k')});
    QTest::newRow("a short sealed key") << v.encode() << false;
    v = good;
    v.patientId.clear();
    QTest::newRow("no patient") << v.encode() << false;
    v = good;
    v.targetOrg.clear();
    QTest::newRow("no target org") << v.encode() << false;
    v = good;
    v.patientId = QString(65, QLatin1Char('p'));
    QTest::newRow("patient id too long") << v.encode() << false;
    QByteArray trailing = good.encode();
    trailing.append('\0');
    QTest::newRow("trailing byte") << trailing << false;
    // The urgency as a two-byte integer (0x19 0x00 0x01) instead of the shortest form.
    QByteArray longInt = good.encode();
    const QByteArray urgencyThenRequest = QByteArray("\x01\x58\x20", 3) + txId;
    const qsizetype at = longInt.indexOf(urgencyThenRequest);
    QVERIFY(at > 0);
    longInt.replace(at, 1, QByteArray("\x19\x00\x01", 3));
    QTest::newRow("non-shortest integer") << longInt << false;
}

void TestContract::referralRequestDecoding()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    const auto decoded = ReferralRequest::decode(body);
    QVERIFY2(bool(decoded) == valid, decoded ? "decoded" : qPrintable(decoded.error().message));
    if (valid)
        QCOMPARE(decoded->encode(), body);
}

void TestContract::referralTransitionDecoding_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    const QByteArray id(16, 'r');
    const QString p = QStringLiteral("P-1");
    const QByteArray txId(32, 'x');
    using S = ReferralStatus;
    using R = RejectReason;
    auto tr = [&](S to, quint64 slot, R reason, const QByteArray &record) {
        return ReferralTransition{id, p, to, slot, reason, record}.encode();
    };
    QTest::newRow("accept with a slot") << tr(S::Accepted, 1234, R::None, {}) << true;
    QTest::newRow("reject with a reason") << tr(S::Rejected, 0, R::NoCapacity, {}) << true;
    QTest::newRow("reject with a reason and a note") << tr(S::Rejected, 0, R::Other, txId) << true;
    QTest::newRow("start") << tr(S::InProgress, 0, R::None, {}) << true;
    QTest::newRow("complete with a report") << tr(S::Completed, 0, R::None, txId) << true;
    QTest::newRow("cancel") << tr(S::Cancelled, 0, R::None, {}) << true;
    QTest::newRow("back to requested") << tr(S::Requested, 0, R::None, {}) << false;
    QTest::newRow("state 0") << tr(S(0), 0, R::None, {}) << false;
    QTest::newRow("unknown state") << tr(S(7), 0, R::None, {}) << false;
    QTest::newRow("accept without a slot") << tr(S::Accepted, 0, R::None, {}) << false;
    QTest::newRow("a slot on a rejection") << tr(S::Rejected, 1234, R::NoCapacity, {}) << false;
    QTest::newRow("reject without a reason") << tr(S::Rejected, 0, R::None, {}) << false;
    QTest::newRow("a reason on an acceptance") << tr(S::Accepted, 1234, R::Other, {}) << false;
    QTest::newRow("unknown reject reason") << tr(S::Rejected, 0, R(7), {}) << false;
    QTest::newRow("complete without a report") << tr(S::Completed, 0, R::None, {}) << false;
    QTest::newRow("a record on a start") << tr(S::InProgress, 0, R::None, txId) << false;
    QTest::newRow("a record on a cancellation") << tr(S::Cancelled, 0, R::None, txId) << false;
    QTest::newRow("short report id") << tr(S::Completed, 0, R::None, QByteArray(31, 'x')) << false;
    QTest::newRow("no patient") << ReferralTransition{id, {}, S::Cancelled, 0, R::None, {}}.encode() << false;
    QTest::newRow("short referral id") << ReferralTransition{QByteArray(8, 'r'), p, S::Cancelled, 0, R::None, {}}.encode()
                                       << false;
    QByteArray trailing = tr(S::Cancelled, 0, R::None, {});
    trailing.append('\0');
    QTest::newRow("trailing byte") << trailing << false;
}

void TestContract::referralTransitionDecoding()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    const auto decoded = ReferralTransition::decode(body);
    QVERIFY2(bool(decoded) == valid, decoded ? "decoded" : qPrintable(decoded.error().message));
    if (valid)
        QCOMPARE(decoded->encode(), body);
}

// Each type decodes its own body; a body of the other referral type is malformed.
void TestContract::referralBodyMustMatchItsType()
{
    ReferralWorld w;
    const ReferralRequest request = World::referralTo(w.patient.id, B, w.serviceRequest);
    const ReferralTransition cancel{request.referralId, w.patient.id, ReferralStatus::Cancelled, 0, RejectReason::None, {}};
    const Transaction swappedA = w.net.make(TxType::ReferralTransition, A, request.encode(), w.doctorA.key, w.tick());
    const Transaction swappedB = w.net.make(TxType::ReferralCreate, A, cancel.encode(), w.doctorA.key, w.tick());
    for (const Transaction *tx : {&swappedA, &swappedB}) {
        const StatelessCheck s = w.chain.contract().checkStateless(tx->encode());
        QCOMPARE(s.reason, Reason::Malformed);
        QVERIFY(!s.detail.isEmpty());
    }
    // Decoded, a referral transaction indexes under its patient.
    const StatelessCheck ok = w.chain.contract().checkStateless(w.refer(w.doctorA, request).encode());
    QCOMPARE(ok.reason, Reason::Ok);
    QCOMPARE(ok.checked.patientId(), w.patient.id);
    const StatelessCheck t = w.chain.contract().checkStateless(
        w.net.make(TxType::ReferralTransition, A, cancel.encode(), w.doctorA.key, w.tick()).encode());
    QCOMPARE(t.reason, Reason::Ok);
    QCOMPARE(t.checked.patientId(), w.patient.id);
    QCOMPARE(txTypeName(TxType::ReferralCreate), QStringLiteral("referral-create"));
    QCOMPARE(txTypeName(TxType::ReferralTransition), QStringLiteral("referral-transition"));
}

// --- remote patient monitoring ---------------------------------------------------

void TestContract::deviceRegistrationByRole_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Reason>("expected");
    QTest::newRow("doctor") << Role::Doctor << Reason::Ok;
    QTest::newRow("nurse") << Role::Nurse << Reason::Ok;
    QTest::newRow("emr technician") << Role::EmrTechnician << Reason::WrongRole;
    QTest::newRow("admin") << Role::Admin << Reason::WrongRole;
    QTest::newRow("compliance officer") << Role::ComplianceOfficer << Reason::WrongRole;
    QTest::newRow("insurer") << Role::Insurer << Reason::WrongRole;
}

void TestContract::deviceRegistrationByRole()
{
    QFETCH(Role, role);
    QFETCH(Reason, expected);
    World w;
    const TestKey key = TestKey::generate();
    const DeviceBinding b{QStringLiteral("BP-77"), key.publicKey, DeviceKind::BloodPressureMonitor, w.patient.id, 0, false};
    const Transaction tx = w.net.make(TxType::DeviceRegister, A, b.encode(), w.user(role).key, w.tick());
    QCOMPARE(w.run(tx), expected);
    const auto stored = w.store().device(b.deviceId);
    QCOMPARE(stored.has_value(), expected == Reason::Ok);
    if (stored) {
        QCOMPARE(stored->deviceKey, key.publicKey);
        QCOMPARE(stored->patientId, w.patient.id);
        QCOMPARE(stored->org, A);
        QCOMPARE(stored->registeredBy, w.user(role).key.publicKey);
        QCOMPARE(stored->fromMs, tx.timestampMs);
        QVERIFY(stored->activeAt(tx.timestampMs + 1));
        QVERIFY(!stored->activeAt(tx.timestampMs - 1));
    }
}

void TestContract::deviceRegistrationRefusals()
{
    DeviceWorld w;
    const TestKey key = TestKey::generate();
    DeviceBinding fresh{QStringLiteral("GL-3003"), key.publicKey, DeviceKind::Glucometer, w.patient.id, 0, false};

    DeviceBinding unknownPatient = fresh;
    unknownPatient.patientId = QStringLiteral("P-9999");
    QCOMPARE(w.run(w.bind(w.doctorA, unknownPatient)), Reason::UnknownPatient);
    // hospital-b has no consent of the patient's.
    QCOMPARE(w.run(w.bind(w.doctorB, fresh)), Reason::NoTreatmentRelationship);
    // A device in use cannot be bound a second time, to anyone.
    DeviceBinding again = w.oximeter;
    again.patientId = w.other.id;
    QCOMPARE(w.run(w.bind(w.doctorA, again)), Reason::DeviceAlreadyBound);
    // An end in the past.
    DeviceBinding ended = fresh;
    ended.untilMs = w.t - 1;
    QCOMPARE(w.run(w.bind(w.doctorA, ended)), Reason::TimestampOutOfRange);
    // Revoking what was never bound, or another patient's or org's binding.
    QCOMPARE(w.run(w.unbind(w.doctorA, fresh)), Reason::UnknownDevice);
    DeviceBinding wrongPatient = w.oximeter;
    wrongPatient.patientId = w.other.id;
    QCOMPARE(w.run(w.unbind(w.doctorA, wrongPatient)), Reason::DeviceNotBound);
    DeviceBinding wrongKey = w.oximeter;
    wrongKey.deviceKey = key.publicKey;
    QCOMPARE(w.run(w.unbind(w.doctorA, wrongKey)), Reason::DeviceNotBound);
    // Nothing refused left a trace.
    QVERIFY(!w.store().device(fresh.deviceId));
    QCOMPARE(w.store().device(w.oximeter.deviceId)->patientId, w.patient.id);
    QVERIFY(!w.store().device(w.oximeter.deviceId)->revoked);

    // With the patient's consent, hospital-b may bind a device too.
    w.expectOk(w.net.grant(TestLedger::consent(w.patient, B, {}, w.t + 86'400'000), w.patient.key, A, w.tick()));
    QCOMPARE(w.run(w.bind(w.doctorB, fresh)), Reason::Ok);
    QCOMPARE(w.store().device(fresh.deviceId)->org, B);
}

void TestContract::deviceRevocationAndRebinding()
{
    DeviceWorld w;
    QCOMPARE(w.run(w.unbind(w.nurseA, w.oximeter)), Reason::Ok);
    const auto revoked = w.store().device(w.oximeter.deviceId);
    QVERIFY(revoked && revoked->revoked);
    QVERIFY(!revoked->activeAt(w.t));
    QCOMPARE(w.run(w.unbind(w.nurseA, w.oximeter)), Reason::DeviceInactive);
    // Readings from it are refused from now on.
    QCOMPARE(w.run(w.record(w.vitals({w.oximeter.deviceId}))), Reason::DeviceInactive);
    // Revoked, the device may go to another patient.
    DeviceBinding toOther = w.oximeter;
    toOther.patientId = w.other.id;
    QCOMPARE(w.run(w.bind(w.nurseA, toOther)), Reason::Ok);
    const auto rebound = w.store().device(w.oximeter.deviceId);
    QCOMPARE(rebound->patientId, w.other.id);
    QVERIFY(!rebound->revoked);
    // …and then its readings are the other patient's, not the first one's.
    QCOMPARE(w.run(w.record(w.vitals({w.oximeter.deviceId}, rebound->fromMs, w.t, w.patient, A))), Reason::DeviceNotBound);
    QCOMPARE(w.run(w.record(w.vitals({w.oximeter.deviceId}, rebound->fromMs, w.t, w.other, A))), Reason::Ok);
}

void TestContract::deviceBindingWithAnEnd()
{
    DeviceWorld w;
    const TestKey key = TestKey::generate();
    const quint64 until = w.t + 10'000;
    const DeviceBinding loan{QStringLiteral("HR-5005"), key.publicKey, DeviceKind::HeartRateMonitor, w.patient.id, until, false};
    QCOMPARE(w.run(w.bind(w.nurseA, loan)), Reason::Ok);
    const quint64 from = w.t;
    QCOMPARE(w.run(w.record(w.vitals({loan.deviceId}, from, until - 1, w.patient, A))), Reason::Ok);
    QCOMPARE(w.run(w.record(w.vitals({loan.deviceId}, from, until, w.patient, A))), Reason::DeviceInactive);
    while (w.t <= until)
        w.tick();
    // Once ended, the id is free to bind again.
    QCOMPARE(w.run(w.bind(w.nurseA, DeviceBinding{loan.deviceId, key.publicKey, loan.kind, w.other.id, 0, false})), Reason::Ok);
}

// A clinician registers a device the patient has used since Monday: its
// readings since then are the patient's, but never those of the device's
// previous binding, and never more than 30 days back.
void TestContract::deviceBindingBackdated()
{
    DeviceWorld w;
    const TestKey key = TestKey::generate();
    const quint64 day = 24ull * 3600 * 1000;
    DeviceBinding tooOld{QStringLiteral("GL-9"), key.publicKey, DeviceKind::Glucometer, w.patient.id, 0, false, w.t - 31 * day};
    QCOMPARE(w.run(w.bind(w.doctorA, tooOld)), Reason::TimestampOutOfRange);
    DeviceBinding future = tooOld;
    future.sinceMs = w.t + day;
    QCOMPARE(w.run(w.bind(w.doctorA, future)), Reason::TimestampOutOfRange);
    DeviceBinding monday = tooOld;
    monday.sinceMs = w.t - 4 * day;
    QCOMPARE(w.run(w.bind(w.doctorA, monday)), Reason::Ok);
    QCOMPARE(w.store().device(monday.deviceId)->fromMs, monday.sinceMs);
    QCOMPARE(w.run(w.record(w.vitals({monday.deviceId}, monday.sinceMs, w.t, w.patient, A))), Reason::Ok);
    QCOMPARE(w.run(w.record(w.vitals({monday.deviceId}, monday.sinceMs - 1, w.t, w.patient, A))), Reason::DeviceInactive);

    // Handed on to another patient: the new binding may not reach back into the old one.
    QCOMPARE(w.run(w.unbind(w.doctorA, monday)), Reason::Ok);
    const quint64 revokedAt = w.store().device(monday.deviceId)->untilMs;
    DeviceBinding overlapping{monday.deviceId, key.publicKey, DeviceKind::Glucometer, w.other.id, 0, false, revokedAt - 1};
    QCOMPARE(w.run(w.bind(w.doctorA, overlapping)), Reason::DeviceAlreadyBound);
    overlapping.sinceMs = revokedAt;
    QCOMPARE(w.run(w.bind(w.doctorA, overlapping)), Reason::Ok);
}

void TestContract::vitalsBatchIsARecordOfThePatient()
{
    DeviceWorld w;
    const VitalsBatch batch = w.vitals({w.oximeter.deviceId, w.scale.deviceId});
    const Transaction tx = w.record(batch);
    const StatelessCheck s = w.chain.contract().checkStateless(tx.encode());
    QCOMPARE(s.reason, Reason::Ok);
    QCOMPARE(s.checked.patientId(), w.patient.id);
    QCOMPARE(sealedRecordOf(s.checked.body)->ciphertextHash, batch.record.ciphertextHash);
    QCOMPARE(txTypeName(TxType::VitalsBatch), QStringLiteral("vitals-batch"));
    QCOMPARE(w.run(tx), Reason::Ok);
    const auto stored = w.store().recordVersion(tx.id());
    QVERIFY(stored);
    QCOMPARE(stored->patientId, w.patient.id);
    QCOMPARE(stored->resourceType, QStringLiteral("Bundle"));
    QCOMPARE(stored->org, A);
    // Readable by the patient and by hospital-a's clinicians, not by hospital-b's.
    QVERIFY(w.store().mayReadPayload(w.patient.key.publicKey, batch.record.ciphertextHash));
    QVERIFY(w.store().mayReadPayload(w.nurseA.key.publicKey, batch.record.ciphertextHash));
    QVERIFY(!w.store().mayReadPayload(w.doctorB.key.publicKey, batch.record.ciphertextHash));
    // The same sealed Bundle cannot be recorded twice.
    QCOMPARE(w.run(w.record(batch)), Reason::DuplicateRecord);
}

void TestContract::vitalsBatchRefusals_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<Reason>("expected");
    QTest::newRow("a clinician's key, not the org's") << "clinician" << Reason::NotOrgNode;
    QTest::newRow("another member's org key") << "other org key" << Reason::NotOrgNode;
    QTest::newRow("another member's node") << "other org" << Reason::DeviceNotBound;
    QTest::newRow("unknown device") << "unknown device" << Reason::UnknownDevice;
    QTest::newRow("device of another patient") << "other patient" << Reason::DeviceNotBound;
    QTest::newRow("unknown patient") << "unknown patient" << Reason::UnknownPatient;
    QTest::newRow("readings before the binding") << "before binding" << Reason::DeviceInactive;
    QTest::newRow("revoked device") << "revoked" << Reason::DeviceInactive;
    QTest::newRow("not sealed for the patient") << "no patient key" << Reason::MissingWrappedKey;
    QTest::newRow("not sealed for the org") << "no org key" << Reason::MissingWrappedKey;
}

void TestContract::vitalsBatchRefusals()
{
    QFETCH(QString, scenario);
    QFETCH(Reason, expected);
    DeviceWorld w;
    const QStringList both{w.oximeter.deviceId, w.scale.deviceId};
    Transaction tx;
    if (scenario == QLatin1String("clinician")) {
        tx = w.recordAs(w.vitals(both), w.nurseA);
    } else if (scenario == QLatin1String("other org key")) {
        tx = w.net.make(TxType::VitalsBatch, A, w.vitals(both).encode(), w.net.org(B).key, w.tick());
    } else if (scenario == QLatin1String("other org")) {
        tx = w.record(w.vitals(both, w.boundAt + 100, w.t, w.patient, B), B);
    } else if (scenario == QLatin1String("unknown device")) {
        tx = w.record(w.vitals({w.oximeter.deviceId, QStringLiteral("NOPE-1")}));
    } else if (scenario == QLatin1String("other patient")) {
        tx = w.record(w.vitals({w.oximeter.deviceId}, w.boundAt + 100, w.t, w.other, A));
    } else if (scenario == QLatin1String("unknown patient")) {
        VitalsBatch b = w.vitals(both);
        TestPatient ghost = TestPatient::make(QStringLiteral("P-GHOST"), QStringLiteral("GHOS-TGHO-STGH"));
        b.record = w.net.seal(ghost, A, QStringLiteral("Bundle")).version;
        tx = w.record(b);
    } else if (scenario == QLatin1String("before binding")) {
        tx = w.record(w.vitals(both, w.boundAt - 60'000, w.t, w.patient, A));
    } else if (scenario == QLatin1String("revoked")) {
        w.expectOk(w.unbind(w.doctorA, w.scale));
        tx = w.record(w.vitals(both));
    } else {
        VitalsBatch b = w.vitals(both);
        const RecipientKind drop = scenario == QLatin1String("no patient key") ? RecipientKind::Patient : RecipientKind::Org;
        b.record.keys.removeIf([&](const WrappedKey &k) { return k.kind == drop; });
        tx = w.record(b);
    }
    const QByteArray ctHash = VitalsBatch::decode(tx.body)->record.ciphertextHash;
    QCOMPARE(w.run(tx), expected);
    QVERIFY(!w.store().recordVersion(tx.id()));
    QVERIFY(!w.store().mayReadPayload(w.patient.key.publicKey, ctHash));
}

void TestContract::vitalsBatchDecoding_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("valid");
    DeviceWorld w;
    const VitalsBatch good = w.vitals({w.oximeter.deviceId});
    QTest::newRow("valid") << good.encode() << true;
    VitalsBatch noReadings = good;
    noReadings.readingCount = 0;
    QTest::newRow("no readings") << noReadings.encode() << false;
    VitalsBatch backwards = good;
    std::swap(backwards.firstMs, backwards.lastMs);
    QTest::newRow("time runs backwards") << backwards.encode() << false;
    VitalsBatch noDevices = good;
    noDevices.devices.clear();
    QTest::newRow("no devices") << noDevices.encode() << false;
    VitalsBatch twice = good;
    twice.devices.append(good.devices.first());
    QTest::newRow("a device listed twice") << twice.encode() << false;
    VitalsBatch observation = good;
    observation.record.resourceType = QStringLiteral("Observation");
    QTest::newRow("not a Bundle") << observation.encode() << false;
    VitalsBatch amendment = good;
    amendment.record.supersedes = QByteArray(32, 'x');
    QTest::newRow("an amendment") << amendment.encode() << false;
    QTest::newRow("a device binding in its place") << w.oximeter.encode() << false;
    DeviceBinding noPatient = w.oximeter;
    noPatient.patientId.clear();
    QTest::newRow("device binding without a patient") << noPatient.encode() << false;
}

void TestContract::vitalsBatchDecoding()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, valid);
    DeviceWorld w;
    // Both bodies are tried under both types: each decodes only as itself.
    const bool isBinding = DeviceBinding::decode(body).ok();
    const Transaction tx = w.net.make(isBinding ? TxType::DeviceRegister : TxType::VitalsBatch, A, body, w.net.org(A).key, w.tick());
    const StatelessCheck s = w.chain.contract().checkStateless(tx.encode());
    QCOMPARE(s.reason == Reason::Ok, valid || isBinding);
    if (!valid && !isBinding)
        QVERIFY(!s.detail.isEmpty());
    if (isBinding) {
        // A binding body under the vitals type is refused.
        const Transaction swapped = w.net.make(TxType::VitalsBatch, A, body, w.net.org(A).key, w.tick());
        QCOMPARE(w.chain.contract().checkStateless(swapped.encode()).reason, Reason::Malformed);
    }
}

// --- endorsement policies ---------------------------------------------------------

namespace {
// Three members under the consortium policy: records need the author's org
// and one other member, everything else the author's org.
struct ConsortiumWorld : World {
    ConsortiumWorld() : World({A, B, C}, Policy::consortium()) {}
};

// An endorsement as some org would send it: over this transaction's id, or
// another's (replayed), signed with the named org's key or another's (forged).
Endorsement endorsementBy(const TestLedger &net, const Transaction &tx, const QString &org, const QString &signingOrg,
                          const QByteArray &overId = {})
{
    const QByteArray message = overId.isEmpty() ? tx.id() : overId;
    return Endorsement{org, Ed25519::sign(net.org(signingOrg).key.secretKey(), Domains::Endorsement, message)};
}
} // namespace

using EndorsementMaker = std::function<QList<Endorsement>(ConsortiumWorld &, const Transaction &)>;
Q_DECLARE_METATYPE(EndorsementMaker)

void TestContract::endorsementPolicy_data()
{
    QTest::addColumn<bool>("isRecord");
    QTest::addColumn<EndorsementMaker>("endorsements");
    QTest::addColumn<Reason>("expected");

    auto by = [](const QStringList &orgs) {
        return EndorsementMaker([orgs](ConsortiumWorld &w, const Transaction &tx) {
            QList<Endorsement> out;
            for (const QString &o : orgs)
                out.append(endorsementBy(w.net, tx, o, o));
            return out;
        });
    };
    QTest::newRow("record: author's org and one other") << true << by({A, B}) << Reason::Ok;
    QTest::newRow("record: the other first, then the author's org") << true << by({C, A}) << Reason::Ok;
    QTest::newRow("record: all three") << true << by({A, B, C}) << Reason::Ok;
    QTest::newRow("record: none") << true << by({}) << Reason::EndorsementPolicyUnmet;
    QTest::newRow("record: the author's org alone") << true << by({A}) << Reason::EndorsementPolicyUnmet;
    QTest::newRow("record: two others but not the author's org") << true << by({B, C}) << Reason::EndorsementPolicyUnmet;
    QTest::newRow("record: the author's org twice") << true << by({A, A}) << Reason::EndorsementDuplicate;
    QTest::newRow("record: one other twice") << true << by({A, B, B}) << Reason::EndorsementDuplicate;
    QTest::newRow("record: signed with another member's key")
        << true << EndorsementMaker([](ConsortiumWorld &w, const Transaction &tx) {
               return QList<Endorsement>{endorsementBy(w.net, tx, A, A), endorsementBy(w.net, tx, B, C)};
           })
        << Reason::EndorsementBadSignature;
    QTest::newRow("record: an endorsement of another transaction")
        << true << EndorsementMaker([](ConsortiumWorld &w, const Transaction &tx) {
               return QList<Endorsement>{endorsementBy(w.net, tx, A, A),
                                         endorsementBy(w.net, tx, B, B, Sha256::hash("another transaction"))};
           })
        << Reason::EndorsementBadSignature;
    QTest::newRow("record: an org that is not a member")
        << true << EndorsementMaker([](ConsortiumWorld &w, const Transaction &tx) {
               const TestOrg &outsider = w.net.newOrg(QStringLiteral("outsider"));
               return QList<Endorsement>{endorsementBy(w.net, tx, A, A), tx.endorse(outsider.id, outsider.key.secretKey())};
           })
        << Reason::EndorsementNotMember;
    QTest::newRow("other type: the author's org") << false << by({A}) << Reason::Ok;
    QTest::newRow("other type: the author's org and another") << false << by({A, B}) << Reason::Ok;
    QTest::newRow("other type: none") << false << by({}) << Reason::EndorsementPolicyUnmet;
    QTest::newRow("other type: only an org that does not count") << false << by({B}) << Reason::EndorsementPolicyUnmet;
}

void TestContract::endorsementPolicy()
{
    QFETCH(bool, isRecord);
    QFETCH(EndorsementMaker, endorsements);
    QFETCH(Reason, expected);
    ConsortiumWorld w;
    const TestPatient other = TestPatient::make(QStringLiteral("P-0002"), QStringLiteral("WXYZ-9876-QRST"));
    Transaction tx = isRecord ? w.record(w.doctorA, QStringLiteral("Observation"))
                              : w.net.registerPatient(w.nurseA, other, w.tick());
    tx.endorsements = endorsements(w, tx);
    QCOMPARE(w.run(tx), expected);
    // A refused transaction leaves nothing: not the transaction, not its effects.
    QCOMPARE(w.store().hasTransaction(tx.id()), expected == Reason::Ok);
    if (!isRecord)
        QCOMPARE(bool(w.store().patient(other.id)), expected == Reason::Ok);
}

void TestContract::endorsingKeepsTheTransactionId()
{
    ConsortiumWorld w;
    const Transaction plain = w.record(w.doctorA, QStringLiteral("Observation"));
    const Transaction endorsed = w.net.endorsed(plain, {A, B});
    QCOMPARE(endorsed.id(), plain.id());
    QVERIFY(endorsed.hasValidSignature());
    auto decoded = Transaction::decode(endorsed.encode());
    QVERIFY(decoded);
    QCOMPARE(decoded->endorsements, endorsed.endorsements);
    QCOMPARE(w.run(endorsed), Reason::Ok);
}

void TestContract::defaultPolicyNeedsNoEndorsement()
{
    // The policy of every network made before endorsements (and of `careledgerd init`): none needed.
    World w;
    QVERIFY(!w.net.config().policy.hasEndorsementRules());
    QCOMPARE(w.run(w.record(w.doctorA, QStringLiteral("Observation"))), Reason::Ok);
    // An endorsement given anyway must still be a valid one.
    Transaction tx = w.record(w.doctorA, QStringLiteral("Observation"));
    tx.endorsements.append(endorsementBy(w.net, tx, A, A, Sha256::hash("something else")));
    QCOMPARE(w.run(tx), Reason::EndorsementBadSignature);
}

void TestContract::policyEncodingIsCanonical()
{
    TestLedger plain({A});
    // A configuration without endorsement rules encodes as before they existed:
    // four fields, a three-field policy (so every existing network keeps its id).
    CborReader r(plain.config().encode());
    QCOMPARE(r.array(0, 10), qsizetype(4));
    NetworkConfig withRules = plain.config();
    withRules.policy = Policy::consortium();
    auto decoded = NetworkConfig::decode(withRules.encode());
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
    QCOMPARE(decoded->policy, withRules.policy);
    QVERIFY(decoded->networkId() != plain.config().networkId());
    QCOMPARE(decoded->endorsementRule(quint64(TxType::RecordCreate)), (EndorsementRule{true, 1, false}));
    QCOMPARE(decoded->endorsementRule(quint64(TxType::Enrol)), (EndorsementRule{true, 0, false}));
    // Configuration changes need a quorum even where the policy says less.
    QVERIFY(plain.config().endorsementRule(quint64(TxType::ConfigChange)).quorum);

    // Rules out of type order are not canonical.
    CborWriter w;
    w.array(4).text(QStringLiteral("n")).uint(1).array(1);
    const Member &m = plain.config().members.first();
    w.array(6).text(m.orgId).text(m.displayName).bytes(m.orgKey).bytes(m.tlsCertificate).text(m.endpoint).bytes(m.dataKey);
    w.array(4).uint(1).uint(1).uint(1).array(2).array(3).boolean(false).uint(0).boolean(false).array(2);
    w.array(2).uint(5).array(3).boolean(true).uint(0).boolean(false);
    w.array(2).uint(4).array(3).boolean(true).uint(0).boolean(false);
    QVERIFY(!NetworkConfig::decode(w.take()));
}

// --- configuration changes -----------------------------------------------------------

void TestContract::configChangeAddsAMember()
{
    // Four members: a quorum is three.
    World w({A, B, C, QStringLiteral("lab-d")});
    const NetworkConfig genesis = w.net.config();
    QCOMPARE(genesis.quorum(), 3);
    const TestOrg &e = w.net.newOrg(QStringLiteral("insurer-e"));
    const TestUser doctorE = TestLedger::newUser(e.id, Role::Doctor);
    // Before the change, the new org's key enrols no one.
    QCOMPARE(w.run(w.net.enrolByOrg(doctorE, w.tick())), Reason::UnknownOrg);

    NetworkConfig next = genesis.successor();
    next.members.append(TestLedger::memberOf(e));
    QCOMPARE(w.run(w.net.configChange(genesis, next, B, {A, B, C}, w.tick())), Reason::Ok);
    const auto inForce = w.store().latestConfig();
    QVERIFY(inForce);
    QCOMPARE(*inForce, next);
    QCOMPARE(inForce->version, quint64(2));
    QCOMPARE(inForce->networkId(), genesis.networkId()); // the network keeps its id
    QCOMPARE(inForce->quorum(), 4);                      // five members now
    QCOMPARE(w.run(w.net.enrolByOrg(doctorE, w.tick())), Reason::Ok);
}

void TestContract::configChangeWithoutQuorumChangesNothing_data()
{
    QTest::addColumn<QStringList>("endorsers");
    QTest::addColumn<Reason>("expected");
    QTest::newRow("two of four") << QStringList{A, B} << Reason::ConfigNoQuorum;
    QTest::newRow("none") << QStringList{} << Reason::ConfigNoQuorum;
    QTest::newRow("one member twice and another") << QStringList{A, A, B} << Reason::EndorsementDuplicate;
    QTest::newRow("three of four") << QStringList{A, B, C} << Reason::Ok;
}

void TestContract::configChangeWithoutQuorumChangesNothing()
{
    QFETCH(QStringList, endorsers);
    QFETCH(Reason, expected);
    World w({A, B, C, QStringLiteral("lab-d")});
    NetworkConfig next = w.net.config().successor();
    next.members.removeLast();
    QCOMPARE(w.run(w.net.configChange(w.net.config(), next, A, endorsers, w.tick())), expected);
    QCOMPARE(w.store().latestConfig().has_value(), expected == Reason::Ok);
    QCOMPARE(w.chain.contract().configInForce(w.store()).members.size(), expected == Reason::Ok ? 3 : 4);
}

void TestContract::configChangesApplyInOrder()
{
    World w({A, B, C});
    const NetworkConfig v1 = w.net.config();
    NetworkConfig v2 = v1.successor();
    v2.members.removeLast(); // C leaves
    NetworkConfig v2b = v1.successor();
    v2b.policy.maxClockSkewMs = 60'000;
    // Two changes of the same configuration in one block: the first wins, the
    // second no longer replaces the configuration in force.
    const QList<Reason> reasons = w.chain.block(QList<Transaction>{w.net.configChange(v1, v2, A, {A, B, C}, w.t),
                                                                  w.net.configChange(v1, v2b, B, {A, B, C}, w.t)},
                                                w.tick());
    QCOMPARE(reasons, (QList<Reason>{Reason::Ok, Reason::ConfigOutOfOrder}));
    QCOMPARE(*w.store().latestConfig(), v2);
    // Still naming version 1 in a later block: out of order.
    QCOMPARE(w.run(w.net.configChange(v1, v2b, B, {A, B}, w.tick())), Reason::ConfigOutOfOrder);
    // Version 3 on top of version 2, endorsed by a quorum of version 2 (two of two).
    NetworkConfig v3 = v2.successor();
    v3.policy.maxClockSkewMs = 60'000;
    QCOMPARE(w.run(w.net.configChange(v2, v3, A, {A, B}, w.tick())), Reason::Ok);
    QCOMPARE(w.store().latestConfig()->version, quint64(3));
}

using ConfigMutation = std::function<Transaction(World &, NetworkConfig next)>;
Q_DECLARE_METATYPE(ConfigMutation)

void TestContract::configChangeRefusals_data()
{
    QTest::addColumn<ConfigMutation>("make");
    QTest::addColumn<Reason>("expected");
    const QStringList all{A, B, C};
    QTest::newRow("skips a version") << ConfigMutation([all](World &w, NetworkConfig next) {
        next.version += 1;
        return w.net.configChange(w.net.config(), next, A, all, w.tick());
    }) << Reason::ConfigInvalid;
    QTest::newRow("renames the network") << ConfigMutation([all](World &w, NetworkConfig next) {
        next.networkName = QStringLiteral("another");
        return w.net.configChange(w.net.config(), next, A, all, w.tick());
    }) << Reason::ConfigInvalid;
    QTest::newRow("moves to another network") << ConfigMutation([all](World &w, NetworkConfig next) {
        next.genesisId = Sha256::hash("another network");
        return w.net.configChange(w.net.config(), next, A, all, w.tick());
    }) << Reason::ConfigInvalid;
    QTest::newRow("authored by a user, not an org key") << ConfigMutation([all](World &w, NetworkConfig next) {
        const ConfigChange change{w.net.config().hash(), next};
        return w.net.endorsed(w.net.make(TxType::ConfigChange, A, change.encode(), w.adminA.key, w.tick()), all);
    }) << Reason::ConfigInvalid;
    QTest::newRow("names a configuration that was never in force") << ConfigMutation([all](World &w, NetworkConfig next) {
        const ConfigChange change{Sha256::hash("not a configuration"), next};
        return w.net.endorsed(w.net.make(TxType::ConfigChange, A, change.encode(), w.net.org(A).key, w.tick()), all);
    }) << Reason::ConfigOutOfOrder;
    QTest::newRow("endorsed by a quorum, one endorsement forged") << ConfigMutation([](World &w, NetworkConfig next) {
        Transaction tx = w.net.configChange(w.net.config(), next, A, {A, B}, w.tick());
        tx.endorsements.append(endorsementBy(w.net, tx, C, A));
        return tx;
    }) << Reason::EndorsementBadSignature;
}

void TestContract::configChangeRefusals()
{
    QFETCH(ConfigMutation, make);
    QFETCH(Reason, expected);
    World w({A, B, C});
    NetworkConfig next = w.net.config().successor();
    next.policy = Policy::consortium();
    QCOMPARE(w.run(make(w, next)), expected);
    QVERIFY(!w.store().latestConfig());
}

void TestContract::removedMemberNoLongerCounts()
{
    World w({A, B, C});
    NetworkConfig next = w.net.config().successor();
    next.members.removeAt(2); // C
    next.policy = Policy::consortium();
    QCOMPARE(w.run(w.net.configChange(w.net.config(), next, A, {A, B, C}, w.tick())), Reason::Ok);

    // C's endorsement no longer counts, and C's key enrols no one.
    const Transaction record = w.record(w.doctorA, QStringLiteral("Observation"));
    QCOMPARE(w.run(w.net.endorsed(record, {A, C})), Reason::EndorsementNotMember);
    QCOMPARE(w.run(w.net.enrolByOrg(TestLedger::newUser(C, Role::Doctor), w.tick())), Reason::UnknownOrg);
    QCOMPARE(w.run(w.net.endorsed(record, {A, B})), Reason::Ok);
}

void TestContract::policyChangeTakesEffectNextBlock()
{
    World w({A, B, C});
    NetworkConfig next = w.net.config().successor();
    next.policy = Policy::consortium();
    next.policy.endorsement[quint64(TxType::RecordCreate)].others = 2;
    const Transaction change = w.net.configChange(w.net.config(), next, A, {A, B, C}, w.t);
    // In the change's own block the old policy (none) still applies.
    const Transaction sameBlock = w.record(w.doctorA, QStringLiteral("Observation"));
    QCOMPARE(w.chain.block(QList<Transaction>{change, sameBlock}, w.tick()), (QList<Reason>{Reason::Ok, Reason::Ok}));
    const Transaction later = w.record(w.doctorA, QStringLiteral("Observation"));
    QCOMPARE(w.run(w.net.endorsed(later, {A, B})), Reason::EndorsementPolicyUnmet);
    QCOMPARE(w.run(w.net.endorsed(later, {A, B, C})), Reason::Ok);
}

void TestContract::configInForcePersists()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    TestLedger net({A, B});
    NetworkConfig next = net.config().successor();
    next.members.append(TestLedger::memberOf(net.newOrg(C)));
    {
        auto store = LedgerStore::openSqlite(path);
        QVERIFY(store);
        QVERIFY((*store)->initialise(net.config()).ok());
        QVERIFY((*store)->begin().ok());
        (*store)->putConfig(next);
        QVERIFY((*store)->commit().ok());
    }
    auto reopened = LedgerStore::openSqlite(path);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->latestConfig(), std::optional<NetworkConfig>(next));
    QCOMPARE(Contract(net.config()).configInForce(**reopened), next);
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
