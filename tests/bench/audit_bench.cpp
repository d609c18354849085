// audit_bench: the compliance officer's audit index at 1,000,000 access
// events. A benchmark, not a test: it prints figures beside the physical
// bound measured in the same run and fails only if something does not verify.
//
//   audit_bench [--events 1000000] [--users 400] [--patients 50000] [--days 90]
//
// (1) Fill: the users' enrolments, every patient's registration, then signed
//     access-log transactions (100 events each), all in quorum-
//     signed blocks go through AuditIndex::ingest — the same checks (header
//     signatures, chain links, txRoot, contract decoding) as a sync.
// (2) The first page (100 rows, newest first, with user names joined) of the
//     officer's filters: by user, by patient, by a one-day time range, and user
//     + time range, and a name search; median of 9 runs each.
// (3) Physical bounds for the same filters, same run: the indexed SQLite
//     lookup alone (ids only, no join) on the same file, and a scan of all
//     events held in memory (time-ordered, newest first until 100 match).
// (4) The suspicious-access rules over all events, beside reading them alone.

#include "BenchOutput.h"
#include "crypto/Ed25519.h"
#include "ledger/MerkleLog.h"
#include "light/AuditIndex.h"
#include "light/AuditRules.h"
#include "support/TestLedger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <vector>

using namespace careledger;
using namespace careledger::testing;
using namespace careledger::bench;

namespace {

constexpr qint64 Day = 24 * 3600 * 1000;

double medianMs(const std::function<void()> &run)
{
    QList<double> times;
    for (int i = 0; i < 9; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[4];
}

struct MemEvent {
    quint64 timeMs;
    int user;
    int patient;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("events"), QStringLiteral("access events"), QStringLiteral("n"), QStringLiteral("1000000")},
                       {QStringLiteral("users"), QStringLiteral("users"), QStringLiteral("n"), QStringLiteral("400")},
                       {QStringLiteral("patients"), QStringLiteral("patients"), QStringLiteral("n"), QStringLiteral("50000")},
                       {QStringLiteral("days"), QStringLiteral("days of history"), QStringLiteral("n"), QStringLiteral("90")}});
    parser.process(app);
    const int events = parser.value(QStringLiteral("events")).toInt();
    const int userCount = parser.value(QStringLiteral("users")).toInt();
    const int patientCount = parser.value(QStringLiteral("patients")).toInt();
    const int days = parser.value(QStringLiteral("days")).toInt();

    const QString org = QStringLiteral("st-marys");
    TestLedger ledger({org});
    const HeaderVerifier verifier(ledger.config());
    QTemporaryDir dir;
    auto opened = AuditIndex::open(dir.filePath(QStringLiteral("audit")), ledger.config());
    if (!opened)
        die(opened.error().message);
    AuditIndex &index = **opened;

    // Users, then blocks of access logs; times spread evenly over `days`.
    QList<TestUser> users;
    for (int u = 0; u < userCount; ++u)
        users.append(TestLedger::newUser(org, u % 5 == 0 ? Role::Nurse : Role::Doctor, QStringLiteral("User %1 Name").arg(u)));
    const quint64 end = quint64(QDateTime::currentMSecsSinceEpoch());
    const quint64 start = end - quint64(days) * Day;
    QRandomGenerator rng(42);
    std::vector<MemEvent> memory;
    memory.reserve(size_t(events));

    MerkleLog log;
    QByteArray previous(32, '\0');
    quint64 height = 0;
    auto block = [&](const QList<QByteArray> &txs, quint64 timeMs) {
        Block b;
        b.transactions = txs;
        b.validity = QList<quint16>(txs.size(), 0);
        for (const QByteArray &t : txs)
            log.append(t);
        BlockHeader &h = b.signedHeader.header;
        h.networkId = ledger.networkId();
        h.height = height++;
        h.previousHash = previous;
        h.txRoot = Block::txRootOf(txs);
        h.logRoot = log.root();
        h.logSize = log.size();
        h.validityHash = Block::validityHashOf(b.validity);
        h.timestampMs = timeMs;
        h.proposer = org;
        b.signedHeader.addSignature(org, ledger.org(org).key.secretKey());
        previous = h.hash();
        return b;
    };

    QElapsedTimer fill;
    fill.start();
    QList<QByteArray> enrolments;
    for (const TestUser &u : users)
        enrolments.append(ledger.enrolByOrg(u, start).encode());
    if (Status st = index.ingest({block({}, start), block(enrolments, start)}, verifier); !st)
        die(st.error().message);
    // Every patient registered by the org first: its users have a treatment
    // relationship with them, as in a hospital's own records.
    const KdfParams kdf = KdfParams::withRandomSalt(1, 8 * 1024 * 1024);
    for (int from = 0; from < patientCount; from += 5000) {
        QList<QByteArray> registrations;
        for (int p = from; p < qMin(patientCount, from + 5000); ++p)
            registrations.append(ledger.make(TxType::RegisterPatient, org,
                                             PatientRegistration{QStringLiteral("P%1").arg(p, 6, 10, QLatin1Char('0')),
                                                                 randomBytes(32), kdf}
                                                 .encode(),
                                             users[p % userCount].key, start)
                                     .encode());
        if (Status st = index.ingest({block(registrations, start)}, verifier); !st)
            die(st.error().message);
    }
    constexpr int PerTx = 100; // a workstation's batch; users interleave
    constexpr int TxPerBlock = 50;
    const quint64 step = (end - start) / quint64(events);
    int made = 0;
    QList<Block> pending;
    while (made < events) {
        QList<QByteArray> txs;
        for (int t = 0; t < TxPerBlock && made < events; ++t) {
            const int user = int(rng.bounded(userCount));
            AccessLog accessLog{QStringLiteral("ward-%1-pc").arg(user % 20), {}};
            for (int k = 0; k < PerTx && made < events; ++k, ++made) {
                const int patient = int(rng.bounded(patientCount));
                const quint64 time = start + quint64(made) * step;
                accessLog.events.append(AccessEvent{time, QStringLiteral("P%1").arg(patient, 6, 10, QLatin1Char('0')), {},
                                                    AccessAction::View});
                memory.push_back(MemEvent{time, user, patient});
            }
            txs.append(ledger.make(TxType::AccessLog, org, accessLog.encode(), users[user].key, start + quint64(made) * step)
                           .encode());
        }
        pending.append(block(txs, start + quint64(made) * step));
        if (pending.size() == 4 || made >= events) {
            if (Status st = index.ingest(pending, verifier); !st)
                die(st.error().message);
            pending.clear();
        }
    }
    const double fillSeconds = double(fill.nsecsElapsed()) / 1e9;

    out() << "audit_bench: " << num(events) << " access events, " << num(userCount) << " users, " << num(patientCount)
          << " patients, " << days << " days, " << num(height) << " blocks\n";
    out() << "  fill through AuditIndex::ingest (signatures, links, txRoot, decoding): " << fixed(fillSeconds, 1) << " s, "
          << num(events / fillSeconds) << " events/s\n\n";

    // The filters, all for the first page of 100 newest.
    const int someUser = 7;
    const QString somePatient = QStringLiteral("P%1").arg(1234, 6, 10, QLatin1Char('0'));
    const quint64 dayFrom = start + quint64(days / 2) * Day;
    const quint64 dayTo = dayFrom + Day;
    struct Filter {
        QString name;
        AuditQuery query;
        std::function<bool(const MemEvent &)> match;
        QString sql;
        QVariantList binds;
    };
    QList<Filter> filters;
    {
        AuditQuery q;
        q.users = {users[someUser].key.publicKey};
        filters.append({QStringLiteral("by user"), q, [&](const MemEvent &e) { return e.user == someUser; },
                        QStringLiteral("SELECT id FROM events WHERE user_key = ? ORDER BY time_ms DESC LIMIT 100"),
                        {users[someUser].key.publicKey}});
    }
    {
        AuditQuery q;
        q.patientId = somePatient;
        q.actions = {int(AccessAction::View)}; // the chart views (not the registration)
        filters.append({QStringLiteral("by patient (views)"), q, [&](const MemEvent &e) { return e.patient == 1234; },
                        QStringLiteral("SELECT id FROM events WHERE patient_id = ? AND +action = 1 ORDER BY time_ms DESC LIMIT 100"),
                        {somePatient}});
    }
    {
        AuditQuery q;
        q.fromMs = dayFrom;
        q.toMs = dayTo;
        filters.append({QStringLiteral("by one day"), q, [&](const MemEvent &e) { return e.timeMs >= dayFrom && e.timeMs < dayTo; },
                        QStringLiteral("SELECT id FROM events WHERE time_ms >= ? AND time_ms < ? ORDER BY time_ms DESC LIMIT 100"),
                        {qint64(dayFrom), qint64(dayTo)}});
    }
    {
        AuditQuery q;
        q.users = {users[someUser].key.publicKey};
        q.fromMs = dayFrom;
        q.toMs = dayFrom + 7 * Day;
        const quint64 weekTo = q.toMs;
        filters.append({QStringLiteral("user + one week"), q,
                        [&, weekTo](const MemEvent &e) { return e.user == someUser && e.timeMs >= dayFrom && e.timeMs < weekTo; },
                        QStringLiteral("SELECT id FROM events WHERE user_key = ? AND time_ms >= ? AND time_ms < ?"
                                       " ORDER BY time_ms DESC LIMIT 100"),
                        {users[someUser].key.publicKey, qint64(dayFrom), qint64(weekTo)}});
    }
    {
        AuditQuery q;
        q.text = QStringLiteral("User 7 Name");
        filters.append({QStringLiteral("name search"), q, [&](const MemEvent &e) { return e.user == someUser; },
                        QStringLiteral("SELECT id FROM events WHERE user_key = ? ORDER BY time_ms DESC LIMIT 100"),
                        {users[someUser].key.publicKey}});
    }

    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    raw.setDatabaseName(dir.filePath(QStringLiteral("audit")));
    if (!raw.open())
        die(QStringLiteral("cannot open the index file"));

    out() << "  first page (100 rows, newest first), median of 9       index      raw SQLite ids   memory scan   rows\n";
    for (const Filter &f : filters) {
        int rows = 0;
        const double indexMs = medianMs([&] { rows = int(index.query(f.query, 0, 100).size()); });
        const double rawMs = medianMs([&] {
            QSqlQuery q(raw);
            q.prepare(f.sql);
            for (const QVariant &b : f.binds)
                q.addBindValue(b);
            q.exec();
            while (q.next()) {
            }
        });
        int scanned = 0;
        const double memMs = medianMs([&] {
            scanned = 0;
            for (auto it = memory.crbegin(); it != memory.crend() && scanned < 100; ++it)
                if (f.match(*it))
                    ++scanned;
        });
        if (rows != scanned)
            die(QStringLiteral("%1: the index returned %2 rows, the scan %3").arg(f.name).arg(rows).arg(scanned));
        out() << "  " << f.name.leftJustified(52) << fixed(indexMs, 2).rightJustified(8) << " ms"
              << fixed(rawMs, 2).rightJustified(12) << " ms" << fixed(memMs, 2).rightJustified(11) << " ms"
              << QString::number(rows).rightJustified(7) << "\n";
    }
    // The suspicious-access rules over the whole history (off the GUI thread in the workstation).
    QElapsedTimer rulesTimer;
    rulesTimer.start();
    const QList<AuditFlag> flags = AuditRules(index, AuditRuleSettings{}).detect(org);
    const double rulesSeconds = double(rulesTimer.nsecsElapsed()) / 1e9;
    QElapsedTimer scanTimer;
    scanTimer.start();
    int visited = 0;
    index.forEachAccess([&](const AuditRow &) { ++visited; });
    out() << "\n  suspicious-access rules over all " << num(events) << " events: " << fixed(rulesSeconds, 2) << " s ("
          << num(flags.size()) << " flags); reading the events alone: " << fixed(double(scanTimer.nsecsElapsed()) / 1e9, 2)
          << " s\n";
    out() << "\n  peak memory: " << num(statusKb("VmHWM:") / 1024.0) << " MiB; index file: "
          << num(QFileInfo(dir.filePath(QStringLiteral("audit"))).size() / 1048576.0) << " MiB\n";
    out().flush();
    return 0;
}
