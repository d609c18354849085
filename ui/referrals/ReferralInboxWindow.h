#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace careledger {

class ReferralDetailView;
class ReferralListModel;
class WorkstationEngine;

// The referral inbox: incoming and outgoing referrals of the signed-in
// user's organisation (state, patient, urgency, due; overdue ones tinted),
// and the chosen one's detail beside the list. Non-modal: it stays open
// while the clinician works in the main window, and follows each sync.
class ReferralInboxWindow : public QWidget {
    Q_OBJECT
public:
    explicit ReferralInboxWindow(WorkstationEngine &engine, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ReferralListModel *model() const { return m_model; }
    ReferralDetailView *detail() const { return m_detail; }
    // Selects a referral (e.g. the one a notice was about).
    void select(const QByteArray &referralId);

signals:
    void openPatientRequested(const QString &patientId);

private:
    void reload();
    void onCurrentChanged();

    WorkstationEngine &m_engine;
    ReferralListModel *m_model;
    QComboBox *m_filter;
    QCheckBox *m_openOnly;
    QLabel *m_summary;
    QTableView *m_table;
    ReferralDetailView *m_detail;
};

} // namespace careledger
