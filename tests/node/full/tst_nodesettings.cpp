// NodeSettings: careledgerd's INI file, here its [store] section (which
// backend holds the chain, and how to reach PostgreSQL) as --check-config and
// `serve --config` read it.

#include "full/NodeSettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger;

class TestNodeSettings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString write(const QByteArray &ini)
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1.ini").arg(++m_counter));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("[node]\ndatadir=" + m_dir.path().toUtf8() + "\n" + ini);
        return path;
    }

private slots:
    void theDefaultIsSqliteInTheDataDirectory()
    {
        const auto s = NodeSettings::load(write(""));
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->storeConfig().backend, StoreConfig::Backend::Sqlite);
        QCOMPARE(s->storeConfig().sqlitePath, m_dir.filePath(QStringLiteral("ledger.sqlite")));
    }

    void theShippedFileIsValid()
    {
        // The source tree comes from ctest's environment: __FILE__ may be relative (ccache's base_dir).
        const auto s = NodeSettings::load(qEnvironmentVariable("CARELEDGER_SOURCE") + QStringLiteral("/packaging/careledgerd.ini"));
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->store.backend, StoreConfig::Backend::Sqlite);
    }

    void postgresqlWithItsOptions()
    {
        const QString pw = m_dir.filePath(QStringLiteral("pw"));
        QFile f(pw);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("secret\n");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QStringList notes;
        const auto s = NodeSettings::load(write("[store]\nbackend=postgresql\nhost=db.example\nport=6543\ndbname=ledger\n"
                                                "user=node_a\npassword_file="
                                                + pw.toUtf8() + "\n"),
                                          &notes);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        const StoreConfig c = s->storeConfig();
        QCOMPARE(c.backend, StoreConfig::Backend::Postgresql);
        QCOMPARE(c.host, QStringLiteral("db.example"));
        QCOMPARE(c.port, quint16(6543));
        QCOMPARE(c.dbname, QStringLiteral("ledger"));
        QCOMPARE(c.user, QStringLiteral("node_a"));
        QCOMPARE(c.passwordFile, pw);
        QVERIFY(!c.describe().contains(QStringLiteral("secret")));
        for (const QString &n : notes)
            QVERIFY2(!n.contains(QStringLiteral("password_file")), qPrintable(n));
    }

    void etcdEndpointsAreAListOfUrls()
    {
        const auto s = NodeSettings::load(write("[etcd]\nendpoints=http://127.0.0.1:2379, http://etcd.b.example:2379/\n"));
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->etcdEndpoints,
                 QStringList({QStringLiteral("http://127.0.0.1:2379"), QStringLiteral("http://etcd.b.example:2379")}));
        const auto quoted = NodeSettings::load(write("[etcd]\nendpoints=\"http://127.0.0.1:2379,http://etcd.b.example:2379\"\n"));
        QVERIFY(quoted.ok());
        QCOMPARE(quoted->etcdEndpoints, s->etcdEndpoints);
        // None: the node orders alone.
        QVERIFY(NodeSettings::load(write(""))->etcdEndpoints.isEmpty());
        QCOMPARE(NodeSettings::load(write(""))->etcdRetainedBlocks, quint64(10000));
        QCOMPARE(NodeSettings::load(write("[etcd]\nretain_blocks=500\n"))->etcdRetainedBlocks, quint64(500));
        QVERIFY(!NodeSettings::load(write("[etcd]\nretain_blocks=3\n")));
    }

    void aBadEtcdEndpointIsNamed()
    {
        const auto s = NodeSettings::load(write("[etcd]\nendpoints=http://127.0.0.1:2379, 127.0.0.1:2379, ftp://x:1\n"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("'127.0.0.1:2379'")), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QStringLiteral("'ftp://x:1'")), qPrintable(s.error().message));
    }

    void postgresqlDefaults()
    {
        const auto s = NodeSettings::load(write("[store]\nbackend=PostgreSQL\n"));
        QVERIFY(s.ok());
        QCOMPARE(s->storeConfig().describe(), QStringLiteral("postgresql://careledger@localhost:5432/careledger"));
    }

    void everyStoreProblemIsReported()
    {
        const auto s = NodeSettings::load(write("[store]\nbackend=postgresql\nport=70000\ndbname=a b\nuser=\n"
                                                "password_file=relative/pw\n"));
        QVERIFY(!s.ok());
        const QString m = s.error().message;
        for (const char *key : {"store/port", "store/dbname", "store/user", "store/password_file"})
            QVERIFY2(m.contains(QLatin1String(key)), qPrintable(m));
    }

    void rpmBatchingOptions()
    {
        const auto defaults = NodeSettings::load(write(""));
        QVERIFY(defaults.ok());
        QCOMPARE(defaults->rpm.batchReadings, 200);
        QCOMPARE(defaults->rpm.batchIntervalMs, 2000);
        const auto set = NodeSettings::load(write("[rpm]\nbatch_readings=50\nbatch_interval_ms=500\n"));
        QVERIFY2(set.ok(), set.ok() ? "" : qPrintable(set.error().message));
        QCOMPARE(set->rpm.batchReadings, 50);
        QCOMPARE(set->rpm.batchIntervalMs, 500);
        const auto bad = NodeSettings::load(write("[rpm]\nbatch_readings=0\nbatch_interval_ms=often\n"));
        QVERIFY(!bad.ok());
        for (const char *key : {"rpm/batch_readings", "rpm/batch_interval_ms"})
            QVERIFY2(bad.error().message.contains(QLatin1String(key)), qPrintable(bad.error().message));
    }

    void anUnknownBackendIsRefused()
    {
        const auto s = NodeSettings::load(write("[store]\nbackend=mysql\n"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("sqlite or postgresql")), qPrintable(s.error().message));
    }

    void postgresqlOptionsWithSqliteAreNotedAsIgnored()
    {
        QStringList notes;
        const auto s = NodeSettings::load(write("[store]\nbackend=sqlite\nhost=db.example\n"), &notes);
        QVERIFY(s.ok());
        QVERIFY2(notes.join(QLatin1Char(' ')).contains(QStringLiteral("store/host is ignored")), qPrintable(notes.join(QLatin1Char(' '))));
    }

    void storeUrls()
    {
        auto c = StoreConfig::fromUrl(QStringLiteral("postgresql://node_a@10.0.0.5:6000/ledger"));
        QVERIFY(c.ok());
        QCOMPARE(c->host, QStringLiteral("10.0.0.5"));
        QCOMPARE(c->port, quint16(6000));
        QCOMPARE(c->user, QStringLiteral("node_a"));
        QCOMPARE(c->dbname, QStringLiteral("ledger"));
        QVERIFY(!StoreConfig::fromUrl(QStringLiteral("postgresql://u:pw@h/db")).ok()); // no passwords in URLs
        QVERIFY(!StoreConfig::fromUrl(QStringLiteral("mysql://h/db")).ok());
        QVERIFY(!StoreConfig::fromUrl(QStringLiteral("postgresql://h/")).ok());
    }
};

QTEST_GUILESS_MAIN(TestNodeSettings)
#include "tst_nodesettings.moc"
