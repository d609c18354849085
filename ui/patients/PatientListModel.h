#pragma once

#include "workstation/EngineTypes.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QStringList>

namespace careledger {

// The patients the signed-in user may open, one row each. Fed by
// setPatients() (MainWindow connects it to WorkstationEngine::patientsChanged);
// it holds nothing but what the engine's PatientSummary list says.
class PatientListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, BirthDateColumn, SexColumn, PatientIdColumn, RecordsColumn, ColumnCount };
    enum Roles {
        PatientIdRole = Qt::UserRole + 1, // QString
        BirthDateRole,                    // QDate
        NamePartsRole,                    // QStringList: family and given name parts, folded for search
        SortRole,                         // per column: what sorting compares
    };

    explicit PatientListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<PatientSummary> &patients() const { return m_patients; }
    // The row of a patient, or -1.
    int rowOf(const QString &patientId) const;

    // Text helpers shared by the patient and record screens.
    // A date as clinicians write it in this locale, always with a four-digit year.
    static QString dateText(const QDate &date);
    // A time of day in this locale's short format, without seconds.
    static QString timeText(const QTime &time);
    // "68 y", "14 mo", "9 d" on `today`.
    static QString ageText(const QDate &birthDate, const QDate &today);
    // "Female", "Male", … from FHIR administrative gender.
    static QString sexText(const QString &fhirGender);
    // Lower case without diacritics ("Müller" -> "muller"): what typed search compares.
    static QString folded(const QString &text);

public slots:
    void setPatients(const QList<careledger::PatientSummary> &patients);

private:
    QList<PatientSummary> m_patients;
    QList<QStringList> m_nameParts; // folded, per row
    QDate m_today;
};

} // namespace careledger
