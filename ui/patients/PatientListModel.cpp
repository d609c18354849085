#include "PatientListModel.h"

#include "core/DisplayFormat.h"

#include <QLocale>
#include <QRegularExpression>

namespace careledger {

PatientListModel::PatientListModel(QObject *parent) : QAbstractTableModel(parent), m_today(QDate::currentDate()) {}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_patients.size());
}

int PatientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_patients.size())
        return {};
    const PatientSummary &p = m_patients.at(index.row());
    switch (role) {
    case PatientIdRole:
        return p.patientId;
    case BirthDateRole:
        return p.birthDate;
    case NamePartsRole:
        return m_nameParts.at(index.row());
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return tr("%1, born %2, %3, patient ID %4")
                .arg(p.displayName(), dateText(p.birthDate), sexText(p.gender), p.patientId);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RecordsColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return QString(folded(p.family) + QStringLiteral(", ") + folded(p.given));
        case BirthDateColumn:
            return p.birthDate;
        case SexColumn:
            return sexText(p.gender);
        case PatientIdColumn:
            return p.patientId;
        case RecordsColumn:
            return p.recordCount;
        }
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.displayName();
        case BirthDateColumn:
            if (!p.birthDate.isValid())
                return tr("unknown");
            return tr("%1 (%2)", "date of birth (age)").arg(dateText(p.birthDate), ageText(p.birthDate, m_today));
        case SexColumn:
            return sexText(p.gender);
        case PatientIdColumn:
            return p.patientId;
        case RecordsColumn:
            return QLocale().toString(p.recordCount);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant((section == RecordsColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == BirthDateColumn)
        return tr("Date of birth (age)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case BirthDateColumn:
        return tr("Born (age)", "column header: date of birth and age");
    case SexColumn:
        return tr("Sex");
    case PatientIdColumn:
        return tr("Patient ID");
    case RecordsColumn:
        return tr("Records");
    }
    return {};
}

int PatientListModel::rowOf(const QString &patientId) const
{
    for (int i = 0; i < m_patients.size(); ++i) {
        if (m_patients.at(i).patientId == patientId)
            return i;
    }
    return -1;
}

void PatientListModel::setPatients(const QList<PatientSummary> &patients)
{
    QList<QStringList> parts;
    parts.reserve(patients.size());
    static const QRegularExpression separators(QStringLiteral("[\\s,\\-']+"));
    for (const PatientSummary &p : patients) {
        QStringList words = folded(p.family).split(separators, Qt::SkipEmptyParts);
        words += folded(p.given).split(separators, Qt::SkipEmptyParts);
        parts.append(words);
    }
    const QDate today = QDate::currentDate();

    bool sameRows = patients.size() == m_patients.size() && today == m_today;
    for (int i = 0; sameRows && i < patients.size(); ++i)
        sameRows = patients.at(i).patientId == m_patients.at(i).patientId;

    if (sameRows) {
        // The usual case after a sync round: the same people, maybe a new record count.
        m_patients = patients;
        m_nameParts = parts;
        if (!m_patients.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_patients.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_patients = patients;
    m_nameParts = parts;
    m_today = today;
    endResetModel();
}

QString PatientListModel::dateText(const QDate &date)
{
    return DisplayFormat::date(date);
}

QString PatientListModel::timeText(const QTime &time)
{
    return DisplayFormat::time(time);
}

QString PatientListModel::ageText(const QDate &birthDate, const QDate &today)
{
    if (!birthDate.isValid() || !today.isValid() || birthDate > today)
        return {};
    int months = (today.year() - birthDate.year()) * 12 + today.month() - birthDate.month();
    if (today.day() < birthDate.day())
        --months;
    if (months >= 24)
        return tr("%n y", "age in years", months / 12);
    if (months >= 1)
        return tr("%n mo", "age in months", months);
    return tr("%n d", "age in days", int(birthDate.daysTo(today)));
}

QString PatientListModel::sexText(const QString &fhirGender)
{
    if (fhirGender == QLatin1String("female"))
        return tr("Female");
    if (fhirGender == QLatin1String("male"))
        return tr("Male");
    if (fhirGender == QLatin1String("other"))
        return tr("Other");
    return tr("Unknown");
}

QString PatientListModel::folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c);
    }
    return out.toCaseFolded();
}

} // namespace careledger
