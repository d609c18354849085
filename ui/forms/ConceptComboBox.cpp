#include "ConceptComboBox.h"

#include "record/TimelineModel.h"
#include "workstation/EngineTypes.h"

#include <QCompleter>
#include <QLineEdit>

namespace careledger {

ConceptComboBox::ConceptComboBox(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(28);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(this, &QComboBox::currentTextChanged, this, &ConceptComboBox::conceptChanged);
}

void ConceptComboBox::setConcepts(const QList<CodedConcept> &concepts)
{
    m_concepts = concepts;
    const QSignalBlocker block(this);
    clear();
    for (const CodedConcept &c : concepts) {
        addItem(c.display, c.code);
        setItemData(count() - 1, tr("%1 %2").arg(systemName(c.system), c.code), Qt::ToolTipRole);
    }
    setCurrentIndex(-1);
    setEditText(QString());
}

std::optional<CodedConcept> ConceptComboBox::selectedConcept() const
{
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    for (const CodedConcept &c : m_concepts) {
        if (c.display.compare(text, Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

bool ConceptComboBox::selectCode(const QString &code)
{
    const int i = findData(code);
    if (i < 0)
        return false;
    setCurrentIndex(i);
    return true;
}

QString ConceptComboBox::systemName(const QString &system)
{
    if (system == QLatin1String(ValueSets::snomed))
        return QStringLiteral("SNOMED CT");
    if (system == QLatin1String(ValueSets::rxnorm))
        return QStringLiteral("RxNorm");
    if (system == QLatin1String(ValueSets::loinc))
        return QStringLiteral("LOINC");
    if (system == QLatin1String(ValueSets::icd10cm))
        return QStringLiteral("ICD-10-CM");
    return system;
}

ClinicianComboBox::ClinicianComboBox(QWidget *parent) : QComboBox(parent)
{
    setPlaceholderText(tr("Choose the clinician…"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(26);
}

void ClinicianComboBox::setClinicians(const QList<UserProfile> &clinicians)
{
    const QByteArray previous = selectedKey();
    const QSignalBlocker block(this);
    clear();
    for (const UserProfile &u : clinicians) {
        addItem(tr("%1 (%2)").arg(u.name, TimelineModel::roleText(roleName(u.role))), u.publicKey);
        setItemData(count() - 1, u.name, Qt::UserRole + 1);
    }
    setCurrentIndex(previous.isEmpty() ? -1 : findData(previous));
}

QByteArray ClinicianComboBox::selectedKey() const
{
    return currentIndex() < 0 ? QByteArray() : currentData().toByteArray();
}

QString ClinicianComboBox::selectedName() const
{
    return currentIndex() < 0 ? QString() : currentData(Qt::UserRole + 1).toString();
}

} // namespace careledger
