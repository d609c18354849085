#pragma once

#include "workstation/EngineTypes.h"

#include <QFrame>

class QLabel;
class QHBoxLayout;

namespace careledger {

// The always-visible facts on top of an open record: name, sex, date of
// birth and age, patient ID; allergies as red chips; active problems and
// active medications. Filled from WorkstationEngine::requestPatientHeader.
class PatientHeaderBar : public QFrame {
    Q_OBJECT
public:
    explicit PatientHeaderBar(QWidget *parent = nullptr);

    // The patient's demographics at once (from the list), the rest "loading…".
    void showPatient(const PatientSummary &patient);
    void setHeader(const PatientHeader &header);
    void setError(const QString &message);
    void clear();

    QString allergiesText() const;

private:
    void setDemographics(const PatientSummary &patient);
    void setChips(const QStringList &allergies, bool loading);

    QLabel *m_name;
    QLabel *m_demographics;
    QLabel *m_allergyCaption;
    QHBoxLayout *m_chips;
    QList<QLabel *> m_chipLabels;
    QLabel *m_problems;
    QLabel *m_medications;
    QStringList m_allergies;
};

} // namespace careledger
