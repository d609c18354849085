#pragma once

#include "AuditIndex.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace careledger {

enum class AuditRule : quint8 {
    UnusualVolume = 1,   // many more patients in a day than the user's usual
    NoRelationship = 2,  // a patient with whom the user's org has no treatment relationship
    UnusualHours = 3,    // at an hour the user almost never works
    SameSurname = 4,     // a patient who shares the user's surname
    PrivateIdFailures = 5, // repeated wrong private IDs at a kiosk
};
QString auditRuleKey(AuditRule rule); // "unusual_volume", … (settings keys, CSV)

// The thresholds, tunable in the officer's settings.
struct AuditRuleSettings {
    bool volume = true;
    double volumeFactor = 3.0;   // flagged above factor × the user's median day
    int volumeMinPatients = 10;  // … and at least this many patients
    int volumeMinHistoryDays = 3; // active days before the day that make a "usual"
    bool relationship = true;
    bool hours = true;
    double hoursRareShare = 0.02; // an hour of day with under 2 % of the user's accesses is unusual
    int hoursMinHistory = 50;     // accesses before the rule judges a user's hours
    bool surname = true;
    bool privateId = true;
    int privateIdFailures = 3;    // failed private IDs for one patient …
    qint64 privateIdWindowMs = 60 * 60 * 1000; // … within this window
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // whose "day" and "hour"
};

enum class FlagStatus { Open, Reviewed, Closed };

struct AuditFlag {
    QByteArray flagId; // stable: the same history gives the same id on every officer's workstation
    AuditRule rule = AuditRule::UnusualVolume;
    QByteArray userKey;
    QString userName;
    QString org;
    QString patientId;  // empty for rules about a user's day
    quint64 fromMs = 0;
    quint64 toMs = 0;
    int events = 0;
    double observed = 0; // what the rule measured (patients that day, share of the hour …)
    double usual = 0;    // what the user usually does
    FlagStatus status = FlagStatus::Open;
    QList<AuditReview> reviews; // by the org's officers, oldest first
};

// Suspicious-access detection over the audit index: deterministic, so every
// officer of the org sees the same flags and their shared reviews attach to
// the same ids.
class AuditRules {
public:
    // Family names of patients the officer's workstation can read: the
    // surname rule runs only on those. (The ledger records no staff
    // addresses, so an address rule cannot be computed.)
    struct Demographics {
        QString family;
    };

    AuditRules(const AuditIndex &index, AuditRuleSettings settings);
    // Flags on users of `org` (an officer reviews their own organisation), with
    // the reviews of that org's officers applied.
    QList<AuditFlag> detect(const QString &org, const QHash<QString, Demographics> &readablePatients = {}) const;

    static QByteArray flagId(AuditRule rule, const QByteArray &userKey, const QString &patientId, quint64 windowStartMs);

private:
    const AuditIndex &m_index;
    AuditRuleSettings m_settings;
};

} // namespace careledger
