// Logs never contain patient data. The demo network's synthetic patients are
// the probe: their names (and private IDs) must not appear in anything
// careledgerd prints, even at debug level, nor in the output of any other test
// of this suite run (ctest runs this one last).

#include "fhir/SyntheticPatients.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger;

class tst_NoPhiInLogs : public QObject {
    Q_OBJECT

    QStringList m_probes;

    QString findProbe(const QString &text) const
    {
        for (const QString &probe : m_probes)
            if (text.contains(probe, Qt::CaseInsensitive))
                return probe;
        return {};
    }

private slots:
    void initTestCase()
    {
        // Names do not depend on the time the demo ran; the demo's seed is 2026.
        const SyntheticPatients generator(2026);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 200; ++i) {
            const SyntheticPatient p = generator.make(i, now);
            m_probes << p.givenName + QLatin1Char(' ') + p.familyName << p.privateId;
        }
        // The probe itself works: a log line quoting a patient is caught.
        QCOMPARE(findProbe(QStringLiteral("opened record of ") + m_probes.first()), m_probes.first());
    }

    void careledgerdLogsNoPatientDataEvenAtDebugLevel()
    {
        const QString bin = qEnvironmentVariable("CARELEDGER_BIN") + QStringLiteral("/careledgerd");
        if (!QFile::exists(bin))
            QSKIP("careledgerd binary not found (CARELEDGER_BIN)");
        QTemporaryDir dir;
        QProcess demo;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        demo.setProcessEnvironment(env);
        demo.setProcessChannelMode(QProcess::MergedChannels);
        demo.start(bin, {QStringLiteral("demo"), QStringLiteral("--datadir"), dir.path(), QStringLiteral("--patients"),
                         QStringLiteral("40"), QStringLiteral("--seed-only")});
        QVERIFY(demo.waitForFinished(120000));
        QCOMPARE(demo.exitCode(), 0);
        const QString output = QString::fromUtf8(demo.readAll());
        QVERIFY2(output.contains(QStringLiteral("40 patients")), qPrintable(output));
        const QString hit = findProbe(output);
        QVERIFY2(hit.isEmpty(), qPrintable(QStringLiteral("careledgerd printed patient data: %1").arg(hit)));
    }

    void noTestOfThisRunPrintedPatientData()
    {
        // ctest writes the running suite's output to LastTest.log.tmp, renamed at the end.
        const QString logDir = QDir::current().filePath(QStringLiteral("Testing/Temporary"));
        QString log;
        for (const QString &name : {QStringLiteral("LastTest.log.tmp"), QStringLiteral("LastTest.log")}) {
            QFile f(QDir(logDir).filePath(name));
            if (f.open(QIODevice::ReadOnly)) {
                log = QString::fromUtf8(f.readAll());
                break;
            }
        }
        if (log.isEmpty())
            QSKIP("not run under ctest: no suite log to check");
        const QString hit = findProbe(log);
        QVERIFY2(hit.isEmpty(), qPrintable(QStringLiteral("a test's output contains patient data: %1").arg(hit)));
    }
};

QTEST_GUILESS_MAIN(tst_NoPhiInLogs)
#include "tst_nophiinlogs.moc"
