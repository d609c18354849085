#include "TimelineModel.h"

#include "fhir/FhirRenderer.h"
#include "workstation/WorkstationEngine.h"

#include <QLocale>

namespace careledger {

TimelineModel::TimelineModel(PageRequester requester, QObject *parent)
    : QAbstractListModel(parent), m_requester(std::move(requester))
{
}

TimelineModel::TimelineModel(WorkstationEngine &engine, Source source, QObject *parent)
    : TimelineModel(
          [&engine, source](const TimelineQuery &query, quint64 cursor, int limit) {
              return source == Source::Kiosk ? engine.kioskTimeline(query, cursor, limit)
                                             : engine.requestTimeline(query, cursor, limit);
          },
          parent)
{
    connect(&engine, &WorkstationEngine::timelinePage, this, &TimelineModel::addPage);
    connect(&engine, &WorkstationEngine::requestFailed, this, &TimelineModel::failRequest);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const TimelineEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return e.title;
    case Qt::ToolTipRole:
        return e.error.isEmpty() ? e.detail : e.error;
    case Qt::AccessibleTextRole: {
        QStringList parts{FhirRenderer::kindLabel(e.kind), QLocale().toString(e.clinicalTime, QLocale::LongFormat), e.title};
        if (e.abnormal)
            parts << tr("abnormal");
        if (e.version > 1)
            parts << tr("amended");
        parts << authorLine(e);
        if (e.verification.height > 0)
            parts << tr("verified in block %1").arg(e.verification.height);
        return parts.join(QStringLiteral(", "));
    }
    case EntryRole:
        return QVariant::fromValue(e);
    case TxIdRole:
        return e.txId;
    case RecordIdRole:
        return e.recordId;
    case KindRole:
        return e.kind;
    case KindLabelRole:
        return FhirRenderer::kindLabel(e.kind);
    case DetailRole:
        return e.detail;
    case StatusRole:
        return e.status;
    case ClinicalTimeRole:
        return e.clinicalTime;
    case RecordedTimeRole:
        return e.recordedTime;
    case AuthorLineRole:
        return authorLine(e);
    case AbnormalRole:
        return e.abnormal;
    case AmendedRole:
        return e.version > 1;
    case VersionRole:
        return e.version;
    case VerifiedRole:
        return e.verification.height > 0 && e.verification.provenAtHeight > 0;
    case BlockHeightRole:
        return e.verification.height;
    case SignersRole:
        return e.verification.members > 0
                   ? tr("%1 of %2").arg(e.verification.signers).arg(e.verification.members)
                   : QString();
    case ErrorRole:
        return e.error;
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TxIdRole, "txId");
    names.insert(KindRole, "kind");
    names.insert(TitleRole, "title");
    names.insert(DetailRole, "detail");
    names.insert(ClinicalTimeRole, "clinicalTime");
    names.insert(AuthorLineRole, "authorLine");
    names.insert(AbnormalRole, "abnormal");
    names.insert(AmendedRole, "amended");
    names.insert(VerifiedRole, "verified");
    names.insert(BlockHeightRole, "blockHeight");
    return names;
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_active && m_more && m_pending == 0;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

const TimelineEntry *TimelineModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int TimelineModel::rowOf(const QByteArray &txId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).txId == txId)
            return i;
    }
    return -1;
}

void TimelineModel::setQuery(const TimelineQuery &query)
{
    beginResetModel();
    m_query = query;
    m_active = true;
    m_entries.clear();
    m_cursor = 0;
    m_more = true;
    m_pending = 0; // an answer to the old query is now stale
    m_error.clear();
    endResetModel();
    requestPage();
}

void TimelineModel::reload()
{
    if (m_active)
        setQuery(m_query);
}

void TimelineModel::clear()
{
    const bool wasLoading = isLoading();
    beginResetModel();
    m_query = {};
    m_active = false;
    m_entries.clear();
    m_cursor = 0;
    m_more = false;
    m_pending = 0;
    m_error.clear();
    endResetModel();
    if (wasLoading)
        emit loadingChanged(false);
}

void TimelineModel::requestPage()
{
    if (!m_requester || m_pending != 0)
        return;
    m_pending = m_requester(m_query, m_cursor, m_pageSize);
    if (m_pending != 0)
        emit loadingChanged(true);
}

void TimelineModel::addPage(quint64 request, const QList<TimelineEntry> &entries, quint64 nextCursor, bool more)
{
    if (request == 0 || request != m_pending)
        return; // another model's page, or an answer to a query no longer shown
    const bool first = m_cursor == 0;
    m_pending = 0;
    m_cursor = nextCursor;
    m_more = more && nextCursor != 0;
    if (!entries.isEmpty()) {
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size()) - 1);
        m_entries.append(entries);
        endInsertRows();
    }
    emit loadingChanged(false);
    if (first)
        emit firstPageLoaded();
}

void TimelineModel::failRequest(quint64 request, const QString &code, const QString &message)
{
    if (request == 0 || request != m_pending)
        return;
    m_pending = 0;
    m_more = false;
    m_error = message;
    emit loadingChanged(false);
    emit loadFailed(code, message);
}

QString TimelineModel::authorLine(const TimelineEntry &entry)
{
    QStringList parts;
    if (!entry.author.isEmpty())
        parts << entry.author;
    if (!entry.authorRole.isEmpty())
        parts << roleText(entry.authorRole);
    if (!entry.org.isEmpty())
        parts << entry.org;
    if (!entry.onBehalfOf.isEmpty())
        parts << tr("on behalf of %1").arg(entry.onBehalfOf);
    return parts.join(QStringLiteral(" · "));
}

QString TimelineModel::roleText(const QString &roleName)
{
    if (roleName == QLatin1String("doctor"))
        return tr("Doctor");
    if (roleName == QLatin1String("nurse"))
        return tr("Nurse");
    if (roleName == QLatin1String("emr_technician"))
        return tr("EMR technician");
    if (roleName == QLatin1String("compliance_officer"))
        return tr("Compliance officer");
    if (roleName == QLatin1String("admin"))
        return tr("Administrator");
    if (roleName == QLatin1String("insurer"))
        return tr("Insurer");
    if (roleName == QLatin1String("researcher"))
        return tr("Researcher");
    QString text = roleName;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text;
}

} // namespace careledger
