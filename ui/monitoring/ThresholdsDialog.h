#pragma once

#include "VitalsChartModel.h"

#include <QDialog>
#include <QHash>

class QDoubleSpinBox;

namespace careledger {

// The alert limits of each measure on this workstation: readings outside
// them are shaded red on the charts and raise an alert.
class ThresholdsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ThresholdsDialog(const VitalsChartModel &model, QWidget *parent = nullptr);
    VitalThreshold threshold(const QString &measure) const;

private:
    QHash<QString, QList<QDoubleSpinBox *>> m_boxes; // low, high[, second low, second high]
};

} // namespace careledger
