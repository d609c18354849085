#pragma once

#include "workstation/EngineTypes.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace careledger {

class AuditView;

class LockScreen;
class PatientRecordView;
class ReferralInboxWindow;
class ReferralNoticeBar;
class PatientSearchWidget;
class SyncStatusWidget;
class WorkstationEngine;

// The workstation after sign-in: toolbar (find patient, new record, import,
// export, kiosk, lock, switch user, sign out), patient search on the left,
// the open record on the right, the ledger's state in the status bar. Any
// user input anywhere in the application counts as activity for the
// inactivity lock; on WorkstationEngine::locked the lock screen replaces
// everything (open dialogs are hidden until unlocked).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(WorkstationEngine &engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    PatientSearchWidget *patientSearch() const { return m_search; }
    PatientRecordView *recordView() const { return m_record; }
    SyncStatusWidget *syncStatus() const { return m_sync; }
    LockScreen *lockScreen() const { return m_lock; }
    bool isShowingLock() const;
    QAction *action(const QString &objectName) const;

public slots:
    void openPatient(const QString &patientId);
    void newRecord(const QString &kind);
    void importFhir();
    void exportRecord(const QString &format); // "fhir" or "pdf"
    void startKiosk();
    // The referral dialog for the open patient; the referral inbox (non-modal, one at a time).
    void referPatient();
    ReferralInboxWindow *openReferrals();
    void lockNow();
    void switchUser();
    void signOut();

signals:
    // The user asked for the login screen (after sign-out).
    void switchUserRequested();
    // The window was closed: the application should end.
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildNoClinicalAccessPage();
    void buildActions();
    void buildToolBar();
    void updateActions();
    void onPatientsChanged();
    void onReferralsChanged();
    void onLocked();
    void onUnlocked();
    void showDialog(QWidget *dialog);

    WorkstationEngine &m_engine;
    UserProfile m_user;
    QStackedWidget *m_stack;
    QWidget *m_workspace;
    PatientSearchWidget *m_search;
    PatientRecordView *m_record;
    SyncStatusWidget *m_sync;
    LockScreen *m_lock;
    QLabel *m_enrolmentBanner;
    QSplitter *m_splitter = nullptr;
    QWidget *m_noClinicalAccess = nullptr;
    AuditView *m_audit = nullptr; // compliance officers' screen
    QLabel *m_noClinicalAccessTitle = nullptr;
    QAction *m_findSeparator = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_find = nullptr;
    QAction *m_newRecord = nullptr;
    QMenu *m_newRecordMenu = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_kiosk = nullptr;
    QAction *m_refer = nullptr;
    QAction *m_referrals = nullptr;
    ReferralNoticeBar *m_referralNotice = nullptr;
    QPointer<ReferralInboxWindow> m_inbox;
    QAction *m_lockAction = nullptr;
    QAction *m_switchUser = nullptr;
    QAction *m_signOut = nullptr;
    QList<QPointer<QWidget>> m_hiddenWhileLocked;
    QElapsedTimer m_lastActivity;
    quint64 m_exportRequest = 0;
    QString m_exportPath;
    QString m_exportFormat;
    bool m_signingOut = false;
};

} // namespace careledger
