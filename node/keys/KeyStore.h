#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "crypto/Argon2id.h"
#include "crypto/Ed25519.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <chrono>
#include <optional>

namespace careledger {

// What a successful unlock hands out. Both secrets are in sodium_malloc'd memory
// and wiped when this is destroyed.
struct UnlockedKeys {
    Ed25519::KeyPair signing; // the user's ledger identity
    SecureBuffer cacheKey;    // Aead key (32 bytes) of the light node's local cache
};

// A workstation user's secrets in the OS keychain (QtKeychain: Secret Service on
// Linux, Keychain on macOS, Credential Manager on Windows), one entry per account,
// additionally wrapped by a key derived from the user's password. There is no
// insecure fallback: when the keychain cannot be used, every call fails with an
// error and nothing is written anywhere else.
//
// Entry: service `service` (default "CareLedger"), key = the account name, see
// accountName(). Value (binary, ~170 bytes):
//
//   "CLKS" | version 0x01 | opsLimit u64 BE | memLimitBytes u64 BE | salt[16]   (header, in the clear)
//   | nonce[24] | XChaCha20-Poly1305( Ed25519 secret key[64] | cache key[32] ) | tag[16]
//
// The wrapping key is Argon2id(password as NFC UTF-8, header's costs and salt);
// the associated data is header | 0x00 | service | 0x00 | account, so an entry
// copied to another account or service does not open.
//
// Blocking: every call waits for the keychain (and runs Argon2id); call it from
// the light node's worker thread, never the GUI thread. Any thread may be used,
// also several in turn. All QtKeychain use in the process must go through this
// class (see Keychain.h for why).
//
// Error codes: "no_account", "account_exists", "wrong_password", "rate_limited",
// "keychain_locked", "keychain_unavailable", "keychain_timeout", "keychain_error",
// "corrupt_entry", "bad_account", "bad_password", "bad_secret_key",
// "bad_kdf_params", "out_of_memory".
class KeyStore {
public:
    static constexpr int CacheKeySize = 32;
    // Wrong passwords allowed per account before unlock is refused for a while:
    // 30 s after the 5th, then doubling with every further wrong one, up to 1 h.
    static constexpr int FreeAttempts = 5;
    static constexpr qint64 FirstLockoutMs = 30'000;
    static constexpr qint64 MaxLockoutMs = 3'600'000;
    // Upper bounds on costs read from an entry (a tampered entry must not make
    // unlock run for hours).
    static constexpr quint64 MaxOpsLimit = 64;
    static constexpr quint64 MaxMemLimitBytes = 1024ull * 1024 * 1024;

    explicit KeyStore(QString service = QStringLiteral("CareLedger"), const Clock &clock = Clock::system());
    KeyStore(const KeyStore &) = delete;
    KeyStore &operator=(const KeyStore &) = delete;

    // "<networkIdHex>/<userKeyHex or login name>": one entry per user and network.
    static QString accountName(QByteArrayView networkId, const QString &userKeyHexOrLogin);
    // Argon2id costs for real use: 3 passes over 64 MiB (the KdfParams defaults).
    static KdfParams defaultCosts();

    QString service() const { return m_service; }
    // How long one keychain operation may take (an unlock prompt may be showing). Default 120 s.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // First-run enrolment on this workstation: a new Ed25519 key pair and a new
    // random cache key, stored wrapped. Returns the public key. Refuses
    // ("account_exists") to replace an existing entry. Only the opsLimit and
    // memLimitBytes of `costs` are used; the salt is always fresh.
    Result<QByteArray> createAccount(const QString &account, const QString &password, const KdfParams &costs);
    // The same with an existing secret key (64 bytes: seed | public key).
    Status importAccount(const QString &account, const QString &password, const SecureBuffer &secretKey,
                         const KdfParams &costs);
    // Wrong passwords count towards the rate limit of this instance; a right one resets it.
    Result<UnlockedKeys> unlock(const QString &account, const QString &password) const;
    // Re-wraps under the new password with a fresh salt: the same costs as
    // before, or `newCosts` (opsLimit/memLimitBytes only) when given. A wrong
    // old password counts like a wrong password at unlock.
    Status changePassword(const QString &account, const QString &oldPassword, const QString &newPassword,
                          const std::optional<KdfParams> &newCosts = std::nullopt);
    // Deletes the entry ("no_account" if there is none). No password needed:
    // whoever can use this OS account can delete keychain entries anyway.
    Status removeAccount(const QString &account);
    // Whether an entry exists (reads the keychain, never decrypts).
    Result<bool> hasAccount(const QString &account) const;

    // Seconds until `account` may try a password again; 0 when it may now.
    qint64 retryAfterSeconds(const QString &account) const;

private:
    struct Opened;
    struct Attempts {
        int failures = 0;
        qint64 blockedUntilMs = 0;
    };

    // Passwords past the public functions: NFC UTF-8 in locked memory.
    Status store(const QString &account, const SecureBuffer &password, const SecureBuffer &secretKey,
                 const KdfParams &costs);
    Result<Opened> open(const QString &account, const SecureBuffer &password) const;
    Result<QByteArray> seal(const QString &account, const SecureBuffer &password, const SecureBuffer &secretKey,
                            const SecureBuffer &cacheKey, const KdfParams &costs) const;
    Status writeVerified(const QString &account, const QByteArray &blob);
    std::optional<Error> rateLimited(const QString &account) const;
    void recordFailure(const QString &account) const;
    void recordSuccess(const QString &account) const;

    QString m_service;
    const Clock *m_clock;
    std::chrono::milliseconds m_timeout{120'000};
    mutable QMutex m_attemptsMutex;
    mutable QHash<QString, Attempts> m_attempts;
};

} // namespace careledger
