#pragma once

#include "HeaderVerifier.h"
#include "core/Result.h"
#include "ledger/Block.h"
#include "ledger/Transaction.h"
#include "ledger/TxBody.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace careledger {

class NodeClient;

// What an audit row records: an access event (AccessAction values 1–6) or a
// transaction of another type (TxTypeBase + its TxType).
namespace AuditAction {
inline constexpr int TxTypeBase = 100;
inline constexpr int ofTx(TxType type) { return TxTypeBase + int(type); }
inline constexpr bool isAccess(int action) { return action > 0 && action < TxTypeBase; }
} // namespace AuditAction

// One row of the compliance officer's table: metadata only, never clinical content.
struct AuditRow {
    qint64 rowId = 0;
    quint64 logIndex = 0;
    quint64 height = 0;
    int ordinal = 0;       // 0: the transaction itself; k ≥ 1: the k-th event of an access log
    quint64 timeMs = 0;    // the event's time (access) or the author's timestamp
    QByteArray userKey;
    QString userName;      // from the enrolment; empty if the author is an org key
    QString role;
    QString org;
    QString patientId;
    QByteArray recordTx;
    int action = 0;
    QString workstation;
    quint16 code = 0;      // the contract's verdict; not 0: refused, no effect
};

struct AuditQuery {
    enum class Sort { Time, User, Org, Patient, Action };
    QList<QByteArray> users; // empty: all
    QString patientId;
    QString org;
    QList<int> actions;      // empty: all
    quint64 fromMs = 0;      // inclusive; 0: open
    quint64 toMs = 0;        // exclusive; 0: open
    // Matched against user names and org ids/names, and the patients in
    // textPatients (those whose names the workstation can read, found by the caller).
    QString text;
    QStringList textPatients;
    Sort sort = Sort::Time;
    bool descending = true;
};

// An organisation's treatment relationship with a patient, from the chain:
// it registered them, wrote or was sent a record of theirs, holds their
// consent, or received a referral for them.
struct TreatmentRelation {
    QString org;
    QString kind; // "registration", "record", "consent", "referral"
    quint64 fromMs = 0;
    quint64 untilMs = 0; // 0: open-ended
};

struct AuditReview {
    QByteArray flagId;
    quint64 logIndex = 0;
    ReviewStatus status = ReviewStatus::Reviewed;
    QByteArray author;
    quint64 timeMs = 0;
    ComplianceReview body;
    QString authorName = {}; // filled by the workstation from the staff directory
    QString note = {};       // the decrypted note, for an officer it was sealed for
};

// The result of checking one entry: in plain words for the officer.
struct AuditEntryCheck {
    quint64 logIndex = 0;
    quint64 height = 0;
    bool ok = false;
    QString problem; // "" when ok; else "altered_locally", "bad_proof", "forged_header", "no_quorum", "unknown"
    int blockSigners = 0;
    int members = 0;
    quint64 provenAtHeight = 0;
};

// The compliance officer's local audit index (SQLite, WAL, beside the light
// cache): every transaction's metadata and every access event of the
// network. It is filled from whole blocks, each checked against a quorum of
// member signatures, linked to the block before it and to the trusted tip,
// and matched to its header's txRoot, so nothing enters that the members did
// not sign. Bodies are kept as signed (encrypted records stay encrypted) so
// each row can be re-proven later.
class AuditIndex {
public:
    // Another layout found on open is dropped and rebuilt from the chain.
    static constexpr int SchemaVersion = 1;

    static QString pathFor(const QString &lightCachePath);
    static Result<std::unique_ptr<AuditIndex>> open(const QString &path, const NetworkConfig &config);
    ~AuditIndex();
    AuditIndex(const AuditIndex &) = delete;
    AuditIndex &operator=(const AuditIndex &) = delete;

    // Blocks after the last indexed one up to `trusted` (a header the light
    // node verified), fetched from `client`. Refusals name the lie:
    // "forged_header", "no_quorum", "inconsistent", "altered", "withheld".
    Status sync(NodeClient &client, const HeaderVerifier &verifier, const SignedHeader &trusted,
                const std::function<void(quint64 done, quint64 total)> &progress = {});
    // Indexes verified blocks (the next heights, in order): what sync() does
    // with what it fetched; also how the benchmark fills the index.
    Status ingest(const QList<Block> &blocks, const HeaderVerifier &verifier);
    // The next height to index (0 before the genesis block).
    quint64 nextHeight() const;

    QList<AuditRow> query(const AuditQuery &query, int offset, int limit) const;
    std::optional<AuditRow> row(qint64 rowId) const;
    // The users the index knows (enrolments), by key.
    QHash<QByteArray, AuditRow> users() const;
    QString orgName(const QString &orgId) const;

    // Every valid access event (time order), for the suspicious-access rules.
    void forEachAccess(const std::function<void(const AuditRow &)> &visit) const;
    QList<TreatmentRelation> relations(const QString &patientId) const;
    // The reviews by compliance officers of `org` (others' do not count for it), in chain order.
    QList<AuditReview> reviews(const QString &org) const;

    // The stored transaction of a row's entry and the signed header of its block.
    std::optional<QPair<QByteArray, SignedHeader>> stored(quint64 logIndex) const;
    // Re-checks a row against what is stored and, with an inclusion proof
    // against `trusted`, against the ledger: the stored transaction must
    // decode to exactly this row, its block header must carry a quorum, and
    // the proof must lead to the trusted log root.
    AuditEntryCheck verify(const AuditRow &row, const HeaderVerifier &verifier, const TrustedState &trusted,
                           const QList<QByteArray> &inclusionProof) const;

private:
    struct Private;
    explicit AuditIndex(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace careledger
