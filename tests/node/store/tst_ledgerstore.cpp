// LedgerStore: the full node's durable state on Qt Sql. Every test runs twice,
// on SQLite (WAL; a fresh file in a QTemporaryDir) and on PostgreSQL (a fresh
// database in a private cluster this executable starts: support/PostgresServer.h);
// blocks are real Block objects over real, Ed25519-signed transactions.

#include "store/LedgerStore.h"

#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"
#include "ledger/MerkleLog.h"
#include "support/PostgresServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <ctime>
#include <limits>
#include <memory>

using namespace careledger;

namespace {

// CPU time of this thread: separates the store's own cost from waiting for
// fsync or for a busy machine's cores.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QByteArray randomBytes(qsizetype n)
{
    QList<quint32> words((n + 3) / 4);
    QRandomGenerator::global()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), n);
}

NetworkConfig makeConfig(const QString &name, const QByteArray &orgKey)
{
    NetworkConfig c;
    c.networkName = name;
    Member m;
    m.orgId = QStringLiteral("st-marys");
    m.displayName = QStringLiteral("St Mary's Hospital");
    m.orgKey = orgKey;
    m.tlsCertificate = QByteArray("certificate");
    m.endpoint = QStringLiteral("https://st-marys.example:8443");
    m.dataKey = QByteArray(32, 'd');
    c.members.append(m);
    return c;
}

// Raw access to the database, for what the store's API does not expose.
class RawDb {
public:
    explicit RawDb(const StoreConfig &config)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        const bool pg = config.backend == StoreConfig::Backend::Postgresql;
        m_pg = pg;
        QSqlDatabase db = QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_name);
        if (pg) {
            db.setHostName(config.host);
            db.setPort(config.port);
            db.setUserName(config.user);
            db.setDatabaseName(config.dbname);
        } else {
            db.setDatabaseName(config.sqlitePath);
        }
        m_ok = db.open();
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }
    QStringList tables() const { return QSqlDatabase::database(m_name, false).tables(); }
    // How many of these indexes exist, from the backend's own catalogue.
    int indexCount(const QStringList &names) const
    {
        const QString catalogue = m_pg ? QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE indexname IN ('%1')")
                                       : QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name IN ('%1')");
        return scalar(catalogue.arg(names.join(QStringLiteral("', '")))).toInt();
    }

private:
    QString m_name;
    bool m_ok = false;
    bool m_pg = false;
};

struct BuiltBlock {
    Block block;
    quint64 firstLogIndex = 0;
    QList<TxIndexEntry> entries;
};

// Builds a valid chain: headers over real transaction roots, the running log
// root, validity hashes, and the member's header signature.
class ChainBuilder {
public:
    ChainBuilder() : m_orgKey(Ed25519::generate()), m_config(makeConfig(QStringLiteral("test-net"), m_orgKey.publicKey)) {}

    const NetworkConfig &config() const { return m_config; }
    QByteArray networkId() const { return m_config.networkId(); }

    Transaction transaction(const Ed25519::KeyPair &author, TxType type, const QByteArray &body)
    {
        Transaction tx;
        tx.type = type;
        tx.networkId = networkId();
        tx.author = author.publicKey;
        tx.org = QStringLiteral("st-marys");
        tx.timestampMs = 1700000000000ull + m_nonce;
        tx.nonce = ++m_nonce;
        tx.body = body;
        tx.sign(author.secretKey);
        return tx;
    }

    // patientIds[i] is the patient transaction i concerns (may be empty).
    BuiltBlock next(const QList<Transaction> &txs, const QList<quint16> &codes, const QStringList &patientIds)
    {
        BuiltBlock b;
        b.firstLogIndex = m_log.size();
        for (qsizetype i = 0; i < txs.size(); ++i) {
            const Transaction &tx = txs.at(i);
            const QByteArray bytes = tx.encode();
            b.block.transactions.append(bytes);
            b.block.validity.append(codes.value(i));
            TxIndexEntry e;
            e.txId = tx.id();
            e.leafHash = MerkleLog::leafHash(bytes);
            e.type = tx.type;
            e.author = tx.author;
            e.org = tx.org;
            e.patientId = patientIds.value(i);
            e.timestampMs = tx.timestampMs;
            b.entries.append(e);
            m_log.appendLeafHash(e.leafHash);
        }
        BlockHeader &h = b.block.signedHeader.header;
        h.networkId = networkId();
        h.height = m_height++;
        h.previousHash = m_previousHash;
        h.txRoot = Block::txRootOf(b.block.transactions);
        h.logRoot = m_log.root();
        h.logSize = m_log.size();
        h.validityHash = Block::validityHashOf(b.block.validity);
        h.timestampMs = 1700000000000ull + h.height * 50;
        h.proposer = QStringLiteral("st-marys");
        b.block.signedHeader.addSignature(QStringLiteral("st-marys"), m_orgKey.secretKey);
        m_previousHash = h.hash();
        return b;
    }

    // Forgets the last block (it was rolled back) so the next one reuses its height.
    void undo(const BuiltBlock &b)
    {
        m_log.truncate(b.firstLogIndex);
        m_height = b.block.signedHeader.header.height;
        m_previousHash = b.block.signedHeader.header.previousHash;
    }

    QList<QByteArray> allLeafHashes() const
    {
        QList<QByteArray> out;
        for (quint64 i = 0; i < m_log.size(); ++i)
            out.append(m_log.leafHashAt(i));
        return out;
    }

private:
    Ed25519::KeyPair m_orgKey;
    NetworkConfig m_config;
    MerkleLog m_log;
    quint64 m_height = 0;
    quint64 m_nonce = 0;
    QByteArray m_previousHash = QByteArray(32, '\0');
};

UserInfo makeUser(const QString &name, const QString &org, Role role = Role::Doctor)
{
    return UserInfo{Ed25519::generate().publicKey, name, role, org, false};
}

RecordInfo makeRecord(const QByteArray &recordId, const QString &patientId, quint64 version, const QByteArray &author)
{
    RecordInfo r;
    r.txId = randomBytes(32);
    r.recordId = recordId;
    r.patientId = patientId;
    r.resourceType = QStringLiteral("Observation");
    r.author = author;
    r.org = QStringLiteral("st-marys");
    r.version = version;
    r.ciphertextHash = randomBytes(32);
    r.timestampMs = 1700000000000ull + version;
    return r;
}

} // namespace

class TestLedgerStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<test::PostgresServer> m_postgres; // one cluster for every PostgreSQL row

    bool m_onPostgres = false; // the current row's backend, set by init()

    bool onPostgres() const { return m_onPostgres; }

    // A new, empty store of the row's backend.
    StoreConfig freshPath()
    {
        if (onPostgres())
            return m_postgres->createDatabase();
        return StoreConfig::sqlite(m_dir.filePath(QStringLiteral("ledger-%1.db").arg(++m_counter)));
    }

    static std::unique_ptr<LedgerStore> open(const StoreConfig &path)
    {
        auto store = LedgerStore::open(path);
        if (!store) {
            qWarning() << store.error().code << store.error().message;
            return nullptr;
        }
        return std::move(store.value());
    }

    // Everything a committed-or-not check looks at.
    struct Snapshot {
        std::optional<quint64> tip;
        QList<QByteArray> leaves;
        qint64 accessCount = 0;
        bool operator==(const Snapshot &) const = default;
    };
    static Snapshot snapshot(const LedgerStore &s) { return {s.tipHeight(), s.leafHashes(), s.accessLogCount()}; }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("postgresql");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QElapsedTimer t;
        t.start();
        m_postgres = std::make_unique<test::PostgresServer>();
        if (m_postgres->available())
            qInfo("PostgreSQL test cluster on 127.0.0.1:%u started in %lld ms", m_postgres->port(), t.elapsed());
        else
            qWarning("PostgreSQL rows will be skipped: %s", qPrintable(m_postgres->whyNot()));
    }

    void cleanupTestCase() { m_postgres.reset(); }

    void init()
    {
        QFETCH_GLOBAL(bool, postgresql);
        m_onPostgres = postgresql;
        if (postgresql && !m_postgres->available())
            QSKIP(qPrintable(QStringLiteral("PostgreSQL is not available: ") + m_postgres->whyNot()));
    }

    // --- schema ------------------------------------------------------------

    void openingCreatesTheSchemaAtVersion1()
    {
        const StoreConfig path = freshPath();
        {
            auto store = open(path);
            QVERIFY(store);
            QVERIFY(!store->tipHeight());
            QCOMPARE(store->leafHashes().size(), 0);
            QVERIFY(!store->networkConfig());
        }
        RawDb raw(path);
        QVERIFY(raw.ok());
        QCOMPARE(raw.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), LedgerStore::SchemaVersion);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 1);
        const QStringList tables = raw.tables();
        for (const char *t : {"meta", "blocks", "txs", "users", "patients", "records", "wrapped_keys", "consents",
                              "payloads", "access_log", "credentials", "referrals", "schema_version"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
        const QString indexes = QStringLiteral(
            " IN ('txs_patient', 'txs_author', 'txs_type', 'records_record', 'records_patient', "
            "'records_ct_hash', 'wrapped_keys_recipient', 'consents_grantee')");
        if (onPostgres()) {
            QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = 'public' AND indexname")
                                + indexes)
                         .toInt(),
                     8);
            // Bytes are bytes, not text.
            QCOMPARE(raw.scalar(QStringLiteral("SELECT data_type FROM information_schema.columns WHERE "
                                               "table_name = 'txs' AND column_name = 'bytes'"))
                         .toString(),
                     QStringLiteral("bytea"));
        } else {
            QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString().toLower(), QStringLiteral("wal"));
            QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name") + indexes)
                         .toInt(),
                     8);
        }
    }

    void reopeningKeepsCommittedDataAndTheSchema()
    {
        const StoreConfig path = freshPath();
        const UserInfo alice = makeUser(QStringLiteral("Alice"), QStringLiteral("st-marys"));
        {
            auto store = open(path);
            QVERIFY(store);
            QVERIFY(store->begin().ok());
            store->putUser(alice);
            QVERIFY(store->commit().ok());
        }
        auto again = open(path);
        QVERIFY(again);
        const auto u = again->user(alice.key);
        QVERIFY(u);
        QCOMPARE(u->name, alice.name);
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 1);
    }

    void aVersion1DatabaseIsMigratedToVersion2()
    {
        // A database as schema 1 left it: no credentials table, version 1, a user on chain.
        const StoreConfig path = freshPath();
        const UserInfo alice = makeUser(QStringLiteral("Alice"), QStringLiteral("st-marys"));
        {
            auto store = open(path);
            QVERIFY(store);
            QVERIFY(store->begin().ok());
            store->putUser(alice);
            QVERIFY(store->commit().ok());
        }
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE credentials")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE schema_version SET version = 1")));
            QVERIFY(!raw.tables().contains(QStringLiteral("credentials")));
        }
        auto store = open(path);
        QVERIFY(store);
        QVERIFY(store->user(alice.key));
        QVERIFY(store->putCredential(alice.key, QByteArray("sealed")).ok());
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), LedgerStore::SchemaVersion);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 1);
        QVERIFY(raw.tables().contains(QStringLiteral("credentials")));
    }

    void aVersion3DatabaseIsMigratedToVersion4()
    {
        // A database as schema 3 left it: no referrals table, version 3, a user on chain.
        const StoreConfig path = freshPath();
        const UserInfo alice = makeUser(QStringLiteral("Alice"), QStringLiteral("st-marys"));
        {
            auto store = open(path);
            QVERIFY(store);
            QVERIFY(store->begin().ok());
            store->putUser(alice);
            QVERIFY(store->commit().ok());
        }
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("DROP TABLE referrals")));
            QVERIFY(raw.exec(QStringLiteral("UPDATE schema_version SET version = 3")));
        }
        auto store = open(path);
        QVERIFY(store);
        QVERIFY(store->user(alice.key));
        QVERIFY(!store->referral(randomBytes(16)));
        QVERIFY(store->pendingError().ok());
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version")).toInt(), LedgerStore::SchemaVersion);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 1);
        QVERIFY(raw.tables().contains(QStringLiteral("referrals")));
        QCOMPARE(raw.indexCount({QStringLiteral("referrals_target"), QStringLiteral("referrals_from"),
                                 QStringLiteral("referrals_patient")}),
                 3);
    }

    void aDatabaseWithANewerSchemaIsRefused()
    {
        const StoreConfig path = freshPath();
        QVERIFY(open(path));
        {
            RawDb raw(path);
            QVERIFY(raw.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(LedgerStore::SchemaVersion + 1)));
        }
        auto store = LedgerStore::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("schema_too_new"));
        QVERIFY2(store.error().message.contains(QString::number(LedgerStore::SchemaVersion + 1)),
                 qPrintable(store.error().message));
        QVERIFY2(store.error().message.contains(QStringLiteral("upgrade")), qPrintable(store.error().message));
    }

    void aFileThatIsNotADatabaseIsRefusedWithAnError()
    {
        if (onPostgres()) {
            // The PostgreSQL counterpart: a database that does not exist, named in the error.
            StoreConfig missing = m_postgres->config(QStringLiteral("no_such_database"));
            auto store = LedgerStore::open(missing);
            QVERIFY(!store.ok());
            QVERIFY2(store.error().message.contains(QStringLiteral("no_such_database")), qPrintable(store.error().message));
            return;
        }
        const StoreConfig path = freshPath();
        QFile f(path.sqlitePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto store = LedgerStore::open(path);
        QVERIFY(!store.ok());
        QVERIFY(!store.error().message.isEmpty());
    }

    // --- genesis -----------------------------------------------------------

    void initialiseIsIdempotentAndRefusesAnotherNetwork()
    {
        const StoreConfig path = freshPath();
        const NetworkConfig genesis = makeConfig(QStringLiteral("north"), Ed25519::generate().publicKey);
        const NetworkConfig other = makeConfig(QStringLiteral("south"), Ed25519::generate().publicKey);
        {
            auto store = open(path);
            QVERIFY(store);
            QVERIFY(store->initialise(genesis).ok());
            QVERIFY(store->initialise(genesis).ok());
            QCOMPARE(store->networkConfig()->encode(), genesis.encode());
        }
        auto store = open(path);
        QVERIFY(store);
        QVERIFY(store->networkConfig());
        QCOMPARE(store->networkConfig()->networkId(), genesis.networkId());
        QVERIFY(store->initialise(genesis).ok());
        const Status st = store->initialise(other);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, QStringLiteral("wrong_network"));
        QVERIFY2(st.error().message.contains(QStringLiteral("north")) && st.error().message.contains(QStringLiteral("south")),
                 qPrintable(st.error().message));
        QCOMPARE(store->networkConfig()->networkName, QStringLiteral("north"));
    }

    // --- world state -------------------------------------------------------

    void usersRoundTripAndRevocationUpdatesThem()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        UserInfo bob = makeUser(QStringLiteral("Bob"), QStringLiteral("st-marys"), Role::Nurse);
        QVERIFY(!store->user(bob.key)); // a cached miss must not hide the later put
        QVERIFY(store->begin().ok());
        store->putUser(bob);
        QVERIFY(store->commit().ok());
        auto u = store->user(bob.key);
        QVERIFY(u);
        QCOMPARE(u->key, bob.key);
        QCOMPARE(u->name, QStringLiteral("Bob"));
        QCOMPARE(u->role, Role::Nurse);
        QCOMPARE(u->org, QStringLiteral("st-marys"));
        QVERIFY(!u->revoked);

        bob.revoked = true;
        QVERIFY(store->begin().ok());
        store->putUser(bob);
        QVERIFY(store->commit().ok());
        QVERIFY(store->user(bob.key)->revoked);
        QVERIFY(store->pendingError().ok());
    }

    // The API reads through its own connection while the producer writes: it
    // must see an enrolment and a revocation at once, not a stale cached answer.
    void aSecondConnectionSeesEnrolmentAndRevocationAtOnce()
    {
        const StoreConfig path = freshPath();
        auto writer = open(path);
        auto reader = open(path);
        QVERIFY(writer && reader);
        UserInfo eve = makeUser(QStringLiteral("Eve"), QStringLiteral("st-marys"), Role::Doctor);
        QVERIFY(!reader->user(eve.key));
        QVERIFY(writer->begin().ok());
        writer->putUser(eve);
        QVERIFY(writer->commit().ok());
        QVERIFY(reader->user(eve.key));
        QVERIFY(!reader->user(eve.key)->revoked);
        eve.revoked = true;
        QVERIFY(writer->begin().ok());
        writer->putUser(eve);
        QVERIFY(writer->commit().ok());
        QVERIFY(reader->user(eve.key)->revoked);
    }

    void patientsRoundTripWithTheirKdfParameters()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        PatientInfo p;
        p.patientId = QStringLiteral("patient-0001");
        p.signKey = Ed25519::generate().publicKey;
        p.kdf = KdfParams::withRandomSalt(4, 128ull * 1024 * 1024);
        p.registeredBy = QStringLiteral("st-marys");
        QVERIFY(store->begin().ok());
        store->putPatient(p);
        QVERIFY(store->commit().ok());
        const auto got = store->patient(p.patientId);
        QVERIFY(got);
        QCOMPARE(got->patientId, p.patientId);
        QCOMPARE(got->signKey, p.signKey);
        QCOMPARE(got->kdf.opsLimit, quint64(4));
        QCOMPARE(got->kdf.memLimitBytes, 128ull * 1024 * 1024);
        QCOMPARE(got->kdf.salt, p.kdf.salt);
        QCOMPARE(got->registeredBy, QStringLiteral("st-marys"));
        QVERIFY(!store->patient(QStringLiteral("patient-0002")));
    }

    void aSecondRegistrationOfThePatientFailsTheBlock()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        PatientInfo p{QStringLiteral("patient-dup"), Ed25519::generate().publicKey, KdfParams::withRandomSalt(3, 8192 * 1024),
                      QStringLiteral("st-marys")};
        QVERIFY(store->begin().ok());
        store->putPatient(p);
        QVERIFY(store->commit().ok());
        QVERIFY(store->begin().ok());
        store->putPatient(p);
        QVERIFY(!store->pendingError().ok());
        const Status st = store->commit();
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, QStringLiteral("constraint"));
        QVERIFY(store->begin().ok()); // begin() clears the sticky error
        QVERIFY(store->pendingError().ok());
        store->rollback();
    }

    void recordVersionsRoundTripAndAmendmentsSupersede()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        const QByteArray recordId = randomBytes(16);
        const QByteArray author = Ed25519::generate().publicKey;
        const RecordInfo v1 = makeRecord(recordId, QStringLiteral("patient-1"), 1, author);
        const RecordInfo v2 = makeRecord(recordId, QStringLiteral("patient-1"), 2, author);
        const RecordInfo v3 = makeRecord(recordId, QStringLiteral("patient-1"), 3, author);

        QVERIFY(store->begin().ok());
        store->putRecordVersion(v1, {});
        QVERIFY(store->commit().ok());
        auto got = store->recordVersion(v1.txId);
        QVERIFY(got);
        QCOMPARE(got->txId, v1.txId);
        QCOMPARE(got->recordId, recordId);
        QCOMPARE(got->patientId, QStringLiteral("patient-1"));
        QCOMPARE(got->resourceType, QStringLiteral("Observation"));
        QCOMPARE(got->author, author);
        QCOMPARE(got->org, QStringLiteral("st-marys"));
        QCOMPARE(got->version, quint64(1));
        QCOMPARE(got->ciphertextHash, v1.ciphertextHash);
        QCOMPARE(got->timestampMs, v1.timestampMs);
        QVERIFY(!got->superseded);
        QCOMPARE(store->latestVersion(recordId)->txId, v1.txId);

        QVERIFY(store->begin().ok());
        store->putRecordVersion(v2, v1.txId);
        store->putRecordVersion(v3, v2.txId);
        QVERIFY(store->commit().ok());
        QVERIFY(store->recordVersion(v1.txId)->superseded);
        QVERIFY(store->recordVersion(v2.txId)->superseded);
        QVERIFY(!store->recordVersion(v3.txId)->superseded);
        QCOMPARE(store->latestVersion(recordId)->txId, v3.txId);
        QCOMPARE(store->latestVersion(recordId)->version, quint64(3));
        QVERIFY(!store->latestVersion(randomBytes(16)));
        QVERIFY(!store->recordVersion(randomBytes(32)));
    }

    void wrappedKeysAreStoredAsGiven()
    {
        const StoreConfig path = freshPath();
        const RecordInfo r = makeRecord(randomBytes(16), QStringLiteral("p"), 1, Ed25519::generate().publicKey);
        const WrappedKey org{RecipientKind::Org, QStringLiteral("st-marys"), randomBytes(80)};
        const WrappedKey pat{RecipientKind::Patient, QStringLiteral("p"), randomBytes(80)};
        {
            auto store = open(path);
            QVERIFY(store);
            QVERIFY(store->begin().ok());
            store->putRecordVersion(r, {});
            store->putWrappedKey(r.txId, org);
            store->putWrappedKey(r.txId, pat);
            QVERIFY(store->commit().ok());
        }
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM wrapped_keys")).toInt(), 2);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT sealed FROM wrapped_keys WHERE kind = 1 AND recipient = 'st-marys'"))
                     .toByteArray(),
                 org.sealed);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT sealed FROM wrapped_keys WHERE kind = 0 AND recipient = 'p'")).toByteArray(),
                 pat.sealed);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT record_tx_id FROM wrapped_keys WHERE kind = 0")).toByteArray(), r.txId);
    }

    void hasWrappedKeyMatchesRecordKindAndRecipient()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        const RecordInfo r = makeRecord(randomBytes(16), QStringLiteral("p"), 1, Ed25519::generate().publicKey);
        QVERIFY(store->begin().ok());
        store->putRecordVersion(r, {});
        store->putWrappedKey(r.txId, WrappedKey{RecipientKind::Org, QStringLiteral("st-marys"), randomBytes(80)});
        store->putWrappedKey(r.txId, WrappedKey{RecipientKind::Patient, QStringLiteral("p"), randomBytes(80)});
        // Seen inside the block that puts it, and after.
        QVERIFY(store->hasWrappedKey(r.txId, RecipientKind::Org, QStringLiteral("st-marys")));
        QVERIFY(store->commit().ok());
        QVERIFY(store->hasWrappedKey(r.txId, RecipientKind::Org, QStringLiteral("st-marys")));
        QVERIFY(store->hasWrappedKey(r.txId, RecipientKind::Patient, QStringLiteral("p")));
        QVERIFY(!store->hasWrappedKey(r.txId, RecipientKind::Org, QStringLiteral("p")));
        QVERIFY(!store->hasWrappedKey(r.txId, RecipientKind::Patient, QStringLiteral("st-marys")));
        QVERIFY(!store->hasWrappedKey(r.txId, RecipientKind::Org, QStringLiteral("other-org")));
        QVERIFY(!store->hasWrappedKey(randomBytes(32), RecipientKind::Org, QStringLiteral("st-marys")));
        QVERIFY(store->pendingError().ok());
    }

    void referralsRoundTripAndTransitionsUpdateOnlyTheirState()
    {
        const StoreConfig path = freshPath();
        ReferralInfo r;
        r.referralId = randomBytes(16);
        r.patientId = QStringLiteral("P-1");
        r.fromOrg = QStringLiteral("st-marys");
        r.author = Ed25519::generate().publicKey;
        r.targetOrg = QStringLiteral("general");
        r.urgency = Urgency::Asap;
        r.serviceRequest = randomBytes(32);
        r.createTx = randomBytes(32);
        r.createdMs = 1000;
        r.dueMs = std::numeric_limits<quint64>::max(); // stored bit-for-bit
        r.lastTx = r.createTx;
        r.updatedMs = 1000;
        {
            auto store = open(path);
            QVERIFY(store);
            QVERIFY(!store->referral(r.referralId));
            QVERIFY(store->begin().ok());
            store->putReferral(r);
            const auto inBlock = store->referral(r.referralId);
            QVERIFY(inBlock);
            QCOMPARE(inBlock->status, ReferralStatus::Requested);
            QVERIFY(store->commit().ok());
        }
        auto store = open(path);
        QVERIFY(store);
        auto got = store->referral(r.referralId);
        QVERIFY(got);
        QCOMPARE(got->referralId, r.referralId);
        QCOMPARE(got->patientId, r.patientId);
        QCOMPARE(got->fromOrg, r.fromOrg);
        QCOMPARE(got->author, r.author);
        QCOMPARE(got->targetOrg, r.targetOrg);
        QVERIFY(got->targetUser.isEmpty());
        QCOMPARE(got->urgency, Urgency::Asap);
        QCOMPARE(got->serviceRequest, r.serviceRequest);
        QCOMPARE(got->createTx, r.createTx);
        QCOMPARE(got->createdMs, quint64(1000));
        QCOMPARE(got->dueMs, std::numeric_limits<quint64>::max());
        QCOMPARE(got->status, ReferralStatus::Requested);
        QCOMPARE(got->appointmentMs, quint64(0));
        QCOMPARE(got->rejectReason, RejectReason::None);
        QVERIFY(got->report.isEmpty());

        // A transition: the state moves; what the creation fixed does not, even if asked to.
        ReferralInfo moved = *got;
        moved.status = ReferralStatus::Completed;
        moved.lastTx = randomBytes(32);
        moved.updatedMs = 5000;
        moved.appointmentMs = 4000;
        moved.report = randomBytes(32);
        moved.targetOrg = QStringLiteral("elsewhere");
        moved.createTx = randomBytes(32);
        QVERIFY(store->begin().ok());
        store->putReferral(moved);
        QVERIFY(store->commit().ok());
        got = store->referral(r.referralId);
        QCOMPARE(got->status, ReferralStatus::Completed);
        QCOMPARE(got->lastTx, moved.lastTx);
        QCOMPARE(got->updatedMs, quint64(5000));
        QCOMPARE(got->appointmentMs, quint64(4000));
        QCOMPARE(got->report, moved.report);
        QCOMPARE(got->targetOrg, r.targetOrg);
        QCOMPARE(got->createTx, r.createTx);
        RawDb raw(path);
        QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM referrals")).toInt(), 1);
    }

    void aRolledBackReferralLeavesNoTrace()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        ReferralInfo r;
        r.referralId = randomBytes(16);
        r.patientId = QStringLiteral("P-1");
        QVERIFY(store->begin().ok());
        store->putReferral(r);
        store->rollback();
        QVERIFY(!store->referral(r.referralId));
        QVERIFY(store->pendingError().ok());
    }

    void aWrappedKeyForAnUnknownRecordFailsTheCommit()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        QVERIFY(store->begin().ok());
        store->putWrappedKey(randomBytes(32), WrappedKey{RecipientKind::Org, QStringLiteral("x"), randomBytes(80)});
        const Status st = store->commit();
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, QStringLiteral("constraint"));
        QVERIFY(store->begin().ok()); // the failed commit rolled back: a new block can start
        QVERIFY(store->commit().ok());
    }

    void consentsRoundTripAndHasConsentHonoursScopeExpiryAndRevocation()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        ConsentState c;
        c.consentId = randomBytes(16);
        c.patientId = QStringLiteral("patient-7");
        c.granteeOrg = QStringLiteral("city-clinic");
        c.scope = {QStringLiteral("Observation"), QStringLiteral("Condition")};
        c.purpose = QStringLiteral("treatment");
        c.expiresMs = 2000;
        ConsentState all;
        all.consentId = randomBytes(16);
        all.patientId = QStringLiteral("patient-8");
        all.granteeOrg = QStringLiteral("city-clinic");
        all.purpose = QStringLiteral("research");
        all.expiresMs = std::numeric_limits<quint64>::max(); // never expires

        QVERIFY(store->begin().ok());
        store->putConsent(c);
        store->putConsent(all);
        QVERIFY(store->commit().ok());

        const auto got = store->consent(c.consentId);
        QVERIFY(got);
        QCOMPARE(got->consentId, c.consentId);
        QCOMPARE(got->patientId, c.patientId);
        QCOMPARE(got->granteeOrg, c.granteeOrg);
        QCOMPARE(got->scope, c.scope);
        QCOMPARE(got->purpose, c.purpose);
        QCOMPARE(got->expiresMs, quint64(2000));
        QVERIFY(!got->revoked);
        QCOMPARE(store->consent(all.consentId)->scope, QStringList());
        QCOMPARE(store->consent(all.consentId)->expiresMs, std::numeric_limits<quint64>::max());
        QVERIFY(!store->consent(randomBytes(16)));

        const QString obs = QStringLiteral("Observation");
        QVERIFY(store->hasConsent(c.patientId, c.granteeOrg, obs, 1999));
        QVERIFY(store->hasConsent(c.patientId, c.granteeOrg, QStringLiteral("Condition"), 0));
        QVERIFY(!store->hasConsent(c.patientId, c.granteeOrg, obs, 2000)); // expiry is exclusive
        QVERIFY(!store->hasConsent(c.patientId, c.granteeOrg, obs, 5000));
        QVERIFY(!store->hasConsent(c.patientId, c.granteeOrg, QStringLiteral("MedicationRequest"), 1000));
        QVERIFY(!store->hasConsent(c.patientId, QStringLiteral("other-org"), obs, 1000));
        QVERIFY(!store->hasConsent(QStringLiteral("patient-9"), c.granteeOrg, obs, 1000));
        // Empty scope covers every type; the all-ones expiry compares as unsigned.
        QVERIFY(store->hasConsent(all.patientId, all.granteeOrg, QStringLiteral("Anything"), 4102444800000ull));

        c.revoked = true;
        QVERIFY(store->begin().ok());
        store->putConsent(c);
        QVERIFY(store->commit().ok());
        QVERIFY(store->consent(c.consentId)->revoked);
        QVERIFY(!store->hasConsent(c.patientId, c.granteeOrg, obs, 1000));
    }

    // --- blocks ------------------------------------------------------------

    void appendedBlocksReadBackExactly()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        ChainBuilder chain;
        QVERIFY(store->initialise(chain.config()).ok());
        const auto admin = Ed25519::generate();
        const auto doctor = Ed25519::generate();

        const Enrolment enrol{doctor.publicKey, QStringLiteral("Dr Who"), Role::Doctor};
        PatientRegistration reg;
        reg.patientId = QStringLiteral("patient-42");
        reg.signKey = Ed25519::generate().publicKey;
        reg.kdf = KdfParams::withRandomSalt(3, 8192 * 1024);
        const Transaction t0 = chain.transaction(admin, TxType::Enrol, enrol.encode());
        const Transaction t1 = chain.transaction(doctor, TxType::RegisterPatient, reg.encode());
        const Transaction t2 = chain.transaction(doctor, TxType::Enrol, enrol.encode()); // a refused duplicate
        const BuiltBlock b0 = chain.next({t0, t1, t2}, {0, 0, 10}, {QString(), reg.patientId, QString()});

        const Transaction t3 = chain.transaction(doctor, TxType::RecordCreate, randomBytes(300));
        const Transaction t4 = chain.transaction(doctor, TxType::RecordCreate, randomBytes(300));
        const BuiltBlock b1 = chain.next({t3, t4}, {0, 0}, {reg.patientId, QStringLiteral("patient-43")});
        QVERIFY(b0.block.verifyBody().ok());
        QVERIFY(b1.block.verifyBody().ok());
        QCOMPARE(b0.block.signedHeader.verifyQuorum(chain.config()).ok(), true);

        QVERIFY(!store->hasTransaction(t0.id()));
        for (const BuiltBlock *b : {&b0, &b1}) {
            QVERIFY(store->begin().ok());
            const Status st = store->appendBlock(b->block, b->firstLogIndex, b->entries);
            QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
            QVERIFY(store->commit().ok());
        }

        QCOMPARE(store->tipHeight(), std::optional<quint64>(1));
        const auto r0 = store->block(0);
        QVERIFY(r0.ok());
        QCOMPARE(r0->encode(), b0.block.encode());
        const auto r1 = store->block(1);
        QVERIFY(r1.ok());
        QCOMPARE(r1->encode(), b1.block.encode());
        QCOMPARE(r1->validity, QList<quint16>({0, 0}));
        QCOMPARE(r0->validity, QList<quint16>({0, 0, 10}));

        QCOMPARE(store->signedHeader(1)->encode(), b1.block.signedHeader.encode());
        const QList<SignedHeader> all = store->signedHeaders(0, 10);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].encode(), b0.block.signedHeader.encode());
        QCOMPARE(all[1].encode(), b1.block.signedHeader.encode());
        QCOMPARE(store->signedHeaders(1, 10).size(), 1);
        QCOMPARE(store->signedHeaders(0, 1).size(), 1);
        QCOMPARE(store->signedHeaders(2, 10).size(), 0);
        QCOMPARE(store->signedHeaders(0, 0).size(), 0);

        const auto s4 = store->transactionById(t4.id());
        QVERIFY(s4);
        QCOMPARE(s4->bytes, t4.encode());
        QCOMPARE(s4->txId, t4.id());
        QCOMPARE(s4->height, quint64(1));
        QCOMPARE(s4->position, quint64(1));
        QCOMPARE(s4->logIndex, quint64(4));
        QCOMPARE(s4->code, quint16(0));
        const auto s2 = store->transactionAt(2);
        QVERIFY(s2);
        QCOMPARE(s2->txId, t2.id());
        QCOMPARE(s2->code, quint16(10));
        QCOMPARE(s2->height, quint64(0));
        QCOMPARE(s2->position, quint64(2));
        QVERIFY(Transaction::decode(s2->bytes).ok());
        QVERIFY(!store->transactionAt(5));
        QVERIFY(!store->transactionById(randomBytes(32)));

        QVERIFY(store->hasTransaction(t0.id()));
        QVERIFY(store->hasTransaction(t4.id()));
        QVERIFY(!store->hasTransaction(randomBytes(32)));

        const QList<QByteArray> leaves = store->leafHashes();
        QCOMPARE(leaves, chain.allLeafHashes());
        QCOMPARE(leaves.size(), 5);
        QCOMPARE(leaves[3], MerkleLog::leafHash(t3.encode()));

        QCOMPARE(store->patientLogIndexes(reg.patientId), QList<quint64>({1, 3}));
        QCOMPARE(store->patientLogIndexes(QStringLiteral("patient-43")), QList<quint64>({4}));
        QCOMPARE(store->patientLogIndexes(QStringLiteral("nobody")), QList<quint64>());
        QCOMPARE(store->patientLogIndexes(QString()), QList<quint64>()); // "no patient" is not a patient
    }

    void missingRowsAreNotFoundNotCrashes()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        const auto b = store->block(7);
        QVERIFY(!b.ok());
        QCOMPARE(b.error().code, QStringLiteral("not_found"));
        QVERIFY(b.error().message.contains(QStringLiteral("7")));
        const auto h = store->signedHeader(7);
        QVERIFY(!h.ok());
        QCOMPARE(h.error().code, QStringLiteral("not_found"));
        QVERIFY(store->signedHeaders(0, 100).isEmpty());
        QVERIFY(store->signedHeaders(std::numeric_limits<quint64>::max(), std::numeric_limits<int>::max()).isEmpty());
        QVERIFY(!store->transactionAt(std::numeric_limits<quint64>::max()));
        QVERIFY(!store->payload(randomBytes(32)));
        QVERIFY(!store->user(QByteArray()));
        QVERIFY(!store->mayReadPayload(QByteArray(), QByteArray()));
        QVERIFY(store->pendingError().ok());
    }

    void appendBlockRefusesBlocksThatDoNotExtendTheChain()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        ChainBuilder chain;
        const auto k = Ed25519::generate();
        const BuiltBlock b0 = chain.next({chain.transaction(k, TxType::Enrol, "a")}, {0}, {});
        const BuiltBlock b1 = chain.next({chain.transaction(k, TxType::Enrol, "b")}, {0}, {});
        const BuiltBlock b2 = chain.next({chain.transaction(k, TxType::Enrol, "c")}, {0}, {});

        QVERIFY(store->begin().ok());
        QVERIFY(store->appendBlock(b0.block, b0.firstLogIndex, b0.entries).ok());
        QVERIFY(store->commit().ok());

        QVERIFY(store->begin().ok());
        Status st = store->appendBlock(b2.block, b2.firstLogIndex, b2.entries); // gap
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, QStringLiteral("bad_block"));
        QVERIFY(!store->commit().ok());

        QVERIFY(store->begin().ok());
        st = store->appendBlock(b1.block, b1.firstLogIndex, b1.entries.mid(0, 0)); // entries missing
        QVERIFY(!st.ok());
        QVERIFY(!store->commit().ok());

        QVERIFY(store->begin().ok());
        st = store->appendBlock(b1.block, b1.firstLogIndex + 1, b1.entries); // wrong log position
        QVERIFY(!st.ok());
        QVERIFY(!store->commit().ok());

        QVERIFY(store->begin().ok());
        st = store->appendBlock(b0.block, b0.firstLogIndex, b0.entries); // again
        QVERIFY(!st.ok());
        QVERIFY(!store->commit().ok());

        // A block of another network, once the database knows its genesis.
        QVERIFY(store->initialise(chain.config()).ok());
        ChainBuilder otherNetwork;
        const BuiltBlock foreign = otherNetwork.next({otherNetwork.transaction(k, TxType::Enrol, "z")}, {0}, {});
        BuiltBlock foreign1 = foreign;
        foreign1.block.signedHeader.header.height = 1;
        foreign1.block.signedHeader.header.logSize = 2;
        foreign1.firstLogIndex = 1;
        QVERIFY(store->begin().ok());
        st = store->appendBlock(foreign1.block, foreign1.firstLogIndex, foreign1.entries);
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QStringLiteral("another network")), qPrintable(st.error().message));
        QVERIFY(!store->commit().ok());

        QCOMPARE(store->tipHeight(), std::optional<quint64>(0));
        QVERIFY(store->begin().ok());
        QVERIFY(store->appendBlock(b1.block, b1.firstLogIndex, b1.entries).ok());
        QVERIFY(store->commit().ok());
        QCOMPARE(store->tipHeight(), std::optional<quint64>(1));
    }

    // --- crash safety ------------------------------------------------------

    void rollbackLeavesNoTrace()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        ChainBuilder chain;
        const auto k = Ed25519::generate();
        const BuiltBlock b0 = chain.next({chain.transaction(k, TxType::Enrol, "genesis")}, {0}, {});
        QVERIFY(store->begin().ok());
        QVERIFY(store->appendBlock(b0.block, b0.firstLogIndex, b0.entries).ok());
        QVERIFY(store->commit().ok());
        const Snapshot before = snapshot(*store);

        const Transaction tx = chain.transaction(k, TxType::Enrol, "x");
        const BuiltBlock b1 = chain.next({tx}, {0}, {QStringLiteral("p1")});
        const UserInfo u = makeUser(QStringLiteral("Eve"), QStringLiteral("st-marys"));
        const RecordInfo r = makeRecord(randomBytes(16), QStringLiteral("p1"), 1, k.publicKey);
        QVERIFY(store->begin().ok());
        store->putUser(u);
        store->putRecordVersion(r, {});
        store->putWrappedKey(r.txId, WrappedKey{RecipientKind::Org, QStringLiteral("st-marys"), randomBytes(80)});
        QVERIFY(store->putPayload(r.ciphertextHash, "ciphertext").ok());
        QVERIFY(store->appendBlock(b1.block, b1.firstLogIndex, b1.entries).ok());
        // Visible inside the transaction (and cached) ...
        QVERIFY(store->user(u.key));
        QVERIFY(store->hasTransaction(tx.id()));
        QCOMPARE(store->tipHeight(), std::optional<quint64>(1));
        store->rollback();
        // ... and gone after it.
        QVERIFY(!store->user(u.key));
        QVERIFY(!store->hasTransaction(tx.id()));
        QVERIFY(!store->recordVersion(r.txId));
        QVERIFY(!store->payload(r.ciphertextHash));
        QVERIFY(!store->block(1).ok());
        QVERIFY(store->patientLogIndexes(QStringLiteral("p1")).isEmpty());
        QCOMPARE(snapshot(*store), before);

        // The same block commits afterwards.
        QVERIFY(store->begin().ok());
        QVERIFY(store->appendBlock(b1.block, b1.firstLogIndex, b1.entries).ok());
        QVERIFY(store->commit().ok());
        QCOMPARE(store->tipHeight(), std::optional<quint64>(1));
    }

    void aFailedWriteAnywhereInABlockCommitsNothingOfIt()
    {
        const StoreConfig path = freshPath();
        auto store = open(path);
        QVERIFY(store);
        ChainBuilder chain;
        const auto k = Ed25519::generate();
        const BuiltBlock b0 = chain.next({chain.transaction(k, TxType::Enrol, "genesis")}, {0}, {});
        QVERIFY(store->begin().ok());
        QVERIFY(store->appendBlock(b0.block, b0.firstLogIndex, b0.entries).ok());
        QVERIFY(store->commit().ok());
        const Snapshot before = snapshot(*store);

        const BuiltBlock b1 = chain.next({chain.transaction(k, TxType::RecordCreate, "r1"),
                                          chain.transaction(k, TxType::RecordCreate, "r2")},
                                         {0, 0}, {QStringLiteral("p"), QStringLiteral("p")});
        const UserInfo u = makeUser(QStringLiteral("Mallory"), QStringLiteral("st-marys"));
        PatientInfo p{QStringLiteral("p"), Ed25519::generate().publicKey, KdfParams::withRandomSalt(3, 8192 * 1024),
                      QStringLiteral("st-marys")};
        const QByteArray recordId = randomBytes(16);
        const RecordInfo r1 = makeRecord(recordId, p.patientId, 1, k.publicKey);
        const RecordInfo r2 = makeRecord(recordId, p.patientId, 2, k.publicKey);
        ConsentState c{randomBytes(16), p.patientId, QStringLiteral("city"), {}, QStringLiteral("t"), 99999, false};

        // The block's writes, in order; count them so every one gets its turn to fail.
        auto applyBlock = [&]() -> Status {
            if (Status st = store->begin(); !st)
                return st;
            store->putUser(u);
            store->putPatient(p);
            store->putRecordVersion(r1, {});
            store->putWrappedKey(r1.txId, WrappedKey{RecipientKind::Org, QStringLiteral("st-marys"), randomBytes(80)});
            store->putRecordVersion(r2, r1.txId); // insert + supersede update
            store->putConsent(c);
            if (Status st = store->putPayload(r2.ciphertextHash, "ct"); !st) {
                (void)store->commit(); // fails and rolls back, as the node would
                return st;
            }
            if (Status st = store->appendBlock(b1.block, b1.firstLogIndex, b1.entries); !st) {
                (void)store->commit();
                return st;
            }
            return store->commit();
        };
        constexpr int Writes = 1 + 1 + 1 + 1 + 2 + 1 + 1 + (1 + 2); // puts, payload, block row + 2 txs

        for (int failAt = 1; failAt <= Writes; ++failAt) {
            store->failAfterWrites(failAt);
            const Status st = applyBlock();
            QVERIFY2(!st.ok(), qPrintable(QStringLiteral("write %1 of %2 was injected to fail").arg(failAt).arg(Writes)));
            QCOMPARE(st.error().code, QStringLiteral("disk_full"));
            QVERIFY2(st.error().message.contains(QStringLiteral("disk full (injected)")), qPrintable(st.error().message));
            QVERIFY(!store->pendingError().ok());
            QCOMPARE(snapshot(*store), before);
            QVERIFY(!store->user(u.key));
            QVERIFY(!store->patient(p.patientId));
            QVERIFY(!store->recordVersion(r1.txId));
            QVERIFY(!store->latestVersion(recordId));
            QVERIFY(!store->consent(c.consentId));
            QVERIFY(!store->payload(r2.ciphertextHash));
            QVERIFY(!store->hasTransaction(b1.entries[0].txId));
            QVERIFY(!store->block(1).ok());
        }
        // One past the block's writes: nothing fails, everything commits.
        store->failAfterWrites(Writes + 1);
        const Status st = applyBlock();
        QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
        store->failAfterWrites(0);
        QVERIFY(store->pendingError().ok());
        QCOMPARE(store->tipHeight(), std::optional<quint64>(1));
        QVERIFY(store->user(u.key));
        QCOMPARE(store->latestVersion(recordId)->txId, r2.txId);
        QVERIFY(store->recordVersion(r1.txId)->superseded);
        QCOMPARE(store->block(1)->encode(), b1.block.encode());

        // And it is durable.
        store.reset();
        auto reopened = open(path);
        QVERIFY(reopened);
        QCOMPARE(reopened->tipHeight(), std::optional<quint64>(1));
        QCOMPARE(reopened->leafHashes(), chain.allLeafHashes());
    }

    void closingMidBlockCommitsNothing()
    {
        const StoreConfig path = freshPath();
        ChainBuilder chain;
        const auto k = Ed25519::generate();
        const BuiltBlock b0 = chain.next({chain.transaction(k, TxType::Enrol, "x")}, {0}, {});
        const UserInfo u = makeUser(QStringLiteral("Trent"), QStringLiteral("st-marys"));
        {
            auto store = open(path);
            QVERIFY(store);
            QVERIFY(store->begin().ok());
            store->putUser(u);
            QVERIFY(store->appendBlock(b0.block, b0.firstLogIndex, b0.entries).ok());
        } // no commit
        auto store = open(path);
        QVERIFY(store);
        QVERIFY(!store->tipHeight());
        QVERIFY(!store->user(u.key));
        QVERIFY(store->leafHashes().isEmpty());
    }

    void beginAndCommitMustPair()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        QVERIFY(!store->commit().ok());
        QVERIFY(store->begin().ok());
        QVERIFY(!store->begin().ok());
        QVERIFY(store->commit().ok());
    }

    // --- payloads and access -----------------------------------------------

    void payloadsRoundTripAndAreStoredOnce()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        const QByteArray ct = randomBytes(5000);
        const QByteArray h = Sha256::hash(ct);
        QVERIFY(store->putPayload(h, ct).ok());
        QVERIFY(store->putPayload(h, ct).ok()); // re-delivery is harmless
        QCOMPARE(store->payload(h), std::optional<QByteArray>(ct));
    }

    void mayReadPayloadFollowsOrgKeysUserKeysAndThePatient()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        const UserInfo doctor = makeUser(QStringLiteral("Dr A"), QStringLiteral("st-marys"));
        const UserInfo colleague = makeUser(QStringLiteral("Dr B"), QStringLiteral("st-marys"));
        const UserInfo outsider = makeUser(QStringLiteral("Dr C"), QStringLiteral("city-clinic"));
        const UserInfo personal = makeUser(QStringLiteral("Dr D"), QStringLiteral("city-clinic"));
        UserInfo revoked = makeUser(QStringLiteral("Dr E"), QStringLiteral("st-marys"));
        revoked.revoked = true;
        const auto patientKey = Ed25519::generate();
        const PatientInfo p{QStringLiteral("patient-x"), patientKey.publicKey, KdfParams::withRandomSalt(3, 8192 * 1024),
                            QStringLiteral("st-marys")};
        const RecordInfo r = makeRecord(randomBytes(16), p.patientId, 1, doctor.key);

        QVERIFY(store->begin().ok());
        for (const UserInfo &u : {doctor, colleague, outsider, personal, revoked})
            store->putUser(u);
        store->putPatient(p);
        store->putRecordVersion(r, {});
        store->putWrappedKey(r.txId, WrappedKey{RecipientKind::Org, QStringLiteral("st-marys"), randomBytes(80)});
        store->putWrappedKey(r.txId, WrappedKey{RecipientKind::Patient, p.patientId, randomBytes(80)});
        store->putWrappedKey(r.txId, WrappedKey{RecipientKind::User, QString::fromLatin1(personal.key.toHex()), randomBytes(80)});
        QVERIFY(store->commit().ok());

        const QByteArray h = r.ciphertextHash;
        QVERIFY(store->mayReadPayload(doctor.key, h));         // org key
        QVERIFY(store->mayReadPayload(colleague.key, h));      // same org
        QVERIFY(store->mayReadPayload(personal.key, h));       // user key, other org
        QVERIFY(store->mayReadPayload(patientKey.publicKey, h)); // the patient
        QVERIFY(!store->mayReadPayload(outsider.key, h));      // other org, no key
        QVERIFY(!store->mayReadPayload(revoked.key, h));       // revoked member of the org
        QVERIFY(!store->mayReadPayload(Ed25519::generate().publicKey, h)); // stranger
        QVERIFY(!store->mayReadPayload(doctor.key, randomBytes(32)));      // unknown hash
        QVERIFY(!store->mayReadPayload(patientKey.publicKey, randomBytes(32)));

        // A consent grant re-wraps the key for the grantee org.
        QVERIFY(store->begin().ok());
        store->putWrappedKey(r.txId, WrappedKey{RecipientKind::Org, QStringLiteral("city-clinic"), randomBytes(80)});
        QVERIFY(store->commit().ok());
        QVERIFY(store->mayReadPayload(outsider.key, h));

        // Revoking a user ends their org access.
        UserInfo colleagueRevoked = colleague;
        colleagueRevoked.revoked = true;
        QVERIFY(store->begin().ok());
        store->putUser(colleagueRevoked);
        QVERIFY(store->commit().ok());
        QVERIFY(!store->mayReadPayload(colleague.key, h));
        QVERIFY(store->mayReadPayload(doctor.key, h));
    }

    void everyLoggedAccessIsCounted()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        QCOMPARE(store->accessLogCount(), qint64(0));
        const QByteArray key = Ed25519::generate().publicKey;
        for (int i = 0; i < 3; ++i)
            QVERIFY(store->logAccess(key, QStringLiteral("st-marys"), randomBytes(32), QStringLiteral("read"), 1000 + i).ok());
        QCOMPARE(store->accessLogCount(), qint64(3));
        store->failAfterWrites(1);
        const Status st = store->logAccess(key, QStringLiteral("st-marys"), randomBytes(32), QStringLiteral("read"), 5);
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, QStringLiteral("disk_full"));
        QCOMPARE(store->accessLogCount(), qint64(3));
        QVERIFY(store->logAccess(key, QStringLiteral("st-marys"), randomBytes(32), QStringLiteral("read"), 6).ok());
        QCOMPARE(store->accessLogCount(), qint64(4));
    }

    // A sync batch's reads are logged together: all of them, or none (and then nothing is served).
    void batchedAccessesAreAllOrNone()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        const QByteArray key = Ed25519::generate().publicKey;
        const QList<QByteArray> hashes{randomBytes(32), randomBytes(32), randomBytes(32)};
        QVERIFY(store->logAccesses(key, QStringLiteral("st-marys"), hashes, QStringLiteral("read"), 1000).ok());
        QCOMPARE(store->accessLogCount(), qint64(3));
        store->failAfterWrites(2); // the second write of the batch fails
        const Status st = store->logAccesses(key, QStringLiteral("st-marys"), hashes, QStringLiteral("read"), 2000);
        QCOMPARE(st.error().code, QStringLiteral("disk_full"));
        QCOMPARE(store->accessLogCount(), qint64(3));
        QVERIFY(store->logAccesses(key, QStringLiteral("st-marys"), hashes, QStringLiteral("read"), 3000).ok());
        QCOMPARE(store->accessLogCount(), qint64(6));
    }

    // --- node-local login state ----------------------------------------------

    void credentialsRoundTripAndSurviveReopening()
    {
        const StoreConfig path = freshPath();
        const QByteArray key = Ed25519::generate().publicKey;
        const QByteArray other = Ed25519::generate().publicKey;
        {
            auto store = open(path);
            QVERIFY(store);
            const auto none = store->credential(key);
            QVERIFY(none.ok());
            QVERIFY(!none->has_value());
            QVERIFY(store->putCredential(key, QByteArray("sealed-1")).ok());
            const auto c = store->credential(key);
            QVERIFY(c.ok() && c->has_value());
            QCOMPARE((*c)->userKey, key);
            QCOMPARE((*c)->totpSecretSealed, QByteArray("sealed-1"));
            QCOMPARE((*c)->lastStep, quint64(0));
            QCOMPARE((*c)->failures, 0);
            QCOMPARE((*c)->lockedUntilMs, qint64(0));
            QVERIFY(store->recordLoginSuccess(key, 1000).ok());
            QVERIFY(store->recordLoginFailure(key, 5, 99).ok());
            QVERIFY(!store->credential(other)->has_value());
        }
        auto store = open(path);
        QVERIFY(store);
        const auto c = store->credential(key);
        QVERIFY(c.ok() && c->has_value());
        QCOMPARE((*c)->totpSecretSealed, QByteArray("sealed-1"));
        QCOMPARE((*c)->lastStep, quint64(1000));
        QCOMPARE((*c)->failures, 1);
        QCOMPARE((*c)->lockedUntilMs, qint64(0));
    }

    void theFifthFailureLocksAndStartsANewCount()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        const QByteArray key = Ed25519::generate().publicKey;
        QVERIFY(store->putCredential(key, QByteArray("sealed")).ok());
        for (int i = 1; i <= 4; ++i) {
            const auto after = store->recordLoginFailure(key, 5, 1'000'000);
            QVERIFY(after.ok());
            QCOMPARE(after->failures, i);
            QCOMPARE(after->lockedUntilMs, qint64(0));
        }
        const auto locked = store->recordLoginFailure(key, 5, 1'000'000);
        QVERIFY(locked.ok());
        QCOMPARE(locked->lockedUntilMs, qint64(1'000'000));
        QCOMPARE(locked->failures, 0);
        // A later failure counts anew and leaves the lock as it is.
        const auto next = store->recordLoginFailure(key, 5, 2'000'000);
        QVERIFY(next.ok());
        QCOMPARE(next->failures, 1);
        QCOMPARE(next->lockedUntilMs, qint64(1'000'000));
        // Unknown users have nothing to count.
        const auto unknown = store->recordLoginFailure(Ed25519::generate().publicKey, 5, 1);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, QStringLiteral("not_found"));
    }

    void successClearsFailuresAndOnlyRaisesTheLastStep()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        const QByteArray key = Ed25519::generate().publicKey;
        QVERIFY(store->putCredential(key, QByteArray("sealed")).ok());
        for (int i = 0; i < 5; ++i)
            QVERIFY(store->recordLoginFailure(key, 5, 777).ok());
        QVERIFY(store->recordLoginFailure(key, 5, 777).ok());
        QVERIFY(store->recordLoginSuccess(key, 50).ok());
        auto c = store->credential(key);
        QCOMPARE((*c)->failures, 0);
        QCOMPARE((*c)->lockedUntilMs, qint64(0));
        QCOMPARE((*c)->lastStep, quint64(50));
        QVERIFY(store->recordLoginSuccess(key, 40).ok()); // never backwards
        QCOMPARE((*store->credential(key))->lastStep, quint64(50));
        // A new secret lifts failures and lockout, and keeps the last step (codes only move forward).
        QVERIFY(store->recordLoginFailure(key, 2, 888).ok());
        QVERIFY(store->recordLoginFailure(key, 2, 888).ok());
        QCOMPARE((*store->credential(key))->lockedUntilMs, qint64(888));
        QVERIFY(store->putCredential(key, QByteArray("sealed-2")).ok());
        c = store->credential(key);
        QCOMPARE((*c)->totpSecretSealed, QByteArray("sealed-2"));
        QCOMPARE((*c)->failures, 0);
        QCOMPARE((*c)->lockedUntilMs, qint64(0));
        QCOMPARE((*c)->lastStep, quint64(50));
    }

    void aCredentialWriteThatFailsIsReported()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        const QByteArray key = Ed25519::generate().publicKey;
        QVERIFY(store->putCredential(key, QByteArray("sealed")).ok());
        store->failAfterWrites(1);
        const auto failed = store->recordLoginFailure(key, 5, 1);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("disk_full"));
        store->failAfterWrites(1);
        const Status st = store->recordLoginSuccess(key, 9);
        QVERIFY(!st.ok());
        QCOMPARE((*store->credential(key))->lastStep, quint64(0));
    }

    void readablePatientsAreRegisteredOrConsentedOnes()
    {
        auto store = open(freshPath());
        QVERIFY(store);
        const auto patient = [](const char *id, const char *org) {
            return PatientInfo{QString::fromLatin1(id), Ed25519::generate().publicKey, KdfParams::withRandomSalt(3, 8192 * 1024),
                               QString::fromLatin1(org)};
        };
        const auto consent = [](const char *patientId, const char *org, quint64 expires, bool revoked) {
            ConsentState c;
            c.consentId = randomBytes(16);
            c.patientId = QString::fromLatin1(patientId);
            c.granteeOrg = QString::fromLatin1(org);
            c.purpose = QStringLiteral("treatment");
            c.expiresMs = expires;
            c.revoked = revoked;
            return c;
        };
        QVERIFY(store->begin().ok());
        store->putPatient(patient("p-own-1", "st-marys"));
        store->putPatient(patient("p-own-2", "st-marys"));
        store->putPatient(patient("p-shared", "city-clinic"));
        store->putPatient(patient("p-expired", "city-clinic"));
        store->putPatient(patient("p-revoked", "city-clinic"));
        store->putPatient(patient("p-other", "city-clinic"));
        store->putConsent(consent("p-shared", "st-marys", 5000, false));
        store->putConsent(consent("p-expired", "st-marys", 500, false));
        store->putConsent(consent("p-revoked", "st-marys", 5000, true));
        store->putConsent(consent("p-own-1", "st-marys", 5000, false)); // own patient and consented: listed once
        QVERIFY(store->commit().ok());
        QStringList mine = store->readablePatients(QStringLiteral("st-marys"), 1000);
        mine.sort();
        QCOMPARE(mine, (QStringList{QStringLiteral("p-own-1"), QStringLiteral("p-own-2"), QStringLiteral("p-shared")}));
        QVERIFY(store->pendingError().ok());
        QStringList theirs = store->readablePatients(QStringLiteral("city-clinic"), 1000);
        theirs.sort();
        QCOMPARE(theirs, (QStringList{QStringLiteral("p-expired"), QStringLiteral("p-other"), QStringLiteral("p-revoked"),
                                      QStringLiteral("p-shared")}));
        QVERIFY(store->readablePatients(QStringLiteral("nobody"), 1000).isEmpty());
    }

    // --- throughput (printed, not asserted) ---------------------------------

    void throughputIsPrinted()
    {
        // PostgreSQL pays a round trip per statement: fewer by default, to keep the suite quick.
        const int total = qEnvironmentVariableIntValue("CARELEDGER_BENCH_TXS") > 0
                              ? qEnvironmentVariableIntValue("CARELEDGER_BENCH_TXS")
                              : (onPostgres() ? 4000 : 20000);
        constexpr int PerBlock = 2000;
        const StoreConfig path = freshPath();
        auto store = open(path);
        QVERIFY(store);
        ChainBuilder chain;
        const QByteArray networkId = chain.networkId();

        // Authors come from a staff of 1000 clinicians (putUser then updates a
        // row), unless CARELEDGER_BENCH_FRESH_USERS=1 enrols a new one per transaction.
        const bool freshUsers = qEnvironmentVariableIntValue("CARELEDGER_BENCH_FRESH_USERS") == 1;
        QList<QByteArray> staff;
        for (int i = 0; i < 1000; ++i)
            staff.append(randomBytes(32));

        qint64 storeNs = 0;
        qint64 storeCpuNs = 0;
        int applied = 0;
        quint64 nonce = 0;
        QElapsedTimer timer;
        while (applied < total) {
            const int n = std::min(PerBlock, total - applied);
            // Synthetic transactions (unsigned: signing is not what is measured).
            QList<Transaction> txs;
            QList<UserInfo> users;
            QList<RecordInfo> records;
            QStringList patients;
            txs.reserve(n);
            for (int i = 0; i < n; ++i) {
                Transaction tx;
                tx.type = TxType::RecordCreate;
                tx.networkId = networkId;
                tx.author = freshUsers ? randomBytes(32) : staff.at(int(nonce % 1000));
                tx.org = QStringLiteral("st-marys");
                tx.timestampMs = 1700000000000ull + nonce;
                tx.nonce = ++nonce;
                tx.body = randomBytes(250);
                tx.signature = randomBytes(64);
                txs.append(tx);
                users.append(UserInfo{tx.author, QStringLiteral("User %1").arg(nonce), Role::Doctor, tx.org, false});
                const QString pid = QStringLiteral("patient-%1").arg(nonce % 5000);
                patients.append(pid);
                RecordInfo r = makeRecord(randomBytes(16), pid, 1, tx.author);
                r.txId = tx.id();
                records.append(r);
            }
            const BuiltBlock b = chain.next(txs, QList<quint16>(n, 0), patients);
            const QByteArray sealed = randomBytes(80);

            timer.start();
            const qint64 cpuStart = threadCpuNs();
            QVERIFY(store->begin().ok());
            for (int i = 0; i < n; ++i) {
                const RecordInfo &r = records.at(i);
                // ~4 reads, as the contract does: author, replay, patient, record.
                (void)store->user(users.at(i).key);
                (void)store->hasTransaction(r.txId);
                (void)store->patient(r.patientId);
                (void)store->latestVersion(r.recordId);
                // 3 writes.
                store->putUser(users.at(i));
                store->putRecordVersion(r, {});
                store->putWrappedKey(r.txId, WrappedKey{RecipientKind::Org, r.org, sealed});
            }
            QVERIFY(store->appendBlock(b.block, b.firstLogIndex, b.entries).ok());
            const Status st = store->commit();
            storeNs += timer.nsecsElapsed();
            storeCpuNs += threadCpuNs() - cpuStart;
            QVERIFY2(st.ok(), st.ok() ? "" : qPrintable(st.error().message));
            applied += n;
            if (total > 20000 && applied % 100000 == 0) // long runs: show how ingest scales with size
                qInfo("  %d transactions: %.0f tx/s so far, last block %.0f tx/s", applied,
                      applied / (double(storeNs) / 1e9), n / (double(timer.nsecsElapsed()) / 1e9));
        }
        const double seconds = double(storeNs) / 1e9;
        qInfo("ingest (%s): %d transactions (4 reads + 3 state writes each, %d-tx blocks, %s) in %.3f s = %.0f tx/s",
              onPostgres() ? "postgresql" : "sqlite", total, PerBlock, freshUsers ? "a new user per transaction" : "1000 authors", seconds, total / seconds);
        qInfo("ingest CPU: %.3f s on this thread = %.0f tx per CPU-second (the rest is fsync and waiting for a core)",
              double(storeCpuNs) / 1e9, total / (double(storeCpuNs) / 1e9));

        timer.start();
        const QList<QByteArray> leaves = store->leafHashes();
        const qint64 leafNs = timer.nsecsElapsed();
        QCOMPARE(leaves.size(), qsizetype(total));
        QCOMPARE(leaves.last(), chain.allLeafHashes().last());
        qInfo("leafHashes: %lld rows in %.3f s (%.0f rows/s)", qint64(leaves.size()), double(leafNs) / 1e9,
              leaves.size() / (double(leafNs) / 1e9));

        // Reopening, as the node does at start.
        store.reset();
        timer.start();
        auto reopened = open(path);
        QVERIFY(reopened);
        const qsizetype count = reopened->leafHashes().size();
        qInfo("reopen + leafHashes: %lld rows in %.3f s", qint64(count), double(timer.nsecsElapsed()) / 1e9);
        QCOMPARE(count, qsizetype(total));
    }
};

QTEST_GUILESS_MAIN(TestLedgerStore)
#include "tst_ledgerstore.moc"
