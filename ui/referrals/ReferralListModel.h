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
    enum Column { Direction, Patient, Urgency, Status, Due, Party, Sent, ColumnCount };
    enum class Filter { All, Incoming, Outgoing };
    enum Roles { ReferralIdRole = Qt::UserRole + 1, OverdueRole };

    explicit ReferralListModel(QObject *parent = nullptr);

    void setReferrals(const QList<ReferralSummary> &referrals);
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
    Filter m_filter = Filter::All;
    bool m_openOnly = false;
};

} // namespace careledger
