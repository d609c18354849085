#pragma once

#include "core/Result.h"
#include "crypto/SecureBuffer.h"
#include "rpm/DeviceReading.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace careledger {

// The full node's durable inbox of device readings, between the moment a
// device is told "accepted" and the moment the reading is final on chain in a
// VitalsBatch. A SQLite file of its own in the data directory (WAL, fsync on
// every commit); each reading sealed (XChaCha20-Poly1305, a key derived from
// the org key) so no PHI lies on disk in clear. Also keeps, per device and
// measure, the newest effective time accepted: a replayed or out-of-order
// reading is refused.
class ReadingSpool {
public:
    struct Entry {
        qint64 id = 0;
        DeviceReading reading;
        QByteArray batchTx; // the VitalsBatch submitted with it; empty while waiting
    };

    static Result<std::unique_ptr<ReadingSpool>> open(const QString &path, SecureBuffer sealKey);
    ~ReadingSpool();
    ReadingSpool(const ReadingSpool &) = delete;
    ReadingSpool &operator=(const ReadingSpool &) = delete;

    // The newest effective time accepted from this device for this measure; 0 if none.
    quint64 lastAccepted(const QString &deviceId, const QString &loinc) const;
    // All of them durably, in one transaction, or none. Each reading must be
    // newer than the last accepted of its device and measure (error "replay").
    Result<QList<Entry>> append(const QList<DeviceReading> &readings);
    // Everything not yet final, oldest first (what a restart picks up).
    Result<QList<Entry>> pending() const;
    Status markBatched(const QList<qint64> &ids, const QByteArray &txId);
    Status unmark(const QList<qint64> &ids);
    Status remove(const QList<qint64> &ids);

private:
    ReadingSpool(QSqlDatabase db, SecureBuffer sealKey);
    Status exec(const QString &sql, const QList<qint64> &ids, const QByteArray &txId = {});
    static QString markKey(const QString &deviceId, const QString &loinc) { return deviceId + QChar(0) + loinc; }

    QSqlDatabase m_db;
    SecureBuffer m_sealKey;
    QHash<QString, quint64> m_marks;
};

} // namespace careledger
