#include "AuditView.h"

#include "AuditTableModel.h"
#include "AuditTexts.h"
#include "theme/Theme.h"
#include "workstation/WorkstationEngine.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace careledger {

namespace {
constexpr int FlagIndexRole = Qt::UserRole + 1;

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setProperty("role", "caption");
    label->setWordWrap(true);
    return label;
}

Status saveFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return makeError(QStringLiteral("io"), file.errorString());
    return {};
}

// The action filter: what a compliance officer asks for, in their words.
struct ActionChoice {
    const char *label;
    QList<int> actions;
};
QList<ActionChoice> actionChoices()
{
    return {
        {QT_TRANSLATE_NOOP("AuditView", "All actions"), {}},
        {QT_TRANSLATE_NOOP("AuditView", "Chart views, exports and prints"),
         {int(AccessAction::View), int(AccessAction::Export), int(AccessAction::Print)}},
        {QT_TRANSLATE_NOOP("AuditView", "Exports and prints"), {int(AccessAction::Export), int(AccessAction::Print)}},
        {QT_TRANSLATE_NOOP("AuditView", "Kiosk: private IDs and views"),
         {int(AccessAction::PrivateIdFailed), int(AccessAction::PrivateIdAccepted), int(AccessAction::KioskView)}},
        {QT_TRANSLATE_NOOP("AuditView", "Wrong private IDs"), {int(AccessAction::PrivateIdFailed)}},
        {QT_TRANSLATE_NOOP("AuditView", "Records written or amended"),
         {AuditAction::ofTx(TxType::RecordCreate), AuditAction::ofTx(TxType::RecordAmend)}},
        {QT_TRANSLATE_NOOP("AuditView", "Consents"), {AuditAction::ofTx(TxType::ConsentGrant), AuditAction::ofTx(TxType::ConsentRevoke)}},
        {QT_TRANSLATE_NOOP("AuditView", "Referrals"),
         {AuditAction::ofTx(TxType::ReferralCreate), AuditAction::ofTx(TxType::ReferralTransition)}},
        {QT_TRANSLATE_NOOP("AuditView", "Staff enrolled or revoked"), {AuditAction::ofTx(TxType::Enrol), AuditAction::ofTx(TxType::Revoke)}},
        {QT_TRANSLATE_NOOP("AuditView", "Compliance reviews"), {AuditAction::ofTx(TxType::ComplianceReview)}},
    };
}
} // namespace

AuditView::AuditView(WorkstationEngine &engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_model(new AuditTableModel(engine, this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("auditView"));
    m_tabs->setObjectName(QStringLiteral("auditTabs"));
    m_tabs->addTab(buildTrailTab(), Theme::icon(QStringLiteral("record")), tr("Audit trail"));
    m_tabs->addTab(buildFlagsTab(), tr("Flags"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_model, &AuditTableModel::loaded, this, [this](int rows, bool more) {
        m_loaded->setText(more ? tr("%1 entries shown; more load as you scroll.").arg(QLocale().toString(rows))
                               : tr("%n entries.", nullptr, rows));
    });
    connect(m_model, &AuditTableModel::failed, this, [this](const QString &message) { m_loaded->setText(message); });
    connect(&engine, &WorkstationEngine::auditChanged, this, [this] {
        if (m_model->rowCount() < AuditTableModel::PageSize) // the user is not deep in a long list: show what is new
            m_model->refresh();
        loadFlags();
    });
    connect(&engine, &WorkstationEngine::auditVerified, this, [this](quint64 request, const QList<AuditEntryCheck> &checks) {
        if (request != m_verifyRequest)
            return;
        m_verifyRequest = 0;
        m_verify->setEnabled(true);
        const bool ok = std::all_of(checks.cbegin(), checks.cend(), [](const AuditEntryCheck &c) { return c.ok; });
        m_verifyResult->setProperty("badge", ok ? "verified" : "failed");
        m_verifyResult->setText(AuditTexts::verification(checks));
        m_verifyResult->style()->unpolish(m_verifyResult);
        m_verifyResult->style()->polish(m_verifyResult);
        m_verifyResult->show();
    });
    connect(&engine, &WorkstationEngine::auditFlags, this, [this](quint64 request, const QList<AuditFlag> &flags) {
        if (request == m_flagsRequest)
            showFlags(flags);
    });
    connect(&engine, &WorkstationEngine::auditExportReady, this,
            [this](quint64 request, const QByteArray &data, const QList<AuditRow> &rows) {
                if (request == m_exportRequest)
                    finishExport(data, rows);
            });
    connect(&engine, &WorkstationEngine::reportSigned, this, [this](quint64 request, const QByteArray &signature) {
        if (request != m_signRequest)
            return;
        m_signRequest = 0;
        if (m_pdf.isEmpty()) {
            // The content is signed: now the PDF that prints that signature.
            m_report.contentSignature = signature;
            QBuffer buffer(&m_pdf);
            buffer.open(QIODevice::WriteOnly);
            if (Status st = AuditPdfWriter::write(&buffer, m_report); !st) {
                failExport(st.error().message);
                return;
            }
            m_signRequest = m_engine.signReport(m_pdf);
            return;
        }
        // The PDF is signed: both files, or neither.
        if (Status st = saveFile(m_exportPath, m_pdf); !st) {
            failExport(st.error().message);
            return;
        }
        if (Status st = saveFile(m_exportPath + QStringLiteral(".sig"), signature); !st) {
            QFile::remove(m_exportPath);
            failExport(st.error().message);
            return;
        }
        m_pdf.clear();
        emit exported(m_exportPath);
    });
    connect(&engine, &WorkstationEngine::requestFailed, this, [this](quint64 request, const QString &, const QString &message) {
        if (request == m_verifyRequest) {
            m_verifyRequest = 0;
            m_verify->setEnabled(true);
            m_verifyResult->setProperty("badge", "failed");
            m_verifyResult->setText(tr("Could not verify: %1").arg(message));
            m_verifyResult->show();
        } else if (request == m_exportRequest || request == m_signRequest) {
            failExport(message);
        } else if (request == m_flagsRequest) {
            m_flagMessage->setText(message);
        }
    });
    connect(&engine, &WorkstationEngine::recordFinal, this, [this](quint64 request, const TimelineEntry &entry) {
        if (request != m_reviewRequest)
            return;
        m_reviewRequest = 0;
        m_note->clear();
        m_flagMessage->setText(tr("Recorded on the ledger (block %1). Every compliance officer of your organisation sees it.")
                                   .arg(QLocale().toString(entry.verification.height)));
        m_engine.syncNow();
    });
    connect(&engine, &WorkstationEngine::recordFailed, this, [this](quint64 request, const QString &, const QString &message) {
        if (request != m_reviewRequest)
            return;
        m_reviewRequest = 0;
        showFlag(m_flagTable->currentRow());
        m_flagMessage->setText(message);
    });
}

QWidget *AuditView::buildTrailTab()
{
    auto *page = new QWidget(this);
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Search names of users, organisations, patients"));
    m_search->setToolTip(tr("Patients are found by name only where your workstation can read their record; search by patient ID otherwise."));
    m_search->setClearButtonEnabled(true);
    m_patient = new QLineEdit(page);
    m_patient->setObjectName(QStringLiteral("auditPatient"));
    m_patient->setPlaceholderText(tr("Patient ID"));
    m_patient->setClearButtonEnabled(true);
    m_patient->setMaximumWidth(160);
    m_org = new QComboBox(page);
    m_org->setObjectName(QStringLiteral("auditOrg"));
    m_org->addItem(tr("All organisations"));
    for (const auto &[id, name] : m_engine.organisations())
        m_org->addItem(name, id);
    m_action = new QComboBox(page);
    m_action->setObjectName(QStringLiteral("auditAction"));
    for (const ActionChoice &c : actionChoices())
        m_action->addItem(tr(c.label));
    const QDate anyDate(2000, 1, 1);
    auto dateEdit = [&](const char *name) {
        auto *edit = new QDateEdit(page);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setCalendarPopup(true);
        edit->setMinimumDate(anyDate);
        edit->setSpecialValueText(tr("any day"));
        edit->setDate(anyDate);
        return edit;
    };
    m_from = dateEdit("auditFrom");
    m_to = dateEdit("auditTo");
    auto *apply = new QPushButton(tr("Apply"), page);
    apply->setObjectName(QStringLiteral("auditApply"));
    apply->setProperty("role", "primary");
    apply->setDefault(true);
    auto *clear = new QPushButton(tr("Clear"), page);
    connect(apply, &QPushButton::clicked, this, &AuditView::applyFilter);
    connect(clear, &QPushButton::clicked, this, &AuditView::clearFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &AuditView::applyFilter);
    connect(m_patient, &QLineEdit::returnPressed, this, &AuditView::applyFilter);

    m_export = new QToolButton(page);
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("CSV spreadsheet…"), this, [this] { chooseExport(ExportKind::Csv); });
    menu->addAction(tr("Signed PDF report…"), this, [this] { chooseExport(ExportKind::SignedPdf); });
    menu->addAction(tr("FHIR AuditEvent bundle (IHE BALP)…"), this, [this] { chooseExport(ExportKind::FhirBundle); });
    m_export->setMenu(menu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 3);
    bar->addWidget(m_patient, 1);
    bar->addWidget(m_org, 1);
    bar->addWidget(m_action, 2);
    bar->addWidget(new QLabel(tr("From"), page));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), page));
    bar->addWidget(m_to);
    bar->addWidget(apply);
    bar->addWidget(clear);
    bar->addSpacing(12);
    bar->addWidget(m_export);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditTableModel::Time, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    for (auto [column, width] : {std::pair{AuditTableModel::Time, 150}, {AuditTableModel::User, 150}, {AuditTableModel::Role, 110},
                                 {AuditTableModel::Org, 100}, {AuditTableModel::Patient, 110}, {AuditTableModel::Action, 160},
                                 {AuditTableModel::Workstation, 150}})
        m_table->setColumnWidth(column, width);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditView::showSelection);

    auto *detailPane = new QWidget(page);
    detailPane->setMinimumWidth(300);
    auto *title = new QLabel(tr("Entry"), detailPane);
    title->setProperty("role", "subheading");
    m_detail = new QLabel(tr("Select an entry to see it in full. Select several (Shift or Ctrl) to verify them together."),
                          detailPane);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_verify = new QPushButton(tr("Verify on the ledger"), detailPane);
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_verify->setEnabled(false);
    m_verify->setToolTip(tr("Checks the selected entries against the blocks the network's members signed."));
    connect(m_verify, &QPushButton::clicked, this, &AuditView::verifySelection);
    m_verifyResult = new QLabel(detailPane);
    m_verifyResult->setObjectName(QStringLiteral("auditVerifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->hide();
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->addWidget(title);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_verify, 0, Qt::AlignLeft);
    detailLayout->addWidget(m_verifyResult);
    detailLayout->addStretch(1);
    detailLayout->addWidget(caption(tr("You see who did what, to which patient's record, when and from where — never "
                                       "the clinical content itself, unless your own role can read it."),
                                    detailPane));

    auto *split = new QSplitter(Qt::Horizontal, page);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(detailPane);
    split->setStretchFactor(0, 1);
    split->setSizes({1000, 340});

    m_loaded = caption(QString(), page);
    m_loaded->setObjectName(QStringLiteral("auditLoaded"));
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_loaded);
    return page;
}

QWidget *AuditView::buildFlagsTab()
{
    auto *page = new QWidget(this);
    m_flagTable = new QTableWidget(0, 5, page);
    m_flagTable->setObjectName(QStringLiteral("flagTable"));
    m_flagTable->setHorizontalHeaderLabels({tr("Status"), tr("Rule"), tr("User"), tr("Patient"), tr("When")});
    m_flagTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flagTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_flagTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_flagTable->verticalHeader()->hide();
    m_flagTable->horizontalHeader()->setStretchLastSection(true);
    m_flagTable->setColumnWidth(0, 90);
    m_flagTable->setColumnWidth(1, 250);
    m_flagTable->setColumnWidth(2, 150);
    m_flagTable->setColumnWidth(3, 90);
    connect(m_flagTable, &QTableWidget::currentCellChanged, this, [this](int row) { showFlag(row); });

    auto *detail = new QWidget(page);
    m_flagTitle = new QLabel(tr("No flag selected"), detail);
    m_flagTitle->setProperty("role", "subheading");
    m_flagTitle->setWordWrap(true);
    m_flagDetail = new QLabel(detail);
    m_flagDetail->setObjectName(QStringLiteral("flagDetail"));
    m_flagDetail->setWordWrap(true);
    m_flagDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_flagReviews = new QLabel(detail);
    m_flagReviews->setObjectName(QStringLiteral("flagReviews"));
    m_flagReviews->setWordWrap(true);
    m_flagReviews->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note = new QPlainTextEdit(detail);
    m_note->setObjectName(QStringLiteral("flagNote"));
    m_note->setPlaceholderText(tr("What you found (who you spoke to, why the access was or was not justified). "
                                  "Encrypted: only your organisation's compliance officers can read it."));
    m_note->setMaximumHeight(110);
    m_markReviewed = new QPushButton(tr("Mark reviewed"), detail);
    m_markReviewed->setObjectName(QStringLiteral("flagReviewed"));
    m_markReviewed->setProperty("role", "primary");
    m_close = new QPushButton(tr("Close flag"), detail);
    m_close->setObjectName(QStringLiteral("flagClose"));
    m_showEntries = new QPushButton(tr("Show the entries"), detail);
    m_showEntries->setObjectName(QStringLiteral("flagShowEntries"));
    connect(m_markReviewed, &QPushButton::clicked, this, [this] { review(ReviewStatus::Reviewed); });
    connect(m_close, &QPushButton::clicked, this, [this] { review(ReviewStatus::Closed); });
    connect(m_showEntries, &QPushButton::clicked, this, &AuditView::showFlagEntries);
    m_flagMessage = caption(QString(), detail);
    m_flagMessage->setObjectName(QStringLiteral("flagMessage"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_markReviewed);
    buttons->addWidget(m_close);
    buttons->addStretch(1);
    buttons->addWidget(m_showEntries);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_flagTitle);
    detailLayout->addWidget(m_flagDetail);
    detailLayout->addWidget(m_flagReviews);
    detailLayout->addWidget(m_note);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_flagMessage);
    detailLayout->addStretch(1);

    auto *split = new QSplitter(Qt::Horizontal, page);
    split->setChildrenCollapsible(false);
    split->addWidget(m_flagTable);
    split->addWidget(detail);
    split->setSizes({700, 640});

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(caption(tr("Flags are computed on this workstation from the audit trail, for the users of your "
                                 "organisation. Open → reviewed (with a note) → closed: each step is recorded on the "
                                 "ledger and shared with your organisation's other compliance officers."),
                              page));
    layout->addWidget(split, 1);
    layout->addWidget(buildRuleSettings());
    showFlag(-1);
    return page;
}

QWidget *AuditView::buildRuleSettings()
{
    const AuditRuleSettings defaults;
    QSettings ini;
    ini.beginGroup(QStringLiteral("audit"));
    auto *box = new QGroupBox(tr("Rules and thresholds"), this);
    box->setObjectName(QStringLiteral("ruleSettings"));
    auto check = [&](const char *key, bool def) {
        auto *c = new QCheckBox(box);
        c->setChecked(ini.value(QString::fromLatin1(key), def).toBool());
        return c;
    };
    m_volumeOn = check("volume", defaults.volume);
    m_volumeFactor = new QDoubleSpinBox(box);
    m_volumeFactor->setRange(1.5, 20);
    m_volumeFactor->setSingleStep(0.5);
    m_volumeFactor->setDecimals(1);
    m_volumeFactor->setSuffix(tr(" × usual"));
    m_volumeFactor->setValue(ini.value(QStringLiteral("volumeFactor"), defaults.volumeFactor).toDouble());
    m_volumeMin = new QSpinBox(box);
    m_volumeMin->setRange(2, 1000);
    m_volumeMin->setSuffix(tr(" patients at least"));
    m_volumeMin->setValue(ini.value(QStringLiteral("volumeMinPatients"), defaults.volumeMinPatients).toInt());
    m_relationshipOn = check("relationship", defaults.relationship);
    m_hoursOn = check("hours", defaults.hours);
    m_hoursShare = new QDoubleSpinBox(box);
    m_hoursShare->setRange(0.5, 20);
    m_hoursShare->setDecimals(1);
    m_hoursShare->setSuffix(tr(" % of their work"));
    m_hoursShare->setValue(ini.value(QStringLiteral("hoursRareShare"), defaults.hoursRareShare).toDouble() * 100);
    m_hoursMin = new QSpinBox(box);
    m_hoursMin->setRange(10, 100000);
    m_hoursMin->setSuffix(tr(" openings of history"));
    m_hoursMin->setValue(ini.value(QStringLiteral("hoursMinHistory"), defaults.hoursMinHistory).toInt());
    m_surnameOn = check("surname", defaults.surname);
    m_privateIdOn = check("privateId", defaults.privateId);
    m_privateIdFailures = new QSpinBox(box);
    m_privateIdFailures->setRange(2, 100);
    m_privateIdFailures->setSuffix(tr(" wrong IDs"));
    m_privateIdFailures->setValue(ini.value(QStringLiteral("privateIdFailures"), defaults.privateIdFailures).toInt());
    m_privateIdMinutes = new QSpinBox(box);
    m_privateIdMinutes->setRange(1, 24 * 60);
    m_privateIdMinutes->setSuffix(tr(" minutes"));
    m_privateIdMinutes->setValue(
        int(ini.value(QStringLiteral("privateIdWindowMs"), qlonglong(defaults.privateIdWindowMs)).toLongLong() / 60000));

    auto *grid = new QGridLayout(box);
    auto row = [&](int r, QCheckBox *on, AuditRule rule, QList<QWidget *> fields) {
        on->setText(AuditTexts::ruleTitle(rule));
        grid->addWidget(on, r, 0);
        int c = 1;
        for (QWidget *f : fields)
            grid->addWidget(f, r, c++);
    };
    row(0, m_volumeOn, AuditRule::UnusualVolume, {m_volumeFactor, m_volumeMin});
    row(1, m_relationshipOn, AuditRule::NoRelationship, {});
    row(2, m_hoursOn, AuditRule::UnusualHours, {m_hoursShare, m_hoursMin});
    m_surnameOn->setText(AuditTexts::ruleTitle(AuditRule::SameSurname));
    grid->addWidget(m_surnameOn, 0, 3);
    grid->addWidget(m_privateIdOn, 1, 3);
    m_privateIdOn->setText(AuditTexts::ruleTitle(AuditRule::PrivateIdFailures));
    grid->addWidget(m_privateIdFailures, 1, 4);
    grid->addWidget(m_privateIdMinutes, 1, 5);
    auto *apply = new QPushButton(tr("Apply thresholds"), box);
    apply->setObjectName(QStringLiteral("applyRules"));
    connect(apply, &QPushButton::clicked, this, [this] {
        saveRuleSettings();
        loadFlags();
    });
    grid->addWidget(apply, 2, 5, Qt::AlignRight);
    grid->setColumnStretch(6, 1);
    return box;
}

AuditRuleSettings AuditView::ruleSettings() const
{
    AuditRuleSettings s;
    s.volume = m_volumeOn->isChecked();
    s.volumeFactor = m_volumeFactor->value();
    s.volumeMinPatients = m_volumeMin->value();
    s.relationship = m_relationshipOn->isChecked();
    s.hours = m_hoursOn->isChecked();
    s.hoursRareShare = m_hoursShare->value() / 100;
    s.hoursMinHistory = m_hoursMin->value();
    s.surname = m_surnameOn->isChecked();
    s.privateId = m_privateIdOn->isChecked();
    s.privateIdFailures = m_privateIdFailures->value();
    s.privateIdWindowMs = qint64(m_privateIdMinutes->value()) * 60000;
    return s;
}

void AuditView::saveRuleSettings()
{
    const AuditRuleSettings s = ruleSettings();
    QSettings ini;
    ini.beginGroup(QStringLiteral("audit"));
    ini.setValue(QStringLiteral("volume"), s.volume);
    ini.setValue(QStringLiteral("volumeFactor"), s.volumeFactor);
    ini.setValue(QStringLiteral("volumeMinPatients"), s.volumeMinPatients);
    ini.setValue(QStringLiteral("relationship"), s.relationship);
    ini.setValue(QStringLiteral("hours"), s.hours);
    ini.setValue(QStringLiteral("hoursRareShare"), s.hoursRareShare);
    ini.setValue(QStringLiteral("hoursMinHistory"), s.hoursMinHistory);
    ini.setValue(QStringLiteral("surname"), s.surname);
    ini.setValue(QStringLiteral("privateId"), s.privateId);
    ini.setValue(QStringLiteral("privateIdFailures"), s.privateIdFailures);
    ini.setValue(QStringLiteral("privateIdWindowMs"), qlonglong(s.privateIdWindowMs));
}

void AuditView::activate()
{
    applyFilter();
    loadFlags();
}

AuditQuery AuditView::currentQuery() const
{
    AuditQuery q = m_model->query();
    q.text = m_search->text().trimmed();
    q.patientId = m_patient->text().trimmed();
    q.org = m_org->currentData().toString();
    q.actions = actionChoices().value(m_action->currentIndex()).actions;
    q.users.clear();
    const QDate any = m_from->minimumDate();
    q.fromMs = m_from->date() > any ? quint64(m_from->date().startOfDay().toMSecsSinceEpoch()) : 0;
    q.toMs = m_to->date() > any ? quint64(m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch()) : 0;
    return q;
}

QString AuditView::filterText() const
{
    QStringList parts;
    if (!m_search->text().trimmed().isEmpty())
        parts << tr("names matching “%1”").arg(m_search->text().trimmed());
    if (!m_patient->text().trimmed().isEmpty())
        parts << tr("patient %1").arg(m_patient->text().trimmed());
    if (m_org->currentIndex() > 0)
        parts << m_org->currentText();
    if (m_action->currentIndex() > 0)
        parts << m_action->currentText();
    const QDate any = m_from->minimumDate();
    if (m_from->date() > any)
        parts << tr("from %1").arg(QLocale().toString(m_from->date(), QLocale::ShortFormat));
    if (m_to->date() > any)
        parts << tr("to %1").arg(QLocale().toString(m_to->date(), QLocale::ShortFormat));
    return parts.isEmpty() ? tr("everything") : parts.join(QStringLiteral(", "));
}

void AuditView::applyFilter()
{
    m_verifyResult->hide();
    m_model->setQuery(currentQuery());
}

void AuditView::clearFilter()
{
    m_search->clear();
    m_patient->clear();
    m_org->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_from->setDate(m_from->minimumDate());
    m_to->setDate(m_to->minimumDate());
    applyFilter();
}

void AuditView::showSelection()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_verify->setEnabled(!rows.isEmpty() && m_verifyRequest == 0);
    m_verifyResult->hide();
    if (rows.size() != 1) {
        m_detail->setText(rows.isEmpty() ? tr("Select an entry to see it in full.")
                                         : tr("%1 entries selected.").arg(QLocale().toString(rows.size())));
        return;
    }
    const AuditRow *r = m_model->rowAt(rows.first().row());
    if (!r)
        return;
    const QLocale l;
    auto line = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:10px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += line(tr("When"), l.toString(QDateTime::fromMSecsSinceEpoch(qint64(r->timeMs)), QLocale::LongFormat));
    html += line(tr("Action"), AuditTexts::action(r->action));
    html += line(tr("User"), r->userName.isEmpty() ? tr("(organisation key)") : r->userName);
    html += line(tr("Role"), r->role);
    html += line(tr("Organisation"), r->org);
    html += line(tr("Workstation"), r->workstation.isEmpty() ? QStringLiteral("—") : r->workstation);
    html += line(tr("Patient"), r->patientId.isEmpty() ? QStringLiteral("—") : r->patientId);
    if (!r->recordTx.isEmpty())
        html += line(tr("Record version"), QString::fromLatin1(r->recordTx.toHex().left(16)) + QStringLiteral("…"));
    html += line(tr("Ledger"), tr("block %1, entry %2, event %3").arg(l.toString(r->height), l.toString(r->logIndex)).arg(r->ordinal));
    html += line(tr("User key"), QString::fromLatin1(r->userKey.toHex().left(16)) + QStringLiteral("…"));
    if (r->code != 0)
        html += line(tr("Outcome"), tr("refused by the network (reason %1): it had no effect").arg(r->code));
    html += QStringLiteral("</table>");
    m_detail->setText(html);
}

void AuditView::verifySelection()
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids.append(m_model->data(i, AuditTableModel::RowIdRole).toLongLong());
    if (ids.isEmpty())
        return;
    m_verify->setEnabled(false);
    m_verifyResult->setProperty("badge", "pending");
    m_verifyResult->setText(tr("Checking %n entry(ies) against the signed blocks…", nullptr, int(ids.size())));
    m_verifyResult->show();
    m_verifyRequest = m_engine.verifyAuditEntries(ids);
}

void AuditView::chooseExport(ExportKind kind)
{
    const QString stamp = QDate::currentDate().toString(Qt::ISODate);
    QString suggested;
    QString filter;
    switch (kind) {
    case ExportKind::Csv:
        suggested = QStringLiteral("audit-%1.csv").arg(stamp);
        filter = tr("CSV (*.csv)");
        break;
    case ExportKind::SignedPdf:
        suggested = QStringLiteral("audit-report-%1.pdf").arg(stamp);
        filter = tr("PDF (*.pdf)");
        break;
    case ExportKind::FhirBundle:
        suggested = QStringLiteral("audit-events-%1.json").arg(stamp);
        filter = tr("FHIR JSON (*.json)");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"), suggested, filter);
    if (!path.isEmpty())
        exportTo(kind, path);
}

void AuditView::exportTo(ExportKind kind, const QString &path)
{
    if (m_exportRequest != 0 || m_signRequest != 0) {
        emit exportFailed(tr("An export is already under way."));
        return;
    }
    m_exportKind = kind;
    m_exportPath = path;
    m_pdf.clear();
    m_export->setEnabled(false);
    // The PDF's signed content is the CSV of the same rows.
    m_exportRequest = m_engine.requestAuditExport(currentQuery(), kind == ExportKind::FhirBundle ? AuditExportFormat::FhirBundle
                                                                                                 : AuditExportFormat::Csv);
}

void AuditView::finishExport(const QByteArray &data, const QList<AuditRow> &rows)
{
    m_exportRequest = 0;
    if (m_exportKind == ExportKind::SignedPdf) {
        const UserProfile me = m_engine.user();
        m_report = AuditPdfWriter::Report{me.name, me.orgName, filterText(), QDateTime::currentDateTime(), {}, rows};
        m_signRequest = m_engine.signReport(data);
        return;
    }
    m_export->setEnabled(true);
    if (Status st = saveFile(m_exportPath, data); !st) {
        emit exportFailed(st.error().message);
        return;
    }
    emit exported(m_exportPath);
}

void AuditView::failExport(const QString &message)
{
    m_exportRequest = 0;
    m_signRequest = 0;
    m_pdf.clear();
    m_export->setEnabled(true);
    emit exportFailed(message);
}

void AuditView::loadFlags()
{
    m_flagsRequest = m_engine.requestAuditFlags(ruleSettings());
}

void AuditView::showFlags(const QList<AuditFlag> &flags)
{
    const QByteArray current = m_flags.value(m_flagTable->currentRow()).flagId;
    m_flags = flags;
    // Open ones first, then reviewed, then closed; newest first within each.
    std::stable_sort(m_flags.begin(), m_flags.end(), [](const AuditFlag &a, const AuditFlag &b) { return a.status < b.status; });
    m_flagTable->setRowCount(int(m_flags.size()));
    int open = 0;
    int select = m_flags.isEmpty() ? -1 : 0;
    const QLocale l;
    for (int i = 0; i < m_flags.size(); ++i) {
        const AuditFlag &f = m_flags[i];
        open += f.status == FlagStatus::Open;
        if (f.flagId == current)
            select = i;
        auto *status = new QTableWidgetItem(AuditTexts::status(f.status));
        status->setData(FlagIndexRole, i);
        if (f.status == FlagStatus::Open)
            status->setForeground(Theme::danger());
        m_flagTable->setItem(i, 0, status);
        m_flagTable->setItem(i, 1, new QTableWidgetItem(AuditTexts::ruleTitle(f.rule)));
        m_flagTable->setItem(i, 2, new QTableWidgetItem(f.userName.isEmpty() ? tr("(unknown user)") : f.userName));
        m_flagTable->setItem(i, 3, new QTableWidgetItem(f.patientId.isEmpty() ? QStringLiteral("—") : f.patientId));
        m_flagTable->setItem(i, 4, new QTableWidgetItem(l.toString(QDateTime::fromMSecsSinceEpoch(qint64(f.fromMs)), QLocale::ShortFormat)));
    }
    m_tabs->setTabText(1, open > 0 ? tr("Flags (%1 open)").arg(open) : tr("Flags"));
    m_flagTable->setCurrentCell(select, 0);
    showFlag(select);
    emit flagsLoaded(int(m_flags.size()));
}

void AuditView::showFlag(int row)
{
    const bool valid = row >= 0 && row < m_flags.size();
    m_markReviewed->setEnabled(valid && m_reviewRequest == 0 && m_flags[row].status == FlagStatus::Open);
    m_close->setEnabled(valid && m_reviewRequest == 0 && m_flags[row].status == FlagStatus::Reviewed);
    m_showEntries->setEnabled(valid);
    m_note->setEnabled(valid && m_flags[row].status != FlagStatus::Closed);
    m_flagMessage->clear();
    if (!valid) {
        m_flagTitle->setText(m_flags.isEmpty() ? tr("No flags: nothing in the audit trail matches a rule.") : tr("No flag selected"));
        m_flagDetail->setText(QString());
        m_flagReviews->setText(QString());
        return;
    }
    const AuditFlag &f = m_flags[row];
    m_flagTitle->setText(AuditTexts::ruleTitle(f.rule) + QStringLiteral(" — ") + AuditTexts::status(f.status));
    m_flagDetail->setText(QStringLiteral("<p>%1</p><p><i>%2</i></p>")
                              .arg(AuditTexts::flagReason(f).toHtmlEscaped(),
                                   (tr("Why this rule: ") + AuditTexts::ruleExplanation(f.rule, ruleSettings())).toHtmlEscaped()));
    QStringList history;
    const QLocale l;
    for (const AuditReview &r : f.reviews)
        history << QStringLiteral("<p><b>%1</b> — %2, %3<br>%4</p>")
                       .arg(r.status == ReviewStatus::Closed ? tr("Closed") : tr("Reviewed"),
                            (r.authorName.isEmpty() ? tr("an officer") : r.authorName).toHtmlEscaped(),
                            l.toString(QDateTime::fromMSecsSinceEpoch(qint64(r.timeMs)), QLocale::ShortFormat),
                            r.note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_flagReviews->setText(history.isEmpty() ? tr("Not reviewed yet. Look at the entries, then write what you found "
                                                  "and mark it reviewed; close it when nothing more is to be done.")
                                             : history.join(QString()));
}

void AuditView::review(ReviewStatus status)
{
    const int row = m_flagTable->currentRow();
    if (row < 0 || row >= m_flags.size())
        return;
    if (status == ReviewStatus::Reviewed && m_note->toPlainText().trimmed().isEmpty()) {
        m_flagMessage->setText(tr("Write what you found before marking the flag reviewed."));
        m_note->setFocus();
        return;
    }
    m_markReviewed->setEnabled(false);
    m_close->setEnabled(false);
    m_flagMessage->setText(tr("Recording on the ledger…"));
    m_reviewRequest = m_engine.reviewFlag(m_flags[row].flagId, status, m_note->toPlainText());
}

void AuditView::showFlagEntries()
{
    const int row = m_flagTable->currentRow();
    if (row < 0 || row >= m_flags.size())
        return;
    const AuditFlag &f = m_flags[row];
    m_search->clear();
    m_patient->setText(f.patientId);
    m_org->setCurrentIndex(0);
    m_action->setCurrentIndex(0);
    m_from->setDate(QDateTime::fromMSecsSinceEpoch(qint64(f.fromMs)).date());
    m_to->setDate(QDateTime::fromMSecsSinceEpoch(qint64(f.toMs)).date());
    AuditQuery q = currentQuery();
    if (!f.userKey.isEmpty())
        q.users = {f.userKey};
    m_verifyResult->hide();
    m_model->setQuery(q);
    m_tabs->setCurrentIndex(0);
}

} // namespace careledger
