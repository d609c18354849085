// The light node's SQLite cache on its own: what goes in comes out, a sync
// step is all or nothing, it survives reopening, it refuses what is not its
// own, and nothing in its files is plaintext PHI.

#include "light/LightCache.h"

#include "contract/Contract.h"
#include "crypto/Sha256.h"
#include "ledger/MerkleLog.h"
#include "support/TestLedger.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger;
using namespace careledger::testing;

namespace {

const QString A = QStringLiteral("hospital-a");
// Words of the records that must never reach the disk in the clear.
const QByteArray FamilyName = "Okonkwo-Lindqvist";
const QByteArray NoteText = "hairline fracture of the left fifth metatarsal";

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString describe(const Status &st)
{
    return st ? QStringLiteral("ok") : st.error().code + QStringLiteral(": ") + st.error().message;
}

} // namespace

class TestLightCache : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void emptyCache();
    void headersRoundTrip();
    void commitSyncRoundTrip();
    void commitSyncIsAtomic();
    void reopenKeepsEverything();
    void anotherNetworksCacheIsRefused();
    void schemaTooNewIsRefused();
    void warnings();
    void distrustAndClear();
    void noPlaintextOnDisk();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("light.sqlite")); }
    std::unique_ptr<LightCache> open(const QByteArray &networkId = {})
    {
        auto cache = LightCache::open(path(), networkId.isEmpty() ? m_ledger->networkId() : networkId);
        if (!cache)
            qWarning("%s", qPrintable(cache.error().message));
        return cache ? std::move(cache).value() : nullptr;
    }
    // Header `height` over the first `size` leaves of the test log, signed by the org.
    SignedHeader header(quint64 height, quint64 size) const
    {
        SignedHeader s;
        s.header.networkId = m_ledger->networkId();
        s.header.height = height;
        s.header.previousHash = height == 0 ? QByteArray(Sha256::Size, '\0') : Sha256::hash(QByteArray::number(height));
        s.header.txRoot = Sha256::hash("txs");
        s.header.logRoot = m_log.rootAt(size);
        s.header.logSize = size;
        s.header.validityHash = Sha256::hash("validity");
        s.header.timestampMs = 1000 + height;
        s.header.proposer = A;
        s.addSignature(A, m_ledger->org(A).key.secretKey());
        return s;
    }
    // What a sync stores for log index i, proven against `treeSize`.
    CachedTransaction cached(quint64 i, quint64 treeSize) const
    {
        const Contract contract(m_ledger->config());
        const StatelessCheck s = contract.checkStateless(m_txs[qsizetype(i)]);
        CachedTransaction c{i, s.checked.txId, m_txs[qsizetype(i)], 1 + i / 2, 0, s.checked.tx.type, s.checked.patientId(),
                            {}, treeSize, *m_log.inclusionProof(i, treeSize)};
        if (const auto *record = std::get_if<RecordVersion>(&s.checked.body))
            c.ciphertextHash = record->ciphertextHash;
        return c;
    }
    QList<QPair<QByteArray, QByteArray>> payloadsOf(const QList<CachedTransaction> &txs) const
    {
        QList<QPair<QByteArray, QByteArray>> out;
        for (const CachedTransaction &t : txs)
            if (!t.ciphertextHash.isEmpty())
                out.append({t.ciphertextHash, m_ciphertexts.value(t.ciphertextHash)});
        return out;
    }
    void compareTransactions(const CachedTransaction &a, const CachedTransaction &b)
    {
        QCOMPARE(a.logIndex, b.logIndex);
        QCOMPARE(a.txId, b.txId);
        QCOMPARE(a.bytes, b.bytes);
        QCOMPARE(a.height, b.height);
        QCOMPARE(a.code, b.code);
        QCOMPARE(a.type, b.type);
        QCOMPARE(a.patientId, b.patientId);
        QCOMPARE(a.ciphertextHash, b.ciphertextHash);
        QCOMPARE(a.proofTreeSize, b.proofTreeSize);
        QCOMPARE(a.inclusionProof, b.inclusionProof);
    }
    // Everything stored, as one comparable value.
    QByteArray fingerprint(LightCache &cache)
    {
        QByteArray out;
        if (const auto t = cache.trustedHeader())
            out += t->encode();
        out += QByteArray::number(cache.headerCount()) + '/' + QByteArray::number(cache.transactionCount());
        for (quint64 h = 0; h < 10; ++h)
            if (const auto hdr = cache.header(h))
                out += hdr->encode();
        for (quint64 i = 0; i < quint64(m_txs.size()); ++i)
            if (const auto t = cache.transaction(i)) {
                out += t->bytes + t->txId + QByteArray::number(t->proofTreeSize);
                for (const QByteArray &p : t->inclusionProof)
                    out += p;
                if (!t->ciphertextHash.isEmpty())
                    out += cache.payload(t->ciphertextHash).value_or("missing");
            }
        for (const NodeWarning &w : cache.warnings())
            out += w.kind.toUtf8() + w.evidence;
        out += cache.distrustedEndpoints().join(QLatin1Char(',')).toUtf8();
        return out;
    }

    std::unique_ptr<TestLedger> m_ledger;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QByteArray> m_txs; // encoded transactions, log order
    QHash<QByteArray, QByteArray> m_ciphertexts;
    MerkleLog m_log;
};

void TestLightCache::initTestCase()
{
    m_ledger = std::make_unique<TestLedger>(QStringList{A});
    const TestUser doctor = TestLedger::newUser(A, Role::Doctor);
    const TestPatient patient = TestPatient::make(QStringLiteral("P-1001"), QStringLiteral("KX7Q-2M9F-4TLD"));
    const quint64 now = nowMs();
    m_txs.append(m_ledger->enrolByOrg(doctor, now).encode());
    m_txs.append(m_ledger->registerPatient(doctor, patient, now).encode());
    const QList<QByteArray> plaintexts{
        QByteArray(R"({"resourceType":"Patient","id":"P-1001","name":[{"family":")") + FamilyName
            + R"(","given":["Adaeze"]}],"birthDate":"1961-04-17"})",
        fhirJson(QStringLiteral("Observation"), patient.id, QString::fromLatin1(NoteText)),
        fhirJson(QStringLiteral("Condition"), patient.id, QStringLiteral("Essential hypertension")),
    };
    for (const QByteArray &plaintext : plaintexts) {
        const SealedRecord sealed = m_ledger->seal(patient, A, QStringLiteral("Observation"), plaintext);
        m_txs.append(m_ledger->record(doctor, sealed.version, now).encode());
        m_ciphertexts.insert(sealed.version.ciphertextHash, sealed.ciphertext);
    }
    for (const QByteArray &tx : std::as_const(m_txs))
        m_log.append(tx);
}

void TestLightCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLightCache::emptyCache()
{
    auto cache = open();
    QVERIFY(cache);
    QVERIFY(!cache->trustedHeader());
    QVERIFY(!cache->trusted());
    QCOMPARE(cache->headerCount(), quint64(0));
    QCOMPARE(cache->transactionCount(), qint64(0));
    QVERIFY(!cache->header(0));
    QVERIFY(!cache->transaction(0));
    QVERIFY(!cache->hasTransaction(0));
    QVERIFY(cache->patientTransactions(QStringLiteral("P-1001")).isEmpty());
    QVERIFY(!cache->payload(Sha256::hash("nothing")));
    QVERIFY(cache->warnings().isEmpty());
    QVERIFY(cache->distrustedEndpoints().isEmpty());
}

void TestLightCache::headersRoundTrip()
{
    auto cache = open();
    QVERIFY(cache);
    const QList<SignedHeader> first{header(0, 0), header(1, 1), header(2, 2)};
    QVERIFY(cache->storeHeaders(first));
    QVERIFY(cache->storeHeaders({}));
    QCOMPARE(cache->headerCount(), quint64(3));
    for (const SignedHeader &h : first)
        QCOMPARE(cache->header(h.header.height)->encode(), h.encode());
    // Stored headers are not trust: that comes with the commit at the tip.
    QVERIFY(!cache->trustedHeader());
    QVERIFY(cache->storeHeaders({header(3, 3), header(4, 5)}));
    QCOMPARE(cache->headerCount(), quint64(5));
    QVERIFY(cache->commitSync(header(4, 5), {}, {}));
    QCOMPARE(cache->trustedHeader()->encode(), header(4, 5).encode());
    QCOMPARE(*cache->trusted(), TrustedState::of(header(4, 5).header));
    QCOMPARE(cache->headerCount(), quint64(5));
    QVERIFY(!cache->header(5));
}

void TestLightCache::commitSyncRoundTrip()
{
    auto cache = open();
    QVERIFY(cache);
    const quint64 size = quint64(m_txs.size());
    QList<CachedTransaction> txs;
    for (quint64 i = 1; i < size; ++i) // the patient's: registration and records
        txs.append(cached(i, size));
    const SignedHeader tip = header(3, size);
    QVERIFY(cache->commitSync(tip, txs, payloadsOf(txs)));
    QCOMPARE(cache->trustedHeader()->encode(), tip.encode());
    QCOMPARE(cache->header(3)->encode(), tip.encode());
    QCOMPARE(cache->transactionCount(), qint64(txs.size()));
    QVERIFY(!cache->hasTransaction(0));
    for (const CachedTransaction &t : txs) {
        QVERIFY(cache->hasTransaction(t.logIndex));
        const auto back = cache->transaction(t.logIndex);
        QVERIFY(back);
        compareTransactions(*back, t);
        // The stored proof still proves the stored bytes against the trusted root.
        QVERIFY(MerkleLog::verifyInclusion(MerkleLog::leafHash(back->bytes), back->logIndex, back->proofTreeSize,
                                           back->inclusionProof, tip.header.logRoot));
        if (!t.ciphertextHash.isEmpty())
            QCOMPARE(*cache->payload(t.ciphertextHash), m_ciphertexts.value(t.ciphertextHash));
    }
    const QList<CachedTransaction> forPatient = cache->patientTransactions(QStringLiteral("P-1001"));
    QCOMPARE(forPatient.size(), txs.size());
    for (qsizetype i = 0; i < txs.size(); ++i)
        compareTransactions(forPatient[i], txs[i]);
    QCOMPARE(forPatient.first().type, TxType::RegisterPatient);
    QCOMPARE(forPatient.last().type, TxType::RecordCreate);
    QVERIFY(cache->patientTransactions(QStringLiteral("P-other")).isEmpty());

    // A later step adds to it; a transaction stored again is replaced, a payload kept once.
    const QList<CachedTransaction> enrol{cached(0, size)};
    QVERIFY(cache->commitSync(header(4, size), enrol + txs.mid(0, 1), payloadsOf(txs)));
    QCOMPARE(cache->transactionCount(), qint64(size));
    QCOMPARE(cache->trusted()->height, quint64(4));
    QVERIFY(cache->header(3));
}

void TestLightCache::commitSyncIsAtomic()
{
    auto cache = open();
    QVERIFY(cache);
    QVERIFY(cache->storeHeaders({header(0, 0), header(1, 1)}));
    QVERIFY(cache->commitSync(header(1, 1), {}, {}));
    const QByteArray before = fingerprint(*cache);

    const quint64 size = quint64(m_txs.size());
    QList<CachedTransaction> txs;
    for (quint64 i = 0; i < size; ++i)
        txs.append(cached(i, size));
    cache->failNextCommit();
    const Status st = cache->commitSync(header(2, size), txs, payloadsOf(txs));
    QVERIFY(!st);
    QCOMPARE(st.error().code, QStringLiteral("disk_full"));
    // Nothing of the step is visible, trust did not move.
    QCOMPARE(cache->trusted()->height, quint64(1));
    QVERIFY(!cache->header(2));
    QCOMPARE(cache->transactionCount(), qint64(0));
    for (const auto &[hash, data] : payloadsOf(txs))
        QVERIFY(!cache->payload(hash));
    QCOMPARE(fingerprint(*cache), before);

    // Nor after reopening; and the next commit goes through.
    cache.reset();
    cache = open();
    QCOMPARE(fingerprint(*cache), before);
    QVERIFY2(cache->commitSync(header(2, size), txs, payloadsOf(txs)),
             qPrintable(describe(cache->commitSync(header(2, size), txs, payloadsOf(txs)))));
    QCOMPARE(cache->trusted()->height, quint64(2));
    QCOMPARE(cache->transactionCount(), qint64(size));
}

void TestLightCache::reopenKeepsEverything()
{
    QByteArray before;
    {
        auto cache = open();
        QVERIFY(cache);
        const quint64 size = quint64(m_txs.size());
        QList<CachedTransaction> txs;
        for (quint64 i = 0; i < size; ++i)
            txs.append(cached(i, size));
        QVERIFY(cache->storeHeaders({header(0, 0), header(1, 1), header(2, 2)}));
        QVERIFY(cache->commitSync(header(3, size), txs, payloadsOf(txs)));
        QVERIFY(cache->addWarning(NodeWarning{123, QStringLiteral("https://x:1"), QStringLiteral("stale"),
                                              QStringLiteral("old tip"), QByteArray("evidence")}));
        QVERIFY(cache->distrust(QStringLiteral("https://x:1"), QStringLiteral("old tip")));
        before = fingerprint(*cache);
        QCOMPARE(cache->transactionCount(), qint64(size));
    }
    auto cache = open();
    QVERIFY(cache);
    QCOMPARE(fingerprint(*cache), before);
    QCOMPARE(cache->headerCount(), quint64(4));
    QCOMPARE(cache->trusted()->height, quint64(3));
    QCOMPARE(cache->warnings().size(), 1);
    QCOMPARE(cache->distrustedEndpoints(), QStringList{QStringLiteral("https://x:1")});
}

void TestLightCache::anotherNetworksCacheIsRefused()
{
    {
        auto cache = open();
        QVERIFY(cache);
        QVERIFY(cache->commitSync(header(0, 0), {}, {}));
    }
    const auto other = LightCache::open(path(), Sha256::hash("another network"));
    QVERIFY(!other);
    QCOMPARE(other.error().code, QStringLiteral("wrong_network"));
    // Refusing did not damage it.
    auto cache = open();
    QVERIFY(cache);
    QCOMPARE(cache->trusted()->height, quint64(0));
}

void TestLightCache::schemaTooNewIsRefused()
{
    {
        auto cache = open();
        QVERIFY(cache);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(LightCache::SchemaVersion + 1)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const auto newer = LightCache::open(path(), m_ledger->networkId());
    QVERIFY(!newer);
    QCOMPARE(newer.error().code, QStringLiteral("schema_too_new"));
    QVERIFY(newer.error().message.contains(QStringLiteral("newer")));
}

void TestLightCache::warnings()
{
    auto cache = open();
    QVERIFY(cache);
    const NodeWarning a{1000, QStringLiteral("https://127.0.0.1:1"), QStringLiteral("equivocation"),
                        QStringLiteral("two histories"), header(1, 1).encode() + header(1, 2).encode()};
    const NodeWarning b{2000, QStringLiteral("https://127.0.0.1:2"), QStringLiteral("network"),
                        QStringLiteral("unreachable"), {}};
    QVERIFY(cache->addWarning(a));
    QVERIFY(cache->addWarning(b));
    const QList<NodeWarning> back = cache->warnings();
    QCOMPARE(back.size(), 2);
    QCOMPARE(back[0].timeMs, a.timeMs);
    QCOMPARE(back[0].endpoint, a.endpoint);
    QCOMPARE(back[0].kind, a.kind);
    QCOMPARE(back[0].message, a.message);
    QCOMPARE(back[0].evidence, a.evidence);
    QCOMPARE(back[1].kind, b.kind);
    QVERIFY(back[1].evidence.isEmpty());
    // Warnings are not distrust.
    QVERIFY(cache->distrustedEndpoints().isEmpty());
}

void TestLightCache::distrustAndClear()
{
    auto cache = open();
    QVERIFY(cache);
    const QString liar = QStringLiteral("https://127.0.0.1:4431");
    const QString other = QStringLiteral("https://127.0.0.1:4432");
    QVERIFY(cache->distrust(liar, QStringLiteral("forged header")));
    QVERIFY(cache->distrust(liar, QStringLiteral("again"))); // idempotent
    QVERIFY(cache->distrust(other, QStringLiteral("stale")));
    QCOMPARE(cache->distrustedEndpoints(), (QStringList{liar, other}));
    QVERIFY(cache->clearDistrust(liar));
    QCOMPARE(cache->distrustedEndpoints(), QStringList{other});
    QVERIFY(cache->clearDistrust(liar)); // clearing what is not there is fine
    cache.reset();
    cache = open();
    QCOMPARE(cache->distrustedEndpoints(), QStringList{other});
}

void TestLightCache::noPlaintextOnDisk()
{
    // Exactly what a sync stores of records (transactions, proofs, ciphertexts):
    // the FHIR text exists only inside the ciphertexts.
    auto cache = open();
    QVERIFY(cache);
    const quint64 size = quint64(m_txs.size());
    QList<CachedTransaction> txs;
    for (quint64 i = 0; i < size; ++i)
        txs.append(cached(i, size));
    QVERIFY(cache->commitSync(header(3, size), txs, payloadsOf(txs)));
    QCOMPARE(payloadsOf(txs).size(), 3);

    const QByteArray db = fileBytes(path());
    const QByteArray wal = fileBytes(path() + QStringLiteral("-wal"));
    const QByteArray all = db + wal;
    QVERIFY(!all.isEmpty());
    // The data is there (so the search below looks at the right bytes)...
    QVERIFY(all.contains(payloadsOf(txs).first().second.left(64)));
    QVERIFY(all.contains("P-1001"));
    // ...but no word of the records.
    QVERIFY(!all.contains(FamilyName));
    QVERIFY(!all.contains(NoteText));
    QVERIFY(!all.contains("Essential hypertension"));
    QVERIFY(!all.contains("birthDate"));
    QVERIFY(!all.toLower().contains(QByteArray(FamilyName).toLower()));
}

QTEST_GUILESS_MAIN(TestLightCache)
#include "tst_lightcache.moc"
