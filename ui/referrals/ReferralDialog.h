#pragma once

#include "workstation/EngineTypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace careledger {

class WorkstationEngine;

// Writing a referral from the open patient's record: to whom (an
// organisation from the network, optionally one of its doctors from the
// directory), how urgent, why and what is asked, and which records of the
// timeline go with it. Sending signs the ServiceRequest and the referral;
// the dialog closes once the network has made them final, and stays open
// with the reason in plain words if it refused.
class ReferralDialog : public QDialog {
    Q_OBJECT
public:
    ReferralDialog(WorkstationEngine &engine, const PatientSummary &patient, QWidget *parent = nullptr);

    ReferralDraft draft() const;
    QComboBox *organisationBox() const { return m_org; }
    QComboBox *doctorBox() const { return m_doctor; }
    QComboBox *urgencyBox() const { return m_urgency; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPlainTextEdit *questionEdit() const { return m_question; }
    QListWidget *recordList() const { return m_records; }
    QPushButton *sendButton() const { return m_send; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void referralSent(const QByteArray &referralId);

private:
    void fillDoctors();
    void validate();
    void send();

    WorkstationEngine &m_engine;
    PatientSummary m_patient;
    quint64 m_timelineRequest = 0;
    quint64 m_request = 0;
    QComboBox *m_org;
    QComboBox *m_doctor;
    QComboBox *m_urgency;
    QLabel *m_due;
    QLineEdit *m_reason;
    QPlainTextEdit *m_question;
    QListWidget *m_records;
    QLabel *m_message;
    QPushButton *m_send;
};

} // namespace careledger
