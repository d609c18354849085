#include "LedgerStore.h"

#include "core/Cbor.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <array>
#include <limits>
#include <span>

namespace careledger {

Q_LOGGING_CATEGORY(lcStore, "careledger.store")

namespace {

// ---------------------------------------------------------------------------
// SQL dialect: the only place that knows how column types are spelled. Every
// statement below is written in the common subset of SQLite (>= 3.24) and
// PostgreSQL (>= 9.5): '?' placeholders (Qt rewrites them for QPSQL),
// INSERT ... ON CONFLICT (...) DO UPDATE/NOTHING, LIMIT, no PRAGMAs outside
// openSqlite().
struct SqlDialect {
    const char *blob;    // opaque bytes
    const char *integer; // 64-bit signed; in SQLite "INTEGER PRIMARY KEY" is the fast rowid alias
    const char *autoId;  // surrogate key column definition
};

constexpr SqlDialect SqliteDialect{"BLOB", "INTEGER", "INTEGER PRIMARY KEY AUTOINCREMENT"};
constexpr SqlDialect PostgresDialect{"BYTEA", "BIGINT", "BIGSERIAL PRIMARY KEY"};

const SqlDialect &dialectFor(const QString &driverName)
{
    return driverName == QLatin1String("QPSQL") ? PostgresDialect : SqliteDialect;
}

QString applyDialect(const char *statement, const SqlDialect &dialect)
{
    QString sql = QString::fromLatin1(statement);
    sql.replace(QLatin1String("${BLOB}"), QLatin1String(dialect.blob));
    sql.replace(QLatin1String("${INT}"), QLatin1String(dialect.integer));
    sql.replace(QLatin1String("${AUTOID}"), QLatin1String(dialect.autoId));
    return sql;
}

// ---------------------------------------------------------------------------
// Migrations: migrations[i] brings the schema from version i to i + 1. Each runs
// in one transaction together with the schema_version update, so a crash
// mid-migration leaves the previous version intact. Never edit a shipped
// migration; append a new one and raise LedgerStore::SchemaVersion.
constexpr const char *MigrationTo1[] = {
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value ${BLOB} NOT NULL)",
        "CREATE TABLE blocks ("
        " height ${INT} PRIMARY KEY,"
        " hash ${BLOB} NOT NULL UNIQUE,"
        " header ${BLOB} NOT NULL,"         // the SignedHeader's canonical encoding
        " tx_count ${INT} NOT NULL,"
        " log_size ${INT} NOT NULL)",       // log size after this block
        "CREATE TABLE txs ("
        " log_index ${INT} PRIMARY KEY,"
        " txid ${BLOB} NOT NULL UNIQUE,"
        " height ${INT} NOT NULL REFERENCES blocks (height),"
        " position ${INT} NOT NULL,"
        " type ${INT} NOT NULL,"
        " author ${BLOB} NOT NULL,"
        " org TEXT NOT NULL,"
        " patient_id TEXT,"                 // NULL when the transaction concerns no patient
        " code ${INT} NOT NULL,"
        " leaf_hash ${BLOB} NOT NULL,"
        " bytes ${BLOB} NOT NULL,"
        " timestamp_ms ${INT} NOT NULL,"
        " UNIQUE (height, position))",
        "CREATE INDEX txs_patient ON txs (patient_id)",
        "CREATE INDEX txs_author ON txs (author)",
        "CREATE TABLE users ("
        " user_key ${BLOB} PRIMARY KEY,"
        " name TEXT NOT NULL,"
        " role ${INT} NOT NULL,"
        " org TEXT NOT NULL,"
        " revoked ${INT} NOT NULL)",
        "CREATE TABLE patients ("
        " patient_id TEXT PRIMARY KEY,"
        " sign_key ${BLOB} NOT NULL,"
        " kdf_ops ${INT} NOT NULL,"
        " kdf_mem ${INT} NOT NULL,"
        " kdf_salt ${BLOB} NOT NULL,"
        " registered_by TEXT NOT NULL)",
        "CREATE TABLE records ("
        " tx_id ${BLOB} PRIMARY KEY,"
        " record_id ${BLOB} NOT NULL,"
        " patient_id TEXT NOT NULL,"
        " resource_type TEXT NOT NULL,"
        " author ${BLOB} NOT NULL,"
        " org TEXT NOT NULL,"
        " version ${INT} NOT NULL,"
        " ct_hash ${BLOB} NOT NULL,"
        " timestamp_ms ${INT} NOT NULL,"
        " superseded ${INT} NOT NULL DEFAULT 0)",
        "CREATE INDEX records_record ON records (record_id)",
        "CREATE INDEX records_patient ON records (patient_id)",
        "CREATE INDEX records_ct_hash ON records (ct_hash)",
        // Checked at commit, so a block may put a record's keys before the record.
        "CREATE TABLE wrapped_keys ("
        " record_tx_id ${BLOB} NOT NULL REFERENCES records (tx_id) DEFERRABLE INITIALLY DEFERRED,"
        " kind ${INT} NOT NULL,"
        " recipient TEXT NOT NULL,"
        " sealed ${BLOB} NOT NULL,"
        " PRIMARY KEY (record_tx_id, kind, recipient))",
        "CREATE INDEX wrapped_keys_recipient ON wrapped_keys (kind, recipient)",
        "CREATE TABLE consents ("
        " consent_id ${BLOB} PRIMARY KEY,"
        " patient_id TEXT NOT NULL,"
        " grantee_org TEXT NOT NULL,"
        " scope ${BLOB} NOT NULL,"          // canonical CBOR array of resource types
        " purpose TEXT NOT NULL,"
        " expires_ms ${INT} NOT NULL,"
        " revoked ${INT} NOT NULL)",
        "CREATE INDEX consents_grantee ON consents (patient_id, grantee_org)",
        "CREATE TABLE payloads (ct_hash ${BLOB} PRIMARY KEY, data ${BLOB} NOT NULL)",
        "CREATE TABLE access_log ("
        " id ${AUTOID},"
        " time_ms ${INT} NOT NULL,"
        " user_key ${BLOB} NOT NULL,"
        " org TEXT NOT NULL,"
        " ct_hash ${BLOB} NOT NULL,"
        " action TEXT NOT NULL)",
};

// Node-local login state, not on chain: the TOTP secret (sealed by the node,
// the store only ever sees ciphertext), the last step accepted (a code is
// good once) and the failure count and lockout, kept across restarts.
constexpr const char *MigrationTo2[] = {
        "CREATE TABLE credentials ("
        " user_key ${BLOB} PRIMARY KEY,"
        " totp_secret_sealed ${BLOB} NOT NULL,"
        " last_step ${INT} NOT NULL DEFAULT 0,"
        " failures ${INT} NOT NULL DEFAULT 0,"
        " locked_until_ms ${INT} NOT NULL DEFAULT 0)",
};

// The staff directory (enrolments, revocations) is read by every light node's sync.
constexpr const char *MigrationTo3[] = {
        "CREATE INDEX IF NOT EXISTS txs_type ON txs (type, log_index)",
};

// Referrals: the contract's summary of each referral's state (the
// transactions that made it stay in txs). Indexed for the receiving side's
// and the sender's worklists.
constexpr const char *MigrationTo4[] = {
        "CREATE TABLE IF NOT EXISTS referrals ("
        " referral_id ${BLOB} PRIMARY KEY,"
        " patient_id TEXT NOT NULL,"
        " from_org TEXT NOT NULL,"
        " author ${BLOB} NOT NULL,"
        " target_org TEXT NOT NULL,"
        " target_user ${BLOB} NOT NULL,"    // empty: any doctor of target_org
        " urgency ${INT} NOT NULL,"
        " service_request ${BLOB} NOT NULL,"
        " create_tx ${BLOB} NOT NULL,"
        " created_ms ${INT} NOT NULL,"
        " due_ms ${INT} NOT NULL,"
        " status ${INT} NOT NULL,"
        " last_tx ${BLOB} NOT NULL,"
        " updated_ms ${INT} NOT NULL,"
        " appointment_ms ${INT} NOT NULL,"
        " reject_reason ${INT} NOT NULL,"
        " report ${BLOB} NOT NULL)",
        "CREATE INDEX IF NOT EXISTS referrals_target ON referrals (target_org, status)",
        "CREATE INDEX IF NOT EXISTS referrals_from ON referrals (from_org, status)",
        "CREATE INDEX IF NOT EXISTS referrals_patient ON referrals (patient_id)",
};

constexpr std::array<std::span<const char *const>, 4> Migrations = {
    std::span<const char *const>(MigrationTo1),
    std::span<const char *const>(MigrationTo2),
    std::span<const char *const>(MigrationTo3),
    std::span<const char *const>(MigrationTo4),
};
static_assert(Migrations.size() == LedgerStore::SchemaVersion, "one migration per schema version");

// ---------------------------------------------------------------------------
// Prepared statements, prepared once per connection on first use.
enum Stmt {
    SelectGenesis,
    InsertGenesis,
    SelectTip,
    InsertBlock,
    InsertTx,
    SelectHeader,
    SelectHeaderRange,
    SelectBlockTxs,
    SelectTxById,
    SelectTxAt,
    HasTx,
    SelectLeafHashes,
    SelectPatientLogIndexes,
    SelectDirectoryLogIndexes,
    InsertPayload,
    SelectPayload,
    MayReadViaKey,
    MayReadAsPatient,
    InsertAccess,
    CountAccess,
    SelectUser,
    UpsertUser,
    SelectPatient,
    InsertPatient,
    SelectRecord,
    SelectLatestVersion,
    InsertRecord,
    MarkSuperseded,
    UpsertWrappedKey,
    SelectConsent,
    SelectConsentsFor,
    UpsertConsent,
    SelectReadablePatients,
    SelectCredential,
    UpsertCredential,
    CountCredentialFailure,
    ResetCredentialFailures,
    HasRecord,
    HasWrappedKey,
    SelectReferral,
    UpsertReferral,
    StmtCount
};

#define RECORD_COLUMNS \
    "tx_id, record_id, patient_id, resource_type, author, org, version, ct_hash, timestamp_ms, superseded"
#define TX_COLUMNS "bytes, txid, height, position, log_index, code"
#define REFERRAL_COLUMNS \
    "referral_id, patient_id, from_org, author, target_org, target_user, urgency, service_request, create_tx," \
    " created_ms, due_ms, status, last_tx, updated_ms, appointment_ms, reject_reason, report"

constexpr std::array<const char *, StmtCount> StatementSql = {
    /* SelectGenesis */ "SELECT value FROM meta WHERE key = 'genesis'",
    /* InsertGenesis */ "INSERT INTO meta (key, value) VALUES ('genesis', ?)",
    /* SelectTip */ "SELECT height, log_size FROM blocks ORDER BY height DESC LIMIT 1",
    /* InsertBlock */ "INSERT INTO blocks (height, hash, header, tx_count, log_size) VALUES (?, ?, ?, ?, ?)",
    /* InsertTx */
    "INSERT INTO txs (log_index, txid, height, position, type, author, org, patient_id, code, leaf_hash, bytes,"
    " timestamp_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    /* SelectHeader */ "SELECT header, tx_count FROM blocks WHERE height = ?",
    /* SelectHeaderRange */ "SELECT height, header FROM blocks WHERE height >= ? AND height < ? ORDER BY height",
    /* SelectBlockTxs */ "SELECT bytes, code, position FROM txs WHERE height = ? ORDER BY position",
    /* SelectTxById */ "SELECT " TX_COLUMNS " FROM txs WHERE txid = ?",
    /* SelectTxAt */ "SELECT " TX_COLUMNS " FROM txs WHERE log_index = ?",
    /* HasTx */ "SELECT 1 FROM txs WHERE txid = ?",
    /* SelectLeafHashes */ "SELECT leaf_hash FROM txs ORDER BY log_index",
    /* SelectPatientLogIndexes */ "SELECT log_index FROM txs WHERE patient_id = ? ORDER BY log_index",
    /* SelectDirectoryLogIndexes */
    "SELECT log_index FROM txs WHERE type IN (?, ?) AND code = 0 ORDER BY log_index",
    /* InsertPayload */ "INSERT INTO payloads (ct_hash, data) VALUES (?, ?) ON CONFLICT (ct_hash) DO NOTHING",
    /* SelectPayload */ "SELECT data FROM payloads WHERE ct_hash = ?",
    /* MayReadViaKey */
    "SELECT 1 FROM records r JOIN wrapped_keys w ON w.record_tx_id = r.tx_id WHERE r.ct_hash = ?"
    " AND ((w.kind = ? AND w.recipient = ?) OR (w.kind = ? AND w.recipient = ?)) LIMIT 1",
    /* MayReadAsPatient */
    "SELECT 1 FROM records r JOIN patients p ON p.patient_id = r.patient_id WHERE r.ct_hash = ?"
    " AND p.sign_key = ? LIMIT 1",
    /* InsertAccess */ "INSERT INTO access_log (time_ms, user_key, org, ct_hash, action) VALUES (?, ?, ?, ?, ?)",
    /* CountAccess */ "SELECT COUNT(*) FROM access_log",
    /* SelectUser */ "SELECT name, role, org, revoked FROM users WHERE user_key = ?",
    /* UpsertUser */
    "INSERT INTO users (user_key, name, role, org, revoked) VALUES (?, ?, ?, ?, ?) ON CONFLICT (user_key)"
    " DO UPDATE SET name = excluded.name, role = excluded.role, org = excluded.org, revoked = excluded.revoked",
    /* SelectPatient */ "SELECT sign_key, kdf_ops, kdf_mem, kdf_salt, registered_by FROM patients WHERE patient_id = ?",
    /* InsertPatient */
    "INSERT INTO patients (patient_id, sign_key, kdf_ops, kdf_mem, kdf_salt, registered_by)"
    " VALUES (?, ?, ?, ?, ?, ?)",
    /* SelectRecord */ "SELECT " RECORD_COLUMNS " FROM records WHERE tx_id = ?",
    /* SelectLatestVersion */
    "SELECT " RECORD_COLUMNS " FROM records WHERE record_id = ? ORDER BY superseded, version DESC LIMIT 1",
    /* InsertRecord */
    "INSERT INTO records (" RECORD_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    /* MarkSuperseded */ "UPDATE records SET superseded = 1 WHERE tx_id = ?",
    /* UpsertWrappedKey */
    "INSERT INTO wrapped_keys (record_tx_id, kind, recipient, sealed) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (record_tx_id, kind, recipient) DO UPDATE SET sealed = excluded.sealed",
    /* SelectConsent */
    "SELECT patient_id, grantee_org, scope, purpose, expires_ms, revoked FROM consents WHERE consent_id = ?",
    /* SelectConsentsFor */
    "SELECT scope, expires_ms FROM consents WHERE patient_id = ? AND grantee_org = ? AND revoked = 0",
    /* UpsertConsent */
    "INSERT INTO consents (consent_id, patient_id, grantee_org, scope, purpose, expires_ms, revoked)"
    " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (consent_id) DO UPDATE SET patient_id = excluded.patient_id,"
    " grantee_org = excluded.grantee_org, scope = excluded.scope, purpose = excluded.purpose,"
    " expires_ms = excluded.expires_ms, revoked = excluded.revoked",
    /* SelectReadablePatients */
    "SELECT patient_id, 1 FROM patients WHERE registered_by = ?"
    " UNION SELECT patient_id, 0 FROM consents WHERE grantee_org = ? AND revoked = 0 ORDER BY 1, 2 DESC",
    /* SelectCredential */
    "SELECT totp_secret_sealed, last_step, failures, locked_until_ms FROM credentials WHERE user_key = ?",
    /* UpsertCredential: a new secret clears failures and lockout; the last step stays (codes only move forward) */
    "INSERT INTO credentials (user_key, totp_secret_sealed, last_step, failures, locked_until_ms)"
    " VALUES (?, ?, 0, 0, 0) ON CONFLICT (user_key) DO UPDATE SET"
    " totp_secret_sealed = excluded.totp_secret_sealed, failures = 0, locked_until_ms = 0",
    /* CountCredentialFailure: the maxFailures-th consecutive failure locks (and starts a new count) */
    "UPDATE credentials SET failures = CASE WHEN failures + 1 >= ? THEN 0 ELSE failures + 1 END,"
    " locked_until_ms = CASE WHEN failures + 1 >= ? THEN ? ELSE locked_until_ms END WHERE user_key = ?",
    /* ResetCredentialFailures */
    "UPDATE credentials SET failures = 0, locked_until_ms = 0,"
    " last_step = CASE WHEN last_step < ? THEN ? ELSE last_step END WHERE user_key = ?",
    /* HasRecord: answered from the records_record index alone, without SelectLatestVersion's sort */
    "SELECT 1 FROM records WHERE record_id = ? LIMIT 1",
    /* HasWrappedKey */ "SELECT 1 FROM wrapped_keys WHERE record_tx_id = ? AND kind = ? AND recipient = ?",
    /* SelectReferral */ "SELECT " REFERRAL_COLUMNS " FROM referrals WHERE referral_id = ?",
    /* UpsertReferral: the ids, parties and creation are fixed; a transition moves the rest */
    "INSERT INTO referrals (" REFERRAL_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (referral_id) DO UPDATE SET status = excluded.status, last_tx = excluded.last_tx,"
    " updated_ms = excluded.updated_ms, appointment_ms = excluded.appointment_ms,"
    " reject_reason = excluded.reject_reason, report = excluded.report",
};

// A statement added to the enum without its SQL would be a null entry here.
constexpr bool everyStatementHasSql()
{
    for (const char *sql : StatementSql)
        if (sql == nullptr)
            return false;
    return true;
}
static_assert(everyStatementHasSql(), "StatementSql needs one entry per Stmt, in enum order");

#undef RECORD_COLUMNS
#undef TX_COLUMNS
#undef REFERRAL_COLUMNS

// quint64 values are stored bit-for-bit as signed 64-bit integers (neither
// SQLite nor PostgreSQL has an unsigned type); the round trip is exact. Values
// that may exceed INT64_MAX (consent expiry) are compared in C++, not in SQL.
QVariant u64(quint64 v)
{
    return QVariant(qint64(v));
}

quint64 toU64(const QVariant &v)
{
    return quint64(v.toLongLong());
}

QVariant text(const QString &s)
{
    // An empty string is a value, not NULL; only the explicit null below is NULL.
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant blob(const QByteArray &b)
{
    // Likewise an empty byte string is a value, not NULL.
    return b.isNull() ? QVariant(QByteArray("")) : QVariant(b);
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QByteArray encodeScope(const QStringList &scope)
{
    CborWriter w;
    w.array(scope.size());
    for (const QString &s : scope)
        w.text(s);
    return w.take();
}

std::optional<QStringList> decodeScope(const QByteArray &bytes)
{
    CborReader r(bytes);
    QStringList scope;
    const qsizetype n = r.array(0, 10000);
    for (qsizetype i = 0; i < n && r.ok(); ++i)
        scope.append(r.text(1024));
    r.leave();
    if (!r.finish())
        return std::nullopt;
    return scope;
}

Error classifySqlError(const QSqlError &e, const QString &what)
{
    // SQLite primary result codes (the driver reports them as the native code).
    bool isNumber = false;
    const int native = e.nativeErrorCode().toInt(&isNumber) & 0xff;
    QString code = QStringLiteral("sql");
    if (isNumber) {
        switch (native) {
        case 13: code = QStringLiteral("disk_full"); break;      // SQLITE_FULL
        case 5: case 6: code = QStringLiteral("busy"); break;   // SQLITE_BUSY, SQLITE_LOCKED
        case 10: code = QStringLiteral("io"); break;            // SQLITE_IOERR
        case 11: case 26: code = QStringLiteral("corrupt"); break; // SQLITE_CORRUPT, SQLITE_NOTADB
        case 19: code = QStringLiteral("constraint"); break;     // SQLITE_CONSTRAINT
        default: break;
        }
    }
    // Errors at COMMIT/BEGIN come without a native code from the driver; their text is all there is.
    const QString dbText = e.databaseText();
    if (dbText.contains(QLatin1String("database or disk is full")))
        code = QStringLiteral("disk_full");
    else if (dbText.contains(QLatin1String("constraint failed")))
        code = QStringLiteral("constraint");
    // PostgreSQL SQLSTATE classes, for the QPSQL driver.
    const QString state = e.nativeErrorCode();
    if (state == QLatin1String("53100"))
        code = QStringLiteral("disk_full");
    else if (state.startsWith(QLatin1String("23")))
        code = QStringLiteral("constraint");
    QString detail = e.databaseText().trimmed();
    if (detail.isEmpty())
        detail = e.driverText().trimmed();
    if (detail.isEmpty())
        detail = QStringLiteral("unknown database error");
    return makeError(code, QStringLiteral("Ledger store: %1 failed: %2.").arg(what, detail));
}

// Resets a read statement when the reader is done with it, so no statement
// stays active across COMMIT/ROLLBACK or blocks WAL checkpoints.
class Finisher {
public:
    explicit Finisher(QSqlQuery &q) : m_q(q) {}
    ~Finisher() { m_q.finish(); }
    Finisher(const Finisher &) = delete;
    Finisher &operator=(const Finisher &) = delete;

private:
    QSqlQuery &m_q;
};

RecordInfo readRecord(const QSqlQuery &q)
{
    RecordInfo r;
    r.txId = q.value(0).toByteArray();
    r.recordId = q.value(1).toByteArray();
    r.patientId = q.value(2).toString();
    r.resourceType = q.value(3).toString();
    r.author = q.value(4).toByteArray();
    r.org = q.value(5).toString();
    r.version = toU64(q.value(6));
    r.ciphertextHash = q.value(7).toByteArray();
    r.timestampMs = toU64(q.value(8));
    r.superseded = q.value(9).toLongLong() != 0;
    return r;
}

StoredTransaction readStoredTx(const QSqlQuery &q)
{
    StoredTransaction t;
    t.bytes = q.value(0).toByteArray();
    t.txId = q.value(1).toByteArray();
    t.height = toU64(q.value(2));
    t.position = toU64(q.value(3));
    t.logIndex = toU64(q.value(4));
    t.code = quint16(q.value(5).toLongLong());
    return t;
}

constexpr qsizetype MaxCachedUsers = 200000;

} // namespace

// ---------------------------------------------------------------------------

struct LedgerStore::Private {
    QString connectionName;
    QSqlDatabase db;
    const SqlDialect *dialect = &SqliteDialect;
    std::array<std::unique_ptr<QSqlQuery>, StmtCount> statements;

    bool inTransaction = false;
    std::optional<Error> pending; // first failure since begin()
    Error lastError;              // latest failure of statement()/read()/write(), for Status returns
    int writesUntilFailure = 0;   // 0: no injected failure armed

    // user() is on the contract's hot path (every transaction's author): a
    // read-through cache, including misses. Entries written in a transaction
    // that rolls back are dropped by clearing the cache on rollback. Filled
    // only inside block transactions, i.e. on the one connection that writes
    // users: a read-only connection (the API's) would otherwise keep serving
    // a miss after the enrolment, or an active user after the revocation,
    // that another connection committed.
    QHash<QByteArray, std::optional<UserInfo>> users;
    std::optional<NetworkConfig> genesis;
    QByteArray networkId; // of genesis, once known

    ~Private()
    {
        if (inTransaction && db.isOpen())
            db.rollback();
        for (auto &s : statements)
            s.reset();
        if (db.isValid())
            db.close();
        db = QSqlDatabase();
        if (!connectionName.isEmpty())
            QSqlDatabase::removeDatabase(connectionName);
    }

    void fail(const Error &e)
    {
        qCWarning(lcStore).noquote() << e.code << e.message;
        if (!pending)
            pending = e;
    }

    // The prepared statement, or nullptr (with the error recorded) if it cannot be prepared.
    QSqlQuery *statement(Stmt id)
    {
        std::unique_ptr<QSqlQuery> &slot = statements[std::size_t(id)];
        if (!slot) {
            auto q = std::make_unique<QSqlQuery>(db);
            q->setForwardOnly(true);
            if (!q->prepare(applyDialect(StatementSql[std::size_t(id)], *dialect))) {
                lastError = classifySqlError(q->lastError(), QStringLiteral("preparing a statement"));
                fail(lastError);
                return nullptr;
            }
            slot = std::move(q);
        }
        return slot.get();
    }

    // Runs a read; on failure records the error (a failed read inside a block
    // would otherwise let the contract decide on a wrong answer).
    bool read(QSqlQuery &q, const char *what)
    {
        if (q.exec())
            return true;
        lastError = classifySqlError(q.lastError(), QLatin1String(what));
        fail(lastError);
        q.finish();
        return false;
    }

    // Runs an INSERT/UPDATE, honouring the injected failure.
    bool write(QSqlQuery &q, const char *what)
    {
        if (writesUntilFailure > 0 && --writesUntilFailure == 0) {
            lastError = makeError(QStringLiteral("disk_full"),
                                  QStringLiteral("Ledger store: %1 failed: disk full (injected).").arg(QLatin1String(what)));
            fail(lastError);
            return false;
        }
        if (q.exec())
            return true;
        lastError = classifySqlError(q.lastError(), QLatin1String(what));
        fail(lastError);
        return false;
    }

    bool execDirect(const QString &sql, Error *error)
    {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        *error = classifySqlError(q.lastError(), sql.section(QLatin1Char(' '), 0, 2));
        return false;
    }

    Status migrate();
    Status pragma(const QString &sql, const QString &expected = {});
};

Status LedgerStore::Private::pragma(const QString &sql, const QString &expected)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return classifySqlError(q.lastError(), sql);
    if (!expected.isEmpty()) {
        const QString got = q.next() ? q.value(0).toString().toLower() : QString();
        if (got != expected)
            return makeError(QStringLiteral("sql"),
                             QStringLiteral("Ledger store: %1 returned \"%2\" instead of \"%3\".").arg(sql, got, expected));
    }
    return {};
}

Status LedgerStore::Private::migrate()
{
    int current = 0;
    if (db.tables().contains(QStringLiteral("schema_version"))) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")))
            return classifySqlError(q.lastError(), QStringLiteral("reading the schema version"));
        if (q.next())
            current = q.value(0).toInt();
    }
    if (current > SchemaVersion)
        return makeError(QStringLiteral("schema_too_new"),
                         QStringLiteral("The ledger database has schema version %1 but this CareLedger supports at "
                                        "most version %2; upgrade CareLedger to open it.")
                             .arg(current)
                             .arg(SchemaVersion));
    for (int version = current; version < SchemaVersion; ++version) {
        if (!db.transaction())
            return classifySqlError(db.lastError(), QStringLiteral("starting a schema migration"));
        Error error;
        bool ok = true;
        if (version == 0)
            ok = execDirect(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version %1 NOT NULL)")
                                .arg(QLatin1String(dialect->integer)),
                            &error);
        for (const char *statement : Migrations[std::size_t(version)]) {
            if (!ok)
                break;
            ok = execDirect(applyDialect(statement, *dialect), &error);
        }
        if (ok)
            ok = execDirect(QStringLiteral("DELETE FROM schema_version"), &error);
        if (ok) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
            q.bindValue(0, version + 1);
            ok = q.exec();
            if (!ok)
                error = classifySqlError(q.lastError(), QStringLiteral("recording the schema version"));
        }
        if (ok && !db.commit()) {
            ok = false;
            error = classifySqlError(db.lastError(), QStringLiteral("committing a schema migration"));
        }
        if (!ok) {
            db.rollback();
            return makeError(error.code, QStringLiteral("Migrating the ledger database to schema version %1 failed: %2")
                                             .arg(version + 1)
                                             .arg(error.message));
        }
        qCInfo(lcStore) << "ledger database migrated to schema version" << version + 1;
    }
    return {};
}

// ---------------------------------------------------------------------------

LedgerStore::LedgerStore(std::unique_ptr<Private> d) : d(std::move(d)) {}

LedgerStore::~LedgerStore() = default;

Result<std::unique_ptr<LedgerStore>> LedgerStore::openSqlite(const QString &path)
{
    auto d = std::make_unique<Private>();
    d->connectionName = QStringLiteral("careledger-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    if (!d->db.isValid())
        return makeError(QStringLiteral("sql"), QStringLiteral("The Qt SQLite driver (QSQLITE) is not available."));
    d->dialect = &dialectFor(d->db.driverName());
    d->db.setDatabaseName(path);
    if (!d->db.open())
        return makeError(QStringLiteral("sql"), QStringLiteral("Cannot open the ledger database %1: %2.")
                                                    .arg(path, d->db.lastError().text()));

    const bool inMemory = path == QLatin1String(":memory:");
    const QList<std::pair<QString, QString>> pragmas = {
        {QStringLiteral("PRAGMA busy_timeout = 5000"), QString()},
        {QStringLiteral("PRAGMA journal_mode = WAL"), inMemory ? QStringLiteral("memory") : QStringLiteral("wal")},
        // Acknowledged blocks must survive power loss: fsync the WAL on every commit.
        {QStringLiteral("PRAGMA synchronous = FULL"), QString()},
        {QStringLiteral("PRAGMA foreign_keys = ON"), QString()},
        {QStringLiteral("PRAGMA cache_size = -65536"), QString()}, // 64 MiB
        // Checkpoint every ~40 MB of WAL instead of ~4 MB: a 2000-tx block dirties
        // thousands of index pages, and pages rewritten by consecutive blocks are
        // then copied to the database (and fsynced) once. The file is truncated
        // back to 64 MiB after a checkpoint. No mmap: an I/O error there is a
        // SIGBUS, not an error value.
        {QStringLiteral("PRAGMA wal_autocheckpoint = 10000"), QString()},
        {QStringLiteral("PRAGMA journal_size_limit = 67108864"), QString()},
    };
    for (const auto &[sql, expected] : pragmas)
        if (Status st = d->pragma(sql, expected); !st)
            return makeError(st.error().code, QStringLiteral("Cannot use the ledger database %1: %2")
                                                  .arg(path, st.error().message));
    if (Status st = d->migrate(); !st)
        return st.error();
    return std::unique_ptr<LedgerStore>(new LedgerStore(std::move(d)));
}

// --- genesis ---------------------------------------------------------------

Status LedgerStore::initialise(const NetworkConfig &genesis)
{
    const QByteArray bytes = genesis.encode();
    QSqlQuery *q = d->statement(SelectGenesis);
    if (!q)
        return d->lastError;
    std::optional<QByteArray> stored;
    {
        Finisher f(*q);
        if (!d->read(*q, "reading the genesis configuration"))
            return d->lastError;
        if (q->next())
            stored = q->value(0).toByteArray();
    }
    if (stored) {
        if (*stored == bytes) {
            d->genesis = genesis;
            d->networkId = genesis.networkId();
            return {};
        }
        const auto existing = NetworkConfig::decode(*stored);
        const QString existingName = existing ? existing->networkName : QStringLiteral("(unreadable)");
        return makeError(QStringLiteral("wrong_network"),
                         QStringLiteral("This ledger database belongs to network \"%1\" (id %2), not to \"%3\" (id %4).")
                             .arg(existingName,
                                  existing ? QString::fromLatin1(existing->networkId().toHex().left(16)) : QStringLiteral("?"),
                                  genesis.networkName, QString::fromLatin1(genesis.networkId().toHex().left(16))));
    }
    QSqlQuery *ins = d->statement(InsertGenesis);
    if (!ins)
        return d->lastError;
    ins->bindValue(0, bytes);
    if (!d->write(*ins, "storing the genesis configuration"))
        return d->lastError;
    d->genesis = genesis;
    d->networkId = genesis.networkId();
    return {};
}

std::optional<NetworkConfig> LedgerStore::networkConfig() const
{
    if (d->genesis)
        return d->genesis;
    QSqlQuery *q = d->statement(SelectGenesis);
    if (!q)
        return std::nullopt;
    Finisher f(*q);
    if (!d->read(*q, "reading the genesis configuration") || !q->next())
        return std::nullopt;
    auto decoded = NetworkConfig::decode(q->value(0).toByteArray());
    if (!decoded) {
        d->fail(makeError(QStringLiteral("corrupt"), QStringLiteral("The stored genesis configuration is unreadable: %1")
                                                         .arg(decoded.error().message)));
        return std::nullopt;
    }
    d->genesis = decoded.value();
    d->networkId = d->genesis->networkId();
    return d->genesis;
}

// --- transactions ----------------------------------------------------------

Status LedgerStore::begin()
{
    if (d->inTransaction)
        return makeError(QStringLiteral("sql"), QStringLiteral("Ledger store: a block transaction is already open."));
    d->pending.reset();
    if (!d->db.transaction())
        return classifySqlError(d->db.lastError(), QStringLiteral("starting a block transaction"));
    d->inTransaction = true;
    return {};
}

Status LedgerStore::commit()
{
    if (!d->inTransaction)
        return makeError(QStringLiteral("sql"), QStringLiteral("Ledger store: commit without an open block transaction."));
    if (d->pending) {
        const Error e = *d->pending;
        rollback();
        return e;
    }
    if (!d->db.commit()) {
        const Error e = classifySqlError(d->db.lastError(), QStringLiteral("committing the block"));
        d->fail(e);
        rollback();
        return e;
    }
    d->inTransaction = false;
    return {};
}

void LedgerStore::rollback()
{
    for (auto &s : d->statements)
        if (s)
            s->finish();
    if (d->inTransaction && !d->db.rollback())
        qCWarning(lcStore).noquote() << "rollback failed:" << d->db.lastError().text();
    d->inTransaction = false;
    d->users.clear();
}

Status LedgerStore::pendingError() const
{
    if (d->pending)
        return *d->pending;
    return {};
}

void LedgerStore::failAfterWrites(int n)
{
    d->writesUntilFailure = n > 0 ? n : 0;
}

Status LedgerStore::putPayload(const QByteArray &ciphertextHash, const QByteArray &ciphertext)
{
    QSqlQuery *q = d->statement(InsertPayload);
    if (!q)
        return d->lastError;
    q->bindValue(0, blob(ciphertextHash));
    q->bindValue(1, blob(ciphertext));
    if (!d->write(*q, "storing a payload"))
        return d->lastError;
    return {};
}

Status LedgerStore::appendBlock(const Block &block, quint64 firstLogIndex, const QList<TxIndexEntry> &entries)
{
    const BlockHeader &h = block.signedHeader.header;
    const qsizetype n = block.transactions.size();
    auto reject = [this](const QString &message) {
        const Error e = makeError(QStringLiteral("bad_block"), message);
        d->fail(e);
        return e;
    };
    if (entries.size() != n || block.validity.size() != n)
        return reject(QStringLiteral("Ledger store: block %1 has %2 transactions, %3 validity codes and %4 index entries.")
                          .arg(h.height)
                          .arg(n)
                          .arg(block.validity.size())
                          .arg(entries.size()));
    if (h.logSize != firstLogIndex + quint64(n))
        return reject(QStringLiteral("Ledger store: block %1 claims log size %2 but starts at %3 with %4 transactions.")
                          .arg(h.height)
                          .arg(h.logSize)
                          .arg(firstLogIndex)
                          .arg(n));
    if (const auto config = networkConfig(); config && h.networkId != d->networkId)
        return reject(QStringLiteral("Ledger store: block %1 belongs to another network than this database's \"%2\".")
                          .arg(h.height)
                          .arg(config->networkName));
    if (h.height > quint64(std::numeric_limits<qint64>::max()) || h.logSize > quint64(std::numeric_limits<qint64>::max()))
        return reject(QStringLiteral("Ledger store: block %1 is out of range.").arg(h.height));

    // The block must extend the stored chain exactly.
    QSqlQuery *tip = d->statement(SelectTip);
    if (!tip)
        return d->lastError;
    {
        Finisher f(*tip);
        if (!d->read(*tip, "reading the chain tip"))
            return d->lastError;
        if (tip->next()) {
            const quint64 tipHeight = toU64(tip->value(0));
            const quint64 logSize = toU64(tip->value(1));
            if (h.height != tipHeight + 1)
                return reject(QStringLiteral("Ledger store: block %1 does not follow the stored tip %2.")
                                  .arg(h.height)
                                  .arg(tipHeight));
            if (firstLogIndex != logSize)
                return reject(QStringLiteral("Ledger store: block %1 starts at log index %2 but the log holds %3 transactions.")
                                  .arg(h.height)
                                  .arg(firstLogIndex)
                                  .arg(logSize));
        } else if (firstLogIndex != 0) {
            return reject(QStringLiteral("Ledger store: the first block must start at log index 0, not %1.")
                              .arg(firstLogIndex));
        }
    }

    QSqlQuery *ib = d->statement(InsertBlock);
    QSqlQuery *it = d->statement(InsertTx);
    if (!ib || !it)
        return d->lastError;
    ib->bindValue(0, u64(h.height));
    ib->bindValue(1, h.hash());
    ib->bindValue(2, block.signedHeader.encode());
    ib->bindValue(3, qint64(n));
    ib->bindValue(4, u64(h.logSize));
    if (!d->write(*ib, "storing a block header"))
        return d->lastError;

    const QVariant height = u64(h.height);
    for (qsizetype i = 0; i < n; ++i) {
        const TxIndexEntry &e = entries.at(i);
        it->bindValue(0, u64(firstLogIndex + quint64(i)));
        it->bindValue(1, blob(e.txId));
        it->bindValue(2, height);
        it->bindValue(3, qint64(i));
        it->bindValue(4, int(e.type));
        it->bindValue(5, blob(e.author));
        it->bindValue(6, text(e.org));
        it->bindValue(7, e.patientId.isEmpty() ? nullText() : QVariant(e.patientId));
        it->bindValue(8, int(block.validity.at(i)));
        it->bindValue(9, blob(e.leafHash));
        it->bindValue(10, blob(block.transactions.at(i)));
        it->bindValue(11, u64(e.timestampMs));
        if (!d->write(*it, "storing a transaction"))
            return d->lastError;
    }
    return {};
}

// --- blocks and the log ----------------------------------------------------

std::optional<quint64> LedgerStore::tipHeight() const
{
    QSqlQuery *q = d->statement(SelectTip);
    if (!q)
        return std::nullopt;
    Finisher f(*q);
    if (!d->read(*q, "reading the chain tip") || !q->next())
        return std::nullopt;
    return toU64(q->value(0));
}

Result<SignedHeader> LedgerStore::signedHeader(quint64 height) const
{
    QSqlQuery *q = d->statement(SelectHeader);
    if (!q)
        return d->lastError;
    Finisher f(*q);
    q->bindValue(0, u64(height));
    if (!d->read(*q, "reading a block header"))
        return d->lastError;
    if (!q->next())
        return makeError(QStringLiteral("not_found"), QStringLiteral("There is no block at height %1.").arg(height));
    auto decoded = SignedHeader::decode(q->value(0).toByteArray());
    if (!decoded)
        return makeError(QStringLiteral("corrupt"), QStringLiteral("The stored header of block %1 is unreadable: %2")
                                                        .arg(height)
                                                        .arg(decoded.error().message));
    return decoded;
}

QList<SignedHeader> LedgerStore::signedHeaders(quint64 fromHeight, int maxCount) const
{
    QList<SignedHeader> out;
    constexpr quint64 Max = quint64(std::numeric_limits<qint64>::max());
    if (maxCount <= 0 || fromHeight >= Max)
        return out;
    const quint64 end = fromHeight + quint64(maxCount) > Max ? Max : fromHeight + quint64(maxCount);
    QSqlQuery *q = d->statement(SelectHeaderRange);
    if (!q)
        return out;
    Finisher f(*q);
    q->bindValue(0, u64(fromHeight));
    q->bindValue(1, u64(end));
    if (!d->read(*q, "reading block headers"))
        return out;
    out.reserve(std::min(maxCount, 1024));
    quint64 expected = fromHeight;
    while (q->next()) {
        if (toU64(q->value(0)) != expected)
            break; // consecutive headers only
        auto decoded = SignedHeader::decode(q->value(1).toByteArray());
        if (!decoded) {
            qCWarning(lcStore) << "unreadable stored header at height" << expected;
            break;
        }
        out.append(std::move(decoded.value()));
        ++expected;
    }
    return out;
}

Result<Block> LedgerStore::block(quint64 height) const
{
    QSqlQuery *hq = d->statement(SelectHeader);
    QSqlQuery *tq = d->statement(SelectBlockTxs);
    if (!hq || !tq)
        return d->lastError;
    Block b;
    qint64 txCount = 0;
    {
        Finisher f(*hq);
        hq->bindValue(0, u64(height));
        if (!d->read(*hq, "reading a block header"))
            return d->lastError;
        if (!hq->next())
            return makeError(QStringLiteral("not_found"), QStringLiteral("There is no block at height %1.").arg(height));
        auto decoded = SignedHeader::decode(hq->value(0).toByteArray());
        if (!decoded)
            return makeError(QStringLiteral("corrupt"), QStringLiteral("The stored header of block %1 is unreadable: %2")
                                                            .arg(height)
                                                            .arg(decoded.error().message));
        b.signedHeader = std::move(decoded.value());
        txCount = hq->value(1).toLongLong();
    }
    Finisher f(*tq);
    tq->bindValue(0, u64(height));
    if (!d->read(*tq, "reading a block's transactions"))
        return d->lastError;
    const qsizetype expectedCount = qsizetype(qBound(qint64(0), txCount, qint64(100000)));
    b.transactions.reserve(expectedCount);
    b.validity.reserve(expectedCount);
    while (tq->next()) {
        if (tq->value(2).toLongLong() != b.transactions.size())
            break;
        b.transactions.append(tq->value(0).toByteArray());
        b.validity.append(quint16(tq->value(1).toLongLong()));
    }
    if (b.transactions.size() != txCount)
        return makeError(QStringLiteral("corrupt"), QStringLiteral("Block %1 should hold %2 transactions but %3 are stored in order.")
                                                        .arg(height)
                                                        .arg(txCount)
                                                        .arg(b.transactions.size()));
    return b;
}

std::optional<StoredTransaction> LedgerStore::transactionById(const QByteArray &txId) const
{
    QSqlQuery *q = d->statement(SelectTxById);
    if (!q)
        return std::nullopt;
    Finisher f(*q);
    q->bindValue(0, txId);
    if (!d->read(*q, "reading a transaction") || !q->next())
        return std::nullopt;
    return readStoredTx(*q);
}

std::optional<StoredTransaction> LedgerStore::transactionAt(quint64 logIndex) const
{
    if (logIndex > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    QSqlQuery *q = d->statement(SelectTxAt);
    if (!q)
        return std::nullopt;
    Finisher f(*q);
    q->bindValue(0, u64(logIndex));
    if (!d->read(*q, "reading a transaction") || !q->next())
        return std::nullopt;
    return readStoredTx(*q);
}

QList<QByteArray> LedgerStore::leafHashes() const
{
    QList<QByteArray> out;
    QSqlQuery *tip = d->statement(SelectTip);
    if (tip) {
        Finisher f(*tip);
        if (d->read(*tip, "reading the chain tip") && tip->next())
            out.reserve(qsizetype(qBound<qint64>(0, tip->value(1).toLongLong(), qint64(1) << 28)));
    }
    QSqlQuery *q = d->statement(SelectLeafHashes);
    if (!q)
        return out;
    Finisher f(*q);
    if (!d->read(*q, "reading the leaf hashes"))
        return out;
    while (q->next())
        out.append(q->value(0).toByteArray());
    return out;
}

QList<quint64> LedgerStore::directoryLogIndexes() const
{
    QList<quint64> out;
    QSqlQuery *q = d->statement(SelectDirectoryLogIndexes);
    if (!q)
        return out;
    Finisher f(*q);
    q->bindValue(0, int(TxType::Enrol));
    q->bindValue(1, int(TxType::Revoke));
    if (!d->read(*q, "reading the staff directory"))
        return out;
    while (q->next())
        out.append(toU64(q->value(0)));
    return out;
}

QList<quint64> LedgerStore::patientLogIndexes(const QString &patientId) const
{
    QList<quint64> out;
    QSqlQuery *q = d->statement(SelectPatientLogIndexes);
    if (!q)
        return out;
    Finisher f(*q);
    q->bindValue(0, text(patientId));
    if (!d->read(*q, "reading a patient's transactions"))
        return out;
    while (q->next())
        out.append(toU64(q->value(0)));
    return out;
}

QStringList LedgerStore::readablePatients(const QString &org, quint64 atMs) const
{
    QStringList registered;
    QStringList consented;
    {
        QSqlQuery *q = d->statement(SelectReadablePatients);
        if (!q)
            return {};
        Finisher f(*q);
        q->bindValue(0, text(org));
        q->bindValue(1, text(org));
        if (!d->read(*q, "listing readable patients"))
            return {};
        while (q->next())
            (q->value(1).toInt() ? registered : consented).append(q->value(0).toString());
    }
    for (const QString &patientId : consented)
        if (!registered.contains(patientId) && hasConsent(patientId, org, QString(), atMs))
            registered.append(patientId);
    return registered;
}

std::optional<QByteArray> LedgerStore::payload(const QByteArray &ciphertextHash) const
{
    QSqlQuery *q = d->statement(SelectPayload);
    if (!q)
        return std::nullopt;
    Finisher f(*q);
    q->bindValue(0, ciphertextHash);
    if (!d->read(*q, "reading a payload") || !q->next())
        return std::nullopt;
    return q->value(0).toByteArray();
}

// --- access ----------------------------------------------------------------

bool LedgerStore::mayReadPayload(const QByteArray &userKey, const QByteArray &ciphertextHash) const
{
    if (userKey.isEmpty() || ciphertextHash.isEmpty())
        return false;
    // (a) the org's key, for a user in good standing; (b) a key sealed for the user personally.
    // A revoked user reads nothing through either.
    const std::optional<UserInfo> u = user(userKey);
    if (!u || !u->revoked) {
        QSqlQuery *q = d->statement(MayReadViaKey);
        if (!q)
            return false;
        Finisher f(*q);
        q->bindValue(0, ciphertextHash);
        // Without a (known, non-revoked) user there is no org; -1 matches no kind.
        q->bindValue(1, u ? int(RecipientKind::Org) : -1);
        q->bindValue(2, u ? text(u->org) : text(QString()));
        q->bindValue(3, int(RecipientKind::User));
        q->bindValue(4, QString::fromLatin1(userKey.toHex()));
        if (!d->read(*q, "checking a payload's wrapped keys"))
            return false;
        if (q->next())
            return true;
    }
    // (c) the patient the record belongs to.
    QSqlQuery *p = d->statement(MayReadAsPatient);
    if (!p)
        return false;
    Finisher f(*p);
    p->bindValue(0, ciphertextHash);
    p->bindValue(1, userKey);
    if (!d->read(*p, "checking a payload's patient"))
        return false;
    return p->next();
}

Status LedgerStore::logAccess(const QByteArray &userKey, const QString &org, const QByteArray &ciphertextHash,
                              const QString &action, qint64 timeMs)
{
    QSqlQuery *q = d->statement(InsertAccess);
    if (!q)
        return d->lastError;
    q->bindValue(0, timeMs);
    q->bindValue(1, blob(userKey));
    q->bindValue(2, text(org));
    q->bindValue(3, blob(ciphertextHash));
    q->bindValue(4, text(action));
    if (!d->write(*q, "logging an access"))
        return d->lastError;
    return {};
}

Status LedgerStore::logAccesses(const QByteArray &userKey, const QString &org, const QList<QByteArray> &ciphertextHashes,
                                const QString &action, qint64 timeMs)
{
    if (Status st = begin(); !st)
        return st;
    for (const QByteArray &hash : ciphertextHashes)
        if (Status st = logAccess(userKey, org, hash, action, timeMs); !st) {
            rollback();
            return st;
        }
    return commit();
}

// --- node-local login state --------------------------------------------------

Status LedgerStore::putCredential(const QByteArray &userKey, const QByteArray &totpSecretSealed)
{
    QSqlQuery *q = d->statement(UpsertCredential);
    if (!q)
        return d->lastError;
    q->bindValue(0, blob(userKey));
    q->bindValue(1, blob(totpSecretSealed));
    if (!d->write(*q, "storing a login credential"))
        return d->lastError;
    return {};
}

Result<std::optional<Credential>> LedgerStore::credential(const QByteArray &userKey) const
{
    QSqlQuery *q = d->statement(SelectCredential);
    if (!q)
        return d->lastError;
    Finisher f(*q);
    q->bindValue(0, blob(userKey));
    if (!d->read(*q, "reading a login credential"))
        return d->lastError;
    if (!q->next())
        return std::optional<Credential>();
    Credential c;
    c.userKey = userKey;
    c.totpSecretSealed = q->value(0).toByteArray();
    c.lastStep = toU64(q->value(1));
    c.failures = int(q->value(2).toLongLong());
    c.lockedUntilMs = q->value(3).toLongLong();
    return std::optional<Credential>(std::move(c));
}

Result<Credential> LedgerStore::recordLoginFailure(const QByteArray &userKey, int maxFailures, qint64 lockUntilMs)
{
    QSqlQuery *q = d->statement(CountCredentialFailure);
    if (!q)
        return d->lastError;
    q->bindValue(0, qMax(1, maxFailures));
    q->bindValue(1, qMax(1, maxFailures));
    q->bindValue(2, lockUntilMs);
    q->bindValue(3, blob(userKey));
    if (!d->write(*q, "counting a failed login"))
        return d->lastError;
    if (q->numRowsAffected() == 0)
        return makeError(QStringLiteral("not_found"), QStringLiteral("Ledger store: no login credential for this user."));
    auto c = credential(userKey);
    if (!c)
        return c.error();
    if (!*c)
        return makeError(QStringLiteral("not_found"), QStringLiteral("Ledger store: no login credential for this user."));
    return std::move(**c);
}

Status LedgerStore::recordLoginSuccess(const QByteArray &userKey, quint64 step)
{
    QSqlQuery *q = d->statement(ResetCredentialFailures);
    if (!q)
        return d->lastError;
    q->bindValue(0, u64(step));
    q->bindValue(1, u64(step));
    q->bindValue(2, blob(userKey));
    if (!d->write(*q, "recording a successful login"))
        return d->lastError;
    return {};
}

qint64 LedgerStore::accessLogCount() const
{
    QSqlQuery *q = d->statement(CountAccess);
    if (!q)
        return 0;
    Finisher f(*q);
    if (!d->read(*q, "counting the access log") || !q->next())
        return 0;
    return q->value(0).toLongLong();
}

// --- LedgerState: reads ----------------------------------------------------

std::optional<UserInfo> LedgerStore::user(const QByteArray &key) const
{
    if (auto it = d->users.constFind(key); it != d->users.cend())
        return *it;
    QSqlQuery *q = d->statement(SelectUser);
    if (!q)
        return std::nullopt;
    Finisher f(*q);
    q->bindValue(0, key);
    if (!d->read(*q, "reading a user"))
        return std::nullopt; // not cached: the failure is no answer
    std::optional<UserInfo> result;
    if (q->next()) {
        UserInfo u;
        u.key = key;
        u.name = q->value(0).toString();
        u.role = Role(quint8(q->value(1).toLongLong()));
        u.org = q->value(2).toString();
        u.revoked = q->value(3).toLongLong() != 0;
        result = std::move(u);
    }
    if (d->inTransaction) {
        if (d->users.size() >= MaxCachedUsers)
            d->users.clear();
        d->users.insert(key, result);
    }
    return result;
}

std::optional<PatientInfo> LedgerStore::patient(const QString &patientId) const
{
    QSqlQuery *q = d->statement(SelectPatient);
    if (!q)
        return std::nullopt;
    Finisher f(*q);
    q->bindValue(0, text(patientId));
    if (!d->read(*q, "reading a patient") || !q->next())
        return std::nullopt;
    PatientInfo p;
    p.patientId = patientId;
    p.signKey = q->value(0).toByteArray();
    p.kdf.opsLimit = toU64(q->value(1));
    p.kdf.memLimitBytes = toU64(q->value(2));
    p.kdf.salt = q->value(3).toByteArray();
    p.registeredBy = q->value(4).toString();
    return p;
}

std::optional<RecordInfo> LedgerStore::recordVersion(const QByteArray &txId) const
{
    QSqlQuery *q = d->statement(SelectRecord);
    if (!q)
        return std::nullopt;
    Finisher f(*q);
    q->bindValue(0, txId);
    if (!d->read(*q, "reading a record version") || !q->next())
        return std::nullopt;
    return readRecord(*q);
}

std::optional<RecordInfo> LedgerStore::latestVersion(const QByteArray &recordId) const
{
    // Every record creation asks this of a new id, on the block producer's
    // serial path: answer "none" from the index before paying for the sort
    // (a temporary B-tree per call) that finding the latest version needs.
    {
        QSqlQuery *exists = d->statement(HasRecord);
        if (!exists)
            return std::nullopt;
        Finisher f(*exists);
        exists->bindValue(0, recordId);
        if (!d->read(*exists, "looking up a record") || !exists->next())
            return std::nullopt;
    }
    QSqlQuery *q = d->statement(SelectLatestVersion);
    if (!q)
        return std::nullopt;
    Finisher f(*q);
    q->bindValue(0, recordId);
    if (!d->read(*q, "reading a record's latest version") || !q->next())
        return std::nullopt;
    return readRecord(*q);
}

std::optional<ConsentState> LedgerStore::consent(const QByteArray &consentId) const
{
    QSqlQuery *q = d->statement(SelectConsent);
    if (!q)
        return std::nullopt;
    Finisher f(*q);
    q->bindValue(0, consentId);
    if (!d->read(*q, "reading a consent") || !q->next())
        return std::nullopt;
    ConsentState c;
    c.consentId = consentId;
    c.patientId = q->value(0).toString();
    c.granteeOrg = q->value(1).toString();
    const auto scope = decodeScope(q->value(2).toByteArray());
    if (!scope) {
        d->fail(makeError(QStringLiteral("corrupt"), QStringLiteral("The stored scope of a consent is unreadable.")));
        return std::nullopt;
    }
    c.scope = *scope;
    c.purpose = q->value(3).toString();
    c.expiresMs = toU64(q->value(4));
    c.revoked = q->value(5).toLongLong() != 0;
    return c;
}

bool LedgerStore::hasConsent(const QString &patientId, const QString &org, const QString &resourceType,
                             quint64 atMs) const
{
    QSqlQuery *q = d->statement(SelectConsentsFor);
    if (!q)
        return false;
    Finisher f(*q);
    q->bindValue(0, text(patientId));
    q->bindValue(1, text(org));
    if (!d->read(*q, "reading consents"))
        return false;
    while (q->next()) {
        if (!(atMs < toU64(q->value(1)))) // expiry compared unsigned, in C++
            continue;
        const auto scope = decodeScope(q->value(0).toByteArray());
        if (!scope) {
            d->fail(makeError(QStringLiteral("corrupt"), QStringLiteral("The stored scope of a consent is unreadable.")));
            return false;
        }
        if (scope->isEmpty() || resourceType.isEmpty() || scope->contains(resourceType))
            return true;
    }
    return false;
}

bool LedgerStore::hasTransaction(const QByteArray &txId) const
{
    QSqlQuery *q = d->statement(HasTx);
    if (!q)
        return false;
    Finisher f(*q);
    q->bindValue(0, txId);
    return d->read(*q, "looking up a transaction") && q->next();
}

bool LedgerStore::hasWrappedKey(const QByteArray &recordTxId, RecipientKind kind, const QString &recipient) const
{
    QSqlQuery *q = d->statement(HasWrappedKey);
    if (!q)
        return false;
    Finisher f(*q);
    q->bindValue(0, recordTxId);
    q->bindValue(1, int(kind));
    q->bindValue(2, text(recipient));
    return d->read(*q, "looking up a wrapped key") && q->next();
}

std::optional<ReferralInfo> LedgerStore::referral(const QByteArray &referralId) const
{
    QSqlQuery *q = d->statement(SelectReferral);
    if (!q)
        return std::nullopt;
    Finisher f(*q);
    q->bindValue(0, referralId);
    if (!d->read(*q, "reading a referral") || !q->next())
        return std::nullopt;
    ReferralInfo r;
    r.referralId = q->value(0).toByteArray();
    r.patientId = q->value(1).toString();
    r.fromOrg = q->value(2).toString();
    r.author = q->value(3).toByteArray();
    r.targetOrg = q->value(4).toString();
    r.targetUser = q->value(5).toByteArray();
    r.urgency = Urgency(q->value(6).toInt());
    r.serviceRequest = q->value(7).toByteArray();
    r.createTx = q->value(8).toByteArray();
    r.createdMs = toU64(q->value(9));
    r.dueMs = toU64(q->value(10));
    r.status = ReferralStatus(q->value(11).toInt());
    r.lastTx = q->value(12).toByteArray();
    r.updatedMs = toU64(q->value(13));
    r.appointmentMs = toU64(q->value(14));
    r.rejectReason = RejectReason(q->value(15).toInt());
    r.report = q->value(16).toByteArray();
    return r;
}

// --- LedgerState: writes ---------------------------------------------------

void LedgerStore::putUser(const UserInfo &user)
{
    QSqlQuery *q = d->statement(UpsertUser);
    if (!q)
        return;
    q->bindValue(0, blob(user.key));
    q->bindValue(1, text(user.name));
    q->bindValue(2, int(user.role));
    q->bindValue(3, text(user.org));
    q->bindValue(4, user.revoked ? 1 : 0);
    if (d->write(*q, "storing a user"))
        d->users.insert(user.key, user);
    else
        d->users.remove(user.key);
}

void LedgerStore::putPatient(const PatientInfo &patient)
{
    QSqlQuery *q = d->statement(InsertPatient);
    if (!q)
        return;
    q->bindValue(0, text(patient.patientId));
    q->bindValue(1, blob(patient.signKey));
    q->bindValue(2, u64(patient.kdf.opsLimit));
    q->bindValue(3, u64(patient.kdf.memLimitBytes));
    q->bindValue(4, blob(patient.kdf.salt));
    q->bindValue(5, text(patient.registeredBy));
    d->write(*q, "storing a patient");
}

void LedgerStore::putRecordVersion(const RecordInfo &record, const QByteArray &supersedes)
{
    QSqlQuery *q = d->statement(InsertRecord);
    if (!q)
        return;
    q->bindValue(0, blob(record.txId));
    q->bindValue(1, blob(record.recordId));
    q->bindValue(2, text(record.patientId));
    q->bindValue(3, text(record.resourceType));
    q->bindValue(4, blob(record.author));
    q->bindValue(5, text(record.org));
    q->bindValue(6, u64(record.version));
    q->bindValue(7, blob(record.ciphertextHash));
    q->bindValue(8, u64(record.timestampMs));
    q->bindValue(9, record.superseded ? 1 : 0);
    if (!d->write(*q, "storing a record version") || supersedes.isEmpty())
        return;
    QSqlQuery *u = d->statement(MarkSuperseded);
    if (!u)
        return;
    u->bindValue(0, supersedes);
    if (d->write(*u, "marking a record version superseded") && u->numRowsAffected() == 0)
        qCWarning(lcStore) << "record version" << supersedes.toHex() << "to supersede is not stored";
}

void LedgerStore::putWrappedKey(const QByteArray &recordTxId, const WrappedKey &key)
{
    QSqlQuery *q = d->statement(UpsertWrappedKey);
    if (!q)
        return;
    q->bindValue(0, blob(recordTxId));
    q->bindValue(1, int(key.kind));
    q->bindValue(2, text(key.recipient));
    q->bindValue(3, blob(key.sealed));
    d->write(*q, "storing a wrapped key");
}

void LedgerStore::putConsent(const ConsentState &consent)
{
    QSqlQuery *q = d->statement(UpsertConsent);
    if (!q)
        return;
    q->bindValue(0, blob(consent.consentId));
    q->bindValue(1, text(consent.patientId));
    q->bindValue(2, text(consent.granteeOrg));
    q->bindValue(3, encodeScope(consent.scope));
    q->bindValue(4, text(consent.purpose));
    q->bindValue(5, u64(consent.expiresMs));
    q->bindValue(6, consent.revoked ? 1 : 0);
    d->write(*q, "storing a consent");
}

void LedgerStore::putReferral(const ReferralInfo &referral)
{
    QSqlQuery *q = d->statement(UpsertReferral);
    if (!q)
        return;
    q->bindValue(0, blob(referral.referralId));
    q->bindValue(1, text(referral.patientId));
    q->bindValue(2, text(referral.fromOrg));
    q->bindValue(3, blob(referral.author));
    q->bindValue(4, text(referral.targetOrg));
    q->bindValue(5, blob(referral.targetUser));
    q->bindValue(6, int(referral.urgency));
    q->bindValue(7, blob(referral.serviceRequest));
    q->bindValue(8, blob(referral.createTx));
    q->bindValue(9, u64(referral.createdMs));
    q->bindValue(10, u64(referral.dueMs));
    q->bindValue(11, int(referral.status));
    q->bindValue(12, blob(referral.lastTx));
    q->bindValue(13, u64(referral.updatedMs));
    q->bindValue(14, u64(referral.appointmentMs));
    q->bindValue(15, int(referral.rejectReason));
    q->bindValue(16, blob(referral.report));
    d->write(*q, "storing a referral");
}

} // namespace careledger
