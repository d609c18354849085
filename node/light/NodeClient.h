#pragma once

#include "core/Result.h"
#include "crypto/SecureBuffer.h"
#include "ledger/Block.h"
#include "ledger/NetworkConfig.h"
#include "ledger/Transaction.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace careledger {

// What the full node answered for one submitted transaction.
struct TxReceipt {
    QByteArray txId;
    quint16 code = 0; // contract reason code; 0 = valid
    QString message;  // the reason in words, or the node's own failure
    quint64 height = 0;
    quint64 position = 0;
    quint64 logIndex = 0;

    bool isFinal() const { return code == 0 && height > 0; }
};

struct LoggedTransaction {
    QByteArray bytes;
    quint64 height = 0;
    quint64 position = 0;
    quint16 code = 0;
};

// One answer of the payloads batch: the ciphertext, or why the node served none.
struct PayloadReply {
    enum class Refusal { None, NoKey, NotStored, Withheld };
    QByteArray data;
    Refusal refusal = Refusal::None;
};

struct ProvenTransaction {
    LoggedTransaction tx;
    QList<QByteArray> proof; // inclusion proof against the requested tree size
};

// Blocking HTTPS client of one full node, for the thread it was made on (the
// light node's worker thread, the CLI, tests): TLS 1.3 only, and the node's
// certificate must be exactly the one the network configuration pins.
class NodeClient {
public:
    NodeClient(QString endpoint, QByteArray pinnedCertificateDer, int timeoutMs = 30000);
    ~NodeClient();

    // Raw calls: the body, or an Error whose message is the node's own sentence.
    Result<QByteArray> get(const QString &path);
    Result<QByteArray> post(const QString &path, const QByteArray &body);

    Result<NetworkConfig> config();
    // The configuration in force as the node says (for its own admin's tools, not for trust).
    Result<NetworkConfig> currentConfig();
    Result<SignedHeader> tip();
    Result<QList<SignedHeader>> headers(quint64 fromHeight, int count);
    Result<Block> block(quint64 height);
    Result<LoggedTransaction> transactionAt(quint64 logIndex);
    Result<QList<QByteArray>> inclusionProof(quint64 index, quint64 treeSize);
    Result<QList<QByteArray>> consistencyProof(quint64 fromSize, quint64 toSize);
    Result<SignedHeader> waitForBlockAfter(quint64 height, int timeoutMs);
    // Asks the node's org to endorse the transaction (POST /v1/endorse): its
    // endorsement, or the refusal with the contract's reason code as the error code.
    Result<Endorsement> endorse(const QByteArray &transaction);
    // Submits [transaction, ciphertext] pairs; returns when each is final or refused.
    Result<QList<TxReceipt>> submit(const QList<QPair<QByteArray, QByteArray>> &items);

    // Signed-challenge login; later calls carry the session token. With a
    // TOTP code (from the user's authenticator app) the request is the
    // 4-element form; without one, the 3-element form, which only nodes that
    // do not require TOTP accept. A refusal's code is the node's: bad_totp,
    // locked, rate_limited, totp_required, totp_not_enrolled, unknown_user, …
    Status login(const QByteArray &publicKey, const SecureBuffer &secretKey, const QByteArray &networkId,
                 const QString &totpCode = {});
    // Admin: sets the TOTP secret of one of the node's org's users, signed by
    // the org key (POST /v1/admin/totp). issuedAtMs: now, by this machine's clock.
    Status setTotpSecret(const QByteArray &userKey, const SecureBuffer &secret, const SecureBuffer &orgSecretKey,
                         const QByteArray &networkId, quint64 issuedAtMs);
    void logout()
    {
        m_token.clear();
        m_sessionOrg.clear();
    }
    Result<QList<quint64>> patientLog(const QString &patientId);
    // Log indexes of the valid configuration changes, in order.
    Result<QList<quint64>> configChanges();
    // Log indexes of the network's enrolments and revocations: who signs what.
    Result<QList<quint64>> directory();
    // The patients the signed-in user's org may read.
    Result<QStringList> patients();
    Result<QByteArray> payload(const QByteArray &ciphertextHash);
    // Batches for sync: transactions with inclusion proofs against treeSize, and
    // ciphertexts with the node's reason where it serves none.
    Result<QList<ProvenTransaction>> provenTransactions(const QList<quint64> &logIndexes, quint64 treeSize);
    Result<QList<PayloadReply>> payloads(const QList<QByteArray> &ciphertextHashes);
    // The org of the signed-in user, as the node knows it.
    QString sessionOrg() const { return m_sessionOrg; }

private:
    Result<QByteArray> request(const QString &method, const QString &path, const QByteArray &body);
    Result<QList<quint64>> logIndexes(const QString &path);
    QString m_endpoint;
    QByteArray m_pinned;
    int m_timeoutMs;
    QByteArray m_token;
    QString m_sessionOrg;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace careledger
