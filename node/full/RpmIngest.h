#pragma once

#include "ReadingSpool.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "crypto/SecureBuffer.h"
#include "rpm/DeviceReading.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace careledger {

class FullNode;

struct RpmOptions {
    int batchReadings = 200;     // a patient's readings become a VitalsBatch once this many wait…
    int batchIntervalMs = 2000;  // …or the oldest has waited this long
    int commitIntervalMs = 2;    // readings arriving within this share one durable commit (group commit)
};

// Device readings into the ledger. A device posts signed FHIR Observations;
// check() verifies each against the device's binding on chain (registered,
// bound to this node's org, active at the reading's time) and its signature;
// enqueue() makes them durable (ReadingSpool) and only then answers. Readings
// then wait per patient until batchReadings or batchIntervalMs, and go to the
// block producer as one VitalsBatch, sealed for the patient and the org and
// signed with the org key. A reading leaves the spool only once its batch is
// final; after a restart, what was spooled is batched again.
class RpmIngest : public QObject {
    Q_OBJECT
public:
    static constexpr int MaxReadingsPerPost = 500;
    static constexpr qint64 MaxFutureSkewMs = 5 * 60 * 1000;

    // Refusals of check(): error codes and the HTTP status they map to.
    enum class Refusal { Malformed, UnknownDevice, BadSignature, NotBound, Inactive, Replay, Unavailable };
    static Refusal refusalOf(const Error &error);

    RpmIngest(FullNode &node, std::unique_ptr<ReadingSpool> spool, SecureBuffer orgSecretKey, RpmOptions options,
              const Clock &clock);
    ~RpmIngest() override;

    // Picks up what a previous run spooled: batches that became final are
    // dropped, the rest waits to be batched again. Call once, before serving.
    Status recover();

    // A device's post: one Observation, or a Bundle of them (≤ MaxReadingsPerPost),
    // all from one device. All or nothing.
    Result<QList<DeviceReading>> check(const QByteArray &body) const;
    // Calls `done` once the readings are durable (or failed to be).
    void enqueue(const QList<DeviceReading> &readings, std::function<void(const Status &)> done);

    qsizetype waitingReadings() const; // spooled, not yet final
    quint64 recordedReadings() const { return m_recorded; }
    quint64 recordedBatches() const { return m_batches; }

    // Cuts every waiting batch now (tests, shutdown).
    void flush();

signals:
    void batchFinal(const QString &patientId, int readings);
    void batchRefused(const QString &patientId, int readings, const QString &reason);

private:
    struct Waiting {
        QList<ReadingSpool::Entry> entries;
        qint64 sinceMs = 0;
    };
    struct Queued {
        QList<DeviceReading> readings;
        std::function<void(const Status &)> done;
    };
    void commitQueued();
    void cutDue(bool all);
    bool submitBatch(const QString &patientId, QList<ReadingSpool::Entry> entries);
    Result<QPair<QByteArray, QByteArray>> sealBatch(const QString &patientId, const QList<ReadingSpool::Entry> &entries);

    FullNode &m_node;
    std::unique_ptr<ReadingSpool> m_spool;
    SecureBuffer m_orgKey;
    RpmOptions m_options;
    const Clock &m_clock;
    QList<Queued> m_queue;
    QTimer m_commitTimer;
    QTimer m_batchTimer;
    QHash<QString, Waiting> m_waiting; // by patient
    qsizetype m_inFlight = 0;          // readings in batches submitted, not yet final
    quint64 m_recorded = 0;
    quint64 m_batches = 0;
};

} // namespace careledger
