#include "RpmIngest.h"

#include "FullNode.h"
#include "rpm/VitalsBundle.h"
#include "ledger/Transaction.h"
#include "store/LedgerStore.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace careledger {

Q_LOGGING_CATEGORY(lcRpm, "careledger.rpm")

namespace {
Error refuse(const char *code, const QString &message)
{
    return makeError(QString::fromLatin1(code), message);
}

QList<qint64> idsOf(const QList<ReadingSpool::Entry> &entries)
{
    QList<qint64> ids;
    ids.reserve(entries.size());
    for (const ReadingSpool::Entry &e : entries)
        ids.append(e.id);
    return ids;
}
} // namespace

RpmIngest::Refusal RpmIngest::refusalOf(const Error &error)
{
    static const QHash<QString, Refusal> byCode{
        {QStringLiteral("malformed"), Refusal::Malformed},   {QStringLiteral("unknown_device"), Refusal::UnknownDevice},
        {QStringLiteral("bad_signature"), Refusal::BadSignature}, {QStringLiteral("device_not_bound"), Refusal::NotBound},
        {QStringLiteral("device_inactive"), Refusal::Inactive}, {QStringLiteral("replay"), Refusal::Replay},
    };
    return byCode.value(error.code, Refusal::Unavailable);
}

RpmIngest::RpmIngest(FullNode &node, std::unique_ptr<ReadingSpool> spool, SecureBuffer orgSecretKey, RpmOptions options,
                     const Clock &clock)
    : m_node(node), m_spool(std::move(spool)), m_orgKey(std::move(orgSecretKey)), m_options(options), m_clock(clock)
{
    m_options.batchReadings = qBound(1, m_options.batchReadings, 1000); // 1000 Observations stay well under a record's 1 MiB
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(m_options.commitIntervalMs);
    connect(&m_commitTimer, &QTimer::timeout, this, &RpmIngest::commitQueued);
    m_batchTimer.setInterval(qBound(10, m_options.batchIntervalMs / 4, 250));
    connect(&m_batchTimer, &QTimer::timeout, this, [this] { cutDue(false); });
    m_batchTimer.start();
}

RpmIngest::~RpmIngest()
{
    // Whatever is still queued was never acknowledged: tell the callers so.
    for (const Queued &q : std::as_const(m_queue))
        q.done(makeError(QStringLiteral("unavailable"), QStringLiteral("the node is shutting down")));
}

Status RpmIngest::recover()
{
    auto pending = m_spool->pending();
    if (!pending)
        return pending.error();
    QList<qint64> done;
    QList<qint64> retry;
    const qint64 now = m_clock.nowMs();
    for (const ReadingSpool::Entry &e : std::as_const(*pending)) {
        if (!e.batchTx.isEmpty()) {
            const auto tx = m_node.readStore().transactionById(e.batchTx);
            if (tx && tx->code == 0) {
                done.append(e.id);
                continue;
            }
            retry.append(e.id);
        }
        Waiting &w = m_waiting[e.reading.patientId];
        if (w.entries.isEmpty())
            w.sinceMs = now;
        w.entries.append(ReadingSpool::Entry{e.id, e.reading, {}});
    }
    if (Status st = m_spool->remove(done); !st)
        return st;
    if (Status st = m_spool->unmark(retry); !st)
        return st;
    if (!pending->isEmpty())
        qCInfo(lcRpm) << "recovered" << pending->size() - done.size() << "spooled readings;" << done.size()
                      << "were already final";
    return {};
}

Result<QList<DeviceReading>> RpmIngest::check(const QByteArray &body) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject())
        return refuse("malformed", QStringLiteral("the body is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    QList<QJsonObject> observations;
    if (root.value(QLatin1String("resourceType")).toString() == QLatin1String("Bundle")) {
        for (const QJsonValue &e : root.value(QLatin1String("entry")).toArray())
            observations.append(e.toObject().value(QLatin1String("resource")).toObject());
    } else {
        observations.append(root);
    }
    if (observations.isEmpty() || observations.size() > MaxReadingsPerPost)
        return refuse("malformed", QStringLiteral("a post carries 1 to %1 Observations, not %2")
                                       .arg(MaxReadingsPerPost)
                                       .arg(observations.size()));
    QList<DeviceReading> readings;
    readings.reserve(observations.size());
    for (qsizetype i = 0; i < observations.size(); ++i) {
        auto r = DeviceReading::fromObservation(observations[i]);
        if (!r)
            return refuse("malformed", QStringLiteral("Observation %1: %2").arg(i).arg(r.error().message));
        if (!readings.isEmpty() && r->deviceId != readings.first().deviceId)
            return refuse("malformed", QStringLiteral("a post carries the readings of one device"));
        readings.append(*r);
    }

    const QString deviceId = readings.first().deviceId;
    const auto device = m_node.readStore().device(deviceId);
    if (!device)
        return refuse("unknown_device", QStringLiteral("no device %1 is registered on the ledger").arg(deviceId));
    if (device->org != m_node.orgId())
        return refuse("device_not_bound",
                      QStringLiteral("device %1 reports to another organisation's node (%2)").arg(deviceId, device->org));
    const quint64 latest = quint64(m_clock.nowMs() + MaxFutureSkewMs);
    for (qsizetype i = 0; i < readings.size(); ++i) {
        const DeviceReading &r = readings[i];
        if (!r.verify(device->deviceKey))
            return refuse("bad_signature",
                          QStringLiteral("Observation %1: the signature is not device %2's").arg(i).arg(deviceId));
        if (r.patientId != device->patientId)
            return refuse("device_not_bound", QStringLiteral("Observation %1: device %2 is not bound to this patient")
                                                  .arg(i)
                                                  .arg(deviceId));
        if (r.effectiveMs > latest)
            return refuse("malformed", QStringLiteral("Observation %1 is dated in the future").arg(i));
        if (!device->activeAt(r.effectiveMs))
            return refuse("device_inactive", device->revoked
                                                 ? QStringLiteral("device %1's binding was revoked").arg(deviceId)
                                                 : QStringLiteral("Observation %1 lies outside device %2's binding")
                                                       .arg(i)
                                                       .arg(deviceId));
        if (r.effectiveMs <= m_spool->lastAccepted(r.deviceId, r.loinc))
            return refuse("replay", QStringLiteral("Observation %1 is not newer than one already accepted from device %2")
                                        .arg(i)
                                        .arg(deviceId));
    }
    return readings;
}

void RpmIngest::enqueue(const QList<DeviceReading> &readings, std::function<void(const Status &)> done)
{
    m_queue.append(Queued{readings, std::move(done)});
    if (!m_commitTimer.isActive())
        m_commitTimer.start();
}

// One durable commit for every post that arrived since the last: fsync is the
// cost, so it is paid once per group, not once per reading. A post whose
// readings would replay (two posts racing with the same reading) fails alone.
void RpmIngest::commitQueued()
{
    const QList<Queued> queue = std::exchange(m_queue, {});
    QList<DeviceReading> all;
    for (const Queued &q : queue)
        all.append(q.readings);
    auto stored = m_spool->append(all);
    if (!stored && stored.error().code == QLatin1String("replay") && queue.size() > 1) {
        // Rare: commit post by post so only the offending one is refused.
        for (const Queued &q : queue) {
            m_queue = {q};
            commitQueued();
        }
        return;
    }
    const qint64 now = m_clock.nowMs();
    if (stored) {
        for (const ReadingSpool::Entry &e : std::as_const(*stored)) {
            Waiting &w = m_waiting[e.reading.patientId];
            if (w.entries.isEmpty())
                w.sinceMs = now;
            w.entries.append(e);
        }
    }
    const Status status = stored ? Status() : Status(stored.error());
    for (const Queued &q : queue)
        q.done(status);
    cutDue(false);
}

qsizetype RpmIngest::waitingReadings() const
{
    qsizetype n = m_inFlight;
    for (const Waiting &w : m_waiting)
        n += w.entries.size();
    return n;
}

void RpmIngest::flush()
{
    if (m_commitTimer.isActive()) {
        m_commitTimer.stop();
        commitQueued();
    }
    cutDue(true);
}

void RpmIngest::cutDue(bool all)
{
    const qint64 now = m_clock.nowMs();
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        Waiting &w = it.value();
        bool submitted = true; // a batch that cannot be built now is retried at the next interval
        while (submitted && w.entries.size() >= m_options.batchReadings) {
            const QList<ReadingSpool::Entry> full = w.entries.mid(0, m_options.batchReadings);
            w.entries.remove(0, m_options.batchReadings);
            submitted = submitBatch(it.key(), full);
        }
        if (submitted && !w.entries.isEmpty() && (all || now - w.sinceMs >= m_options.batchIntervalMs))
            submitBatch(it.key(), std::exchange(w.entries, {}));
        if (w.entries.isEmpty())
            it = m_waiting.erase(it);
        else
            ++it;
    }
}

// The readings sealed for the patient and this org, in a VitalsBatch signed
// with the org key.
Result<QPair<QByteArray, QByteArray>> RpmIngest::sealBatch(const QString &patientId,
                                                          const QList<ReadingSpool::Entry> &entries)
{
    const auto patient = m_node.readStore().patient(patientId);
    const auto member = m_node.config().member(m_node.orgId());
    if (!patient || !member)
        return makeError(QStringLiteral("unknown_patient"), QStringLiteral("the patient or this org is not on the ledger"));
    QList<DeviceReading> readings;
    for (const ReadingSpool::Entry &e : entries)
        readings.append(e.reading);
    const SealedVitals sealed = VitalsBundle::seal(readings, patientId, patient->signKey, m_node.orgId(), member->dataKey);
    const Transaction tx = Transaction::make(TxType::VitalsBatch, m_node.config().networkId(), m_node.orgId(),
                                             sealed.batch.encode(), member->orgKey, m_orgKey, quint64(m_clock.nowMs()));
    return QPair<QByteArray, QByteArray>(tx.encode(), sealed.ciphertext);
}

bool RpmIngest::submitBatch(const QString &patientId, QList<ReadingSpool::Entry> entries)
{
    auto sealed = sealBatch(patientId, entries);
    const StatelessCheck checked = sealed ? m_node.contract().checkStateless(sealed->first) : StatelessCheck{};
    const QList<qint64> ids = idsOf(entries);
    if (!sealed || checked.reason != Reason::Ok
        || !m_spool->markBatched(ids, checked.checked.txId)) {
        qCWarning(lcRpm) << "cannot build a vitals batch:"
                         << (sealed ? reasonCode(checked.reason) : sealed.error().message) << "- will retry";
        Waiting &w = m_waiting[patientId];
        w.entries = entries + w.entries;
        w.sinceMs = m_clock.nowMs();
        return false;
    }
    m_inFlight += entries.size();
    auto *watcher = new QFutureWatcher<QList<SubmissionResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, patientId, entries, ids] {
        watcher->deleteLater();
        m_inFlight -= entries.size();
        const SubmissionResult result =
            watcher->result().value(0, SubmissionResult::failed({}, QStringLiteral("no answer from the block producer")));
        if (result.isFinal()) {
            if (Status st = m_spool->remove(ids); !st)
                qCWarning(lcRpm).noquote() << st.error().message; // harmless: recover() drops final ones
            m_recorded += quint64(entries.size());
            ++m_batches;
            emit batchFinal(patientId, int(entries.size()));
            return;
        }
        if (!result.error.isEmpty()) { // the node's own storage: try again later
            qCWarning(lcRpm).noquote() << "vitals batch not recorded:" << result.error << "- will retry";
            (void)m_spool->unmark(ids);
            Waiting &w = m_waiting[patientId];
            if (w.entries.isEmpty())
                w.sinceMs = m_clock.nowMs();
            w.entries = entries + w.entries;
            return;
        }
        // The contract refused it: a device lost its binding meanwhile. Keep
        // the readings whose devices still hold theirs; drop the rest, loudly.
        QList<ReadingSpool::Entry> keep;
        QList<qint64> dropped;
        for (const ReadingSpool::Entry &e : entries) {
            const auto device = m_node.readStore().device(e.reading.deviceId);
            if (device && device->patientId == patientId && device->org == m_node.orgId()
                && device->activeAt(e.reading.effectiveMs) && result.reason != Reason::DuplicateRecord)
                keep.append(e);
            else
                dropped.append(e.id);
        }
        if (keep.size() == entries.size()) { // nothing to blame on a device: do not loop
            keep.clear();
            dropped = ids;
        }
        qCWarning(lcRpm).noquote() << "vitals batch refused:" << reasonCode(result.reason) << "-" << dropped.size()
                                   << "readings dropped," << keep.size() << "batched again";
        (void)m_spool->remove(dropped);
        emit batchRefused(patientId, int(dropped.size()), reasonCode(result.reason));
        if (!keep.isEmpty())
            submitBatch(patientId, keep);
    });
    watcher->setFuture(m_node.producer().submit({Submission{checked.checked, sealed->second}}));
    return true;
}

} // namespace careledger
