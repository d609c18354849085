#pragma once

// A consortium on one machine for system tests and benchmarks: k real etcd
// members (Debian's etcd-server) on free loopback ports in a temporary
// directory, and n member full nodes (in-process FullNodes, each on its own
// thread like TestNode) that order through them. start() returns when every
// member holds the agreed genesis block; the destructor stops the members and
// kills the etcd processes and removes their directories.
//
// What tests get: config() (the genesis, with each member's pinned TLS
// certificate and endpoint), org(orgId(i)) with its org key (to enrol users of
// that org with TestLedger's builders), member(i) (the TestNode: client(),
// endpoint(), certificateDer(), inspect()), etcd() to kill or restart etcd
// members, and stop/restart of members.

#include "support/PostgresServer.h"
#include "support/TestNetwork.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>

#include <memory>

namespace careledger::testing {

// n distinct loopback ports the kernel just handed out and nothing listens on
// now (held open together so that no two are the same); empty on failure.
inline QList<quint16> freeLoopbackPorts(int n)
{
    std::vector<std::unique_ptr<QTcpServer>> probes;
    QList<quint16> ports;
    for (int i = 0; i < n; ++i) {
        probes.push_back(std::make_unique<QTcpServer>());
        if (!probes.back()->listen(QHostAddress::LocalHost, 0))
            return {};
        ports << probes.back()->serverPort();
    }
    return ports;
}

// One POST to an etcd member's JSON gateway, blocking; the JSON answer, or an
// empty object when it did not answer 200 within timeoutMs.
inline QJsonObject etcdPost(const QString &endpoint, const QString &path, const QByteArray &body, int timeoutMs = 2000)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(endpoint + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// k etcd members forming one cluster, each a real `etcd` process.
class EtcdCluster {
public:
    explicit EtcdCluster(int size)
    {
        for (int i = 0; i < size; ++i)
            m_members.push_back(Member{QStringLiteral("etcd%1").arg(i), 0, 0, nullptr});
    }
    ~EtcdCluster()
    {
        for (int i = 0; i < int(m_members.size()); ++i)
            kill(i);
    }
    EtcdCluster(const EtcdCluster &) = delete;
    EtcdCluster &operator=(const EtcdCluster &) = delete;

    static QString program()
    {
        const QString inPath = QStandardPaths::findExecutable(QStringLiteral("etcd"));
        return inPath.isEmpty() ? QStringLiteral("/usr/bin/etcd") : inPath;
    }

    // Starts every member and waits until the cluster has a leader.
    Status start()
    {
        if (!QFileInfo(program()).isExecutable())
            return makeError(QStringLiteral("etcd"), QStringLiteral("etcd is not installed (Debian: etcd-server)"));
        if (!m_dir.isValid())
            return makeError(QStringLiteral("tmp"), QStringLiteral("no temporary directory for etcd"));
        const QList<quint16> ports = freeLoopbackPorts(2 * size());
        if (ports.isEmpty())
            return makeError(QStringLiteral("port"), QStringLiteral("no free loopback ports for etcd"));
        QStringList cluster;
        for (int i = 0; i < size(); ++i) {
            Member &m = m_members[size_t(i)];
            m.clientPort = ports[2 * i];
            m.peerPort = ports[2 * i + 1];
            cluster << QStringLiteral("%1=http://127.0.0.1:%2").arg(m.name).arg(m.peerPort);
        }
        m_cluster = cluster.join(QLatin1Char(','));
        for (int i = 0; i < int(m_members.size()); ++i)
            if (Status st = launch(i); !st)
                return st;
        return waitForLeader(30000);
    }

    int size() const { return int(m_members.size()); }
    QString endpoint(int i) const { return QStringLiteral("http://127.0.0.1:%1").arg(m_members[size_t(i)].clientPort); }
    QStringList endpoints() const
    {
        QStringList out;
        for (int i = 0; i < size(); ++i)
            out << endpoint(i);
        return out;
    }
    bool isRunning(int i) const
    {
        return m_members[size_t(i)].process && m_members[size_t(i)].process->state() == QProcess::Running;
    }

    // SIGKILL, as a crash or a pulled cable would.
    void kill(int i)
    {
        Member &m = m_members[size_t(i)];
        if (!m.process)
            return;
        m.process->kill();
        m.process->waitForFinished(10000);
        m.process.reset();
    }
    // Starts a killed member again over its data directory.
    Status restart(int i) { return launch(i); }

    // Index of the member that is leader now, as the live members see it; -1 if none.
    int leader() const
    {
        for (int i = 0; i < size(); ++i) {
            if (!isRunning(i))
                continue;
            const QJsonObject status = etcdPost(endpoint(i), QStringLiteral("/v3/maintenance/status"), "{}");
            const QString leaderId = status.value(QStringLiteral("leader")).toString();
            if (leaderId.isEmpty())
                continue;
            for (int j = 0; j < size(); ++j) {
                if (!isRunning(j))
                    continue;
                const QJsonObject other = etcdPost(endpoint(j), QStringLiteral("/v3/maintenance/status"), "{}");
                if (other.value(QStringLiteral("header")).toObject().value(QStringLiteral("member_id")).toString() == leaderId)
                    return j;
            }
        }
        return -1;
    }

    Status waitForLeader(int timeoutMs) const
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (leader() >= 0)
                return {};
            QThread::msleep(100);
        }
        return makeError(QStringLiteral("etcd"), QStringLiteral("the etcd cluster elected no leader within %1 ms").arg(timeoutMs));
    }

private:
    struct Member {
        QString name;
        quint16 clientPort;
        quint16 peerPort;
        std::unique_ptr<QProcess> process;
    };

    Status launch(int i)
    {
        Member &m = m_members[size_t(i)];
        const QString client = QStringLiteral("http://127.0.0.1:%1").arg(m.clientPort);
        const QString peer = QStringLiteral("http://127.0.0.1:%1").arg(m.peerPort);
        m.process = std::make_unique<QProcess>();
        m.process->setProcessChannelMode(QProcess::MergedChannels);
        m.process->setStandardOutputFile(m_dir.filePath(m.name + QStringLiteral(".log")), QIODevice::Append);
        // Short heartbeats: a killed leader is replaced within about a second.
        m.process->start(program(), {QStringLiteral("--name"), m.name,
                                     QStringLiteral("--data-dir"), m_dir.filePath(m.name),
                                     QStringLiteral("--listen-client-urls"), client,
                                     QStringLiteral("--advertise-client-urls"), client,
                                     QStringLiteral("--listen-peer-urls"), peer,
                                     QStringLiteral("--initial-advertise-peer-urls"), peer,
                                     QStringLiteral("--initial-cluster"), m_cluster,
                                     QStringLiteral("--initial-cluster-state"), QStringLiteral("new"),
                                     QStringLiteral("--initial-cluster-token"), QStringLiteral("careledger-test"),
                                     QStringLiteral("--heartbeat-interval"), QStringLiteral("50"),
                                     QStringLiteral("--election-timeout"), QStringLiteral("500"),
                                     QStringLiteral("--logger"), QStringLiteral("zap"),
                                     QStringLiteral("--log-level"), QStringLiteral("warn"),
                                     QStringLiteral("--auto-compaction-mode"), QStringLiteral("revision"),
                                     QStringLiteral("--auto-compaction-retention"), QStringLiteral("10000")});
        if (!m.process->waitForStarted(10000))
            return makeError(QStringLiteral("etcd"), QStringLiteral("etcd %1 did not start: %2").arg(m.name, m.process->errorString()));
        return {};
    }

    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/careledger-etcd-XXXXXX")};
    std::vector<Member> m_members;
    QString m_cluster;
};

struct ConsortiumOptions {
    int members = 4;
    int etcdMembers = 3;
    // Members (by index) whose chain is in PostgreSQL: one fresh database each in `postgres`.
    QList<int> postgresMembers = {};
    test::PostgresServer *postgres = nullptr;
    Policy policy = fastPolicy();
    quint64 etcdRetainedBlocks = OrderingOptions::DefaultRetainedBlocks;

    static Policy fastPolicy()
    {
        Policy p;
        p.blockIntervalMs = 10; // cut blocks quickly: tests wait for every one
        return p;
    }
};

class TestConsortium : public TestLedger {
public:
    static QStringList orgIdsFor(int n)
    {
        QStringList ids;
        for (int i = 0; i < n; ++i)
            ids << QStringLiteral("member%1").arg(i);
        return ids;
    }

    static std::unique_ptr<TestConsortium> start(ConsortiumOptions options, Status *status)
    {
        auto etcd = std::make_unique<EtcdCluster>(options.etcdMembers);
        if (Status st = etcd->start(); !st) {
            *status = st;
            return {};
        }
        const QStringList ids = orgIdsFor(options.members);
        QList<TlsIdentity> tls;
        QList<QByteArray> der;
        const QList<quint16> ports = freeLoopbackPorts(options.members);
        QStringList endpoints;
        for (const QString &id : ids) {
            auto identity = TlsIdentity::generate(id, {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}, 30);
            if (!identity) {
                *status = identity.error();
                return {};
            }
            der << TlsIdentity::pemToDer(identity->certificatePem);
            tls << *identity;
            endpoints << QStringLiteral("https://127.0.0.1:%1").arg(ports.value(int(endpoints.size())));
        }
        std::unique_ptr<TestConsortium> net(new TestConsortium(ids, der, options.policy, endpoints));
        net->m_etcd = std::move(etcd);
        net->m_tls = tls;
        net->m_ports = ports;
        for (int i = 0; i < options.members; ++i) {
            TestNodeOptions nodeOptions;
            nodeOptions.etcdEndpoints = net->etcdEndpointsFor(i);
            nodeOptions.etcdRetainedBlocks = options.etcdRetainedBlocks;
            if (options.postgresMembers.contains(i)) {
                if (!options.postgres || !options.postgres->available()) {
                    *status = makeError(QStringLiteral("postgres"), QStringLiteral("no PostgreSQL server for member %1").arg(i));
                    return {};
                }
                nodeOptions.store = options.postgres->createDatabase();
            }
            net->m_nodes.push_back(std::make_unique<TestNode>());
            if (Status st = net->m_nodes.back()->start(net->config(), net->org(ids[i]), tls[i], nodeOptions, ports[i]); !st) {
                *status = st;
                return {};
            }
        }
        // Every member holds block 0, agreed and signed by a quorum.
        for (int i = 0; i < options.members; ++i)
            if (!net->waitForHeight(i, 0, 30000)) {
                *status = makeError(QStringLiteral("genesis"), QStringLiteral("member %1 has no agreed genesis block").arg(i));
                return {};
            }
        *status = {};
        return net;
    }

    ~TestConsortium()
    {
        // Members first: they talk to etcd until they stop.
        m_nodes.clear();
        m_etcd.reset();
    }

    int size() const { return int(m_nodes.size()); }
    QString orgId(int i) const { return config().members[i].orgId; }
    TestNode &member(int i) { return *m_nodes[size_t(i)]; }
    const TlsIdentity &tls(int i) const { return m_tls[i]; }
    QString endpoint(int i) const { return config().members[i].endpoint; }
    const QByteArray &certificateDer(int i) const { return config().members[i].tlsCertificate; }
    std::unique_ptr<NodeClient> client(int i, int timeoutMs = 30000) const
    {
        return std::make_unique<NodeClient>(endpoint(i), certificateDer(i), timeoutMs);
    }
    EtcdCluster &etcd() { return *m_etcd; }

    // Member i talks to its own etcd member first (members outnumber etcd
    // members: they share), then to the others in turn.
    QStringList etcdEndpointsFor(int i) const
    {
        QStringList all = m_etcd->endpoints();
        QStringList out;
        for (int k = 0; k < all.size(); ++k)
            out << all[(i + k) % all.size()];
        return out;
    }

    // A clean stop; what the member had not committed is gone, as in a crash.
    void stopMember(int i) { member(i).stop(); }
    // Opens member i again over its data directory and store, on its own port.
    Status restartMember(int i) { return member(i).open(member(i).dataDir(), m_ports[i]); }

    // The height of member i's committed tip (as its API serves it); nullopt
    // before it has block 0 or while it does not answer.
    std::optional<quint64> height(int i) const
    {
        auto tip = client(i, 5000)->tip();
        if (!tip || tip->header.networkId.isEmpty())
            return std::nullopt;
        return tip->header.height;
    }

    bool waitForHeight(int i, quint64 atLeast, int timeoutMs) const
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (const auto h = height(i); h && *h >= atLeast)
                return true;
            QThread::msleep(20);
        }
        return false;
    }

private:
    TestConsortium(const QStringList &ids, const QList<QByteArray> &der, Policy policy, const QStringList &endpoints)
        : TestLedger(ids, der, policy, endpoints)
    {
    }

    std::unique_ptr<EtcdCluster> m_etcd;
    QList<TlsIdentity> m_tls;
    QList<quint16> m_ports;
    std::vector<std::unique_ptr<TestNode>> m_nodes;
};

} // namespace careledger::testing
