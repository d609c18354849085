#include "LightCache.h"

#include "ledger/MerkleLog.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace careledger {

namespace {
constexpr const char *Schema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
    "CREATE TABLE headers (height INTEGER PRIMARY KEY, bytes BLOB NOT NULL)",
    "CREATE TABLE trusted (id INTEGER PRIMARY KEY CHECK (id = 1), height INTEGER NOT NULL, bytes BLOB NOT NULL)",
    "CREATE TABLE txs (log_index INTEGER PRIMARY KEY, txid BLOB NOT NULL UNIQUE, bytes BLOB NOT NULL,"
    " height INTEGER NOT NULL, code INTEGER NOT NULL, type INTEGER NOT NULL, patient_id TEXT,"
    " ct_hash BLOB, proof_size INTEGER NOT NULL, proof BLOB NOT NULL, proof_height INTEGER NOT NULL,"
    " time_ms INTEGER NOT NULL, resource_type TEXT, record_id BLOB, supersedes BLOB)",
    "CREATE INDEX txs_patient ON txs (patient_id, resource_type, log_index)",
    "CREATE INDEX txs_type ON txs (type, log_index)",
    "CREATE INDEX txs_patient_type ON txs (patient_id, type, log_index)",
    "CREATE INDEX txs_record ON txs (record_id)",
    "CREATE INDEX txs_resource ON txs (resource_type, log_index)",
    "CREATE INDEX txs_supersedes ON txs (supersedes)",
    "CREATE TABLE payloads (hash BLOB PRIMARY KEY, data BLOB NOT NULL)",
    "CREATE TABLE warnings (id INTEGER PRIMARY KEY AUTOINCREMENT, time_ms INTEGER NOT NULL, endpoint TEXT NOT NULL,"
    " kind TEXT NOT NULL, message TEXT NOT NULL, evidence BLOB)",
    "CREATE TABLE distrusted (endpoint TEXT PRIMARY KEY, reason TEXT NOT NULL)",
    // Configuration changes followed, each with the first height its members sign.
    "CREATE TABLE configs (version INTEGER PRIMARY KEY, from_height INTEGER NOT NULL, bytes BLOB NOT NULL)",
};

Error sqlError(const QSqlQuery &q, const char *what)
{
    return makeError(QStringLiteral("sql"), QStringLiteral("the local cache could not %1: %2")
                                                .arg(QLatin1String(what), q.lastError().text()));
}
} // namespace

struct LightCache::Private {
    QString connectionName;
    QSqlDatabase db;
    bool failNextCommit = false;

    QSqlQuery query(const QString &sql) const
    {
        QSqlQuery q(db);
        q.prepare(sql);
        return q;
    }
};

LightCache::LightCache(std::unique_ptr<Private> d) : d(std::move(d)) {}

LightCache::~LightCache()
{
    const QString name = d->connectionName;
    d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<LightCache>> LightCache::open(const QString &path, const QByteArray &networkId)
{
    auto d = std::make_unique<Private>();
    d->connectionName = QStringLiteral("light-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->db.setDatabaseName(path);
    std::unique_ptr<LightCache> cache(new LightCache(std::move(d)));
    QSqlDatabase &db = cache->d->db;
    if (!db.open())
        return makeError(QStringLiteral("sql"), QStringLiteral("cannot open the local cache %1: %2").arg(path, db.lastError().text()));
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000"})
        if (!q.exec(QString::fromLatin1(pragma)))
            return sqlError(q, "be configured");

    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    if (version > SchemaVersion)
        return makeError(QStringLiteral("schema_too_new"),
                         QStringLiteral("the local cache was written by a newer CareLedger (schema %1)").arg(version));
    if (version != 0 && version < SchemaVersion) {
        // Only a cache: an older layout is dropped and filled again by the next sync.
        db.close();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        if (!db.open())
            return makeError(QStringLiteral("sql"),
                             QStringLiteral("cannot recreate the local cache %1: %2").arg(path, db.lastError().text()));
        q = QSqlQuery(db);
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000"})
            q.exec(QString::fromLatin1(pragma));
    }
    if (version == 0 || version < SchemaVersion) {
        db.transaction();
        for (const char *statement : Schema)
            if (!q.exec(QString::fromLatin1(statement))) {
                db.rollback();
                return sqlError(q, "create its tables");
            }
        QSqlQuery meta = cache->d->query(QStringLiteral("INSERT INTO meta (key, value) VALUES ('network_id', ?)"));
        meta.addBindValue(networkId);
        if (!meta.exec() || !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)) || !db.commit()) {
            db.rollback();
            return sqlError(meta, "create its tables");
        }
    }
    QSqlQuery net = cache->d->query(QStringLiteral("SELECT value FROM meta WHERE key = 'network_id'"));
    if (!net.exec() || !net.next() || net.value(0).toByteArray() != networkId)
        return makeError(QStringLiteral("wrong_network"), QStringLiteral("the local cache %1 belongs to another network").arg(path));
    return cache;
}

std::optional<SignedHeader> LightCache::trustedHeader() const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT bytes FROM trusted WHERE id = 1"));
    if (!q.exec() || !q.next())
        return std::nullopt;
    auto h = SignedHeader::decode(q.value(0).toByteArray());
    return h ? std::optional<SignedHeader>(*h) : std::nullopt;
}

std::optional<TrustedState> LightCache::trusted() const
{
    const auto h = trustedHeader();
    return h ? std::optional<TrustedState>(TrustedState::of(h->header)) : std::nullopt;
}

Status LightCache::storeHeaders(const QList<SignedHeader> &headers)
{
    if (headers.isEmpty())
        return {};
    if (!d->db.transaction())
        return makeError(QStringLiteral("sql"), d->db.lastError().text());
    QSqlQuery hdr = d->query(QStringLiteral("INSERT OR REPLACE INTO headers (height, bytes) VALUES (?, ?)"));
    for (const SignedHeader &h : headers) {
        hdr.addBindValue(qint64(h.header.height));
        hdr.addBindValue(h.encode());
        if (!hdr.exec()) {
            d->db.rollback();
            return sqlError(hdr, "record headers");
        }
    }
    if (!d->db.commit()) {
        const QString text = d->db.lastError().text();
        d->db.rollback();
        return makeError(QStringLiteral("sql"), QStringLiteral("the local cache could not commit: %1").arg(text));
    }
    return {};
}

std::optional<SignedHeader> LightCache::header(quint64 height) const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT bytes FROM headers WHERE height = ?"));
    q.addBindValue(qint64(height));
    if (!q.exec() || !q.next())
        return std::nullopt;
    auto h = SignedHeader::decode(q.value(0).toByteArray());
    return h ? std::optional<SignedHeader>(*h) : std::nullopt;
}

quint64 LightCache::headerCount() const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT COUNT(*) FROM headers"));
    return q.exec() && q.next() ? q.value(0).toULongLong() : 0;
}

Status LightCache::commitSync(const SignedHeader &trustedHeader, const QList<CachedTransaction> &transactions,
                              const QList<QPair<QByteArray, QByteArray>> &payloads)
{
    if (!d->db.transaction())
        return makeError(QStringLiteral("sql"), d->db.lastError().text());
    auto abort = [&](const QSqlQuery &q, const char *what) {
        d->db.rollback();
        return Status(sqlError(q, what));
    };
    QSqlQuery trust = d->query(QStringLiteral("INSERT OR REPLACE INTO trusted (id, height, bytes) VALUES (1, ?, ?)"));
    trust.addBindValue(qint64(trustedHeader.header.height));
    trust.addBindValue(trustedHeader.encode());
    if (!trust.exec())
        return abort(trust, "record the trusted header");
    QSqlQuery hdr = d->query(QStringLiteral("INSERT OR REPLACE INTO headers (height, bytes) VALUES (?, ?)"));
    hdr.addBindValue(qint64(trustedHeader.header.height));
    hdr.addBindValue(trustedHeader.encode());
    if (!hdr.exec())
        return abort(hdr, "record the trusted header");
    QSqlQuery tx = d->query(QStringLiteral(
        "INSERT OR REPLACE INTO txs (log_index, txid, bytes, height, code, type, patient_id, ct_hash, proof_size, proof,"
        " proof_height, time_ms, resource_type, record_id, supersedes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const CachedTransaction &t : transactions) {
        tx.addBindValue(qint64(t.logIndex));
        tx.addBindValue(t.txId);
        tx.addBindValue(t.bytes);
        tx.addBindValue(qint64(t.height));
        tx.addBindValue(int(t.code));
        tx.addBindValue(int(t.type));
        tx.addBindValue(t.patientId.isEmpty() ? QVariant() : QVariant(t.patientId));
        tx.addBindValue(t.ciphertextHash.isEmpty() ? QVariant() : QVariant(t.ciphertextHash));
        tx.addBindValue(qint64(t.proofTreeSize));
        tx.addBindValue(MerkleLog::encodeProof(t.inclusionProof));
        tx.addBindValue(qint64(t.proofHeight));
        tx.addBindValue(qint64(t.timeMs));
        tx.addBindValue(t.resourceType.isEmpty() ? QVariant() : QVariant(t.resourceType));
        tx.addBindValue(t.recordId.isEmpty() ? QVariant() : QVariant(t.recordId));
        tx.addBindValue(t.supersedes.isEmpty() ? QVariant() : QVariant(t.supersedes));
        if (!tx.exec())
            return abort(tx, "store transactions");
    }
    QSqlQuery pl = d->query(QStringLiteral("INSERT OR IGNORE INTO payloads (hash, data) VALUES (?, ?)"));
    for (const auto &[hash, data] : payloads) {
        pl.addBindValue(hash);
        pl.addBindValue(data);
        if (!pl.exec())
            return abort(pl, "store payloads");
    }
    if (d->failNextCommit) {
        d->failNextCommit = false;
        d->db.rollback();
        return makeError(QStringLiteral("disk_full"), QStringLiteral("the local cache could not be written: disk full (injected)"));
    }
    if (!d->db.commit()) {
        const QString text = d->db.lastError().text();
        d->db.rollback();
        return makeError(QStringLiteral("sql"), QStringLiteral("the local cache could not commit: %1").arg(text));
    }
    return {};
}

namespace {
CachedTransaction readTransaction(const QSqlQuery &q)
{
    CachedTransaction t;
    t.logIndex = q.value(0).toULongLong();
    t.txId = q.value(1).toByteArray();
    t.bytes = q.value(2).toByteArray();
    t.height = q.value(3).toULongLong();
    t.code = quint16(q.value(4).toUInt());
    t.type = TxType(q.value(5).toUInt());
    t.patientId = q.value(6).toString();
    t.ciphertextHash = q.value(7).toByteArray();
    t.proofTreeSize = q.value(8).toULongLong();
    // A damaged proof stays empty: it then fails verification instead of passing.
    if (auto proof = MerkleLog::decodeProof(q.value(9).toByteArray()))
        t.inclusionProof = *proof;
    t.proofHeight = q.value(10).toULongLong();
    t.timeMs = q.value(11).toULongLong();
    t.resourceType = q.value(12).toString();
    t.recordId = q.value(13).toByteArray();
    t.supersedes = q.value(14).toByteArray();
    return t;
}
const QString TxColumns = QStringLiteral("log_index, txid, bytes, height, code, type, patient_id, ct_hash, proof_size, proof,"
                                         " proof_height, time_ms, resource_type, record_id, supersedes");
// Accepted record versions (code 0) no accepted amendment replaced.
const QString CurrentRecord = QStringLiteral(
    "type IN (4, 5) AND code = 0 AND NOT EXISTS (SELECT 1 FROM txs s WHERE s.supersedes = txs.txid AND s.code = 0)");

QList<CachedTransaction> readAll(QSqlQuery &q)
{
    QList<CachedTransaction> out;
    if (q.exec())
        while (q.next())
            out.append(readTransaction(q));
    return out;
}
} // namespace

bool LightCache::hasTransaction(quint64 logIndex) const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT 1 FROM txs WHERE log_index = ?"));
    q.addBindValue(qint64(logIndex));
    return q.exec() && q.next();
}

std::optional<CachedTransaction> LightCache::transaction(quint64 logIndex) const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT %1 FROM txs WHERE log_index = ?").arg(TxColumns));
    q.addBindValue(qint64(logIndex));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readTransaction(q);
}

QList<CachedTransaction> LightCache::patientTransactions(const QString &patientId) const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT %1 FROM txs WHERE patient_id = ? ORDER BY log_index").arg(TxColumns));
    q.addBindValue(patientId);
    QList<CachedTransaction> out;
    if (q.exec())
        while (q.next())
            out.append(readTransaction(q));
    return out;
}

QList<CachedTransaction> LightCache::records(const RecordPageQuery &query) const
{
    QString sql = QStringLiteral("SELECT %1 FROM txs WHERE patient_id = ? AND ").arg(TxColumns);
    sql += query.latestOnly ? CurrentRecord : QStringLiteral("type IN (4, 5) AND code = 0");
    if (!query.resourceTypes.isEmpty())
        sql += QStringLiteral(" AND resource_type IN (%1)").arg(QStringList(query.resourceTypes.size(), QStringLiteral("?")).join(u','));
    if (query.beforeLogIndex > 0)
        sql += QStringLiteral(" AND log_index < ?");
    sql += QStringLiteral(" ORDER BY log_index DESC LIMIT ?");
    QSqlQuery q = d->query(sql);
    q.addBindValue(query.patientId);
    for (const QString &type : query.resourceTypes)
        q.addBindValue(type);
    if (query.beforeLogIndex > 0)
        q.addBindValue(qint64(query.beforeLogIndex));
    q.addBindValue(query.limit);
    return readAll(q);
}

std::optional<CachedTransaction> LightCache::transactionById(const QByteArray &txId) const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT %1 FROM txs WHERE txid = ?").arg(TxColumns));
    q.addBindValue(txId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readTransaction(q);
}

QList<CachedTransaction> LightCache::recordVersions(const QByteArray &recordId) const
{
    QSqlQuery q = d->query(
        QStringLiteral("SELECT %1 FROM txs WHERE record_id = ? AND code = 0 ORDER BY log_index").arg(TxColumns));
    q.addBindValue(recordId);
    return readAll(q);
}

QList<CachedTransaction> LightCache::transactionsOfType(TxType type, quint64 fromLogIndex) const
{
    QSqlQuery q = d->query(
        QStringLiteral("SELECT %1 FROM txs WHERE type = ? AND code = 0 AND log_index >= ? ORDER BY log_index").arg(TxColumns));
    q.addBindValue(int(type));
    q.addBindValue(qint64(fromLogIndex));
    return readAll(q);
}

QList<CachedTransaction> LightCache::recordsOfResourceType(const QString &resourceType, quint64 fromLogIndex) const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT %1 FROM txs WHERE resource_type = ? AND type IN (4, 5) AND code = 0"
                                          " AND log_index >= ? ORDER BY log_index")
                               .arg(TxColumns));
    q.addBindValue(resourceType);
    q.addBindValue(qint64(fromLogIndex));
    return readAll(q);
}

QList<CachedTransaction> LightCache::patientTransactionsOfType(const QString &patientId, TxType type) const
{
    QSqlQuery q = d->query(
        QStringLiteral("SELECT %1 FROM txs WHERE patient_id = ? AND type = ? AND code = 0 ORDER BY log_index").arg(TxColumns));
    q.addBindValue(patientId);
    q.addBindValue(int(type));
    return readAll(q);
}

QHash<QString, int> LightCache::recordCounts() const
{
    QSqlQuery q = d->query(
        QStringLiteral("SELECT patient_id, COUNT(*) FROM txs WHERE %1 GROUP BY patient_id").arg(CurrentRecord));
    QHash<QString, int> out;
    if (q.exec())
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

qint64 LightCache::transactionCount() const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT COUNT(*) FROM txs"));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<QByteArray> LightCache::payload(const QByteArray &ciphertextHash) const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT data FROM payloads WHERE hash = ?"));
    q.addBindValue(ciphertextHash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

Status LightCache::addConfig(quint64 fromHeight, const NetworkConfig &config)
{
    QSqlQuery q = d->query(QStringLiteral("INSERT INTO configs (version, from_height, bytes) VALUES (?, ?, ?)"));
    q.addBindValue(qint64(config.version));
    q.addBindValue(qint64(fromHeight));
    q.addBindValue(config.encode());
    return q.exec() ? Status() : Status(sqlError(q, "record a configuration change"));
}

Result<QList<QPair<quint64, NetworkConfig>>> LightCache::configs() const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT from_height, bytes FROM configs ORDER BY version"));
    if (!q.exec())
        return sqlError(q, "read the configuration changes");
    QList<QPair<quint64, NetworkConfig>> out;
    while (q.next()) {
        auto config = NetworkConfig::decode(q.value(1).toByteArray());
        if (!config)
            return config.error();
        out.append({quint64(q.value(0).toLongLong()), std::move(config).value()});
    }
    return out;
}

Status LightCache::addWarning(const NodeWarning &w)
{
    QSqlQuery q = d->query(
        QStringLiteral("INSERT INTO warnings (time_ms, endpoint, kind, message, evidence) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(w.timeMs);
    q.addBindValue(w.endpoint);
    q.addBindValue(w.kind);
    q.addBindValue(w.message);
    q.addBindValue(w.evidence);
    return q.exec() ? Status() : Status(sqlError(q, "record a warning"));
}

QList<NodeWarning> LightCache::warnings() const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT time_ms, endpoint, kind, message, evidence FROM warnings ORDER BY id"));
    QList<NodeWarning> out;
    if (q.exec())
        while (q.next())
            out.append(NodeWarning{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4).toByteArray()});
    return out;
}

Status LightCache::distrust(const QString &endpoint, const QString &reason)
{
    QSqlQuery q = d->query(QStringLiteral("INSERT OR REPLACE INTO distrusted (endpoint, reason) VALUES (?, ?)"));
    q.addBindValue(endpoint);
    q.addBindValue(reason);
    return q.exec() ? Status() : Status(sqlError(q, "record a distrusted node"));
}

QStringList LightCache::distrustedEndpoints() const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT endpoint FROM distrusted ORDER BY endpoint"));
    QStringList out;
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

Status LightCache::clearDistrust(const QString &endpoint)
{
    QSqlQuery q = d->query(QStringLiteral("DELETE FROM distrusted WHERE endpoint = ?"));
    q.addBindValue(endpoint);
    return q.exec() ? Status() : Status(sqlError(q, "clear a distrusted node"));
}

void LightCache::failNextCommit()
{
    d->failNextCommit = true;
}

} // namespace careledger
