#pragma once

#include "workstation/EngineTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointF>
#include <QSet>

class QSettings;

namespace careledger {

// Where a measure's readings should lie. low == high == 0: no range (no
// shading, no alerts). Blood pressure has a second range for the diastolic.
struct VitalThreshold {
    double low = 0;
    double high = 0;
    double secondLow = 0;
    double secondHigh = 0;
    bool isSet() const { return low != 0 || high != 0; }
    bool operator==(const VitalThreshold &) const = default;
};

// A reading outside its measure's threshold, until a clinician acknowledges it.
struct VitalAlert {
    QString key;     // identifies the reading: measure, time, source
    QString measure;
    QDateTime time;
    QString text;    // "Oxygen saturation 86 % (below 92 %)"
    QString source;  // device id or author
};

// The Vitals view's data: one series per measure (and the diastolic one of
// blood pressure), the thresholds that shade the normal range, and the
// alerts that readings outside them raise. No widgets: the view draws it,
// tests read it.
class VitalsChartModel : public QObject {
    Q_OBJECT
public:
    // Readings older than this raise no alert (the history is on the chart).
    static constexpr qint64 AlertWindowMs = 48ll * 3600 * 1000;

    static QStringList measures(); // display order: SpO2, heart rate, blood pressure, glucose, weight
    static QString measureName(const QString &measure);
    static QString unitText(const QString &measure);
    static VitalThreshold defaultThreshold(const QString &measure);

    explicit VitalsChartModel(QObject *parent = nullptr);

    VitalThreshold threshold(const QString &measure) const;
    void setThreshold(const QString &measure, const VitalThreshold &threshold);
    // The workstation's thresholds (QSettings group "vitals"); unset ones keep the defaults.
    void loadThresholds(QSettings &settings);
    void saveThresholds(QSettings &settings) const;

    // New data for the open patient. Readings not seen before that are out
    // of range (and recent) raise alertRaised, once each; a new patient
    // starts over, raising nothing for what was already there.
    void setVitals(const PatientVitals &vitals, const QDateTime &now);
    void clear();
    const PatientVitals &vitals() const { return m_vitals; }

    // The charts show the last windowMs before now (0: everything).
    void setTimeWindow(qint64 windowMs);
    qint64 timeWindow() const { return m_windowMs; }

    QStringList shownMeasures() const; // measures with at least one reading in the window
    QList<VitalReading> readings(const QString &measure) const; // in the window, oldest first
    // Where a measure's readings come from: device ids, and an empty string for
    // vital signs entered as records; in order of first appearance.
    QStringList sources(const QString &measure) const;
    // (ms since epoch, value); component 1: the diastolic of blood pressure.
    QList<QPointF> series(const QString &measure, int component = 0) const;
    // The same, of one source only (each device is its own line; empty: the recorded ones).
    QList<QPointF> seriesFrom(const QString &measure, int component, const QString &source) const;
    QList<QPointF> outOfRange(const QString &measure, int component = 0) const;
    bool isOutOfRange(const VitalReading &reading) const;
    static QString valueText(const VitalReading &reading);

    QList<VitalAlert> openAlerts() const;
    void acknowledge(const QString &key);
    void acknowledgeAll();

signals:
    void changed();
    void alertsChanged();
    void alertRaised(const careledger::VitalAlert &alert);

private:
    QString keyOf(const VitalReading &r) const;
    QString alertText(const VitalReading &r) const;
    void rebuildAlerts();

    PatientVitals m_vitals;
    QDateTime m_now;
    qint64 m_windowMs = 0;
    QHash<QString, VitalThreshold> m_thresholds;
    QSet<QString> m_seen;         // readings of this patient already shown
    QSet<QString> m_acknowledged;
    QList<VitalAlert> m_alerts;
};

} // namespace careledger

Q_DECLARE_METATYPE(careledger::VitalAlert)
