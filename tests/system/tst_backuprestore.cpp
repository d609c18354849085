// A backup taken while careledgerd serves and ingests restores into a fresh
// node that `careledgerd verify` passes and that serves the same chain.
// Runs the real binary (CARELEDGER_BIN) as child processes.

#include "full/NodeDataDir.h"
#include "light/NodeClient.h"
#include "support/Careledgerd.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger;

class tst_BackupRestore : public QObject {
    Q_OBJECT

    QString m_bin;

    QProcess *start(const QStringList &args)
    {
        auto *p = new QProcess(this);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(m_bin, args);
        return p;
    }

    int run(const QStringList &args, QString *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_bin, args);
        if (!p.waitForFinished(120000))
            return -1;
        if (output)
            *output = QString::fromUtf8(p.readAll());
        return p.exitCode();
    }

    static Result<SignedHeader> waitForTip(NodeClient &client)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            auto tip = client.tip();
            if (tip || t.elapsed() > 20000)
                return tip;
            QTest::qWait(100);
        }
    }

private slots:
    void initTestCase()
    {
        m_bin = qEnvironmentVariable("CARELEDGER_BIN") + QStringLiteral("/careledgerd");
        if (!QFile::exists(m_bin))
            QSKIP("careledgerd binary not found (CARELEDGER_BIN)");
    }

    void backupWhileServingRestoresToAValidNode()
    {
        QTemporaryDir tmp;
        const QString live = tmp.filePath(QStringLiteral("live"));
        const QString copy = tmp.filePath(QStringLiteral("copy"));
        const quint16 port = testing::freeLoopbackPort();
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--datadir"), live, QStringLiteral("--patients"),
                      QStringLiteral("10"), QStringLiteral("--port"), QString::number(port), QStringLiteral("--seed-only")}),
                 0);
        QProcess *node = start({QStringLiteral("serve"), QStringLiteral("--datadir"), live});
        auto genesis = NodeDataDir(live).genesis();
        QVERIFY(genesis.ok());
        NodeClient client(QStringLiteral("https://127.0.0.1:%1").arg(port), genesis->members.first().tlsCertificate);
        QVERIFY(waitForTip(client).ok());

        // Keep the node writing while the backup runs: enrolments, each a block.
        QProcess *writer = start({QStringLiteral("enroll"), QStringLiteral("--datadir"), live, QStringLiteral("--name"),
                                  QStringLiteral("Night Nurse"), QStringLiteral("--role"), QStringLiteral("nurse"),
                                  QStringLiteral("--key-out"), tmp.filePath(QStringLiteral("nurse.key"))});
        QString out;
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--datadir"), live, QStringLiteral("--to"), copy}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("backed up")), qPrintable(out));
        QVERIFY(writer->waitForFinished(60000));
        QCOMPARE(writer->exitCode(), 0);

        // Refuses to overwrite an existing node.
        QVERIFY(run({QStringLiteral("backup"), QStringLiteral("--datadir"), live, QStringLiteral("--to"), copy}) != 0);

        node->kill();
        node->waitForFinished();

        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--datadir"), copy}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("chain valid")), qPrintable(out));

        // The restored node serves, and its chain is a prefix of the live one.
        QProcess *restored = start({QStringLiteral("serve"), QStringLiteral("--datadir"), copy});
        auto tip = waitForTip(client);
        QVERIFY2(tip.ok(), qPrintable(tip ? QString() : tip.error().message));
        QVERIFY(tip->verifyQuorum(*genesis).ok());
        QVERIFY(tip->header.height >= 1);
        restored->terminate();
        QVERIFY(restored->waitForFinished(10000));
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--datadir"), live}), 0);
    }
};

QTEST_GUILESS_MAIN(tst_BackupRestore)
#include "tst_backuprestore.moc"
