#include "ReferralDetailView.h"

#include "ReferralActionDialog.h"
#include "ReferralText.h"
#include "theme/Theme.h"
#include "workstation/WorkstationEngine.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace careledger {

namespace {
QLabel *sectionLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setProperty("role", "subheading");
    return l;
}

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

ReferralDetailView::ReferralDetailView(WorkstationEngine &engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_title(new QLabel(this)), m_chips(new QLabel(this)), m_parties(new QLabel(this)),
      m_reason(new QLabel(this)), m_question(new QLabel(this)), m_steps(new QTreeWidget(this)),
      m_records(new QListWidget(this)), m_recordText(new QPlainTextEdit(this)), m_message(new QLabel(this)),
      m_accept(new QPushButton(Theme::icon(QStringLiteral("verified")), tr("Accept…"), this)),
      m_reject(new QPushButton(tr("Decline…"), this)), m_start(new QPushButton(tr("Start"), this)),
      m_complete(new QPushButton(Theme::icon(QStringLiteral("report")), tr("Complete…"), this)),
      m_cancel(new QPushButton(tr("Cancel referral…"), this)),
      m_openPatient(new QPushButton(Theme::icon(QStringLiteral("patient")), tr("Open patient record"), this)),
      m_body(new QWidget(this)), m_empty(new QLabel(tr("Choose a referral to see it here."), this))
{
    setObjectName(QStringLiteral("referralDetail"));
    m_accept->setObjectName(QStringLiteral("acceptButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_start->setObjectName(QStringLiteral("startButton"));
    m_complete->setObjectName(QStringLiteral("completeButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_openPatient->setObjectName(QStringLiteral("openPatientButton"));
    m_accept->setProperty("role", "primary");
    m_reject->setProperty("role", "danger");
    m_cancel->setProperty("role", "danger");
    m_title->setProperty("role", "heading");
    m_title->setWordWrap(true);
    m_chips->setTextFormat(Qt::RichText);
    m_parties->setWordWrap(true);
    m_parties->setProperty("role", "caption");
    for (QLabel *l : {m_reason, m_question}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_reason->setObjectName(QStringLiteral("reasonLabel"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setProperty("role", "caption");

    m_steps->setObjectName(QStringLiteral("stepsTree"));
    m_steps->setHeaderLabels({tr("Step"), tr("By"), tr("When"), tr("Block")});
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(true);
    m_steps->setMaximumHeight(150);
    m_steps->setToolTip(tr("Every step is a transaction signed by the clinician who took it, final in the block shown."));
    m_records->setObjectName(QStringLiteral("recordsList"));
    m_recordText->setObjectName(QStringLiteral("recordText"));
    m_recordText->setReadOnly(true);
    m_recordText->setPlaceholderText(tr("Choose a shared record to read it here."));

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_accept, m_reject, m_start, m_complete, m_cancel})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_openPatient);

    auto *recordsPane = new QSplitter(Qt::Vertical, m_body);
    recordsPane->addWidget(m_records);
    recordsPane->addWidget(m_recordText);
    recordsPane->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_chips);
    layout->addWidget(m_parties);
    layout->addWidget(sectionLabel(tr("Reason"), m_body));
    layout->addWidget(m_reason);
    layout->addWidget(m_question);
    layout->addWidget(sectionLabel(tr("History"), m_body));
    layout->addWidget(m_steps);
    layout->addWidget(sectionLabel(tr("Shared records"), m_body));
    layout->addWidget(recordsPane, 2);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 0, 0, 0);
    outer->addWidget(m_body);
    outer->addWidget(m_empty, 1);
    clear();

    connect(m_accept, &QPushButton::clicked, this, [this] { runAction(ReferralStatus::Accepted); });
    connect(m_reject, &QPushButton::clicked, this, [this] { runAction(ReferralStatus::Rejected); });
    connect(m_start, &QPushButton::clicked, this, [this] { runAction(ReferralStatus::InProgress); });
    connect(m_complete, &QPushButton::clicked, this, [this] { runAction(ReferralStatus::Completed); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { runAction(ReferralStatus::Cancelled); });
    connect(m_openPatient, &QPushButton::clicked, this, [this] { emit openPatientRequested(m_referral.patientId); });
    connect(m_records, &QListWidget::currentRowChanged, this, &ReferralDetailView::showRecord);
    connect(&engine, &WorkstationEngine::referralDetailReady, this, [this](quint64 request, const ReferralDetail &d) {
        if (request == m_request)
            showDetail(d);
    });
    connect(&engine, &WorkstationEngine::requestFailed, this, [this](quint64 request, const QString &, const QString &message) {
        if (request == m_request)
            ReferralText::showMessage(m_message, message, true);
    });
    connect(&engine, &WorkstationEngine::referralDone, this, [this](quint64 request, const QByteArray &) {
        if (request != m_transition)
            return;
        m_transition = 0;
        ReferralText::showMessage(m_message, tr("Done: signed and final on the network. The list updates with the next sync."), false);
    });
    connect(&engine, &WorkstationEngine::referralFailed, this,
            [this](quint64 request, const QString &, const QString &message) {
                if (request != m_transition)
                    return;
                m_transition = 0;
                ReferralText::showMessage(m_message, message, true);
                showSummary();
            });
}

QPushButton *ReferralDetailView::actionButton(ReferralStatus to) const
{
    switch (to) {
    case ReferralStatus::Accepted: return m_accept;
    case ReferralStatus::Rejected: return m_reject;
    case ReferralStatus::InProgress: return m_start;
    case ReferralStatus::Completed: return m_complete;
    case ReferralStatus::Cancelled: return m_cancel;
    case ReferralStatus::Requested: break;
    }
    return nullptr;
}

void ReferralDetailView::clear()
{
    m_referral = ReferralSummary{};
    m_detail = ReferralDetail{};
    m_request = 0;
    m_body->hide();
    m_empty->show();
}

void ReferralDetailView::setReferral(const ReferralSummary &referral)
{
    const bool same = referral.referralId == m_referral.referralId;
    const bool moved = same && referral.steps.size() != m_referral.steps.size();
    m_referral = referral;
    m_body->show();
    m_empty->hide();
    if (!same) {
        ReferralText::showMessage(m_message, QString(), false);
        m_records->clear();
        m_recordText->clear();
        m_reason->setText(tr("Opening…"));
        m_question->clear();
    }
    showSummary();
    // The records are opened (and logged) once per referral, again only when a step brought a report.
    if (!same || moved)
        m_request = m_engine.requestReferralDetail(referral.referralId);
}

void ReferralDetailView::showSummary()
{
    const ReferralSummary &r = m_referral;
    const QString patient = r.patientName.isEmpty() ? r.patientId : tr("%1 (%2)").arg(r.patientName, r.patientId);
    m_title->setText(r.incoming ? tr("Referral of %1 to you").arg(patient) : tr("Referral of %1").arg(patient));
    QStringList chips;
    const bool pressing = r.urgency == Urgency::Stat || r.urgency == Urgency::Asap;
    chips << QStringLiteral("<b style='color:%1'>%2</b>")
                 .arg((pressing ? Theme::danger() : r.urgency == Urgency::Urgent ? Theme::warning() : palette().windowText().color()).name(),
                      escaped(ReferralText::urgency(r.urgency)));
    chips << escaped(ReferralText::status(r.status));
    if (r.status == ReferralStatus::Requested)
        chips << (r.overdue ? QStringLiteral("<b style='color:%1'>%2</b>")
                                  .arg(Theme::danger().name(), escaped(tr("Overdue since %1").arg(ReferralText::dateTime(r.due))))
                            : escaped(tr("Due %1").arg(ReferralText::dateTime(r.due))));
    if (r.appointment.isValid() && r.status == ReferralStatus::Accepted)
        chips << escaped(tr("Appointment %1").arg(ReferralText::dateTime(r.appointment)));
    m_chips->setText(chips.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_chips->setToolTip(ReferralText::overdueRule());
    const QString to = r.targetUserName.isEmpty() ? r.targetOrgName : tr("%1, %2").arg(r.targetUserName, r.targetOrgName);
    m_parties->setText(tr("From %1, %2 to %3. Sent %4.").arg(r.authorName, r.fromOrgName, to, ReferralText::dateTime(r.created)));

    m_steps->clear();
    for (const ReferralStep &s : r.steps) {
        QString step = ReferralText::status(s.status);
        if (s.appointment.isValid())
            step = tr("%1 (slot %2)").arg(step, ReferralText::dateTime(s.appointment));
        if (s.rejectReason != RejectReason::None)
            step = tr("%1: %2").arg(step, ReferralText::rejectReason(s.rejectReason));
        auto *item = new QTreeWidgetItem(m_steps, {step, tr("%1, %2").arg(s.who, s.org), ReferralText::dateTime(s.when),
                                                   QLocale().toString(s.height)});
        item->setIcon(0, Theme::icon(s.status == ReferralStatus::Requested ? QStringLiteral("referral")
                                                                            : QStringLiteral("verified")));
    }
    for (ReferralStatus to : {ReferralStatus::Accepted, ReferralStatus::Rejected, ReferralStatus::InProgress,
                              ReferralStatus::Completed, ReferralStatus::Cancelled}) {
        QPushButton *b = actionButton(to);
        b->setVisible(r.actions.contains(to));
        b->setEnabled(m_transition == 0);
    }
}

void ReferralDetailView::showDetail(const ReferralDetail &detail)
{
    m_detail = detail;
    m_reason->setText(detail.reason.isEmpty() ? (detail.request.error.isEmpty() ? tr("(none given)") : detail.request.error)
                                              : detail.reason);
    m_question->setText(detail.question.isEmpty() ? QString() : tr("Question: %1").arg(detail.question));
    m_question->setVisible(!detail.question.isEmpty());
    m_records->clear();
    auto add = [this](const TimelineEntry &e, const QString &prefix) {
        const QString title = e.error.isEmpty() ? e.title : tr("%1 (not readable here)").arg(e.resourceType.isEmpty() ? tr("Record") : e.resourceType);
        auto *item = new QListWidgetItem(Theme::icon(e.kind.isEmpty() ? QStringLiteral("other") : e.kind),
                                         prefix.isEmpty() ? title : tr("%1: %2").arg(prefix, title), m_records);
        item->setToolTip(e.error.isEmpty() ? tr("Final in block %1").arg(QLocale().toString(e.verification.height)) : e.error);
    };
    for (const TimelineEntry &e : detail.attachments)
        add(e, QString());
    if (!detail.report.txId.isEmpty())
        add(detail.report, m_referral.status == ReferralStatus::Completed ? tr("Report") : tr("Note"));
    if (m_records->count() == 0)
        new QListWidgetItem(tr("No records were attached."), m_records);
    m_records->setCurrentRow(0);
}

void ReferralDetailView::showRecord(int row)
{
    QList<TimelineEntry> all = m_detail.attachments;
    if (!m_detail.report.txId.isEmpty())
        all.append(m_detail.report);
    if (row < 0 || row >= all.size()) {
        m_recordText->clear();
        return;
    }
    const TimelineEntry &e = all[row];
    m_recordText->setPlainText(e.error.isEmpty() ? e.title + QStringLiteral("\n\n") + e.detail : e.error);
}

void ReferralDetailView::runAction(ReferralStatus to)
{
    auto *dialog = new ReferralActionDialog(m_referral, to, m_engine.now(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_transition = m_engine.transitionReferral(dialog->action());
        ReferralText::showMessage(m_message, tr("Signing and sending…"), false);
        showSummary();
        emit transitionRequested(m_transition);
    });
    dialog->open();
}

} // namespace careledger
