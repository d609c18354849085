#include "MainWindow.h"

#include "SyncStatusWidget.h"
#include "audit/AuditView.h"
#include "UserInput.h"
#include "export/RecordPdfWriter.h"
#include "forms/RecordFormDialog.h"
#include "import/ImportDialog.h"
#include "kiosk/KioskWindow.h"
#include "login/LockScreen.h"
#include "patients/PatientSearchWidget.h"
#include "record/PatientRecordView.h"
#include "record/TimelineModel.h"
#include "referrals/ReferralDialog.h"
#include "referrals/ReferralInboxWindow.h"
#include "referrals/ReferralNoticeBar.h"
#include "theme/Theme.h"
#include "workstation/WorkstationEngine.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace careledger {

MainWindow::MainWindow(WorkstationEngine &engine, QWidget *parent)
    : QMainWindow(parent),
      m_engine(engine),
      m_user(engine.user()),
      m_stack(new QStackedWidget(this)),
      m_workspace(new QWidget(this)),
      m_search(new PatientSearchWidget(this)),
      m_record(new PatientRecordView(engine, this)),
      m_sync(new SyncStatusWidget(Clock::system(), this)),
      m_lock(new LockScreen(engine, this)),
      m_enrolmentBanner(new QLabel(this)),
      m_referralNotice(new ReferralNoticeBar(this))
{
    // Qt appends the application display name ("… — CareLedger").
    setWindowTitle(m_user.name.isEmpty() ? tr("Signed in") : m_user.name);
    setWindowIcon(Theme::icon(QStringLiteral("record")));
    setObjectName(QStringLiteral("mainWindow"));

    m_enrolmentBanner->setText(tr("Your account is not enrolled on the ledger yet. You can sign in, but you will see "
                                  "no patients until your organisation's administrator has enrolled you."));
    m_enrolmentBanner->setWordWrap(true);
    m_enrolmentBanner->setProperty("severity", "warning");
    m_enrolmentBanner->setVisible(!m_user.enrolled);

    // The record gets the room: the patient list keeps about 400 px (its
    // columns fit that), the rest — and any extra width — goes to the record.
    m_splitter = new QSplitter(Qt::Horizontal, m_workspace);
    m_splitter->setChildrenCollapsible(false);
    m_search->setMinimumWidth(340);
    m_splitter->addWidget(m_search);
    m_splitter->addWidget(m_record);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({400, 1200});
    m_noClinicalAccess = buildNoClinicalAccessPage();
    m_audit = new AuditView(engine, m_workspace);

    auto *workspaceLayout = new QVBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(12, 12, 12, 8);
    workspaceLayout->setSpacing(8);
    workspaceLayout->addWidget(m_enrolmentBanner);
    workspaceLayout->addWidget(m_referralNotice);
    workspaceLayout->addWidget(m_splitter, 1);
    workspaceLayout->addWidget(m_noClinicalAccess, 1);
    workspaceLayout->addWidget(m_audit, 1);

    m_stack->addWidget(m_workspace);
    m_stack->addWidget(m_lock);
    setCentralWidget(m_stack);

    statusBar()->addPermanentWidget(m_sync, 1);
    statusBar()->setSizeGripEnabled(true);

    buildActions();
    buildToolBar();

    connect(m_search, &PatientSearchWidget::patientActivated, this, &MainWindow::openPatient);
    connect(&engine, &WorkstationEngine::patientsChanged, this, &MainWindow::onPatientsChanged);
    connect(&engine, &WorkstationEngine::referralsChanged, this, &MainWindow::onReferralsChanged);
    connect(&engine, &WorkstationEngine::referralNotice, m_referralNotice, &ReferralNoticeBar::notify);
    connect(m_referralNotice, &ReferralNoticeBar::openInboxRequested, this, &MainWindow::openReferrals);
    connect(&engine, &WorkstationEngine::syncStatusChanged, m_sync, &SyncStatusWidget::setStatus);
    connect(m_sync, &SyncStatusWidget::syncRequested, &engine, &WorkstationEngine::syncNow);
    connect(m_sync, &SyncStatusWidget::clearDistrustRequested, &engine, &WorkstationEngine::clearDistrust);
    connect(&engine, &WorkstationEngine::locked, this, &MainWindow::onLocked);
    connect(&engine, &WorkstationEngine::unlocked, this, &MainWindow::onUnlocked);
    connect(m_lock, &LockScreen::switchUserRequested, this, &MainWindow::switchUser);
    connect(&engine, &WorkstationEngine::signedIn, this, [this](const UserProfile &user) {
        m_user = user;
        m_enrolmentBanner->setVisible(!user.enrolled);
        updateActions();
        if (m_engine.mayAudit())
            m_audit->activate();
    });
    connect(&engine, &WorkstationEngine::recordFinal, this, [this](quint64, const TimelineEntry &entry) {
        statusBar()->showMessage(tr("Saved: %1 (final in block %2)")
                                     .arg(entry.title, QLocale().toString(entry.verification.height)),
                                 10000);
    });
    connect(&engine, &WorkstationEngine::importDone, this, [this](quint64, int imported) {
        statusBar()->showMessage(tr("Import complete. Records imported: %1.").arg(QLocale().toString(imported)), 10000);
    });
    connect(&engine, &WorkstationEngine::exportReady, this,
            [this](quint64 request, const QByteArray &bundle, const QList<TimelineEntry> &entries) {
                if (request != m_exportRequest)
                    return;
                m_exportRequest = 0;
                updateActions();
                Status written;
                if (m_exportFormat == QLatin1String("pdf")) {
                    written = RecordPdfWriter::write(m_exportPath, m_record->patient(), entries);
                } else {
                    QSaveFile file(m_exportPath);
                    if (!file.open(QIODevice::WriteOnly) || file.write(bundle) != bundle.size() || !file.commit())
                        written = makeError(QStringLiteral("io"), file.errorString());
                }
                if (written)
                    statusBar()->showMessage(tr("Exported %n record(s) to %1", nullptr, int(entries.size()))
                                                 .arg(QDir::toNativeSeparators(m_exportPath)),
                                             15000);
                else
                    QMessageBox::warning(this, tr("Export"), tr("The export could not be written: %1").arg(written.error().message));
            });
    connect(&engine, &WorkstationEngine::requestFailed, this,
            [this](quint64 request, const QString &, const QString &message) {
                if (request != m_exportRequest)
                    return;
                m_exportRequest = 0;
                updateActions();
                QMessageBox::warning(this, tr("Export"), tr("The record could not be exported: %1").arg(message));
            });

    m_search->setPatients(engine.patients());
    m_sync->setStatus(engine.syncStatus());
    onReferralsChanged();
    qApp->installEventFilter(this);
    m_lastActivity.start();
    updateActions();
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
    resize(qMin(1600, screen.width() * 96 / 100), qMin(1000, screen.height() * 94 / 100));
    m_search->focusSearch();
    if (m_engine.mayAudit())
        m_audit->activate();
    if (engine.isLocked())
        onLocked();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

QWidget *MainWindow::buildNoClinicalAccessPage()
{
    // Roles that read no clinical content (compliance officers,
    // administrators) never get patients on this workstation: say so,
    // instead of an empty list that promises to fill in.
    auto *page = new QWidget(m_workspace);
    page->setObjectName(QStringLiteral("noClinicalAccessPage"));
    auto *card = new QFrame(page);
    card->setProperty("role", "card");
    card->setMaximumWidth(560);
    auto *icon = new QLabel(card);
    icon->setPixmap(Theme::icon(QStringLiteral("user")).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    m_noClinicalAccessTitle = new QLabel(card);
    m_noClinicalAccessTitle->setObjectName(QStringLiteral("noClinicalAccessLabel"));
    m_noClinicalAccessTitle->setProperty("role", "subheading");
    m_noClinicalAccessTitle->setAlignment(Qt::AlignCenter);
    m_noClinicalAccessTitle->setWordWrap(true);
    auto *later = new QLabel(tr("The audit trail comes in a later release."), card);
    later->setProperty("role", "caption");
    later->setAlignment(Qt::AlignCenter);
    later->setWordWrap(true);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 28);
    cardLayout->setSpacing(10);
    cardLayout->addWidget(icon);
    cardLayout->addWidget(m_noClinicalAccessTitle);
    cardLayout->addWidget(later);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

void MainWindow::buildActions()
{
    auto make = [this](const QString &name, const QString &icon, const QString &text, const QKeySequence &shortcut = {}) {
        auto *a = new QAction(Theme::icon(icon), text, this);
        a->setObjectName(name);
        if (!shortcut.isEmpty()) {
            a->setShortcut(shortcut);
            a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                                       shortcut.toString(QKeySequence::NativeText)));
        }
        addAction(a);
        return a;
    };
    m_find = make(QStringLiteral("findPatient"), QStringLiteral("search"), tr("&Find patient"), QKeySequence::Find);
    connect(m_find, &QAction::triggered, m_search, &PatientSearchWidget::focusSearch);

    m_newRecord = make(QStringLiteral("newRecord"), QStringLiteral("add"), tr("&New record"), QKeySequence::New);
    m_newRecordMenu = new QMenu(this);
    for (const QString &kind : RecordFormDialog::authorableKinds(m_engine)) {
        QIcon icon = Theme::icon(kind);
        QAction *a = m_newRecordMenu->addAction(icon, RecordFormDialog::kindTitle(kind) + QStringLiteral("…"));
        a->setObjectName(QStringLiteral("newRecord_") + kind);
        connect(a, &QAction::triggered, this, [this, kind] { newRecord(kind); });
    }
    m_newRecord->setMenu(m_newRecordMenu);
    connect(m_newRecord, &QAction::triggered, this, [this] {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_newRecord)))
            button->showMenu();
    });

    m_import = make(QStringLiteral("importFhir"), QStringLiteral("import"), tr("&Import FHIR…"),
                    QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_import, &QAction::triggered, this, &MainWindow::importFhir);

    m_export = make(QStringLiteral("export"), QStringLiteral("export"), tr("&Export"), QKeySequence(Qt::CTRL | Qt::Key_E));
    auto *exportMenu = new QMenu(this);
    QAction *fhir = exportMenu->addAction(Theme::icon(QStringLiteral("export")), tr("FHIR bundle (JSON)…"));
    fhir->setObjectName(QStringLiteral("exportFhir"));
    connect(fhir, &QAction::triggered, this, [this] { exportRecord(QStringLiteral("fhir")); });
    QAction *pdf = exportMenu->addAction(Theme::icon(QStringLiteral("pdf")), tr("PDF for printing…"));
    pdf->setObjectName(QStringLiteral("exportPdf"));
    connect(pdf, &QAction::triggered, this, [this] { exportRecord(QStringLiteral("pdf")); });
    m_export->setMenu(exportMenu);
    connect(m_export, &QAction::triggered, this, [this] {
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_export)))
            button->showMenu();
    });

    m_kiosk = make(QStringLiteral("kiosk"), QStringLiteral("kiosk"), tr("&Kiosk mode…"), QKeySequence(Qt::CTRL | Qt::Key_K));
    m_kiosk->setStatusTip(tr("Hand the screen to the patient at the desk to share or view their records"));
    connect(m_kiosk, &QAction::triggered, this, &MainWindow::startKiosk);

    m_refer = make(QStringLiteral("referPatient"), QStringLiteral("referral"), tr("&Refer…"), QKeySequence(Qt::CTRL | Qt::Key_R));
    m_refer->setStatusTip(tr("Refer the open patient to a colleague or another organisation"));
    connect(m_refer, &QAction::triggered, this, &MainWindow::referPatient);
    m_referrals = make(QStringLiteral("referrals"), QStringLiteral("referral"), tr("Re&ferrals"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_referrals, &QAction::triggered, this, &MainWindow::openReferrals);

    m_lockAction = make(QStringLiteral("lock"), QStringLiteral("lock"), tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockNow);
    m_switchUser = make(QStringLiteral("switchUser"), QStringLiteral("switch-user"), tr("S&witch user"));
    m_switchUser->setToolTip(tr("Sign out and let another user sign in"));
    connect(m_switchUser, &QAction::triggered, this, &MainWindow::switchUser);
    m_signOut = make(QStringLiteral("signOut"), QStringLiteral("logout"), tr("Sign &out"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOut);
}

void MainWindow::buildToolBar()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->toggleViewAction()->setEnabled(false);
    setContextMenuPolicy(Qt::NoContextMenu);

    m_toolBar->addAction(m_find);
    m_findSeparator = m_toolBar->addSeparator();
    m_toolBar->addAction(m_newRecord);
    m_toolBar->addAction(m_import);
    m_toolBar->addAction(m_export);
    // The drop-down buttons open their menu on a click, with the arrow to the
    // right of the label (Fusion would put it under the text, detached).
    for (QAction *a : {m_newRecord, m_export}) {
        if (auto *b = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(a))) {
            b->setPopupMode(QToolButton::InstantPopup);
            b->setProperty("dropDown", true);
        }
    }
    m_toolBar->setStyleSheet(QStringLiteral(
        "QToolButton[dropDown=\"true\"] { padding-right: 16px; }"
        "QToolButton[dropDown=\"true\"]::menu-indicator {"
        "  subcontrol-origin: padding; subcontrol-position: center right; right: 4px; }"));
    m_toolBar->addAction(m_kiosk);
    m_toolBar->addAction(m_refer);
    m_toolBar->addAction(m_referrals);

    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);

    auto *user = new QLabel(m_toolBar);
    QStringList who{m_user.name};
    who << TimelineModel::roleText(roleName(m_user.role));
    if (!m_user.orgName.isEmpty())
        who << m_user.orgName;
    user->setText(who.join(QStringLiteral(" · ")));
    user->setProperty("role", "caption");
    user->setContentsMargins(8, 0, 12, 0);
    auto *userIcon = new QLabel(m_toolBar);
    userIcon->setPixmap(Theme::icon(QStringLiteral("user")).pixmap(20, 20));
    m_toolBar->addWidget(userIcon);
    m_toolBar->addWidget(user);
    m_toolBar->addAction(m_lockAction);
    m_toolBar->addAction(m_switchUser);
    m_toolBar->addAction(m_signOut);
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

bool MainWindow::isShowingLock() const
{
    return m_stack->currentWidget() == m_lock;
}

void MainWindow::updateActions()
{
    const bool locked = isShowingLock();
    const bool patient = !m_record->patientId().isEmpty();
    // Without clinical content there are no patients: no patient actions at all.
    const bool clinical = readsClinicalContent(m_user.role);
    const bool audits = m_user.enrolled && m_user.role == Role::ComplianceOfficer;
    m_splitter->setVisible(clinical);
    m_audit->setVisible(audits);
    m_noClinicalAccess->setVisible(!clinical && !audits);
    m_noClinicalAccessTitle->setText(tr("Your role (%1) does not read clinical records.")
                                         .arg(TimelineModel::roleText(roleName(m_user.role))));
    m_find->setVisible(clinical);
    m_find->setEnabled(!locked && clinical);
    const bool mayAuthor = clinical && !m_newRecordMenu->actions().isEmpty();
    m_newRecord->setVisible(mayAuthor);
    m_newRecord->setEnabled(!locked && patient && mayAuthor);
    const bool mayImport = clinical && m_engine.mayImport();
    m_import->setVisible(mayImport);
    m_import->setEnabled(!locked && patient && mayImport);
    m_export->setVisible(clinical);
    m_export->setEnabled(!locked && patient && clinical && m_exportRequest == 0);
    m_kiosk->setVisible(clinical);
    m_kiosk->setEnabled(!locked && patient && clinical);
    m_findSeparator->setVisible(clinical);
    const bool doctor = m_user.role == Role::Doctor;
    m_refer->setVisible(doctor);
    m_refer->setEnabled(!locked && patient && doctor);
    m_referrals->setVisible(clinical);
    m_referrals->setEnabled(!locked && clinical);
    m_lockAction->setEnabled(!locked);
    m_switchUser->setEnabled(!locked && !m_signingOut);
    m_signOut->setEnabled(!locked && !m_signingOut);
    const QString tip = patient ? QString() : tr("Open a patient first");
    for (QAction *a : {m_newRecord, m_import, m_export, m_kiosk, m_refer})
        a->setStatusTip(tip);
}

void MainWindow::openPatient(const QString &patientId)
{
    for (const PatientSummary &p : m_engine.patients()) {
        if (p.patientId == patientId) {
            m_record->openPatient(p);
            m_search->setCurrentPatient(patientId);
            updateActions();
            return;
        }
    }
}

void MainWindow::onPatientsChanged()
{
    const QList<PatientSummary> patients = m_engine.patients();
    m_search->setPatients(patients);
    const QString open = m_record->patientId();
    if (open.isEmpty())
        return;
    for (const PatientSummary &p : patients) {
        if (p.patientId == open) {
            m_record->updatePatient(p);
            return;
        }
    }
}

void MainWindow::showDialog(QWidget *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto *d = qobject_cast<QDialog *>(dialog))
        d->open(); // never exec(): the lock screen must be able to hide it
    else
        dialog->show();
}

void MainWindow::newRecord(const QString &kind)
{
    if (m_record->patientId().isEmpty() || isShowingLock())
        return;
    showDialog(new RecordFormDialog(m_engine, m_record->patientId(), kind, this));
}

void MainWindow::importFhir()
{
    if (m_record->patientId().isEmpty() || isShowingLock() || !m_engine.mayImport())
        return;
    showDialog(new ImportDialog(m_engine, m_record->patientId(), this));
}

void MainWindow::exportRecord(const QString &format)
{
    const QString patientId = m_record->patientId();
    if (patientId.isEmpty() || m_exportRequest != 0)
        return;
    const bool pdf = format == QLatin1String("pdf");
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(patientId + (pdf ? QStringLiteral("-record.pdf") : QStringLiteral("-record.json")));
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export the record as PDF") : tr("Export the record as a FHIR bundle"), suggested,
        pdf ? tr("PDF documents (*.pdf)") : tr("FHIR JSON (*.json)"));
    if (path.isEmpty())
        return;
    m_exportPath = path;
    m_exportFormat = format;
    m_exportRequest = m_engine.requestExport(patientId, {});
    statusBar()->showMessage(tr("Exporting the record…"));
    updateActions();
}

void MainWindow::startKiosk()
{
    const QString patientId = m_record->patientId();
    if (patientId.isEmpty() || isShowingLock())
        return;
    auto *kiosk = new KioskWindow(m_engine, patientId, this);
    kiosk->setWindowFlag(Qt::Window);
    kiosk->setAttribute(Qt::WA_DeleteOnClose);
    kiosk->setWindowModality(Qt::ApplicationModal);
    kiosk->showFullScreen();
}

void MainWindow::referPatient()
{
    if (m_record->patientId().isEmpty() || isShowingLock() || m_user.role != Role::Doctor)
        return;
    auto *dialog = new ReferralDialog(m_engine, m_record->patient(), this);
    connect(dialog, &ReferralDialog::referralSent, this, [this] {
        statusBar()->showMessage(tr("Referral sent: signed and final on the network."), 10000);
    });
    showDialog(dialog);
}

ReferralInboxWindow *MainWindow::openReferrals()
{
    if (isShowingLock())
        return nullptr;
    if (!m_inbox) {
        m_inbox = new ReferralInboxWindow(m_engine, this);
        m_inbox->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_inbox, &ReferralInboxWindow::openPatientRequested, this, [this](const QString &patientId) {
            openPatient(patientId);
            raise();
            activateWindow();
        });
    }
    m_inbox->show();
    m_inbox->raise();
    m_inbox->activateWindow();
    return m_inbox;
}

// The inbox button carries a badge: how many incoming referrals wait for an
// answer, red when one of them is overdue.
void MainWindow::onReferralsChanged()
{
    int waiting = 0;
    bool overdue = false;
    for (const ReferralSummary &r : m_engine.referrals()) {
        waiting += r.incoming && r.status == ReferralStatus::Requested;
        overdue = overdue || (r.incoming && r.overdue);
    }
    m_referrals->setText(waiting > 0 ? tr("Re&ferrals (%1)").arg(waiting) : tr("Re&ferrals"));
    m_referrals->setToolTip(waiting == 0 ? tr("Referral inbox")
                            : overdue    ? tr("Referral inbox: %n waiting for your answer, some overdue", nullptr, waiting)
                                         : tr("Referral inbox: %n waiting for your answer", nullptr, waiting));
    QIcon icon = Theme::icon(QStringLiteral("referral"));
    if (waiting > 0) {
        QPixmap pixmap = icon.pixmap(QSize(20, 20), devicePixelRatioF());
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(overdue ? Theme::danger() : Theme::accent());
        p.drawEllipse(QRectF(11, 0, 9, 9));
        p.end();
        icon = QIcon(pixmap);
    }
    m_referrals->setIcon(icon);
}

void MainWindow::lockNow()
{
    m_engine.lock();
}

void MainWindow::switchUser()
{
    if (m_signingOut)
        return;
    emit switchUserRequested();
    signOut();
}

void MainWindow::signOut()
{
    if (m_signingOut)
        return;
    m_signingOut = true;
    updateActions();
    statusBar()->showMessage(tr("Signing out…"));
    m_engine.signOut();
}

void MainWindow::onLocked()
{
    if (isShowingLock())
        return;
    // Every other window (record forms, proofs, the kiosk) goes out of sight
    // until the password is given again; popups and tooltips just close.
    m_hiddenWhileLocked.clear();
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w == this || !w->isVisible())
            continue;
        const Qt::WindowType type = w->windowType();
        if (type == Qt::Dialog || type == Qt::Window || type == Qt::Sheet || type == Qt::Tool)
            m_hiddenWhileLocked << QPointer<QWidget>(w);
        w->hide();
    }
    if (isFullScreen())
        showNormal();
    m_toolBar->hide();
    statusBar()->hide();
    m_stack->setCurrentWidget(m_lock);
    updateActions();
    m_lock->activate(m_user.name);
    raise();
    activateWindow();
}

void MainWindow::onUnlocked()
{
    if (!isShowingLock())
        return;
    m_stack->setCurrentWidget(m_workspace);
    m_toolBar->show();
    statusBar()->show();
    updateActions();
    for (const QPointer<QWidget> &w : std::as_const(m_hiddenWhileLocked)) {
        if (w)
            w->show();
    }
    m_hiddenWhileLocked.clear();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // At most one call a second: a mouse move is many events.
    if (isUserInput(event->type()) && !isShowingLock() && m_lastActivity.elapsed() >= 1000) {
        m_lastActivity.restart();
        m_engine.noteActivity();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing the window ends the session: waiting access events are sent and the keys wiped.
    if (!m_signingOut) {
        m_signingOut = true;
        m_engine.signOut();
    }
    event->accept();
    emit closed();
}

} // namespace careledger
