#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace careledger {

class WorkstationEngine;

// Covers the main window while the session is locked (after inactivity or
// Ctrl+L): "Locked — <user>", the password, Unlock and Switch user. The
// session stays; only the user's password unlocks it.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(WorkstationEngine &engine, QWidget *parent = nullptr);

    // Shown for this user; clears the field and takes the focus.
    void activate(const QString &userName);
    QString errorText() const;
    QLineEdit *passwordField() const { return m_password; }

public slots:
    void unlock();

signals:
    void switchUserRequested();

private:
    void setBusy(bool busy);

    WorkstationEngine &m_engine;
    QLabel *m_title;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_unlock;
    QPushButton *m_switch;
    bool m_busy = false;
};

} // namespace careledger
