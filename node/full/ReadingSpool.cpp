#include "ReadingSpool.h"

#include "crypto/Aead.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace careledger {

namespace {
Error sqlError(const QSqlError &e, const QString &what)
{
    return makeError(QStringLiteral("storage"), QStringLiteral("reading spool, %1: %2").arg(what, e.text()));
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}
} // namespace

ReadingSpool::ReadingSpool(QSqlDatabase db, SecureBuffer sealKey) : m_db(std::move(db)), m_sealKey(std::move(sealKey)) {}

ReadingSpool::~ReadingSpool()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<ReadingSpool>> ReadingSpool::open(const QString &path, SecureBuffer sealKey)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                QStringLiteral("rpm-spool-") + QUuid::createUuid().toString(QUuid::Id128));
    db.setDatabaseName(path);
    std::unique_ptr<ReadingSpool> spool(new ReadingSpool(db, std::move(sealKey)));
    if (!db.open())
        return sqlError(db.lastError(), QStringLiteral("opening ") + path);
    QSqlQuery q(db);
    // FULL: a reading is acknowledged only after its commit reached the disk.
    for (const char *sql : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                            "CREATE TABLE IF NOT EXISTS readings (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " patient_id TEXT NOT NULL, device_id TEXT NOT NULL, sealed BLOB NOT NULL, batch_tx BLOB)",
                            "CREATE TABLE IF NOT EXISTS marks (device_id TEXT NOT NULL, loinc TEXT NOT NULL,"
                            " last_ms INTEGER NOT NULL, PRIMARY KEY (device_id, loinc))"})
        if (!q.exec(QString::fromLatin1(sql)))
            return sqlError(q.lastError(), QStringLiteral("preparing the schema"));
    if (!q.exec(QStringLiteral("SELECT device_id, loinc, last_ms FROM marks")))
        return sqlError(q.lastError(), QStringLiteral("reading the marks"));
    while (q.next())
        spool->m_marks.insert(markKey(q.value(0).toString(), q.value(1).toString()), q.value(2).toULongLong());
    return spool;
}

quint64 ReadingSpool::lastAccepted(const QString &deviceId, const QString &loinc) const
{
    return m_marks.value(markKey(deviceId, loinc));
}

Result<QList<ReadingSpool::Entry>> ReadingSpool::append(const QList<DeviceReading> &readings)
{
    QHash<QString, quint64> marks;
    for (qsizetype i = 0; i < readings.size(); ++i) {
        const DeviceReading &r = readings[i];
        const QString key = markKey(r.deviceId, r.loinc);
        const quint64 last = marks.contains(key) ? marks.value(key) : m_marks.value(key);
        if (r.effectiveMs <= last)
            return makeError(QStringLiteral("replay"),
                             QStringLiteral("reading %1 of device %2 (%3) is not newer than one already accepted")
                                 .arg(i)
                                 .arg(r.deviceId, r.loinc));
        marks.insert(key, r.effectiveMs);
    }
    if (!m_db.transaction())
        return sqlError(m_db.lastError(), QStringLiteral("starting a transaction"));
    QList<Entry> out;
    out.reserve(readings.size());
    QSqlQuery insert(m_db);
    QSqlQuery mark(m_db);
    bool ok = insert.prepare(QStringLiteral("INSERT INTO readings (patient_id, device_id, sealed) VALUES (?, ?, ?)"))
              && mark.prepare(QStringLiteral("INSERT INTO marks (device_id, loinc, last_ms) VALUES (?, ?, ?)"
                                             " ON CONFLICT (device_id, loinc) DO UPDATE SET last_ms = excluded.last_ms"));
    for (qsizetype i = 0; ok && i < readings.size(); ++i) {
        const DeviceReading &r = readings[i];
        insert.bindValue(0, r.patientId);
        insert.bindValue(1, r.deviceId);
        // The device id is the associated data: a sealed reading moved to another device's row does not open.
        insert.bindValue(2, Aead::encrypt(m_sealKey, QJsonDocument(r.toObservation()).toJson(QJsonDocument::Compact),
                                          r.deviceId.toUtf8()));
        ok = insert.exec();
        if (ok)
            out.append(Entry{insert.lastInsertId().toLongLong(), r, {}});
    }
    for (auto it = marks.cbegin(); ok && it != marks.cend(); ++it) {
        const qsizetype split = it.key().indexOf(QChar(0));
        mark.bindValue(0, it.key().left(split));
        mark.bindValue(1, it.key().mid(split + 1));
        mark.bindValue(2, qint64(it.value()));
        ok = mark.exec();
    }
    const QSqlError failed = ok ? QSqlError() : (insert.lastError().isValid() ? insert.lastError() : mark.lastError());
    if (!ok || !m_db.commit()) {
        const QSqlError e = ok ? m_db.lastError() : failed;
        m_db.rollback();
        return sqlError(e, QStringLiteral("storing readings"));
    }
    m_marks.insert(marks);
    return out;
}

Result<QList<ReadingSpool::Entry>> ReadingSpool::pending() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, device_id, sealed, batch_tx FROM readings ORDER BY id")))
        return sqlError(q.lastError(), QStringLiteral("reading the spool"));
    QList<Entry> out;
    while (q.next()) {
        auto plain = Aead::decrypt(m_sealKey, q.value(2).toByteArray(), q.value(1).toString().toUtf8());
        if (!plain)
            return makeError(QStringLiteral("corrupt"),
                             QStringLiteral("spooled reading %1 does not open with this node's key").arg(q.value(0).toLongLong()));
        auto reading = DeviceReading::fromObservation(QJsonDocument::fromJson(*plain).object());
        plain->fill('\0');
        if (!reading)
            return makeError(QStringLiteral("corrupt"), QStringLiteral("spooled reading %1: %2")
                                                            .arg(q.value(0).toLongLong())
                                                            .arg(reading.error().message));
        out.append(Entry{q.value(0).toLongLong(), *reading, q.value(3).toByteArray()});
    }
    return out;
}

Status ReadingSpool::exec(const QString &sql, const QList<qint64> &ids, const QByteArray &txId)
{
    if (ids.isEmpty())
        return {};
    QSqlQuery q(m_db);
    // The ids are integers of our own making: safe to inline, and one statement per batch.
    if (!q.prepare(sql.arg(idList(ids))))
        return sqlError(q.lastError(), QStringLiteral("preparing an update"));
    if (!txId.isNull())
        q.bindValue(0, txId);
    if (!q.exec())
        return sqlError(q.lastError(), QStringLiteral("updating readings"));
    return {};
}

Status ReadingSpool::markBatched(const QList<qint64> &ids, const QByteArray &txId)
{
    return exec(QStringLiteral("UPDATE readings SET batch_tx = ? WHERE id IN (%1)"), ids, txId);
}

Status ReadingSpool::unmark(const QList<qint64> &ids)
{
    return exec(QStringLiteral("UPDATE readings SET batch_tx = NULL WHERE id IN (%1)"), ids);
}

Status ReadingSpool::remove(const QList<qint64> &ids)
{
    return exec(QStringLiteral("DELETE FROM readings WHERE id IN (%1)"), ids);
}

} // namespace careledger
