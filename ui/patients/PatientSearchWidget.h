#pragma once

#include "workstation/EngineTypes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace careledger {

class PatientFilterModel;
class PatientListModel;

// Find a patient: a search field ("Name, date of birth or patient ID") with
// results as you type, and the matching patients in a table. Down in the
// field moves into the list, Up on the first row moves back; Enter or a
// double-click opens the patient (patientActivated).
class PatientSearchWidget : public QWidget {
    Q_OBJECT
public:
    explicit PatientSearchWidget(QWidget *parent = nullptr);

    PatientListModel *model() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QTableView *view() const { return m_view; }
    // The patient of the current row, or empty.
    QString currentPatientId() const;

public slots:
    void setPatients(const QList<careledger::PatientSummary> &patients);
    // Focus the search field and select its text (Ctrl+F).
    void focusSearch();
    // Mark the open patient's row without emitting patientActivated.
    void setCurrentPatient(const QString &patientId);
    void clear();

signals:
    void patientActivated(const QString &patientId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    void activateRow(int proxyRow);

    PatientListModel *m_model;
    PatientFilterModel *m_filter;
    QLineEdit *m_search;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QLabel *m_empty;
    QLabel *m_count;
};

} // namespace careledger
