#include "VitalsView.h"

#include "RegisterDeviceDialog.h"
#include "ThresholdsDialog.h"
#include "patients/PatientListModel.h"
#include "theme/Theme.h"
#include "workstation/WorkstationEngine.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace careledger {

namespace {
QString whenText(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return QStringLiteral("%1 %2").arg(PatientListModel::dateText(local.date()), PatientListModel::timeText(local.time()));
}

QString kindText(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::PulseOximeter: return VitalsView::tr("pulse oximeter");
    case DeviceKind::BloodPressureMonitor: return VitalsView::tr("blood pressure monitor");
    case DeviceKind::Glucometer: return VitalsView::tr("glucometer");
    case DeviceKind::Scale: return VitalsView::tr("scale");
    case DeviceKind::HeartRateMonitor: return VitalsView::tr("heart rate monitor");
    }
    return {};
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("role", "subheading");
    return label;
}

// A horizontal band between low and high over [x0, x1]: the alert range.
QAreaSeries *band(double x0, double x1, double low, double high, const QColor &color, QObject *parent)
{
    auto *upper = new QLineSeries(parent);
    auto *lower = new QLineSeries(parent);
    upper->append(x0, high);
    upper->append(x1, high);
    lower->append(x0, low);
    lower->append(x1, low);
    auto *area = new QAreaSeries(upper, lower);
    QColor fill = color;
    fill.setAlpha(38);
    area->setBrush(fill);
    area->setPen(Qt::NoPen);
    return area;
}
} // namespace

VitalsView::VitalsView(WorkstationEngine &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new VitalsChartModel(this))
    , m_notice(new QLabel(this))
    , m_noticeDismiss(new QPushButton(tr("Acknowledge"), this))
    , m_noticeBar(new QWidget(this))
    , m_chartLayout(nullptr)
    , m_window(new QComboBox(this))
    , m_empty(new QLabel(this))
    , m_status(new QLabel(this))
{
    QSettings settings;
    m_model->loadThresholds(settings);

    m_notice->setProperty("severity", "critical");
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("New vital-sign alert"));
    auto *noticeLayout = new QHBoxLayout(m_noticeBar);
    noticeLayout->setContentsMargins(0, 0, 0, 0);
    noticeLayout->addWidget(m_notice, 1);
    noticeLayout->addWidget(m_noticeDismiss);
    m_noticeBar->hide();

    // A week by default: enough to see a trend, short enough that the points of a device are apart.
    m_window->addItem(tr("Last 24 hours"), qint64(24) * 3600 * 1000);
    m_window->addItem(tr("Last 7 days"), qint64(7) * 24 * 3600 * 1000);
    m_window->addItem(tr("Last 30 days"), qint64(30) * 24 * 3600 * 1000);
    m_window->addItem(tr("Everything"), qint64(0));
    m_window->setCurrentIndex(1);
    m_window->setAccessibleName(tr("Time shown"));
    m_model->setTimeWindow(m_window->currentData().toLongLong());
    auto *windowLabel = new QLabel(tr("&Show"), this);
    windowLabel->setBuddy(m_window);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(windowLabel);
    toolbar->addWidget(m_window);
    toolbar->addStretch(1);

    auto *charts = new QWidget(this);
    m_chartLayout = new QVBoxLayout(charts);
    m_chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chartLayout->setSpacing(8);
    m_empty->setText(tr("No vital signs in this period. Readings from monitoring devices and vital signs "
                        "entered as records appear here; choose a longer period above for older ones."));
    m_empty->setProperty("role", "caption");
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_chartLayout->addWidget(m_empty);
    m_chartLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(charts);

    auto *chartPane = new QWidget(this);
    auto *chartPaneLayout = new QVBoxLayout(chartPane);
    chartPaneLayout->setContentsMargins(0, 0, 0, 0);
    chartPaneLayout->addLayout(toolbar);
    chartPaneLayout->addWidget(scroll, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(chartPane);
    splitter->addWidget(buildSidePanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({720, 320});

    m_status->setProperty("role", "caption");
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_noticeBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_noticeDismiss, &QPushButton::clicked, this, [this] {
        m_model->acknowledge(m_notice->property("alertKey").toString());
        m_noticeBar->hide();
    });
    connect(m_model, &VitalsChartModel::changed, this, &VitalsView::rebuildCharts);
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setTimeWindow(m_window->currentData().toLongLong()); });
    connect(m_model, &VitalsChartModel::alertsChanged, this, &VitalsView::updateAlerts);
    connect(m_model, &VitalsChartModel::alertRaised, this, &VitalsView::showNotice);

    connect(&engine, &WorkstationEngine::vitalsReady, this, [this](quint64 request, const PatientVitals &vitals) {
        if (request != m_request)
            return;
        m_request = 0;
        m_model->setVitals(vitals, QDateTime::currentDateTimeUtc());
        updateDevices();
    });
    connect(&engine, &WorkstationEngine::requestFailed, this, [this](quint64 request, const QString &, const QString &message) {
        if (request != m_request)
            return;
        m_request = 0;
        m_status->setText(message);
    });
    connect(&engine, &WorkstationEngine::vitalsChanged, this, [this](const QStringList &patients) {
        if (patients.contains(m_patient.patientId))
            refresh();
    });
    // A device registered or a vital sign recorded here shows once the light node has synced it.
    connect(&engine, &WorkstationEngine::recordFinal, this, [this] { m_refreshAfterSync = true; });
    connect(&engine, &WorkstationEngine::syncStatusChanged, this, [this](const SyncStatus &status) {
        if (m_refreshAfterSync && !status.syncing) {
            m_refreshAfterSync = false;
            refresh();
        }
    });
    connect(&engine, &WorkstationEngine::deviceRegistered, this, [this](quint64 request, const QString &deviceId) {
        if (request != m_deviceRequest)
            return;
        m_deviceRequest = 0;
        if (m_dialog)
            m_dialog->accept();
        m_status->setText(m_revoking ? tr("Monitoring by device %1 has ended.").arg(deviceId)
                                     : tr("Device %1 is registered; its readings will appear here.").arg(deviceId));
        m_refreshAfterSync = true;
        m_engine.syncNow();
    });
    connect(&engine, &WorkstationEngine::recordFailed, this, [this](quint64 request, const QString &, const QString &message) {
        if (request != m_deviceRequest)
            return;
        m_deviceRequest = 0;
        if (m_dialog)
            m_dialog->showError(message);
        else
            m_status->setText(message);
    });
}

QWidget *VitalsView::buildSidePanel()
{
    auto *panel = new QWidget(this);
    m_alertsHeading = heading(tr("Open alerts"), panel);
    m_alerts = new QListWidget(panel);
    m_alerts->setAccessibleName(tr("Open alerts"));
    m_alerts->setWordWrap(true);
    m_alerts->setAlternatingRowColors(true);
    m_acknowledge = new QPushButton(tr("Acknowledge"), panel);
    m_acknowledgeAll = new QPushButton(tr("Acknowledge all"), panel);
    auto *thresholds = new QPushButton(Theme::icon(QStringLiteral("settings")), tr("Thresholds…"), panel);
    thresholds->setToolTip(tr("The limits outside which a reading raises an alert"));
    auto *alertButtons = new QHBoxLayout;
    alertButtons->addWidget(m_acknowledge);
    alertButtons->addWidget(m_acknowledgeAll);
    alertButtons->addStretch(1);
    alertButtons->addWidget(thresholds);

    m_devices = new QListWidget(panel);
    m_devices->setAccessibleName(tr("Monitoring devices"));
    m_devices->setWordWrap(true);
    m_register = new QPushButton(Theme::icon(QStringLiteral("add")), tr("Register device…"), panel);
    m_end = new QPushButton(tr("End monitoring"), panel);
    m_end->setProperty("role", "danger");
    m_end->setEnabled(false);
    auto *deviceButtons = new QHBoxLayout;
    deviceButtons->addWidget(m_register);
    deviceButtons->addWidget(m_end);
    deviceButtons->addStretch(1);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_alertsHeading);
    layout->addWidget(m_alerts, 2);
    layout->addLayout(alertButtons);
    layout->addSpacing(12);
    layout->addWidget(heading(tr("Monitoring devices"), panel));
    layout->addWidget(m_devices, 1);
    layout->addLayout(deviceButtons);

    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_alerts->currentItem())
            m_model->acknowledge(item->data(Qt::UserRole).toString());
    });
    connect(m_acknowledgeAll, &QPushButton::clicked, m_model, &VitalsChartModel::acknowledgeAll);
    connect(thresholds, &QPushButton::clicked, this, &VitalsView::editThresholds);
    connect(m_register, &QPushButton::clicked, this, &VitalsView::registerDevice);
    connect(m_end, &QPushButton::clicked, this, &VitalsView::endMonitoring);
    connect(m_devices, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_end->setEnabled(item && item->data(Qt::UserRole + 1).toBool() && m_engine.mayRegisterDevices());
    });
    connect(m_alerts, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) { m_acknowledge->setEnabled(item != nullptr); });
    m_acknowledge->setEnabled(false);
    return panel;
}

RegisterDeviceDialog *VitalsView::registerDialog() const
{
    return m_dialog;
}

void VitalsView::openPatient(const PatientSummary &patient)
{
    if (patient.patientId != m_patient.patientId) {
        m_model->clear();
        m_noticeBar->hide();
        m_status->clear();
    }
    m_patient = patient;
    m_register->setVisible(m_engine.mayRegisterDevices());
    m_end->setVisible(m_engine.mayRegisterDevices());
    refresh();
}

void VitalsView::closePatient()
{
    m_patient = PatientSummary();
    m_request = 0;
    m_model->clear();
    m_noticeBar->hide();
    m_devices->clear();
}

void VitalsView::refresh()
{
    if (m_patient.patientId.isEmpty())
        return;
    m_request = m_engine.requestVitals(m_patient.patientId);
}

void VitalsView::rebuildCharts()
{
    for (QChartView *view : std::as_const(m_charts)) {
        m_chartLayout->removeWidget(view);
        view->deleteLater();
    }
    m_charts.clear();
    const QStringList measures = m_model->shownMeasures();
    m_empty->setVisible(measures.isEmpty());
    for (const QString &measure : measures) {
        QChartView *view = makeChart(measure);
        m_chartLayout->insertWidget(m_chartLayout->count() - 1, view);
        m_charts.append(view);
    }
    const PatientVitals &v = m_model->vitals();
    int fromDevices = 0;
    for (const VitalReading &r : v.readings)
        fromDevices += !r.deviceId.isEmpty();
    QString status;
    if (!v.patientId.isEmpty())
        status = tr("%n reading(s) from monitoring devices", nullptr, fromDevices) + QStringLiteral(", ")
               + tr("%n vital sign(s) entered as records", nullptr, int(v.readings.size()) - fromDevices)
               + QStringLiteral(". ") + tr("Each view is recorded in the access log.");
    if (v.unverified > 0)
        status += QLatin1Char(' ')
                + tr("%n device reading(s) not shown: the signature is not the registered device's.", nullptr, v.unverified);
    if (!v.errors.isEmpty())
        status += QLatin1Char(' ') + tr("Some readings could not be opened here: %1").arg(v.errors.first());
    m_status->setText(status);
}

QChartView *VitalsView::makeChart(const QString &measure)
{
    const QList<VitalReading> readings = m_model->readings(measure);
    const bool panel = measure == QLatin1String("85354-9");
    const VitalThreshold t = m_model->threshold(measure);
    const QPalette pal = palette();

    auto *chart = new QChart;
    chart->setBackgroundBrush(pal.base());
    chart->setBackgroundRoundness(6);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitleBrush(pal.text());
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    const VitalReading &latest = readings.last();
    chart->setTitle(tr("%1 — latest %2 (%3)")
                        .arg(VitalsChartModel::measureName(measure), VitalsChartModel::valueText(latest), whenText(latest.time)));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 window = m_model->timeWindow();
    double x1 = qMax<double>(readings.last().time.toMSecsSinceEpoch(), double(now));
    double x0 = window > 0 ? x1 - double(window) : double(readings.first().time.toMSecsSinceEpoch());
    if (x1 - x0 < 3600.0 * 1000)
        x0 = x1 - 3600.0 * 1000; // at least an hour on the axis
    double yMin = 1e12;
    double yMax = -1e12;
    for (const VitalReading &r : readings) {
        yMin = std::min({yMin, r.value, panel ? r.second : r.value});
        yMax = std::max({yMax, r.value, panel ? r.second : r.value});
    }
    if (t.isSet()) {
        yMin = std::min({yMin, t.low, panel ? t.secondLow : t.low});
        yMax = std::max(yMax, t.high);
    }
    const double pad = std::max(1.0, (yMax - yMin) * 0.08);

    auto *x = new QDateTimeAxis(chart);
    x->setFormat(x1 - x0 > 2 * 86400.0 * 1000 ? QStringLiteral("d MMM") : QStringLiteral("hh:mm"));
    x->setTickCount(window == qint64(7) * 24 * 3600 * 1000 ? 8 : 7); // a week: one tick a day
    x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(x0)), QDateTime::fromMSecsSinceEpoch(qint64(x1)));
    x->setLabelsBrush(pal.text());
    x->setGridLineColor(pal.mid().color());
    auto *y = new QValueAxis(chart);
    y->setRange(std::floor(yMin - pad), std::ceil(yMax + pad));
    y->setTitleText(VitalsChartModel::unitText(measure));
    y->setTitleBrush(pal.text());
    y->setLabelsBrush(pal.text());
    y->setGridLineColor(pal.mid().color());
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers(); // ticks at round values (85, 90, 95 …), not at fifths of the span
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    const auto attach = [&](QAbstractSeries *s) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    };
    if (t.isSet()) {
        QAreaSeries *range = band(x0, x1, t.low, t.high, Theme::success(), chart);
        range->setName(panel ? tr("Systolic range") : tr("Alert range"));
        attach(range);
        if (panel && (t.secondLow != 0 || t.secondHigh != 0)) {
            QAreaSeries *second = band(x0, x1, t.secondLow, t.secondHigh, Theme::accent(), chart);
            second->setName(tr("Diastolic range"));
            attach(second);
        }
    }
    const int components = panel ? 2 : 1;
    // One line per source: two devices measuring the heart rate are two lines, not one zigzag.
    const QStringList sources = m_model->sources(measure);
    for (int c = 0; c < components; ++c) {
        for (qsizetype k = 0; k < sources.size(); ++k) {
            const QString &source = sources[k];
            auto *line = new QLineSeries(chart);
            const QString from = source.isEmpty() ? tr("recorded") : source;
            line->setName(panel ? (c == 0 ? tr("Systolic, %1").arg(from) : tr("Diastolic, %1").arg(from)) : from);
            line->append(m_model->seriesFrom(measure, c, source));
            QColor color = c == 0 ? Theme::accent() : Theme::accent().darker(140);
            if (k > 0) { // further sources: purple, teal, olive; never red, which marks out-of-range readings
                static constexpr int Hues[] = {280, 170, 60};
                color.setHsv(Hues[(k - 1) % 3], color.saturation(), color.value());
            }
            QPen pen(color);
            pen.setWidthF(2);
            if (source.isEmpty())
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            line->setPointsVisible(true);
            attach(line);
        }
        const QList<QPointF> out = m_model->outOfRange(measure, c);
        if (!out.isEmpty()) {
            auto *alerts = new QScatterSeries(chart);
            alerts->setName(tr("Outside the range"));
            alerts->append(out);
            alerts->setColor(Theme::danger());
            alerts->setBorderColor(Theme::danger());
            alerts->setMarkerSize(10);
            attach(alerts);
        }
    }
    chart->legend()->setVisible(panel || sources.size() > 1);
    chart->legend()->setLabelBrush(pal.text());
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Range bands in the legend are noise; the caption explains them.
    for (QLegendMarker *marker : chart->legend()->markers())
        if (qobject_cast<QAreaSeries *>(marker->series()) || qobject_cast<QScatterSeries *>(marker->series()))
            marker->setVisible(false);

    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(panel ? 260 : 220);
    view->setAccessibleName(VitalsChartModel::measureName(measure));
    view->setToolTip(t.isSet() ? tr("Shaded: the alert range. Red points are outside it.")
                               : tr("No alert range is set for this measure (Thresholds…)."));
    return view;
}

void VitalsView::updateAlerts()
{
    const QList<VitalAlert> alerts = m_model->openAlerts();
    m_alerts->clear();
    for (const VitalAlert &a : alerts) {
        auto *item = new QListWidgetItem(Theme::icon(QStringLiteral("warning")),
                                         tr("%1\n%2 · %3").arg(a.text, whenText(a.time), a.source), m_alerts);
        item->setData(Qt::UserRole, a.key);
        item->setForeground(Theme::danger());
    }
    m_alertsHeading->setText(alerts.isEmpty() ? tr("Open alerts: none") : tr("Open alerts (%1)").arg(alerts.size()));
    m_acknowledgeAll->setEnabled(!alerts.isEmpty());
    m_acknowledge->setEnabled(m_alerts->currentItem() != nullptr);
    if (m_noticeBar->isVisible()) {
        const QString key = m_notice->property("alertKey").toString();
        if (std::none_of(alerts.cbegin(), alerts.cend(), [&](const VitalAlert &a) { return a.key == key; }))
            m_noticeBar->hide();
    }
    emit alertCountChanged(int(alerts.size()));
}

void VitalsView::updateDevices()
{
    m_devices->clear();
    const QList<MonitoringDevice> devices = m_model->vitals().devices;
    for (const MonitoringDevice &d : devices) {
        QString text = QStringLiteral("%1 · %2").arg(d.deviceId, kindText(d.kind));
        QString when = d.active ? tr("since %1").arg(whenText(d.since))
                                : tr("%1 to %2").arg(whenText(d.since), whenText(d.until));
        if (d.active && d.until.isValid())
            when += QLatin1Char(' ') + tr("until %1").arg(whenText(d.until));
        text += QLatin1Char('\n') + (d.active ? tr("Active, %1").arg(when) : tr("Ended: %1").arg(when));
        if (!d.registeredBy.isEmpty())
            text += QLatin1Char('\n') + tr("Registered by %1").arg(d.registeredBy);
        auto *item = new QListWidgetItem(Theme::icon(QStringLiteral("vitals")), text, m_devices);
        item->setData(Qt::UserRole, d.deviceId);
        item->setData(Qt::UserRole + 1, d.active);
        if (!d.active)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (devices.isEmpty())
        new QListWidgetItem(tr("No device registered for this patient."), m_devices);
}

void VitalsView::showNotice(const VitalAlert &alert)
{
    m_notice->setText(tr("New reading outside the range: %1 at %2 (%3).").arg(alert.text, whenText(alert.time), alert.source));
    m_notice->setProperty("alertKey", alert.key);
    m_noticeBar->show();
}

void VitalsView::registerDevice()
{
    if (m_patient.patientId.isEmpty() || !m_engine.mayRegisterDevices())
        return;
    m_dialog = new RegisterDeviceDialog(m_patient.displayName(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &RegisterDeviceDialog::submitted, this, [this] {
        m_dialog->setBusy(true);
        m_revoking = false;
        m_deviceRequest = m_engine.registerDevice(m_patient.patientId, m_dialog->deviceId(), m_dialog->kind(),
                                                  m_dialog->publicKey(), m_dialog->since(), m_dialog->until());
    });
    m_dialog->open();
}

void VitalsView::endMonitoring()
{
    QListWidgetItem *item = m_devices->currentItem();
    if (!item || !item->data(Qt::UserRole + 1).toBool())
        return;
    const QString deviceId = item->data(Qt::UserRole).toString();
    auto *confirm = new QMessageBox(QMessageBox::Question, tr("End monitoring"),
                                    tr("End the monitoring by device %1? Its readings will no longer be accepted for "
                                       "this patient. Readings already recorded stay in the chart.")
                                        .arg(deviceId),
                                    QMessageBox::Cancel, this);
    QPushButton *end = confirm->addButton(tr("End monitoring"), QMessageBox::DestructiveRole);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(end, &QPushButton::clicked, this,
            [this, deviceId] {
                m_revoking = true;
                m_deviceRequest = m_engine.revokeDevice(m_patient.patientId, deviceId);
            });
    confirm->open();
}

void VitalsView::editThresholds()
{
    auto *dialog = new ThresholdsDialog(*m_model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        for (const QString &m : VitalsChartModel::measures())
            m_model->setThreshold(m, dialog->threshold(m));
        QSettings settings;
        m_model->saveThresholds(settings);
    });
    dialog->open();
}

} // namespace careledger
