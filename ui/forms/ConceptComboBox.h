#pragma once

#include "fhir/ValueSets.h"
#include "workstation/EngineTypes.h"

#include <QComboBox>

#include <optional>

namespace careledger {

// A searchable pick list of coded concepts (SNOMED CT problems, RxNorm drugs,
// allergens): type any part of the name, pick from the popup. Only a concept
// of the list counts as chosen; free text does not.
class ConceptComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit ConceptComboBox(QWidget *parent = nullptr);

    void setConcepts(const QList<CodedConcept> &concepts);
    // The concept whose name matches the text exactly (case does not matter).
    std::optional<CodedConcept> selectedConcept() const;
    // Selects by code; false if the list has no such code.
    bool selectCode(const QString &code);
    // "SNOMED CT", "RxNorm", "LOINC" for a system URL (the raw URL if unknown).
    static QString systemName(const QString &system);

signals:
    void conceptChanged();

private:
    QList<CodedConcept> m_concepts;
};

// The clinician an EMR technician enters records for: a required choice,
// starting empty.
class ClinicianComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit ClinicianComboBox(QWidget *parent = nullptr);
    void setClinicians(const QList<UserProfile> &clinicians);
    QByteArray selectedKey() const; // empty: none chosen
    QString selectedName() const;
};

} // namespace careledger
