#pragma once

#include "core/Result.h"
#include "workstation/EngineTypes.h"

#include <QDialog>
#include <QJsonObject>
#include <QHash>
#include <QSet>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QDoubleValidator;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace careledger {

class ClinicianComboBox;
class ConceptComboBox;
class WorkstationEngine;

// "New record" for the open patient: vital signs, a condition, a medication,
// an allergy or a clinical note. Fields are checked as they are typed, with the
// message next to the field; Save stays disabled until the form is valid. Save
// builds the FHIR resource (FhirBuilder) and submits it
// (WorkstationEngine::createRecord); the dialog shows that the network is
// signing, then the block the record is final in, and closes, or shows the
// refusal and stays open. An EMR technician must choose the clinician they
// enter the record for. Only kinds the user's role may author are offered.
//
// objectNames: kindCombo, clinicianCombo, statusLabel, saveButton, cancelButton;
// vitals: vitalTypeCombo, vitalValueEdit, vitalSecondEdit, vitalUnitLabel,
// vitalSecondUnitLabel, vitalRangeLabel, vitalTimeEdit, vitalNowButton;
// condition: conditionCombo, clinicalStatusCombo, onsetDateEdit, onsetUnknownCheck, conditionNoteEdit;
// medication: medicationCombo, dosageEdit, medicationStartEdit;
// allergy: allergenCombo, criticalityCombo, reactionEdit;
// note: noteTitleEdit, noteTextEdit. Each field's message label is the
// field's name + "Message" (vitalValueMessage, dosageMessage, …).
class RecordFormDialog : public QDialog {
    Q_OBJECT
public:
    RecordFormDialog(WorkstationEngine &engine, const QString &patientId, const QString &kind,
                     QWidget *parent = nullptr);
    ~RecordFormDialog() override;

    // The kinds a form exists for, in menu order.
    static QStringList kinds();
    // The FHIR resource type a kind creates ("vitals" → "Observation").
    static QString resourceTypeFor(const QString &kind);
    // "Vital signs", "Condition", … (singular, for the form's title).
    static QString kindTitle(const QString &kind);
    // The kinds the signed-in user's role may author (WorkstationEngine::mayAuthor).
    static QStringList authorableKinds(const WorkstationEngine &engine);

    QString kind() const { return m_kind; }
    // Whether Save is possible now (valid form, nothing being submitted).
    bool canSave() const;
    bool isSubmitting() const { return m_request != 0; }
    quint64 request() const { return m_request; }
    QString statusText() const;
    // The resource Save would submit, or the builder's refusal.
    Result<QJsonObject> buildResource() const;

public slots:
    void setKind(const QString &kind);
    // As clicking Save: does nothing unless canSave().
    void save();

signals:
    // The record is final on the ledger (the dialog closes shortly after).
    void recordCreated(const careledger::TimelineEntry &entry);

private:
    enum class Tone { Neutral, Pending, Success, Error };

    QWidget *buildVitalsPage();
    QWidget *buildConditionPage();
    QWidget *buildMedicationPage();
    QWidget *buildAllergyPage();
    QWidget *buildNotePage();
    QLabel *messageLabel(const QString &fieldName);
    void alignFormLabels();
    QWidget *withMessage(QWidget *field, QLabel *message, QWidget *trailing = nullptr);
    void touch(QObject *field);
    void vitalTypeChanged();
    bool validate();
    bool validateVitals();
    bool validateCondition();
    bool validateMedication();
    bool validateAllergy();
    bool validateNote();
    // Shows `text` under the field (tone: error or warning) if the field was touched.
    // `always`: also when the field was not touched yet.
    void showFieldMessage(QWidget *field, QLabel *label, const QString &text, bool warning = false,
                          bool always = false);
    void setStatus(Tone tone, const QString &text);
    void setSubmitting(bool submitting);
    QByteArray onBehalfOf() const;
    QString authorName() const;

    void onPending(quint64 request);
    void onFinal(quint64 request, const careledger::TimelineEntry &entry);
    void onFailed(quint64 request, const QString &code, const QString &message);

    WorkstationEngine &m_engine;
    QString m_patientId;
    QString m_kind;
    QStringList m_allowed;
    quint64 m_request = 0;
    bool m_technician = false;
    QSet<QObject *> m_touched;
    QHash<QLineEdit *, QAction *> m_markers; // warning icon inside a field with a message

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QComboBox *m_kindCombo = nullptr;
    ClinicianComboBox *m_clinician = nullptr;
    QLabel *m_clinicianMessage = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_statusIcon = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_statusBox = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;

    // Vital signs.
    QFormLayout *m_vitalsForm = nullptr;
    QComboBox *m_vitalType = nullptr;
    QLineEdit *m_vitalValue = nullptr;
    QLineEdit *m_vitalSecond = nullptr;
    QDoubleValidator *m_vitalValueValidator = nullptr;
    QDoubleValidator *m_vitalSecondValidator = nullptr;
    QLabel *m_vitalValueCaption = nullptr;
    QLabel *m_vitalUnit = nullptr;
    QLabel *m_vitalSecondUnit = nullptr;
    QLabel *m_vitalRange = nullptr;
    QLabel *m_vitalValueMessage = nullptr;
    QLabel *m_vitalSecondMessage = nullptr;
    QWidget *m_vitalSecondRow = nullptr;
    QDateTimeEdit *m_vitalTime = nullptr;
    QLabel *m_vitalTimeMessage = nullptr;
    QToolButton *m_vitalNow = nullptr;

    // Condition.
    ConceptComboBox *m_condition = nullptr;
    QLabel *m_conditionMessage = nullptr;
    QComboBox *m_clinicalStatus = nullptr;
    QDateEdit *m_onset = nullptr;
    QCheckBox *m_onsetUnknown = nullptr;
    QLabel *m_onsetMessage = nullptr;
    QPlainTextEdit *m_conditionNote = nullptr;
    QLabel *m_conditionNoteMessage = nullptr;

    // Medication.
    ConceptComboBox *m_medication = nullptr;
    QLabel *m_medicationMessage = nullptr;
    QLineEdit *m_dosage = nullptr;
    QLabel *m_dosageMessage = nullptr;
    QDateEdit *m_medicationStart = nullptr;
    QLabel *m_medicationStartMessage = nullptr;

    // Allergy.
    ConceptComboBox *m_allergen = nullptr;
    QLabel *m_allergenMessage = nullptr;
    QComboBox *m_criticality = nullptr;
    QLabel *m_criticalityMessage = nullptr;
    QLineEdit *m_reaction = nullptr;
    QLabel *m_reactionMessage = nullptr;

    // Note.
    QLineEdit *m_noteTitle = nullptr;
    QLabel *m_noteTitleMessage = nullptr;
    QPlainTextEdit *m_noteText = nullptr;
    QLabel *m_noteTextMessage = nullptr;
};

} // namespace careledger
