#pragma once

// Running a real full node in-process for system tests.
//
// The pattern: the FullNode lives on its own QThread (TestNode). It is opened,
// listens and is destroyed on that thread, so its HTTP server, its read-side
// SQL connection and its timers all belong to a thread with a running event
// loop. The test body stays on the main thread and uses the blocking
// NodeClient directly, with QVERIFY/QCOMPARE as usual. Only code that must
// block while *another* request is served (a long-poll plus a submit) needs a
// second client thread: use Background.

#include "support/TestLedger.h"

#include "full/FullNode.h"
#include "full/NodeDataDir.h"
#include "full/TlsIdentity.h"
#include "light/NodeClient.h"
#include "store/LedgerStore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace careledger::testing {

// How a test node runs. TOTP is off by default so tests that are not about
// sign-in log in with the 3-element form; tests of sign-in turn it on.
struct TestNodeOptions {
    const Clock *clock = nullptr; // nullptr: the system clock. Must outlive the node.
    bool requireTotp = false;
    // Where the chain is stored, as `careledgerd serve` passes [store] in.
    // Unset: the SQLite file in the node's data directory. For PostgreSQL,
    // one fresh database per node: test::PostgresServer::createDatabase().
    // (The initializer keeps {clock, totp} free of -Wmissing-field-initializers.)
    std::optional<StoreConfig> store = std::nullopt;
    // A consortium member orders through these etcd members (TestConsortium.h).
    QStringList etcdEndpoints = {};
    quint64 etcdRetainedBlocks = OrderingOptions::DefaultRetainedBlocks;
};

// A full node on its own thread, over a fresh data directory.
class TestNode {
public:
    TestNode()
    {
        m_thread.setObjectName(QStringLiteral("test-full-node"));
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
        m_thread.start();
    }
    ~TestNode()
    {
        onNodeThread([this] { m_node.reset(); });
        m_thread.quit();
        m_thread.wait();
    }
    TestNode(const TestNode &) = delete;
    TestNode &operator=(const TestNode &) = delete;

    // What `careledgerd init` + `careledgerd run` do: write the data directory,
    // open the node, listen on a free loopback port.
    Status start(const NetworkConfig &genesis, const TestOrg &org, const TlsIdentity &tls, TestNodeOptions options = {},
                 quint16 port = 0)
    {
        if (!m_dir.isValid())
            return makeError(QStringLiteral("tmp"), QStringLiteral("no temporary directory"));
        const QString path = m_dir.filePath(QStringLiteral("node"));
        if (Status st = NodeDataDir(path).create(genesis, org.id, org.key.secretKey(), tls.certificatePem, tls.privateKeyPem);
            !st)
            return st;
        m_options = options;
        return open(path, port);
    }

    // Opens a node over an existing data directory (a chain written by
    // ChainWriter, say) and listens on `port` of the loopback (0: any free one).
    Status open(const QString &dataDir, quint16 port = 0)
    {
        Status result;
        m_dataDir = dataDir;
        onNodeThread([&] {
            auto node = FullNode::open(dataDir, m_options.clock ? *m_options.clock : Clock::system(),
                                       FullNodeOptions{m_options.requireTotp, m_options.store, m_options.etcdEndpoints,
                                                       m_options.etcdRetainedBlocks});
            if (!node) {
                result = node.error();
                return;
            }
            auto bound = (*node)->listen(QHostAddress::LocalHost, port);
            if (!bound) {
                result = bound.error();
                return;
            }
            m_port = *bound;
            m_node = std::move(node).value();
        });
        if (!result)
            return result;
        auto certificate = NodeDataDir(dataDir).tlsCertificatePem();
        if (!certificate)
            return certificate.error();
        m_certificateDer = TlsIdentity::pemToDer(*certificate);
        return {};
    }

    // Stops the node (as a clean shutdown would) and opens it again over the
    // same data directory (and the same store), on a new free port: endpoint() changes.
    Status restart()
    {
        onNodeThread([this] { m_node.reset(); });
        m_port = 0;
        return open(m_dataDir);
    }
    const QString &dataDir() const { return m_dataDir; }
    // Stops the node as a shutdown would (what it had not committed is lost);
    // open(dataDir(), port()) brings it back.
    void stop()
    {
        onNodeThread([this] { m_node.reset(); });
    }
    bool isRunning() const { return m_node != nullptr; }

    quint16 port() const { return m_port; }
    QString endpoint() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    const QByteArray &certificateDer() const { return m_certificateDer; }
    std::unique_ptr<NodeClient> client(int timeoutMs = 15000) const
    {
        return std::make_unique<NodeClient>(endpoint(), m_certificateDer, timeoutMs);
    }

    // Runs f(node) on the node's thread and waits: how a test looks into the
    // node's own store (its SQL connection belongs to that thread).
    template <typename F>
    auto inspect(F f) -> decltype(f(std::declval<FullNode &>()))
    {
        using R = decltype(f(std::declval<FullNode &>()));
        if constexpr (std::is_void_v<R>) {
            onNodeThread([&] { f(*m_node); });
        } else {
            std::optional<R> out;
            onNodeThread([&] { out.emplace(f(*m_node)); });
            return std::move(*out);
        }
    }

private:
    template <typename F>
    void onNodeThread(F &&f)
    {
        QMetaObject::invokeMethod(m_context, std::forward<F>(f), Qt::BlockingQueuedConnection);
    }

    QTemporaryDir m_dir;
    QThread m_thread;
    QObject *m_context = nullptr;
    std::unique_ptr<FullNode> m_node;
    quint16 m_port = 0;
    QByteArray m_certificateDer;
    TestNodeOptions m_options;
    QString m_dataDir;
};

// A network whose first org runs a node; the other orgs are members whose
// nodes are not running (their keys still sign their own enrolments).
class TestNetwork : public TestLedger {
public:
    static std::unique_ptr<TestNetwork> start(const QStringList &orgIds, Status *status)
    {
        return start(orgIds, TestNodeOptions{}, status);
    }
    static std::unique_ptr<TestNetwork> start(const QStringList &orgIds, TestNodeOptions options, Status *status)
    {
        auto tls = TlsIdentity::generate(orgIds.first(), {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}, 30);
        if (!tls) {
            *status = tls.error();
            return {};
        }
        Policy policy;
        policy.blockIntervalMs = 10; // cut blocks quickly: the suite waits for every one
        std::unique_ptr<TestNetwork> net(
            new TestNetwork(orgIds, {TlsIdentity::pemToDer(tls->certificatePem)}, policy, *tls));
        *status = net->m_node.start(net->config(), net->org(orgIds.first()), *tls, options);
        return net;
    }

    TestNode &node() { return m_node; }
    const TlsIdentity &tls() const { return m_tls; }
    std::unique_ptr<NodeClient> client(int timeoutMs = 15000) const { return m_node.client(timeoutMs); }

private:
    TestNetwork(const QStringList &orgIds, const QList<QByteArray> &tlsDer, Policy policy, TlsIdentity tls)
        : TestLedger(orgIds, tlsDer, policy), m_tls(std::move(tls))
    {
    }
    TlsIdentity m_tls;
    TestNode m_node;
};

// Runs f on a thread of its own (with its own event loop for a NodeClient)
// while the test goes on; result() waits for it. For a client that must block
// while another one makes the node do something (a long-poll and a submit).
// Not QtConcurrent: the node's API uses the global thread pool itself.
template <typename R>
class Background {
public:
    explicit Background(std::function<R()> f)
        : m_thread(QThread::create([this, f = std::move(f)] { m_result.emplace(f()); }))
    {
        m_thread->start();
    }
    ~Background() { m_thread->wait(); }
    R result()
    {
        m_thread->wait();
        return std::move(*m_result);
    }

private:
    std::optional<R> m_result;
    std::unique_ptr<QThread> m_thread;
};

// A raw HTTPS exchange with the node, pinned like NodeClient, for what the
// client library hides: the HTTP status and the JSON error body.
struct HttpReply {
    int status = 0; // 0: no HTTP answer at all (TLS or connection failure)
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }

    QString errorCode() const { return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString(); }
    QString message() const { return QJsonDocument::fromJson(body).object().value(QStringLiteral("message")).toString(); }
};

inline HttpReply httpRequest(const QString &endpoint, const QByteArray &pinnedDer, const QByteArray &method,
                             const QString &path, const QByteArray &body = {}, const QByteArray &bearerToken = {})
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(endpoint + path));
    const QSslCertificate pinned(pinnedDer, QSsl::Der);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_3OrLater);
    tls.setCaCertificates({pinned});
    request.setSslConfiguration(tls);
    request.setTransferTimeout(15000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/cbor"));
    if (!bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearerToken.toHex());
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, pinned](const QList<QSslError> &errors) {
        if (reply->sslConfiguration().peerCertificate() == pinned)
            reply->ignoreSslErrors(errors);
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.error = reply->error();
    out.errorString = reply->errorString();
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}

} // namespace careledger::testing
