#include "ReferralActionDialog.h"

#include "ReferralText.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace careledger {

ReferralActionDialog::ReferralActionDialog(const ReferralSummary &referral, ReferralStatus to, const QDateTime &now,
                                           QWidget *parent)
    : QDialog(parent), m_referral(referral), m_to(to), m_now(now)
{
    setObjectName(QStringLiteral("referralActionDialog"));
    const QString patient = referral.patientName.isEmpty() ? referral.patientId : referral.patientName;
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    m_hint = new QLabel(this);
    m_hint->setProperty("role", "caption");
    m_hint->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *ok = new QPushButton(this);
    ok->setObjectName(QStringLiteral("confirmButton"));
    ok->setProperty("role", to == ReferralStatus::Cancelled || to == ReferralStatus::Rejected ? "danger" : "primary");
    m_buttons->addButton(ok, QDialogButtonBox::AcceptRole);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Back"));

    switch (to) {
    case ReferralStatus::Accepted: {
        setWindowTitle(tr("Accept the referral"));
        intro->setText(tr("Accept the referral of %1 and give the appointment slot. The referring doctor sees it "
                          "as soon as the network has it.").arg(patient));
        m_slot = new QDateTimeEdit(this);
        m_slot->setObjectName(QStringLiteral("slotEdit"));
        m_slot->setCalendarPopup(true);
        m_slot->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QDateTime tomorrow(now.toLocalTime().date().addDays(1), QTime(9, 0));
        m_slot->setDateTime(tomorrow);
        form->addRow(tr("Appointment &slot:"), m_slot);
        connect(m_slot, &QDateTimeEdit::dateTimeChanged, this, &ReferralActionDialog::validate);
        ok->setText(tr("Accept"));
        break;
    }
    case ReferralStatus::Rejected:
        setWindowTitle(tr("Decline the referral"));
        intro->setText(tr("Decline the referral of %1. The referring doctor sees the reason and your note.").arg(patient));
        m_reason = new QComboBox(this);
        m_reason->setObjectName(QStringLiteral("reasonCombo"));
        m_reason->addItem(tr("Choose a reason…"), int(RejectReason::None));
        for (RejectReason r : {RejectReason::OutOfScope, RejectReason::NoCapacity, RejectReason::InsufficientInformation,
                               RejectReason::ReferredElsewhere, RejectReason::PatientDeclined, RejectReason::Other})
            m_reason->addItem(ReferralText::rejectReason(r), int(r));
        form->addRow(tr("&Reason:"), m_reason);
        m_text = new QPlainTextEdit(this);
        m_text->setPlaceholderText(tr("Optional: a note to the referring doctor (encrypted; only the two sides and the patient can read it)"));
        form->addRow(tr("&Note:"), m_text);
        connect(m_reason, &QComboBox::currentIndexChanged, this, &ReferralActionDialog::validate);
        ok->setText(tr("Decline"));
        break;
    case ReferralStatus::InProgress:
        setWindowTitle(tr("Start the referral"));
        intro->setText(tr("Mark the referral of %1 as started: the patient is being seen.").arg(patient));
        ok->setText(tr("Start"));
        break;
    case ReferralStatus::Completed:
        setWindowTitle(tr("Complete the referral"));
        intro->setText(tr("Write the report for the referring doctor. It becomes a note in %1's record, readable by "
                          "your organisation, the referring one and the patient.").arg(patient));
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("reportEdit"));
        m_text->setPlaceholderText(tr("Findings, what was done, recommendations"));
        form->addRow(tr("&Report:"), m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, &ReferralActionDialog::validate);
        ok->setText(tr("Complete"));
        break;
    case ReferralStatus::Cancelled:
        setWindowTitle(tr("Cancel the referral"));
        intro->setText(tr("Cancel the referral of %1? The receiving side sees that it was cancelled. This cannot be "
                          "undone; write a new referral if it is needed again.").arg(patient));
        ok->setText(tr("Cancel referral"));
        break;
    case ReferralStatus::Requested:
        break;
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    validate();
}

void ReferralActionDialog::validate()
{
    QString problem;
    if (m_slot && m_slot->dateTime() <= m_now.toLocalTime())
        problem = tr("The slot must be in the future.");
    if (m_reason && RejectReason(m_reason->currentData().toInt()) == RejectReason::None)
        problem = tr("Choose why you decline.");
    if (m_to == ReferralStatus::Completed && m_text && m_text->toPlainText().trimmed().isEmpty())
        problem = tr("The report is required to complete a referral.");
    m_hint->setText(problem);
    for (QAbstractButton *b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(problem.isEmpty());
}

ReferralAction ReferralActionDialog::action() const
{
    ReferralAction a;
    a.referralId = m_referral.referralId;
    a.to = m_to;
    if (m_slot)
        a.appointment = m_slot->dateTime().toUTC();
    if (m_reason)
        a.rejectReason = RejectReason(m_reason->currentData().toInt());
    if (m_text)
        a.text = m_text->toPlainText().trimmed();
    return a;
}

} // namespace careledger
