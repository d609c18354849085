#pragma once

#include "workstation/DemoAccounts.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace careledger {

class WorkstationEngine;

// Sign-in: account (picked from those set up here, or typed), password and
// the 6-digit code from the user's authenticator app. The engine does the
// work off the GUI thread; the dialog shows a busy state meanwhile and the
// engine's refusals in plain words. Accepted once the engine says signedIn.
// "Set up this workstation…" opens EnrolmentDialog. With demo accounts, a
// clearly labelled panel lists each demo login, password and current code.
//
// objectNames: accountCombo, passwordEdit, codeEdit, errorLabel, signInButton, setUpButton.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(WorkstationEngine &engine, QWidget *parent = nullptr);

    void setDemoAccounts(const QList<DemoAccount> &accounts);
    // A note above the form ("You have been signed out.", start-up trouble).
    void setNotice(const QString &text, bool isError = false);
    void setLogin(const QString &login);
    QString login() const;
    bool isBusy() const { return m_busy; }
    QString errorText() const;

    // A refusal code from the engine as a sentence for the user.
    static QString refusalText(const QString &code, const QString &message);

public slots:
    void refreshAccounts();
    void signIn();
    void openEnrolment();

private:
    void setBusy(bool busy);
    void updateButtons();
    void showError(const QString &text);
    void refreshDemoCodes();

    WorkstationEngine &m_engine;
    QLabel *m_notice;
    QComboBox *m_account;
    QLineEdit *m_password;
    QLineEdit *m_code;
    QLabel *m_error;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_signIn;
    QPushButton *m_setUp;
    QGroupBox *m_demo = nullptr;
    QList<DemoAccount> m_demoAccounts;
    QList<QLabel *> m_demoCodes;
    QLabel *m_demoCountdown = nullptr;
    QTimer *m_demoTimer = nullptr;
    bool m_busy = false;
};

} // namespace careledger
