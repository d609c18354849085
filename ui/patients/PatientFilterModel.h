#pragma once

#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace careledger {

// Narrows a PatientListModel as the user types. The text is split into words;
// a patient matches when every word matches one of:
//  - the start of a name part ("har am" finds "Hart, Amelia"; case and accents ignored),
//  - part of the patient ID ("P-0042", "42"),
//  - the date of birth, typed as dd.mm.yyyy, yyyy-mm-dd or dd/mm/yyyy (a
//    partly typed date matches as a prefix, so "12.03." already narrows),
//  - a four-digit year of birth.
// Sorted by name unless the view sorts otherwise.
class PatientFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PatientFilterModel(QObject *parent = nullptr);

    QString query() const { return m_query; }

public slots:
    void setQuery(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Term {
        QString text;   // folded
        QDate date;     // a complete date, when the word is one
        bool dateLike = false;
    };
    static bool matches(const Term &term, const QString &patientId, const QStringList &nameParts, const QDate &birthDate);

    QString m_query;
    QList<Term> m_terms;
};

} // namespace careledger
