// The workstation's screens against a real engine and a real full node with
// the demo data (tests/support/DemoWorkstation.h): set up an account, sign in
// through the login dialog, find and open a patient, read the timeline, lock
// and unlock, sign out. Needs a Secret Service (scripts/test.sh provides one).

#include "support/DemoWorkstation.h"

#include "keys/KeyStore.h"
#include "login/EnrolmentDialog.h"
#include "login/LockScreen.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "main/SyncStatusWidget.h"
#include "patients/PatientListModel.h"
#include "patients/PatientSearchWidget.h"
#include "record/PatientRecordView.h"
#include "record/TimelineModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace careledger;
using namespace careledger::testing;

namespace {
const QString Password = QStringLiteral("a long enough test password");
}

class TestWorkstation : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void enrolmentImportsAKeyFile();
    void loginShowsRefusalsThenSignsIn();
    void findAndOpenAPatient();
    void timelineDetailAndFilters();
    void lockHidesEverythingUntilThePassword();
    void signOutEndsTheSession();

private:
    std::unique_ptr<DemoWorkstation> m_demo;
    std::unique_ptr<WorkstationEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

void TestWorkstation::initTestCase()
{
    Status st;
    m_demo = DemoWorkstation::start(4, &st);
    QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
    m_engine = std::make_unique<WorkstationEngine>(m_demo->settings(QStringLiteral("ui")));
    QSignalSpy started(m_engine.get(), &WorkstationEngine::started);
    QSignalSpy failed(m_engine.get(), &WorkstationEngine::startFailed);
    m_engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
}

void TestWorkstation::cleanupTestCase()
{
    m_window.reset();
    m_engine.reset();
    if (m_demo) {
        KeyStore keys(m_demo->keychainService());
        (void)keys.removeAccount(KeyStore::accountName(m_demo->network().networkId(), QStringLiteral("doctor")));
    }
}

void TestWorkstation::enrolmentImportsAKeyFile()
{
    EnrolmentDialog dialog(*m_engine);
    dialog.show();
    auto *login = dialog.findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *repeat = dialog.findChild<QLineEdit *>(QStringLiteral("repeatEdit"));
    auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createButton"));
    QVERIFY(login && password && repeat && create);

    QTest::keyClicks(login, QStringLiteral("doctor"));
    QTest::keyClicks(password, QStringLiteral("too short"));
    QVERIFY(!create->isEnabled());
    password->setText(Password);
    repeat->setText(Password + QStringLiteral("x"));
    QVERIFY(!create->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisible()); // "differ"
    repeat->setText(Password);
    QVERIFY(create->isEnabled());

    QSignalSpy ready(&dialog, &EnrolmentDialog::accountReady);
    dialog.importKey(m_demo->secretKey(QStringLiteral("doctor")));
    QVERIFY(ready.wait(30000));
    QCOMPARE(ready.value(0).value(0).toString(), QStringLiteral("doctor"));
    QVERIFY(std::any_of(m_engine->accounts().cbegin(), m_engine->accounts().cend(),
                        [](const LocalAccount &a) { return a.login == QLatin1String("doctor"); }));
}

void TestWorkstation::loginShowsRefusalsThenSignsIn()
{
    LoginDialog dialog(*m_engine);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("codeEdit"));
    auto *signIn = dialog.findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(password && code && signIn);

    dialog.setLogin(QStringLiteral("doctor"));
    QCOMPARE(dialog.login(), QStringLiteral("doctor"));
    QTest::keyClicks(code, QStringLiteral("12ab34"));
    QCOMPARE(code->text(), QStringLiteral("1234")); // digits only
    QVERIFY(!signIn->isEnabled());

    // Wrong password.
    password->setText(QStringLiteral("not the password at all"));
    code->setText(m_demo->totpCode(QStringLiteral("doctor")));
    QVERIFY(signIn->isEnabled());
    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(!signIn->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
    QCOMPARE(dialog.errorText(), LoginDialog::refusalText(QStringLiteral("wrong_password"), {}));

    // A stale code.
    password->setText(Password);
    code->setText(m_demo->totpCode(QStringLiteral("doctor"), QDateTime::currentMSecsSinceEpoch() - 600'000));
    dialog.signIn();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
    QCOMPARE(dialog.errorText(), LoginDialog::refusalText(QStringLiteral("bad_totp"), {}));
    QVERIFY(code->text().isEmpty());

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    code->setText(m_demo->totpCode(QStringLiteral("doctor")));
    QTest::keyClick(code, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty(), 30000);
    QCOMPARE(m_engine->user().name, QStringLiteral("Dr. Amelia Hart"));
    QVERIFY(password->text().isEmpty());
}

void TestWorkstation::findAndOpenAPatient()
{
    m_window = std::make_unique<MainWindow>(*m_engine);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    PatientSearchWidget *search = m_window->patientSearch();
    QTRY_VERIFY_WITH_TIMEOUT(search->model()->rowCount() >= 4, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->syncStatus()->text().startsWith(QStringLiteral("Block ")), 30000);

    // No patient open: nothing to write into.
    QVERIFY(!m_window->action(QStringLiteral("newRecord"))->isEnabled());
    QVERIFY(!m_window->action(QStringLiteral("export"))->isEnabled());

    const PatientSummary patient = search->model()->patients().first();
    m_window->action(QStringLiteral("findPatient"))->trigger();
    QTRY_VERIFY(search->searchField()->hasFocus());
    QTest::keyClicks(search->searchField(), patient.patientId);
    QCOMPARE(search->view()->model()->rowCount(), 1);
    QTest::keyClick(search->searchField(), Qt::Key_Down);
    QVERIFY(search->view()->hasFocus());
    QSignalSpy activated(search, &PatientSearchWidget::patientActivated);
    QTest::keyClick(search->view(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(m_window->recordView()->patientId(), patient.patientId);
    QVERIFY(m_window->action(QStringLiteral("newRecord"))->isEnabled()); // a doctor may write
    QVERIFY(m_window->action(QStringLiteral("export"))->isEnabled());
}

void TestWorkstation::timelineDetailAndFilters()
{
    PatientRecordView *record = m_window->recordView();
    TimelineModel *timeline = record->timeline();
    QTRY_VERIFY_WITH_TIMEOUT(timeline->rowCount() > 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(record->currentEntry() != nullptr, 10000);
    const TimelineEntry *first = record->currentEntry();
    QVERIFY(!first->title.isEmpty());
    QVERIFY(first->verification.height > 0);
    // The list view shows the model's rows, each painted by the delegate.
    QCOMPARE(record->timelineView()->model(), static_cast<QAbstractItemModel *>(timeline));
    QVERIFY(record->timelineView()->visualRect(timeline->index(0)).height() > 0);

    record->setKindFilter({QStringLiteral("vitals")});
    QCOMPARE(timeline->query().kinds, QStringList{QStringLiteral("vitals")});
    QTRY_VERIFY_WITH_TIMEOUT(!timeline->isLoading(), 30000);
    for (int r = 0; r < timeline->rowCount(); ++r)
        QCOMPARE(timeline->entryAt(r)->kind, QStringLiteral("vitals"));
    record->clearFilters();
    QVERIFY(timeline->query().kinds.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(timeline->rowCount() > 0, 30000);
}

void TestWorkstation::lockHidesEverythingUntilThePassword()
{
    const QString open = m_window->recordView()->patientId();
    QSignalSpy locked(m_engine.get(), &WorkstationEngine::locked);
    m_window->action(QStringLiteral("lock"))->trigger();
    QVERIFY(locked.wait(10000));
    QVERIFY(m_window->isShowingLock());
    QVERIFY(!m_window->recordView()->isVisible());
    QVERIFY(!m_window->patientSearch()->isVisible());
    QVERIFY(!m_window->action(QStringLiteral("newRecord"))->isEnabled());
    QVERIFY(!m_window->action(QStringLiteral("findPatient"))->isEnabled());

    LockScreen *lock = m_window->lockScreen();
    auto *field = lock->findChild<QLineEdit *>(QStringLiteral("lockPasswordEdit"));
    QTest::keyClicks(field, QStringLiteral("wrong wrong wrong"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!lock->errorText().isEmpty(), 30000);
    QVERIFY(m_window->isShowingLock());

    QSignalSpy unlocked(m_engine.get(), &WorkstationEngine::unlocked);
    field->setText(Password);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(unlocked.wait(30000));
    QVERIFY(!m_window->isShowingLock());
    QVERIFY(m_window->recordView()->isVisible());
    QCOMPARE(m_window->recordView()->patientId(), open); // the session was kept
}

void TestWorkstation::signOutEndsTheSession()
{
    QSignalSpy signedOut(m_engine.get(), &WorkstationEngine::signedOut);
    m_window->action(QStringLiteral("signOut"))->trigger();
    QVERIFY(signedOut.wait(30000));
    QVERIFY(!m_window->action(QStringLiteral("signOut"))->isEnabled());
}

QTEST_MAIN(TestWorkstation)
#include "tst_workstation.moc"
