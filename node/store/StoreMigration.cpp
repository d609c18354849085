#include "StoreMigration.h"

#include "LedgerStore.h"
#include "ledger/MerkleLog.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace careledger {

namespace {

Error migrationError(const QString &code, const QString &sentence)
{
    return makeError(code, sentence);
}

Error sqlError(const QSqlError &e, const QString &what)
{
    QString detail = e.databaseText().trimmed();
    if (detail.isEmpty())
        detail = e.driverText().trimmed();
    return migrationError(QStringLiteral("sql"), QStringLiteral("Migration: %1 failed: %2.").arg(what, detail));
}

// The tables of a connection that belong to the ledger (not the schema
// version, which LedgerStore keeps itself, nor SQLite's own).
QSet<QString> ledgerTables(const QSqlDatabase &db)
{
    QSet<QString> out;
    for (const QString &t : db.tables())
        if (t != QLatin1String("schema_version") && !t.startsWith(QLatin1String("sqlite_")))
            out.insert(t);
    return out;
}

Result<qint64> countRows(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return sqlError(q.lastError(), QStringLiteral("counting the rows of %1").arg(table));
    return q.value(0).toLongLong();
}

// A source value as the target column's type: SQLite's dynamic typing must
// not reach PostgreSQL (a BLOB column holding text, an integer as a string).
QVariant asColumnType(const QVariant &value, QMetaType type)
{
    if (value.isNull())
        return QVariant(type);
    switch (type.id()) {
    case QMetaType::QByteArray: {
        // An empty value is not NULL (SQLite hands zero-length BLOBs back as null QByteArrays).
        const QByteArray b = value.toByteArray();
        return b.isNull() ? QVariant(QByteArray("")) : QVariant(b);
    }
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QVariant(value.toLongLong());
    case QMetaType::QString: {
        const QString t = value.toString();
        return t.isNull() ? QVariant(QStringLiteral("")) : QVariant(t);
    }
    default:
        return value;
    }
}

// Copies one table's rows in rowid order; write() runs each insert on the target.
template <typename Write>
Status copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table, qint64 *copied, Write write)
{
    const QSqlRecord sourceColumns = from.record(table);
    const QSqlRecord targetColumns = to.record(table);
    QStringList columns;
    QList<QMetaType> types;
    for (int i = 0; i < sourceColumns.count(); ++i) {
        const QString name = sourceColumns.fieldName(i);
        const int t = targetColumns.indexOf(name);
        if (t < 0)
            return migrationError(QStringLiteral("schema"),
                                  QStringLiteral("Migration: the target's table %1 has no column %2.").arg(table, name));
        columns.append(name);
        types.append(targetColumns.field(t).metaType());
    }
    if (targetColumns.count() != sourceColumns.count())
        return migrationError(QStringLiteral("schema"),
                              QStringLiteral("Migration: table %1 has %2 columns in the source but %3 in the target.")
                                  .arg(table)
                                  .arg(sourceColumns.count())
                                  .arg(targetColumns.count()));

    QSqlQuery select(from);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(columns.join(QStringLiteral(", ")), table)))
        return sqlError(select.lastError(), QStringLiteral("reading %1").arg(table));
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    QSqlQuery insert(to);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                            .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")))))
        return sqlError(insert.lastError(), QStringLiteral("preparing the copy of %1").arg(table));
    *copied = 0;
    while (select.next()) {
        for (int i = 0; i < columns.size(); ++i)
            insert.bindValue(i, asColumnType(select.value(i), types.at(i)));
        if (Status st = write(insert); !st)
            return st;
        ++*copied;
    }
    if (select.lastError().isValid())
        return sqlError(select.lastError(), QStringLiteral("reading %1").arg(table));
    return {};
}

QByteArray logRootOf(const QList<QByteArray> &leaves)
{
    MerkleLog log;
    for (const QByteArray &leaf : leaves)
        log.appendLeafHash(leaf);
    return log.root();
}

} // namespace

const QStringList &StoreMigration::tables()
{
    // blocks before txs (txs.height references it); wrapped_keys' reference
    // to records is checked at commit, but records go first anyway.
    static const QStringList order = {
        QStringLiteral("meta"),        QStringLiteral("blocks"),    QStringLiteral("txs"),
        QStringLiteral("users"),       QStringLiteral("patients"),  QStringLiteral("records"),
        QStringLiteral("wrapped_keys"), QStringLiteral("consents"), QStringLiteral("referrals"),
        QStringLiteral("payloads"),    QStringLiteral("access_log"), QStringLiteral("credentials"),
        QStringLiteral("devices"),
        QStringLiteral("configs"),
    };
    return order;
}

Result<StoreMigration::Summary> StoreMigration::copy(LedgerStore &source, LedgerStore &target)
{
    if (source.isPostgres() || !target.isPostgres())
        return migrationError(QStringLiteral("usage"),
                              QStringLiteral("Migration copies a SQLite store into a PostgreSQL database only."));
    QSqlDatabase from = source.connection();
    QSqlDatabase to = target.connection();
    const QSet<QString> expected(tables().cbegin(), tables().cend());

    for (const QString &t : ledgerTables(from))
        if (!expected.contains(t))
            return migrationError(QStringLiteral("schema"),
                                  QStringLiteral("Migration: the source has a table %1 this version does not know how "
                                                 "to copy.")
                                      .arg(t));
    for (const QString &t : ledgerTables(to))
        if (!expected.contains(t))
            return migrationError(QStringLiteral("not_empty"),
                                  QStringLiteral("The target database holds a table %1 that is not CareLedger's; "
                                                 "migrate into a new, empty database.")
                                      .arg(t));
    for (const QString &t : tables()) {
        auto rows = countRows(to, t);
        if (!rows)
            return rows.error();
        if (*rows != 0)
            return migrationError(QStringLiteral("not_empty"),
                                  QStringLiteral("The target database is not empty (its table %1 holds %2 rows); "
                                                 "migrate only into a new, empty database.")
                                      .arg(t)
                                      .arg(*rows));
    }

    // The source is read in one transaction (one snapshot); the target is written in another.
    if (Status st = source.begin(); !st)
        return st.error();
    if (Status st = target.begin(); !st) {
        source.rollback();
        return st.error();
    }
    const auto abandon = [&](const Error &e) -> Result<Summary> {
        target.rollback();
        source.rollback();
        return e;
    };

    Summary summary;
    const auto write = [&target](QSqlQuery &insert) { return target.writeRow(insert, "copying a row"); };
    for (const QString &t : tables()) {
        qint64 copied = 0;
        if (Status st = copyTable(from, to, t, &copied, write); !st)
            return abandon(st.error());
        summary.tables.append({t, copied});
    }

    // New access-log rows continue after the copied ids (SQLite never reuses one either).
    {
        QSqlQuery q(from);
        qint64 next = 0;
        if (q.exec(QStringLiteral("SELECT MAX(seq) FROM sqlite_sequence WHERE name = 'access_log'")) && q.next())
            next = q.value(0).toLongLong();
        if (q.exec(QStringLiteral("SELECT MAX(id) FROM access_log")) && q.next())
            next = std::max(next, q.value(0).toLongLong());
        if (next > 0) {
            QSqlQuery s(to);
            if (!s.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('access_log', 'id'), %1)").arg(next)))
                return abandon(sqlError(s.lastError(), QStringLiteral("advancing the access log's id sequence")));
        }
    }

    // Re-check before committing: a mismatch commits nothing.
    for (const TableRows &copied : summary.tables) {
        auto inSource = countRows(from, copied.table);
        auto inTarget = countRows(to, copied.table);
        if (!inSource)
            return abandon(inSource.error());
        if (!inTarget)
            return abandon(inTarget.error());
        if (*inSource != *inTarget || *inSource != copied.rows)
            return abandon(migrationError(QStringLiteral("mismatch"),
                                          QStringLiteral("Migration: table %1 has %2 rows in the source but %3 in the "
                                                         "target; nothing was committed.")
                                              .arg(copied.table)
                                              .arg(*inSource)
                                              .arg(*inTarget)));
    }
    summary.tipHeight = source.tipHeight();
    if (target.tipHeight() != summary.tipHeight)
        return abandon(migrationError(QStringLiteral("mismatch"),
                                      QStringLiteral("Migration: the target's tip differs from the source's; nothing "
                                                     "was committed.")));
    if (summary.tipHeight) {
        auto a = source.signedHeader(*summary.tipHeight);
        auto b = target.signedHeader(*summary.tipHeight);
        if (!a)
            return abandon(a.error());
        if (!b)
            return abandon(b.error());
        if (a->header.hash() != b->header.hash())
            return abandon(migrationError(QStringLiteral("mismatch"),
                                          QStringLiteral("Migration: the target's tip block differs from the "
                                                         "source's; nothing was committed.")));
    }
    const QList<QByteArray> leaves = source.leafHashes();
    summary.logSize = quint64(leaves.size());
    summary.logRoot = logRootOf(leaves);
    if (logRootOf(target.leafHashes()) != summary.logRoot)
        return abandon(migrationError(QStringLiteral("mismatch"),
                                      QStringLiteral("Migration: the target's transaction log root differs from the "
                                                     "source's; nothing was committed.")));
    if (Status st = source.pendingError(); !st)
        return abandon(st.error());

    if (Status st = target.commit(); !st) {
        source.rollback();
        return st.error();
    }
    source.rollback(); // only read
    return summary;
}

} // namespace careledger
