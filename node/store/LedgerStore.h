#pragma once

#include "contract/LedgerState.h"
#include "core/Result.h"
#include "ledger/Block.h"
#include "ledger/NetworkConfig.h"
#include "ledger/Transaction.h"
#include "store/StoreConfig.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace careledger {

class StoreMigration;

// What the store indexes of each transaction when its block is appended.
struct TxIndexEntry {
    QByteArray txId;
    QByteArray leafHash;
    TxType type = TxType::Enrol;
    QByteArray author;
    QString org;
    QString patientId; // empty when the transaction concerns no patient
    quint64 timestampMs = 0;
};

struct StoredTransaction {
    QByteArray bytes;
    QByteArray txId;
    quint64 height = 0;
    quint64 position = 0; // index within its block
    quint64 logIndex = 0; // index in the log of all transactions
    quint16 code = 0;     // contract reason code, 0 = valid
};

// A user's node-local login state (not on chain, never replicated).
struct Credential {
    QByteArray userKey;
    QByteArray totpSecretSealed; // sealed by the full node: the store never sees the secret
    quint64 lastStep = 0;        // the newest TOTP step accepted: each code is good for one login
    int failures = 0;            // consecutive wrong codes since the last success or lockout
    qint64 lockedUntilMs = 0;    // no login before this time (0: not locked)
};

// A full node's durable state on Qt Sql (SQLite in WAL mode, or PostgreSQL
// with synchronous commit; one schema and one query set): blocks, the transaction log, the contract's world
// state, payload ciphertexts and the access log. A block and the state
// changes it causes commit in one SQL transaction, so a crash leaves either
// all of it or none.
class LedgerStore final : public LedgerState {
public:
    static constexpr int SchemaVersion = 6;

    // Opens (creating or migrating) the database the config names.
    static Result<std::unique_ptr<LedgerStore>> open(const StoreConfig &config);
    // Opens (creating or migrating) the SQLite database at path.
    static Result<std::unique_ptr<LedgerStore>> openSqlite(const QString &path);
    // Opens (creating or migrating) the schema in an existing PostgreSQL database.
    static Result<std::unique_ptr<LedgerStore>> openPostgres(const StoreConfig &config);
    bool isPostgres() const;
    ~LedgerStore() override;
    LedgerStore(const LedgerStore &) = delete;
    LedgerStore &operator=(const LedgerStore &) = delete;

    // The genesis configuration, stored once; re-initialising with the same
    // one is a no-op, with a different one an error.
    Status initialise(const NetworkConfig &genesis);
    std::optional<NetworkConfig> networkConfig() const;

    // One block = one SQL transaction: begin, contract puts, payloads, appendBlock, commit.
    Status begin();
    Status commit();
    void rollback();
    Status putPayload(const QByteArray &ciphertextHash, const QByteArray &ciphertext);
    // entries[i] describes block.transactions[i]; firstLogIndex is the log size before the block.
    Status appendBlock(const Block &block, quint64 firstLogIndex, const QList<TxIndexEntry> &entries);

    std::optional<quint64> tipHeight() const;
    Result<SignedHeader> signedHeader(quint64 height) const;
    QList<SignedHeader> signedHeaders(quint64 fromHeight, int maxCount) const;
    Result<Block> block(quint64 height) const;
    std::optional<StoredTransaction> transactionById(const QByteArray &txId) const;
    std::optional<StoredTransaction> transactionAt(quint64 logIndex) const;
    // Every leaf hash in log order: how the node rebuilds its Merkle log at start.
    QList<QByteArray> leafHashes() const;
    QList<quint64> patientLogIndexes(const QString &patientId) const;
    // Valid enrolments and revocations of every org: who the authors are.
    QList<quint64> directoryLogIndexes() const;
    // Patients the org registered, holds a consent in force for, or was sent a referral of.
    QStringList readablePatients(const QString &org, quint64 atMs) const;
    // Whether the org may follow the patient's history (transactions; payloads
    // stay behind their wrapped keys): one of readablePatients().
    bool mayFollowPatient(const QString &patientId, const QString &org, quint64 atMs) const;
    // Referrals the org sent or received, newest first.
    QList<ReferralInfo> referralsOf(const QString &org) const;
    std::optional<QByteArray> payload(const QByteArray &ciphertextHash) const;
    // Log indexes of the valid configuration changes, in order: how light nodes follow them.
    QList<quint64> configChangeLogIndexes() const;

    // A payload is readable by the patient, by a user whose org holds a wrapped
    // key for it, or by a user who holds one personally.
    bool mayReadPayload(const QByteArray &userKey, const QByteArray &ciphertextHash) const;
    Status logAccess(const QByteArray &userKey, const QString &org, const QByteArray &ciphertextHash,
                     const QString &action, qint64 timeMs);
    // Several at once, in one SQL transaction: all or none.
    Status logAccesses(const QByteArray &userKey, const QString &org, const QList<QByteArray> &ciphertextHashes,
                       const QString &action, qint64 timeMs);
    qint64 accessLogCount() const;

    // Node-local login state (schema 2). Written outside block transactions,
    // on the connection of whoever calls (the API's). putCredential sets a
    // user's sealed TOTP secret and clears failures and lockout; the last
    // accepted step is kept. credential() fails (rather than answer "none")
    // when the database cannot be read: a login must not pass on an I/O error.
    Status putCredential(const QByteArray &userKey, const QByteArray &totpSecretSealed);
    Result<std::optional<Credential>> credential(const QByteArray &userKey) const;
    // One more consecutive failure; the maxFailures-th locks the user until
    // lockUntilMs and starts a new count. Returns the state after it.
    Result<Credential> recordLoginFailure(const QByteArray &userKey, int maxFailures, qint64 lockUntilMs);
    // A login with the code of `step`: failures and lockout cleared, last step raised to it.
    Status recordLoginSuccess(const QByteArray &userKey, quint64 step);

    // LedgerState
    std::optional<UserInfo> user(const QByteArray &key) const override;
    std::optional<PatientInfo> patient(const QString &patientId) const override;
    std::optional<RecordInfo> recordVersion(const QByteArray &txId) const override;
    std::optional<RecordInfo> latestVersion(const QByteArray &recordId) const override;
    std::optional<ConsentState> consent(const QByteArray &consentId) const override;
    bool hasConsent(const QString &patientId, const QString &org, const QString &resourceType,
                    quint64 atMs) const override;
    bool hasTransaction(const QByteArray &txId) const override;
    bool hasWrappedKey(const QByteArray &recordTxId, RecipientKind kind, const QString &recipient) const override;
    std::optional<ReferralInfo> referral(const QByteArray &referralId) const override;
    std::optional<DeviceInfo> device(const QString &deviceId) const override;
    std::optional<NetworkConfig> latestConfig() const override;
    void putUser(const UserInfo &user) override;
    void putPatient(const PatientInfo &patient) override;
    void putRecordVersion(const RecordInfo &record, const QByteArray &supersedes) override;
    void putWrappedKey(const QByteArray &recordTxId, const WrappedKey &key) override;
    void putConsent(const ConsentState &consent) override;
    void putReferral(const ReferralInfo &referral) override;
    void putDevice(const DeviceInfo &device) override;
    void putConfig(const NetworkConfig &config) override;

    // A put that fails (full disk, I/O error) sticks here and makes commit() fail,
    // so a half-applied block is rolled back instead of committed.
    Status pendingError() const;

    // Test hook: the n-th write from now fails as a full disk would.
    void failAfterWrites(int n);

private:
    // StoreMigration copies whole tables: it needs the connection, and writes
    // that honour failAfterWrites() and make commit() fail like any other.
    friend class StoreMigration;
    QSqlDatabase connection() const;
    static ReferralInfo referralFrom(const QSqlQuery &q);
    Status writeRow(QSqlQuery &insert, const char *what);

    struct Private;
    explicit LedgerStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace careledger
