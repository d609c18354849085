#include "KeyStore.h"

#include "Keychain.h"
#include "crypto/Aead.h"

#include <QMutexLocker>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace careledger {

namespace {

constexpr char Magic[4] = {'C', 'L', 'K', 'S'};
constexpr quint8 Version = 1;
constexpr int HeaderSize = 4 + 1 + 8 + 8 + Argon2id::SaltSize;
constexpr int PlainSize = Ed25519::SecretKeySize + KeyStore::CacheKeySize;
constexpr int BlobSize = HeaderSize + Aead::NonceSize + PlainSize + Aead::TagSize;
constexpr int MaxAccountLength = 1024;

// Overwrites memory the compiler may not optimise away (the writes are volatile).
void secureZero(void *data, std::size_t size)
{
    volatile unsigned char *p = static_cast<volatile unsigned char *>(data);
    while (size--)
        *p++ = 0;
}

// Our temporaries are never shared (were one, data() would detach and wipe only our copy).
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        secureZero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

// The password as NFC-normalised UTF-8 (the same password typed on another
// keyboard or OS may arrive decomposed), in locked memory; the temporaries are wiped.
SecureBuffer passwordBytes(const QString &password)
{
    QString nfc = password.normalized(QString::NormalizationForm_C);
    QByteArray utf8 = nfc.toUtf8();
    SecureBuffer out = SecureBuffer::copyOf(utf8);
    wipe(utf8);
    if (nfc.constData() != password.constData() && !nfc.isEmpty())
        secureZero(nfc.data(), std::size_t(nfc.size()) * sizeof(QChar)); // ours alone: normalized() made a new string
    return out;
}

Error error(const char *code, const QString &message)
{
    return makeError(QString::fromLatin1(code), message);
}

std::optional<Error> checkAccount(const QString &account)
{
    if (account.isEmpty() || account.size() > MaxAccountLength)
        return error("bad_account", QStringLiteral("the account name must have 1 to %1 characters").arg(MaxAccountLength));
    for (QChar c : account)
        if (c.category() == QChar::Other_Control)
            return error("bad_account", QStringLiteral("the account name must not contain control characters"));
    return std::nullopt;
}

std::optional<Error> checkNewPassword(const QString &password)
{
    if (password.isEmpty())
        return error("bad_password", QStringLiteral("the password must not be empty"));
    return std::nullopt;
}

std::optional<Error> checkCosts(quint64 opsLimit, quint64 memLimitBytes)
{
    if (opsLimit < 1 || opsLimit > KeyStore::MaxOpsLimit || memLimitBytes < 8 * 1024
        || memLimitBytes > KeyStore::MaxMemLimitBytes)
        return error("bad_kdf_params",
                     QStringLiteral("Argon2id costs out of range (1..%1 passes, 8 KiB..1 GiB)").arg(KeyStore::MaxOpsLimit));
    return std::nullopt;
}

QByteArray header(const KdfParams &costs)
{
    QByteArray h(HeaderSize, Qt::Uninitialized);
    char *p = h.data();
    std::memcpy(p, Magic, 4);
    p[4] = char(Version);
    qToBigEndian<quint64>(costs.opsLimit, p + 5);
    qToBigEndian<quint64>(costs.memLimitBytes, p + 13);
    std::memcpy(p + 21, costs.salt.constData(), Argon2id::SaltSize);
    return h;
}

struct ParsedBlob {
    KdfParams costs;
    QByteArrayView header;
    QByteArrayView sealed;
};

Result<ParsedBlob> parse(QByteArrayView blob)
{
    if (blob.size() < 5 || std::memcmp(blob.data(), Magic, 4) != 0)
        return error("corrupt_entry", QStringLiteral("the keychain entry is not a CareLedger key entry"));
    if (quint8(blob[4]) != Version)
        return error("corrupt_entry",
                     QStringLiteral("the keychain entry has format version %1; this CareLedger reads version %2")
                         .arg(quint8(blob[4]))
                         .arg(Version));
    if (blob.size() != BlobSize)
        return error("corrupt_entry", QStringLiteral("the keychain entry has the wrong size"));
    ParsedBlob parsed;
    parsed.costs.opsLimit = qFromBigEndian<quint64>(blob.data() + 5);
    parsed.costs.memLimitBytes = qFromBigEndian<quint64>(blob.data() + 13);
    parsed.costs.salt = blob.sliced(21, Argon2id::SaltSize).toByteArray();
    if (auto bad = checkCosts(parsed.costs.opsLimit, parsed.costs.memLimitBytes))
        return error("corrupt_entry", QStringLiteral("the keychain entry has unusable costs: %1").arg(bad->message));
    parsed.header = blob.first(HeaderSize);
    parsed.sealed = blob.sliced(HeaderSize);
    return parsed;
}

QByteArray associatedData(QByteArrayView head, const QString &service, const QString &account)
{
    QByteArray ad = head.toByteArray();
    ad += '\0';
    ad += service.toUtf8();
    ad += '\0';
    ad += account.toUtf8();
    return ad;
}

// The secret key must be seed | public key of that seed.
bool isConsistentSecretKey(const SecureBuffer &secretKey)
{
    if (secretKey.size() != std::size_t(Ed25519::SecretKeySize))
        return false;
    const SecureBuffer seed = SecureBuffer::copyOf(secretKey.view().first(Ed25519::SeedSize));
    const Ed25519::KeyPair derived = Ed25519::fromSeed(seed);
    return derived.secretKey.equals(secretKey);
}

} // namespace

struct KeyStore::Opened {
    UnlockedKeys keys;
    KdfParams costs;
};

KeyStore::KeyStore(QString service, const Clock &clock) : m_service(std::move(service)), m_clock(&clock) {}

QString KeyStore::accountName(QByteArrayView networkId, const QString &userKeyHexOrLogin)
{
    return QString::fromLatin1(networkId.toByteArray().toHex()) + QLatin1Char('/') + userKeyHexOrLogin;
}

KdfParams KeyStore::defaultCosts()
{
    return KdfParams{};
}

Result<QByteArray> KeyStore::createAccount(const QString &account, const QString &password, const KdfParams &costs)
{
    const SecureBuffer pw = passwordBytes(password);
    if (auto bad = checkNewPassword(password))
        return *bad;
    Ed25519::KeyPair pair = Ed25519::generate();
    if (Status s = store(account, pw, pair.secretKey, costs); !s)
        return s.error();
    return pair.publicKey;
}

Status KeyStore::importAccount(const QString &account, const QString &password, const SecureBuffer &secretKey,
                               const KdfParams &costs)
{
    const SecureBuffer pw = passwordBytes(password);
    if (auto bad = checkNewPassword(password))
        return *bad;
    if (!isConsistentSecretKey(secretKey))
        return error("bad_secret_key",
                     QStringLiteral("the secret key must be 64 bytes: an Ed25519 seed followed by its public key"));
    return store(account, pw, secretKey, costs);
}

Result<UnlockedKeys> KeyStore::unlock(const QString &account, const QString &password) const
{
    Result<Opened> opened = open(account, passwordBytes(password));
    if (!opened)
        return opened.error();
    return std::move(opened.value().keys);
}

Status KeyStore::changePassword(const QString &account, const QString &oldPassword, const QString &newPassword,
                                const std::optional<KdfParams> &newCosts)
{
    const SecureBuffer oldPw = passwordBytes(oldPassword);
    const SecureBuffer newPw = passwordBytes(newPassword);
    if (auto bad = checkNewPassword(newPassword))
        return *bad;
    if (newCosts)
        if (auto bad = checkCosts(newCosts->opsLimit, newCosts->memLimitBytes))
            return *bad;
    Result<Opened> opened = open(account, oldPw);
    if (!opened)
        return opened.error();
    const KdfParams &costs = newCosts ? *newCosts : opened->costs;
    Result<QByteArray> blob = seal(account, newPw, opened->keys.signing.secretKey, opened->keys.cacheKey, costs);
    if (!blob)
        return blob.error();
    return writeVerified(account, *blob);
}

Status KeyStore::removeAccount(const QString &account)
{
    if (auto bad = checkAccount(account))
        return *bad;
    Status removed = Keychain::remove(m_service, account, m_timeout);
    if (removed) {
        QMutexLocker lock(&m_attemptsMutex);
        m_attempts.remove(account);
    }
    return removed;
}

Result<bool> KeyStore::hasAccount(const QString &account) const
{
    if (auto bad = checkAccount(account))
        return *bad;
    Result<QByteArray> blob = Keychain::read(m_service, account, m_timeout);
    if (blob)
        return true;
    if (blob.error().code == QLatin1String("no_account"))
        return false;
    return blob.error();
}

qint64 KeyStore::retryAfterSeconds(const QString &account) const
{
    QMutexLocker lock(&m_attemptsMutex);
    const auto it = m_attempts.constFind(account);
    if (it == m_attempts.constEnd())
        return 0;
    const qint64 waitMs = it->blockedUntilMs - m_clock->nowMs();
    return waitMs > 0 ? (waitMs + 999) / 1000 : 0;
}

// ---- private -------------------------------------------------------------------

Status KeyStore::store(const QString &account, const SecureBuffer &password, const SecureBuffer &secretKey,
                       const KdfParams &costs)
{
    if (auto bad = checkAccount(account))
        return *bad;
    if (auto bad = checkCosts(costs.opsLimit, costs.memLimitBytes))
        return *bad;
    Result<bool> exists = hasAccount(account);
    if (!exists)
        return exists.error();
    if (*exists)
        return error("account_exists",
                     QStringLiteral("this workstation already holds keys for this account; remove them first"));
    const SecureBuffer cacheKey = Aead::generateKey();
    Result<QByteArray> blob = seal(account, password, secretKey, cacheKey, costs);
    if (!blob)
        return blob.error();
    return writeVerified(account, *blob);
}

Result<QByteArray> KeyStore::seal(const QString &account, const SecureBuffer &password, const SecureBuffer &secretKey,
                                  const SecureBuffer &cacheKey, const KdfParams &costs) const
{
    Q_ASSERT(secretKey.size() == std::size_t(Ed25519::SecretKeySize));
    Q_ASSERT(cacheKey.size() == std::size_t(CacheKeySize));
    const KdfParams fresh = KdfParams::withRandomSalt(costs.opsLimit, costs.memLimitBytes);
    Result<SecureBuffer> wrappingKey = Argon2id::derive(password.view(), fresh, Aead::KeySize);
    if (!wrappingKey)
        return wrappingKey.error();
    SecureBuffer plain(PlainSize);
    std::memcpy(plain.data(), secretKey.data(), Ed25519::SecretKeySize);
    std::memcpy(plain.data() + Ed25519::SecretKeySize, cacheKey.data(), CacheKeySize);
    const QByteArray head = header(fresh);
    return head + Aead::encrypt(*wrappingKey, plain.view(), associatedData(head, m_service, account));
}

Status KeyStore::writeVerified(const QString &account, const QByteArray &blob)
{
    if (Status written = Keychain::write(m_service, account, blob, m_timeout); !written)
        return written;
    // Read it back: a keychain that accepted the write but kept something else
    // must not leave the user believing their keys are stored.
    Result<QByteArray> back = Keychain::read(m_service, account, m_timeout);
    if (!back)
        return back.error();
    if (*back != blob)
        return error("keychain_error", QStringLiteral("the keychain did not keep the entry as written"));
    return {};
}

Result<KeyStore::Opened> KeyStore::open(const QString &account, const SecureBuffer &password) const
{
    if (auto bad = checkAccount(account))
        return *bad;
    if (auto limited = rateLimited(account))
        return *limited;
    Result<QByteArray> blob = Keychain::read(m_service, account, m_timeout);
    if (!blob)
        return blob.error();
    Result<ParsedBlob> parsed = parse(*blob);
    if (!parsed)
        return parsed.error();
    Result<SecureBuffer> wrappingKey = Argon2id::derive(password.view(), parsed->costs, Aead::KeySize);
    if (!wrappingKey)
        return wrappingKey.error();
    Result<QByteArray> plain
        = Aead::decrypt(*wrappingKey, parsed->sealed, associatedData(parsed->header, m_service, account));
    if (!plain) {
        recordFailure(account);
        const qint64 wait = retryAfterSeconds(account);
        return error("wrong_password", wait > 0 ? QStringLiteral("wrong password; too many attempts, try again in %1 s").arg(wait)
                                                : QStringLiteral("wrong password"));
    }
    // Aead::decrypt returns a QByteArray: copy into locked memory, wipe it at once.
    QByteArray plainBytes = std::move(plain.value());
    SecureBuffer secretKey = SecureBuffer::copyOf(QByteArrayView(plainBytes).first(Ed25519::SecretKeySize));
    SecureBuffer cacheKey = SecureBuffer::copyOf(QByteArrayView(plainBytes).sliced(Ed25519::SecretKeySize));
    wipe(plainBytes);
    if (!isConsistentSecretKey(secretKey))
        return error("corrupt_entry", QStringLiteral("the keychain entry holds an inconsistent key pair"));
    recordSuccess(account);
    return Opened{UnlockedKeys{Ed25519::fromSecretKey(std::move(secretKey)), std::move(cacheKey)}, parsed->costs};
}

std::optional<Error> KeyStore::rateLimited(const QString &account) const
{
    const qint64 wait = retryAfterSeconds(account);
    if (wait <= 0)
        return std::nullopt;
    return error("rate_limited",
                 QStringLiteral("too many wrong passwords for this account; try again in %1 s").arg(wait));
}

void KeyStore::recordFailure(const QString &account) const
{
    QMutexLocker lock(&m_attemptsMutex);
    Attempts &a = m_attempts[account];
    ++a.failures;
    if (a.failures >= FreeAttempts) {
        qint64 delay = FirstLockoutMs;
        for (int i = FreeAttempts; i < a.failures && delay < MaxLockoutMs; ++i)
            delay *= 2;
        a.blockedUntilMs = m_clock->nowMs() + std::min(delay, MaxLockoutMs);
    }
}

void KeyStore::recordSuccess(const QString &account) const
{
    QMutexLocker lock(&m_attemptsMutex);
    m_attempts.remove(account);
}

} // namespace careledger
