#pragma once

#include "workstation/EngineTypes.h"

#include <QHash>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QDateEdit;
class QLabel;
class QListView;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QToolButton;

namespace careledger {

class PatientHeaderBar;
class TimelineModel;
class VitalsView;
class WorkstationEngine;

// The open patient: header bar (always visible), filters (record kinds, date
// range), the record timeline (lazy, newest first) and the selected entry in
// full with its verification, proof and version history.
class PatientRecordView : public QWidget {
    Q_OBJECT
public:
    explicit PatientRecordView(WorkstationEngine &engine, QWidget *parent = nullptr);

    QString patientId() const { return m_patient.patientId; }
    PatientSummary patient() const { return m_patient; }
    TimelineModel *timeline() const { return m_model; }
    QListView *timelineView() const { return m_list; }
    // The entry shown in the detail pane, or nullptr.
    const TimelineEntry *currentEntry() const;
    // Kinds checked in the filter row (empty: all).
    QStringList checkedKinds() const;
    // The Vitals tab (remote monitoring charts, alerts, devices) and the tabs.
    VitalsView *vitals() const { return m_vitals; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void openPatient(const careledger::PatientSummary &patient);
    // New figures for the open patient (after a sync): reloads if records were added.
    void updatePatient(const careledger::PatientSummary &patient);
    void closePatient();
    // Header and first timeline page again (after a record was written here).
    void refresh();
    void setKindFilter(const QStringList &kinds);
    void clearFilters();
    void showProof();
    void showHistory();

signals:
    void entrySelected(const QByteArray &txId);

private:
    QWidget *buildFilterRow();
    QWidget *buildDetailPane();
    void applyFilters();
    void updateTimelineState();
    void showEntry(const TimelineEntry *entry);

    WorkstationEngine &m_engine;
    PatientSummary m_patient;
    quint64 m_headerRequest = 0;

    PatientHeaderBar *m_header;
    QTabWidget *m_tabs;
    VitalsView *m_vitals;
    QStackedWidget *m_pages;
    QLabel *m_noPatient;
    QHash<QString, QToolButton *> m_kindButtons;
    QToolButton *m_allKinds = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_clearFilters = nullptr;

    TimelineModel *m_model;
    QListView *m_list;
    QStackedWidget *m_listStack;
    QLabel *m_listEmpty;
    QLabel *m_listStatus;

    QStackedWidget *m_detailStack = nullptr;
    QLabel *m_detailEmpty = nullptr;
    QLabel *m_detailKind = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailAbnormal = nullptr;
    QLabel *m_detailAmended = nullptr;
    QLabel *m_detailClinical = nullptr;
    QLabel *m_detailRecorded = nullptr;
    QLabel *m_detailAuthor = nullptr;
    QLabel *m_detailOrg = nullptr;
    QLabel *m_detailOnBehalfCaption = nullptr;
    QLabel *m_detailOnBehalf = nullptr;
    QLabel *m_detailStatus = nullptr;
    QLabel *m_detailText = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_badgeDetail = nullptr;
    QPushButton *m_proofButton = nullptr;
    QPushButton *m_historyButton = nullptr;
    QByteArray m_shownTxId;
    QByteArray m_reselectTxId;
};

} // namespace careledger
