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
    int devices = 0;  // monitoring devices bound to the first patients
    int readings = 0; // their readings over the last days, in VitalsBatch transactions
    QString devicesDir; // devices.txt (id, kind, patient) and <device id>.key (key seed, hex), owner-only, for careledger-rpm-sim
};

// `careledgerd demo`: fills a fresh one-hospital network with one user of
// every role (and a second doctor), synthetic patients (FHIR R4, encrypted
// like real records) and a few referrals between the two doctors. Times are
// the node's clock: `careledgerd demo` runs it in the past so the demo has a
// history (and an overdue referral).
// Demo users' keys are written to <datadir>/demo-users/ so a workstation can
// sign in as them, with each one's TOTP secret as an otpauth URI in
// <role>.totp (for an authenticator app); that is for demonstrations only.
// The first patients wear monitoring devices (bound four days ago) whose
// readings, some out of range, are on the chain; the devices' keys go to
// <datadir>/demo-devices/ so careledger-rpm-sim can post more while the demo runs.
class DemoSeeder {
public:
    static Result<DemoSummary> seed(FullNode &node, const QString &dataDir, int patientCount, quint64 seed = 2026);
};

} // namespace careledger
