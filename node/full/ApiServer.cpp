#include "ApiServer.h"

#include "EndorsementCollector.h"
#include "FullNode.h"
#include "core/Cbor.h"
#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"
#include "crypto/Totp.h"
#include "ledger/AdminTotp.h"
#include "ledger/Domains.h"
#include "store/LedgerStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

namespace careledger {

Q_LOGGING_CATEGORY(lcApi, "careledger.api")

namespace {
using HttpStatus = QHttpServerResponse::StatusCode;
const QByteArray CborType = "application/cbor";

QHttpServerResponse cbor(const QByteArray &body)
{
    return QHttpServerResponse(CborType, body);
}

QHttpServerResponse failure(HttpStatus status, const QString &code, const QString &message)
{
    const QJsonObject o{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
    return QHttpServerResponse(QByteArrayLiteral("application/json"), QJsonDocument(o).toJson(QJsonDocument::Compact),
                               status);
}

QHttpServerResponse unauthenticated()
{
    return failure(HttpStatus::Unauthorized, QStringLiteral("unauthenticated"),
                   QStringLiteral("sign in first (POST /v1/auth/session)"));
}

QHttpServerResponse badRequest(const QString &message)
{
    return failure(HttpStatus::BadRequest, QStringLiteral("bad_request"), message);
}

QHttpServerResponse withRetryAfter(QHttpServerResponse response, qint64 ms)
{
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(qMax<qint64>(1, (ms + 999) / 1000)));
    return response;
}

QHttpServerResponse rateLimited(qint64 retryAfterMs)
{
    return withRetryAfter(failure(HttpStatus::TooManyRequests, QStringLiteral("rate_limited"),
                                  QStringLiteral("too many failed sign-ins from this address; try again in %1 s")
                                      .arg(qMax<qint64>(1, (retryAfterMs + 999) / 1000))),
                          retryAfterMs);
}

QHttpServerResponse unavailable(const QString &message)
{
    return failure(HttpStatus::ServiceUnavailable, QStringLiteral("unavailable"), message);
}

// What the log says about a user: a key prefix, never a name (no PHI in logs).
QString keyPrefix(const QByteArray &key)
{
    return key.isEmpty() ? QStringLiteral("-") : QString::fromLatin1(key.left(4).toHex());
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

std::optional<quint64> number(const QString &text)
{
    bool ok = false;
    const quint64 v = text.toULongLong(&ok);
    return ok ? std::optional<quint64>(v) : std::nullopt;
}

std::optional<quint64> queryNumber(const QHttpServerRequest &request, const char *name)
{
    return number(request.query().queryItemValue(QLatin1String(name)));
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(out.data()), n / 4);
    return out;
}

struct Item {
    QByteArray tx;
    QByteArray ciphertext;
};

struct Checked {
    Reason reason = Reason::Ok;
    QString detail;
    QByteArray txId;
    std::optional<Submission> submission;
};

// Stateless checks, in parallel: encoding, signature, and that an uploaded
// ciphertext is exactly the one the record commits to.
Checked checkItem(const Contract &contract, const Item &item)
{
    StatelessCheck s = contract.checkStateless(item.tx);
    Checked c{s.reason, s.detail, s.checked.txId, std::nullopt};
    if (s.reason != Reason::Ok)
        return c;
    if (const auto *record = sealedRecordOf(s.checked.body)) {
        if (item.ciphertext.size() > RecordVersion::MaxPayloadSize) {
            c.reason = Reason::PayloadTooLarge;
            return c;
        }
        if (quint64(item.ciphertext.size()) != record->ciphertextSize
            || Sha256::hash(item.ciphertext) != record->ciphertextHash) {
            c.reason = Reason::PayloadMismatch;
            return c;
        }
    } else if (!item.ciphertext.isEmpty()) {
        c.reason = Reason::Malformed;
        c.detail = QStringLiteral("only records carry a payload");
        return c;
    }
    c.submission = Submission{std::move(s.checked), item.ciphertext};
    return c;
}

QByteArray encodeResults(const QList<Checked> &checked, const QList<SubmissionResult> &final)
{
    CborWriter w;
    w.array(checked.size());
    qsizetype next = 0;
    for (const Checked &c : checked) {
        SubmissionResult r = SubmissionResult::refused(c.txId, c.reason);
        if (c.submission)
            r = final.value(next++);
        QString message = r.error.isEmpty() ? reasonText(r.reason) : r.error;
        if (!c.submission && !c.detail.isEmpty()) // the decoder's explanation of a stateless refusal
            message += QStringLiteral(" (") + c.detail.left(400) + QLatin1Char(')');
        w.array(6).bytes(r.txId).uint(quint64(r.reason)).text(message).uint(r.height).uint(r.position).uint(r.logIndex);
    }
    return w.take();
}
} // namespace

ApiServer::ApiServer(FullNode &node, const Clock &clock) : m_node(node), m_clock(clock)
{
    // The block producer is the one serial stage of ingest and needs a core of
    // its own; the signature checks get the others (at least one).
    m_checks.setObjectName(QStringLiteral("tx-checks"));
    m_checks.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
    m_endorsements.setObjectName(QStringLiteral("endorsements"));
    m_endorsements.setMaxThreadCount(8);
    setupRoutes();
    QObject::connect(&node.producer(), &BlockProducer::blockCommitted, &m_server,
                     [this](quint64 height) { wakeWaiters(height); });
}

ApiServer::~ApiServer()
{
    wakeWaiters(~quint64(0));
}

Result<quint16> ApiServer::listen(const QHostAddress &address, quint16 port, const QByteArray &certificatePem,
                                  const QByteArray &keyPem)
{
    const QSslCertificate cert(certificatePem, QSsl::Pem);
    const QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (cert.isNull() || key.isNull())
        return makeError(QStringLiteral("tls"), QStringLiteral("the node's TLS certificate or key cannot be read"));
    m_server.sslSetup(cert, key, QSsl::TlsV1_3OrLater);
    m_port = m_server.listen(address, port);
    if (m_port == 0)
        return makeError(QStringLiteral("listen"),
                         QStringLiteral("cannot listen on %1:%2 (in use, or not permitted)").arg(address.toString()).arg(port));
    return m_port;
}

void ApiServer::setupRoutes()
{
    using Method = QHttpServerRequest::Method;

    m_server.route(QStringLiteral("/v1/config"), Method::Get, [this] { return cbor(m_node.config().encode()); });
    m_server.route(QStringLiteral("/v1/tip"), Method::Get, [this] { return cbor(m_node.producer().tip().encode()); });

    // For admins and monitoring: how ordering stands, and evidence against members.
    m_server.route(QStringLiteral("/v1/consortium"), Method::Get, [this] {
        const OrderingStatus s = m_node.producer().status();
        QJsonArray evidence;
        for (const Misbehaviour &m : s.misbehaviour)
            evidence.append(QJsonObject{{QStringLiteral("org"), m.org},
                                        {QStringLiteral("height"), QString::number(m.conflicting.header.height)},
                                        {QStringLiteral("conflicting"), QString::fromLatin1(m.conflicting.encode().toBase64())},
                                        {QStringLiteral("agreed"), QString::fromLatin1(m.agreed.encode().toBase64())}});
        const QJsonObject o{{QStringLiteral("mode"), s.consortium ? QStringLiteral("etcd") : QStringLiteral("alone")},
                            {QStringLiteral("etcd"), s.etcdEndpoint},
                            {QStringLiteral("tip"), QString::number(s.tipHeight)},
                            {QStringLiteral("quorum"), s.quorum},
                            {QStringLiteral("pending"), s.pending},
                            {QStringLiteral("waitingHeight"), s.roundOpen ? QString::number(s.roundHeight) : QString()},
                            {QStringLiteral("signers"), QJsonArray::fromStringList(s.roundSigners)},
                            {QStringLiteral("lastError"), s.lastError},
                            {QStringLiteral("misbehaviour"), evidence}};
        return QHttpServerResponse(QByteArrayLiteral("application/json"), QJsonDocument(o).toJson(QJsonDocument::Compact));
    });

    m_server.route(QStringLiteral("/v1/headers"), Method::Get, [this](const QHttpServerRequest &request) {
        const auto from = queryNumber(request, "from");
        const auto count = queryNumber(request, "count").value_or(100);
        if (!from)
            return badRequest(QStringLiteral("`from` must be a block height"));
        const QList<SignedHeader> headers = m_node.readStore().signedHeaders(*from, int(qMin<quint64>(count, 1000)));
        CborWriter w;
        w.array(headers.size());
        for (const SignedHeader &h : headers)
            w.raw(h.encode());
        return cbor(w.take());
    });

    m_server.route(QStringLiteral("/v1/blocks/<arg>"), Method::Get, [this](const QString &height) {
        const auto h = number(height);
        auto block = h ? m_node.readStore().block(*h) : Result<Block>(makeError(QString(), QString()));
        if (!block)
            return failure(HttpStatus::NotFound, QStringLiteral("not_found"), QStringLiteral("no block at height %1").arg(height));
        return cbor(block->encode());
    });

    m_server.route(QStringLiteral("/v1/log/<arg>"), Method::Get, [this](const QString &index) {
        const auto i = number(index);
        const auto tx = i ? m_node.readStore().transactionAt(*i) : std::nullopt;
        if (!tx)
            return failure(HttpStatus::NotFound, QStringLiteral("not_found"), QStringLiteral("no transaction at log index %1").arg(index));
        CborWriter w;
        w.array(4).bytes(tx->bytes).uint(tx->height).uint(tx->position).uint(tx->code);
        return cbor(w.take());
    });

    m_server.route(QStringLiteral("/v1/tx/<arg>"), Method::Get, [this](const QString &id) {
        const auto tx = m_node.readStore().transactionById(QByteArray::fromHex(id.toLatin1()));
        if (!tx)
            return failure(HttpStatus::NotFound, QStringLiteral("not_found"), QStringLiteral("no transaction with id %1").arg(id));
        CborWriter w;
        w.array(5).bytes(tx->bytes).uint(tx->height).uint(tx->position).uint(tx->logIndex).uint(tx->code);
        return cbor(w.take());
    });

    m_server.route(QStringLiteral("/v1/proof/inclusion"), Method::Get, [this](const QHttpServerRequest &request) {
        const auto index = queryNumber(request, "index");
        const auto size = queryNumber(request, "size");
        if (!index || !size || *size > m_node.producer().tip().header.logSize)
            return badRequest(QStringLiteral("`index` and `size` must be within the committed log"));
        QReadLocker lock(&m_node.log().lock);
        auto proof = m_node.log().log.inclusionProof(*index, *size);
        if (!proof)
            return badRequest(proof.error().message);
        return cbor(MerkleLog::encodeProof(*proof));
    });

    m_server.route(QStringLiteral("/v1/proof/consistency"), Method::Get, [this](const QHttpServerRequest &request) {
        const auto from = queryNumber(request, "from");
        const auto to = queryNumber(request, "to");
        if (!from || !to || *to > m_node.producer().tip().header.logSize)
            return badRequest(QStringLiteral("`from` and `to` must be within the committed log"));
        QReadLocker lock(&m_node.log().lock);
        auto proof = m_node.log().log.consistencyProof(*from, *to);
        if (!proof)
            return badRequest(proof.error().message);
        return cbor(MerkleLog::encodeProof(*proof));
    });

    m_server.route(QStringLiteral("/v1/wait"), Method::Get,
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       wait(request, std::move(responder));
                   });

    m_server.route(QStringLiteral("/v1/tx"), Method::Post,
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       submit(request, std::move(responder));
                   });

    m_server.route(QStringLiteral("/v1/rpm/readings"), Method::Post,
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       postReadings(request, std::move(responder));
                   });

    m_server.route(QStringLiteral("/v1/endorse"), Method::Post,
                   [this](const QHttpServerRequest &request) { return endorse(request); });
    m_server.route(QStringLiteral("/v1/config/current"), Method::Get,
                   [this] { return cbor(m_node.configInForce().encode()); });
    m_server.route(QStringLiteral("/v1/config/changes"), Method::Get, [this] {
        const QList<quint64> indexes = m_node.readStore().configChangeLogIndexes();
        CborWriter w;
        w.array(indexes.size());
        for (quint64 i : indexes)
            w.uint(i);
        return cbor(w.take());
    });
    m_server.route(QStringLiteral("/v1/auth/challenge"), Method::Post, [this] {
        const qint64 now = m_clock.nowMs();
        m_challenges.removeIf([now](const auto &it) { return it.value() < now; });
        if (m_challenges.size() > 100000)
            return failure(HttpStatus::TooManyRequests, QStringLiteral("busy"), QStringLiteral("too many pending logins"));
        const QByteArray challenge = randomBytes(32);
        m_challenges.insert(challenge, now + ChallengeLifetimeMs);
        CborWriter w;
        w.bytes(challenge);
        return cbor(w.take());
    });

    m_server.route(QStringLiteral("/v1/auth/session"), Method::Post,
                   [this](const QHttpServerRequest &request) { return createSession(request); });

    m_server.route(QStringLiteral("/v1/admin/totp"), Method::Post,
                   [this](const QHttpServerRequest &request) { return setTotp(request); });

    m_server.route(QStringLiteral("/v1/patients/<arg>/log"), Method::Get,
                   [this](const QString &patientId, const QHttpServerRequest &request) {
                       const auto session = authenticate(request);
                       if (!session)
                           return unauthenticated();
                       const auto patient = m_node.readStore().patient(patientId);
                       if (!patient)
                           return failure(HttpStatus::NotFound, QStringLiteral("unknown_patient"),
                                          QStringLiteral("no patient with id %1").arg(patientId));
                       if (!m_node.readStore().mayFollowPatient(patientId, session->org, quint64(m_clock.nowMs())))
                           return failure(HttpStatus::Forbidden, QStringLiteral("forbidden"),
                                          QStringLiteral("your organisation has no treatment relationship with this patient"));
                       const QList<quint64> indexes = m_node.readStore().patientLogIndexes(patientId);
                       CborWriter w;
                       w.array(indexes.size());
                       for (quint64 i : indexes)
                           w.uint(i);
                       return cbor(w.take());
                   });

    m_server.route(QStringLiteral("/v1/payloads/<arg>"), Method::Get,
                   [this](const QString &hashHex, const QHttpServerRequest &request) {
                       const auto session = authenticate(request);
                       if (!session)
                           return unauthenticated();
                       const QByteArray hash = QByteArray::fromHex(hashHex.toLatin1());
                       auto payload = readPayload(*session, hash);
                       if (payload)
                           if (Status st = logReads(*session, {hash}); !st)
                               payload = st.error();
                       if (!payload)
                           return failure(payload.error().code == QLatin1String("forbidden") ? HttpStatus::Forbidden
                                          : payload.error().code == QLatin1String("not_found")
                                              ? HttpStatus::NotFound
                                              : HttpStatus::ServiceUnavailable,
                                          payload.error().code, payload.error().message);
                       return QHttpServerResponse(QByteArrayLiteral("application/octet-stream"), *payload);
                   });

    // Sync batches: ciphertexts (null where not served), and transactions with
    // inclusion proofs against one tree size.
    m_server.route(QStringLiteral("/v1/payloads"), Method::Post, [this](const QHttpServerRequest &request) {
        const auto session = authenticate(request);
        if (!session)
            return unauthenticated();
        CborReader r(request.body());
        QList<QByteArray> hashes;
        const qsizetype n = r.array(1, MaxProofBatch);
        for (qsizetype i = 0; i < n && r.ok(); ++i)
            hashes.append(r.fixedBytes(Sha256::Size));
        r.leave();
        if (Status st = r.finish(); !st)
            return badRequest(QStringLiteral("expected an array of payload hashes: ") + st.error().message);
        QList<Result<QByteArray>> payloads;
        QList<QByteArray> served;
        for (const QByteArray &hash : hashes) {
            payloads.append(readPayload(*session, hash));
            if (payloads.last())
                served.append(hash);
        }
        if (!served.isEmpty())
            if (Status st = logReads(*session, served); !st) // no access events: nothing is served
                return failure(HttpStatus::ServiceUnavailable, st.error().code, st.error().message);
        CborWriter w;
        w.array(payloads.size());
        for (const Result<QByteArray> &payload : std::as_const(payloads)) {
            if (payload)
                w.bytes(*payload);
            else if (payload.error().code == QLatin1String("forbidden"))
                w.uint(PayloadRefusal::NoKey);
            else
                w.uint(PayloadRefusal::NotStored);
        }
        return cbor(w.take());
    });

    m_server.route(QStringLiteral("/v1/log/proven"), Method::Post, [this](const QHttpServerRequest &request) {
        CborReader r(request.body());
        r.array(2, 2);
        const quint64 size = r.uint();
        QList<quint64> indexes;
        const qsizetype n = r.array(1, MaxProofBatch);
        for (qsizetype i = 0; i < n && r.ok(); ++i)
            indexes.append(r.uint());
        r.leave();
        r.leave();
        if (Status st = r.finish(); !st)
            return badRequest(QStringLiteral("expected [tree size, [log indexes]]: ") + st.error().message);
        if (size > m_node.producer().tip().header.logSize)
            return badRequest(QStringLiteral("the tree size is beyond the committed log"));
        CborWriter w;
        w.array(indexes.size());
        for (quint64 index : indexes) {
            const auto tx = m_node.readStore().transactionAt(index);
            QReadLocker lock(&m_node.log().lock);
            auto proof = m_node.log().log.inclusionProof(index, size);
            if (!tx || !proof)
                return badRequest(QStringLiteral("log index %1 is not within tree size %2").arg(index).arg(size));
            w.array(5).bytes(tx->bytes).uint(tx->height).uint(tx->position).uint(tx->code);
            w.raw(MerkleLog::encodeProof(*proof));
        }
        return cbor(w.take());
    });

    m_server.route(QStringLiteral("/v1/directory"), Method::Get, [this](const QHttpServerRequest &request) {
        if (!authenticate(request))
            return unauthenticated();
        const QList<quint64> indexes = m_node.readStore().directoryLogIndexes();
        CborWriter w;
        w.array(indexes.size());
        for (quint64 i : indexes)
            w.uint(i);
        return cbor(w.take());
    });

    // The org's referral worklist (sent and received, newest first): the
    // contract's summary of each, with the transactions that made it so a
    // client can fetch them with proofs from /v1/log/proven.
    m_server.route(QStringLiteral("/v1/referrals"), Method::Get, [this](const QHttpServerRequest &request) {
        const auto session = authenticate(request);
        if (!session)
            return unauthenticated();
        const QList<ReferralInfo> referrals = m_node.readStore().referralsOf(session->org);
        CborWriter w;
        w.array(referrals.size());
        for (const ReferralInfo &r : referrals) {
            w.array(13).bytes(r.referralId).text(r.patientId).text(r.fromOrg).bytes(r.author).text(r.targetOrg);
            w.bytes(r.targetUser).uint(quint64(r.urgency)).uint(quint64(r.status)).uint(r.createdMs).uint(r.dueMs);
            w.uint(r.appointmentMs).bytes(r.createTx).bytes(r.lastTx);
        }
        return cbor(w.take());
    });

    m_server.route(QStringLiteral("/v1/patients"), Method::Get, [this](const QHttpServerRequest &request) {
        const auto session = authenticate(request);
        if (!session)
            return unauthenticated();
        const QStringList patients = m_node.readStore().readablePatients(session->org, quint64(m_clock.nowMs()));
        CborWriter w;
        w.array(patients.size());
        for (const QString &p : patients)
            w.text(p);
        return cbor(w.take());
    });
}

Result<QByteArray> ApiServer::readPayload(const Session &session, const QByteArray &hash)
{
    LedgerStore &store = m_node.readStore();
    if (!store.mayReadPayload(session.userKey, hash))
        return makeError(QStringLiteral("forbidden"), QStringLiteral("you hold no key for this record"));
    const auto payload = store.payload(hash);
    if (!payload)
        return makeError(QStringLiteral("not_found"), QStringLiteral("this payload is not stored here (erased?)"));
    return *payload;
}

// Every read leaves an access event, a batch's in one SQL transaction; if they
// cannot be written, nothing is served.
Status ApiServer::logReads(const Session &session, const QList<QByteArray> &hashes)
{
    if (Status st = m_node.readStore().logAccesses(session.userKey, session.org, hashes, QStringLiteral("read"), m_clock.nowMs());
        !st)
        return makeError(QStringLiteral("audit_unavailable"), st.error().message);
    return {};
}

// Answers one submission when every transaction in it is final or refused:
// stateless checks in parallel on the thread pool, then ordering by the block
// producer. Deliberately without QFuture::then(): Qt 6.4's continuations are
// not safe across threads (a continuation finishing on the producer thread
// while QHttpServer's own .then(context) runs on the API thread is a
// use-after-free inside QtCore), so each step is observed with a
// QFutureWatcher on the API thread instead, and the response written by hand.
void ApiServer::submit(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QByteArray body = request.body();
    if (body.size() > MaxRequestBytes) {
        failure(HttpStatus::PayloadTooLarge, QStringLiteral("too_large"),
                QStringLiteral("a submission may be at most %1 bytes").arg(MaxRequestBytes))
            .write(std::move(responder));
        return;
    }
    CborReader r(body);
    QList<Item> items;
    const qsizetype n = r.array(1, MaxBatch);
    items.reserve(n);
    for (qsizetype i = 0; i < n && r.ok(); ++i) {
        r.array(2, 2);
        Item item;
        item.tx = r.bytes(Transaction::MaxEncodedSize);
        item.ciphertext = r.bytes(RecordVersion::MaxPayloadSize + 1);
        r.leave();
        items.append(item);
    }
    r.leave();
    if (Status st = r.finish(); !st) {
        badRequest(QStringLiteral("a submission is a CBOR array of [transaction, payload] pairs: ") + st.error().message)
            .write(std::move(responder));
        return;
    }

    // The client may hang up before its batch is final: then there is no one to answer.
    struct Reply {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        void send(const QHttpServerResponse &response)
        {
            if (socket && socket->state() == QAbstractSocket::ConnectedState)
                response.write(std::move(responder));
        }
    };
    QTcpSocket *socket = responder.socket();
    auto reply = std::make_shared<Reply>(Reply{std::move(responder), socket});

    // Stateless checks (signatures dominate) in chunks on the thread pool, in
    // arrival order: the pool's queue is FIFO, so the first submission is
    // checked first and can be ordered while later ones are still being
    // checked. (One QtConcurrent::mapped per request would share the cores
    // among all requests in flight and make every one of them wait for all.)
    // Not a pool thread blocking on a map either: that deadlocks once every
    // pool thread does it.
    struct Checking {
        QList<Item> items;
        QList<Checked> checked;
        std::atomic<qsizetype> chunksLeft{0};
    };
    auto job = std::make_shared<Checking>();
    job->checked.resize(items.size());
    job->items = std::move(items);
    const Contract *contract = &m_node.contract();
    BlockProducer *producer = &m_node.producer();
    QHttpServer *server = &m_server;
    QThreadPool *endorsing = &m_endorsements;
    FullNode *node = &m_node;
    const Clock *clock = &m_clock;
    // Ordering: the producer answers through a future, watched on the API thread.
    auto order = [server, producer, job, reply] {
        QList<Submission> accepted;
        accepted.reserve(job->checked.size());
        for (const Checked &c : std::as_const(job->checked))
            if (c.submission)
                accepted.append(*c.submission);
        auto *ordering = new QFutureWatcher<QList<SubmissionResult>>(server);
        QObject::connect(ordering, &QFutureWatcherBase::finished, server, [ordering, job, reply] {
            ordering->deleteLater();
            reply->send(cbor(encodeResults(job->checked, ordering->result())));
        });
        ordering->setFuture(producer->submit(std::move(accepted)));
    };
    // Endorsements, where the policy in force asks for them: on the API
    // thread this node checks each transaction against its own state and
    // endorses it; the other members' endorsements are collected on a pool
    // (blocking HTTPS) and ordering waits for all of them. A transaction that
    // cannot get them is refused with the members' answers, and never ordered.
    auto endorse = [server, endorsing, node, clock, job, order] {
        const NetworkConfig inForce = node->configInForce();
        const EndorsementCollector collector(inForce, node->orgId(), EndorsementTimeoutMs);
        QList<qsizetype> remote;
        for (qsizetype i = 0; i < job->checked.size(); ++i) {
            Checked &c = job->checked[i];
            // Configuration changes arrive with the quorum their admins signed.
            if (!c.submission || c.submission->checked.tx.type == TxType::ConfigChange)
                continue;
            CheckedTransaction &ct = c.submission->checked;
            const EndorsementRule rule = inForce.endorsementRule(quint64(ct.tx.type));
            if (rule.isNone() || collector.isSatisfied(ct.tx))
                continue;
            const Reason r = node->contract().checkRules(ct, node->readStore(), quint64(clock->nowMs()), inForce);
            if (r != Reason::Ok) {
                c.reason = r;
                c.submission.reset();
                continue;
            }
            const bool counts = rule.quorum || rule.others > 0 || ct.tx.org == node->orgId();
            if (counts && inForce.member(node->orgId()) && !ct.tx.hasEndorsementFrom(node->orgId())) {
                ct.tx.endorsements.append(node->endorse(ct.tx));
                ct.bytes = ct.tx.encode();
            }
            if (!collector.isSatisfied(ct.tx))
                remote.append(i);
        }
        if (remote.isEmpty()) {
            order();
            return;
        }
        auto left = std::make_shared<std::atomic<qsizetype>>(remote.size());
        for (qsizetype i : std::as_const(remote)) {
            endorsing->start([job, i, collector, server, order, left] {
                Checked &c = job->checked[i];
                EndorsementCollector::Outcome outcome = collector.collect(c.submission->checked.tx);
                if (outcome.reason == Reason::Ok) {
                    c.submission->checked.bytes = outcome.tx.encode();
                    c.submission->checked.tx = std::move(outcome.tx);
                } else {
                    c.reason = outcome.reason;
                    c.detail = outcome.message;
                    c.submission.reset();
                }
                if (--*left == 0)
                    QMetaObject::invokeMethod(server, order, Qt::QueuedConnection);
            });
        }
    };
    constexpr qsizetype ChunkSize = 64;
    const qsizetype count = job->items.size();
    job->chunksLeft = (count + ChunkSize - 1) / ChunkSize;
    for (qsizetype from = 0; from < count; from += ChunkSize) {
        m_checks.start([job, contract, server, endorse, from, to = qMin(count, from + ChunkSize)] {
            for (qsizetype i = from; i < to; ++i)
                job->checked[i] = checkItem(*contract, job->items.at(i));
            if (--job->chunksLeft == 0)
                QMetaObject::invokeMethod(server, endorse, Qt::QueuedConnection);
        });
    }
}

// A device's readings: checked at once (refusals are the device's to fix and
// name the reading), acknowledged only once durable.
void ApiServer::postReadings(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QByteArray body = request.body();
    if (body.size() > MaxReadingsBytes) {
        failure(HttpStatus::PayloadTooLarge, QStringLiteral("too_large"),
                QStringLiteral("a post of readings may be at most %1 bytes").arg(MaxReadingsBytes))
            .write(std::move(responder));
        return;
    }
    auto readings = m_node.rpm().check(body);
    if (!readings) {
        const auto status = [](RpmIngest::Refusal refusal) {
            switch (refusal) {
            case RpmIngest::Refusal::Malformed: return HttpStatus::BadRequest;
            case RpmIngest::Refusal::BadSignature: return HttpStatus::Unauthorized;
            case RpmIngest::Refusal::UnknownDevice:
            case RpmIngest::Refusal::NotBound:
            case RpmIngest::Refusal::Inactive: return HttpStatus::Forbidden;
            case RpmIngest::Refusal::Replay: return HttpStatus::Conflict;
            case RpmIngest::Refusal::Unavailable: break;
            }
            return HttpStatus::ServiceUnavailable;
        };
        qCInfo(lcApi).noquote() << "readings refused:" << readings.error().code;
        failure(status(RpmIngest::refusalOf(readings.error())), readings.error().code, readings.error().message)
            .write(std::move(responder));
        return;
    }
    struct Reply {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
    };
    QTcpSocket *socket = responder.socket();
    auto reply = std::make_shared<Reply>(Reply{std::move(responder), socket});
    const qsizetype n = readings->size();
    m_node.rpm().enqueue(*readings, [reply, n](const Status &st) {
        if (!reply->socket || reply->socket->state() != QAbstractSocket::ConnectedState)
            return; // hung up: the readings are kept all the same; the device's retry is refused as a replay
        const QHttpServerResponse response =
            st ? QHttpServerResponse(QByteArrayLiteral("application/json"),
                                     QJsonDocument(QJsonObject{{QStringLiteral("accepted"), qint64(n)}}).toJson(QJsonDocument::Compact),
                                     HttpStatus::Accepted)
               : failure(st.error().code == QLatin1String("replay") ? HttpStatus::Conflict : HttpStatus::ServiceUnavailable,
                         st.error().code, st.error().message);
        response.write(std::move(reply->responder));
    });
}

// A member asked to endorse checks the transaction as the contract will when
// it is ordered (against this node's state and the configuration in force),
// except for the endorsements themselves, which are still being gathered.
QHttpServerResponse ApiServer::endorse(const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    if (body.size() > Transaction::MaxEncodedSize)
        return failure(HttpStatus::PayloadTooLarge, QStringLiteral("too_large"),
                       QStringLiteral("a transaction may be at most %1 bytes").arg(Transaction::MaxEncodedSize));
    auto refuse = [](Reason reason, const QString &detail = {}) {
        return failure(HttpStatus::UnprocessableEntity, reasonCode(reason),
                       detail.isEmpty() ? reasonText(reason) : reasonText(reason) + QStringLiteral(" (") + detail.left(400) + QLatin1Char(')'));
    };
    const StatelessCheck s = m_node.contract().checkStateless(body);
    if (s.reason != Reason::Ok)
        return refuse(s.reason, s.detail);
    if (s.checked.tx.type == TxType::ConfigChange)
        return failure(HttpStatus::UnprocessableEntity, QStringLiteral("needs_admin"),
                       QStringLiteral("a configuration change is endorsed by each member's administrator "
                                      "(careledgerd consortium sign-proposal), never by a node on request"));
    const NetworkConfig inForce = m_node.configInForce();
    if (!inForce.member(m_node.orgId()))
        return failure(HttpStatus::Forbidden, QStringLiteral("not_member"),
                       QStringLiteral("%1 is not a member of the network in force").arg(m_node.orgId()));
    const Reason r = m_node.contract().checkRules(s.checked, m_node.readStore(), quint64(m_clock.nowMs()), inForce);
    if (r != Reason::Ok) {
        qCInfo(lcApi).noquote() << "endorsement refused" << reasonCode(r);
        return refuse(r);
    }
    const Endorsement e = m_node.endorse(s.checked.tx);
    CborWriter w;
    w.array(2).text(e.org).bytes(e.signature);
    return cbor(w.take());
}

void ApiServer::wait(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const quint64 after = queryNumber(request, "after").value_or(0);
    const quint64 timeoutMs = qMin<quint64>(queryNumber(request, "timeoutMs").value_or(30000), 120000);
    const SignedHeader tip = m_node.producer().tip();
    if (tip.header.height > after || timeoutMs == 0) {
        cbor(tip.encode()).write(std::move(responder));
        return;
    }
    QTcpSocket *socket = responder.socket();
    auto waiter = std::make_shared<Waiter>(Waiter{after, std::move(responder), socket});
    m_waiters.append(waiter);
    QTimer::singleShot(int(timeoutMs), &m_server, [this, waiter] {
        if (waiter->answered)
            return;
        m_waiters.removeOne(waiter);
        answer(*waiter, cbor(m_node.producer().tip().encode()));
    });
}

void ApiServer::answer(Waiter &waiter, const QHttpServerResponse &response)
{
    waiter.answered = true;
    // The client may have hung up while waiting.
    if (waiter.socket && waiter.socket->state() == QAbstractSocket::ConnectedState)
        response.write(std::move(waiter.responder));
}

void ApiServer::wakeWaiters(quint64 height)
{
    const QByteArray tip = m_node.producer().tip().encode();
    QList<std::shared_ptr<Waiter>> remaining;
    for (const std::shared_ptr<Waiter> &w : std::as_const(m_waiters)) {
        if (height > w->after)
            answer(*w, cbor(tip));
        else
            remaining.append(w);
    }
    m_waiters = remaining;
}

std::optional<ApiServer::Session> ApiServer::authenticate(const QHttpServerRequest &request)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization"));
    if (!header.startsWith("Bearer "))
        return std::nullopt;
    const QByteArray token = QByteArray::fromHex(header.mid(7).trimmed());
    const qint64 now = m_clock.nowMs();
    const auto it = m_sessions.find(token);
    if (it == m_sessions.end() || it->expiresMs < now)
        return std::nullopt;
    // A revoked user loses access at once, not when the session expires.
    const auto user = m_node.readStore().user(it->userKey);
    if (!user || user->revoked)
        return std::nullopt;
    // In use: the session lives on (a signed-in workstation syncs every few
    // seconds), up to MaxSessionMs after sign-in; then a new code is needed.
    it->expiresMs = qMin(now + SessionLifetimeMs, it->createdMs + MaxSessionMs);
    return *it;
}

// Sign-in: [key, challenge, signature, totpCode] (the code as text, e.g. "123456").
// In this order, each refusal with its HTTP status and error code:
//   429 rate_limited   this address failed MaxFailedLoginsPerAddress times in the
//                      last FailedLoginWindowMs (Retry-After says how long to wait)
//   400 bad_request    not such an array
//   401 bad_challenge  the challenge is not one this node issued, or is spent or expired
//   401 bad_signature  the signature does not prove possession of the key
//   401 unknown_user   the key is not an enrolled, active user
//   423 locked         MaxTotpFailures wrong codes in a row: locked until a time (Retry-After)
//   401 totp_required  no code, and this node requires one or the user has a secret
//   401 totp_not_enrolled  a code, or one is required, but the user has no TOTP secret here
//   401 bad_totp       wrong code, or the code of a step already used (the last
//                      permitted failure answers 423 locked instead)
// Each 400/401 counts against the address (in memory), as does the wrong code
// that locks; a 423 while locked, a 429 and a 503 do not. Only wrong or reused
// codes count against the user (the persistent lockout). Every refusal is
// logged with the user's key prefix and the address, never a name.
QHttpServerResponse ApiServer::createSession(const QHttpServerRequest &request)
{
    const qint64 now = m_clock.nowMs();
    const QHostAddress from = request.remoteAddress();
    if (const qint64 wait = m_throttle.retryAfterMs(from, now); wait > 0)
        return rateLimited(wait);

    CborReader r(request.body());
    const qsizetype fields = r.array(3, 4);
    const QByteArray key = r.fixedBytes(Ed25519::PublicKeySize);
    const QByteArray challenge = r.fixedBytes(32);
    const QByteArray signature = r.fixedBytes(Ed25519::SignatureSize);
    std::optional<QString> code;
    if (fields == 4)
        code = r.text(32);
    r.leave();
    if (Status st = r.finish(); !st)
        return refuseLogin(from, QByteArray(),
                           badRequest(QStringLiteral("a session request is [key, challenge, signature, totpCode]: ")
                                      + st.error().message),
                           QStringLiteral("bad_request"));
    const auto challengeExpiry = m_challenges.take(challenge); // single use
    if (challengeExpiry < now)
        return refuseLogin(from, key,
                           failure(HttpStatus::Unauthorized, QStringLiteral("bad_challenge"),
                                   QStringLiteral("the challenge is unknown or expired; ask for a new one")),
                           QStringLiteral("bad_challenge"));
    if (!Ed25519::verify(key, Domains::AuthChallenge, challenge + m_node.config().networkId(), signature))
        return refuseLogin(from, key,
                           failure(HttpStatus::Unauthorized, QStringLiteral("bad_signature"),
                                   QStringLiteral("the signature does not prove possession of this key")),
                           QStringLiteral("bad_signature"));
    const auto user = m_node.readStore().user(key);
    if (!user || user->revoked)
        return refuseLogin(from, key,
                           failure(HttpStatus::Unauthorized, QStringLiteral("unknown_user"),
                                   QStringLiteral("this key is not an enrolled, active user of the network")),
                           QStringLiteral("unknown_user"));
    if (auto refused = checkTotp(key, code, from))
        return std::move(*refused);

    m_sessions.removeIf([now](const auto &it) { return it.value().expiresMs < now; });
    const QByteArray token = randomBytes(32);
    m_sessions.insert(token, Session{key, user->org, now + SessionLifetimeMs, now});
    qCInfo(lcApi).noquote() << "session opened for a" << roleName(user->role) << "of" << user->org
                            << (code ? "with a TOTP code" : "without TOTP (not required here)");
    CborWriter w;
    w.array(3).bytes(token).uint(quint64(now + SessionLifetimeMs)).text(user->org);
    return cbor(w.take());
}

QHttpServerResponse ApiServer::refuseLogin(const QHostAddress &from, const QByteArray &key, QHttpServerResponse response,
                                           const QString &code)
{
    const qint64 now = m_clock.nowMs();
    qCWarning(lcApi).noquote() << (code.startsWith(QLatin1String("admin")) ? "refused:" : "sign-in refused:") << code
                               << "user" << keyPrefix(key) << "from" << from.toString();
    if (m_throttle.recordFailure(from, now))
        qCWarning(lcApi).noquote() << "sign-in throttled:" << MaxFailedLoginsPerAddress << "failures within"
                                   << FailedLoginWindowMs / 1000 << "s from" << LoginThrottle::bucketOf(from).toString();
    return response;
}

std::optional<QHttpServerResponse> ApiServer::checkTotp(const QByteArray &key, const std::optional<QString> &code,
                                                        const QHostAddress &from)
{
    LedgerStore &store = m_node.readStore();
    const qint64 now = m_clock.nowMs();
    auto stored = store.credential(key);
    if (!stored) {
        qCWarning(lcApi).noquote() << "sign-in failed: credentials unreadable for user" << keyPrefix(key) << ':'
                                   << stored.error().message;
        return unavailable(QStringLiteral("the node cannot check sign-ins right now; try again shortly"));
    }
    if (!*stored) {
        if (!code && !m_node.requireTotp())
            return std::nullopt; // a network without TOTP (yet)
        return refuseLogin(from, key,
                           failure(HttpStatus::Unauthorized, QStringLiteral("totp_not_enrolled"),
                                   QStringLiteral("no authenticator (TOTP) secret is set up for this user at this node; "
                                                  "ask an administrator of your organisation to set one up")),
                           QStringLiteral("totp_not_enrolled"));
    }
    const Credential &credential = **stored;
    if (credential.lockedUntilMs > now) {
        qCWarning(lcApi).noquote() << "sign-in refused: locked user" << keyPrefix(key) << "from" << from.toString()
                                   << "until" << utc(credential.lockedUntilMs);
        return withRetryAfter(failure(HttpStatus::Locked, QStringLiteral("locked"),
                                      QStringLiteral("too many wrong codes: signing in is locked until %1")
                                          .arg(utc(credential.lockedUntilMs))),
                              credential.lockedUntilMs - now);
    }
    if (!code)
        return refuseLogin(from, key,
                           failure(HttpStatus::Unauthorized, QStringLiteral("totp_required"),
                                   QStringLiteral("enter the 6-digit code from your authenticator app")),
                           QStringLiteral("totp_required"));
    auto secret = m_node.unsealTotpSecret(credential);
    if (!secret) {
        qCWarning(lcApi).noquote() << "sign-in failed for user" << keyPrefix(key) << ':' << secret.error().message;
        return unavailable(QStringLiteral("the node cannot check this user's code; ask an administrator"));
    }
    const std::optional<quint64> step = Totp::verify(*secret, *code, now);
    if (step && *step > credential.lastStep) {
        // Recorded before the session exists: if it cannot be, the code could be replayed.
        if (Status st = store.recordLoginSuccess(key, *step); !st) {
            qCWarning(lcApi).noquote() << "sign-in failed: cannot record it for user" << keyPrefix(key) << ':'
                                       << st.error().message;
            return unavailable(QStringLiteral("the node cannot record sign-ins right now; try again shortly"));
        }
        return std::nullopt;
    }

    const bool reused = step.has_value();
    auto after = store.recordLoginFailure(key, MaxTotpFailures, now + TotpLockoutMs);
    if (!after) {
        qCWarning(lcApi).noquote() << "sign-in failed: cannot count a wrong code for user" << keyPrefix(key) << ':'
                                   << after.error().message;
        return unavailable(QStringLiteral("the node cannot check sign-ins right now; try again shortly"));
    }
    const QString kind = reused ? QStringLiteral("bad_totp (code of a step already used)") : QStringLiteral("bad_totp");
    if (after->lockedUntilMs > now) {
        qCWarning(lcApi).noquote() << "sign-in locked out: user" << keyPrefix(key) << "after" << MaxTotpFailures
                                   << "wrong codes in a row, until" << utc(after->lockedUntilMs);
        return refuseLogin(from, key,
                           withRetryAfter(failure(HttpStatus::Locked, QStringLiteral("locked"),
                                                  QStringLiteral("%1 wrong codes in a row: signing in is locked until %2")
                                                      .arg(MaxTotpFailures)
                                                      .arg(utc(after->lockedUntilMs))),
                                          after->lockedUntilMs - now),
                           kind + QStringLiteral(", now locked"));
    }
    const int left = MaxTotpFailures - after->failures;
    return refuseLogin(from, key,
                       failure(HttpStatus::Unauthorized, QStringLiteral("bad_totp"),
                               (reused ? QStringLiteral("this code was already used; wait for the next one")
                                       : QStringLiteral("the code is wrong"))
                                   + QStringLiteral(" (%1 more %2 before signing in is locked for %3 minutes)")
                                         .arg(left)
                                         .arg(left == 1 ? QStringLiteral("try") : QStringLiteral("tries"))
                                         .arg(TotpLockoutMs / 60000)),
                       kind);
}

// POST /v1/admin/totp: only this node's org key may set the TOTP secret of
// one of this org's users (see AdminTotpRequest for the body and signature).
QHttpServerResponse ApiServer::setTotp(const QHttpServerRequest &request)
{
    const qint64 now = m_clock.nowMs();
    const QHostAddress from = request.remoteAddress();
    if (const qint64 wait = m_throttle.retryAfterMs(from, now); wait > 0)
        return rateLimited(wait);
    auto req = AdminTotpRequest::decode(request.body());
    if (!req)
        return refuseLogin(from, QByteArray(), badRequest(req.error().message), QStringLiteral("admin totp: bad_request"));
    const auto member = m_node.config().member(m_node.orgId());
    if (!member || !req->verify(m_node.config().networkId(), member->orgKey))
        return refuseLogin(from, req->userKey,
                           failure(HttpStatus::Forbidden, QStringLiteral("forbidden"),
                                   QStringLiteral("only the org key of %1 may set sign-in secrets at this node")
                                       .arg(m_node.orgId())),
                           QStringLiteral("admin totp: forbidden"));
    const qint64 skew = qint64(req->issuedAtMs) - now;
    const quint64 previous = m_adminTotpIssued.value(req->userKey);
    if (qAbs(skew) > AdminTotpRequest::MaxSkewMs || req->issuedAtMs <= previous)
        return refuseLogin(from, req->userKey,
                           failure(HttpStatus::Forbidden, QStringLiteral("stale_request"),
                                   QStringLiteral("the request was issued at %1, the node's time is %2: it is too old, "
                                                  "replayed, or a clock is wrong")
                                       .arg(utc(qint64(req->issuedAtMs)), utc(now))),
                           QStringLiteral("admin totp: stale_request"));
    const auto user = m_node.readStore().user(req->userKey);
    if (!user || user->revoked)
        return failure(HttpStatus::NotFound, QStringLiteral("unknown_user"),
                       QStringLiteral("this key is not an enrolled, active user; enrol the user first"));
    if (user->org != m_node.orgId())
        return failure(HttpStatus::Forbidden, QStringLiteral("forbidden"),
                       QStringLiteral("this user belongs to %1: their own organisation's node checks their sign-in")
                           .arg(user->org));
    if (Status st = m_node.setTotpSecret(req->userKey, req->secret); !st) {
        qCWarning(lcApi).noquote() << "cannot store a TOTP secret:" << st.error().message;
        return unavailable(QStringLiteral("the node cannot store the secret right now: ") + st.error().message);
    }
    m_adminTotpIssued.insert(req->userKey, req->issuedAtMs);
    CborWriter w;
    w.boolean(true);
    return cbor(w.take());
}

} // namespace careledger
