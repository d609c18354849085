// StoreMigration: a SQLite store with a small chain and every kind of row is
// copied into a fresh database of a private PostgreSQL cluster
// (support/PostgresServer.h) and read back through LedgerStore and raw SQL; a
// non-empty target is refused untouched; a copy that fails half way commits nothing.

#include "store/StoreMigration.h"

#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"
#include "store/LedgerStore.h"
#include "ledger/MerkleLog.h"
#include "support/PostgresServer.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <memory>

using namespace careledger;

namespace {

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    return b;
}

// Every row of every ledger table, rendered backend-neutrally and sorted:
// equal dumps mean equal contents, whatever order either backend returns.
QMap<QString, QStringList> dumpTables(const StoreConfig &config)
{
    const QString name = QStringLiteral("dump-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QMap<QString, QStringList> out;
    {
        const bool pg = config.backend == StoreConfig::Backend::Postgresql;
        QSqlDatabase db = QSqlDatabase::addDatabase(pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), name);
        if (pg) {
            db.setHostName(config.host);
            db.setPort(config.port);
            db.setUserName(config.user);
            db.setDatabaseName(config.dbname);
        } else {
            db.setDatabaseName(config.sqlitePath);
        }
        if (db.open()) {
            for (const QString &table : StoreMigration::tables()) {
                QSqlQuery q(db);
                QStringList rows;
                if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table))) {
                    out[table] = {QStringLiteral("(unreadable)")};
                    continue;
                }
                while (q.next()) {
                    QStringList cells;
                    const QSqlRecord r = q.record();
                    for (int i = 0; i < r.count(); ++i) {
                        const QVariant v = q.value(i);
                        QString cell = r.fieldName(i) + QLatin1Char('=');
                        if (v.isNull())
                            cell += QStringLiteral("NULL");
                        else if (v.metaType().id() == QMetaType::QByteArray)
                            cell += QStringLiteral("x") + QString::fromLatin1(v.toByteArray().toHex());
                        else
                            cell += v.toString();
                        cells.append(cell);
                    }
                    cells.sort();
                    rows.append(cells.join(QLatin1Char('|')));
                }
                rows.sort();
                out[table] = rows;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

NetworkConfig makeConfig(const QByteArray &orgKey)
{
    NetworkConfig c;
    c.networkName = QStringLiteral("migration-net");
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

// What was written to the source, to look up again in the target.
struct Written {
    NetworkConfig genesis;
    quint64 blocks = 0;
    quint64 logSize = 0;
    QByteArray logRoot;
    QList<QByteArray> txIds;
    QList<QByteArray> payloadHashes;
    QList<UserInfo> users;
    QList<PatientInfo> patients;
    QList<RecordInfo> records;
    QList<ConsentState> consents;
    QList<ReferralInfo> referrals;
    QList<QByteArray> credentialKeys;
    qint64 accesses = 0;
};

// A signed three-block chain with users, patients, records, keys, consents, a
// referral, payloads, access-log rows and credentials.
Written fill(LedgerStore &store)
{
    Written w;
    const Ed25519::KeyPair orgKey = Ed25519::generate();
    w.genesis = makeConfig(orgKey.publicKey);
    if (!store.initialise(w.genesis).ok())
        return {};
    MerkleLog log;
    QByteArray previous(32, '\0');
    quint64 nonce = 0;
    for (quint64 height = 0; height < 3; ++height) {
        Block block;
        QList<TxIndexEntry> entries;
        const quint64 first = log.size();
        for (int i = 0; i < 3; ++i) {
            Transaction tx;
            tx.type = TxType::RecordCreate;
            tx.networkId = w.genesis.networkId();
            tx.author = orgKey.publicKey;
            tx.org = QStringLiteral("st-marys");
            tx.timestampMs = 1700000000000ull + ++nonce;
            tx.nonce = nonce;
            tx.body = randomBytes(40);
            tx.sign(orgKey.secretKey);
            const QByteArray bytes = tx.encode();
            block.transactions.append(bytes);
            block.validity.append(quint16(i == 2 ? 7 : 0));
            TxIndexEntry e{tx.id(), MerkleLog::leafHash(bytes), tx.type, tx.author, tx.org,
                           i == 1 ? QString() : QStringLiteral("P-%1").arg(height), tx.timestampMs};
            entries.append(e);
            log.appendLeafHash(e.leafHash);
            w.txIds.append(e.txId);
        }
        BlockHeader &h = block.signedHeader.header;
        h.networkId = w.genesis.networkId();
        h.height = height;
        h.previousHash = previous;
        h.txRoot = Block::txRootOf(block.transactions);
        h.logRoot = log.root();
        h.logSize = log.size();
        h.validityHash = Block::validityHashOf(block.validity);
        h.timestampMs = 1700000000000ull + height * 50;
        h.proposer = QStringLiteral("st-marys");
        block.signedHeader.addSignature(QStringLiteral("st-marys"), orgKey.secretKey);
        previous = h.hash();

        if (!store.begin().ok())
            return {};
        const UserInfo user{Ed25519::generate().publicKey, QStringLiteral("Dr %1").arg(height), Role::Doctor,
                            QStringLiteral("st-marys"), height == 1};
        store.putUser(user);
        w.users.append(user);
        const PatientInfo patient{QStringLiteral("P-%1").arg(height), Ed25519::generate().publicKey,
                                  KdfParams::withRandomSalt(3, 8192 * 1024), QStringLiteral("st-marys")};
        store.putPatient(patient);
        w.patients.append(patient);
        RecordInfo record;
        record.txId = entries.first().txId;
        record.recordId = randomBytes(16);
        record.patientId = patient.patientId;
        record.resourceType = QStringLiteral("Observation");
        record.author = user.key;
        record.org = QStringLiteral("st-marys");
        record.ciphertextHash = randomBytes(32);
        record.timestampMs = 1700000000000ull + height;
        store.putRecordVersion(record, {});
        w.records.append(record);
        store.putWrappedKey(record.txId, WrappedKey{RecipientKind::Org, QStringLiteral("st-marys"), randomBytes(80)});
        store.putWrappedKey(record.txId, WrappedKey{RecipientKind::Patient, patient.patientId, randomBytes(80)});
        const ConsentState consent{randomBytes(16), patient.patientId, QStringLiteral("city-clinic"),
                                   height == 0 ? QStringList() : QStringList{QStringLiteral("Observation")},
                                   QStringLiteral("treatment"), height == 2 ? std::numeric_limits<quint64>::max() : 5000,
                                   height == 1};
        store.putConsent(consent);
        w.consents.append(consent);
        const QByteArray ciphertext = randomBytes(300 + int(height));
        const QByteArray ctHash = Sha256::hash(ciphertext);
        if (!store.putPayload(ctHash, ciphertext).ok())
            return {};
        w.payloadHashes.append(ctHash);
        if (height == 2) {
            ReferralInfo r;
            r.referralId = randomBytes(16);
            r.patientId = patient.patientId;
            r.fromOrg = QStringLiteral("st-marys");
            r.author = user.key;
            r.targetOrg = QStringLiteral("general");
            r.urgency = Urgency::Asap;
            r.serviceRequest = record.txId;
            r.createTx = entries.last().txId;
            r.createdMs = 1000;
            r.dueMs = std::numeric_limits<quint64>::max();
            r.lastTx = r.createTx;
            r.updatedMs = 1000;
            store.putReferral(r);
            w.referrals.append(r);
        }
        if (!store.appendBlock(block, first, entries).ok() || !store.commit().ok())
            return {};
    }
    for (const UserInfo &u : w.users) {
        if (!store.putCredential(u.key, randomBytes(48)).ok())
            return {};
        w.credentialKeys.append(u.key);
    }
    if (!store.recordLoginFailure(w.users.at(0).key, 5, 99).ok() || !store.recordLoginSuccess(w.users.at(1).key, 12345).ok())
        return {};
    for (int i = 0; i < 4; ++i)
        if (!store.logAccess(w.users.at(0).key, QStringLiteral("st-marys"), w.payloadHashes.value(i % 3),
                             QStringLiteral("read"), 2000 + i)
                 .ok())
            return {};
    w.accesses = 4;
    w.blocks = 3;
    w.logSize = log.size();
    w.logRoot = log.root();
    return w;
}

QString describe(const std::optional<UserInfo> &u)
{
    return u ? QStringLiteral("%1 %2 %3 %4 %5").arg(QString::fromLatin1(u->key.toHex()), u->name).arg(int(u->role)).arg(u->org).arg(u->revoked)
             : QStringLiteral("none");
}
QString describe(const std::optional<PatientInfo> &p)
{
    return p ? QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(p->patientId, QString::fromLatin1(p->signKey.toHex()))
                   .arg(p->kdf.opsLimit)
                   .arg(p->kdf.memLimitBytes)
                   .arg(QString::fromLatin1(p->kdf.salt.toHex()), p->registeredBy)
             : QStringLiteral("none");
}
QString describe(const std::optional<RecordInfo> &r)
{
    return r ? QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                   .arg(QString::fromLatin1(r->txId.toHex()), QString::fromLatin1(r->recordId.toHex()), r->patientId,
                        r->resourceType, QString::fromLatin1(r->author.toHex()), r->org)
                   .arg(r->version)
                   .arg(QString::fromLatin1(r->ciphertextHash.toHex()))
                   .arg(r->timestampMs)
                   + (r->superseded ? QStringLiteral(" superseded") : QString())
             : QStringLiteral("none");
}
QString describe(const std::optional<ConsentState> &c)
{
    return c ? QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                   .arg(QString::fromLatin1(c->consentId.toHex()), c->patientId, c->granteeOrg,
                        c->scope.join(QLatin1Char(',')), c->purpose)
                   .arg(c->expiresMs)
                   .arg(c->revoked)
             : QStringLiteral("none");
}
QString describe(const std::optional<ReferralInfo> &r)
{
    if (!r)
        return QStringLiteral("none");
    return QStringList{QString::fromLatin1(r->referralId.toHex()), r->patientId, r->fromOrg,
                       QString::fromLatin1(r->author.toHex()), r->targetOrg, QString::fromLatin1(r->targetUser.toHex()),
                       QString::number(int(r->urgency)), QString::fromLatin1(r->serviceRequest.toHex()),
                       QString::fromLatin1(r->createTx.toHex()), QString::number(r->createdMs),
                       QString::number(r->dueMs), QString::number(int(r->status)), QString::fromLatin1(r->lastTx.toHex()),
                       QString::number(r->updatedMs), QString::number(r->appointmentMs),
                       QString::number(int(r->rejectReason)), QString::fromLatin1(r->report.toHex())}
        .join(QLatin1Char(' '));
}
QString describe(const Result<std::optional<Credential>> &c)
{
    if (!c)
        return QStringLiteral("error ") + c.error().message;
    if (!*c)
        return QStringLiteral("none");
    const Credential &v = **c;
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(QString::fromLatin1(v.userKey.toHex()), QString::fromLatin1(v.totpSecretSealed.toHex()))
        .arg(v.lastStep)
        .arg(v.failures)
        .arg(v.lockedUntilMs);
}

qint64 totalRows(const QMap<QString, QStringList> &dump)
{
    qint64 n = 0;
    for (const QStringList &rows : dump)
        n += rows.size();
    return n;
}

} // namespace

class TestStoreMigration : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<test::PostgresServer> m_postgres;

    StoreConfig freshSqlite() { return StoreConfig::sqlite(m_dir.filePath(QStringLiteral("ledger-%1.db").arg(++m_counter))); }

    static std::unique_ptr<LedgerStore> open(const StoreConfig &config)
    {
        auto store = LedgerStore::open(config);
        if (!store) {
            qWarning() << store.error().code << store.error().message;
            return nullptr;
        }
        return std::move(store.value());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QElapsedTimer t;
        t.start();
        m_postgres = std::make_unique<test::PostgresServer>();
        if (!m_postgres->available())
            QSKIP(qPrintable(QStringLiteral("PostgreSQL is not available: ") + m_postgres->whyNot()));
        qInfo("PostgreSQL test cluster on 127.0.0.1:%u started in %lld ms", m_postgres->port(), t.elapsed());
    }

    void cleanupTestCase() { m_postgres.reset(); }

    void everyRowArrivesAndReadsBackTheSame()
    {
        const StoreConfig sqlite = freshSqlite();
        const StoreConfig pg = m_postgres->createDatabase();
        QVERIFY(!pg.dbname.isEmpty());
        Written w;
        {
            auto source = open(sqlite);
            QVERIFY(source);
            w = fill(*source);
            QCOMPARE(w.blocks, quint64(3));
            auto target = open(pg);
            QVERIFY(target);
            auto summary = StoreMigration::copy(*source, *target);
            QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
            QCOMPARE(summary->tipHeight, std::optional<quint64>(2));
            QCOMPARE(summary->logSize, w.logSize);
            QCOMPARE(summary->logRoot, w.logRoot);
            QCOMPARE(summary->tables.size(), StoreMigration::tables().size());
            qint64 copied = 0;
            for (const auto &t : summary->tables)
                copied += t.rows;
            QCOMPARE(copied, totalRows(dumpTables(sqlite)));
        }

        // Raw: every table, every column, every row.
        const auto sourceRows = dumpTables(sqlite);
        const auto targetRows = dumpTables(pg);
        for (const QString &table : StoreMigration::tables())
            QCOMPARE(targetRows.value(table), sourceRows.value(table));
        QCOMPARE(sourceRows.value(QStringLiteral("access_log")).size(), 4);

        // Through the store's API.
        auto source = open(sqlite);
        auto target = open(pg);
        QVERIFY(source && target);
        QVERIFY(target->initialise(w.genesis).ok()); // the same network
        QCOMPARE(target->networkConfig()->encode(), w.genesis.encode());
        QCOMPARE(target->tipHeight(), std::optional<quint64>(2));
        for (quint64 h = 0; h < w.blocks; ++h) {
            auto a = source->block(h);
            auto b = target->block(h);
            QVERIFY(a && b);
            QCOMPARE(b->encode(), a->encode());
        }
        QCOMPARE(target->leafHashes(), source->leafHashes());
        for (quint64 i = 0; i < w.logSize; ++i) {
            const auto a = source->transactionAt(i);
            const auto b = target->transactionAt(i);
            QVERIFY(a && b);
            QCOMPARE(b->bytes, a->bytes);
            QCOMPARE(b->txId, a->txId);
            QCOMPARE(b->height, a->height);
            QCOMPARE(b->position, a->position);
            QCOMPARE(b->code, a->code);
            QVERIFY(target->transactionById(w.txIds.at(qsizetype(i))));
        }
        QCOMPARE(target->patientLogIndexes(QStringLiteral("P-1")), source->patientLogIndexes(QStringLiteral("P-1")));
        for (const QByteArray &h : w.payloadHashes) {
            QVERIFY(source->payload(h));
            QCOMPARE(target->payload(h), source->payload(h));
        }
        for (const UserInfo &u : w.users)
            QCOMPARE(describe(target->user(u.key)), describe(source->user(u.key)));
        for (const PatientInfo &p : w.patients)
            QCOMPARE(describe(target->patient(p.patientId)), describe(source->patient(p.patientId)));
        for (const RecordInfo &r : w.records) {
            QCOMPARE(describe(target->recordVersion(r.txId)), describe(source->recordVersion(r.txId)));
            QVERIFY(target->hasWrappedKey(r.txId, RecipientKind::Org, QStringLiteral("st-marys")));
        }
        for (const ConsentState &c : w.consents)
            QCOMPARE(describe(target->consent(c.consentId)), describe(source->consent(c.consentId)));
        for (const ReferralInfo &r : w.referrals)
            QCOMPARE(describe(target->referral(r.referralId)), describe(source->referral(r.referralId)));
        for (const QByteArray &k : w.credentialKeys)
            QCOMPARE(describe(target->credential(k)), describe(source->credential(k)));
        QCOMPARE(target->accessLogCount(), w.accesses);

        // The node goes on writing on PostgreSQL: new access-log ids follow the copied ones.
        QVERIFY(target->logAccess(w.users.at(0).key, QStringLiteral("st-marys"), w.payloadHashes.at(0),
                                  QStringLiteral("read"), 3000)
                    .ok());
        QCOMPARE(target->accessLogCount(), w.accesses + 1);
    }

    void aNonEmptyTargetIsRefusedAndLeftAsItWas()
    {
        const StoreConfig sqlite = freshSqlite();
        const StoreConfig pg = m_postgres->createDatabase();
        auto source = open(sqlite);
        QVERIFY(source);
        QCOMPARE(fill(*source).blocks, quint64(3));
        {
            auto target = open(pg);
            QVERIFY(target);
            QVERIFY(StoreMigration::copy(*source, *target));
        }
        const auto before = dumpTables(pg);
        QVERIFY(totalRows(before) > 0);
        auto target = open(pg);
        QVERIFY(target);
        auto again = StoreMigration::copy(*source, *target);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("not_empty"));
        QVERIFY2(again.error().message.contains(QLatin1String("not empty")), qPrintable(again.error().message));
        QCOMPARE(dumpTables(pg), before);
    }

    void aCopyThatFailsHalfWayLeavesTheTargetEmpty_data()
    {
        QTest::addColumn<int>("failingWrite");
        QTest::newRow("first row") << 1;
        QTest::newRow("in txs") << 8;
        QTest::newRow("last tables") << 40;
    }

    void aCopyThatFailsHalfWayLeavesTheTargetEmpty()
    {
        QFETCH(int, failingWrite);
        const StoreConfig sqlite = freshSqlite();
        const StoreConfig pg = m_postgres->createDatabase();
        auto source = open(sqlite);
        QVERIFY(source);
        QCOMPARE(fill(*source).blocks, quint64(3));
        const qint64 sourceRows = totalRows(dumpTables(sqlite));
        QVERIFY(sourceRows > failingWrite);
        {
            auto target = open(pg);
            QVERIFY(target);
            target->failAfterWrites(failingWrite);
            auto result = StoreMigration::copy(*source, *target);
            QVERIFY(!result);
            QCOMPARE(result.error().code, QStringLiteral("disk_full"));
        }
        QCOMPARE(totalRows(dumpTables(pg)), qint64(0));
        QCOMPARE(totalRows(dumpTables(sqlite)), sourceRows); // the source is only read

        // Nothing was left behind, so the same database takes the migration afterwards.
        auto target = open(pg);
        QVERIFY(target);
        QVERIFY(StoreMigration::copy(*source, *target));
        QCOMPARE(dumpTables(pg), dumpTables(sqlite));
    }

    void onlySqliteToPostgresql()
    {
        auto a = open(freshSqlite());
        auto b = open(freshSqlite());
        QVERIFY(a && b);
        auto result = StoreMigration::copy(*a, *b);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("usage"));
    }
};

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_storemigration.moc"
