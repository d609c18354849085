#include "AuditIndex.h"

#include "NodeClient.h"
#include "contract/Contract.h"
#include "crypto/Sha256.h"

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
    "CREATE TABLE blocks (height INTEGER PRIMARY KEY, log_size INTEGER NOT NULL, header BLOB NOT NULL)",
    "CREATE TABLE txs (log_index INTEGER PRIMARY KEY, height INTEGER NOT NULL, code INTEGER NOT NULL, bytes BLOB NOT NULL)",
    "CREATE TABLE events (id INTEGER PRIMARY KEY, log_index INTEGER NOT NULL, ordinal INTEGER NOT NULL,"
    " time_ms INTEGER NOT NULL, user_key BLOB NOT NULL, org TEXT NOT NULL, patient_id TEXT NOT NULL,"
    " record_tx BLOB, action INTEGER NOT NULL, workstation TEXT NOT NULL, code INTEGER NOT NULL)",
    "CREATE INDEX events_user ON events (user_key, time_ms)",
    "CREATE INDEX events_patient ON events (patient_id, time_ms)",
    "CREATE INDEX events_org ON events (org, time_ms)",
    "CREATE INDEX events_action ON events (action, time_ms)",
    "CREATE INDEX events_time ON events (time_ms)",
    "CREATE TABLE users (user_key BLOB PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, org TEXT NOT NULL)",
    "CREATE TABLE orgs (id TEXT PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE relations (patient_id TEXT NOT NULL, org TEXT NOT NULL, kind TEXT NOT NULL, from_ms INTEGER NOT NULL,"
    " until_ms INTEGER NOT NULL, ref BLOB)",
    "CREATE INDEX relations_patient ON relations (patient_id)",
    "CREATE INDEX relations_ref ON relations (ref)",
    "CREATE TABLE reviews (log_index INTEGER PRIMARY KEY, flag_id BLOB NOT NULL, status INTEGER NOT NULL,"
    " author BLOB NOT NULL, time_ms INTEGER NOT NULL, body BLOB NOT NULL)",
};

Error sqlError(const QSqlQuery &q, const char *what)
{
    return makeError(QStringLiteral("sql"), QStringLiteral("the audit index could not %1: %2")
                                                .arg(QLatin1String(what), q.lastError().text()));
}

Error lie(const char *kind, const QString &message)
{
    return makeError(QString::fromLatin1(kind), message);
}

constexpr const char *RowColumns =
    "e.id, e.log_index, t.height, e.ordinal, e.time_ms, e.user_key, u.name, u.role, e.org, e.patient_id, e.record_tx,"
    " e.action, e.workstation, e.code";

AuditRow rowFrom(const QSqlQuery &q)
{
    AuditRow r;
    r.rowId = q.value(0).toLongLong();
    r.logIndex = q.value(1).toULongLong();
    r.height = q.value(2).toULongLong();
    r.ordinal = q.value(3).toInt();
    r.timeMs = q.value(4).toULongLong();
    r.userKey = q.value(5).toByteArray();
    r.userName = q.value(6).toString();
    r.role = q.value(7).toString();
    r.org = q.value(8).toString();
    r.patientId = q.value(9).toString();
    r.recordTx = q.value(10).toByteArray();
    r.action = q.value(11).toInt();
    r.workstation = q.value(12).toString();
    r.code = quint16(q.value(13).toUInt());
    return r;
}

// The rows one transaction contributes: one per access event of an access
// log, else one for the transaction. Serves both indexing and re-checking.
QList<AuditRow> rowsOf(const CheckedTransaction &c, quint64 logIndex, quint64 height, quint16 code)
{
    QList<AuditRow> out;
    AuditRow base;
    base.logIndex = logIndex;
    base.height = height;
    base.userKey = c.tx.author;
    base.org = c.tx.org;
    base.code = code;
    if (const auto *log = std::get_if<AccessLog>(&c.body)) {
        for (qsizetype k = 0; k < log->events.size(); ++k) {
            const AccessEvent &e = log->events[k];
            AuditRow r = base;
            r.ordinal = int(k + 1);
            r.timeMs = e.timeMs;
            r.patientId = e.patientId;
            r.recordTx = e.recordTx;
            r.action = int(e.action);
            r.workstation = log->workstation;
            out.append(r);
        }
        return out;
    }
    base.timeMs = c.tx.timestampMs;
    base.patientId = c.patientId();
    base.action = AuditAction::ofTx(c.tx.type);
    if (std::holds_alternative<RecordVersion>(c.body))
        base.recordTx = c.txId;
    out.append(base);
    return out;
}

bool sameEntry(const AuditRow &a, const AuditRow &b)
{
    return a.logIndex == b.logIndex && a.ordinal == b.ordinal && a.timeMs == b.timeMs && a.userKey == b.userKey
        && a.org == b.org && a.patientId == b.patientId && a.recordTx == b.recordTx && a.action == b.action
        && a.workstation == b.workstation && a.code == b.code && a.height == b.height;
}

// SQLite stores a null QString as NULL; the NOT NULL text columns want ''.
QString notNull(const QString &text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

struct AuditIndex::Private {
    QString connectionName;
    QSqlDatabase db;
    Contract contract;

    explicit Private(const NetworkConfig &config) : contract(config) {}

    QSqlQuery query(const QString &sql) const
    {
        QSqlQuery q(db);
        q.prepare(sql);
        return q;
    }
    QVariant meta(const char *key) const
    {
        QSqlQuery q = query(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        q.addBindValue(QString::fromLatin1(key));
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }
    bool setMeta(const char *key, const QVariant &value) const
    {
        QSqlQuery q = query(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
        q.addBindValue(QString::fromLatin1(key));
        q.addBindValue(value);
        return q.exec();
    }
};

AuditIndex::AuditIndex(std::unique_ptr<Private> d) : d(std::move(d)) {}

AuditIndex::~AuditIndex()
{
    const QString name = d->connectionName;
    d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

QString AuditIndex::pathFor(const QString &lightCachePath)
{
    return lightCachePath + QStringLiteral("-audit");
}

Result<std::unique_ptr<AuditIndex>> AuditIndex::open(const QString &path, const NetworkConfig &config)
{
    auto d = std::make_unique<Private>(config);
    d->connectionName = QStringLiteral("audit-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    d->db.setDatabaseName(path);
    std::unique_ptr<AuditIndex> index(new AuditIndex(std::move(d)));
    QSqlDatabase &db = index->d->db;
    if (!db.open())
        return makeError(QStringLiteral("sql"), QStringLiteral("cannot open the audit index %1: %2").arg(path, db.lastError().text()));
    QSqlQuery q(db);
    const auto configure = [&q] {
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000"})
            if (!q.exec(QString::fromLatin1(pragma)))
                return false;
        return true;
    };
    if (!configure())
        return sqlError(q, "be configured");
    q.exec(QStringLiteral("PRAGMA user_version"));
    int version = q.next() ? q.value(0).toInt() : 0;
    if (version != 0 && version != SchemaVersion) {
        // Only an index of the chain: another layout is dropped and rebuilt by the next sync.
        db.close();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        if (!db.open())
            return makeError(QStringLiteral("sql"), QStringLiteral("cannot recreate the audit index %1: %2").arg(path, db.lastError().text()));
        q = QSqlQuery(db);
        if (!configure())
            return sqlError(q, "be configured");
        version = 0;
    }
    if (version == 0) {
        db.transaction();
        for (const char *statement : Schema)
            if (!q.exec(QString::fromLatin1(statement))) {
                db.rollback();
                return sqlError(q, "create its tables");
            }
        if (!index->d->setMeta("network_id", config.networkId()) || !index->d->setMeta("next_height", 0)
            || !index->d->setMeta("last_hash", QByteArray(Sha256::Size, '\0')) || !index->d->setMeta("log_size", 0)
            || !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion)) || !db.commit()) {
            db.rollback();
            return sqlError(q, "create its tables");
        }
    }
    if (index->d->meta("network_id").toByteArray() != config.networkId())
        return makeError(QStringLiteral("wrong_network"), QStringLiteral("the audit index %1 belongs to another network").arg(path));
    QSqlQuery orgs = index->d->query(QStringLiteral("INSERT OR REPLACE INTO orgs (id, name) VALUES (?, ?)"));
    for (const Member &m : config.members) {
        orgs.addBindValue(m.orgId);
        orgs.addBindValue(m.displayName);
        if (!orgs.exec())
            return sqlError(orgs, "list the members");
    }
    return index;
}

quint64 AuditIndex::nextHeight() const
{
    return d->meta("next_height").toULongLong();
}

Status AuditIndex::sync(NodeClient &client, const HeaderVerifier &verifier, const SignedHeader &trusted,
                        const std::function<void(quint64, quint64)> &progress)
{
    constexpr quint64 Batch = 50;
    const quint64 first = nextHeight();
    const quint64 tip = trusted.header.height;
    for (quint64 from = first; from <= tip; from += Batch) {
        if (progress)
            progress(from - first, tip + 1 - first);
        QList<Block> blocks;
        for (quint64 h = from; h <= tip && h < from + Batch; ++h) {
            auto block = client.block(h);
            if (!block)
                return block.error();
            blocks.append(*block);
        }
        // The chain must end exactly at the header the light node trusts.
        if (blocks.last().signedHeader.header.height == tip && blocks.last().signedHeader.header.hash() != trusted.header.hash())
            return lie("inconsistent", QStringLiteral("block %1 is not the one the members signed").arg(tip));
        if (Status st = ingest(blocks, verifier); !st)
            return st;
    }
    return {};
}

Status AuditIndex::ingest(const QList<Block> &blocks, const HeaderVerifier &verifier)
{
    quint64 next = nextHeight();
    QByteArray lastHash = d->meta("last_hash").toByteArray();
    quint64 logSize = d->meta("log_size").toULongLong();
    // Every check before the first write: a refused batch leaves nothing behind.
    QList<QList<StatelessCheck>> checked;
    for (const Block &b : blocks) {
        const BlockHeader &h = b.signedHeader.header;
        if (h.height != next)
            return lie("inconsistent", QStringLiteral("expected block %1, got %2").arg(next).arg(h.height));
        if (Status st = verifier.checkSignatures(b.signedHeader); !st)
            return st;
        if (h.previousHash != lastHash)
            return lie("inconsistent", QStringLiteral("block %1 does not link to its predecessor").arg(h.height));
        if (Status st = b.verifyBody(); !st)
            return lie("altered", QStringLiteral("block %1 is not the one its header commits to: %2").arg(h.height).arg(st.error().message));
        if (h.logSize != logSize + quint64(b.transactions.size()))
            return lie("inconsistent", QStringLiteral("block %1 does not continue the log").arg(h.height));
        QList<StatelessCheck> txs;
        for (const QByteArray &bytes : b.transactions)
            txs.append(d->contract.checkStateless(bytes));
        checked.append(txs);
        lastHash = h.hash();
        logSize = h.logSize;
        ++next;
    }

    if (!d->db.transaction())
        return makeError(QStringLiteral("sql"), d->db.lastError().text());
    auto fail = [this](const QSqlQuery &q) {
        d->db.rollback();
        return Status(sqlError(q, "store a block"));
    };
    QSqlQuery blk = d->query(QStringLiteral("INSERT INTO blocks (height, log_size, header) VALUES (?, ?, ?)"));
    QSqlQuery tx = d->query(QStringLiteral("INSERT INTO txs (log_index, height, code, bytes) VALUES (?, ?, ?, ?)"));
    QSqlQuery ev = d->query(QStringLiteral("INSERT INTO events (log_index, ordinal, time_ms, user_key, org, patient_id,"
                                           " record_tx, action, workstation, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery user = d->query(QStringLiteral("INSERT OR REPLACE INTO users (user_key, name, role, org) VALUES (?, ?, ?, ?)"));
    QSqlQuery rel = d->query(QStringLiteral("INSERT INTO relations (patient_id, org, kind, from_ms, until_ms, ref) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery endRel = d->query(QStringLiteral("UPDATE relations SET until_ms = ? WHERE ref = ? AND kind = 'consent'"));
    QSqlQuery review = d->query(QStringLiteral("INSERT INTO reviews (log_index, flag_id, status, author, time_ms, body) VALUES (?, ?, ?, ?, ?, ?)"));
    auto relation = [&rel](const QString &patient, const QString &org, const char *kind, quint64 from, quint64 until,
                           const QByteArray &ref = {}) {
        rel.addBindValue(patient);
        rel.addBindValue(org);
        rel.addBindValue(QString::fromLatin1(kind));
        rel.addBindValue(qint64(from));
        rel.addBindValue(qint64(until));
        rel.addBindValue(ref);
        return rel.exec();
    };

    for (qsizetype bi = 0; bi < blocks.size(); ++bi) {
        const Block &b = blocks[bi];
        const BlockHeader &h = b.signedHeader.header;
        blk.addBindValue(qint64(h.height));
        blk.addBindValue(qint64(h.logSize));
        blk.addBindValue(b.signedHeader.encode());
        if (!blk.exec())
            return fail(blk);
        const quint64 firstIndex = h.logSize - quint64(b.transactions.size());
        for (qsizetype i = 0; i < b.transactions.size(); ++i) {
            const quint64 logIndex = firstIndex + quint64(i);
            const quint16 code = b.validity.value(i);
            tx.addBindValue(qint64(logIndex));
            tx.addBindValue(qint64(h.height));
            tx.addBindValue(int(code));
            tx.addBindValue(b.transactions[i]);
            if (!tx.exec())
                return fail(tx);
            const StatelessCheck &s = checked[bi][i];
            if (s.reason != Reason::Ok)
                continue; // undecodable: kept as bytes, nothing to show but its position
            const CheckedTransaction &c = s.checked;
            for (const AuditRow &r : rowsOf(c, logIndex, h.height, code)) {
                ev.addBindValue(qint64(r.logIndex));
                ev.addBindValue(r.ordinal);
                ev.addBindValue(qint64(r.timeMs));
                ev.addBindValue(r.userKey);
                ev.addBindValue(notNull(r.org));
                ev.addBindValue(notNull(r.patientId));
                ev.addBindValue(r.recordTx);
                ev.addBindValue(r.action);
                ev.addBindValue(notNull(r.workstation));
                ev.addBindValue(int(r.code));
                if (!ev.exec())
                    return fail(ev);
            }
            if (code != 0)
                continue; // refused: no effect on who is who or who treats whom
            const quint64 ts = c.tx.timestampMs;
            bool ok = true;
            if (const auto *e = std::get_if<Enrolment>(&c.body)) {
                user.addBindValue(e->userKey);
                user.addBindValue(e->name);
                user.addBindValue(roleName(e->role));
                user.addBindValue(c.tx.org);
                ok = user.exec();
            } else if (const auto *p = std::get_if<PatientRegistration>(&c.body)) {
                ok = relation(p->patientId, c.tx.org, "registration", ts, 0);
            } else if (const auto *r = std::get_if<RecordVersion>(&c.body)) {
                ok = relation(r->patientId, c.tx.org, "record", ts, 0);
                for (const WrappedKey &k : r->keys)
                    if (ok && k.kind == RecipientKind::Org && k.recipient != c.tx.org)
                        ok = relation(r->patientId, k.recipient, "record", ts, 0);
            } else if (const auto *g = std::get_if<ConsentGrant>(&c.body)) {
                ok = relation(g->patientId, g->granteeOrg, "consent", ts, g->expiresMs, g->consentId);
            } else if (const auto *v = std::get_if<ConsentRevocation>(&c.body)) {
                endRel.addBindValue(qint64(ts));
                endRel.addBindValue(v->consentId);
                ok = endRel.exec();
            } else if (const auto *q = std::get_if<ReferralRequest>(&c.body)) {
                ok = relation(q->patientId, q->targetOrg, "referral", ts, 0, q->referralId);
            } else if (const auto *cr = std::get_if<ComplianceReview>(&c.body)) {
                review.addBindValue(qint64(logIndex));
                review.addBindValue(cr->flagId);
                review.addBindValue(int(cr->status));
                review.addBindValue(c.tx.author);
                review.addBindValue(qint64(ts));
                review.addBindValue(c.tx.body);
                ok = review.exec();
            }
            if (!ok)
                return fail(rel);
        }
    }
    if (!d->setMeta("next_height", qint64(next)) || !d->setMeta("last_hash", lastHash) || !d->setMeta("log_size", qint64(logSize))) {
        d->db.rollback();
        return makeError(QStringLiteral("sql"), QStringLiteral("the audit index could not record its progress"));
    }
    if (!d->db.commit())
        return makeError(QStringLiteral("sql"), d->db.lastError().text());
    return {};
}

QList<AuditRow> AuditIndex::query(const AuditQuery &query, int offset, int limit) const
{
    QStringList where;
    QVariantList binds;
    // With a user or a patient, their index is the one to walk (newest first):
    // the unary + keeps the planner (which has no statistics) off the action,
    // org and time indexes, whose walks can cover the whole table.
    const bool selective = !query.users.isEmpty() || !query.patientId.isEmpty();
    const QString other = selective ? QStringLiteral("+e.") : QStringLiteral("e.");
    if (!query.users.isEmpty()) {
        QStringList marks;
        for (const QByteArray &u : query.users) {
            marks << QStringLiteral("?");
            binds << u;
        }
        where << QStringLiteral("e.user_key IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!query.patientId.isEmpty()) {
        where << QStringLiteral("e.patient_id = ?");
        binds << query.patientId;
    }
    if (!query.org.isEmpty()) {
        where << other + QStringLiteral("org = ?");
        binds << query.org;
    }
    if (!query.actions.isEmpty()) {
        QStringList marks;
        for (int a : query.actions)
            marks << QString::number(a);
        where << other + QStringLiteral("action IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (query.fromMs > 0) {
        where << other + QStringLiteral("time_ms >= ?");
        binds << qint64(query.fromMs);
    }
    if (query.toMs > 0) {
        where << other + QStringLiteral("time_ms < ?");
        binds << qint64(query.toMs);
    }
    if (!query.text.trimmed().isEmpty()) {
        const QString like = likePattern(query.text.trimmed());
        QString clause = QStringLiteral("(e.user_key IN (SELECT user_key FROM users WHERE name LIKE ? ESCAPE '\\')"
                                        " OR e.org IN (SELECT id FROM orgs WHERE name LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\')");
        binds << like << like << like;
        if (!query.textPatients.isEmpty()) {
            QStringList marks;
            for (const QString &p : query.textPatients) {
                marks << QStringLiteral("?");
                binds << p;
            }
            clause += QStringLiteral(" OR e.patient_id IN (%1)").arg(marks.join(QLatin1Char(',')));
        }
        where << clause + QLatin1Char(')');
    }
    const char *dir = query.descending ? "DESC" : "ASC";
    QString order;
    switch (query.sort) {
    case AuditQuery::Sort::Time: order = QStringLiteral("e.time_ms %1, e.id %1"); break;
    case AuditQuery::Sort::User: order = QStringLiteral("u.name %1, e.time_ms DESC, e.id DESC"); break;
    case AuditQuery::Sort::Org: order = QStringLiteral("e.org %1, e.time_ms DESC, e.id DESC"); break;
    case AuditQuery::Sort::Patient: order = QStringLiteral("e.patient_id %1, e.time_ms DESC, e.id DESC"); break;
    case AuditQuery::Sort::Action: order = QStringLiteral("e.action %1, e.time_ms DESC, e.id DESC"); break;
    }
    const QString sql = QStringLiteral("SELECT %1 FROM events e JOIN txs t ON t.log_index = e.log_index"
                                       " LEFT JOIN users u ON u.user_key = e.user_key %2 ORDER BY %3 LIMIT %4 OFFSET %5")
                            .arg(QLatin1String(RowColumns),
                                 where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                                 order.arg(QLatin1String(dir)))
                            .arg(qMax(0, limit))
                            .arg(qMax(0, offset));
    QSqlQuery q = d->query(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    QList<AuditRow> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(rowFrom(q));
    return out;
}

std::optional<AuditRow> AuditIndex::row(qint64 rowId) const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT %1 FROM events e JOIN txs t ON t.log_index = e.log_index"
                                          " LEFT JOIN users u ON u.user_key = e.user_key WHERE e.id = ?")
                               .arg(QLatin1String(RowColumns)));
    q.addBindValue(rowId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return rowFrom(q);
}

QHash<QByteArray, AuditRow> AuditIndex::users() const
{
    QHash<QByteArray, AuditRow> out;
    QSqlQuery q = d->query(QStringLiteral("SELECT user_key, name, role, org FROM users"));
    if (!q.exec())
        return out;
    while (q.next()) {
        AuditRow r;
        r.userKey = q.value(0).toByteArray();
        r.userName = q.value(1).toString();
        r.role = q.value(2).toString();
        r.org = q.value(3).toString();
        out.insert(r.userKey, r);
    }
    return out;
}

QString AuditIndex::orgName(const QString &orgId) const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT name FROM orgs WHERE id = ?"));
    q.addBindValue(orgId);
    return q.exec() && q.next() ? q.value(0).toString() : orgId;
}

void AuditIndex::forEachAccess(const std::function<void(const AuditRow &)> &visit) const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT %1 FROM events e JOIN txs t ON t.log_index = e.log_index"
                                          " LEFT JOIN users u ON u.user_key = e.user_key"
                                          " WHERE e.action < %2 AND e.code = 0 ORDER BY e.time_ms, e.id")
                               .arg(QLatin1String(RowColumns))
                               .arg(AuditAction::TxTypeBase));
    q.setForwardOnly(true);
    if (!q.exec())
        return;
    while (q.next())
        visit(rowFrom(q));
}

QList<TreatmentRelation> AuditIndex::relations(const QString &patientId) const
{
    QList<TreatmentRelation> out;
    QSqlQuery q = d->query(QStringLiteral("SELECT org, kind, from_ms, until_ms FROM relations WHERE patient_id = ?"));
    q.addBindValue(patientId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(TreatmentRelation{q.value(0).toString(), q.value(1).toString(), q.value(2).toULongLong(),
                                     q.value(3).toULongLong()});
    return out;
}

QList<AuditReview> AuditIndex::reviews(const QString &org) const
{
    QList<AuditReview> out;
    QSqlQuery q = d->query(QStringLiteral("SELECT r.log_index, r.flag_id, r.status, r.author, r.time_ms, r.body FROM reviews r"
                                          " JOIN users u ON u.user_key = r.author WHERE u.org = ? ORDER BY r.log_index"));
    q.addBindValue(org);
    if (!q.exec())
        return out;
    while (q.next()) {
        auto body = ComplianceReview::decode(q.value(5).toByteArray());
        if (!body)
            continue;
        out.append(AuditReview{q.value(1).toByteArray(), q.value(0).toULongLong(), ReviewStatus(q.value(2).toInt()),
                               q.value(3).toByteArray(), q.value(4).toULongLong(), *body});
    }
    return out;
}

std::optional<QPair<QByteArray, SignedHeader>> AuditIndex::stored(quint64 logIndex) const
{
    QSqlQuery q = d->query(QStringLiteral("SELECT t.bytes, b.header FROM txs t JOIN blocks b ON b.height = t.height"
                                          " WHERE t.log_index = ?"));
    q.addBindValue(qint64(logIndex));
    if (!q.exec() || !q.next())
        return std::nullopt;
    auto header = SignedHeader::decode(q.value(1).toByteArray());
    if (!header)
        return std::nullopt;
    return QPair<QByteArray, SignedHeader>(q.value(0).toByteArray(), *header);
}

AuditEntryCheck AuditIndex::verify(const AuditRow &row, const HeaderVerifier &verifier, const TrustedState &trusted,
                                   const QList<QByteArray> &inclusionProof) const
{
    AuditEntryCheck out;
    out.logIndex = row.logIndex;
    out.height = row.height;
    out.members = verifier.config().signerCount();
    out.provenAtHeight = trusted.height;
    const auto entry = stored(row.logIndex);
    if (!entry) {
        out.problem = QStringLiteral("unknown");
        return out;
    }
    const auto &[bytes, header] = *entry;
    out.blockSigners = header.validSignatureCount(verifier.config());
    if (Status st = verifier.checkSignatures(header); !st) {
        out.problem = st.error().code;
        return out;
    }
    // The row must be exactly what the stored transaction says, in the block it is filed under.
    const quint64 previousSize = [&] {
        QSqlQuery q = d->query(QStringLiteral("SELECT log_size FROM blocks WHERE height = ?"));
        q.addBindValue(qint64(header.header.height) - 1);
        return q.exec() && q.next() ? q.value(0).toULongLong() : 0;
    }();
    const StatelessCheck s = d->contract.checkStateless(bytes);
    bool matches = s.reason == Reason::Ok && header.header.height == row.height && row.logIndex >= previousSize
        && row.logIndex < header.header.logSize;
    if (matches) {
        const QList<AuditRow> expected = rowsOf(s.checked, row.logIndex, row.height, row.code);
        matches = std::any_of(expected.cbegin(), expected.cend(), [&](const AuditRow &e) { return sameEntry(e, row); });
        QSqlQuery code = d->query(QStringLiteral("SELECT code FROM txs WHERE log_index = ?"));
        code.addBindValue(qint64(row.logIndex));
        matches = matches && code.exec() && code.next() && code.value(0).toUInt() == row.code;
    }
    if (!matches) {
        out.problem = QStringLiteral("altered_locally");
        return out;
    }
    if (Status st = verifier.verifyTransaction(trusted, bytes, row.logIndex, inclusionProof); !st) {
        out.problem = QStringLiteral("bad_proof");
        return out;
    }
    out.ok = true;
    return out;
}

} // namespace careledger
