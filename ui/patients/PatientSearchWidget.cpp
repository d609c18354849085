#include "PatientSearchWidget.h"

#include "PatientFilterModel.h"
#include "PatientListModel.h"
#include "theme/Theme.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace careledger {

PatientSearchWidget::PatientSearchWidget(QWidget *parent)
    : QWidget(parent),
      m_model(new PatientListModel(this)),
      m_filter(new PatientFilterModel(this)),
      m_search(new QLineEdit(this)),
      m_stack(new QStackedWidget(this)),
      m_view(new QTableView(this)),
      m_empty(new QLabel(this)),
      m_count(new QLabel(this))
{
    m_filter->setSourceModel(m_model);

    auto *heading = new QLabel(tr("Patients"), this);
    heading->setProperty("role", "subheading");

    m_search->setPlaceholderText(tr("Name, date of birth or patient ID"));
    m_search->setAccessibleName(tr("Search patients"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Theme::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    heading->setBuddy(m_search);

    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Matching patients"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PatientListModel::NameColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setHighlightSections(false);
    // The columns fit the pane (about 380 px, at least 340): the name takes
    // what is left and elides; no sideways scrolling. The record count is of
    // no use for finding a patient and would not fit.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setMinimumSectionSize(40);
    m_view->horizontalHeader()->setSectionResizeMode(PatientListModel::NameColumn, QHeaderView::Stretch);
    for (int c = PatientListModel::BirthDateColumn; c < PatientListModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_view->setColumnHidden(PatientListModel::RecordsColumn, true);
    m_view->installEventFilter(this);
    m_view->setTabKeyNavigation(false);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setProperty("role", "caption");
    m_empty->setMargin(24);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_count->setProperty("role", "caption");

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setQuery(text);
        updateState();
        if (m_filter->rowCount() > 0 && !text.isEmpty())
            m_view->selectRow(0);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), {}))
            activateRow(current.row());
        else if (m_filter->rowCount() == 1)
            activateRow(0);
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PatientSearchWidget::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PatientSearchWidget::updateState);
    updateState();
    setFocusProxy(m_search);
}

QString PatientSearchWidget::currentPatientId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(PatientListModel::PatientIdRole).toString() : QString();
}

void PatientSearchWidget::setPatients(const QList<PatientSummary> &patients)
{
    const QString current = currentPatientId();
    m_model->setPatients(patients);
    if (!current.isEmpty())
        setCurrentPatient(current);
}

void PatientSearchWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PatientSearchWidget::setCurrentPatient(const QString &patientId)
{
    const int sourceRow = m_model->rowOf(patientId);
    if (sourceRow < 0)
        return;
    const QModelIndex proxy = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!proxy.isValid())
        return;
    m_view->setCurrentIndex(proxy);
    m_view->scrollTo(proxy);
}

void PatientSearchWidget::clear()
{
    m_search->clear();
    m_model->setPatients({});
}

void PatientSearchWidget::activateRow(int proxyRow)
{
    const QModelIndex index = m_filter->index(proxyRow, 0);
    if (index.isValid())
        emit patientActivated(index.data(PatientListModel::PatientIdRole).toString());
}

void PatientSearchWidget::updateState()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (total == 0) {
        m_empty->setText(tr("No patients yet.\nThe list fills in as this workstation syncs with your hospital's node."));
        m_stack->setCurrentWidget(m_empty);
    } else if (shown == 0) {
        m_empty->setText(tr("No patient matches “%1”.\nSearch by family or given name, date of birth (dd.mm.yyyy) or patient ID.")
                             .arg(m_search->text().trimmed()));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_view);
    }
    const QLocale locale;
    m_count->setText(shown == total ? tr("%n patient(s)", nullptr, total)
                                    : tr("%1 of %2 patients").arg(locale.toString(shown), locale.toString(total)));
}

bool PatientSearchWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_filter->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            const QModelIndex current = m_view->currentIndex();
            m_view->selectRow(current.isValid() ? current.row() : 0);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    } else if (watched == m_view) {
        if (key->key() == Qt::Key_Up && m_view->currentIndex().row() <= 0) {
            focusSearch();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (m_view->currentIndex().isValid())
                activateRow(m_view->currentIndex().row());
            return true;
        }
        // Typing in the list goes on searching.
        if (!key->text().isEmpty() && key->text().at(0).isPrint() && !(key->modifiers() & Qt::ControlModifier)) {
            m_search->setFocus(Qt::OtherFocusReason);
            m_search->insert(key->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace careledger
