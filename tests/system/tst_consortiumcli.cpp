// `careledgerd consortium` as an administrator uses it: the real binary
// (CARELEDGER_BIN) as child processes. Two hospitals found a consortium from
// their member files; a lab joins the running network through a proposal
// signed by a quorum; a proposal short of its quorum is not sent.

#include "full/NodeDataDir.h"
#include "light/NodeClient.h"
#include "support/Careledgerd.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger;
using namespace careledger::testing;

class TestConsortiumCli : public QObject {
    Q_OBJECT

    QString m_bin;
    QTemporaryDir m_tmp;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    // Runs one step; returns its exit code and puts everything it printed in *output.
    int run(const QStringList &args, QString *output, const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_bin, QStringList{QStringLiteral("consortium")} + args);
        if (!input.isEmpty()) {
            p.write(input);
            p.closeWriteChannel();
        }
        if (!p.waitForFinished(60000))
            return -1;
        *output = QString::fromUtf8(p.readAll());
        return p.exitCode();
    }

    QString networkIdIn(const QString &output) const
    {
        const qsizetype at = output.indexOf(QStringLiteral("network id: "));
        return at < 0 ? QString() : output.mid(at + 12, 64);
    }

private slots:
    void initTestCase()
    {
        m_bin = careledgerdBinary();
        if (!QFile::exists(m_bin))
            QSKIP("careledgerd binary not found (CARELEDGER_BIN)");
        QVERIFY(m_tmp.isValid());
    }

    void createJoinAndAddAMember()
    {
        QString o;
        const quint16 portA = freeLoopbackPort();
        // 1. Each founding member makes its keys and member file.
        QCOMPARE(run({"member", "--datadir", path("a"), "--org-id", "st-marys", "--org-name", "St Mary's Hospital", "--port",
                      QString::number(portA), "--out", path("a.member")},
                     &o),
                 0);
        QVERIFY2(o.contains("org key fingerprint") && o.contains("next: send the member file to the founder"), qPrintable(o));
        QCOMPARE(run({"member", "--datadir", path("b"), "--org-id", "northside", "--port", QString::number(freeLoopbackPort()),
                      "--out", path("b.member")},
                     &o),
                 0);
        // Again in the same directory: refused, keys kept.
        QCOMPARE(run({"member", "--datadir", path("b"), "--org-id", "northside", "--out", path("b2.member")}, &o), 1);
        QVERIFY2(o.contains("refusing to overwrite"), qPrintable(o));

        // 2. The founder assembles the genesis from both files.
        QCOMPARE(run({"create", "--datadir", path("a"), "--network", "Northshire Health", "--member", path("a.member"),
                      "--member", path("b.member"), "--out", path("genesis.cbor")},
                     &o),
                 0);
        QVERIFY2(o.contains("created consortium 'Northshire Health' with 2 members"), qPrintable(o));
        QVERIFY2(o.contains("a block is final with 2 of 2 member signatures"), qPrintable(o));
        const QString networkId = networkIdIn(o);
        QCOMPARE(networkId.size(), 64);

        // 3. The other member joins: only with the network id the founder gave.
        QCOMPARE(run({"join", "--datadir", path("b"), "--genesis", path("genesis.cbor"), "--network-id", QString(64, '0')}, &o), 1);
        QVERIFY2(o.contains("do not use it"), qPrintable(o));
        QVERIFY(!NodeDataDir(path("b")).isInitialised());
        QCOMPARE(run({"join", "--datadir", path("b"), "--genesis", path("genesis.cbor"), "--network-id", networkId}, &o), 0);
        QVERIFY2(o.contains("next: careledgerd serve"), qPrintable(o));
        auto genesisA = NodeDataDir(path("a")).genesis();
        auto genesisB = NodeDataDir(path("b")).genesis();
        QVERIFY(genesisA && genesisB);
        QCOMPARE(*genesisA, *genesisB);
        QCOMPARE(QString::fromLatin1(genesisA->networkId().toHex()), networkId);
        QVERIFY(genesisA->policy.hasEndorsementRules()); // the consortium policy by default
    }

    void proposalsNeedAQuorum()
    {
        // A consortium of one to start with, serving: one signature is its quorum.
        QString o;
        const quint16 port = freeLoopbackPort();
        QCOMPARE(run({"member", "--datadir", path("solo"), "--org-id", "st-marys", "--port", QString::number(port), "--out",
                      path("solo.member")},
                     &o),
                 0);
        QCOMPARE(run({"create", "--datadir", path("solo"), "--network", "Solo Health", "--member", path("solo.member"), "--out",
                      path("solo-genesis.cbor")},
                     &o),
                 0);
        const QString networkId = networkIdIn(o);
        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.start(m_bin, {"serve", "--datadir", path("solo")});
        QVERIFY(node.waitForStarted());
        QElapsedTimer t;
        t.start();
        QByteArray log;
        while (!log.contains("serving") && t.elapsed() < 20000 && node.state() == QProcess::Running) {
            node.waitForReadyRead(200);
            log += node.readAll();
        }
        QVERIFY2(log.contains("serving"), log.constData());

        // The lab makes its keys and installs the genesis: not a founding member.
        QCOMPARE(run({"member", "--datadir", path("lab"), "--org-id", "city-lab", "--org-name", "City Lab", "--port",
                      QString::number(freeLoopbackPort()), "--out", path("lab.member")},
                     &o),
                 0);
        QCOMPARE(run({"join", "--datadir", path("lab"), "--genesis", path("solo-genesis.cbor"), "--network-id", networkId}, &o), 0);
        QVERIFY2(o.contains("is not a founding member"), qPrintable(o));

        // St Mary's proposes adding it; its own signature is the quorum of one.
        QCOMPARE(run({"propose-member", "--datadir", path("solo"), "--member", path("lab.member"), "--out", path("add-lab.cbor")}, &o), 0);
        QVERIFY2(o.contains("ADD member city-lab (City Lab)"), qPrintable(o));
        QVERIFY2(o.contains("version 1 -> 2"), qPrintable(o));
        QVERIFY2(o.contains("a quorum is then 2 of 2"), qPrintable(o));
        QCOMPARE(run({"submit", "--datadir", path("solo"), "--proposal", path("add-lab.cbor")}, &o), 0);
        QVERIFY2(o.contains("configuration version 2 is recorded in block"), qPrintable(o));
        // The same proposal again: the network refuses it (it no longer replaces the configuration in force).
        QCOMPARE(run({"submit", "--datadir", path("solo"), "--proposal", path("add-lab.cbor")}, &o), 1);
        QVERIFY2(o.contains("refused"), qPrintable(o));

        // Two members now: a policy change signed by St Mary's alone is not sent.
        QCOMPARE(run({"propose-policy", "--datadir", path("solo"), "--policy", "none", "--out", path("policy.cbor")}, &o), 0);
        QVERIFY2(o.contains("still to sign: city-lab"), qPrintable(o));
        QCOMPARE(run({"submit", "--datadir", path("solo"), "--proposal", path("policy.cbor")}, &o), 1);
        QVERIFY2(o.contains("has 1 of the 2 signatures it needs; still to sign: city-lab"), qPrintable(o));
        // The lab's admin reads it and declines, then signs.
        QCOMPARE(run({"sign-proposal", "--datadir", path("lab"), "--proposal", path("policy.cbor")}, &o, "no\n"), 1);
        QVERIFY2(o.contains("CHANGE endorsement of record-create") && o.contains("not signed"), qPrintable(o));
        QCOMPARE(run({"sign-proposal", "--datadir", path("lab"), "--proposal", path("policy.cbor")}, &o, "yes\n"), 0);
        QVERIFY2(o.contains("the proposal has its quorum"), qPrintable(o));
        QCOMPARE(run({"sign-proposal", "--datadir", path("lab"), "--proposal", path("policy.cbor"), "--yes"}, &o), 1);
        QVERIFY2(o.contains("already signed"), qPrintable(o));
        QCOMPARE(run({"submit", "--datadir", path("solo"), "--proposal", path("policy.cbor")}, &o), 0);
        QVERIFY2(o.contains("configuration version 3"), qPrintable(o));

        node.terminate();
        QVERIFY(node.waitForFinished(20000));
    }
};

QTEST_GUILESS_MAIN(TestConsortiumCli)
#include "tst_consortiumcli.moc"
