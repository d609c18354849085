#include "record/TimelineDelegate.h"
#include "record/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace careledger;

namespace {

TimelineEntry entry(int i)
{
    TimelineEntry e;
    e.txId = QByteArray::number(i).rightJustified(32, '0');
    e.recordId = e.txId;
    e.kind = i % 2 ? QStringLiteral("vitals") : QStringLiteral("lab");
    e.resourceType = QStringLiteral("Observation");
    e.title = QStringLiteral("Entry %1").arg(i);
    e.clinicalTime = QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC).addSecs(-3600LL * i);
    e.author = QStringLiteral("Priya Nair");
    e.authorRole = QStringLiteral("emr_technician");
    e.org = QStringLiteral("St. Elsewhere");
    return e;
}

// A stand-in for the engine's paging: `total` entries, newest first; the cursor
// is the index of the next entry. Answers come later, as the engine's do.
struct FakeBackend {
    int total = 0;
    quint64 nextId = 1;
    struct Call {
        quint64 id;
        TimelineQuery query;
        quint64 cursor;
        int limit;
    };
    QList<Call> calls;

    TimelineModel::PageRequester requester()
    {
        return [this](const TimelineQuery &query, quint64 cursor, int limit) {
            const quint64 id = nextId++;
            calls.append({id, query, cursor, limit});
            return id;
        };
    }
    void answer(TimelineModel &model, const Call &call)
    {
        QList<TimelineEntry> page;
        const int start = int(call.cursor);
        const int end = qMin(total, start + call.limit);
        for (int i = start; i < end; ++i)
            page << entry(i);
        model.addPage(call.id, page, end < total ? quint64(end) : 0, end < total);
    }
    // Answers every call not answered yet, as the event loop turns.
    void autoAnswer(TimelineModel &model)
    {
        QObject::connect(&model, &TimelineModel::loadingChanged, &model, [this, &model](bool loading) {
            if (!loading)
                return;
            const Call call = calls.last();
            QTimer::singleShot(0, &model, [this, &model, call] { answer(model, call); });
        });
    }
};

} // namespace

class TestTimelineModel : public QObject {
    Q_OBJECT
private slots:
    void emptyUntilAQuery();
    void pagesOnDemand();
    void staleAndForeignPagesAreIgnored();
    void failureStopsPaging();
    void clearForgetsTheQuery();
    void roles();
    void viewLoadsOnlyWhatItShows();
    void delegateSizeHint();
};

void TestTimelineModel::emptyUntilAQuery()
{
    FakeBackend backend;
    TimelineModel model(backend.requester());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(backend.calls.isEmpty());
    QVERIFY(!model.hasQuery());
}

void TestTimelineModel::pagesOnDemand()
{
    FakeBackend backend;
    backend.total = 120;
    TimelineModel model(backend.requester());
    QSignalSpy first(&model, &TimelineModel::firstPageLoaded);

    TimelineQuery q;
    q.patientId = QStringLiteral("P-000001");
    q.kinds = QStringList{QStringLiteral("vitals")};
    model.setQuery(q);
    QCOMPARE(backend.calls.size(), 1);
    {
        // The model stays consistent (the tester itself fetches, so only while no page is due).
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    QCOMPARE(backend.calls[0].cursor, quint64(0));
    QCOMPARE(backend.calls[0].limit, 50);
    QCOMPARE(backend.calls[0].query.patientId, q.patientId);
    QCOMPARE(backend.calls[0].query.kinds, q.kinds);
    QVERIFY(model.isLoading());
    QVERIFY(!model.canFetchMore({})); // one page at a time
    model.fetchMore({});
    QCOMPARE(backend.calls.size(), 1);

    backend.answer(model, backend.calls[0]);
    QCOMPARE(first.count(), 1);
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(!model.isLoading());
    QVERIFY(model.canFetchMore({}));

    model.fetchMore({});
    QCOMPARE(backend.calls.size(), 2);
    QCOMPARE(backend.calls[1].cursor, quint64(50));
    backend.answer(model, backend.calls[1]);
    model.fetchMore({});
    backend.answer(model, backend.calls[2]);
    QCOMPARE(model.rowCount(), 120);
    QVERIFY(!model.hasMore());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(first.count(), 1);
    QCOMPARE(model.entryAt(119)->title, QStringLiteral("Entry 119"));
    QCOMPARE(model.rowOf(entry(77).txId), 77);

    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(backend.calls.last().cursor, quint64(0));
}

void TestTimelineModel::staleAndForeignPagesAreIgnored()
{
    FakeBackend backend;
    backend.total = 10;
    TimelineModel model(backend.requester());
    TimelineQuery a;
    a.patientId = QStringLiteral("P-A");
    TimelineQuery b;
    b.patientId = QStringLiteral("P-B");
    model.setQuery(a);
    model.setQuery(b); // before a's answer
    QCOMPARE(backend.calls.size(), 2);

    backend.answer(model, backend.calls[0]); // a's page: stale
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isLoading());
    model.addPage(999, {entry(1)}, 0, false); // another model's request
    QCOMPARE(model.rowCount(), 0);
    model.addPage(0, {entry(1)}, 0, false);
    QCOMPARE(model.rowCount(), 0);

    backend.answer(model, backend.calls[1]);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.query().patientId, QStringLiteral("P-B"));
    backend.answer(model, backend.calls[1]); // the same answer twice
    QCOMPARE(model.rowCount(), 10);
}

void TestTimelineModel::failureStopsPaging()
{
    FakeBackend backend;
    backend.total = 100;
    TimelineModel model(backend.requester());
    QSignalSpy failed(&model, &TimelineModel::loadFailed);
    model.setQuery({});
    backend.answer(model, backend.calls[0]);
    model.fetchMore({});
    model.failRequest(backend.calls[0].id, QStringLiteral("x"), QStringLiteral("old")); // not pending
    QCOMPARE(failed.count(), 0);
    model.failRequest(backend.calls[1].id, QStringLiteral("no_node"), QStringLiteral("no node reachable"));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed[0][0].toString(), QStringLiteral("no_node"));
    QCOMPARE(model.errorMessage(), QStringLiteral("no node reachable"));
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(!model.isLoading());
}

void TestTimelineModel::clearForgetsTheQuery()
{
    FakeBackend backend;
    backend.total = 100;
    TimelineModel model(backend.requester());
    model.setQuery({});
    model.clear();
    backend.answer(model, backend.calls[0]);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(!model.hasQuery());
}

void TestTimelineModel::roles()
{
    FakeBackend backend;
    TimelineModel model(backend.requester());
    model.setQuery({});
    TimelineEntry amended = entry(3);
    amended.version = 2;
    amended.abnormal = true;
    amended.onBehalfOf = QStringLiteral("Dr. Amelia Hart");
    amended.verification.height = 1204;
    amended.verification.provenAtHeight = 1210;
    amended.verification.signers = 3;
    amended.verification.members = 4;
    TimelineEntry unreadable = entry(4);
    unreadable.title.clear();
    unreadable.error = QStringLiteral("payload erased");
    model.addPage(backend.calls[0].id, {amended, unreadable}, 0, false);

    const QModelIndex i = model.index(0);
    QCOMPARE(i.data(TimelineModel::TitleRole).toString(), QStringLiteral("Entry 3"));
    QCOMPARE(i.data(Qt::DisplayRole).toString(), QStringLiteral("Entry 3"));
    QCOMPARE(i.data(TimelineModel::KindRole).toString(), QStringLiteral("vitals"));
    QVERIFY(i.data(TimelineModel::AmendedRole).toBool());
    QVERIFY(i.data(TimelineModel::AbnormalRole).toBool());
    QVERIFY(i.data(TimelineModel::VerifiedRole).toBool());
    QCOMPARE(i.data(TimelineModel::BlockHeightRole).toULongLong(), quint64(1204));
    QCOMPARE(i.data(TimelineModel::SignersRole).toString(), QStringLiteral("3 of 4"));
    QCOMPARE(i.data(TimelineModel::AuthorLineRole).toString(),
             QStringLiteral("Priya Nair · EMR technician · St. Elsewhere · on behalf of Dr. Amelia Hart"));
    QCOMPARE(i.data(TimelineModel::EntryRole).value<TimelineEntry>().txId, amended.txId);
    QVERIFY(!i.data(Qt::AccessibleTextRole).toString().isEmpty());

    const QModelIndex j = model.index(1);
    QVERIFY(!j.data(TimelineModel::AmendedRole).toBool());
    QVERIFY(!j.data(TimelineModel::VerifiedRole).toBool());
    QCOMPARE(j.data(TimelineModel::ErrorRole).toString(), QStringLiteral("payload erased"));
    QCOMPARE(j.data(Qt::ToolTipRole).toString(), QStringLiteral("payload erased"));
    QVERIFY(!model.index(5).data(TimelineModel::TitleRole).isValid());
}

void TestTimelineModel::viewLoadsOnlyWhatItShows()
{
    FakeBackend backend;
    backend.total = 5000;
    TimelineModel model(backend.requester());
    backend.autoAnswer(model);
    QListView view;
    view.setItemDelegate(new TimelineDelegate(&view));
    view.setUniformItemSizes(true);
    view.setModel(&model);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    model.setQuery({});
    QTRY_COMPARE(model.rowCount(), 50);
    QTest::qWait(50);
    QCOMPARE(backend.calls.size(), 1); // 50 rows fill a 400 px view: nothing more asked for
    QCOMPARE(model.rowCount(), 50);

    // Scrolling to the end asks for the next page, one at a time.
    for (int round = 0; round < 3; ++round) {
        const int before = model.rowCount();
        view.scrollToBottom();
        QTRY_COMPARE(model.rowCount(), before + 50);
    }
    QVERIFY(backend.calls.size() <= 5);
    QVERIFY(model.rowCount() < 300);
}

void TestTimelineModel::delegateSizeHint()
{
    TimelineDelegate delegate;
    QStyleOptionViewItem option;
    option.font = QFont(QStringLiteral("DejaVu Sans"), 10);
    option.rect = QRect(0, 0, 500, 10);
    const QSize size = delegate.sizeHint(option, {});
    // Narrow enough that the view never scrolls sideways: it gives each row its full width.
    QVERIFY(size.width() > 0 && size.width() <= 500);
    // Two lines of text and padding; never squashed.
    QVERIFY(size.height() >= 2 * QFontMetrics(option.font).height());
    QVERIFY(size.height() < 6 * QFontMetrics(option.font).height());
}

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
