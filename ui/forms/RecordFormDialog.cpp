#include "RecordFormDialog.h"

#include "ConceptComboBox.h"
#include "FormValidation.h"
#include "fhir/FhirBuilder.h"
#include "fhir/ValueSets.h"
#include "theme/Theme.h"
#include "workstation/WorkstationEngine.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace careledger {

namespace {

constexpr int kMaxShortText = 200;
constexpr int kMaxConditionNote = 2000;
constexpr int kMaxNoteTitle = 120;
constexpr int kMaxNoteText = 20000;
constexpr int kCloseAfterFinalMs = 1200;

const char *kMessageColorProperty = "careledgerMessageTone";

} // namespace

QStringList RecordFormDialog::kinds()
{
    return {QStringLiteral("vitals"), QStringLiteral("condition"), QStringLiteral("medication"),
            QStringLiteral("allergy"), QStringLiteral("note")};
}

QString RecordFormDialog::resourceTypeFor(const QString &kind)
{
    if (kind == QLatin1String("vitals"))
        return QStringLiteral("Observation");
    if (kind == QLatin1String("condition"))
        return QStringLiteral("Condition");
    if (kind == QLatin1String("medication"))
        return QStringLiteral("MedicationRequest");
    if (kind == QLatin1String("allergy"))
        return QStringLiteral("AllergyIntolerance");
    if (kind == QLatin1String("note"))
        return QStringLiteral("DocumentReference");
    return {};
}

QString RecordFormDialog::kindTitle(const QString &kind)
{
    if (kind == QLatin1String("vitals"))
        return tr("Vital signs");
    if (kind == QLatin1String("condition"))
        return tr("Condition");
    if (kind == QLatin1String("medication"))
        return tr("Medication");
    if (kind == QLatin1String("allergy"))
        return tr("Allergy");
    if (kind == QLatin1String("note"))
        return tr("Clinical note");
    return kind;
}

QStringList RecordFormDialog::authorableKinds(const WorkstationEngine &engine)
{
    QStringList allowed;
    for (const QString &k : kinds()) {
        if (engine.mayAuthor(resourceTypeFor(k)))
            allowed.append(k);
    }
    return allowed;
}

RecordFormDialog::RecordFormDialog(WorkstationEngine &engine, const QString &patientId, const QString &kind,
                                   QWidget *parent)
    : QDialog(parent), m_engine(engine), m_patientId(patientId)
{
    setObjectName(QStringLiteral("recordFormDialog"));
    setWindowTitle(tr("New record"));
    setModal(true);
    m_allowed = authorableKinds(engine);
    m_technician = engine.user().role == Role::EmrTechnician;

    auto *root = new QVBoxLayout(this);
    root->setSpacing(10);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setProperty("role", QStringLiteral("heading"));
    root->addWidget(m_title);

    QString patientLine = tr("Patient %1").arg(patientId);
    for (const PatientSummary &p : engine.patients()) {
        if (p.patientId == patientId) {
            patientLine = p.birthDate.isValid()
                              ? tr("%1 · born %2 · %3")
                                    .arg(p.displayName(), QLocale().toString(p.birthDate, QLocale::ShortFormat),
                                         patientId)
                              : tr("%1 · %2").arg(p.displayName(), patientId);
            break;
        }
    }
    m_subtitle = new QLabel(patientLine, this);
    m_subtitle->setObjectName(QStringLiteral("patientLabel"));
    m_subtitle->setProperty("role", QStringLiteral("caption"));
    root->addWidget(m_subtitle);

    m_form = new QWidget(this);
    auto *formBox = new QVBoxLayout(m_form);
    formBox->setContentsMargins(0, 6, 0, 0);
    auto *common = new QFormLayout;
    common->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    common->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_kindCombo = new QComboBox(m_form);
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    for (const QString &k : std::as_const(m_allowed))
        m_kindCombo->addItem(Theme::icon(k), kindTitle(k), k);
    common->addRow(tr("Record &type:"), m_kindCombo);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
            [this](int i) { setKind(m_kindCombo->itemData(i).toString()); });

    if (m_technician) {
        m_clinician = new ClinicianComboBox(m_form);
        m_clinician->setObjectName(QStringLiteral("clinicianCombo"));
        m_clinician->setClinicians(engine.clinicians());
        m_clinician->setToolTip(tr("You enter this record on behalf of a clinician of your organisation. "
                                   "The ledger names both of you."));
        m_clinicianMessage = messageLabel(QStringLiteral("clinician"));
        common->addRow(tr("Entered &for:"), withMessage(m_clinician, m_clinicianMessage));
        connect(m_clinician, &QComboBox::currentIndexChanged, this, [this] {
            touch(m_clinician);
            validate();
        });
    }
    formBox->addLayout(common);

    m_pages = new QStackedWidget(m_form);
    m_pages->setObjectName(QStringLiteral("formPages"));
    m_pages->addWidget(buildVitalsPage());
    m_pages->addWidget(buildConditionPage());
    m_pages->addWidget(buildMedicationPage());
    m_pages->addWidget(buildAllergyPage());
    m_pages->addWidget(buildNotePage());
    formBox->addWidget(m_pages, 1);
    root->addWidget(m_form, 1);

    // Submission state: pending / final / refused.
    m_statusBox = new QWidget(this);
    auto *statusRow = new QHBoxLayout(m_statusBox);
    statusRow->setContentsMargins(0, 4, 0, 4);
    m_statusIcon = new QLabel(m_statusBox);
    m_statusIcon->setFixedSize(20, 20);
    m_status = new QLabel(m_statusBox);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_statusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_status, 1);
    m_statusBox->hide();
    root->addWidget(m_statusBox);

    m_buttons = new QDialogButtonBox(this);
    // The property before addButton(): the box polishes the buttons it lays out.
    m_save = new QPushButton(tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setProperty("role", QStringLiteral("primary"));
    m_buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    root->addWidget(m_buttons);
    connect(m_save, &QPushButton::clicked, this, &RecordFormDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    // Queued: the engine may answer inside createRecord(), before m_request is set.
    connect(&m_engine, &WorkstationEngine::recordPending, this, &RecordFormDialog::onPending, Qt::QueuedConnection);
    connect(&m_engine, &WorkstationEngine::recordFinal, this, &RecordFormDialog::onFinal, Qt::QueuedConnection);
    connect(&m_engine, &WorkstationEngine::recordFailed, this, &RecordFormDialog::onFailed, Qt::QueuedConnection);
    connect(&m_engine, &WorkstationEngine::signedOut, this, &QDialog::reject);

    resize(600, 520);

    if (m_allowed.isEmpty()) {
        m_title->setText(tr("New record"));
        m_form->setEnabled(false);
        m_pages->hide();
        setStatus(Tone::Error, tr("Your role cannot create records."));
        m_save->setEnabled(false);
        return;
    }
    alignFormLabels();
    const QString start = m_allowed.contains(kind) ? kind : m_allowed.first();
    if (!m_allowed.contains(kind) && !kind.isEmpty())
        setStatus(Tone::Neutral, tr("Your role cannot create a %1 record; choose another type.").arg(kindTitle(kind)));
    m_kindCombo->setCurrentIndex(m_allowed.indexOf(start));
    setKind(start);
}

RecordFormDialog::~RecordFormDialog()
{
    // Hide while the members still exist: hiding moves focus, and focus-out
    // makes editors emit signals that reach this dialog's slots.
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
    hide();
}

// --- building --------------------------------------------------------------

void RecordFormDialog::alignFormLabels()
{
    // The common rows and each kind's page are separate form layouts: give
    // their label columns one width so the fields line up.
    QList<QWidget *> labels;
    int width = 0;
    for (QFormLayout *form : findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (QWidget *label = item ? item->widget() : nullptr) {
                labels.append(label);
                width = qMax(width, label->sizeHint().width());
            }
        }
    }
    for (QWidget *label : std::as_const(labels)) {
        label->setMinimumWidth(width);
        if (auto *l = qobject_cast<QLabel *>(label))
            l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
}

QLabel *RecordFormDialog::messageLabel(const QString &fieldName)
{
    auto *label = new QLabel(this);
    label->setObjectName(fieldName + QStringLiteral("Message"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QWidget *RecordFormDialog::withMessage(QWidget *field, QLabel *message, QWidget *trailing)
{
    auto *box = new QWidget(this);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    if (trailing) {
        auto *h = new QHBoxLayout;
        h->setSpacing(8);
        h->addWidget(field);
        h->addWidget(trailing);
        h->addStretch(1);
        v->addLayout(h);
    } else {
        v->addWidget(field);
    }
    v->addWidget(message);
    return box;
}

void RecordFormDialog::touch(QObject *field)
{
    m_touched.insert(field);
}

QWidget *RecordFormDialog::buildVitalsPage()
{
    auto *page = new QWidget(this);
    m_vitalsForm = new QFormLayout(page);
    m_vitalsForm->setContentsMargins(0, 0, 0, 0);
    m_vitalsForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_vitalsForm->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_vitalType = new QComboBox(page);
    m_vitalType->setObjectName(QStringLiteral("vitalTypeCombo"));
    for (const VitalSignDefinition &d : ValueSets::vitalSigns()) {
        m_vitalType->addItem(d.code.display, d.code.code);
        m_vitalType->setItemData(m_vitalType->count() - 1, tr("LOINC %1").arg(d.code.code), Qt::ToolTipRole);
    }
    m_vitalsForm->addRow(tr("&Measurement:"), m_vitalType);

    const auto valueEdit = [page](const QString &name, QDoubleValidator *&validator) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(name);
        edit->setAlignment(Qt::AlignRight);
        edit->setMaximumWidth(140);
        validator = new QDoubleValidator(-1e6, 1e6, 3, edit);
        validator->setNotation(QDoubleValidator::StandardNotation);
        edit->setValidator(validator);
        return edit;
    };
    const auto unitLabel = [page](const QString &name) {
        auto *label = new QLabel(page);
        label->setObjectName(name);
        label->setMinimumWidth(80);
        return label;
    };

    m_vitalValue = valueEdit(QStringLiteral("vitalValueEdit"), m_vitalValueValidator);
    m_vitalUnit = unitLabel(QStringLiteral("vitalUnitLabel"));
    m_vitalValueMessage = messageLabel(QStringLiteral("vitalValue"));
    auto *valueRow = new QWidget(page);
    {
        auto *v = new QVBoxLayout(valueRow);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        auto *h = new QHBoxLayout;
        h->addWidget(m_vitalValue);
        h->addWidget(m_vitalUnit);
        h->addStretch(1);
        v->addLayout(h);
        v->addWidget(m_vitalValueMessage);
    }
    m_vitalValueCaption = new QLabel(tr("&Value:"), page);
    m_vitalValueCaption->setBuddy(m_vitalValue);
    m_vitalsForm->addRow(m_vitalValueCaption, valueRow);

    m_vitalRange = new QLabel(page);
    m_vitalRange->setObjectName(QStringLiteral("vitalRangeLabel"));
    m_vitalRange->setProperty("role", QStringLiteral("caption"));
    m_vitalRange->setWordWrap(false);
    m_vitalsForm->addRow(QString(), m_vitalRange);

    m_vitalSecond = valueEdit(QStringLiteral("vitalSecondEdit"), m_vitalSecondValidator);
    m_vitalSecondUnit = unitLabel(QStringLiteral("vitalSecondUnitLabel"));
    m_vitalSecondMessage = messageLabel(QStringLiteral("vitalSecond"));
    m_vitalSecondRow = new QWidget(page);
    {
        auto *v = new QVBoxLayout(m_vitalSecondRow);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        auto *h = new QHBoxLayout;
        h->addWidget(m_vitalSecond);
        h->addWidget(m_vitalSecondUnit);
        h->addStretch(1);
        v->addLayout(h);
        v->addWidget(m_vitalSecondMessage);
    }
    auto *secondCaption = new QLabel(tr("&Diastolic:"), page);
    secondCaption->setBuddy(m_vitalSecond);
    m_vitalsForm->addRow(secondCaption, m_vitalSecondRow);


    m_vitalTime = new QDateTimeEdit(QDateTime::currentDateTime(), page);
    m_vitalTime->setObjectName(QStringLiteral("vitalTimeEdit"));
    m_vitalTime->setCalendarPopup(true);
    m_vitalTime->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_vitalTime->setMaximumWidth(260);
    m_vitalNow = new QToolButton(page);
    m_vitalNow->setObjectName(QStringLiteral("vitalNowButton"));
    m_vitalNow->setText(tr("Now"));
    m_vitalNow->setToolTip(tr("Set the time to now"));
    m_vitalTimeMessage = messageLabel(QStringLiteral("vitalTime"));
    m_vitalsForm->addRow(tr("Measured &at:"), withMessage(m_vitalTime, m_vitalTimeMessage, m_vitalNow));

    connect(m_vitalType, &QComboBox::currentIndexChanged, this, [this] { vitalTypeChanged(); });
    connect(m_vitalValue, &QLineEdit::textEdited, this, [this] {
        touch(m_vitalValue);
        validate();
    });
    connect(m_vitalSecond, &QLineEdit::textEdited, this, [this] {
        touch(m_vitalSecond);
        validate();
    });
    connect(m_vitalTime, &QDateTimeEdit::dateTimeChanged, this, [this] {
        touch(m_vitalTime);
        validate();
    });
    connect(m_vitalNow, &QToolButton::clicked, this,
            [this] { m_vitalTime->setDateTime(QDateTime::currentDateTime()); });
    vitalTypeChanged();
    return page;
}

void RecordFormDialog::vitalTypeChanged()
{
    const auto def = ValueSets::vitalSign(m_vitalType->currentData().toString());
    if (!def)
        return;
    const bool bp = def->hasSecondValue;
    m_vitalUnit->setText(def->unitDisplay);
    m_vitalSecondUnit->setText(def->unitDisplay);
    m_vitalValueCaption->setText(bp ? tr("&Systolic:") : tr("&Value:"));
    m_vitalsForm->setRowVisible(m_vitalSecondRow, bp);
    m_vitalValueValidator->setDecimals(def->decimals);
    m_vitalSecondValidator->setDecimals(def->decimals);

    const QLocale locale;
    const auto num = [&](double v) {
        return FormValidation::formatNumber(v, (v == std::floor(v)) ? 0 : qMax(def->decimals, 1), locale);
    };
    const QString unit = def->unitDisplay.isEmpty() ? QString() : QLatin1Char(' ') + def->unitDisplay;
    if (def->normalLow > def->min || def->normalHigh < def->max)
        m_vitalRange->setText(bp ? tr("Normal systolic %1 to %2%3 · possible %4 to %5")
                                       .arg(num(def->normalLow), num(def->normalHigh), unit, num(def->min),
                                            num(def->max))
                                 : tr("Normal %1 to %2%3 · possible %4 to %5")
                                       .arg(num(def->normalLow), num(def->normalHigh), unit, num(def->min),
                                            num(def->max)));
    else
        m_vitalRange->setText(tr("Possible %1 to %2%3").arg(num(def->min), num(def->max), unit));
    m_vitalValue->setPlaceholderText(
        def->decimals > 0 ? FormValidation::formatNumber((def->normalLow + def->normalHigh) / 2, def->decimals, locale)
                          : QString());
    validate();
}

QWidget *RecordFormDialog::buildConditionPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_condition = new ConceptComboBox(page);
    m_condition->setObjectName(QStringLiteral("conditionCombo"));
    m_condition->setConcepts(ValueSets::conditions());
    m_condition->lineEdit()->setPlaceholderText(tr("Type to search SNOMED CT problems"));
    m_conditionMessage = messageLabel(QStringLiteral("condition"));
    form->addRow(tr("&Condition:"), withMessage(m_condition, m_conditionMessage));

    m_clinicalStatus = new QComboBox(page);
    m_clinicalStatus->setObjectName(QStringLiteral("clinicalStatusCombo"));
    m_clinicalStatus->addItem(tr("Active"), QStringLiteral("active"));
    m_clinicalStatus->addItem(tr("Recurrence"), QStringLiteral("recurrence"));
    m_clinicalStatus->addItem(tr("Relapse"), QStringLiteral("relapse"));
    m_clinicalStatus->addItem(tr("Inactive"), QStringLiteral("inactive"));
    m_clinicalStatus->addItem(tr("Remission"), QStringLiteral("remission"));
    m_clinicalStatus->addItem(tr("Resolved"), QStringLiteral("resolved"));
    form->addRow(tr("Clinical &status:"), m_clinicalStatus);

    m_onset = new QDateEdit(QDate::currentDate(), page);
    m_onset->setObjectName(QStringLiteral("onsetDateEdit"));
    m_onset->setCalendarPopup(true);
    m_onset->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_onset->setMaximumWidth(200);
    m_onsetUnknown = new QCheckBox(tr("&Unknown"), page);
    m_onsetUnknown->setObjectName(QStringLiteral("onsetUnknownCheck"));
    m_onsetMessage = messageLabel(QStringLiteral("onsetDate"));
    form->addRow(tr("&Onset:"), withMessage(m_onset, m_onsetMessage, m_onsetUnknown));

    m_conditionNote = new QPlainTextEdit(page);
    m_conditionNote->setObjectName(QStringLiteral("conditionNoteEdit"));
    m_conditionNote->setPlaceholderText(tr("Optional"));
    m_conditionNote->setTabChangesFocus(true);
    m_conditionNoteMessage = messageLabel(QStringLiteral("conditionNote"));
    form->addRow(tr("&Note:"), withMessage(m_conditionNote, m_conditionNoteMessage));

    connect(m_condition, &ConceptComboBox::conceptChanged, this, [this] {
        touch(m_condition);
        validate();
    });
    connect(m_onset, &QDateEdit::dateChanged, this, [this] {
        touch(m_onset);
        validate();
    });
    connect(m_onsetUnknown, &QCheckBox::toggled, this, [this](bool unknown) {
        m_onset->setEnabled(!unknown);
        validate();
    });
    connect(m_conditionNote, &QPlainTextEdit::textChanged, this, [this] {
        touch(m_conditionNote);
        validate();
    });
    return page;
}

QWidget *RecordFormDialog::buildMedicationPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_medication = new ConceptComboBox(page);
    m_medication->setObjectName(QStringLiteral("medicationCombo"));
    m_medication->setConcepts(ValueSets::medications());
    m_medication->lineEdit()->setPlaceholderText(tr("Type to search RxNorm drugs"));
    m_medicationMessage = messageLabel(QStringLiteral("medication"));
    form->addRow(tr("&Medication:"), withMessage(m_medication, m_medicationMessage));

    m_dosage = new QLineEdit(page);
    m_dosage->setObjectName(QStringLiteral("dosageEdit"));
    m_dosage->setPlaceholderText(tr("e.g. 1 tablet twice daily with food"));
    m_dosage->setMaxLength(kMaxShortText + 50);
    m_dosageMessage = messageLabel(QStringLiteral("dosage"));
    form->addRow(tr("&Dosage:"), withMessage(m_dosage, m_dosageMessage));

    m_medicationStart = new QDateEdit(QDate::currentDate(), page);
    m_medicationStart->setObjectName(QStringLiteral("medicationStartEdit"));
    m_medicationStart->setCalendarPopup(true);
    m_medicationStart->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_medicationStart->setMaximumWidth(200);
    m_medicationStartMessage = messageLabel(QStringLiteral("medicationStart"));
    form->addRow(tr("&Start:"), withMessage(m_medicationStart, m_medicationStartMessage));

    connect(m_medication, &ConceptComboBox::conceptChanged, this, [this] {
        touch(m_medication);
        validate();
    });
    connect(m_dosage, &QLineEdit::textEdited, this, [this] {
        touch(m_dosage);
        validate();
    });
    connect(m_medicationStart, &QDateEdit::dateChanged, this, [this] {
        touch(m_medicationStart);
        validate();
    });
    return page;
}

QWidget *RecordFormDialog::buildAllergyPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_allergen = new ConceptComboBox(page);
    m_allergen->setObjectName(QStringLiteral("allergenCombo"));
    m_allergen->setConcepts(ValueSets::allergens());
    m_allergen->lineEdit()->setPlaceholderText(tr("Type to search substances"));
    m_allergenMessage = messageLabel(QStringLiteral("allergen"));
    form->addRow(tr("&Substance:"), withMessage(m_allergen, m_allergenMessage));

    m_criticality = new QComboBox(page);
    m_criticality->setObjectName(QStringLiteral("criticalityCombo"));
    m_criticality->addItem(tr("Low risk"), QStringLiteral("low"));
    m_criticality->addItem(tr("High risk (life-threatening)"), QStringLiteral("high"));
    m_criticality->addItem(tr("Unable to assess"), QStringLiteral("unable-to-assess"));
    m_criticality->setPlaceholderText(tr("Choose…"));
    m_criticality->setCurrentIndex(-1);
    m_criticalityMessage = messageLabel(QStringLiteral("criticality"));
    form->addRow(tr("&Criticality:"), withMessage(m_criticality, m_criticalityMessage));
    connect(m_criticality, &QComboBox::currentIndexChanged, this, [this] {
        touch(m_criticality);
        validate();
    });

    m_reaction = new QLineEdit(page);
    m_reaction->setObjectName(QStringLiteral("reactionEdit"));
    m_reaction->setPlaceholderText(tr("Optional, e.g. hives, wheezing"));
    m_reaction->setMaxLength(kMaxShortText + 50);
    m_reactionMessage = messageLabel(QStringLiteral("reaction"));
    form->addRow(tr("&Reaction:"), withMessage(m_reaction, m_reactionMessage));

    connect(m_allergen, &ConceptComboBox::conceptChanged, this, [this] {
        touch(m_allergen);
        validate();
    });
    connect(m_reaction, &QLineEdit::textEdited, this, [this] {
        touch(m_reaction);
        validate();
    });
    return page;
}

QWidget *RecordFormDialog::buildNotePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_noteTitle = new QLineEdit(page);
    m_noteTitle->setObjectName(QStringLiteral("noteTitleEdit"));
    m_noteTitle->setPlaceholderText(tr("Progress note"));
    m_noteTitle->setMaxLength(kMaxNoteTitle + 20);
    m_noteTitleMessage = messageLabel(QStringLiteral("noteTitle"));
    form->addRow(tr("&Title:"), withMessage(m_noteTitle, m_noteTitleMessage));

    m_noteText = new QPlainTextEdit(page);
    m_noteText->setObjectName(QStringLiteral("noteTextEdit"));
    m_noteText->setTabChangesFocus(true);
    m_noteText->setMinimumHeight(180);
    m_noteTextMessage = messageLabel(QStringLiteral("noteText"));
    form->addRow(tr("&Note:"), withMessage(m_noteText, m_noteTextMessage));

    connect(m_noteTitle, &QLineEdit::textEdited, this, [this] {
        touch(m_noteTitle);
        validate();
    });
    connect(m_noteText, &QPlainTextEdit::textChanged, this, [this] {
        touch(m_noteText);
        validate();
    });
    return page;
}

// --- state -----------------------------------------------------------------

void RecordFormDialog::setKind(const QString &kind)
{
    if (!m_allowed.contains(kind) || m_request != 0)
        return;
    m_kind = kind;
    const int i = m_allowed.indexOf(kind);
    if (m_kindCombo->currentIndex() != i) {
        const QSignalBlocker block(m_kindCombo);
        m_kindCombo->setCurrentIndex(i);
    }
    m_pages->setCurrentIndex(int(kinds().indexOf(kind)));
    m_title->setText(tr("New record: %1").arg(kindTitle(kind)));
    setWindowTitle(tr("New record: %1").arg(kindTitle(kind)));
    validate();
}

bool RecordFormDialog::canSave() const
{
    return m_save->isEnabled();
}

QString RecordFormDialog::statusText() const
{
    return m_statusBox->isVisible() || !m_status->text().isEmpty() ? m_status->text() : QString();
}

void RecordFormDialog::showFieldMessage(QWidget *field, QLabel *label, const QString &text, bool warning,
                                        bool always)
{
    if (!label)
        return;
    const bool show = !text.isEmpty() && (warning || always || m_touched.contains(field));
    label->setVisible(show);
    label->setText(show ? text : QString());
    const QString tone = warning ? QStringLiteral("warning") : QStringLiteral("error");
    if (label->property(kMessageColorProperty).toString() != tone) {
        label->setProperty(kMessageColorProperty, tone);
        const QColor c = warning ? Theme::warning() : Theme::danger();
        label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(c.name()));
    }
    // The field says it too: for screen readers and for a glance.
    field->setAccessibleDescription(show ? text : QString());
    field->setToolTip(show ? text : QString());
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        QAction *&marker = m_markers[edit];
        if (!marker)
            marker = edit->addAction(QIcon(), QLineEdit::TrailingPosition);
        marker->setIcon(Theme::icon(QStringLiteral("warning")));
        marker->setToolTip(text);
        marker->setVisible(show);
    }
}

bool RecordFormDialog::validate()
{
    if (!m_pages || m_kind.isEmpty())
        return false;
    bool ok = true;
    if (m_clinician) {
        const bool chosen = !m_clinician->selectedKey().isEmpty();
        QString message;
        if (!chosen)
            message = m_clinician->count() == 0
                          ? tr("No clinician of your organisation is listed yet; records cannot be entered on "
                               "anyone's behalf.")
                          : tr("Choose the clinician you enter this record for.");
        showFieldMessage(m_clinician, m_clinicianMessage, message, false, m_clinician->count() == 0);
        ok = ok && chosen;
    }
    bool formOk = false;
    if (m_kind == QLatin1String("vitals"))
        formOk = validateVitals();
    else if (m_kind == QLatin1String("condition"))
        formOk = validateCondition();
    else if (m_kind == QLatin1String("medication"))
        formOk = validateMedication();
    else if (m_kind == QLatin1String("allergy"))
        formOk = validateAllergy();
    else if (m_kind == QLatin1String("note"))
        formOk = validateNote();
    ok = ok && formOk;
    if (m_save)
        m_save->setEnabled(ok && m_request == 0);
    return ok;
}

bool RecordFormDialog::validateVitals()
{
    const auto def = ValueSets::vitalSign(m_vitalType->currentData().toString());
    if (!def)
        return false;
    using V = FormValidation::Verdict;
    const auto first = FormValidation::checkVital(m_vitalValue->text(), *def, true);
    bool ok = first.acceptable();
    QString firstMessage = first.verdict == V::Empty ? tr("Required.") : first.message;
    showFieldMessage(m_vitalValue, m_vitalValueMessage, firstMessage, first.verdict == V::Abnormal);

    if (def->hasSecondValue) {
        const auto second = FormValidation::checkVital(m_vitalSecond->text(), *def, false);
        QString secondMessage = second.verdict == V::Empty ? tr("Required.") : second.message;
        bool secondOk = second.acceptable();
        if (secondOk && first.value && second.value) {
            const QString order = FormValidation::checkBloodPressure(*first.value, *second.value);
            if (!order.isEmpty()) {
                secondOk = false;
                secondMessage = order;
                touch(m_vitalSecond);
            }
        }
        showFieldMessage(m_vitalSecond, m_vitalSecondMessage, secondMessage, false);
        ok = ok && secondOk;
    }

    const QString timeMessage = FormValidation::checkNotInFuture(m_vitalTime->dateTime(), QDateTime::currentDateTime());
    showFieldMessage(m_vitalTime, m_vitalTimeMessage, timeMessage);
    return ok && timeMessage.isEmpty();
}

bool RecordFormDialog::validateCondition()
{
    const bool chosen = m_condition->selectedConcept().has_value();
    showFieldMessage(m_condition, m_conditionMessage,
                     chosen ? QString()
                            : (m_condition->currentText().trimmed().isEmpty()
                                   ? tr("Required.")
                                   : tr("Choose a condition from the list.")));
    const QString onset = m_onsetUnknown->isChecked()
                              ? QString()
                              : FormValidation::checkDateNotInFuture(m_onset->date(), QDate::currentDate());
    showFieldMessage(m_onset, m_onsetMessage, onset);
    const QString note = FormValidation::checkOptionalText(m_conditionNote->toPlainText(), kMaxConditionNote);
    showFieldMessage(m_conditionNote, m_conditionNoteMessage, note);
    return chosen && onset.isEmpty() && note.isEmpty();
}

bool RecordFormDialog::validateMedication()
{
    const bool chosen = m_medication->selectedConcept().has_value();
    showFieldMessage(m_medication, m_medicationMessage,
                     chosen ? QString()
                            : (m_medication->currentText().trimmed().isEmpty()
                                   ? tr("Required.")
                                   : tr("Choose a medication from the list.")));
    const QString dosage = FormValidation::checkRequiredText(m_dosage->text(), kMaxShortText);
    showFieldMessage(m_dosage, m_dosageMessage, dosage);
    const QString start = m_medicationStart->date().isValid() ? QString() : tr("Enter a date.");
    showFieldMessage(m_medicationStart, m_medicationStartMessage, start);
    return chosen && dosage.isEmpty() && start.isEmpty();
}

bool RecordFormDialog::validateAllergy()
{
    const bool chosen = m_allergen->selectedConcept().has_value();
    showFieldMessage(m_allergen, m_allergenMessage,
                     chosen ? QString()
                            : (m_allergen->currentText().trimmed().isEmpty()
                                   ? tr("Required.")
                                   : tr("Choose a substance from the list.")));
    const bool critical = m_criticality->currentIndex() >= 0;
    showFieldMessage(m_criticality, m_criticalityMessage, critical ? QString() : tr("Required."));
    const QString reaction = FormValidation::checkOptionalText(m_reaction->text(), kMaxShortText);
    showFieldMessage(m_reaction, m_reactionMessage, reaction);
    return chosen && critical && reaction.isEmpty();
}

bool RecordFormDialog::validateNote()
{
    const QString title = FormValidation::checkOptionalText(m_noteTitle->text(), kMaxNoteTitle);
    showFieldMessage(m_noteTitle, m_noteTitleMessage, title);
    const QString text = FormValidation::checkRequiredText(m_noteText->toPlainText(), kMaxNoteText);
    showFieldMessage(m_noteText, m_noteTextMessage, text);
    return title.isEmpty() && text.isEmpty();
}

QByteArray RecordFormDialog::onBehalfOf() const
{
    return m_clinician ? m_clinician->selectedKey() : QByteArray();
}

QString RecordFormDialog::authorName() const
{
    if (m_clinician && !m_clinician->selectedName().isEmpty())
        return m_clinician->selectedName();
    return m_engine.user().name;
}

Result<QJsonObject> RecordFormDialog::buildResource() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_kind == QLatin1String("vitals")) {
        const auto def = ValueSets::vitalSign(m_vitalType->currentData().toString());
        if (!def)
            return makeError(QStringLiteral("form_invalid"), tr("Choose a measurement."));
        const auto first = FormValidation::checkVital(m_vitalValue->text(), *def, true);
        if (!first.acceptable())
            return makeError(QStringLiteral("form_invalid"), tr("Enter a valid value."));
        std::optional<double> second;
        if (def->hasSecondValue) {
            const auto s = FormValidation::checkVital(m_vitalSecond->text(), *def, false);
            if (!s.acceptable())
                return makeError(QStringLiteral("form_invalid"), tr("Enter a valid diastolic value."));
            second = s.value;
        }
        return FhirBuilder::vitalSign(m_patientId, def->code.code, *first.value, second,
                                      m_vitalTime->dateTime().toUTC(), now);
    }
    if (m_kind == QLatin1String("condition")) {
        const auto c = m_condition->selectedConcept();
        if (!c)
            return makeError(QStringLiteral("form_invalid"), tr("Choose a condition from the list."));
        return FhirBuilder::condition(m_patientId, c->code, m_clinicalStatus->currentData().toString(),
                                      m_onsetUnknown->isChecked() ? QDate() : m_onset->date(), m_conditionNote->toPlainText().trimmed(), now);
    }
    if (m_kind == QLatin1String("medication")) {
        const auto c = m_medication->selectedConcept();
        if (!c)
            return makeError(QStringLiteral("form_invalid"), tr("Choose a medication from the list."));
        return FhirBuilder::medication(m_patientId, c->code, m_dosage->text().trimmed(), m_medicationStart->date(),
                                       now);
    }
    if (m_kind == QLatin1String("allergy")) {
        const auto c = m_allergen->selectedConcept();
        if (!c)
            return makeError(QStringLiteral("form_invalid"), tr("Choose a substance from the list."));
        return FhirBuilder::allergy(m_patientId, c->code, m_criticality->currentData().toString(),
                                    m_reaction->text().trimmed(), now);
    }
    if (m_kind == QLatin1String("note"))
        return FhirBuilder::note(m_patientId, m_noteTitle->text().trimmed(), m_noteText->toPlainText().trimmed(),
                                 authorName(), now);
    return makeError(QStringLiteral("form_invalid"), tr("Choose a record type."));
}

// --- submitting ------------------------------------------------------------

void RecordFormDialog::save()
{
    if (m_request != 0 || !validate())
        return;
    Result<QJsonObject> resource = buildResource();
    if (!resource) {
        setStatus(Tone::Error, resource.error().message);
        return;
    }
    setSubmitting(true);
    setStatus(Tone::Pending, tr("Submitting… waiting for the network to sign the block."));
    m_request = m_engine.createRecord(m_patientId, *resource, onBehalfOf());
}

void RecordFormDialog::setSubmitting(bool submitting)
{
    m_form->setEnabled(!submitting);
    m_save->setEnabled(!submitting && validate());
    m_cancel->setText(submitting ? tr("Close") : tr("Cancel"));
    m_cancel->setToolTip(submitting ? tr("The record is submitted even if you close this window; it appears "
                                         "on the timeline once it is final.")
                                    : QString());
}

void RecordFormDialog::setStatus(Tone tone, const QString &text)
{
    m_status->setText(text);
    m_statusBox->setVisible(!text.isEmpty());
    QString icon;
    switch (tone) {
    case Tone::Neutral:
        break;
    case Tone::Pending:
        icon = QStringLiteral("lock");
        break;
    case Tone::Success:
        icon = QStringLiteral("verified");
        break;
    case Tone::Error:
        icon = QStringLiteral("warning");
        break;
    }
    m_statusIcon->setPixmap(icon.isEmpty() ? QPixmap() : Theme::icon(icon).pixmap(20, 20));
    const QColor color = tone == Tone::Error ? Theme::danger() : tone == Tone::Success ? Theme::success() : QColor();
    m_status->setStyleSheet(color.isValid() ? QStringLiteral("QLabel { color: %1; }").arg(color.name()) : QString());
}

void RecordFormDialog::onPending(quint64 request)
{
    if (request != m_request || m_request == 0)
        return;
    setStatus(Tone::Pending, tr("Submitting… waiting for the network to sign the block."));
}

void RecordFormDialog::onFinal(quint64 request, const TimelineEntry &entry)
{
    if (request != m_request || m_request == 0)
        return;
    m_request = 0;
    const Verification &v = entry.verification;
    setStatus(Tone::Success, tr("Final in block %1, signed by %2 of %3 members.")
                                 .arg(QLocale().toString(qulonglong(v.height)))
                                 .arg(v.signers)
                                 .arg(v.members));
    m_save->setEnabled(false);
    m_cancel->setText(tr("Close"));
    emit recordCreated(entry);
    QTimer::singleShot(kCloseAfterFinalMs, this, &QDialog::accept);
}

void RecordFormDialog::onFailed(quint64 request, const QString &code, const QString &message)
{
    Q_UNUSED(code);
    if (request != m_request || m_request == 0)
        return;
    m_request = 0;
    setSubmitting(false);
    setStatus(Tone::Error, message.isEmpty() ? tr("The network refused the record.")
                                             : tr("Not saved: %1").arg(message));
}

} // namespace careledger
