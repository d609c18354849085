#include "ReferralInboxWindow.h"

#include "ReferralDetailView.h"
#include "ReferralListModel.h"
#include "ReferralText.h"
#include "theme/Theme.h"
#include "workstation/WorkstationEngine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace careledger {

ReferralInboxWindow::ReferralInboxWindow(WorkstationEngine &engine, QWidget *parent)
    : QWidget(parent, Qt::Window), m_engine(engine), m_model(new ReferralListModel(this)), m_filter(new QComboBox(this)),
      m_openOnly(new QCheckBox(tr("Open only"), this)), m_summary(new QLabel(this)), m_table(new QTableView(this)),
      m_detail(new ReferralDetailView(engine, this))
{
    setObjectName(QStringLiteral("referralInbox"));
    setWindowTitle(tr("Referrals"));
    setWindowIcon(Theme::icon(QStringLiteral("referral")));

    auto *title = new QLabel(tr("Referrals"), this);
    title->setProperty("role", "heading");
    m_filter->setObjectName(QStringLiteral("directionFilter"));
    m_filter->addItem(tr("Incoming"), int(ReferralListModel::Filter::Incoming));
    m_filter->addItem(tr("Outgoing"), int(ReferralListModel::Filter::Outgoing));
    m_filter->addItem(tr("All"), int(ReferralListModel::Filter::All));
    m_filter->setToolTip(tr("Incoming: sent to your organisation (or to you). Outgoing: sent by your organisation."));
    m_openOnly->setObjectName(QStringLiteral("openOnly"));
    m_openOnly->setToolTip(tr("Hide referrals that are completed, declined or cancelled"));
    m_summary->setObjectName(QStringLiteral("inboxSummary"));
    m_summary->setProperty("role", "caption");
    m_summary->setToolTip(ReferralText::overdueRule());

    m_table->setObjectName(QStringLiteral("referralTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);

    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(16);
    top->addWidget(m_filter);
    top->addWidget(m_openOnly);
    top->addStretch(1);
    top->addWidget(m_summary);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({860, 560});
    m_detail->setMinimumWidth(460);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    resize(1440, 760);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(ReferralListModel::Filter(m_filter->currentData().toInt()));
    });
    connect(m_openOnly, &QCheckBox::toggled, m_model, &ReferralListModel::setOpenOnly);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QByteArray keep = m_detail->referralId();
        const int row = m_model->rowOf(keep);
        if (row >= 0)
            m_table->selectRow(row);
        else
            m_detail->clear();
        onCurrentChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReferralInboxWindow::onCurrentChanged);
    connect(&engine, &WorkstationEngine::referralsChanged, this, &ReferralInboxWindow::reload);
    connect(m_detail, &ReferralDetailView::openPatientRequested, this, &ReferralInboxWindow::openPatientRequested);
    m_model->setFilter(ReferralListModel::Filter::Incoming);
    reload();
}

void ReferralInboxWindow::reload()
{
    const QList<ReferralSummary> all = m_engine.referrals();
    int waiting = 0;
    int overdue = 0;
    for (const ReferralSummary &r : all) {
        waiting += r.incoming && r.status == ReferralStatus::Requested;
        overdue += r.overdue;
    }
    m_summary->setText(overdue > 0 ? tr("%n waiting for an answer", nullptr, waiting) + tr(" · %n overdue", nullptr, overdue)
                                   : tr("%n waiting for an answer", nullptr, waiting));
    m_model->setReferrals(all, m_engine.now());
}

void ReferralInboxWindow::onCurrentChanged()
{
    const ReferralSummary *r = m_model->referral(m_table->currentIndex().row());
    if (r)
        m_detail->setReferral(*r);
}

void ReferralInboxWindow::select(const QByteArray &referralId)
{
    if (m_model->rowOf(referralId) < 0)
        m_filter->setCurrentIndex(m_filter->findData(int(ReferralListModel::Filter::All)));
    const int row = m_model->rowOf(referralId);
    if (row >= 0)
        m_table->selectRow(row);
}

} // namespace careledger
