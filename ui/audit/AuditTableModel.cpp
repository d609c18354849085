#include "AuditTableModel.h"

#include "theme/Theme.h"
#include "AuditTexts.h"
#include "workstation/WorkstationEngine.h"

#include <QDateTime>
#include <QLocale>

namespace careledger {

AuditTableModel::AuditTableModel(WorkstationEngine &engine, QObject *parent) : QAbstractTableModel(parent), m_engine(engine)
{
    connect(&engine, &WorkstationEngine::auditPage, this, &AuditTableModel::onPage);
    connect(&engine, &WorkstationEngine::requestFailed, this, [this](quint64 request, const QString &, const QString &message) {
        if (request != m_request)
            return;
        m_request = 0;
        emit failed(message);
    });
}

void AuditTableModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    refresh();
}

void AuditTableModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_more = false;
    endResetModel();
    m_request = m_engine.requestAuditPage(m_query, 0, PageSize);
}

const AuditRow *AuditTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    const AuditRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == RowIdRole)
        return r->rowId;
    if (role == Qt::ForegroundRole) {
        // Refused transactions and wrong private IDs stand out.
        if (r->code != 0 || r->action == int(AccessAction::PrivateIdFailed))
            return Theme::danger();
        return {};
    }
    if (role == Qt::ToolTipRole && r->code != 0)
        return tr("Refused by the network (reason %1): it had no effect.").arg(r->code);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(qint64(r->timeMs)), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case User: return r->userName.isEmpty() ? tr("(organisation key)") : r->userName;
    case Role: return r->role;
    case Org: return r->org;
    case Patient: return r->patientId.isEmpty() ? QStringLiteral("—") : r->patientId;
    case Action: return AuditTexts::action(r->action);
    case Workstation: return r->workstation.isEmpty() ? QStringLiteral("—") : r->workstation;
    case Block: return QLocale().toString(r->height);
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("When");
    case User: return tr("User");
    case Role: return tr("Role");
    case Org: return tr("Organisation");
    case Patient: return tr("Patient");
    case Action: return tr("Action");
    case Workstation: return tr("Workstation");
    case Block: return tr("Block");
    }
    return {};
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && m_request == 0;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_request = m_engine.requestAuditPage(m_query, int(m_rows.size()), PageSize);
}

void AuditTableModel::sort(int column, Qt::SortOrder order)
{
    AuditQuery q = m_query;
    switch (column) {
    case User: q.sort = AuditQuery::Sort::User; break;
    case Org: q.sort = AuditQuery::Sort::Org; break;
    case Patient: q.sort = AuditQuery::Sort::Patient; break;
    case Action: q.sort = AuditQuery::Sort::Action; break;
    default: q.sort = AuditQuery::Sort::Time; break;
    }
    q.descending = order == Qt::DescendingOrder;
    if (q.sort == m_query.sort && q.descending == m_query.descending && !m_rows.isEmpty())
        return;
    setQuery(q);
}

void AuditTableModel::onPage(quint64 request, const QList<AuditRow> &rows, int offset, bool more)
{
    if (request != m_request)
        return; // an answer to a query since replaced
    m_request = 0;
    m_more = more;
    if (offset != m_rows.size() || rows.isEmpty()) {
        emit loaded(int(m_rows.size()), m_more);
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    m_rows += rows;
    endInsertRows();
    emit loaded(int(m_rows.size()), m_more);
}

} // namespace careledger
