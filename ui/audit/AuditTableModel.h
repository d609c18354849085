#pragma once

#include "workstation/EngineTypes.h"

#include <QAbstractTableModel>

namespace careledger {

class WorkstationEngine;

// The audit table: pages of rows from the engine's audit index, fetched as the
// view scrolls (canFetchMore/fetchMore), never the whole million at once.
class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, User, Role, Org, Patient, Action, Workstation, Block, ColumnCount };
    static constexpr int PageSize = 200;
    static constexpr int RowIdRole = Qt::UserRole + 1;

    explicit AuditTableModel(WorkstationEngine &engine, QObject *parent = nullptr);

    // A new query: the rows are dropped and the first page requested.
    void setQuery(const AuditQuery &query);
    const AuditQuery &query() const { return m_query; }
    // The same query again (the index grew).
    void refresh();
    const AuditRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorting asks the index again, sorted there.
    void sort(int column, Qt::SortOrder order) override;

signals:
    void loaded(int rows, bool more);
    void failed(const QString &message);

private:
    void onPage(quint64 request, const QList<AuditRow> &rows, int offset, bool more);

    WorkstationEngine &m_engine;
    AuditQuery m_query;
    QList<AuditRow> m_rows;
    bool m_more = false;
    quint64 m_request = 0;
};

} // namespace careledger
