#pragma once

#include "core/Result.h"
#include "crypto/Argon2id.h"
#include "crypto/Ed25519.h"

namespace careledger {

// A patient's key pair, derived from their private ID and the on-chain salt.
// Exists only in locked memory while the patient is at the kiosk.
class PatientKeys {
public:
    static Result<Ed25519::KeyPair> derive(const QString &privateId, const KdfParams &kdf);
    // Private IDs are typed by people: case and separators must not matter.
    static QByteArray normalise(const QString &privateId);
};

} // namespace careledger
