// The compliance officer's screen, driven with QTest against a real demo
// network (full node with TOTP, the demo's users, a real keyring): a doctor
// reads a chart and a patient's private ID is typed wrong three times at the
// kiosk; the officer signs in, sees the audit trail instead of the empty
// "no clinical access" page, filters it, verifies entries in plain words,
// follows the flag through open → reviewed → closed on the ledger, and
// exports CSV, a FHIR AuditEvent bundle and a signed PDF that
// `careledgerd verify-report` accepts and refuses once a byte changes.
//
// With CARELEDGER_SCREENSHOTS set to a folder, saves audit.png there.

#include "audit/AuditTableModel.h"
#include "audit/AuditView.h"
#include "keys/KeyStore.h"
#include "ledger/ReportSignature.h"
#include "main/MainWindow.h"
#include "theme/Theme.h"
#include "support/DemoWorkstation.h"
#include "workstation/AuditExport.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>

using namespace careledger;
using namespace careledger::testing;

namespace {
const QString Password = QStringLiteral("a long enough test password");
constexpr int WaitMs = 15000;

template <typename T>
T *child(QObject *parent, const QString &name)
{
    auto *c = parent->findChild<T *>(name);
    if (!c)
        qFatal("no widget named %s", qPrintable(name));
    return c;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestAuditView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void officerSeesTheAuditTrailNotTheEmptyPage();
    void filtersTheTrail();
    void verifiesSelectedEntriesInPlainWords();
    void followsAFlagThroughTheWorkflow();
    void exportsCsvAndFhir();
    void exportsASignedPdfThatCareledgerdChecks();

private:
    std::unique_ptr<WorkstationEngine> startEngine(const QString &name);
    void signIn(WorkstationEngine &engine, const QString &login, const QString &role);
    void applyFilter(const QString &search, const QString &patient, int actionIndex);
    QList<const AuditRow *> rows() const;

    std::unique_ptr<DemoWorkstation> m_demo;
    std::unique_ptr<WorkstationEngine> m_doctor;
    std::unique_ptr<WorkstationEngine> m_officer;
    std::unique_ptr<MainWindow> m_window;
    AuditView *m_view = nullptr;
    QStringList m_logins;
    QString m_readPatient;
    QString m_guessedPatient;
    QString m_doctorName;
    QTemporaryDir m_files;
};

std::unique_ptr<WorkstationEngine> TestAuditView::startEngine(const QString &name)
{
    auto engine = std::make_unique<WorkstationEngine>(m_demo->settings(name));
    QSignalSpy started(engine.get(), &WorkstationEngine::started);
    engine->start();
    if (!started.wait(WaitMs))
        return nullptr;
    return engine;
}

void TestAuditView::signIn(WorkstationEngine &engine, const QString &login, const QString &role)
{
    m_logins.append(login);
    QSignalSpy created(&engine, &WorkstationEngine::accountCreated);
    engine.importAccount(login, Password, m_demo->secretKey(role));
    QVERIFY(created.wait(WaitMs));
    QSignalSpy signedIn(&engine, &WorkstationEngine::signedIn);
    QSignalSpy refused(&engine, &WorkstationEngine::signInFailed);
    engine.signIn(login, Password, m_demo->totpCode(role));
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !refused.isEmpty(), 30000);
    QVERIFY2(refused.isEmpty(), qPrintable(refused.value(0).value(1).toString()));
}

void TestAuditView::initTestCase()
{
    QVERIFY(m_files.isValid());
    Theme::apply(*qApp, Theme::Mode::Light); // as the application does: the screenshot shows the real look
    Status st;
    m_demo = DemoWorkstation::start(3, &st);
    QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
    m_readPatient = m_demo->patientIds().at(0);
    m_guessedPatient = m_demo->patientIds().at(1);

    // The doctor's day: one chart read, then three wrong private IDs at the kiosk.
    m_doctor = startEngine(QStringLiteral("audit-doctor"));
    QVERIFY(m_doctor);
    signIn(*m_doctor, QStringLiteral("audit-doctor"), QStringLiteral("doctor"));
    m_doctorName = m_doctor->user().name;
    QTRY_VERIFY_WITH_TIMEOUT(m_doctor->patients().size() == 3, WaitMs);
    QSignalSpy pages(m_doctor.get(), &WorkstationEngine::timelinePage);
    TimelineQuery q;
    q.patientId = m_readPatient;
    m_doctor->requestTimeline(q, 0, 5);
    QVERIFY(pages.wait(WaitMs));
    QSignalSpy refused(m_doctor.get(), &WorkstationEngine::kioskRefused);
    for (int i = 0; i < 3; ++i)
        m_doctor->kioskIdentify(m_guessedPatient, QStringLiteral("not-the-id-%1").arg(i));
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 3, WaitMs);
    QSignalSpy logged(m_doctor.get(), &WorkstationEngine::accessLogged);
    m_doctor->flushAccessLog();
    QVERIFY(logged.wait(WaitMs));

    m_officer = startEngine(QStringLiteral("audit-officer"));
    QVERIFY(m_officer);
    signIn(*m_officer, QStringLiteral("audit-officer"), QStringLiteral("compliance_officer"));
    QVERIFY(m_officer->mayAudit());
    m_window = std::make_unique<MainWindow>(*m_officer);
    m_window->resize(1500, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_view = child<AuditView>(m_window.get(), QStringLiteral("auditView"));
}

void TestAuditView::cleanupTestCase()
{
    m_window.reset();
    m_officer.reset();
    m_doctor.reset();
    if (m_demo) {
        KeyStore keys(m_demo->keychainService());
        for (const QString &login : std::as_const(m_logins))
            (void)keys.removeAccount(KeyStore::accountName(m_demo->network().networkId(), login));
    }
}

QList<const AuditRow *> TestAuditView::rows() const
{
    QList<const AuditRow *> out;
    for (int i = 0; i < m_view->model()->rowCount(); ++i)
        out.append(m_view->model()->rowAt(i));
    return out;
}

void TestAuditView::applyFilter(const QString &search, const QString &patient, int actionIndex)
{
    auto *searchEdit = child<QLineEdit>(m_view, QStringLiteral("auditSearch"));
    searchEdit->clear();
    QTest::keyClicks(searchEdit, search);
    auto *patientEdit = child<QLineEdit>(m_view, QStringLiteral("auditPatient"));
    patientEdit->clear();
    QTest::keyClicks(patientEdit, patient);
    child<QComboBox>(m_view, QStringLiteral("auditAction"))->setCurrentIndex(actionIndex);
    QSignalSpy loaded(m_view->model(), &AuditTableModel::loaded);
    QTest::mouseClick(child<QPushButton>(m_view, QStringLiteral("auditApply")), Qt::LeftButton);
    QVERIFY(loaded.wait(WaitMs));
}

void TestAuditView::officerSeesTheAuditTrailNotTheEmptyPage()
{
    QVERIFY(m_view->isVisible());
    QVERIFY(!child<QWidget>(m_window.get(), QStringLiteral("noClinicalAccessPage"))->isVisible());
    // The index fills from the chain: the demo's enrolments, registrations, records and the doctor's access log.
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->rowCount() > 10, WaitMs);
    const auto all = rows();
    QVERIFY(std::any_of(all.cbegin(), all.cend(), [&](const AuditRow *r) {
        return r->patientId == m_readPatient && r->action == int(AccessAction::View) && r->userName == m_doctorName;
    }));
    QVERIFY(child<QLabel>(m_view, QStringLiteral("auditLoaded"))->text().contains(QStringLiteral("entries")));
}

void TestAuditView::filtersTheTrail()
{
    // By name (full text), the doctor's rows only.
    applyFilter(m_doctorName.split(QLatin1Char(' ')).last(), QString(), 0);
    QVERIFY(m_view->model()->rowCount() > 0);
    for (const AuditRow *r : rows())
        QCOMPARE(r->userName, m_doctorName);
    // By patient and action: the three wrong private IDs.
    applyFilter(QString(), m_guessedPatient, 4);
    QCOMPARE(m_view->model()->rowCount(), 3);
    for (const AuditRow *r : rows()) {
        QCOMPARE(r->patientId, m_guessedPatient);
        QCOMPARE(r->action, int(AccessAction::PrivateIdFailed));
    }
    // By organisation: the demo's one hospital holds every row.
    auto *org = child<QComboBox>(m_view, QStringLiteral("auditOrg"));
    QCOMPARE(org->count(), 2);
    org->setCurrentIndex(1);
    applyFilter(QString(), m_guessedPatient, 4);
    QCOMPARE(m_view->model()->rowCount(), 3);
    for (const AuditRow *r : rows())
        QCOMPARE(r->org, QString::fromLatin1(DemoWorkstation::Org));
    org->setCurrentIndex(0);
    // A name nobody has: nothing.
    applyFilter(QStringLiteral("Nobody-By-This-Name"), QString(), 0);
    QCOMPARE(m_view->model()->rowCount(), 0);
    applyFilter(QString(), QString(), 0);
    QVERIFY(m_view->model()->rowCount() > 10);
}

void TestAuditView::verifiesSelectedEntriesInPlainWords()
{
    applyFilter(QString(), m_guessedPatient, 4);
    auto *table = child<QTableView>(m_view, QStringLiteral("auditTable"));
    table->selectRow(0);
    auto *detail = child<QLabel>(m_view, QStringLiteral("auditDetail"));
    QVERIFY(detail->text().contains(m_guessedPatient));
    QVERIFY(detail->text().contains(m_doctorName));
    auto *result = child<QLabel>(m_view, QStringLiteral("auditVerifyResult"));
    QTest::mouseClick(child<QPushButton>(m_view, QStringLiteral("auditVerify")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QStringLiteral("nothing was changed")), WaitMs);
    QVERIFY2(result->text().contains(QStringLiteral("signed by 1 of 1 members")), qPrintable(result->text()));
    QCOMPARE(result->property("badge").toString(), QStringLiteral("verified"));
    // A range: all three.
    table->selectAll();
    QTest::mouseClick(child<QPushButton>(m_view, QStringLiteral("auditVerify")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("All 3 entries verified")), WaitMs);
    if (const QString dir = qEnvironmentVariable("CARELEDGER_SCREENSHOTS"); !dir.isEmpty())
        m_window->grab().save(dir + QStringLiteral("/audit-trail.png"));
}

void TestAuditView::followsAFlagThroughTheWorkflow()
{
    auto *tabs = child<QTabWidget>(m_view, QStringLiteral("auditTabs"));
    tabs->setCurrentIndex(1);
    auto *flags = child<QTableWidget>(m_view, QStringLiteral("flagTable"));
    // Three wrong private IDs within minutes: the kiosk rule fires.
    QTRY_VERIFY_WITH_TIMEOUT(flags->rowCount() >= 1, WaitMs);
    int row = -1;
    for (int i = 0; i < flags->rowCount(); ++i)
        if (flags->item(i, 1)->text() == QStringLiteral("Repeated wrong private IDs") && flags->item(i, 3)->text() == m_guessedPatient)
            row = i;
    QVERIFY(row >= 0);
    QCOMPARE(flags->item(row, 0)->text(), QStringLiteral("Open"));
    QVERIFY(tabs->tabText(1).contains(QStringLiteral("open")));
    flags->setCurrentCell(row, 0);
    auto *detail = child<QLabel>(m_view, QStringLiteral("flagDetail"));
    QVERIFY(detail->text().contains(QStringLiteral("typed wrong 3 times")));
    QVERIFY(detail->text().contains(QStringLiteral("Why this rule")));
    auto *reviewed = child<QPushButton>(m_view, QStringLiteral("flagReviewed"));
    auto *close = child<QPushButton>(m_view, QStringLiteral("flagClose"));
    QVERIFY(reviewed->isEnabled());
    QVERIFY(!close->isEnabled()); // open → reviewed first

    if (const QString dir = qEnvironmentVariable("CARELEDGER_SCREENSHOTS"); !dir.isEmpty())
        m_window->grab().save(dir + QStringLiteral("/audit.png"));

    // Reviewed needs a note.
    QTest::mouseClick(reviewed, Qt::LeftButton);
    QVERIFY(child<QLabel>(m_view, QStringLiteral("flagMessage"))->text().contains(QStringLiteral("Write what you found")));
    QTest::keyClicks(child<QPlainTextEdit>(m_view, QStringLiteral("flagNote")),
                     QStringLiteral("Patient forgot the ID; confirmed at the desk with photo ID."));
    QSignalSpy loadedFlags(m_view, &AuditView::flagsLoaded);
    QTest::mouseClick(reviewed, Qt::LeftButton);
    auto statusOf = [&] {
        for (int i = 0; i < flags->rowCount(); ++i)
            if (flags->item(i, 1)->text() == QStringLiteral("Repeated wrong private IDs") && flags->item(i, 3)->text() == m_guessedPatient)
                return flags->item(i, 0)->text();
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(), QStringLiteral("Reviewed"), WaitMs);
    QVERIFY(child<QLabel>(m_view, QStringLiteral("flagReviews"))->text().contains(QStringLiteral("confirmed at the desk")));
    QVERIFY(close->isEnabled());
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(), QStringLiteral("Closed"), WaitMs);
    // The engine keeps the order too: a closed flag takes no more decisions,
    // and a flag never reviewed cannot be closed.
    QSignalSpy flagLists(m_officer.get(), &WorkstationEngine::auditFlags);
    const quint64 listed = m_officer->requestAuditFlags(m_view->ruleSettings());
    QTRY_VERIFY_WITH_TIMEOUT(!flagLists.isEmpty() && flagLists.last().value(0).toULongLong() == listed, WaitMs);
    const auto all = flagLists.last().value(1).value<QList<AuditFlag>>();
    const auto closedFlag = std::find_if(all.cbegin(), all.cend(), [](const AuditFlag &f) { return f.status == FlagStatus::Closed; });
    QVERIFY(closedFlag != all.cend());
    QSignalSpy refusedReview(m_officer.get(), &WorkstationEngine::recordFailed);
    const quint64 again = m_officer->reviewFlag(closedFlag->flagId, ReviewStatus::Reviewed, QStringLiteral("more"));
    QTRY_VERIFY_WITH_TIMEOUT(!refusedReview.isEmpty(), WaitMs);
    QCOMPARE(refusedReview.last().value(0).toULongLong(), again);
    QCOMPARE(refusedReview.last().value(1).toString(), QStringLiteral("already_closed"));
    const quint64 unreviewed = m_officer->reviewFlag(QByteArray(32, '\x01'), ReviewStatus::Closed, {});
    QTRY_COMPARE_WITH_TIMEOUT(refusedReview.size(), 2, WaitMs);
    QCOMPARE(refusedReview.last().value(0).toULongLong(), unreviewed);
    QCOMPARE(refusedReview.last().value(1).toString(), QStringLiteral("not_reviewed"));
    // The decisions are on the ledger as ComplianceReview transactions, the note only as ciphertext.
    const QList<QByteArray> reviews = m_demo->transactionsOfType(TxType::ComplianceReview);
    QCOMPARE(reviews.size(), 2);
    for (const QByteArray &tx : reviews)
        QVERIFY(!tx.contains(QByteArrayLiteral("confirmed at the desk")));
    tabs->setCurrentIndex(0);
}

void TestAuditView::exportsCsvAndFhir()
{
    applyFilter(QString(), m_guessedPatient, 4);
    QSignalSpy done(m_view, &AuditView::exported);
    QSignalSpy failed(m_view, &AuditView::exportFailed);
    const QString csvPath = m_files.filePath(QStringLiteral("audit.csv"));
    m_view->exportTo(AuditView::ExportKind::Csv, csvPath);
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), WaitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    const QList<QByteArray> lines = readAll(csvPath).split('\n');
    QCOMPARE(QString::fromUtf8(lines[0].trimmed()), AuditExport::csvColumns().join(QLatin1Char(',')));
    QCOMPARE(lines.size(), 1 + 3 + 1); // header, three rows, the final line end
    QVERIFY(lines[1].contains(m_guessedPatient.toUtf8()));
    QVERIFY(lines[1].contains("Private ID failed"));

    done.clear();
    const QString fhirPath = m_files.filePath(QStringLiteral("audit.json"));
    m_view->exportTo(AuditView::ExportKind::FhirBundle, fhirPath);
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), WaitMs);
    const QJsonObject bundle = QJsonDocument::fromJson(readAll(fhirPath)).object();
    QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
    QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
    const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    QCOMPARE(entries.size(), 3);
    const QJsonObject event = entries[0].toObject().value(QStringLiteral("resource")).toObject();
    QCOMPARE(event.value(QStringLiteral("resourceType")).toString(), QStringLiteral("AuditEvent"));
    QVERIFY(event.value(QStringLiteral("meta")).toObject().value(QStringLiteral("profile")).toArray()[0].toString().endsWith(
        QStringLiteral("IHE.BasicAudit.PatientRead")));
    QCOMPARE(event.value(QStringLiteral("action")).toString(), QStringLiteral("R"));
    QCOMPARE(event.value(QStringLiteral("outcome")).toString(), QStringLiteral("4")); // a wrong private ID: minor failure
    const QJsonObject agent = event.value(QStringLiteral("agent")).toArray()[0].toObject();
    QCOMPARE(agent.value(QStringLiteral("who")).toObject().value(QStringLiteral("display")).toString(), m_doctorName);
    QVERIFY(agent.value(QStringLiteral("requestor")).toBool());
    QCOMPARE(agent.value(QStringLiteral("network")).toObject().value(QStringLiteral("address")).toString(),
             QStringLiteral("test-audit-doctor"));
    const QJsonArray entities = event.value(QStringLiteral("entity")).toArray();
    QCOMPARE(entities[0].toObject().value(QStringLiteral("what")).toObject().value(QStringLiteral("reference")).toString(),
             QStringLiteral("Patient/") + m_guessedPatient);
    QVERIFY(!event.value(QStringLiteral("source")).toObject().value(QStringLiteral("observer")).toObject().isEmpty());
    QVERIFY(!event.value(QStringLiteral("recorded")).toString().isEmpty());
}

void TestAuditView::exportsASignedPdfThatCareledgerdChecks()
{
    applyFilter(QString(), m_guessedPatient, 4);
    QSignalSpy done(m_view, &AuditView::exported);
    QSignalSpy failed(m_view, &AuditView::exportFailed);
    const QString pdfPath = m_files.filePath(QStringLiteral("report.pdf"));
    m_view->exportTo(AuditView::ExportKind::SignedPdf, pdfPath);
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), WaitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    const QByteArray pdf = readAll(pdfPath);
    QVERIFY(pdf.startsWith("%PDF"));
    auto signature = ReportSignature::decode(readAll(pdfPath + QStringLiteral(".sig")));
    QVERIFY(signature);
    QCOMPARE(signature->signer, m_officer->user().publicKey);
    QVERIFY(signature->verify(pdf));

    // The command line check, as anyone given the two files would run it.
    const QString careledgerd = qEnvironmentVariable("CARELEDGER_BIN") + QStringLiteral("/careledgerd");
    QProcess check;
    check.start(careledgerd, {QStringLiteral("verify-report"), QStringLiteral("--report"), pdfPath});
    QVERIFY(check.waitForFinished(WaitMs));
    QCOMPARE(check.exitCode(), 0);
    QVERIFY(check.readAllStandardOutput().contains("signature valid"));

    // One byte changed: refused, by the library and by careledgerd.
    QByteArray altered = pdf;
    altered[altered.size() / 2] = char(altered[altered.size() / 2] ^ 0x20);
    QVERIFY(!signature->verify(altered));
    const QString alteredPath = m_files.filePath(QStringLiteral("altered.pdf"));
    {
        QFile f(alteredPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(altered);
    }
    check.start(careledgerd, {QStringLiteral("verify-report"), QStringLiteral("--report"), alteredPath,
                              QStringLiteral("--signature"), pdfPath + QStringLiteral(".sig")});
    QVERIFY(check.waitForFinished(WaitMs));
    QCOMPARE(check.exitCode(), 1);
    QVERIFY(check.readAllStandardOutput().contains("INVALID"));
}

QTEST_MAIN(TestAuditView)
#include "tst_auditview.moc"
