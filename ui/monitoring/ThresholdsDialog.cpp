#include "ThresholdsDialog.h"

#include "fhir/ValueSets.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace careledger {

ThresholdsDialog::ThresholdsDialog(const VitalsChartModel &model, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Alert thresholds"));
    auto *intro = new QLabel(tr("Readings outside these limits are marked on the charts and raise an alert. They apply "
                                "to every patient on this workstation. Leave both limits at 0 for no alerts."),
                             this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Lowest"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Highest"), this), 0, 2);
    int row = 1;
    const auto addRow = [&](const QString &measure, const QString &label, double low, double high) {
        const auto def = ValueSets::vitalSign(measure);
        QList<QDoubleSpinBox *> &boxes = m_boxes[measure];
        grid->addWidget(new QLabel(label, this), row, 0);
        for (int c = 0; c < 2; ++c) {
            auto *box = new QDoubleSpinBox(this);
            box->setRange(0, def ? def->max : 1000);
            box->setDecimals(def ? def->decimals : 0);
            box->setSuffix(QLatin1Char(' ') + VitalsChartModel::unitText(measure));
            box->setValue(c == 0 ? low : high);
            box->setAccessibleName(label + QLatin1Char(' ') + (c == 0 ? tr("lowest") : tr("highest")));
            grid->addWidget(box, row, c + 1);
            boxes.append(box);
        }
        ++row;
    };
    for (const QString &m : VitalsChartModel::measures()) {
        const VitalThreshold t = model.threshold(m);
        if (m == QLatin1String("85354-9")) {
            addRow(m, tr("Systolic blood pressure"), t.low, t.high);
            addRow(m, tr("Diastolic blood pressure"), t.secondLow, t.secondHigh);
        } else {
            addRow(m, VitalsChartModel::measureName(m), t.low, t.high);
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
            const VitalThreshold d = VitalsChartModel::defaultThreshold(it.key());
            const double values[] = {d.low, d.high, d.secondLow, d.secondHigh};
            for (qsizetype i = 0; i < it.value().size(); ++i)
                it.value()[i]->setValue(values[i]);
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(buttons);
}

VitalThreshold ThresholdsDialog::threshold(const QString &measure) const
{
    const QList<QDoubleSpinBox *> boxes = m_boxes.value(measure);
    const auto at = [&](int i) { return i < boxes.size() ? boxes[i]->value() : 0.0; };
    return VitalThreshold{at(0), at(1), at(2), at(3)};
}

} // namespace careledger
