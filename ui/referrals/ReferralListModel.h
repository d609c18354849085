#pragma once

#include "workstation/EngineTypes.h"

#include <QAbstractTableModel>

namespace careledger {

// The referral inbox's rows: incoming and outgoing referrals, filtered by
// direction and (optionally) to the open ones. Overdue rows are tinted and
// say why in their tooltip.
class ReferralListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Direction, Patient, Urgency, Status, Due, Party, ColumnCount };
    enum class Filter { All, Incoming, Outgoing };
    enum Roles { ReferralIdRole = Qt::UserRole + 1, OverdueRole };

    explicit ReferralListModel(QObject *parent = nullptr);

    // now: the time "in 3 h" / "2 days ago" is counted from (the engine's clock).
    void setReferrals(const QList<ReferralSummary> &referrals, const QDateTime &now);
    void setFilter(Filter filter);
    void setOpenOnly(bool openOnly);
    const ReferralSummary *referral(int row) const;
    int rowOf(const QByteArray &referralId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    QList<ReferralSummary> m_all;
    QList<ReferralSummary> m_rows;
    QDateTime m_now;
    Filter m_filter = Filter::All;
    bool m_openOnly = false;
};

} // namespace careledger
