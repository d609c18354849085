#pragma once

#include "workstation/EngineTypes.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace careledger {

class WorkstationEngine;

// One referral opened: who asks whom for what, its signed steps as a
// timeline (who, when, in which block), the records it shares (opened on
// the engine thread, each view an access event), and the actions the
// signed-in user may take now: only those their role, side and the state allow.
class ReferralDetailView : public QWidget {
    Q_OBJECT
public:
    explicit ReferralDetailView(WorkstationEngine &engine, QWidget *parent = nullptr);

    void setReferral(const ReferralSummary &referral);
    void clear();
    QByteArray referralId() const { return m_referral.referralId; }
    // The action buttons, by the state each leads to (tests and the inbox press them).
    QPushButton *actionButton(ReferralStatus to) const;

signals:
    void openPatientRequested(const QString &patientId);
    // A transition was asked of the engine (request id), after the clinician confirmed it.
    void transitionRequested(quint64 request);

private:
    void showDetail(const ReferralDetail &detail);
    void showSummary();
    void runAction(ReferralStatus to);
    void showRecord(int row);

    WorkstationEngine &m_engine;
    ReferralSummary m_referral;
    ReferralDetail m_detail;
    quint64 m_request = 0;
    quint64 m_transition = 0;
    QLabel *m_title;
    QLabel *m_chips;
    QLabel *m_parties;
    QLabel *m_reason;
    QLabel *m_question;
    QTreeWidget *m_steps;
    QListWidget *m_records;
    QPlainTextEdit *m_recordText;
    QLabel *m_message;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_start;
    QPushButton *m_complete;
    QPushButton *m_cancel;
    QPushButton *m_openPatient;
    QWidget *m_body;
    QLabel *m_empty;
};

} // namespace careledger
