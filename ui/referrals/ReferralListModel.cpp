#include "ReferralListModel.h"

#include "ReferralText.h"
#include "theme/Theme.h"

#include <QFont>

namespace careledger {

ReferralListModel::ReferralListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReferralListModel::setReferrals(const QList<ReferralSummary> &referrals, const QDateTime &now)
{
    m_all = referrals;
    m_now = now;
    rebuild();
}

void ReferralListModel::setFilter(Filter filter)
{
    m_filter = filter;
    rebuild();
}

void ReferralListModel::setOpenOnly(bool openOnly)
{
    m_openOnly = openOnly;
    rebuild();
}

void ReferralListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (const ReferralSummary &r : std::as_const(m_all)) {
        if ((m_filter == Filter::Incoming && !r.incoming) || (m_filter == Filter::Outgoing && r.incoming))
            continue;
        if (m_openOnly && isTerminal(r.status))
            continue;
        m_rows.append(r);
    }
    // A worklist: what waits for an answer first, the soonest due on top; then the rest, latest change first.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const ReferralSummary &a, const ReferralSummary &b) {
        const bool aWaits = a.status == ReferralStatus::Requested;
        const bool bWaits = b.status == ReferralStatus::Requested;
        if (aWaits != bWaits)
            return aWaits;
        return aWaits ? a.due < b.due : a.updated > b.updated;
    });
    endResetModel();
}

const ReferralSummary *ReferralListModel::referral(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ReferralListModel::rowOf(const QByteArray &referralId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].referralId == referralId)
            return i;
    return -1;
}

int ReferralListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReferralListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferralListModel::data(const QModelIndex &index, int role) const
{
    const ReferralSummary *r = referral(index.row());
    if (!r)
        return {};
    if (role == ReferralIdRole)
        return r->referralId;
    if (role == OverdueRole)
        return r->overdue;
    const QDateTime &now = m_now;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Direction: return r->incoming ? tr("In") : tr("Out");
        case Patient: return r->patientName.isEmpty() ? r->patientId : tr("%1 (%2)").arg(r->patientName, r->patientId);
        case Urgency: return ReferralText::urgency(r->urgency);
        case Status: return ReferralText::status(r->status);
        case Due:
            // Accepted, what is due next is the appointment.
            if (r->status == ReferralStatus::Accepted && r->appointment.isValid())
                return tr("slot %1").arg(ReferralText::dateTime(r->appointment));
            if (r->status != ReferralStatus::Requested)
                return QStringLiteral("—");
            return r->overdue ? tr("Overdue (%1)").arg(ReferralText::relative(r->due, now))
                              : ReferralText::relative(r->due, now);
        case Party: {
            const QString doctor = r->incoming ? r->authorName : r->targetUserName;
            const QString org = r->incoming ? r->fromOrgName : r->targetOrgName;
            // Within one organisation the colleague's name says it all.
            const QString who = doctor.isEmpty() ? org : r->fromOrg == r->targetOrg ? doctor : tr("%1, %2").arg(doctor, org);
            return r->incoming ? tr("from %1").arg(who) : tr("to %1").arg(who);
        }
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Direction)
        return r->incoming ? tr("Incoming: sent to your organisation or to you, %1").arg(ReferralText::dateTime(r->created))
                           : tr("Outgoing: sent by your organisation, %1").arg(ReferralText::dateTime(r->created));
    if (role == Qt::ToolTipRole) {
        if (index.column() == Due || index.column() == Urgency || r->overdue) {
            QString tip = r->status == ReferralStatus::Requested
                              ? tr("Due %1 (%2 of being sent).").arg(ReferralText::dateTime(r->due), ReferralText::window(r->urgency))
                              : tr("No longer waiting for an answer.");
            if (r->overdue)
                tip = tr("Overdue: nobody has accepted or declined it yet. ") + tip;
            return tip + QStringLiteral("\n\n") + ReferralText::overdueRule();
        }
        return {};
    }
    if (role == Qt::BackgroundRole && r->overdue) {
        QColor tint = Theme::danger();
        tint.setAlpha(40);
        return tint;
    }
    if (role == Qt::ForegroundRole && r->overdue && index.column() == Due)
        return Theme::danger();
    if (role == Qt::FontRole && (r->overdue || (r->incoming && r->status == ReferralStatus::Requested))) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::DecorationRole && index.column() == Direction)
        return Theme::icon(r->overdue ? QStringLiteral("warning") : QStringLiteral("referral"));
    return {};
}

QVariant ReferralListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Due)
        return ReferralText::overdueRule();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Direction: return tr("In/out");
    case Patient: return tr("Patient");
    case Urgency: return tr("Urgency");
    case Status: return tr("State");
    case Due: return tr("Due");
    case Party: return tr("From / to");
    }
    return {};
}

} // namespace careledger
