#pragma once

#include "ledger/TxBody.h"

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace careledger {

// What a clinician types to bind a monitoring device to the open patient:
// the device's id and kind, its public key (from its label or the vendor's
// portal), since when the patient has it and, optionally, until when.
class RegisterDeviceDialog : public QDialog {
    Q_OBJECT
public:
    RegisterDeviceDialog(const QString &patientName, QWidget *parent = nullptr);

    QString deviceId() const;
    DeviceKind kind() const;
    QByteArray publicKey() const; // empty while not 64 hex digits
    QDateTime since() const;      // invalid: from now
    QDateTime until() const;      // invalid: open-ended

    // The engine's refusal, shown in the dialog (which stays open to correct it).
    void showError(const QString &message);
    void setBusy(bool busy);

signals:
    void submitted();

private:
    void validate();

    QLineEdit *m_id;
    QComboBox *m_kind;
    QLineEdit *m_key;
    QCheckBox *m_backdate;
    QDateTimeEdit *m_since;
    QCheckBox *m_ends;
    QDateTimeEdit *m_until;
    QLabel *m_error;
    QPushButton *m_register;
};

} // namespace careledger
