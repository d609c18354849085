// The embedded light node against real full nodes over HTTPS on loopback:
// verified first sync and catch-up, failover, crash and resume, submit, and
// a full node that lies in every way the light node must catch.
//
// LightSync is synchronous and runs on the test thread while each FullNode
// runs on its own (TestNode). The lying node is a TLS proxy in front of the
// honest one (support/LyingNode.h). The crash test re-runs this binary as a
// light-node child process (--light-sync-child) and kills it with SIGKILL.
//
// Every test runs with the full node on both stores (the global rows "sqlite"
// and "postgresql"): QTest runs each test function once per global row, so
// each backend has its own network, liar and ordered state (Fixture), the
// node on a fresh database of one private PostgreSQL cluster. The PostgreSQL
// rows are skipped only when PostgreSQL is not installed.

#include "crypto/Sha256.h"
#include "ledger/MerkleLog.h"
#include "light/LightNode.h"
#include "crypto/SealedBox.h"
#include "full/ApiServer.h"
#include "light/LightSync.h"
#include "support/ChainWriter.h"
#include "support/LyingNode.h"
#include "support/PostgresServer.h"
#include "support/TestNetwork.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <array>
#include <cmath>
#include <cstdio>

using namespace careledger;
using namespace careledger::testing;

namespace {

const QString A = QStringLiteral("hospital-a");
const QString K = QStringLiteral("hospital-k"); // the long generated chain's one member
// Words of the records that must never reach the light node's disk in the clear.
const QByteArray FamilyName = "Okonkwo-Lindqvist";
const QByteArray NoteText = "hairline fracture of the left fifth metatarsal";

using Item = QPair<QByteArray, QByteArray>;

QString describe(const Error &e)
{
    return e.code + QStringLiteral(": ") + e.message;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Record {
    QString patientId;
    QByteArray txId;
    QByteArray ciphertextHash;
    QByteArray plaintext;
};

// What the honest chain is, fetched once per check: every header, by height.
struct HonestChain {
    QList<SignedHeader> headers;
    QHash<quint64, QByteArray> rootAtSize;

    static HonestChain of(NodeClient &client)
    {
        HonestChain c;
        auto tip = client.tip();
        for (quint64 from = 0; tip && from <= tip->header.height; from += 1000) {
            auto page = client.headers(from, 1000);
            if (!page)
                break;
            c.headers += *page;
        }
        for (const SignedHeader &h : std::as_const(c.headers))
            c.rootAtSize.insert(h.header.logSize, h.header.logRoot);
        return c;
    }
    const SignedHeader &tip() const { return headers.last(); }
};

// Child mode: a light node that syncs once and reports its progress, line by
// line, so the parent can SIGKILL it in the middle.
int runSyncChild(const QString &dir)
{
    auto config = NetworkConfig::decode(fileBytes(dir + QStringLiteral("/config.cbor")));
    const QByteArray key = fileBytes(dir + QStringLiteral("/user.key"));
    if (!config || key.size() != 32 + 64) {
        std::printf("failed bad arguments\n");
        return 2;
    }
    LightNodeSettings settings;
    settings.config = *config;
    settings.pinnedNetworkId = config->networkId();
    settings.cachePath = dir + QStringLiteral("/crash.sqlite");
    settings.endpoints = {QString::fromUtf8(fileBytes(dir + QStringLiteral("/endpoint.txt")))};
    LightSync sync(settings);
    if (Status st = sync.open(); !st) {
        std::printf("failed %s\n", qPrintable(st.error().message));
        return 2;
    }
    sync.setUser(key.left(32), SecureBuffer::copyOf(key.mid(32)));
    QObject::connect(&sync, &LightSync::progress, [](const SyncProgress &p) {
        const char *phase = p.phase == SyncProgress::Phase::Headers   ? "headers"
                            : p.phase == SyncProgress::Phase::CatchUp ? "catchup"
                            : p.phase == SyncProgress::Phase::Records ? "records"
                                                                      : "done";
        std::printf("progress %s %llu %llu\n", phase, static_cast<unsigned long long>(p.done),
                    static_cast<unsigned long long>(p.total));
        std::fflush(stdout);
    });
    auto r = sync.syncOnce();
    std::printf(r ? "done\n" : "failed %s\n", r ? "" : qPrintable(r.error().message));
    std::fflush(stdout);
    return r ? 0 : 1;
}

} // namespace

class TestLightSync : public QObject {
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void cleanupTestCase();
    void init();

    void firstSyncVerifiesEveryHeaderAndRecord();
    void catchUpUsesOneConsistencyProof();
    void firstSyncTrustsNothingBeyondTheTip();
    void failoverToSecondEndpoint();
    void lyingNode_data();
    void lyingNode();
    void erasedPayloadsAreNotALie();
    void underSignedFourMemberNetwork();
    void submitReturnsOnlyProvenReceipts();
    void crashAndResume();
    void facadeSignalsAndSubmit();

private:
    LightNodeSettings settings(const QString &cachePath, const QStringList &endpoints) const
    {
        LightNodeSettings s;
        s.config = m_fx->net->config();
        s.pinnedNetworkId = m_fx->net->networkId();
        s.cachePath = cachePath;
        s.endpoints = endpoints;
        s.requestTimeoutMs = 10000;
        return s;
    }
    QString honest() const { return m_fx->net->node().endpoint(); }
    QString newCachePath() { return m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_caches)); }
    // A copy of the cache synced (with the doctor's records) before the chain moved on.
    QString copyOfBase()
    {
        const QString path = newCachePath();
        if (!QFile::copy(m_fx->basePath, path))
            qFatal("cannot copy the base cache");
        if (QFile::exists(m_fx->basePath + QStringLiteral("-wal")))
            QFile::copy(m_fx->basePath + QStringLiteral("-wal"), path + QStringLiteral("-wal"));
        return path;
    }
    Item item(const Transaction &tx, const QByteArray &ciphertext = {}) const { return {tx.encode(), ciphertext}; }
    QList<TxReceipt> submitFinal(const QList<Item> &items)
    {
        auto r = m_fx->net->client()->submit(items);
        if (!r)
            qFatal("submit failed: %s", qPrintable(r.error().message));
        for (const TxReceipt &t : *r)
            if (!t.isFinal())
                qFatal("not final: %s", qPrintable(t.message));
        return *r;
    }
    Record addRecord(const TestPatient &patient, const QString &type, const QByteArray &plaintext)
    {
        const SealedRecord sealed = m_fx->net->seal(patient, A, type, plaintext);
        const Transaction tx = m_fx->net->record(m_fx->doctor, sealed.version, nowMs());
        submitFinal({item(tx, sealed.ciphertext)});
        const Record r{patient.id, tx.id(), sealed.version.ciphertextHash, plaintext};
        m_fx->records.append(r);
        return r;
    }
    // The log indexes of the transactions of the patients the doctor's org may read, as the node says.
    QList<quint64> readableIndexes(quint64 belowLogSize)
    {
        auto client = m_fx->net->client();
        if (!client->login(m_fx->doctor.key.publicKey, m_fx->doctor.key.secretKey(), m_fx->net->networkId()))
            qFatal("login failed");
        QList<quint64> out;
        const auto directory = client->directory();
        if (!directory)
            qFatal("no directory: %s", qPrintable(directory.error().message));
        for (quint64 i : *directory)
            if (i < belowLogSize)
                out.append(i);
        const auto patients = client->patients();
        if (!patients)
            qFatal("no patients: %s", qPrintable(patients.error().message));
        for (const QString &p : patients.value()) {
            const auto log = client->patientLog(p);
            if (!log)
                qFatal("no patient log: %s", qPrintable(log.error().message));
            for (quint64 i : log.value())
                if (i < belowLogSize)
                    out.append(i);
        }
        std::sort(out.begin(), out.end());
        return out;
    }
    // Every verified thing in the cache holds: the trusted header is quorum-signed
    // and the honest one at its height, stored headers too, every transaction is
    // proven against a header the cache holds, every payload is the committed one.
    void verifyIntact(LightCache &cache, const HonestChain &chain, const NetworkConfig &config,
                      const QStringList &patientIds);
    // Everything the doctor may read is cached, proven and decrypts (m_fx->net's chain).
    void verifyComplete(LightCache &cache);

    // The network of one backend and what the tests build on it.
    struct Fixture {
        std::unique_ptr<TestNetwork> net; // hospital-a alone: n = 1, q = 1
        std::unique_ptr<LyingNode> liar;  // a proxy of net's node with its TLS identity
        TestUser doctor;
        TestUser nurse;
        QList<TestPatient> patients;
        QList<Record> records;
        QString basePath;
        SignedHeader baseTip; // what the base cache trusts
        int recordsAtBase = 0;
    };
    void startFixture(bool postgresql); // fills *m_fx

    QTemporaryDir m_dir;
    int m_caches = 0;
    std::unique_ptr<test::PostgresServer> m_postgres; // one cluster for every PostgreSQL node
    std::array<Fixture, 2> m_fixtures;                // [0]: SQLite, [1]: PostgreSQL
    Fixture *m_fx = nullptr;                          // the current global row's, set by init()
    bool m_onPostgres = false;
};

void TestLightSync::initTestCase_data()
{
    QTest::addColumn<bool>("postgresql");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestLightSync::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("careledger.*.info=false\ncareledger.light.warning=false"));
    QVERIFY(m_dir.isValid());
    QElapsedTimer t;
    t.start();
    m_postgres = std::make_unique<test::PostgresServer>();
    if (m_postgres->available())
        qInfo("PostgreSQL test cluster on 127.0.0.1:%u started in %lld ms", m_postgres->port(), t.elapsed());
    else
        qWarning("PostgreSQL rows will be skipped: %s", qPrintable(m_postgres->whyNot()));

    m_fx = &m_fixtures[0];
    startFixture(false);
    if (QTest::currentTestFailed() || !m_postgres->available())
        return;
    m_fx = &m_fixtures[1];
    startFixture(true);
}

void TestLightSync::startFixture(bool postgresql)
{
    TestNodeOptions options;
    if (postgresql) {
        options.store = m_postgres->createDatabase(); // a fresh database for this node
        QVERIFY(!options.store->dbname.isEmpty());
    }
    Status st;
    m_fx->net = TestNetwork::start({A}, options, &st);
    QVERIFY2(st, qPrintable(st ? QString() : describe(st.error())));
    m_fx->liar = std::make_unique<LyingNode>(honest(), m_fx->net->node().certificateDer());
    st = m_fx->liar->start(m_fx->net->tls());
    QVERIFY2(st, qPrintable(st ? QString() : describe(st.error())));

    m_fx->doctor = TestLedger::newUser(A, Role::Doctor);
    m_fx->nurse = TestLedger::newUser(A, Role::Nurse);
    m_fx->patients = {TestPatient::make(QStringLiteral("P-1001"), QStringLiteral("KX7Q-2M9F-4TLD")),
                  TestPatient::make(QStringLiteral("P-1002"), QStringLiteral("ZR3N-8VWH-1PQA"))};
    submitFinal({item(m_fx->net->enrolByOrg(m_fx->doctor, nowMs())), item(m_fx->net->enrolByOrg(m_fx->nurse, nowMs()))});
    submitFinal({item(m_fx->net->registerPatient(m_fx->nurse, m_fx->patients[0], nowMs())),
                 item(m_fx->net->registerPatient(m_fx->nurse, m_fx->patients[1], nowMs()))});
    addRecord(m_fx->patients[0], QStringLiteral("Patient"),
              QByteArray(R"({"resourceType":"Patient","id":"P-1001","name":[{"family":")") + FamilyName
                  + R"(","given":["Adaeze"]}],"birthDate":"1961-04-17"})");
    addRecord(m_fx->patients[0], QStringLiteral("Observation"),
              fhirJson(QStringLiteral("Observation"), m_fx->patients[0].id, QString::fromLatin1(NoteText)));
    addRecord(m_fx->patients[1], QStringLiteral("Condition"),
              fhirJson(QStringLiteral("Condition"), m_fx->patients[1].id, QStringLiteral("Essential hypertension")));

    // The base cache: the doctor's light node, synced now.
    m_fx->basePath = m_dir.filePath(postgresql ? QStringLiteral("base-postgresql.sqlite")
                                               : QStringLiteral("base-sqlite.sqlite"));
    {
        LightSync sync(settings(m_fx->basePath, {honest()}));
        QVERIFY(sync.open());
        sync.setUser(m_fx->doctor.key.publicKey, SecureBuffer::copyOf(m_fx->doctor.key.secretKey().view()));
        auto r = sync.syncOnce();
        QVERIFY2(r, qPrintable(r ? QString() : describe(r.error())));
        m_fx->baseTip = *sync.cache().trustedHeader();
        // 2 enrolments (the staff directory), 2 registrations, 3 records.
        QCOMPARE(sync.cache().transactionCount(), qint64(2 + 2 + 3));
    }
    m_fx->recordsAtBase = int(m_fx->records.size());

    // Then the chain moves on: a new user, new records, each in a block of its own.
    submitFinal({item(m_fx->net->enrolByOrg(TestLedger::newUser(A, Role::Nurse), nowMs()))});
    addRecord(m_fx->patients[0], QStringLiteral("Observation"),
              fhirJson(QStringLiteral("Observation"), m_fx->patients[0].id, QStringLiteral("Blood pressure 142/91 mmHg")));
    addRecord(m_fx->patients[1], QStringLiteral("Observation"),
              fhirJson(QStringLiteral("Observation"), m_fx->patients[1].id, QStringLiteral("Heart rate 72/min")));
    addRecord(m_fx->patients[0], QStringLiteral("MedicationRequest"),
              fhirJson(QStringLiteral("MedicationRequest"), m_fx->patients[0].id, QStringLiteral("Lisinopril 10 mg daily")));
    QVERIFY(m_fx->net->client()->tip()->header.height >= m_fx->baseTip.header.height + 4);
}

void TestLightSync::cleanupTestCase()
{
    // The nodes first: they hold connections to the cluster.
    for (Fixture &fx : m_fixtures) {
        fx.liar.reset();
        fx.net.reset();
    }
    m_postgres.reset();
}

void TestLightSync::init()
{
    QFETCH_GLOBAL(bool, postgresql);
    m_onPostgres = postgresql;
    m_fx = &m_fixtures[postgresql ? 1 : 0];
    if (postgresql && !m_postgres->available())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL is not available: ") + m_postgres->whyNot()));
}

void TestLightSync::verifyIntact(LightCache &cache, const HonestChain &chain, const NetworkConfig &config,
                                 const QStringList &patientIds)
{
    const auto trusted = cache.trustedHeader();
    if (trusted) {
        QVERIFY(trusted->verifyQuorum(config));
        QVERIFY(trusted->header.height < quint64(chain.headers.size()));
        QCOMPARE(trusted->header.hash(), chain.headers[qsizetype(trusted->header.height)].header.hash());
        QCOMPARE(cache.header(trusted->header.height)->encode(), trusted->encode());
    }
    // Stored headers: each the honest one (and so quorum-signed and linked).
    quint64 stored = 0;
    for (const SignedHeader &h : chain.headers)
        if (const auto c = cache.header(h.header.height)) {
            QCOMPARE(c->header.hash(), h.header.hash()); // the honest chain is quorum-signed throughout
            ++stored;
        }
    QCOMPARE(stored, cache.headerCount());
    // The patients' transactions and the staff directory (enrolments, revocations: no patient).
    QList<CachedTransaction> all;
    for (const QString &patient : patientIds)
        all += cache.patientTransactions(patient);
    for (quint64 i = 0; trusted && i < trusted->header.logSize; ++i)
        if (const auto t = cache.transaction(i); t && t->patientId.isEmpty())
            all.append(*t);
    qint64 txs = 0;
    for (const CachedTransaction &t : std::as_const(all)) {
        ++txs;
        QVERIFY(trusted);
        QVERIFY(t.proofTreeSize <= trusted->header.logSize);
        QVERIFY2(chain.rootAtSize.contains(t.proofTreeSize), "proven against a header of the chain");
        QVERIFY(MerkleLog::verifyInclusion(MerkleLog::leafHash(t.bytes), t.logIndex, t.proofTreeSize, t.inclusionProof,
                                           chain.rootAtSize.value(t.proofTreeSize)));
        QCOMPARE(Transaction::decode(t.bytes)->id(), t.txId);
        if (!t.ciphertextHash.isEmpty()) {
            const auto payload = cache.payload(t.ciphertextHash);
            QVERIFY2(payload, "a record is cached with its ciphertext, in the same commit");
            QCOMPARE(Sha256::hash(*payload), t.ciphertextHash);
        }
    }
    QCOMPARE(txs, cache.transactionCount());
}

void TestLightSync::verifyComplete(LightCache &cache)
{
    const auto trusted = cache.trusted();
    QVERIFY(trusted);
    const QList<quint64> expected = readableIndexes(trusted->logSize);
    QCOMPARE(cache.transactionCount(), qint64(expected.size()));
    auto client = m_fx->net->client();
    for (quint64 i : expected) {
        const auto t = cache.transaction(i);
        QVERIFY2(t, qPrintable(QStringLiteral("log index %1 is cached").arg(i)));
        QCOMPARE(t->bytes, client->transactionAt(i)->bytes);
    }
    // Every record of the trusted log: its ciphertext is cached and opens with the org key.
    const TestOrg &org = m_fx->net->org(A);
    int opened = 0;
    for (const Record &r : std::as_const(m_fx->records)) {
        const auto payload = cache.payload(r.ciphertextHash);
        QList<CachedTransaction> txs = cache.patientTransactions(r.patientId);
        const auto it = std::find_if(txs.cbegin(), txs.cend(), [&](const CachedTransaction &t) { return t.txId == r.txId; });
        if (it == txs.cend())
            continue; // beyond the trusted log
        QVERIFY(payload);
        const auto version = RecordVersion::decode(Transaction::decode(it->bytes)->body);
        QVERIFY(version);
        QByteArray sealedForOrg;
        for (const WrappedKey &k : version->keys)
            if (k.kind == RecipientKind::Org && k.recipient == A)
                sealedForOrg = k.sealed;
        auto plain = RecordCipher::open(*version, *payload, sealedForOrg, org.dataKey().publicKey, org.dataKey().secretKey);
        QVERIFY2(plain, qPrintable(plain ? QString() : describe(plain.error())));
        QCOMPARE(*plain, r.plaintext);
        ++opened;
    }
    QVERIFY(opened > 0);
}

// --- honest nodes ---------------------------------------------------------------------------

void TestLightSync::firstSyncVerifiesEveryHeaderAndRecord()
{
    const QString path = newCachePath();
    LightSync sync(settings(path, {honest()}));
    QVERIFY(sync.open());
    sync.setUser(m_fx->doctor.key.publicKey, SecureBuffer::copyOf(m_fx->doctor.key.secretKey().view()));
    QSignalSpy trustedChanged(&sync, &LightSync::trustedChanged);
    QSignalSpy warnings(&sync, &LightSync::warningRaised);
    QSignalSpy progress(&sync, &LightSync::progress);
    auto r = sync.syncOnce();
    QVERIFY2(r, qPrintable(r ? QString() : describe(r.error())));

    const HonestChain chain = HonestChain::of(*m_fx->net->client());
    QCOMPARE(*r, TrustedState::of(chain.tip().header));
    QCOMPARE(*sync.cache().trusted(), *r);
    QCOMPARE(trustedChanged.count(), 1);
    QCOMPARE(trustedChanged.first().at(1).toInt(), 1); // signers
    QCOMPARE(trustedChanged.first().at(2).toInt(), 1); // members
    QCOMPARE(warnings.count(), 0);
    QCOMPARE(progress.last().first().value<SyncProgress>().phase, SyncProgress::Phase::Done);

    // Every header, from genesis, is in the cache: the chain was checked link by link.
    QCOMPARE(sync.cache().headerCount(), quint64(chain.headers.size()));
    for (const SignedHeader &h : chain.headers)
        QCOMPARE(sync.cache().header(h.header.height)->encode(), h.encode());
    verifyIntact(sync.cache(), chain, m_fx->net->config(), {m_fx->patients[0].id, m_fx->patients[1].id});
    verifyComplete(sync.cache());
    // 3 enrolments (the staff directory), 2 registrations, the records.
    QCOMPARE(sync.cache().transactionCount(), qint64(3 + 2 + m_fx->records.size()));

    // The doctor's own enrolment is there, proven, and gives her the org's data key.
    bool ownEnrolment = false;
    for (quint64 i = 0; i < sync.cache().trusted()->logSize; ++i) {
        const auto cached = sync.cache().transaction(i);
        if (!cached || cached->type != TxType::Enrol)
            continue;
        const auto e = Enrolment::decode(Transaction::decode(cached->bytes)->body);
        QVERIFY(e);
        if (e->userKey != m_fx->doctor.key.publicKey)
            continue;
        auto dataKey = SealedBox::open(m_fx->doctor.key.x25519PublicKey(), m_fx->doctor.key.x25519SecretKey(), e->sealedOrgKey);
        QVERIFY(dataKey);
        QVERIFY(dataKey->equals(m_fx->net->org(A).dataKey().secretKey));
        ownEnrolment = true;
    }
    QVERIFY(ownEnrolment);

    // No plaintext on disk: not a word of the records in the database or its WAL.
    const QByteArray disk = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
    QVERIFY(disk.contains(*sync.cache().payload(m_fx->records.first().ciphertextHash)));
    QVERIFY(!disk.contains(FamilyName));
    QVERIFY(!disk.contains(NoteText));
    QVERIFY(!disk.contains("Lisinopril"));
    QVERIFY(!disk.contains("Essential hypertension"));

    // Nothing new: another round asks for no proof and changes nothing.
    auto again = sync.syncOnce();
    QVERIFY(again);
    QCOMPARE(*again, *r);
}

void TestLightSync::catchUpUsesOneConsistencyProof()
{
    // The base cache is some blocks behind; the honest proxy counts what is asked.
    const QString path = copyOfBase();
    m_fx->liar->setLie({});
    m_fx->liar->resetCounters();
    LightSync sync(settings(path, {m_fx->liar->endpoint()}));
    QVERIFY(sync.open());
    sync.setUser(m_fx->doctor.key.publicKey, SecureBuffer::copyOf(m_fx->doctor.key.secretKey().view()));
    const quint64 headersBefore = sync.cache().headerCount();
    QCOMPARE(sync.cache().trustedHeader()->encode(), m_fx->baseTip.encode());

    auto r = sync.syncOnce();
    QVERIFY2(r, qPrintable(r ? QString() : describe(r.error())));
    const SignedHeader tip = *m_fx->net->client()->tip();
    QCOMPARE(*r, TrustedState::of(tip.header));
    const quint64 newBlocks = tip.header.height - m_fx->baseTip.header.height;
    QVERIFY(newBlocks >= 4);

    // One consistency proof over the whole distance, no header in between.
    QCOMPARE(m_fx->liar->requests(QStringLiteral("/v1/tip")), 1);
    QCOMPARE(m_fx->liar->requests(QStringLiteral("/v1/proof/consistency")), 1);
    QCOMPARE(m_fx->liar->requests(QStringLiteral("/v1/headers")), 0);
    QCOMPARE(sync.cache().headerCount(), headersBefore + 1);
    for (quint64 h = m_fx->baseTip.header.height + 1; h < tip.header.height; ++h)
        QVERIFY(!sync.cache().header(h));
    // O(log n) bytes: at most ⌈log2 n⌉ + 1 hashes of 32 bytes (plus CBOR framing).
    const qint64 proofBytes = m_fx->liar->bytesServed(QStringLiteral("/v1/proof/consistency"));
    const int maxHashes = int(std::ceil(std::log2(double(tip.header.logSize)))) + 1;
    QVERIFY2(proofBytes <= 2 + maxHashes * 34, qPrintable(QStringLiteral("%1 bytes").arg(proofBytes)));
    QVERIFY(proofBytes >= 34);
    // The new records in one proven batch and one payload batch.
    QCOMPARE(m_fx->liar->requests(QStringLiteral("/v1/log/proven")), 1);
    QCOMPARE(m_fx->liar->requests(QStringLiteral("/v1/payloads")), 1);
    verifyIntact(sync.cache(), HonestChain::of(*m_fx->net->client()), m_fx->net->config(), {m_fx->patients[0].id, m_fx->patients[1].id});
    verifyComplete(sync.cache());
    qInfo("caught up over %llu blocks (log %llu -> %llu) with one %lld-byte consistency proof",
          static_cast<unsigned long long>(newBlocks), static_cast<unsigned long long>(m_fx->baseTip.header.logSize),
          static_cast<unsigned long long>(tip.header.logSize), proofBytes);

    // Up to date: the next round asks for no proof at all.
    m_fx->liar->resetCounters();
    QVERIFY(sync.syncOnce());
    QCOMPARE(m_fx->liar->requests(QStringLiteral("/v1/proof/consistency")), 0);
    QCOMPARE(m_fx->liar->requests(QStringLiteral("/v1/log/proven")), 0);
    QCOMPARE(sync.cache().headerCount(), headersBefore + 1);
}

void TestLightSync::firstSyncTrustsNothingBeyondTheTip()
{
    // The tip a node offers may be older than the header pages it serves next
    // (blocks cut in between, or a node behind its own store). Whatever comes
    // after the tip in a page is not verified, so it is neither stored nor
    // trusted: here it even carries a forged signature.
    const SignedHeader latest = *m_fx->net->client()->tip();
    const quint64 offered = latest.header.height - 2;
    const SignedHeader older = m_fx->net->client()->headers(offered, 1)->value(0);
    m_fx->liar->setLie(lies::both(lies::tipIs(older), lies::forgedHeaderInPage(latest.header.height)));
    auto cleanup = qScopeGuard([this] { m_fx->liar->setLie({}); });
    LightSync sync(settings(newCachePath(), {m_fx->liar->endpoint(), honest()}));
    QVERIFY(sync.open());
    QSignalSpy warnings(&sync, &LightSync::warningRaised);
    auto r = sync.syncOnce();
    QVERIFY2(r, qPrintable(r ? QString() : describe(r.error())));
    QCOMPARE(warnings.count(), 0);
    QCOMPARE(r->height, offered);
    QCOMPARE(sync.cache().trustedHeader()->encode(), older.encode());
    QCOMPARE(sync.cache().headerCount(), offered + 1);
    QVERIFY(!sync.cache().header(offered + 1));
    QVERIFY(!sync.cache().header(latest.header.height));

    // The next round catches up from there, with a proof.
    m_fx->liar->setLie({});
    auto next = sync.syncOnce();
    QVERIFY(next);
    QCOMPARE(next->headerHash, latest.header.hash());
    QCOMPARE(sync.cache().headerCount(), offered + 2);
}

void TestLightSync::failoverToSecondEndpoint()
{
    const QString down = QStringLiteral("https://127.0.0.1:%1").arg(closedLoopbackPort());
    LightSync sync(settings(newCachePath(), {down, honest()}));
    QVERIFY(sync.open());
    QSignalSpy warnings(&sync, &LightSync::warningRaised);
    auto r = sync.syncOnce();
    QVERIFY2(r, qPrintable(r ? QString() : describe(r.error())));
    QCOMPARE(r->headerHash, m_fx->net->client()->tip()->header.hash());
    // The outage is noted, but an outage is not a lie.
    QCOMPARE(warnings.count(), 1);
    const NodeWarning w = warnings.first().first().value<NodeWarning>();
    QCOMPARE(w.endpoint, down);
    QCOMPARE(w.kind, QStringLiteral("network"));
    QVERIFY(sync.cache().distrustedEndpoints().isEmpty());

    // Both down: an error that names them, nothing changes.
    LightSync none(settings(newCachePath(), {down}));
    QVERIFY(none.open());
    auto failed = none.syncOnce();
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, QStringLiteral("no_node"));
    QVERIFY(failed.error().message.contains(down));
    QVERIFY(!none.cache().trusted());
}

// --- a lying node ---------------------------------------------------------------------------

void TestLightSync::lyingNode_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("fresh"); // from an empty cache (first sync) instead of the base cache
    QTest::newRow("forged header: signature bytes flipped") << 0 << "forged_header" << false;
    QTest::newRow("under-signed header: no member signature") << 1 << "no_quorum" << false;
    QTest::newRow("header signed by an unknown org") << 2 << "no_quorum" << false;
    QTest::newRow("header of another network") << 3 << "wrong_network" << false;
    QTest::newRow("forged header in the middle of a first sync") << 4 << "forged_header" << true;
    QTest::newRow("wrong consistency proof") << 5 << "inconsistent" << false;
    QTest::newRow("truncated consistency proof") << 6 << "inconsistent" << false;
    QTest::newRow("wrong inclusion proof") << 7 << "bad_proof" << false;
    QTest::newRow("withheld payload") << 8 << "withheld" << false;
    QTest::newRow("altered payload") << 9 << "altered" << false;
    QTest::newRow("stale tip: older than trusted") << 10 << "stale" << false;
    QTest::newRow("equivocation: a second signed header at the trusted height") << 11 << "equivocation" << false;
    QTest::newRow("'no key' for records wrapped for this org") << 12 << "withheld" << false;
}

void TestLightSync::lyingNode()
{
    QFETCH(int, variant);
    QFETCH(QString, kind);
    QFETCH(bool, fresh);
    const TestOrg &org = m_fx->net->org(A);
    Lie lie;
    SignedHeader fork;
    switch (variant) {
    case 0: lie = lies::forgedTip(); break;
    case 1: lie = lies::unsignedTip(); break;
    case 2: lie = lies::tipSignedBy(TestOrg{QStringLiteral("stranger"), TestKey::generate(), {}}); break;
    case 3: {
        SignedHeader other = *m_fx->net->client()->tip();
        other.header.networkId = Sha256::hash("another network");
        other.signatures.clear();
        other.addSignature(A, org.key.secretKey()); // a member's real signature, for the wrong network
        lie = lies::tipIs(other);
        break;
    }
    case 4: lie = lies::forgedHeaderInPage(2); break;
    case 5: lie = lies::wrongConsistencyProof(false); break;
    case 6: lie = lies::wrongConsistencyProof(true); break;
    case 7: lie = lies::wrongInclusionProofs(); break;
    case 8: lie = lies::payloads(true); break;
    case 9: lie = lies::payloads(false); break;
    case 10: lie = lies::tipIs(m_fx->net->client()->headers(m_fx->baseTip.header.height - 1, 1)->value(0)); break;
    case 11:
        // Signed with the org key: as valid as the real block at that height, and different.
        fork = m_fx->baseTip;
        fork.header.timestampMs += 1;
        fork.signatures.clear();
        fork.addSignature(A, org.key.secretKey());
        QVERIFY(fork.verifyQuorum(m_fx->net->config()));
        lie = lies::tipIs(fork);
        break;
    case 12: lie = lies::payloadsRefused(PayloadRefusal::NoKey); break;
    default: QFAIL("no such lie");
    }
    const QString path = fresh ? newCachePath() : copyOfBase();
    const QString liar = m_fx->liar->endpoint();
    const QStringList patients{m_fx->patients[0].id, m_fx->patients[1].id};
    m_fx->liar->setLie(lie);
    auto cleanup = qScopeGuard([this] { m_fx->liar->setLie({}); });

    // The liar alone: caught, reported, distrusted; the verified cache intact.
    {
        LightSync sync(settings(path, {liar}));
        QVERIFY(sync.open());
        sync.setUser(m_fx->doctor.key.publicKey, SecureBuffer::copyOf(m_fx->doctor.key.secretKey().view()));
        QSignalSpy warnings(&sync, &LightSync::warningRaised);
        QSignalSpy trustedChanged(&sync, &LightSync::trustedChanged);
        const qint64 txsBefore = sync.cache().transactionCount();
        auto r = sync.syncOnce();
        QVERIFY2(!r, "a lie is not accepted");
        QCOMPARE(warnings.count(), 1);
        const NodeWarning w = warnings.first().first().value<NodeWarning>();
        QCOMPARE(w.kind, kind);
        QCOMPARE(w.endpoint, liar);
        QVERIFY(!w.message.isEmpty());
        QCOMPARE(sync.cache().warnings().size(), 1);
        QCOMPARE(sync.cache().distrustedEndpoints(), QStringList{liar});
        QCOMPARE(trustedChanged.count(), 0);
        // Verified data: never the lie. Trust did not move, or (for lies about
        // records) moved on the proven honest header; no transaction of the lying batch.
        QCOMPARE(sync.cache().transactionCount(), txsBefore);
        verifyIntact(sync.cache(), HonestChain::of(*m_fx->net->client()), m_fx->net->config(), patients);
        if (fresh) {
            QVERIFY(!sync.cache().trusted());
            QCOMPARE(sync.cache().headerCount(), quint64(0));
        } else if (variant < 7 || variant == 10 || variant == 11) {
            QCOMPARE(sync.cache().trustedHeader()->encode(), m_fx->baseTip.encode());
        }

        if (variant == 11) {
            // Two histories signed: keep both as evidence, stop trusting anything new.
            QCOMPARE(w.evidence, m_fx->baseTip.encode() + fork.encode());
            QVERIFY(sync.isHalted());
            auto halted = sync.syncOnce();
            QVERIFY(!halted);
            QCOMPARE(halted.error().code, QStringLiteral("halted"));
            QCOMPARE(warnings.count(), 1);
        }

        // Not asked again...
        const int asked = m_fx->liar->totalRequests();
        auto again = sync.syncOnce();
        QVERIFY(!again);
        QCOMPARE(m_fx->liar->totalRequests(), asked);
        if (variant != 11) {
            QCOMPARE(again.error().code, QStringLiteral("no_node"));
            // ...until an administrator clears it: then it is asked (and caught) again.
            QVERIFY(sync.clearDistrust(liar));
            QVERIFY(sync.cache().distrustedEndpoints().isEmpty());
            QVERIFY(!sync.syncOnce());
            QVERIFY(m_fx->liar->totalRequests() > asked);
            QCOMPARE(warnings.count(), 2);
            QCOMPARE(warnings.last().first().value<NodeWarning>().kind, kind);
            QCOMPARE(sync.cache().distrustedEndpoints(), QStringList{liar});
        }
    }

    // With an honest member configured too: falls back to it and syncs everything.
    {
        LightSync sync(settings(path, {liar, honest()}));
        QVERIFY(sync.open());
        if (variant == 11) {
            QVERIFY2(sync.isHalted(), "the halt survives a restart");
            auto r = sync.syncOnce();
            QVERIFY(!r);
            QCOMPARE(r.error().code, QStringLiteral("halted"));
            QCOMPARE(sync.cache().trustedHeader()->encode(), m_fx->baseTip.encode());
            return;
        }
        QVERIFY(sync.clearDistrust(liar));
        sync.setUser(m_fx->doctor.key.publicKey, SecureBuffer::copyOf(m_fx->doctor.key.secretKey().view()));
        QSignalSpy warnings(&sync, &LightSync::warningRaised);
        auto r = sync.syncOnce();
        QVERIFY2(r, qPrintable(r ? QString() : describe(r.error())));
        QCOMPARE(r->headerHash, m_fx->net->client()->tip()->header.hash());
        QCOMPARE(warnings.count(), 1);
        QCOMPARE(warnings.first().first().value<NodeWarning>().kind, kind);
        QCOMPARE(sync.cache().distrustedEndpoints(), QStringList{liar});
        verifyIntact(sync.cache(), HonestChain::of(*m_fx->net->client()), m_fx->net->config(), patients);
        verifyComplete(sync.cache());
        const int asked = m_fx->liar->totalRequests();
        QVERIFY(sync.syncOnce());
        QCOMPARE(m_fx->liar->totalRequests(), asked);
    }
}

// Crypto-shredding: a node may have deleted a payload. Its transactions are
// still proven and cached; the node is not accused of anything.
void TestLightSync::erasedPayloadsAreNotALie()
{
    m_fx->liar->setLie(lies::payloadsRefused(PayloadRefusal::NotStored));
    LightSync sync(settings(copyOfBase(), {m_fx->liar->endpoint()}));
    QVERIFY(sync.open());
    sync.setUser(m_fx->doctor.key.publicKey, SecureBuffer::copyOf(m_fx->doctor.key.secretKey().view()));
    auto r = sync.syncOnce();
    m_fx->liar->setLie({});
    QVERIFY2(r, qPrintable(r ? QString() : describe(r.error())));
    QVERIFY(sync.cache().distrustedEndpoints().isEmpty());
    const Record &late = m_fx->records.last();
    QVERIFY(sync.cache().transactionCount() > qint64(m_fx->recordsAtBase + 2));
    QVERIFY(!sync.cache().payload(late.ciphertextHash));
}

void TestLightSync::underSignedFourMemberNetwork()
{
    // SQLite only: the node here is opened over a data directory of its own
    // (TestNode::open, the data directory's SQLite store), not the row's network.
    if (m_onPostgres)
        QSKIP("SQLite only: a node of its own over its data directory's store");
    // Four members, quorum 3, and a node that signs alone (one-node ordering).
    auto tls = TlsIdentity::generate(A, {QStringLiteral("127.0.0.1")}, 30);
    QVERIFY(tls);
    const quint16 port = closedLoopbackPort();
    NetworkConfig config;
    config.networkName = QStringLiteral("careledger-four");
    QList<TestOrg> orgs;
    for (const QString &id : {A, QStringLiteral("clinic-b"), QStringLiteral("lab-c"), QStringLiteral("insurer-d")}) {
        orgs.append(TestOrg{id, TestKey::generate(), {}});
        const bool runs = config.members.isEmpty();
        config.members.append(Member{id, id.toUpper(), orgs.last().key.publicKey,
                                     runs ? TlsIdentity::pemToDer(tls->certificatePem) : QByteArray(),
                                     QStringLiteral("https://127.0.0.1:%1").arg(runs ? port : closedLoopbackPort()),
                                     orgs.last().dataKey().publicKey});
    }
    QCOMPARE(config.quorum(), 3);
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("node"));
    QVERIFY(NodeDataDir(data).create(config, A, orgs.first().key.secretKey(), tls->certificatePem, tls->privateKeyPem));
    TestNode node;
    const Status st = node.open(data, port);
    QVERIFY2(st, qPrintable(st ? QString() : describe(st.error())));
    QCOMPARE(node.client()->tip()->validSignatureCount(config), 1);

    // The endpoints from the configuration: the running member is pinned by its certificate.
    LightNodeSettings s;
    s.config = config;
    s.pinnedNetworkId = config.networkId();
    s.cachePath = dir.filePath(QStringLiteral("light.sqlite"));
    s.requestTimeoutMs = 5000;
    LightSync sync(s);
    QVERIFY(sync.open());
    QSignalSpy warnings(&sync, &LightSync::warningRaised);
    auto r = sync.syncOnce();
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("no_node"));
    QCOMPARE(warnings.count(), 4); // one refusal and three members down
    const NodeWarning w = warnings.first().first().value<NodeWarning>();
    QCOMPARE(w.endpoint, node.endpoint());
    QCOMPARE(w.kind, QStringLiteral("no_quorum"));
    QVERIFY2(w.message.contains(QStringLiteral("1 valid")) && w.message.contains(QStringLiteral("3 of 4")),
             qPrintable(w.message));
    QCOMPARE(sync.cache().distrustedEndpoints(), QStringList{node.endpoint()});
    QVERIFY(!sync.cache().trusted());
    QCOMPARE(sync.cache().headerCount(), quint64(0));
}

// --- submit ---------------------------------------------------------------------------------

void TestLightSync::submitReturnsOnlyProvenReceipts()
{
    {
        LightSync sync(settings(newCachePath(), {honest()}));
        QVERIFY(sync.open());
        QVERIFY(sync.syncOnce());
        const quint64 sizeBefore = sync.cache().trusted()->logSize;
        const Transaction tx = m_fx->net->enrolByOrg(TestLedger::newUser(A, Role::Nurse), nowMs());
        auto receipts = sync.submit({item(tx)});
        QVERIFY2(receipts, qPrintable(receipts ? QString() : describe(receipts.error())));
        QCOMPARE(receipts->size(), 1);
        const TxReceipt r = receipts->first();
        QVERIFY(r.isFinal());
        QCOMPARE(r.txId, tx.id());
        QVERIFY(r.logIndex >= sizeBefore);
        // When it returns, the transaction is in a verified header and provably so.
        const TrustedState trusted = *sync.cache().trusted();
        QVERIFY(trusted.logSize > r.logIndex);
        QVERIFY(trusted.height >= r.height);
        auto proof = m_fx->net->client()->inclusionProof(r.logIndex, trusted.logSize);
        QVERIFY(proof);
        QVERIFY(sync.verifier().verifyTransaction(trusted, tx.encode(), r.logIndex, *proof));

        // A refused one comes back at once, refused, with its reason.
        auto replay = sync.submit({item(tx)});
        QVERIFY(replay);
        QVERIFY(!replay->first().isFinal());
        QCOMPARE(replay->first().code, quint16(Reason::Replay));
    }
    {
        // A node that acknowledges but cannot prove: no receipt, a warning, distrust.
        const QString liar = m_fx->liar->endpoint();
        m_fx->liar->setLie(lies::wrongInclusionProofs());
        auto cleanup = qScopeGuard([this] { m_fx->liar->setLie({}); });
        LightSync sync(settings(newCachePath(), {liar}));
        QVERIFY(sync.open());
        QVERIFY(sync.syncOnce()); // headers only: nothing to prove yet
        QSignalSpy warnings(&sync, &LightSync::warningRaised);
        auto receipts = sync.submit({item(m_fx->net->enrolByOrg(TestLedger::newUser(A, Role::Nurse), nowMs()))});
        QVERIFY(!receipts);
        QCOMPARE(receipts.error().code, QStringLiteral("bad_proof"));
        QCOMPARE(warnings.count(), 1);
        QCOMPARE(warnings.first().first().value<NodeWarning>().kind, QStringLiteral("bad_proof"));
        QCOMPARE(sync.cache().distrustedEndpoints(), QStringList{liar});
    }
}

// --- crash and resume -----------------------------------------------------------------------

void TestLightSync::crashAndResume()
{
    // SQLite only: ChainWriter writes the chain straight into the data
    // directory's SQLite file (12,000 blocks; the PostgreSQL row would redo it).
    if (m_onPostgres)
        QSKIP("SQLite only: ChainWriter writes the data directory's SQLite store");
    // A long chain (12,000 blocks, 1,200 records of three patients), written
    // straight into a node's data directory.
    constexpr int Blocks = 12000;
    constexpr int RecordEvery = 10;
    QElapsedTimer timer;
    timer.start();
    auto tls = TlsIdentity::generate(K, {QStringLiteral("127.0.0.1")}, 30);
    QVERIFY(tls);
    const TestLedger ledger({K}, {TlsIdentity::pemToDer(tls->certificatePem)});
    const TestUser doctor = TestLedger::newUser(K, Role::Doctor);
    const TestUser nurse = TestLedger::newUser(K, Role::Nurse);
    QList<TestPatient> patients;
    for (int i = 0; i < 3; ++i)
        patients.append(TestPatient::make(QStringLiteral("P-9%1").arg(i), QStringLiteral("KKKK-0000-%1").arg(i)));
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("node"));
    {
        ChainWriter writer(ledger.config(), {ledger.org(K)}, quint64(nowMs()) - Blocks - 60'000);
        QVERIFY(writer.create(data, *tls));
        QVERIFY(writer.appendBlock({{ledger.enrolByOrg(doctor, writer.nextBlockTimeMs()).encode(), {}},
                                    {ledger.enrolByOrg(nurse, writer.nextBlockTimeMs()).encode(), {}}}));
        QList<Item> registrations;
        for (const TestPatient &p : patients)
            registrations.append({ledger.registerPatient(nurse, p, writer.nextBlockTimeMs()).encode(), {}});
        QVERIFY(writer.appendBlock(registrations));
        for (int b = 3; b <= Blocks; ++b) {
            QList<Item> items;
            if (b % RecordEvery == 0) {
                const TestPatient &p = patients[(b / RecordEvery) % 3];
                const SealedRecord sealed = ledger.seal(p, K, QStringLiteral("Observation"),
                                                        fhirJson(QStringLiteral("Observation"), p.id,
                                                                 QStringLiteral("Heart rate %1/min").arg(b)));
                items.append({ledger.record(doctor, sealed.version, writer.nextBlockTimeMs()).encode(), sealed.ciphertext});
            }
            const Status st = writer.appendBlock(items);
            QVERIFY2(st, qPrintable(st ? QString() : describe(st.error())));
        }
        QVERIFY(writer.commit());
        QCOMPARE(writer.tip().header.height, quint64(Blocks));
    }
    TestNode node;
    Status st = node.open(data);
    QVERIFY2(st, qPrintable(st ? QString() : describe(st.error())));
    qInfo("chain of %d blocks written and opened in %lld ms", Blocks, timer.elapsed());

    LightNodeSettings s;
    s.config = ledger.config();
    s.pinnedNetworkId = ledger.networkId();
    s.endpoints = {node.endpoint()};
    const QStringList patientIds{patients[0].id, patients[1].id, patients[2].id};

    // The reference: one uninterrupted sync.
    s.cachePath = dir.filePath(QStringLiteral("reference.sqlite"));
    LightSync reference(s);
    QVERIFY(reference.open());
    reference.setUser(doctor.key.publicKey, SecureBuffer::copyOf(doctor.key.secretKey().view()));
    timer.restart();
    auto ref = reference.syncOnce();
    QVERIFY2(ref, qPrintable(ref ? QString() : describe(ref.error())));
    const qint64 fullSyncMs = timer.elapsed();
    // 3 registrations, the records, and the 2 enrolments of the staff directory.
    const qint64 expectedTxs = 3 + Blocks / RecordEvery + 2;
    QCOMPARE(reference.cache().transactionCount(), expectedTxs);
    QCOMPARE(reference.cache().headerCount(), quint64(Blocks + 1));

    // The child: this binary as a light node on crash.sqlite, killed with SIGKILL.
    {
        QFile config(dir.filePath(QStringLiteral("config.cbor")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(ledger.config().encode());
        QFile endpoint(dir.filePath(QStringLiteral("endpoint.txt")));
        QVERIFY(endpoint.open(QIODevice::WriteOnly));
        endpoint.write(node.endpoint().toUtf8());
        QFile key(dir.filePath(QStringLiteral("user.key")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(doctor.key.publicKey + doctor.key.secretKey().view().toByteArray());
    }
    const QString crashPath = dir.filePath(QStringLiteral("crash.sqlite"));
    // Runs the child until its progress passes `phase` at `atLeast`, then kills
    // it `delayMs` later (somewhere inside the next page or batch).
    auto runAndKill = [&](const QByteArray &phase, quint64 atLeast, int delayMs) -> QByteArray {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--light-sync-child"), dir.path()});
        if (!child.waitForStarted(10000))
            return "not started";
        QByteArray output;
        bool killed = false;
        QElapsedTimer t;
        t.start();
        while (child.state() != QProcess::NotRunning && t.elapsed() < 60000) {
            child.waitForReadyRead(50);
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                output += line + '\n';
                const QList<QByteArray> f = line.split(' ');
                if (!killed && f.size() == 4 && f[0] == "progress" && f[1] == phase && f[2].toULongLong() >= atLeast) {
                    QThread::msleep(ulong(delayMs));
                    child.kill(); // SIGKILL, mid-sync
                    killed = true;
                }
            }
        }
        child.waitForFinished(10000);
        output += child.readAll();
        if (!killed || child.exitStatus() != QProcess::CrashExit)
            output += "\nNOT KILLED";
        return output;
    };

    // Killed while fetching headers: verified headers so far, nothing trusted yet.
    QByteArray output = runAndKill("headers", 5000, 40);
    QVERIFY2(!output.contains("NOT KILLED") && !output.contains("done"), output.constData());
    {
        auto cache = LightCache::open(crashPath, ledger.networkId());
        QVERIFY(cache);
        const quint64 stored = (*cache)->headerCount();
        QVERIFY2(stored >= 5000 && stored <= quint64(Blocks), qPrintable(QString::number(stored)));
        QVERIFY(!(*cache)->trusted());
        QCOMPARE((*cache)->transactionCount(), qint64(0));
        for (quint64 h = 0; h < stored; ++h) {
            const auto header = (*cache)->header(h);
            QVERIFY(header);
            QCOMPARE(header->encode(), reference.cache().header(h)->encode());
        }
        QVERIFY((*cache)->header(stored - 1)->verifyQuorum(ledger.config()));
        qInfo("killed during the header phase with %llu of %d headers stored", static_cast<unsigned long long>(stored),
              Blocks + 1);
    }
    // Resumed in a child again, killed while fetching records.
    output = runAndKill("records", 500, 10);
    QVERIFY2(!output.contains("NOT KILLED") && !output.contains("done"), output.constData());
    QVERIFY2(!output.contains("progress headers 0 "), "the second run resumed the header download");
    const HonestChain chain = HonestChain::of(*node.client());
    {
        auto cache = LightCache::open(crashPath, ledger.networkId());
        QVERIFY(cache);
        const qint64 txs = (*cache)->transactionCount();
        QVERIFY2(txs >= 500 && txs < expectedTxs, qPrintable(QString::number(txs)));
        QCOMPARE((*cache)->trustedHeader()->encode(), reference.cache().trustedHeader()->encode());
        // Nothing half-written: what is there is proven, with its ciphertext.
        verifyIntact(**cache, chain, ledger.config(), patientIds);
        qInfo("killed during the record phase with %lld of %lld transactions stored", txs, expectedTxs);
    }

    // A fresh light node on the same cache finishes, with the state of the uninterrupted sync.
    s.cachePath = crashPath;
    LightSync resumed(s);
    QVERIFY(resumed.open());
    resumed.setUser(doctor.key.publicKey, SecureBuffer::copyOf(doctor.key.secretKey().view()));
    timer.restart();
    auto r = resumed.syncOnce();
    QVERIFY2(r, qPrintable(r ? QString() : describe(r.error())));
    qInfo("uninterrupted sync %lld ms; resume after two kills %lld ms", fullSyncMs, timer.elapsed());
    QCOMPARE(*r, *ref);
    LightCache &a = resumed.cache();
    LightCache &b = reference.cache();
    QCOMPARE(a.trustedHeader()->encode(), b.trustedHeader()->encode());
    QCOMPARE(a.headerCount(), b.headerCount());
    for (quint64 h = 0; h <= quint64(Blocks); h += 997)
        QCOMPARE(a.header(h)->encode(), b.header(h)->encode());
    QCOMPARE(a.transactionCount(), b.transactionCount());
    for (const QString &p : patientIds) {
        const QList<CachedTransaction> x = a.patientTransactions(p);
        const QList<CachedTransaction> y = b.patientTransactions(p);
        QCOMPARE(x.size(), y.size());
        for (qsizetype i = 0; i < x.size(); ++i) {
            QCOMPARE(x[i].logIndex, y[i].logIndex);
            QCOMPARE(x[i].bytes, y[i].bytes);
            QCOMPARE(x[i].height, y[i].height);
            QCOMPARE(x[i].proofTreeSize, y[i].proofTreeSize);
            QCOMPARE(x[i].inclusionProof, y[i].inclusionProof);
            QCOMPARE(x[i].ciphertextHash, y[i].ciphertextHash);
            if (!x[i].ciphertextHash.isEmpty())
                QVERIFY(a.payload(x[i].ciphertextHash) == b.payload(y[i].ciphertextHash));
        }
    }
    verifyIntact(a, chain, ledger.config(), patientIds);
    QVERIFY(a.warnings().isEmpty());
}

// --- the facade -------------------------------------------------------------------------------

void TestLightSync::facadeSignalsAndSubmit()
{
    const QString path = newCachePath();
    const QString liar = m_fx->liar->endpoint();
    m_fx->liar->setLie(lies::forgedTip());
    auto cleanup = qScopeGuard([this] { m_fx->liar->setLie({}); });
    {
        LightNode node(settings(path, {liar, honest()}));
        // Forwarded from the worker: delivered on this thread.
        QSignalSpy trustedChanged(&node, &LightNode::trustedChanged);
        QSignalSpy warnings(&node, &LightNode::warningRaised);
        QSignalSpy progress(&node, &LightNode::progress);
        // Emitted on the worker thread: received here through queued connections.
        int started = 0;
        QStringList syncFailed, submitFailed;
        QList<QPair<quint64, QList<TxReceipt>>> submitted;
        connect(&node, &LightNode::started, this, [&] { ++started; });
        connect(&node, &LightNode::syncFailed, this, [&](const QString &m) { syncFailed << m; });
        connect(&node, &LightNode::submitFailed, this, [&](quint64, const QString &m) { submitFailed << m; });
        connect(&node, &LightNode::submitted, this,
                [&](quint64 id, const QList<TxReceipt> &receipts) { submitted.append({id, receipts}); });
        node.start(60'000);
        QTRY_COMPARE_WITH_TIMEOUT(trustedChanged.count(), 1, 20000);
        QCOMPARE(started, 1);
        const auto tip = m_fx->net->client()->tip();
        QCOMPARE(trustedChanged.first().at(0).value<TrustedState>().headerHash, tip->header.hash());
        QCOMPARE(trustedChanged.first().at(1).toInt(), 1);
        QCOMPARE(trustedChanged.first().at(2).toInt(), 1);
        QCOMPARE(warnings.count(), 1);
        const NodeWarning w = warnings.first().first().value<NodeWarning>();
        QCOMPARE(w.kind, QStringLiteral("forged_header"));
        QCOMPARE(w.endpoint, liar);
        QVERIFY(progress.count() >= 2);
        QCOMPARE(progress.last().first().value<SyncProgress>().phase, SyncProgress::Phase::Done);
        QVERIFY2(syncFailed.isEmpty(), qPrintable(syncFailed.join(QLatin1Char('\n'))));

        // Submit through the facade: the answer comes by signal, proven and final.
        const Transaction tx = m_fx->net->enrolByOrg(TestLedger::newUser(A, Role::Nurse), nowMs());
        const quint64 id = node.submit({item(tx)});
        QTRY_VERIFY_WITH_TIMEOUT(submitted.size() + submitFailed.size() == 1, 20000);
        QVERIFY2(submitFailed.isEmpty(), qPrintable(submitFailed.join(QLatin1Char('\n'))));
        QCOMPARE(submitted.first().first, id);
        const QList<TxReceipt> receipts = submitted.first().second;
        QCOMPARE(receipts.size(), 1);
        QVERIFY(receipts.first().isFinal());
        QCOMPARE(receipts.first().txId, tx.id());
        QVERIFY(trustedChanged.count() >= 2); // the submit's own sync moved trust past it
        QVERIFY(trustedChanged.last().at(0).value<TrustedState>().logSize > receipts.first().logIndex);
    }
    // The facade's cache, read back once it has stopped.
    auto cache = LightCache::open(path, m_fx->net->networkId());
    QVERIFY(cache);
    QCOMPARE((*cache)->distrustedEndpoints(), QStringList{liar});
    QCOMPARE((*cache)->warnings().size(), 1);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--light-sync-child") == 0)
        return runSyncChild(QString::fromLocal8Bit(argv[2]));
    TestLightSync test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_lightsync.moc"
