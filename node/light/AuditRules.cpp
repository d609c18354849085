#include "AuditRules.h"

#include "crypto/Sha256.h"

#include <QDateTime>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace careledger {

namespace {
struct Window {
    quint64 fromMs = 0;
    quint64 toMs = 0;
    int events = 0;
    void add(quint64 t)
    {
        fromMs = events == 0 ? t : qMin(fromMs, t);
        toMs = qMax(toMs, t);
        ++events;
    }
};

struct UserHistory {
    QString name;
    QMap<QDate, QSet<QString>> patientsByDay;
    QMap<QDate, Window> days;
    int hours[24] = {};
    int total = 0;
    QMap<QPair<QDate, int>, Window> byDayHour;
    QMap<QString, Window> withoutRelation; // by patient
};

bool opensChart(AccessAction action)
{
    return action == AccessAction::View || action == AccessAction::Export || action == AccessAction::Print;
}

double median(QList<int> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

QString surnameOf(const QString &name)
{
    const QStringList parts = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return parts.isEmpty() ? QString() : parts.last();
}
} // namespace

QString auditRuleKey(AuditRule rule)
{
    switch (rule) {
    case AuditRule::UnusualVolume: return QStringLiteral("unusual_volume");
    case AuditRule::NoRelationship: return QStringLiteral("no_relationship");
    case AuditRule::UnusualHours: return QStringLiteral("unusual_hours");
    case AuditRule::SameSurname: return QStringLiteral("same_surname");
    case AuditRule::PrivateIdFailures: return QStringLiteral("private_id_failures");
    }
    return QStringLiteral("unknown");
}

AuditRules::AuditRules(const AuditIndex &index, AuditRuleSettings settings) : m_index(index), m_settings(std::move(settings)) {}

QByteArray AuditRules::flagId(AuditRule rule, const QByteArray &userKey, const QString &patientId, quint64 windowStartMs)
{
    QByteArray material = QByteArrayLiteral("careledger/flag/v1");
    material += char(rule);
    material += userKey;
    material += '\0' + patientId.toUtf8() + '\0';
    material += QByteArray::number(windowStartMs);
    return Sha256::hash(material);
}

QList<AuditFlag> AuditRules::detect(const QString &org, const QHash<QString, Demographics> &readablePatients) const
{
    const AuditRuleSettings &s = m_settings;
    QHash<QByteArray, UserHistory> users;
    QHash<QString, QList<TreatmentRelation>> relations;
    QHash<QString, QList<quint64>> failures; // patient → failed private-ID times
    QHash<QString, QByteArray> failureUser;  // patient → the user signed in at the kiosk (last one)
    QList<AuditFlag> flags;

    m_index.forEachAccess([&](const AuditRow &row) {
        if (!org.isEmpty() && row.org != org)
            return;
        const auto action = AccessAction(row.action);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(row.timeMs), s.timeZone);
        if (action == AccessAction::PrivateIdFailed) {
            failures[row.patientId].append(row.timeMs);
            failureUser[row.patientId] = row.userKey;
            return;
        }
        if (!opensChart(action))
            return;
        UserHistory &u = users[row.userKey];
        u.name = row.userName;
        u.patientsByDay[at.date()].insert(row.patientId);
        u.days[at.date()].add(row.timeMs);
        u.hours[at.time().hour()]++;
        u.total++;
        u.byDayHour[{at.date(), at.time().hour()}].add(row.timeMs);
        if (s.relationship) {
            auto it = relations.find(row.patientId);
            if (it == relations.end())
                it = relations.insert(row.patientId, m_index.relations(row.patientId));
            const bool related = std::any_of(it->cbegin(), it->cend(), [&](const TreatmentRelation &r) {
                return r.org == row.org && r.fromMs <= row.timeMs && (r.untilMs == 0 || row.timeMs < r.untilMs);
            });
            if (!related)
                u.withoutRelation[row.patientId].add(row.timeMs);
        }
    });

    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        const UserHistory &u = it.value();
        auto flag = [&](AuditRule rule, const QString &patient, const Window &w, double observed, double usual) {
            AuditFlag f;
            f.flagId = flagId(rule, it.key(), patient, w.fromMs);
            f.rule = rule;
            f.userKey = it.key();
            f.userName = u.name;
            f.org = org;
            f.patientId = patient;
            f.fromMs = w.fromMs;
            f.toMs = w.toMs;
            f.events = w.events;
            f.observed = observed;
            f.usual = usual;
            flags.append(f);
        };
        if (s.volume) {
            QList<int> history;
            for (auto day = u.patientsByDay.cbegin(); day != u.patientsByDay.cend(); ++day) {
                const int count = int(day->size());
                if (history.size() >= s.volumeMinHistoryDays) {
                    const double usual = median(history);
                    if (count >= s.volumeMinPatients && count > s.volumeFactor * usual)
                        flag(AuditRule::UnusualVolume, QString(), u.days.value(day.key()), count, usual);
                }
                history.append(count);
            }
        }
        if (s.relationship)
            for (auto p = u.withoutRelation.cbegin(); p != u.withoutRelation.cend(); ++p)
                flag(AuditRule::NoRelationship, p.key(), p.value(), p->events, 0);
        if (s.hours && u.total >= s.hoursMinHistory)
            for (auto dh = u.byDayHour.cbegin(); dh != u.byDayHour.cend(); ++dh) {
                const double share = double(u.hours[dh.key().second]) / u.total;
                if (share < s.hoursRareShare)
                    flag(AuditRule::UnusualHours, QString(), dh.value(), dh.key().second, share);
            }
        if (s.surname) {
            const QString mine = surnameOf(u.name);
            QSet<QString> seen;
            for (auto day = u.patientsByDay.cbegin(); day != u.patientsByDay.cend(); ++day)
                for (const QString &patient : day.value()) {
                    const auto demo = readablePatients.constFind(patient);
                    if (mine.isEmpty() || demo == readablePatients.cend() || seen.contains(patient)
                        || demo->family.compare(mine, Qt::CaseInsensitive) != 0)
                        continue;
                    seen.insert(patient);
                    flag(AuditRule::SameSurname, patient, u.days.value(day.key()), 1, 0);
                }
        }
    }

    if (s.privateId)
        for (auto it = failures.begin(); it != failures.end(); ++it) {
            QList<quint64> &times = it.value();
            std::sort(times.begin(), times.end());
            // The first window that reaches the threshold, grown to every failure within it.
            for (qsizetype i = 0; i + s.privateIdFailures - 1 < times.size(); ++i) {
                if (times[i + s.privateIdFailures - 1] - times[i] > quint64(s.privateIdWindowMs))
                    continue;
                Window w;
                for (qsizetype j = i; j < times.size() && times[j] - times[i] <= quint64(s.privateIdWindowMs); ++j)
                    w.add(times[j]);
                AuditFlag f;
                f.rule = AuditRule::PrivateIdFailures;
                f.userKey = failureUser.value(it.key());
                f.userName = users.value(f.userKey).name;
                f.org = org;
                f.patientId = it.key();
                f.fromMs = w.fromMs;
                f.toMs = w.toMs;
                f.events = w.events;
                f.observed = w.events;
                f.flagId = flagId(f.rule, QByteArray(), it.key(), w.fromMs);
                flags.append(f);
                i += w.events - 1;
            }
        }

    // The shared workflow: the reviews of this org's officers, in chain order.
    const QHash<QByteArray, AuditRow> known = m_index.users();
    QHash<QByteArray, QList<AuditReview>> reviews;
    for (const AuditReview &r : m_index.reviews(org))
        reviews[r.flagId].append(r);
    for (AuditFlag &f : flags) {
        if (f.userName.isEmpty())
            f.userName = known.value(f.userKey).userName;
        f.reviews = reviews.value(f.flagId);
        for (const AuditReview &r : std::as_const(f.reviews))
            f.status = r.status == ReviewStatus::Closed ? FlagStatus::Closed
                                                        : (f.status == FlagStatus::Closed ? f.status : FlagStatus::Reviewed);
    }
    std::sort(flags.begin(), flags.end(), [](const AuditFlag &a, const AuditFlag &b) { return a.fromMs > b.fromMs; });
    return flags;
}

} // namespace careledger
