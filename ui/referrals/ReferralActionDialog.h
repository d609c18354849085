#pragma once

#include "workstation/EngineTypes.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace careledger {

// What one transition needs from the clinician before it is signed: an
// appointment slot to accept, a reason to decline (and an optional note to
// the sender), a report to complete, a confirmation to cancel.
class ReferralActionDialog : public QDialog {
    Q_OBJECT
public:
    ReferralActionDialog(const ReferralSummary &referral, ReferralStatus to, const QDateTime &now, QWidget *parent = nullptr);

    ReferralAction action() const;

private:
    void validate();

    ReferralSummary m_referral;
    ReferralStatus m_to;
    QDateTime m_now;
    QDateTimeEdit *m_slot = nullptr;
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace careledger
