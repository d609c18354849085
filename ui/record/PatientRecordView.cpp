#include "PatientRecordView.h"

#include "PatientHeaderBar.h"
#include "ProofDialog.h"
#include "TimelineDelegate.h"
#include "TimelineModel.h"
#include "monitoring/VitalsView.h"
#include "fhir/FhirRenderer.h"
#include "patients/PatientListModel.h"
#include "theme/Theme.h"
#include "workstation/WorkstationEngine.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QListView>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace careledger {

namespace {

// Lays its items out left to right and wraps like text (the filter chips).
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget *parent, int spacing) : QLayout(parent), m_spacing(spacing)
    {
        setContentsMargins(0, 0, 0, 0);
    }
    ~FlowLayout() override
    {
        while (QLayoutItem *item = takeAt(0))
            delete item;
    }
    void addItem(QLayoutItem *item) override { m_items.append(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int i) const override { return m_items.value(i); }
    QLayoutItem *takeAt(int i) override { return i >= 0 && i < m_items.size() ? m_items.takeAt(i) : nullptr; }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return doLayout(QRect(0, 0, width, 0), true); }
    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        doLayout(rect, false);
    }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem *item : m_items)
            size = size.expandedTo(item->minimumSize());
        const QMargins m = contentsMargins();
        return size + QSize(m.left() + m.right(), m.top() + m.bottom());
    }

private:
    int doLayout(const QRect &rect, bool testOnly) const
    {
        const QMargins m = contentsMargins();
        const QRect area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom());
        int x = area.x();
        int y = area.y();
        int lineHeight = 0;
        for (QLayoutItem *item : m_items) {
            if (item->isEmpty())
                continue;
            const QSize hint = item->sizeHint();
            if (x + hint.width() > area.right() + 1 && lineHeight > 0) {
                x = area.x();
                y += lineHeight + m_spacing;
                lineHeight = 0;
            }
            if (!testOnly)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width() + m_spacing;
            lineHeight = qMax(lineHeight, hint.height());
        }
        return y + lineHeight - rect.y() + m.bottom();
    }

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

QLabel *fieldLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void repolish(QWidget *w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
}

// The kind filter's tooltip. One whole sentence per kind: a kind label
// lower-cased in code would be wrong in languages that capitalise nouns.
QString kindFilterTip(const QString &kind)
{
    if (kind == QLatin1String("vitals"))
        return PatientRecordView::tr("Show only vital signs (together with any other kinds checked)");
    if (kind == QLatin1String("lab"))
        return PatientRecordView::tr("Show only lab results (together with any other kinds checked)");
    if (kind == QLatin1String("condition"))
        return PatientRecordView::tr("Show only conditions (together with any other kinds checked)");
    if (kind == QLatin1String("medication"))
        return PatientRecordView::tr("Show only medications (together with any other kinds checked)");
    if (kind == QLatin1String("allergy"))
        return PatientRecordView::tr("Show only allergies (together with any other kinds checked)");
    if (kind == QLatin1String("note"))
        return PatientRecordView::tr("Show only notes (together with any other kinds checked)");
    if (kind == QLatin1String("encounter"))
        return PatientRecordView::tr("Show only encounters (together with any other kinds checked)");
    if (kind == QLatin1String("report"))
        return PatientRecordView::tr("Show only reports (together with any other kinds checked)");
    if (kind == QLatin1String("procedure"))
        return PatientRecordView::tr("Show only procedures (together with any other kinds checked)");
    if (kind == QLatin1String("immunization"))
        return PatientRecordView::tr("Show only immunizations (together with any other kinds checked)");
    if (kind == QLatin1String("careplan"))
        return PatientRecordView::tr("Show only care plans (together with any other kinds checked)");
    if (kind == QLatin1String("referral"))
        return PatientRecordView::tr("Show only referrals (together with any other kinds checked)");
    if (kind == QLatin1String("other"))
        return PatientRecordView::tr("Show only other records (together with any other kinds checked)");
    return PatientRecordView::tr("Show only records of this kind: %1 (together with any other kinds checked)")
        .arg(FhirRenderer::kindLabel(kind));
}

QString dateTimeText(const QDateTime &time)
{
    if (!time.isValid())
        return QObject::tr("not recorded");
    if (time.toUTC().time() == QTime(0, 0))
        return PatientListModel::dateText(time.toUTC().date());
    const QDateTime local = time.toLocalTime();
    return QStringLiteral("%1 %2").arg(PatientListModel::dateText(local.date()), PatientListModel::timeText(local.time()));
}

// The earlier versions of one record, newest first.
class HistoryDialog : public QDialog {
    // No Q_OBJECT (no signals or slots of its own): without this, tr() would be QDialog::tr and look the
    // texts up in the "QDialog" context, where lupdate never puts them.
    Q_DECLARE_TR_FUNCTIONS(careledger::HistoryDialog)

public:
    HistoryDialog(WorkstationEngine &engine, const QByteArray &recordId, QWidget *parent)
        : QDialog(parent), m_tree(new QTreeWidget(this)), m_detail(new QLabel(this))
    {
        setWindowTitle(tr("Versions of this record"));
        resize(760, 520);
        auto *intro = new QLabel(tr("Records are never changed in place: each amendment is a new signed version that "
                                    "supersedes the one before. All versions stay on the ledger."),
                                 this);
        intro->setWordWrap(true);
        m_tree->setRootIsDecorated(false);
        m_tree->setUniformRowHeights(true);
        m_tree->setAlternatingRowColors(true);
        m_tree->setHeaderLabels({tr("Version"), tr("Recorded"), tr("Author"), tr("Title")});
        m_tree->header()->setStretchLastSection(true);
        m_tree->setAccessibleName(tr("Versions"));
        m_detail->setWordWrap(true);
        m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setWidget(m_detail);
        auto *splitter = new QSplitter(Qt::Vertical, this);
        splitter->addWidget(m_tree);
        splitter->addWidget(scroll);
        splitter->setStretchFactor(1, 1);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addWidget(splitter, 1);
        layout->addWidget(buttons);
        m_detail->setText(tr("Loading the versions…"));

        connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
            const int i = item ? item->data(0, Qt::UserRole).toInt() : -1;
            if (i < 0 || i >= m_versions.size())
                return;
            const TimelineEntry &e = m_versions.at(i);
            m_detail->setText(QStringLiteral("%1\n\n%2\n\n%3").arg(e.title, e.error.isEmpty() ? e.detail : e.error,
                                                                  TimelineModel::authorLine(e)));
        });
        connect(&engine, &WorkstationEngine::recordHistoryReady, this,
                [this](quint64 request, const QList<TimelineEntry> &versions) {
                    if (request == m_request)
                        setVersions(versions);
                });
        connect(&engine, &WorkstationEngine::requestFailed, this,
                [this](quint64 request, const QString &, const QString &message) {
                    if (request == m_request)
                        m_detail->setText(tr("The versions could not be loaded: %1").arg(message));
                });
        m_request = engine.requestRecordHistory(recordId);
    }

private:
    void setVersions(QList<TimelineEntry> versions)
    {
        std::sort(versions.begin(), versions.end(),
                  [](const TimelineEntry &a, const TimelineEntry &b) { return a.version > b.version; });
        m_versions = versions;
        m_tree->clear();
        for (int i = 0; i < versions.size(); ++i) {
            const TimelineEntry &e = versions.at(i);
            auto *item = new QTreeWidgetItem(m_tree, {QString::number(e.version), dateTimeText(e.recordedTime),
                                                      e.author, e.title});
            item->setData(0, Qt::UserRole, i);
        }
        for (int c = 0; c < 3; ++c)
            m_tree->resizeColumnToContents(c);
        if (m_tree->topLevelItemCount() > 0)
            m_tree->setCurrentItem(m_tree->topLevelItem(0));
        else
            m_detail->setText(tr("No earlier versions are readable here."));
    }

    QTreeWidget *m_tree;
    QLabel *m_detail;
    QList<TimelineEntry> m_versions;
    quint64 m_request = 0;
};

} // namespace

PatientRecordView::PatientRecordView(WorkstationEngine &engine, QWidget *parent)
    : QWidget(parent),
      m_engine(engine),
      m_header(new PatientHeaderBar(this)),
      m_tabs(new QTabWidget(this)),
      m_vitals(new VitalsView(engine, this)),
      m_pages(new QStackedWidget(this)),
      m_noPatient(new QLabel(this)),
      m_model(new TimelineModel(engine, TimelineModel::Source::PatientRecord, this)),
      m_list(new QListView(this)),
      m_listStack(new QStackedWidget(this)),
      m_listEmpty(new QLabel(this)),
      m_listStatus(new QLabel(this))
{
    m_noPatient->setText(tr("Find a patient on the left to open their record.\n\n"
                            "Ctrl+F searches by name, date of birth or patient ID."));
    m_noPatient->setAlignment(Qt::AlignCenter);
    m_noPatient->setProperty("role", "caption");
    m_noPatient->setWordWrap(true);

    m_list->setModel(m_model);
    m_list->setItemDelegate(new TimelineDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Record timeline"));
    m_list->verticalScrollBar()->setSingleStep(24);

    m_listEmpty->setAlignment(Qt::AlignCenter);
    m_listEmpty->setWordWrap(true);
    m_listEmpty->setProperty("role", "caption");
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_listEmpty);
    m_listStatus->setProperty("role", "caption");

    auto *timelinePane = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelinePane);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(4);
    timelineLayout->addWidget(m_listStack, 1);
    timelineLayout->addWidget(m_listStatus);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(timelinePane);
    splitter->addWidget(buildDetailPane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 420});

    auto *recordPage = new QWidget(this);
    auto *recordLayout = new QVBoxLayout(recordPage);
    recordLayout->setContentsMargins(0, 0, 0, 0);
    recordLayout->setSpacing(8);
    recordLayout->addWidget(m_header);
    auto *recordsTab = new QWidget(this);
    auto *recordsLayout = new QVBoxLayout(recordsTab);
    recordsLayout->setContentsMargins(0, 8, 0, 0);
    recordsLayout->setSpacing(8);
    recordsLayout->addWidget(buildFilterRow());
    recordsLayout->addWidget(splitter, 1);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(recordsTab, Theme::icon(QStringLiteral("record")), tr("&Records"));
    m_tabs->addTab(m_vitals, Theme::icon(QStringLiteral("vitals")), tr("&Vitals"));
    recordLayout->addWidget(m_tabs, 1);
    // The tab says how many vital-sign alerts are open, so they are seen from the records too.
    connect(m_vitals, &VitalsView::alertCountChanged, this, [this](int count) {
        const int i = m_tabs->indexOf(m_vitals);
        m_tabs->setTabText(i, count > 0 ? tr("&Vitals (%n alert(s))", nullptr, count) : tr("&Vitals"));
        m_tabs->setTabIcon(i, Theme::icon(count > 0 ? QStringLiteral("warning") : QStringLiteral("vitals")));
    });

    m_pages->addWidget(m_noPatient);
    m_pages->addWidget(recordPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        showEntry(m_model->entryAt(current.row()));
    });
    connect(m_model, &TimelineModel::loadingChanged, this, &PatientRecordView::updateTimelineState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PatientRecordView::updateTimelineState);
    connect(m_model, &TimelineModel::loadFailed, this, &PatientRecordView::updateTimelineState);
    connect(m_model, &TimelineModel::firstPageLoaded, this, [this] {
        int row = m_reselectTxId.isEmpty() ? -1 : m_model->rowOf(m_reselectTxId);
        m_reselectTxId.clear();
        if (row < 0 && m_model->rowCount() > 0)
            row = 0;
        if (row >= 0)
            m_list->setCurrentIndex(m_model->index(row));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showEntry(nullptr); });

    connect(&engine, &WorkstationEngine::patientHeaderReady, this,
            [this](quint64 request, const PatientHeader &header) {
                if (request == m_headerRequest)
                    m_header->setHeader(header);
            });
    connect(&engine, &WorkstationEngine::requestFailed, this,
            [this](quint64 request, const QString &, const QString &message) {
                if (request == m_headerRequest)
                    m_header->setError(message);
            });
    connect(&engine, &WorkstationEngine::recordFinal, this, [this] {
        if (!m_patient.patientId.isEmpty())
            refresh();
    });
    connect(&engine, &WorkstationEngine::importDone, this, [this] {
        if (!m_patient.patientId.isEmpty())
            refresh();
    });

    setTabOrder(m_list, m_proofButton);
    setTabOrder(m_proofButton, m_historyButton);
    m_pages->setCurrentWidget(m_noPatient);
}

QWidget *PatientRecordView::buildFilterRow()
{
    auto *row = new QWidget(this);
    auto *chips = new QWidget(row);
    auto *flow = new FlowLayout(chips, 6);

    auto makeChip = [chips](const QString &text, const QIcon &icon) {
        auto *b = new QToolButton(chips);
        b->setText(text);
        b->setIcon(icon);
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setIconSize(QSize(16, 16));
        b->setFocusPolicy(Qt::StrongFocus);
        return b;
    };
    m_allKinds = makeChip(tr("All records"), Theme::icon(QStringLiteral("record")));
    m_allKinds->setChecked(true);
    m_allKinds->setToolTip(tr("Show records of every kind"));
    flow->addWidget(m_allKinds);
    for (const QString &kind : FhirRenderer::kinds()) {
        QIcon icon = Theme::icon(kind);
        QToolButton *b = makeChip(FhirRenderer::kindLabel(kind), icon.isNull() ? Theme::icon(QStringLiteral("other")) : icon);
        b->setToolTip(kindFilterTip(kind));
        m_kindButtons.insert(kind, b);
        flow->addWidget(b);
        connect(b, &QToolButton::toggled, this, [this] {
            const QSignalBlocker block(m_allKinds);
            m_allKinds->setChecked(checkedKinds().isEmpty());
            applyFilters();
        });
    }
    connect(m_allKinds, &QToolButton::clicked, this, [this] {
        for (QToolButton *b : std::as_const(m_kindButtons)) {
            const QSignalBlocker block(b);
            b->setChecked(false);
        }
        m_allKinds->setChecked(true);
        applyFilters();
    });

    auto makeDate = [row](const QString &open) {
        auto *d = new QDateEdit(row);
        d->setCalendarPopup(true);
        d->setMinimumDate(QDate(1900, 1, 1));
        d->setMaximumDate(QDate(2200, 12, 31));
        d->setSpecialValueText(open);
        d->setDate(d->minimumDate());
        QString format = QLocale().dateFormat(QLocale::ShortFormat);
        if (!format.contains(QLatin1String("yyyy")))
            format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        d->setDisplayFormat(format);
        return d;
    };
    m_from = makeDate(tr("any date"));
    m_to = makeDate(tr("latest"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    auto *fromLabel = new QLabel(tr("&From"), row);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), row);
    toLabel->setBuddy(m_to);
    // A label with a mnemonic is measured with kerning but painted in runs
    // split at the underlined letter, without it: "To" came out wider than
    // its size hint and was cut to "Tc". Measure and paint the same way.
    for (QLabel *label : {fromLabel, toLabel}) {
        QFont font = label->font();
        font.setKerning(false);
        label->setFont(font);
        label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    }
    connect(m_from, &QDateEdit::dateChanged, this, &PatientRecordView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &PatientRecordView::applyFilters);

    m_clearFilters = new QPushButton(tr("&Reset filters"), row);
    m_clearFilters->setIcon(Theme::icon(QStringLiteral("filter")));
    m_clearFilters->setEnabled(false);
    connect(m_clearFilters, &QPushButton::clicked, this, &PatientRecordView::clearFilters);

    auto *dates = new QHBoxLayout;
    dates->setSpacing(6);
    auto *calendar = new QLabel(row);
    calendar->setPixmap(Theme::icon(QStringLiteral("calendar")).pixmap(16, 16));
    dates->addWidget(calendar);
    dates->addWidget(fromLabel);
    dates->addWidget(m_from);
    dates->addSpacing(6);
    dates->addWidget(toLabel);
    dates->addWidget(m_to);
    dates->addSpacing(12);
    dates->addWidget(m_clearFilters);
    dates->addStretch(1);

    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(chips);
    layout->addLayout(dates);
    return row;
}

QWidget *PatientRecordView::buildDetailPane()
{
    m_detailStack = new QStackedWidget(this);
    m_detailEmpty = new QLabel(tr("Select an entry on the timeline to read it in full."), this);
    m_detailEmpty->setAlignment(Qt::AlignCenter);
    m_detailEmpty->setWordWrap(true);
    m_detailEmpty->setProperty("role", "caption");

    auto *card = new QWidget(this);
    m_detailKind = new QLabel(card);
    m_detailKind->setProperty("role", "caption");
    m_detailTitle = fieldLabel(card);
    m_detailTitle->setProperty("role", "heading");
    // Markers are chips: each one as wide as its text, side by side.
    m_detailAbnormal = new QLabel(tr("Abnormal result"), card);
    m_detailAbnormal->setObjectName(QStringLiteral("abnormalChip"));
    m_detailAbnormal->setProperty("severity", "critical");
    m_detailAmended = new QLabel(card);
    m_detailAmended->setObjectName(QStringLiteral("amendedChip"));
    m_detailAmended->setProperty("severity", "info");
    auto *markers = new QHBoxLayout;
    markers->setContentsMargins(0, 0, 0, 0);
    markers->setSpacing(6);
    markers->addWidget(m_detailAbnormal);
    markers->addWidget(m_detailAmended);
    markers->addStretch(1);
    m_detailStatus = fieldLabel(card);
    m_detailClinical = fieldLabel(card);
    m_detailRecorded = fieldLabel(card);
    m_detailAuthor = fieldLabel(card);
    m_detailOrg = fieldLabel(card);
    m_detailOnBehalf = fieldLabel(card);
    m_detailText = fieldLabel(card);
    m_detailText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detailText->setAccessibleName(tr("Record content"));

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(4);
    auto addRow = [form, card](const QString &label, QLabel *field) {
        auto *l = new QLabel(label, card);
        l->setProperty("role", "caption");
        form->addRow(l, field);
        return l;
    };
    addRow(tr("Status"), m_detailStatus);
    addRow(tr("Clinical time"), m_detailClinical);
    addRow(tr("Recorded"), m_detailRecorded);
    addRow(tr("Author"), m_detailAuthor);
    addRow(tr("Organisation"), m_detailOrg);
    m_detailOnBehalfCaption = addRow(tr("On behalf of"), m_detailOnBehalf);

    auto *verification = new QFrame(card);
    verification->setProperty("role", "card");
    // Two lines that belong together: the badge (one line, as wide as its
    // text) and, under it, who signed the block.
    m_badge = new QLabel(verification);
    m_badge->setObjectName(QStringLiteral("verificationBadge"));
    m_badge->setWordWrap(false);
    m_badge->setContentsMargins(6, 2, 6, 2); // the stylesheet's padding does not reach a QLabel's text
    m_badgeDetail = new QLabel(verification);
    m_badgeDetail->setObjectName(QStringLiteral("verificationDetail"));
    m_badgeDetail->setProperty("role", "caption");
    m_badgeDetail->setWordWrap(true);
    m_proofButton = new QPushButton(Theme::icon(QStringLiteral("proof")), tr("&Proof…"), verification);
    m_proofButton->setToolTip(tr("How this record is proven to be on the ledger, unchanged"));
    m_historyButton = new QPushButton(Theme::icon(QStringLiteral("history")), tr("&History…"), verification);
    m_historyButton->setToolTip(tr("Earlier versions of this amended record"));
    connect(m_proofButton, &QPushButton::clicked, this, &PatientRecordView::showProof);
    connect(m_historyButton, &QPushButton::clicked, this, &PatientRecordView::showHistory);
    auto *verificationButtons = new QHBoxLayout;
    verificationButtons->addWidget(m_proofButton);
    verificationButtons->addWidget(m_historyButton);
    verificationButtons->addStretch(1);
    auto *verificationLayout = new QVBoxLayout(verification);
    verificationLayout->setSpacing(4);
    verificationLayout->addWidget(m_badge, 0, Qt::AlignLeft);
    verificationLayout->addWidget(m_badgeDetail);
    verificationLayout->addSpacing(4);
    verificationLayout->addLayout(verificationButtons);

    auto *contentCaption = new QLabel(tr("Content"), card);
    contentCaption->setProperty("role", "subheading");

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 12, 16, 12);
    cardLayout->setSpacing(8);
    cardLayout->addWidget(m_detailKind);
    cardLayout->addWidget(m_detailTitle);
    cardLayout->addLayout(markers);
    cardLayout->addWidget(verification);
    cardLayout->addLayout(form);
    cardLayout->addSpacing(4);
    cardLayout->addWidget(contentCaption);
    cardLayout->addWidget(m_detailText);
    cardLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(card);
    scroll->setFrameShape(QFrame::StyledPanel);

    m_detailStack->addWidget(m_detailEmpty);
    m_detailStack->addWidget(scroll);
    m_detailStack->setMinimumWidth(320);
    return m_detailStack;
}

const TimelineEntry *PatientRecordView::currentEntry() const
{
    const int row = m_model->rowOf(m_shownTxId);
    return m_shownTxId.isEmpty() ? nullptr : m_model->entryAt(row);
}

QStringList PatientRecordView::checkedKinds() const
{
    QStringList kinds;
    for (const QString &kind : FhirRenderer::kinds()) {
        if (QToolButton *b = m_kindButtons.value(kind); b && b->isChecked())
            kinds << kind;
    }
    return kinds;
}

void PatientRecordView::openPatient(const PatientSummary &patient)
{
    const bool same = patient.patientId == m_patient.patientId;
    m_patient = patient;
    m_pages->setCurrentIndex(1);
    if (!same) {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(m_from->minimumDate());
        m_to->setDate(m_to->minimumDate());
        for (QToolButton *b : std::as_const(m_kindButtons)) {
            const QSignalBlocker block(b);
            b->setChecked(false);
        }
        m_allKinds->setChecked(true);
    }
    m_header->showPatient(patient);
    m_headerRequest = m_engine.requestPatientHeader(patient.patientId);
    applyFilters();
    // Loaded with the record, not on first look at the tab: open alerts must show on the tab at once.
    m_vitals->openPatient(patient);
    m_list->setFocus(Qt::OtherFocusReason);
}

void PatientRecordView::updatePatient(const PatientSummary &patient)
{
    if (patient.patientId != m_patient.patientId)
        return;
    const bool more = patient.recordCount != m_patient.recordCount;
    m_patient = patient;
    if (more)
        refresh();
}

void PatientRecordView::closePatient()
{
    m_patient = {};
    m_headerRequest = 0;
    m_model->clear();
    m_header->clear();
    m_vitals->closePatient();
    showEntry(nullptr);
    m_pages->setCurrentWidget(m_noPatient);
}

void PatientRecordView::refresh()
{
    if (m_patient.patientId.isEmpty())
        return;
    m_headerRequest = m_engine.requestPatientHeader(m_patient.patientId);
    m_reselectTxId = m_shownTxId;
    m_model->reload();
}

void PatientRecordView::setKindFilter(const QStringList &kinds)
{
    for (auto it = m_kindButtons.cbegin(); it != m_kindButtons.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(kinds.contains(it.key()));
    }
    m_allKinds->setChecked(checkedKinds().isEmpty());
    applyFilters();
}

void PatientRecordView::clearFilters()
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(m_from->minimumDate());
        m_to->setDate(m_to->minimumDate());
    }
    setKindFilter({});
}

void PatientRecordView::applyFilters()
{
    TimelineQuery query;
    query.patientId = m_patient.patientId;
    query.kinds = checkedKinds();
    if (m_from->date() != m_from->minimumDate())
        query.from = m_from->date();
    if (m_to->date() != m_to->minimumDate())
        query.to = m_to->date();
    m_clearFilters->setEnabled(!query.kinds.isEmpty() || query.from.isValid() || query.to.isValid());
    if (query.patientId.isEmpty())
        return;
    m_model->setQuery(query);
    updateTimelineState();
}

void PatientRecordView::updateTimelineState()
{
    const int rows = m_model->rowCount();
    const QLocale locale;
    if (rows == 0) {
        if (m_model->isLoading())
            m_listEmpty->setText(tr("Loading the record…"));
        else if (!m_model->errorMessage().isEmpty())
            m_listEmpty->setText(tr("The record could not be loaded: %1").arg(m_model->errorMessage()));
        else if (m_clearFilters->isEnabled())
            m_listEmpty->setText(tr("No records match these filters."));
        else
            m_listEmpty->setText(tr("No records yet for this patient."));
        m_listStack->setCurrentWidget(m_listEmpty);
        m_listStatus->clear();
        return;
    }
    m_listStack->setCurrentWidget(m_list);
    if (m_model->isLoading())
        m_listStatus->setText(tr("%n entries shown · loading more…", nullptr, rows));
    else if (!m_model->errorMessage().isEmpty())
        m_listStatus->setText(tr("%n entries shown · could not load more: %1", nullptr, rows).arg(m_model->errorMessage()));
    else if (m_model->hasMore())
        m_listStatus->setText(tr("%n entries shown · older entries load as you scroll", nullptr, rows));
    else
        m_listStatus->setText(tr("%n entries", nullptr, rows));
}

void PatientRecordView::showEntry(const TimelineEntry *entry)
{
    if (!entry) {
        m_shownTxId.clear();
        m_detailStack->setCurrentWidget(m_detailEmpty);
        return;
    }
    m_shownTxId = entry->txId;
    m_detailStack->setCurrentIndex(1);
    m_detailKind->setText(FhirRenderer::kindLabel(entry->kind));
    const bool readable = entry->error.isEmpty();
    m_detailTitle->setText(entry->title.isEmpty() ? tr("Record not readable here") : entry->title);

    m_detailAbnormal->setVisible(entry->abnormal);
    m_detailAmended->setText(tr("Amended (version %1)").arg(entry->version));
    m_detailAmended->setVisible(entry->version > 1);

    m_detailStatus->setText(entry->status.isEmpty() ? tr("—") : entry->status);
    m_detailClinical->setText(dateTimeText(entry->clinicalTime));
    m_detailRecorded->setText(dateTimeText(entry->recordedTime));
    m_detailAuthor->setText(entry->authorRole.isEmpty()
                                ? entry->author
                                : tr("%1 (%2)").arg(entry->author, TimelineModel::roleText(entry->authorRole)));
    m_detailOrg->setText(entry->org);
    m_detailOnBehalf->setText(entry->onBehalfOf);
    m_detailOnBehalf->setVisible(!entry->onBehalfOf.isEmpty());
    m_detailOnBehalfCaption->setVisible(!entry->onBehalfOf.isEmpty());
    m_detailText->setText(readable ? entry->detail : entry->error);

    const Verification &v = entry->verification;
    const bool verified = v.height > 0 && v.provenAtHeight > 0;
    if (verified) {
        m_badge->setText(tr("Final in block %1").arg(QLocale().toString(v.height)));
        m_badge->setProperty("badge", "verified");
        m_badgeDetail->setText(tr("Proof checked · signed by %1 of %2 network members")
                                   .arg(QLocale().toString(v.signers), QLocale().toString(v.members)));
    } else if (v.height > 0) {
        m_badge->setText(tr("In block %1").arg(QLocale().toString(v.height)));
        m_badge->setProperty("badge", "pending");
        m_badgeDetail->setText(tr("The proof has not been checked yet."));
    } else {
        m_badge->setText(tr("Not yet in a final block"));
        m_badge->setProperty("badge", "pending");
        m_badgeDetail->setText(tr("Waiting for the network to include it in a block."));
    }
    repolish(m_badge);
    m_proofButton->setEnabled(v.height > 0);
    m_historyButton->setVisible(entry->version > 1);
    emit entrySelected(entry->txId);
}

void PatientRecordView::showProof()
{
    const TimelineEntry *entry = currentEntry();
    if (!entry)
        return;
    auto *dialog = new ProofDialog(m_engine, entry->txId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PatientRecordView::showHistory()
{
    const TimelineEntry *entry = currentEntry();
    if (!entry || entry->version <= 1)
        return;
    auto *dialog = new HistoryDialog(m_engine, entry->recordId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace careledger
