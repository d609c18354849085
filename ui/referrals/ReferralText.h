#pragma once

#include "ledger/TxBody.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QLabel;

namespace careledger {

// How referral states, urgencies and reasons read to a clinician, in one
// place for the inbox, the detail and the dialog.
class ReferralText {
    Q_DECLARE_TR_FUNCTIONS(ReferralText)
public:
    static QString status(ReferralStatus status);
    static QString urgency(Urgency urgency);
    // "within 1 hour" …: the time the receiving side has to accept or decline.
    static QString window(Urgency urgency);
    static QString rejectReason(RejectReason reason);
    // The rule behind "overdue", for tooltips.
    static QString overdueRule();
    static QString dateTime(const QDateTime &time);
    // "in 3 h", "2 days ago": how far a due time is from now.
    static QString relative(const QDateTime &time, const QDateTime &now);
    // Shows an answer of the network under a form: plain, or as a refusal (the critical style).
    static void showMessage(QLabel *label, const QString &text, bool refusal);
};

} // namespace careledger
