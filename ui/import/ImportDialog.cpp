#include "ImportDialog.h"

#include "forms/ConceptComboBox.h"
#include "theme/Theme.h"
#include "workstation/WorkstationEngine.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace careledger {

namespace {

struct ReadResult {
    QByteArray bytes;
    QString error;
};

// Runs on a worker thread: no widgets, no members.
ReadResult readBundle(const QString &path)
{
    ReadResult r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = ImportDialog::tr("%1 cannot be opened: %2").arg(QFileInfo(path).fileName(), f.errorString());
        return r;
    }
    if (f.size() > ImportDialog::maxFileBytes) {
        r.error = ImportDialog::tr("%1 is too large to import (more than %2 MB).")
                      .arg(QFileInfo(path).fileName())
                      .arg(ImportDialog::maxFileBytes / (1024 * 1024));
        return r;
    }
    r.bytes = f.readAll();
    if (f.error() != QFileDevice::NoError) {
        r.error = ImportDialog::tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), f.errorString());
        r.bytes.clear();
    } else if (r.bytes.trimmed().isEmpty()) {
        r.error = ImportDialog::tr("%1 is empty.").arg(QFileInfo(path).fileName());
    }
    return r;
}

void setTextColorOf(QLabel *label, const QColor &color)
{
    label->setStyleSheet(color.isValid() ? QStringLiteral("QLabel { color: %1; }").arg(color.name()) : QString());
}

QString actionText(ImportRow::State s)
{
    switch (s) {
    case ImportRow::State::Import:
        return ImportDialog::tr("Import");
    case ImportRow::State::Skip:
        return ImportDialog::tr("Skip");
    case ImportRow::State::Invalid:
        return ImportDialog::tr("Invalid");
    }
    return {};
}

} // namespace

ImportDialog::ImportDialog(WorkstationEngine &engine, const QString &patientId, QWidget *parent)
    : QDialog(parent), m_engine(engine), m_patientId(patientId)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import FHIR records"));
    setAcceptDrops(true);

    auto *root = new QVBoxLayout(this);
    root->setSpacing(10);

    auto *title = new QLabel(tr("Import FHIR records"), this);
    title->setObjectName(QStringLiteral("titleLabel"));
    title->setProperty("role", QStringLiteral("heading"));
    root->addWidget(title);

    QString patientLine = tr("Into the record of patient %1").arg(patientId);
    for (const PatientSummary &p : engine.patients()) {
        if (p.patientId == patientId) {
            patientLine = tr("Into the record of %1 · %2").arg(p.displayName(), patientId);
            break;
        }
    }
    auto *intro = new QLabel(patientLine + QLatin1Char('\n')
                                 + tr("Choose a FHIR R4 Bundle (JSON). Every entry is checked first; the import "
                                      "is all or nothing."),
                             this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setProperty("role", QStringLiteral("caption"));
    intro->setWordWrap(true);
    root->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *fileRow = new QHBoxLayout;
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("No file chosen (you can also drop a file here)"));
    m_chooseButton = new QPushButton(Theme::icon(QStringLiteral("import")), tr("C&hoose file…"), this);
    m_chooseButton->setObjectName(QStringLiteral("chooseFileButton"));
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_chooseButton);
    auto *fileLabel = new QLabel(tr("&Bundle:"), this);
    fileLabel->setBuddy(m_chooseButton);
    form->addRow(fileLabel, fileRow);

    if (engine.user().role == Role::EmrTechnician) {
        m_clinician = new ClinicianComboBox(this);
        m_clinician->setObjectName(QStringLiteral("clinicianCombo"));
        m_clinician->setClinicians(engine.clinicians());
        m_clinician->setToolTip(tr("You import these records on behalf of a clinician of your organisation."));
        m_clinicianMessage = new QLabel(this);
        m_clinicianMessage->setObjectName(QStringLiteral("clinicianMessage"));
        m_clinicianMessage->setWordWrap(false);
        m_clinicianMessage->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::danger().name()));
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(m_clinician);
        box->addWidget(m_clinicianMessage);
        auto *label = new QLabel(tr("Import &for:"), this);
        label->setBuddy(m_clinician);
        form->addRow(label, box);
        connect(m_clinician, &QComboBox::currentIndexChanged, this, &ImportDialog::updateButtons);
    }
    root->addLayout(form);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("entriesTable"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Type"), tr("Summary"), tr("Action"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(IndexColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SummaryColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Bundle entries"));
    root->addWidget(m_table, 1);

    m_rowDetail = new QLabel(this);
    m_rowDetail->setObjectName(QStringLiteral("rowDetailLabel"));
    m_rowDetail->setWordWrap(true);
    m_rowDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rowDetail->hide();
    root->addWidget(m_rowDetail);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRowDetail(row); });

    auto *countsRow = new QHBoxLayout;
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_invalidOnly = new QCheckBox(tr("Show only &entries that are not imported"), this);
    m_invalidOnly->setObjectName(QStringLiteral("invalidOnlyCheck"));
    m_invalidOnly->setEnabled(false);
    countsRow->addWidget(m_counts, 1);
    countsRow->addWidget(m_invalidOnly);
    root->addLayout(countsRow);
    connect(m_invalidOnly, &QCheckBox::toggled, this, &ImportDialog::applyRowFilter);

    m_invalidLabel = new QLabel(
        tr("Fix or remove the invalid entries; nothing is imported while any entry is invalid."), this);
    m_invalidLabel->setObjectName(QStringLiteral("invalidLabel"));
    m_invalidLabel->setProperty("severity", QStringLiteral("critical"));
    m_invalidLabel->setWordWrap(true);
    m_invalidLabel->hide();
    root->addWidget(m_invalidLabel);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    root->addLayout(statusRow);

    auto *buttons = new QDialogButtonBox(this);
    // The property before addButton(): the box polishes the buttons it lays out.
    m_importButton = new QPushButton(tr("Import"));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setProperty("role", QStringLiteral("primary"));
    buttons->addButton(m_importButton, QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(false);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    root->addWidget(buttons);

    connect(m_chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    // Queued: an answer emitted inside the call must find its request id set.
    connect(&m_engine, &WorkstationEngine::importPreviewReady, this, &ImportDialog::onPreview, Qt::QueuedConnection);
    connect(&m_engine, &WorkstationEngine::importDone, this, &ImportDialog::onDone, Qt::QueuedConnection);
    connect(&m_engine, &WorkstationEngine::requestFailed, this, &ImportDialog::onFailed, Qt::QueuedConnection);
    connect(&m_engine, &WorkstationEngine::recordFailed, this, &ImportDialog::onFailed, Qt::QueuedConnection);
    connect(&m_engine, &WorkstationEngine::signedOut, this, &QDialog::reject);

    resize(860, 560);
    if (!engine.mayImport())
        setState(State::Failed, tr("Your role cannot import records."), true);
    else
        setState(State::NoFile, tr("Choose a bundle to see what it contains."));
    m_chooseButton->setFocus();
}

ImportDialog::~ImportDialog()
{
    // Hide while the members still exist: hiding moves focus, and focus-out
    // makes editors emit signals that reach this dialog's slots.
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
    hide();
}

bool ImportDialog::canImport() const
{
    return m_importButton->isEnabled();
}

QString ImportDialog::statusText() const
{
    return m_status->text();
}

void ImportDialog::chooseFile()
{
    if (m_state == State::Importing || m_state == State::Done)
        return;
    const QString start = m_path.isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(m_path).absolutePath();
    auto *dialog = new QFileDialog(this, tr("Choose a FHIR bundle"), start,
                                   tr("FHIR JSON (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("bundleFileDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::loadFile);
    dialog->open();
}

void ImportDialog::loadFile(const QString &path)
{
    if (path.isEmpty() || m_state == State::Importing || m_state == State::Done || !m_engine.mayImport())
        return;
    const quint64 serial = ++m_readSerial;
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_previewRequest = 0;
    m_havePreview = false;
    m_preview = ImportPreview{};
    m_table->setRowCount(0);
    m_rowDetail->hide();
    m_counts->clear();
    m_invalidLabel->hide();
    setState(State::Reading, tr("Reading %1…").arg(QFileInfo(path).fileName()));

    auto result = std::make_shared<ReadResult>();
    QThread *thread = QThread::create([path, result] { *result = readBundle(path); });
    connect(thread, &QThread::finished, this, [this, serial, path, result] {
        if (serial == m_readSerial)
            fileRead(path, result->bytes, result->error);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ImportDialog::fileRead(const QString &path, const QByteArray &bytes, const QString &error)
{
    Q_UNUSED(path);
    if (!error.isEmpty()) {
        setState(State::Failed, error, true);
        return;
    }
    setState(State::Checking, tr("Checking the entries…"));
    m_previewRequest = m_engine.previewImport(m_patientId, bytes);
}

void ImportDialog::onPreview(quint64 request, const ImportPreview &preview)
{
    if (request == 0 || request != m_previewRequest || m_state != State::Checking)
        return;
    m_preview = preview;
    m_havePreview = true;
    if (!preview.error.isEmpty()) {
        setState(State::Failed, tr("This file cannot be imported: %1").arg(preview.error), true);
        return;
    }
    showPreview();
    if (preview.invalid > 0)
        setState(State::Previewed); // the banner says it
    else if (preview.importable == 0)
        setState(State::Previewed, tr("Nothing to import: every entry is skipped."));
    else
        setState(State::Previewed, tr("Ready to import. Records to import: %1.").arg(QLocale().toString(preview.importable)));
}

void ImportDialog::showPreview()
{
    const QColor danger = Theme::danger();
    const QColor muted = palette().color(QPalette::PlaceholderText);
    int skipped = 0;
    m_table->setUpdatesEnabled(false);
    m_table->setRowCount(int(m_preview.rows.size()));
    int firstInvalid = -1;
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        const ImportRow &row = m_preview.rows.at(r);
        if (row.state == ImportRow::State::Skip)
            ++skipped;
        const QStringList texts = {QString::number(row.index + 1), row.resourceType, row.summary,
                                   actionText(row.state), row.reason};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            item->setToolTip(row.reason.isEmpty() ? row.summary : row.reason);
            if (c == IndexColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row.state == ImportRow::State::Invalid) {
                item->setForeground(danger);
                if (c == ActionColumn) {
                    item->setIcon(Theme::icon(QStringLiteral("warning")));
                    QFont f = item->font();
                    f.setBold(true);
                    item->setFont(f);
                }
            } else if (row.state == ImportRow::State::Skip) {
                item->setForeground(muted);
            }
            m_table->setItem(r, c, item);
        }
        if (row.state == ImportRow::State::Invalid && firstInvalid < 0)
            firstInvalid = r;
    }
    m_table->setUpdatesEnabled(true);

    m_counts->setText(tr("Entries: %1 · to import: %2 · skipped: %3 · invalid: %4")
                          .arg(m_preview.rows.size())
                          .arg(m_preview.importable)
                          .arg(skipped)
                          .arg(m_preview.invalid));
    m_invalidLabel->setVisible(m_preview.invalid > 0);
    m_invalidOnly->setEnabled(m_preview.invalid > 0 || skipped > 0);
    applyRowFilter();
    if (firstInvalid >= 0)
        m_table->scrollToItem(m_table->item(firstInvalid, 0), QAbstractItemView::PositionAtCenter);
    showRowDetail(firstInvalid);
}

void ImportDialog::showRowDetail(int row)
{
    // The reason in full (the table elides it), for the current row or else the first invalid one.
    if (row < 0 || row >= m_preview.rows.size() || m_preview.rows.at(row).state == ImportRow::State::Import) {
        row = -1;
        for (int r = 0; r < m_preview.rows.size(); ++r) {
            if (m_preview.rows.at(r).state == ImportRow::State::Invalid) {
                row = r;
                break;
            }
        }
    }
    if (row < 0) {
        m_rowDetail->hide();
        return;
    }
    const ImportRow &r = m_preview.rows.at(row);
    // Entries are counted from 1, as in the engine's messages.
    m_rowDetail->setText(tr("Entry %1 (%2): %3").arg(r.index + 1).arg(r.resourceType, r.reason));
    setTextColorOf(m_rowDetail, r.state == ImportRow::State::Invalid ? Theme::danger() : QColor());
    m_rowDetail->show();
}

void ImportDialog::applyRowFilter()
{
    const bool problemsOnly = m_invalidOnly->isChecked();
    for (int r = 0; r < m_table->rowCount() && r < m_preview.rows.size(); ++r)
        m_table->setRowHidden(r, problemsOnly && m_preview.rows.at(r).state == ImportRow::State::Import);
}

void ImportDialog::startImport()
{
    if (!canImport())
        return;
    const QByteArray onBehalfOf = m_clinician ? m_clinician->selectedKey() : QByteArray();
    setState(State::Importing, tr("Importing… waiting for the network to sign the block."));
    m_commitRequest = m_engine.commitImport(m_previewRequest, onBehalfOf);
}

void ImportDialog::onDone(quint64 request, int imported)
{
    if (request == 0 || request != m_commitRequest)
        return;
    m_commitRequest = 0;
    m_imported = imported;
    setState(State::Done, tr("Import complete. Records imported: %1; they are final on the network.").arg(QLocale().toString(imported)));
    emit this->imported(imported);
}

void ImportDialog::onFailed(quint64 request, const QString &code, const QString &message)
{
    Q_UNUSED(code);
    if (request == 0)
        return;
    if (request == m_previewRequest && m_state == State::Checking) {
        setState(State::Failed, tr("The bundle could not be checked: %1").arg(message), true);
    } else if (request == m_commitRequest && m_state == State::Importing) {
        m_commitRequest = 0;
        // Nothing was imported (all or nothing); the preview stays for another try.
        setState(State::Previewed, tr("Nothing was imported: %1").arg(message), true);
    }
}

void ImportDialog::setState(State state, const QString &status, bool error)
{
    m_state = state;
    m_status->setText(status);
    QColor color;
    if (error)
        color = Theme::danger();
    else if (state == State::Done)
        color = Theme::success();
    m_status->setStyleSheet(color.isValid() ? QStringLiteral("QLabel { color: %1; }").arg(color.name()) : QString());
    const bool busy = state == State::Reading || state == State::Checking || state == State::Importing;
    m_progress->setVisible(busy);
    m_chooseButton->setEnabled(!busy && state != State::Done && m_engine.mayImport());
    if (m_clinician)
        m_clinician->setEnabled(state != State::Importing && state != State::Done);
    updateButtons();
}

void ImportDialog::updateButtons()
{
    const int n = m_havePreview ? m_preview.importable : 0;
    m_importButton->setText(n > 0 ? tr("Import %n record(s)", nullptr, n) : tr("Import"));

    bool clinicianOk = true;
    if (m_clinician) {
        clinicianOk = !m_clinician->selectedKey().isEmpty();
        QString message;
        if (m_clinician->count() == 0)
            message = tr("No clinician of your organisation is listed yet; records cannot be imported on "
                         "anyone's behalf.");
        else if (!clinicianOk && m_state == State::Previewed && n > 0)
            message = tr("Choose the clinician you import these records for.");
        m_clinicianMessage->setText(message);
        m_clinicianMessage->setVisible(!message.isEmpty());
    }
    const bool ready = m_state == State::Previewed && m_havePreview && m_preview.error.isEmpty()
                       && m_preview.invalid == 0 && n > 0 && clinicianOk;
    m_importButton->setEnabled(ready);
    m_importButton->setDefault(ready);
    m_closeButton->setDefault(!ready);
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && m_state != State::Importing && m_state != State::Done)
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        loadFile(urls.first().toLocalFile());
    }
}

} // namespace careledger
