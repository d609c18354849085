// The referral screens as specifications, driven with the keyboard and the
// mouse against the real engine and a real full node with the demo data:
// Dr. Mensah writes a referral from a patient's record in the referral
// dialog (recipient from the directory, urgency, reason, a record ticked on
// the timeline); Dr. Hart's workstation shows a notice and a badge, lists it
// in the inbox, opens it with the shared record, and accepts it with a slot
// through the action buttons, which offer only what her side and the state
// allow; when her clock passes the demo's stat referral's hour, its row turns
// overdue. With CARELEDGER_SCREENSHOT_DIR set, the inbox and the dialog are
// saved there as PNGs (docs/screenshots/). Needs a Secret Service.

#include "support/DemoWorkstation.h"

#include "core/Clock.h"
#include "keys/KeyStore.h"
#include "main/MainWindow.h"
#include "referrals/ReferralActionDialog.h"
#include "referrals/ReferralDetailView.h"
#include "referrals/ReferralDialog.h"
#include "referrals/ReferralInboxWindow.h"
#include "referrals/ReferralListModel.h"
#include "referrals/ReferralNoticeBar.h"
#include "theme/Theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace careledger;
using namespace careledger::testing;

namespace {
const QString Password = QStringLiteral("a long enough test password");
constexpr int WaitMs = 20000;

template <typename T>
T *child(QObject *parent, const QString &name)
{
    auto *c = parent->findChild<T *>(name);
    if (!c)
        qFatal("no widget named %s", qPrintable(name));
    return c;
}

void saveScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CARELEDGER_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}
} // namespace

class TestReferralScreens : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void dialogNeedsAReasonAndARecipient();
    void dialogSendsTheReferralWithTheTickedRecord();
    void receiverIsNotifiedAndSeesABadge();
    void inboxListsAndOpensTheReferral();
    void acceptingThroughTheButtonsMovesItOn();
    void overdueRowsAreHighlighted();

private:
    std::unique_ptr<WorkstationEngine> startEngine(const QString &name, const Clock &clock);
    void signIn(WorkstationEngine &engine, const QString &login);

    std::unique_ptr<DemoWorkstation> m_demo;
    ManualClock m_hartClock{QDateTime::currentMSecsSinceEpoch()};
    std::unique_ptr<WorkstationEngine> m_gp;
    std::unique_ptr<WorkstationEngine> m_hart;
    std::unique_ptr<MainWindow> m_hartWindow;
    QString m_patient;
    QByteArray m_ticked;      // the record the dialog shared
    QByteArray m_referralId;  // the referral it sent
};

std::unique_ptr<WorkstationEngine> TestReferralScreens::startEngine(const QString &name, const Clock &clock)
{
    EngineSettings settings = m_demo->settings(name);
    settings.lockAfterMs = 24 * 3600 * 1000;
    auto engine = std::make_unique<WorkstationEngine>(settings, clock);
    QSignalSpy started(engine.get(), &WorkstationEngine::started);
    engine->start();
    if (!started.wait(WaitMs))
        qFatal("engine %s did not start", qPrintable(name));
    return engine;
}

void TestReferralScreens::signIn(WorkstationEngine &engine, const QString &login)
{
    QSignalSpy created(&engine, &WorkstationEngine::accountCreated);
    engine.importAccount(login, Password, m_demo->secretKey(login));
    QVERIFY(created.wait(WaitMs));
    QSignalSpy signedIn(&engine, &WorkstationEngine::signedIn);
    QSignalSpy refused(&engine, &WorkstationEngine::signInFailed);
    engine.signIn(login, Password, m_demo->totpCode(login));
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !refused.isEmpty(), 30000);
    QVERIFY2(refused.isEmpty(), qPrintable(refused.value(0).value(1).toString()));
}

void TestReferralScreens::initTestCase()
{
    Theme::apply(*static_cast<QApplication *>(QCoreApplication::instance()), Theme::Mode::Light);
    Status st;
    m_demo = DemoWorkstation::start(5, &st);
    QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
    m_patient = m_demo->patientIds().at(4);
    m_gp = startEngine(QStringLiteral("gp"), Clock::system());
    m_hart = startEngine(QStringLiteral("hart"), m_hartClock);
    signIn(*m_gp, QStringLiteral("gp"));
    signIn(*m_hart, QStringLiteral("doctor"));
    QTRY_COMPARE_WITH_TIMEOUT(m_gp->patients().size(), 5, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_hart->referrals().size(), 4, WaitMs);
    m_hartWindow = std::make_unique<MainWindow>(*m_hart);
    m_hartWindow->show();
}

void TestReferralScreens::cleanupTestCase()
{
    m_hartWindow.reset();
    m_hart.reset();
    m_gp.reset();
    KeyStore keys(m_demo->keychainService());
    for (const QString &login : {QStringLiteral("doctor"), QStringLiteral("gp")})
        (void)keys.removeAccount(KeyStore::accountName(m_demo->network().networkId(), login));
}

void TestReferralScreens::dialogNeedsAReasonAndARecipient()
{
    PatientSummary patient;
    for (const PatientSummary &p : m_gp->patients())
        if (p.patientId == m_patient)
            patient = p;
    ReferralDialog dialog(*m_gp, patient);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Within the own organisation the first colleague is preselected; the reason is still missing.
    QCOMPARE(dialog.doctorBox()->currentText(), QStringLiteral("Dr. Amelia Hart"));
    QVERIFY(!dialog.sendButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("reason")));
    // "Any doctor" of one's own organisation is not a recipient.
    dialog.doctorBox()->setCurrentIndex(0);
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Palpitations"));
    QVERIFY(!dialog.sendButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("colleague")));
    dialog.doctorBox()->setCurrentIndex(1);
    QVERIFY(dialog.sendButton()->isEnabled());
    // Whitespace is no reason.
    dialog.reasonEdit()->clear();
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("   "));
    QVERIFY(!dialog.sendButton()->isEnabled());
}

void TestReferralScreens::dialogSendsTheReferralWithTheTickedRecord()
{
    PatientSummary patient;
    for (const PatientSummary &p : m_gp->patients())
        if (p.patientId == m_patient)
            patient = p;
    ReferralDialog dialog(*m_gp, patient);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QListWidget *records = dialog.recordList();
    QTRY_VERIFY_WITH_TIMEOUT(records->count() > 2, WaitMs);
    dialog.urgencyBox()->setCurrentIndex(dialog.urgencyBox()->findData(int(Urgency::Urgent)));
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Palpitations with syncope"));
    QTest::keyClicks(dialog.questionEdit(), QStringLiteral("Holter monitoring and advice, please."));
    // Tick the second record of the timeline, with the mouse on its check box.
    QListWidgetItem *item = records->item(1);
    const QRect rect = records->visualItemRect(item);
    QTest::mouseClick(records->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
    if (item->checkState() != Qt::Checked) // the style puts the box elsewhere: the keyboard does it too
        item->setCheckState(Qt::Checked);
    m_ticked = item->data(Qt::UserRole + 1).toByteArray();
    QVERIFY(!m_ticked.isEmpty());
    QCOMPARE(dialog.draft().attachments, QList<QByteArray>{m_ticked});
    saveScreenshot(&dialog, QStringLiteral("referral-dialog.png"));

    QSignalSpy sent(&dialog, &ReferralDialog::referralSent);
    QTest::mouseClick(dialog.sendButton(), Qt::LeftButton);
    QVERIFY(!dialog.sendButton()->isEnabled()); // no second submission while the first is on its way
    QVERIFY(sent.wait(WaitMs));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    m_referralId = sent.first().value(0).toByteArray();
    QCOMPARE(m_referralId.size(), 16);
}

void TestReferralScreens::receiverIsNotifiedAndSeesABadge()
{
    auto *notice = child<ReferralNoticeBar>(m_hartWindow.get(), QStringLiteral("referralNotice"));
    QAction *inbox = m_hartWindow->action(QStringLiteral("referrals"));
    QVERIFY(inbox);
    m_hart->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), WaitMs);
    QVERIFY2(notice->text().contains(QLatin1String("New urgent referral from Dr. Kofi Mensah")), qPrintable(notice->text()));
    // Waiting for her answer: the demo's stat and urgent ones, and this one.
    QCOMPARE(inbox->text(), QStringLiteral("Re&ferrals (3)"));
    QVERIFY(inbox->toolTip().contains(QLatin1String("3 waiting")));
    // The notice's button opens the inbox.
    QTest::mouseClick(child<QPushButton>(notice, QStringLiteral("openReferralsButton")), Qt::LeftButton);
    QVERIFY(!notice->isVisible());
    QTRY_VERIFY(m_hartWindow->findChild<ReferralInboxWindow *>());
}

void TestReferralScreens::inboxListsAndOpensTheReferral()
{
    ReferralInboxWindow *inbox = m_hartWindow->openReferrals();
    QVERIFY(inbox);
    QVERIFY(QTest::qWaitForWindowExposed(inbox));
    ReferralListModel *model = inbox->model();
    // Incoming only by default: the three from Dr. Mensah and the new one.
    QCOMPARE(model->rowCount(), 4);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, ReferralListModel::Direction).data().toString(), QStringLiteral("In"));
    auto *filter = child<QComboBox>(inbox, QStringLiteral("directionFilter"));
    filter->setCurrentIndex(filter->findData(int(ReferralListModel::Filter::Outgoing)));
    QCOMPARE(model->rowCount(), 1);
    filter->setCurrentIndex(filter->findData(int(ReferralListModel::Filter::Incoming)));

    const int row = model->rowOf(m_referralId);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, ReferralListModel::Urgency).data().toString(), QStringLiteral("Urgent"));
    QCOMPARE(model->index(row, ReferralListModel::Status).data().toString(), QStringLiteral("Requested"));
    QVERIFY(model->index(row, ReferralListModel::Patient).data().toString().contains(m_patient));
    QVERIFY(model->index(row, ReferralListModel::Due).data().toString().startsWith(QLatin1String("in ")));
    QVERIFY(model->index(row, ReferralListModel::Due).data(Qt::ToolTipRole).toString().contains(QLatin1String("within 7 days")));
    QTest::mouseClick(inbox->table()->viewport(), Qt::LeftButton, {},
                      inbox->table()->visualRect(model->index(row, ReferralListModel::Patient)).center());

    ReferralDetailView *detail = inbox->detail();
    QCOMPARE(detail->referralId(), m_referralId);
    auto *reason = child<QLabel>(detail, QStringLiteral("reasonLabel"));
    QTRY_COMPARE_WITH_TIMEOUT(reason->text(), QStringLiteral("Palpitations with syncope"), WaitMs);
    auto *records = child<QListWidget>(detail, QStringLiteral("recordsList"));
    QCOMPARE(records->count(), 1);
    records->setCurrentRow(0);
    QVERIFY(!child<QPlainTextEdit>(detail, QStringLiteral("recordText"))->toPlainText().isEmpty());
    QCOMPARE(child<QTreeWidget>(detail, QStringLiteral("stepsTree"))->topLevelItemCount(), 1);
    // Her side may accept or decline; it is her own org's referral, so she may also cancel; nothing else.
    QVERIFY(detail->actionButton(ReferralStatus::Accepted)->isVisible());
    QVERIFY(detail->actionButton(ReferralStatus::Rejected)->isVisible());
    QVERIFY(detail->actionButton(ReferralStatus::Cancelled)->isVisible());
    QVERIFY(!detail->actionButton(ReferralStatus::InProgress)->isVisible());
    QVERIFY(!detail->actionButton(ReferralStatus::Completed)->isVisible());
}

void TestReferralScreens::acceptingThroughTheButtonsMovesItOn()
{
    ReferralInboxWindow *inbox = m_hartWindow->openReferrals();
    ReferralDetailView *detail = inbox->detail();
    QCOMPARE(detail->referralId(), m_referralId);
    QTest::mouseClick(detail->actionButton(ReferralStatus::Accepted), Qt::LeftButton);
    ReferralActionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = detail->findChild<ReferralActionDialog *>()) != nullptr && dialog->isVisible());
    auto *slot = child<QDateTimeEdit>(dialog, QStringLiteral("slotEdit"));
    auto *confirm = child<QPushButton>(dialog, QStringLiteral("confirmButton"));
    // A slot in the past is not offered.
    slot->setDateTime(QDateTime::currentDateTime().addDays(-1));
    QVERIFY(!confirm->isEnabled());
    const QDateTime chosen(QDate::currentDate().addDays(2), QTime(10, 30));
    slot->setDateTime(chosen);
    QVERIFY(confirm->isEnabled());
    QSignalSpy done(m_hart.get(), &WorkstationEngine::referralDone);
    QTest::mouseClick(confirm, Qt::LeftButton);
    QVERIFY(done.wait(WaitMs));
    auto *message = child<QLabel>(detail, QStringLiteral("messageLabel"));
    QVERIFY(message->text().startsWith(QLatin1String("Done")));

    // By the next sync: accepted, the slot in the list, two steps, and now Start instead of Accept.
    const int row = inbox->model()->rowOf(m_referralId);
    QTRY_COMPARE_WITH_TIMEOUT(inbox->model()->index(inbox->model()->rowOf(m_referralId), ReferralListModel::Status)
                                  .data().toString(), QStringLiteral("Accepted"),
                              WaitMs);
    QVERIFY(row >= 0);
    QVERIFY(inbox->model()->index(inbox->model()->rowOf(m_referralId), ReferralListModel::Due).data().toString().startsWith(QLatin1String("slot ")));
    QTRY_COMPARE_WITH_TIMEOUT(child<QTreeWidget>(detail, QStringLiteral("stepsTree"))->topLevelItemCount(), 2, WaitMs);
    QVERIFY(detail->actionButton(ReferralStatus::InProgress)->isVisible());
    QVERIFY(!detail->actionButton(ReferralStatus::Accepted)->isVisible());
    QVERIFY(!detail->actionButton(ReferralStatus::Rejected)->isVisible());
    for (const ReferralSummary &r : m_hart->referrals())
        if (r.referralId == m_referralId)
            QCOMPARE(r.appointment.toLocalTime(), chosen);
}

// Two hours on, the demo's stat referral (an hour to answer) is overdue: its
// row is tinted and says so, the summary counts it, the badge turns red.
void TestReferralScreens::overdueRowsAreHighlighted()
{
    ReferralInboxWindow *inbox = m_hartWindow->openReferrals();
    ReferralListModel *model = inbox->model();
    m_hartClock.advance(2 * 3600 * 1000);
    m_hart->syncNow();
    auto *summary = child<QLabel>(inbox, QStringLiteral("inboxSummary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("1 overdue")), WaitMs);
    int overdueRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex due = model->index(row, ReferralListModel::Due);
        if (!due.data(ReferralListModel::OverdueRole).toBool()) {
            QVERIFY(!due.data(Qt::BackgroundRole).isValid());
            continue;
        }
        overdueRow = row;
        QCOMPARE(model->index(row, ReferralListModel::Urgency).data().toString(), QStringLiteral("Immediate (stat)"));
        QVERIFY(due.data().toString().startsWith(QLatin1String("Overdue")));
        QVERIFY2(due.data().toString().contains(QLatin1String("ago")), qPrintable(due.data().toString()));
        QVERIFY(due.data(Qt::BackgroundRole).isValid());
        QVERIFY(due.data(Qt::ToolTipRole).toString().contains(QLatin1String("within 1 hour")));
    }
    QVERIFY(overdueRow >= 0);
    QVERIFY(m_hartWindow->action(QStringLiteral("referrals"))->toolTip().contains(QLatin1String("overdue")));
    inbox->table()->selectRow(overdueRow);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(inbox->detail(), QStringLiteral("reasonLabel"))->text().contains(QLatin1String("Chest pain")),
                             WaitMs);
    // Off the selection, the overdue row shows its tint; the detail stays.
    inbox->table()->clearSelection();
    QTest::qWait(100);
    saveScreenshot(inbox, QStringLiteral("referral-inbox.png"));
}

QTEST_MAIN(TestReferralScreens)
#include "tst_referralscreens.moc"
