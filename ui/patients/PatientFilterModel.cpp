#include "PatientFilterModel.h"

#include "PatientListModel.h"

#include <QRegularExpression>

namespace careledger {

namespace {

// A whole date in one of the accepted spellings ("1.3.1957" too).
QDate parseDate(const QString &text)
{
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    if (const auto m = dmy.match(text); m.hasMatch())
        return QDate(m.captured(4).toInt(), m.captured(3).toInt(), m.captured(1).toInt());
    if (const auto m = iso.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

} // namespace

PatientFilterModel::PatientFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PatientListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    sort(PatientListModel::NameColumn, Qt::AscendingOrder);
}

void PatientFilterModel::setQuery(const QString &text)
{
    if (text == m_query)
        return;
    m_query = text;
    QList<Term> terms;
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    static const QRegularExpression dateLike(QStringLiteral("^\\d+[./-]([\\d./-]*)$|^\\d{1,2}[./]$"));
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        Term t;
        t.text = PatientListModel::folded(word);
        t.date = parseDate(word);
        t.dateLike = t.date.isValid() || dateLike.match(word).hasMatch();
        terms.append(t);
    }
    m_terms = terms;
    invalidateFilter();
}

bool PatientFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString patientId = index.data(PatientListModel::PatientIdRole).toString();
    const QStringList nameParts = index.data(PatientListModel::NamePartsRole).toStringList();
    const QDate birthDate = index.data(PatientListModel::BirthDateRole).toDate();
    for (const Term &term : m_terms) {
        if (!matches(term, patientId, nameParts, birthDate))
            return false;
    }
    return true;
}

bool PatientFilterModel::matches(const Term &term, const QString &patientId, const QStringList &nameParts,
                                 const QDate &birthDate)
{
    if (term.date.isValid())
        return birthDate == term.date;
    if (term.dateLike) {
        if (!birthDate.isValid())
            return false;
        // Partly typed: a prefix of one of the spellings.
        for (const char *format : {"dd.MM.yyyy", "yyyy-MM-dd", "dd/MM/yyyy", "d.M.yyyy", "d/M/yyyy"}) {
            if (birthDate.toString(QLatin1String(format)).startsWith(term.text))
                return true;
        }
        return false;
    }
    if (patientId.contains(term.text, Qt::CaseInsensitive))
        return true;
    if (term.text.size() == 4 && birthDate.isValid() && birthDate.year() == term.text.toInt())
        return true;
    for (const QString &part : nameParts) {
        if (part.startsWith(term.text))
            return true;
    }
    return false;
}

} // namespace careledger
