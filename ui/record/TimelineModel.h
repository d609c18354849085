#pragma once

#include "workstation/EngineTypes.h"

#include <QAbstractListModel>

#include <functional>

namespace careledger {

class WorkstationEngine;

// A patient's record timeline, newest first, loaded lazily: the view's
// fetchMore() asks for one page (50 entries) at a time, so a record of
// thousands of entries costs only what is scrolled to. A new query resets the
// model; pages answering an older query are ignored. One class serves the
// clinician's record view (WorkstationEngine::requestTimeline) and the kiosk
// (WorkstationEngine::kioskTimeline).
class TimelineModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        EntryRole = Qt::UserRole + 1, // TimelineEntry
        TxIdRole,                     // QByteArray
        RecordIdRole,                 // QByteArray
        KindRole,                     // QString: FhirRenderer kind
        KindLabelRole,                // QString: "Lab result"
        TitleRole,
        DetailRole,
        StatusRole,
        ClinicalTimeRole,             // QDateTime
        RecordedTimeRole,             // QDateTime
        AuthorLineRole,               // "Dr. Amelia Hart · doctor · St. Elsewhere (for …)"
        AbnormalRole,                 // bool
        AmendedRole,                  // bool: version > 1
        VersionRole,                  // int
        VerifiedRole,                 // bool: in a block and proven against a quorum-signed header
        BlockHeightRole,              // quint64
        SignersRole,                  // "3 of 4"
        ErrorRole,                    // QString: why the content is not readable here
    };
    enum class Source { PatientRecord, Kiosk };

    // Asks for one page; returns the request id its answer will carry.
    using PageRequester = std::function<quint64(const TimelineQuery &query, quint64 cursor, int limit)>;

    // Pages come from the engine (timelinePage / requestFailed are connected).
    TimelineModel(WorkstationEngine &engine, Source source, QObject *parent = nullptr);
    // Pages come from `requester`; feed the answers to addPage() / failRequest().
    explicit TimelineModel(PageRequester requester, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    TimelineQuery query() const { return m_query; }
    bool hasQuery() const { return m_active; }
    // Entries per page (default 50).
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size) { m_pageSize = qMax(1, size); }
    bool isLoading() const { return m_pending != 0; }
    // Whether the engine said there is more after the last page.
    bool hasMore() const { return m_more; }
    QString errorMessage() const { return m_error; }
    const TimelineEntry *entryAt(int row) const;
    int rowOf(const QByteArray &txId) const;

    // "Dr. Amelia Hart · Doctor · St. Elsewhere General Hospital · for Dr. X"
    static QString authorLine(const TimelineEntry &entry);
    // A ledger role name ("emr_technician") as people say it ("EMR technician").
    static QString roleText(const QString &roleName);

public slots:
    // Resets and loads the first page of `query`.
    void setQuery(const careledger::TimelineQuery &query);
    // The same query again from the first page (after a new record).
    void reload();
    // Empties the model and forgets the query (sign-out, lock, patient closed).
    void clear();
    void addPage(quint64 request, const QList<careledger::TimelineEntry> &entries, quint64 nextCursor, bool more);
    void failRequest(quint64 request, const QString &code, const QString &message);

signals:
    void loadingChanged(bool loading);
    // The first page of a query has arrived (possibly empty).
    void firstPageLoaded();
    void loadFailed(const QString &code, const QString &message);

private:
    void requestPage();

    PageRequester m_requester;
    TimelineQuery m_query;
    bool m_active = false;
    QList<TimelineEntry> m_entries;
    quint64 m_cursor = 0;
    bool m_more = false;
    quint64 m_pending = 0;
    int m_pageSize = 50;
    QString m_error;
};

} // namespace careledger
