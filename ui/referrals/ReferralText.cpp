#include "ReferralText.h"

#include "patients/PatientListModel.h"

#include <QLabel>
#include <QStyle>

namespace careledger {

QString ReferralText::status(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Requested: return tr("Requested");
    case ReferralStatus::Accepted: return tr("Accepted");
    case ReferralStatus::Rejected: return tr("Declined");
    case ReferralStatus::InProgress: return tr("In progress");
    case ReferralStatus::Completed: return tr("Completed");
    case ReferralStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString ReferralText::urgency(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Routine: return tr("Routine");
    case Urgency::Urgent: return tr("Urgent");
    case Urgency::Asap: return tr("As soon as possible");
    case Urgency::Stat: return tr("Immediate (stat)");
    }
    return {};
}

QString ReferralText::window(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Routine: return tr("within 30 days");
    case Urgency::Urgent: return tr("within 7 days");
    case Urgency::Asap: return tr("within 24 hours");
    case Urgency::Stat: return tr("within 1 hour");
    }
    return {};
}

QString ReferralText::rejectReason(RejectReason reason)
{
    switch (reason) {
    case RejectReason::None: return {};
    case RejectReason::OutOfScope: return tr("Not our specialty");
    case RejectReason::NoCapacity: return tr("No capacity");
    case RejectReason::InsufficientInformation: return tr("Not enough information");
    case RejectReason::ReferredElsewhere: return tr("Better referred elsewhere");
    case RejectReason::PatientDeclined: return tr("The patient declined");
    case RejectReason::Other: return tr("Other reason");
    }
    return {};
}

QString ReferralText::overdueRule()
{
    return tr("The receiving side accepts or declines a referral within a time set by its urgency, counted from when "
              "it was sent: immediate (stat) within 1 hour, as soon as possible within 24 hours, urgent within 7 days, "
              "routine within 30 days. A referral still waiting after that is overdue.");
}

QString ReferralText::dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return QStringLiteral("%1 %2").arg(PatientListModel::dateText(local.date()), PatientListModel::timeText(local.time()));
}

QString ReferralText::relative(const QDateTime &time, const QDateTime &now)
{
    const qint64 minutes = now.secsTo(time) / 60;
    const qint64 m = qAbs(minutes);
    QString span;
    if (m < 60)
        span = tr("%n min", nullptr, int(qMax<qint64>(m, 1)));
    else if (m < 48 * 60)
        span = tr("%n h", nullptr, int(m / 60));
    else
        span = tr("%n day(s)", nullptr, int(m / (24 * 60)));
    return minutes >= 0 ? tr("in %1").arg(span) : tr("%1 ago").arg(span);
}

void ReferralText::showMessage(QLabel *label, const QString &text, bool refusal)
{
    label->setProperty("severity", refusal ? QVariant(QStringLiteral("critical")) : QVariant());
    label->style()->unpolish(label);
    label->style()->polish(label);
    label->setText(text);
}

} // namespace careledger
