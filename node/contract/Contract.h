#pragma once

#include "LedgerState.h"
#include "Reason.h"
#include "ledger/NetworkConfig.h"
#include "ledger/Transaction.h"
#include "ledger/TxBody.h"

#include <QSet>

#include <variant>

namespace careledger {

using TxBodyValue = std::variant<Enrolment, Revocation, PatientRegistration, RecordVersion, ConsentGrant, ConsentRevocation, AccessLog,
                                 ReferralRequest, ReferralTransition, DeviceBinding, VitalsBatch, ComplianceReview>;

// The sealed payload a transaction carries: a record version, or the Bundle
// inside a vitals batch; null for the other types.
const RecordVersion *sealedRecordOf(const TxBodyValue &body);

// A transaction that passed the stateless checks, decoded once.
struct CheckedTransaction {
    QByteArray bytes;
    QByteArray txId;
    Transaction tx;
    TxBodyValue body;

    QString patientId() const; // empty for enrolment/revocation
};

struct StatelessCheck {
    Reason reason = Reason::Ok;
    QString detail; // decoder's explanation for Malformed
    CheckedTransaction checked;
};

// The validation rules, identical on every node: deterministic, no clock, no
// I/O except through LedgerState.
class Contract {
public:
    // Which clinical role may author which FHIR resource type (EMR technicians enter for a clinician).
    static bool mayAuthor(Role role, const QString &resourceType);
    explicit Contract(NetworkConfig config);

    const NetworkConfig &config() const { return m_config; }

    // Encoding, network, signature, body shape. Thread-safe: the full node runs
    // it in parallel on submissions before ordering.
    StatelessCheck checkStateless(const QByteArray &bytes) const;
    // Roles, references, replay, time bounds against the state. Read-only.
    Reason checkState(const CheckedTransaction &ctx, const LedgerState &state, quint64 blockTimeMs) const;
    // The effects of a transaction that passed both checks.
    void apply(const CheckedTransaction &ctx, LedgerState &state) const;

private:
    Reason checkAuthor(const Transaction &tx, const LedgerState &state, std::optional<UserInfo> &author) const;
    Reason checkAccessLog(const Transaction &tx, const AccessLog &log, const LedgerState &state) const;
    Reason checkEnrolmentAuthority(const Transaction &tx, const LedgerState &state) const;
    Reason checkRecord(const CheckedTransaction &ctx, const RecordVersion &record, const LedgerState &state) const;
    Reason checkConsent(const Transaction &tx, const ConsentGrant &grant, const LedgerState &state) const;
    Reason checkReferral(const Transaction &tx, const ReferralRequest &request, const LedgerState &state) const;
    Reason checkReferralTransition(const Transaction &tx, const ReferralTransition &transition,
                                   const LedgerState &state) const;
    Reason checkDeviceBinding(const Transaction &tx, const DeviceBinding &binding, const LedgerState &state) const;
    Reason checkVitals(const Transaction &tx, const VitalsBatch &batch, const LedgerState &state) const;
    // The patient's key and the author org's key are both wrapped: records and vitals alike.
    static Reason checkWrappedFor(const RecordVersion &record, const QString &org);
    Reason checkComplianceReview(const Transaction &tx, const ComplianceReview &review, const LedgerState &state) const;

    NetworkConfig m_config;
    QByteArray m_networkId;
};

// Runs the contract over one block's transactions in order, so a later
// transaction sees the earlier ones' effects and no id appears twice.
class BlockExecutor {
public:
    BlockExecutor(const Contract &contract, LedgerState &state, quint64 blockTimeMs);
    Reason execute(const CheckedTransaction &ctx);

private:
    const Contract &m_contract;
    LedgerState &m_state;
    quint64 m_blockTimeMs;
    QSet<QByteArray> m_seen;
};

} // namespace careledger
