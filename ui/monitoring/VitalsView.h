#pragma once

#include "VitalsChartModel.h"
#include "workstation/EngineTypes.h"

#include <QPointer>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace careledger {

class RegisterDeviceDialog;
class WorkstationEngine;

// The open patient's vital signs: one chart per measure (readings from
// monitoring devices and recorded vital signs, the alert range shaded,
// readings outside it in red), the open alerts, and the patient's devices
// (registering a new one, ending one). New out-of-range readings that
// arrive while the patient is open show as a notice on top.
class VitalsView : public QWidget {
    Q_OBJECT
public:
    explicit VitalsView(WorkstationEngine &engine, QWidget *parent = nullptr);

    VitalsChartModel *model() const { return m_model; }
    QList<QChartView *> chartViews() const { return m_charts; }
    QListWidget *alertList() const { return m_alerts; }
    QListWidget *deviceList() const { return m_devices; }
    QLabel *notice() const { return m_notice; }
    QComboBox *timeWindow() const { return m_window; }
    QPushButton *registerButton() const { return m_register; }
    RegisterDeviceDialog *registerDialog() const;
    bool isLoading() const { return m_request != 0; }

public slots:
    void openPatient(const careledger::PatientSummary &patient);
    void closePatient();
    void refresh();
    void registerDevice();
    void endMonitoring();
    void editThresholds();

signals:
    void alertCountChanged(int count);

private:
    QWidget *buildSidePanel();
    void rebuildCharts();
    QChartView *makeChart(const QString &measure);
    void updateAlerts();
    void updateDevices();
    void showNotice(const VitalAlert &alert);

    WorkstationEngine &m_engine;
    VitalsChartModel *m_model;
    PatientSummary m_patient;
    quint64 m_request = 0;
    quint64 m_deviceRequest = 0;
    bool m_revoking = false; // what m_deviceRequest does: end a binding, or make one
    bool m_refreshAfterSync = false;

    QLabel *m_notice;
    QPushButton *m_noticeDismiss;
    QWidget *m_noticeBar;
    QVBoxLayout *m_chartLayout;
    QComboBox *m_window;
    QLabel *m_empty;
    QLabel *m_status;
    QList<QChartView *> m_charts;
    QLabel *m_alertsHeading = nullptr;
    QListWidget *m_alerts = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_acknowledgeAll = nullptr;
    QListWidget *m_devices = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_end = nullptr;
    QPointer<RegisterDeviceDialog> m_dialog;
};

} // namespace careledger
