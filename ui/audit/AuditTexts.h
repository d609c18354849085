#pragma once

#include "workstation/EngineTypes.h"

#include <QCoreApplication>
#include <QString>

namespace careledger {

// What the audit screen says, in one place: actions, the suspicious-access
// rules and why they fire, and verification results in plain words.
class AuditTexts {
    Q_DECLARE_TR_FUNCTIONS(AuditTexts)
public:
    static QString action(int action);
    static QString ruleTitle(AuditRule rule);
    // What the rule looks for and how its thresholds work.
    static QString ruleExplanation(AuditRule rule, const AuditRuleSettings &settings);
    // Why this flag fired, with its figures.
    static QString flagReason(const AuditFlag &flag);
    static QString status(FlagStatus status);
    // One entry's check, or a summary of several.
    static QString verification(const QList<AuditEntryCheck> &checks);
};

} // namespace careledger
