#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace careledger {

class WorkstationEngine;

// First run for a user on this workstation. Either a new key pair
// (WorkstationEngine::createAccount; the enrolment request it gives is shown
// for the org admin, with a Copy button) or an existing 64-byte secret key
// file (WorkstationEngine::importAccount, e.g. a demo user's key). Both
// protect the keys with a password of at least 12 characters.
//
// objectNames: loginEdit, passwordEdit, repeatEdit, createButton, importButton, errorLabel, requestText.
class EnrolmentDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int MinPasswordLength = 12;

    explicit EnrolmentDialog(WorkstationEngine &engine, QWidget *parent = nullptr);

    // 0 (too short) … 4 (strong), from length and character variety.
    static int passwordStrength(const QString &password);
    QString enrolmentRequest() const;

public slots:
    void createAccount();
    // Asks for a key file, then imports it.
    void importKeyFile();
    void importKey(const QByteArray &secretKey);

signals:
    // An account is set up here and can sign in.
    void accountReady(const QString &login);

private:
    QString validationError() const;
    void updateState();
    void setBusy(bool busy, const QString &what = {});

    WorkstationEngine &m_engine;
    QStackedWidget *m_pages;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_strength;
    QLabel *m_error;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QPushButton *m_create;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QLabel *m_doneText;
    QPlainTextEdit *m_request;
    QPushButton *m_copy;
    bool m_busy = false;
    QString m_pendingLogin;
};

} // namespace careledger
