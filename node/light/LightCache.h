#pragma once

#include "HeaderVerifier.h"
#include "core/Result.h"
#include "ledger/Block.h"
#include "ledger/Transaction.h"

#include <QByteArray>
#include <QList>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace careledger {

// A transaction the light node fetched and proved to be in the log.
struct CachedTransaction {
    quint64 logIndex = 0;
    QByteArray txId;
    QByteArray bytes;
    quint64 height = 0;
    quint16 code = 0;
    TxType type = TxType::Enrol;
    QString patientId;
    QByteArray ciphertextHash;       // records only
    quint64 proofTreeSize = 0;       // the trusted log size the proof was checked against
    QList<QByteArray> inclusionProof;
    quint64 proofHeight = 0;         // the trusted header of that log size
    quint64 timeMs = 0;              // the author's timestamp
    // Records only: what the chain says in the clear, so that the workstation
    // can page and filter without decrypting.
    QString resourceType = {};
    QByteArray recordId = {};
    QByteArray supersedes = {};
};

// Which records a timeline page asks for.
struct RecordPageQuery {
    QString patientId;
    QStringList resourceTypes; // empty: all
    quint64 beforeLogIndex = 0; // 0: from the newest
    int limit = 50;
    bool latestOnly = true;     // hide versions an amendment superseded
};

struct NodeWarning {
    qint64 timeMs = 0;
    QString endpoint;
    QString kind;    // "forged_header", "no_quorum", "inconsistent", "equivocation", "stale", "bad_proof", "withheld", "altered"
    QString message; // one sentence for the user
    QByteArray evidence; // e.g. both signed headers of an equivocation
};

// The light node's SQLite cache (WAL): verified headers, transactions with
// their proofs, ciphertexts. Nothing in it is plaintext PHI: records stay
// encrypted and their keys stay sealed. Each sync step commits in one SQL
// transaction, so a crash never leaves a half-verified state.
class LightCache {
public:
    static constexpr int SchemaVersion = 3;

    static Result<std::unique_ptr<LightCache>> open(const QString &path, const QByteArray &networkId);
    ~LightCache();
    LightCache(const LightCache &) = delete;
    LightCache &operator=(const LightCache &) = delete;

    std::optional<SignedHeader> trustedHeader() const;
    std::optional<TrustedState> trusted() const;

    // Verified headers of a first sync, in height order, in one SQL transaction.
    // They do not move trust: commitSync does, once the chain reaches the tip.
    Status storeHeaders(const QList<SignedHeader> &headers);
    std::optional<SignedHeader> header(quint64 height) const;
    quint64 headerCount() const;

    // One atomic step: the new trusted header, the transactions verified against
    // it and their ciphertexts.
    Status commitSync(const SignedHeader &trustedHeader, const QList<CachedTransaction> &transactions,
                      const QList<QPair<QByteArray, QByteArray>> &payloads);
    bool hasTransaction(quint64 logIndex) const;
    std::optional<CachedTransaction> transaction(quint64 logIndex) const;
    QList<CachedTransaction> patientTransactions(const QString &patientId) const;
    // Accepted record versions, newest first.
    QList<CachedTransaction> records(const RecordPageQuery &query) const;
    std::optional<CachedTransaction> transactionById(const QByteArray &txId) const;
    // Every version of one record, oldest first.
    QList<CachedTransaction> recordVersions(const QByteArray &recordId) const;
    // Accepted transactions of one type, in log order (enrolments, consents …), from a log index on.
    QList<CachedTransaction> transactionsOfType(TxType type, quint64 fromLogIndex = 0) const;
    // Accepted record versions of one FHIR resource type (e.g. every "Patient"), from a log index on, in log order.
    QList<CachedTransaction> recordsOfResourceType(const QString &resourceType, quint64 fromLogIndex = 0) const;
    // One patient's accepted transactions of one type (registration, consents …), in log order.
    QList<CachedTransaction> patientTransactionsOfType(const QString &patientId, TxType type) const;
    // Current (not superseded) records per patient.
    QHash<QString, int> recordCounts() const;
    qint64 transactionCount() const;
    std::optional<QByteArray> payload(const QByteArray &ciphertextHash) const;

    // Configuration changes the light node followed (verified), so a restart
    // verifies headers against the signer set in force, not the pinned one.
    Status addConfig(quint64 fromHeight, const NetworkConfig &config);
    Result<QList<QPair<quint64, NetworkConfig>>> configs() const;

    Status addWarning(const NodeWarning &warning);
    QList<NodeWarning> warnings() const;
    // A full node caught lying is not asked again until an admin clears it.
    Status distrust(const QString &endpoint, const QString &reason);
    QStringList distrustedEndpoints() const;
    Status clearDistrust(const QString &endpoint);

    // Test hook: the next commit fails as a full disk would.
    void failNextCommit();

private:
    struct Private;
    explicit LightCache(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace careledger
