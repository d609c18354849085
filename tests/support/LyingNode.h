#pragma once

// A full node that lies, for light-node tests: an HTTPS proxy in front of a
// real node, on its own thread and loopback port, with the same TLS
// certificate and key as the node it stands for (so the light node's pinning
// passes: the lie must be caught by verification, not by TLS). It forwards
// every request to the real node and, through a Lie, rewrites the one kind of
// answer under test. With no lie set it is an honest proxy that counts the
// requests and bytes of each route.

#include "support/TestNetwork.h"

#include "core/Cbor.h"
#include "crypto/Sha256.h"
#include "ledger/Block.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslKey>
#include <QTcpServer>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace careledger::testing {

// One answer of the real node, as the proxy passes it on.
struct ProxiedReply {
    int status = 0; // 0: the real node did not answer
    QByteArray contentType;
    QByteArray body;
};

// Rewrites the answer to `path` (without the query). Runs on the proxy's thread.
using Lie = std::function<void(const QString &path, const QUrlQuery &query, ProxiedReply &reply)>;

// A free loopback port that nothing listens on (any more).
inline quint16 closedLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

namespace detail {

class LyingProxy final : public QAbstractHttpServer {
public:
    struct Shared {
        QMutex mutex;
        Lie lie;
        QHash<QString, int> requests;
        QHash<QString, qint64> bytes;
    };

    LyingProxy(QString upstream, QByteArray upstreamDer, std::shared_ptr<Shared> shared)
        : m_upstream(std::move(upstream)), m_pinned(upstreamDer, QSsl::Der), m_shared(std::move(shared))
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        const QString path = request.url().path();
        const QUrlQuery query(request.url());
        QUrl url(m_upstream + path);
        url.setQuery(query);
        QNetworkRequest forward(url);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_3OrLater);
        tls.setCaCertificates({m_pinned});
        forward.setSslConfiguration(tls);
        forward.setTransferTimeout(30000);
        forward.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/cbor"));
        const QByteArray authorization = request.value(QByteArrayLiteral("Authorization"));
        if (!authorization.isEmpty())
            forward.setRawHeader("Authorization", authorization);
        const QByteArray verb = request.method() == QHttpServerRequest::Method::Post ? "POST" : "GET";
        QNetworkReply *reply = m_network.sendCustomRequest(forward, verb, request.body());
        const QSslCertificate pinned = m_pinned;
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, pinned](const QList<QSslError> &errors) {
            if (reply->sslConfiguration().peerCertificate() == pinned)
                reply->ignoreSslErrors(errors);
        });
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply, responder, path, query] {
            reply->deleteLater();
            ProxiedReply answer;
            answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            answer.body = reply->readAll();
            Lie lie;
            {
                QMutexLocker lock(&m_shared->mutex);
                lie = m_shared->lie;
            }
            if (lie && answer.status == 200)
                lie(path, query, answer);
            {
                QMutexLocker lock(&m_shared->mutex);
                m_shared->requests[path] += 1;
                m_shared->bytes[path] += answer.body.size();
            }
            if (answer.status == 0) {
                answer.status = 502;
                answer.contentType = "application/json";
                answer.body = R"({"error":"bad_gateway","message":"the real node did not answer"})";
            }
            responder->write(answer.body, answer.contentType.isEmpty() ? QByteArray("application/cbor") : answer.contentType,
                             QHttpServerResponder::StatusCode(answer.status));
        });
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    QString m_upstream;
    QSslCertificate m_pinned;
    std::shared_ptr<Shared> m_shared;
    QNetworkAccessManager m_network;
};

} // namespace detail

class LyingNode {
public:
    // upstream: the real node's endpoint and pinned certificate.
    LyingNode(QString upstream, QByteArray upstreamDer)
        : m_upstream(std::move(upstream)), m_upstreamDer(std::move(upstreamDer)),
          m_shared(std::make_shared<detail::LyingProxy::Shared>())
    {
        m_thread.setObjectName(QStringLiteral("lying-node"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
    }
    ~LyingNode()
    {
        QMetaObject::invokeMethod(m_context, [this] { m_proxy.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    LyingNode(const LyingNode &) = delete;
    LyingNode &operator=(const LyingNode &) = delete;

    // Listens on a loopback port (0: any free one) with the impersonated node's TLS identity.
    Status start(const TlsIdentity &tls, quint16 port = 0)
    {
        Status result;
        QMetaObject::invokeMethod(
            m_context,
            [&] {
                const QSslCertificate cert(tls.certificatePem, QSsl::Pem);
                const QSslKey key(tls.privateKeyPem, QSsl::Ec, QSsl::Pem);
                m_proxy = std::make_unique<detail::LyingProxy>(m_upstream, m_upstreamDer, m_shared);
                m_proxy->sslSetup(cert, key, QSsl::TlsV1_3OrLater);
                m_port = m_proxy->listen(QHostAddress::LocalHost, port);
                if (m_port == 0)
                    result = makeError(QStringLiteral("listen"), QStringLiteral("the lying node cannot listen"));
            },
            Qt::BlockingQueuedConnection);
        return result;
    }

    QString endpoint() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }

    // An empty lie makes it an honest (counting) proxy.
    void setLie(Lie lie)
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->lie = std::move(lie);
    }
    int requests(const QString &path) const
    {
        QMutexLocker lock(&m_shared->mutex);
        return m_shared->requests.value(path);
    }
    int totalRequests() const
    {
        QMutexLocker lock(&m_shared->mutex);
        int n = 0;
        for (int c : std::as_const(m_shared->requests))
            n += c;
        return n;
    }
    qint64 bytesServed(const QString &path) const
    {
        QMutexLocker lock(&m_shared->mutex);
        return m_shared->bytes.value(path);
    }
    void resetCounters()
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->requests.clear();
        m_shared->bytes.clear();
    }

private:
    QString m_upstream;
    QByteArray m_upstreamDer;
    std::shared_ptr<detail::LyingProxy::Shared> m_shared;
    QThread m_thread;
    QObject *m_context = nullptr;
    std::unique_ptr<detail::LyingProxy> m_proxy;
    quint16 m_port = 0;
};

// --- the lies ----------------------------------------------------------------------

namespace lies {

inline QByteArray flipByte(QByteArray bytes, qsizetype at = 0)
{
    if (!bytes.isEmpty())
        bytes[at % bytes.size()] = char(bytes[at % bytes.size()] ^ 0x01);
    return bytes;
}

inline QList<QByteArray> decodeHashes(const QByteArray &body)
{
    CborReader r(body);
    QList<QByteArray> out;
    const qsizetype n = r.array(0, 128);
    for (qsizetype i = 0; i < n && r.ok(); ++i)
        out.append(r.fixedBytes(32));
    return out;
}

inline QByteArray encodeHashes(const QList<QByteArray> &hashes)
{
    CborWriter w;
    w.array(hashes.size());
    for (const QByteArray &h : hashes)
        w.bytes(h);
    return w.take();
}

// Rewrites the signed header answered for /v1/tip.
inline Lie onTip(std::function<void(SignedHeader &)> change)
{
    return [change](const QString &path, const QUrlQuery &, ProxiedReply &reply) {
        if (path != QLatin1String("/v1/tip"))
            return;
        auto tip = SignedHeader::decode(reply.body);
        if (!tip)
            return;
        change(*tip);
        reply.body = tip->encode();
    };
}

// The tip with its first signature's bytes flipped.
inline Lie forgedTip()
{
    return onTip([](SignedHeader &h) { h.signatures.first().signature = flipByte(h.signatures.first().signature, 7); });
}

// The tip signed by fewer members than the quorum (here: none of them).
inline Lie unsignedTip()
{
    return onTip([](SignedHeader &h) { h.signatures.clear(); });
}

// The tip signed by an org that is not a member, instead of the members.
inline Lie tipSignedBy(const TestOrg &stranger)
{
    return onTip([stranger](SignedHeader &h) {
        h.signatures.clear();
        h.addSignature(stranger.id, stranger.key.secretKey());
    });
}

// A fixed header instead of the tip (an older one, or a second one at some height).
inline Lie tipIs(const SignedHeader &header)
{
    return onTip([header](SignedHeader &h) { h = header; });
}

// A consistency proof with one hash altered, or one hash short.
inline Lie wrongConsistencyProof(bool truncate)
{
    return [truncate](const QString &path, const QUrlQuery &, ProxiedReply &reply) {
        if (path != QLatin1String("/v1/proof/consistency"))
            return;
        QList<QByteArray> proof = decodeHashes(reply.body);
        if (proof.isEmpty())
            return;
        if (truncate)
            proof.removeLast();
        else
            proof.first() = flipByte(proof.first(), 3);
        reply.body = encodeHashes(proof);
    };
}

// Proven transactions whose inclusion proofs have one hash altered (every one
// that has a proof).
inline Lie wrongInclusionProofs()
{
    return [](const QString &path, const QUrlQuery &, ProxiedReply &reply) {
        if (path != QLatin1String("/v1/log/proven"))
            return;
        CborReader r(reply.body);
        CborWriter w;
        const qsizetype n = r.array(0, 100000);
        w.array(n);
        for (qsizetype i = 0; i < n && r.ok(); ++i) {
            r.array(5, 5);
            const QByteArray tx = r.bytes(1 << 24);
            const quint64 height = r.uint();
            const quint64 position = r.uint();
            const quint64 code = r.uint();
            w.array(5).bytes(tx).uint(height).uint(position).uint(code);
            QList<QByteArray> proof;
            const qsizetype m = r.array(0, 128);
            for (qsizetype k = 0; k < m && r.ok(); ++k)
                proof.append(r.fixedBytes(32));
            r.leave();
            r.leave();
            if (!proof.isEmpty())
                proof.last() = flipByte(proof.last(), 11);
            w.raw(encodeHashes(proof));
        }
        reply.body = w.take();
    };
}

// The payloads batch with every ciphertext withheld (null) or altered.
inline Lie payloads(bool withhold)
{
    return [withhold](const QString &path, const QUrlQuery &, ProxiedReply &reply) {
        if (path != QLatin1String("/v1/payloads"))
            return;
        CborReader r(reply.body);
        CborWriter w;
        const qsizetype n = r.array(0, 100000);
        w.array(n);
        for (qsizetype i = 0; i < n && r.ok(); ++i) {
            if (r.nextIsNull()) {
                r.null();
                w.null();
                continue;
            }
            const QByteArray data = r.bytes(1 << 24);
            if (withhold)
                w.null();
            else
                w.bytes(flipByte(data, data.size() / 2));
        }
        reply.body = w.take();
    };
}

// The payloads batch answering every ciphertext with a refusal code instead
// (PayloadRefusal: 1 no key, 2 not stored).
inline Lie payloadsRefused(quint64 code)
{
    return [code](const QString &path, const QUrlQuery &, ProxiedReply &reply) {
        if (path != QLatin1String("/v1/payloads"))
            return;
        CborReader r(reply.body);
        CborWriter w;
        const qsizetype n = r.array(0, 100000);
        w.array(n);
        for (qsizetype i = 0; i < n; ++i)
            w.uint(code);
        reply.body = w.take();
    };
}

// The header page with the header at `height` (if in it) carrying a forged signature.
inline Lie forgedHeaderInPage(quint64 height)
{
    return [height](const QString &path, const QUrlQuery &, ProxiedReply &reply) {
        if (path != QLatin1String("/v1/headers"))
            return;
        CborReader r(reply.body);
        const qsizetype n = r.array(0, 1000);
        CborWriter w;
        w.array(n);
        for (qsizetype i = 0; i < n && r.ok(); ++i) {
            auto h = SignedHeader::decode(r.rawItem(64 * 1024));
            if (!h)
                return;
            if (h->header.height == height)
                h->signatures.first().signature = flipByte(h->signatures.first().signature, 5);
            w.raw(h->encode());
        }
        reply.body = w.take();
    };
}

// Both lies, each on the answers it rewrites.
inline Lie both(Lie a, Lie b)
{
    return [a, b](const QString &path, const QUrlQuery &query, ProxiedReply &reply) {
        a(path, query, reply);
        b(path, query, reply);
    };
}

} // namespace lies

} // namespace careledger::testing
