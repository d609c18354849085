#include "AuditTexts.h"

#include <QDateTime>
#include <QLocale>

namespace careledger {

QString AuditTexts::action(int action)
{
    if (AuditAction::isAccess(action)) {
        switch (AccessAction(action)) {
        case AccessAction::View: return tr("Viewed");
        case AccessAction::Export: return tr("Exported");
        case AccessAction::Print: return tr("Printed");
        case AccessAction::KioskView: return tr("Viewed at the kiosk");
        case AccessAction::PrivateIdFailed: return tr("Wrong private ID");
        case AccessAction::PrivateIdAccepted: return tr("Private ID accepted");
        }
    }
    switch (TxType(action - AuditAction::TxTypeBase)) {
    case TxType::Enrol: return tr("User enrolled");
    case TxType::Revoke: return tr("User revoked");
    case TxType::RegisterPatient: return tr("Patient registered");
    case TxType::RecordCreate: return tr("Record created");
    case TxType::RecordAmend: return tr("Record amended");
    case TxType::ConsentGrant: return tr("Consent granted");
    case TxType::ConsentRevoke: return tr("Consent revoked");
    case TxType::AccessLog: return tr("Access log");
    case TxType::ReferralCreate: return tr("Referral sent");
    case TxType::ReferralTransition: return tr("Referral updated");
    case TxType::DeviceRegister: return tr("Device registered");
    case TxType::VitalsBatch: return tr("Vitals recorded");
    case TxType::ComplianceReview: return tr("Compliance review");
    case TxType::ConfigChange: return tr("Network configuration changed");
    }
    return tr("Other (%1)").arg(action);
}

QString AuditTexts::ruleTitle(AuditRule rule)
{
    switch (rule) {
    case AuditRule::UnusualVolume: return tr("Many more patients than usual");
    case AuditRule::NoRelationship: return tr("No treatment relationship");
    case AuditRule::UnusualHours: return tr("Outside usual hours");
    case AuditRule::SameSurname: return tr("Patient shares the user's surname");
    case AuditRule::PrivateIdFailures: return tr("Repeated wrong private IDs");
    }
    return {};
}

QString AuditTexts::ruleExplanation(AuditRule rule, const AuditRuleSettings &s)
{
    const QLocale l;
    switch (rule) {
    case AuditRule::UnusualVolume:
        return tr("A user opened the charts of at least %1 different patients in one day, more than %2 times their usual "
                  "day (the median of their earlier working days; at least %3 earlier days are needed).")
            .arg(s.volumeMinPatients)
            .arg(l.toString(s.volumeFactor, 'f', 1))
            .arg(s.volumeMinHistoryDays);
    case AuditRule::NoRelationship:
        return tr("A user opened a patient's chart although their organisation had no treatment relationship with the "
                  "patient at that time: it had not registered them, written or been sent any of their records, held "
                  "no consent of theirs in force, and received no referral for them.");
    case AuditRule::UnusualHours:
        return tr("A user opened charts at an hour of the day in which they do fewer than %1% of their work "
                  "(judged once they have at least %2 chart openings).")
            .arg(l.toString(s.hoursRareShare * 100, 'f', 0))
            .arg(s.hoursMinHistory);
    case AuditRule::SameSurname:
        return tr("A user opened the chart of a patient with the same surname. This can only be checked for patients "
                  "whose records your organisation can read (the patient's name is in the encrypted record, not on the "
                  "ledger). The ledger records no addresses of staff, so shared addresses cannot be checked.");
    case AuditRule::PrivateIdFailures:
        return tr("A patient's private ID was typed wrong %1 or more times within %2 minutes at a kiosk: someone may "
                  "be guessing it.")
            .arg(s.privateIdFailures)
            .arg(s.privateIdWindowMs / 60000);
    }
    return {};
}

QString AuditTexts::flagReason(const AuditFlag &f)
{
    const QLocale l;
    const QString when = l.toString(QDateTime::fromMSecsSinceEpoch(qint64(f.fromMs)), QLocale::ShortFormat);
    const QString who = f.userName.isEmpty() ? tr("a user") : f.userName;
    switch (f.rule) {
    case AuditRule::UnusualVolume:
        return tr("%1 opened %2 patients' charts on %3; their usual day is %4.")
            .arg(who, l.toString(int(f.observed)), l.toString(QDateTime::fromMSecsSinceEpoch(qint64(f.fromMs)).date(), QLocale::LongFormat),
                 l.toString(f.usual, 'f', 1));
    case AuditRule::NoRelationship:
        return tr("%1 opened the chart of patient %2 %n time(s) (first %3) with no treatment relationship.", nullptr, f.events)
            .arg(who, f.patientId, when);
    case AuditRule::UnusualHours:
        return tr("%1 opened %n chart(s) at %2:00 (%3), an hour with %4% of their work.", nullptr, f.events)
            .arg(who, QString::number(int(f.observed)).rightJustified(2, QLatin1Char('0')), when,
                 l.toString(f.usual * 100, 'f', 1));
    case AuditRule::SameSurname:
        return tr("%1 opened the chart of patient %2, who has the same surname (%3).").arg(who, f.patientId, when);
    case AuditRule::PrivateIdFailures:
        return tr("Patient %1's private ID was typed wrong %2 times from %3 (last signed in at the kiosk: %4).")
            .arg(f.patientId, l.toString(f.events), when, who);
    }
    return {};
}

QString AuditTexts::status(FlagStatus status)
{
    switch (status) {
    case FlagStatus::Open: return tr("Open");
    case FlagStatus::Reviewed: return tr("Reviewed");
    case FlagStatus::Closed: return tr("Closed");
    }
    return {};
}

QString AuditTexts::verification(const QList<AuditEntryCheck> &checks)
{
    const QLocale l;
    QStringList failures;
    quint64 low = ~quint64(0);
    quint64 high = 0;
    int minSigners = 1 << 30;
    int members = 0;
    for (const AuditEntryCheck &c : checks) {
        members = c.members;
        if (c.ok) {
            low = qMin(low, c.height);
            high = qMax(high, c.height);
            minSigners = qMin(minSigners, c.blockSigners);
            continue;
        }
        const QString entry = tr("Entry %1 (block %2)").arg(l.toString(c.logIndex), l.toString(c.height));
        if (c.problem == QLatin1String("altered_locally"))
            failures << tr("%1: the copy on this workstation was changed after it was verified — it no longer matches the "
                           "transaction the members signed. Report this to IT; do not rely on this entry.")
                            .arg(entry);
        else if (c.problem == QLatin1String("bad_proof"))
            failures << tr("%1: the ledger's proof does not lead to the signed block. The entry, or the full node that "
                           "answered, cannot be trusted.")
                            .arg(entry);
        else if (c.problem == QLatin1String("forged_header"))
            failures << tr("%1: a member's signature on its block is forged or was altered.").arg(entry);
        else if (c.problem == QLatin1String("no_quorum"))
            failures << tr("%1: its block is signed by only %2 of %3 members, not enough to be final.")
                            .arg(entry)
                            .arg(c.blockSigners)
                            .arg(c.members);
        else
            failures << tr("%1: not found in the audit index.").arg(entry);
    }
    if (!failures.isEmpty())
        return tr("Verification FAILED.") + QLatin1Char(' ') + failures.join(QLatin1Char(' '));
    if (checks.size() == 1)
        return tr("This entry is in block %1, signed by %2 of %3 members; nothing was changed.")
            .arg(l.toString(high))
            .arg(minSigners)
            .arg(members);
    if (low == high)
        return tr("All %1 entries verified: in block %2, signed by %3 of %4 members; nothing was changed.")
            .arg(l.toString(checks.size()), l.toString(low))
            .arg(minSigners)
            .arg(members);
    return tr("All %1 entries verified: in blocks %2 to %3, each signed by at least %4 of %5 members; nothing was changed.")
        .arg(l.toString(checks.size()), l.toString(low), l.toString(high))
        .arg(minSigners)
        .arg(members);
}

} // namespace careledger
