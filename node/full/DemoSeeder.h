#pragma once

#include "core/Result.h"

#include <QString>

namespace careledger {

class FullNode;

struct DemoSummary {
    int users = 0;
    int patients = 0;
    int records = 0;
    int referrals = 0;
    QString credentialsFile;
    QString usersDir; // <role>.key (secret key) and <role>.totp (otpauth URI) per demo user, owner-only
};

// `careledgerd demo`: fills a fresh one-hospital network with one user of
// every role (and a second doctor), synthetic patients (FHIR R4, encrypted
// like real records) and a few referrals between the two doctors. Times are
// the node's clock: `careledgerd demo` runs it in the past so the demo has a
// history (and an overdue referral).
// Demo users' keys are written to <datadir>/demo-users/ so a workstation can
// sign in as them, with each one's TOTP secret as an otpauth URI in
// <role>.totp (for an authenticator app); that is for demonstrations only.
class DemoSeeder {
public:
    static Result<DemoSummary> seed(FullNode &node, const QString &dataDir, int patientCount, quint64 seed = 2026);
};

} // namespace careledger
