#pragma once

// A private PostgreSQL cluster for one test executable: initdb in a temporary
// directory, started with pg_ctl on a free loopback port (and a Unix socket in
// that directory), one fresh database per test, stopped and removed by the
// destructor. Durability is switched off in this cluster (fsync=off): it is a
// scratch server for correctness tests, and the store still asks for
// synchronous commit per session as in production.
//
// Running as root (CI), initdb and the server run as the `postgres` system
// user (`runuser -u postgres --`), which owns the directory. Without the
// PostgreSQL server binaries, available() is false and whyNot() says why, so
// the PostgreSQL rows can QSKIP while the SQLite ones run.

#include "store/LedgerStore.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <memory>

namespace careledger::test {

class PostgresServer {
public:
    PostgresServer() { m_error = start(); }

    ~PostgresServer()
    {
        if (!m_adminConnection.isEmpty()) {
            QSqlDatabase::database(m_adminConnection, false).close();
            QSqlDatabase::removeDatabase(m_adminConnection);
        }
        if (m_started)
            run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
                                           QStringLiteral("-w"), QStringLiteral("stop")});
    }

    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    bool available() const { return m_error.isEmpty(); }
    QString whyNot() const { return m_error; }
    quint16 port() const { return m_port; }

    // The store configuration of database `name` in this cluster.
    StoreConfig config(const QString &name) const
    {
        StoreConfig c;
        c.backend = StoreConfig::Backend::Postgresql;
        c.host = QStringLiteral("127.0.0.1");
        c.port = m_port;
        c.dbname = name;
        c.user = QStringLiteral("careledger");
        return c;
    }

    // A new, empty database; its configuration, or an empty dbname on failure (with a warning).
    StoreConfig createDatabase()
    {
        const QString name = QStringLiteral("t%1_%2").arg(++m_databases).arg(
            QUuid::createUuid().toString(QUuid::Id128).left(8));
        QSqlQuery q(QSqlDatabase::database(m_adminConnection, false));
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            qWarning("PostgresServer: CREATE DATABASE failed: %s", qPrintable(q.lastError().text()));
            return config(QString());
        }
        return config(name);
    }

private:
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/careledger-pg-XXXXXX")};
    QString m_binDir;
    QString m_error;
    QString m_adminConnection;
    quint16 m_port = 0;
    int m_databases = 0;
    bool m_started = false;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    static QString findBinDir()
    {
        if (const QString env = qEnvironmentVariable("CARELEDGER_PG_BINDIR"); !env.isEmpty())
            return env;
        // Debian installs the server outside PATH, one directory per major version: take the newest.
        QDir lib(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toDouble() > b.toDouble(); });
        for (const QString &v : versions)
            if (QFileInfo(lib.filePath(v + QStringLiteral("/bin/initdb"))).isExecutable())
                return lib.filePath(v + QStringLiteral("/bin"));
        const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
        return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
    }

    // A loopback port nobody listens on now (the kernel's choice for port 0).
    static quint16 freePort()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return 0;
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        socklen_t len = sizeof addr;
        quint16 port = 0;
        if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
            && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
            port = ntohs(addr.sin_port);
        ::close(fd);
        return port;
    }

    // Runs a server binary (as `postgres` when we are root); "" on success, else what went wrong.
    QString run(const QString &tool, const QStringList &args) const
    {
        QString program = m_binDir + QLatin1Char('/') + tool;
        QStringList arguments = args;
        if (::geteuid() == 0) {
            arguments.prepend(program);
            arguments.prepend(QStringLiteral("--"));
            arguments.prepend(QStringLiteral("postgres"));
            arguments.prepend(QStringLiteral("-u"));
            program = QStringLiteral("runuser");
        }
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, arguments);
        if (!p.waitForStarted(10000))
            return QStringLiteral("%1 did not start: %2").arg(program, p.errorString());
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(5000);
            return QStringLiteral("%1 did not finish within 60 s").arg(tool);
        }
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QStringLiteral("%1 failed (exit %2): %3")
                .arg(tool)
                .arg(p.exitCode())
                .arg(QString::fromLocal8Bit(p.readAll()).trimmed().right(2000));
        return {};
    }

    QString start()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return QStringLiteral("the Qt PostgreSQL driver (QPSQL, libqt6sql6-psql) is not installed");
        m_binDir = findBinDir();
        if (m_binDir.isEmpty() || !QFileInfo(m_binDir + QStringLiteral("/pg_ctl")).isExecutable())
            return QStringLiteral("the PostgreSQL server binaries (initdb, pg_ctl) are not installed "
                                  "(Debian: postgresql; or set CARELEDGER_PG_BINDIR)");
        if (!m_dir.isValid())
            return QStringLiteral("cannot create a temporary directory for the cluster");
        if (::geteuid() == 0) {
            // initdb refuses to run as root: the cluster belongs to the postgres system user.
            QProcess chown;
            chown.start(QStringLiteral("chown"), {QStringLiteral("postgres:"), m_dir.path()});
            if (!chown.waitForFinished(10000) || chown.exitCode() != 0)
                return QStringLiteral("cannot give %1 to the postgres user (is there one?)").arg(m_dir.path());
        }
        if (QString e = run(QStringLiteral("initdb"),
                            {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("careledger"),
                             QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                             QStringLiteral("--locale=C"), QStringLiteral("--no-sync")});
            !e.isEmpty())
            return e;
        // A port found free may be taken before the server binds it: try a few.
        for (int attempt = 0; attempt < 3 && !m_started; ++attempt) {
            m_port = freePort();
            if (m_port == 0)
                return QStringLiteral("no free loopback port");
            const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off "
                                                   "-c full_page_writes=off -c max_connections=40 "
                                                   "-c shared_buffers=32MB")
                                        .arg(m_port)
                                        .arg(m_dir.path());
            const QString e = run(QStringLiteral("pg_ctl"),
                                  {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                                   m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                                   QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
                                   QStringLiteral("start")});
            if (e.isEmpty())
                m_started = true;
            else if (attempt == 2)
                return e;
        }
        m_adminConnection = QStringLiteral("pg-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_adminConnection);
        admin.setHostName(QStringLiteral("127.0.0.1"));
        admin.setPort(m_port);
        admin.setDatabaseName(QStringLiteral("postgres"));
        admin.setUserName(QStringLiteral("careledger"));
        if (!admin.open())
            return QStringLiteral("cannot connect to the test cluster: %1").arg(admin.lastError().text());
        return {};
    }
};

} // namespace careledger::test
