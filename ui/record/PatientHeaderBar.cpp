#include "PatientHeaderBar.h"

#include "patients/PatientListModel.h"
#include "theme/Theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace careledger {

namespace {

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("role", "caption");
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QString listText(const QStringList &items, const QString &none)
{
    return items.isEmpty() ? none : items.join(QStringLiteral(" · "));
}

} // namespace

PatientHeaderBar::PatientHeaderBar(QWidget *parent)
    : QFrame(parent),
      m_name(new QLabel(this)),
      m_demographics(new QLabel(this)),
      m_allergyCaption(caption(tr("Allergies"), this)),
      m_chips(new QHBoxLayout),
      m_problems(new QLabel(this)),
      m_medications(new QLabel(this))
{
    setProperty("role", "banner");
    setAccessibleName(tr("Patient"));

    m_name->setProperty("role", "heading");
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_demographics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *l : {m_problems, m_medications}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    m_chips->setSpacing(6);
    m_chips->setContentsMargins(0, 0, 0, 0);

    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(16);
    auto *icon = new QLabel(this);
    icon->setPixmap(Theme::icon(QStringLiteral("patient")).pixmap(32, 32));
    nameRow->addWidget(icon, 0, Qt::AlignVCenter);
    nameRow->addWidget(m_name, 0, Qt::AlignVCenter);
    nameRow->addWidget(m_demographics, 1, Qt::AlignVCenter | Qt::AlignLeft);

    auto *facts = new QGridLayout;
    facts->setHorizontalSpacing(12);
    facts->setVerticalSpacing(4);
    facts->addWidget(m_allergyCaption, 0, 0);
    facts->addLayout(m_chips, 0, 1);
    facts->addWidget(caption(tr("Active problems"), this), 1, 0);
    facts->addWidget(m_problems, 1, 1);
    facts->addWidget(caption(tr("Active medications"), this), 2, 0);
    facts->addWidget(m_medications, 2, 1);
    facts->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addLayout(nameRow);
    layout->addLayout(facts);
    clear();
}

void PatientHeaderBar::setDemographics(const PatientSummary &p)
{
    m_name->setText(p.displayName());
    QStringList parts;
    parts << PatientListModel::sexText(p.gender);
    if (p.birthDate.isValid())
        parts << tr("born %1 (%2)").arg(PatientListModel::dateText(p.birthDate),
                                        PatientListModel::ageText(p.birthDate, QDate::currentDate()));
    parts << tr("Patient ID %1").arg(p.patientId);
    m_demographics->setText(parts.join(QStringLiteral("   ·   ")));
}

void PatientHeaderBar::showPatient(const PatientSummary &patient)
{
    setDemographics(patient);
    setChips({}, true);
    m_problems->setText(tr("loading…"));
    m_medications->setText(tr("loading…"));
}

void PatientHeaderBar::setHeader(const PatientHeader &header)
{
    setDemographics(header.patient);
    setChips(header.allergies, false);
    m_problems->setText(listText(header.activeProblems, tr("none recorded")));
    m_medications->setText(listText(header.activeMedications, tr("none recorded")));
}

void PatientHeaderBar::setError(const QString &message)
{
    setChips({}, false);
    m_problems->setText(tr("not available: %1").arg(message));
    m_medications->clear();
}

void PatientHeaderBar::clear()
{
    m_name->clear();
    m_demographics->clear();
    setChips({}, false);
    m_problems->clear();
    m_medications->clear();
}

QString PatientHeaderBar::allergiesText() const
{
    return m_allergies.join(QStringLiteral("; "));
}

void PatientHeaderBar::setChips(const QStringList &allergies, bool loading)
{
    m_allergies = allergies;
    qDeleteAll(m_chipLabels);
    m_chipLabels.clear();
    while (QLayoutItem *item = m_chips->takeAt(0))
        delete item;
    if (allergies.isEmpty()) {
        auto *none = new QLabel(loading ? tr("loading…") : (m_name->text().isEmpty() ? QString() : tr("none recorded")), this);
        m_chips->addWidget(none);
        m_chipLabels << none;
    }
    for (const QString &allergy : allergies) {
        auto *chip = new QLabel(allergy, this);
        chip->setProperty("severity", "critical");
        chip->setAccessibleName(tr("Allergy: %1").arg(allergy));
        m_chips->addWidget(chip);
        m_chipLabels << chip;
    }
    m_chips->addStretch(1);
}

} // namespace careledger
