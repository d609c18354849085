#pragma once

#include "AuditIndex.h"
#include "HeaderVerifier.h"
#include "LightCache.h"
#include "NodeClient.h"
#include "core/Clock.h"
#include "crypto/SecureBuffer.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace careledger {

struct SyncProgress {
    enum class Phase { Headers, CatchUp, Records, Audit, Done };
    Phase phase = Phase::Done;
    quint64 done = 0;
    quint64 total = 0;
    QString endpoint;
};

struct LightNodeSettings {
    NetworkConfig config;      // as installed
    QByteArray pinnedNetworkId; // the hash the installer pinned; config must match it
    QString cachePath;
    QStringList endpoints;     // empty: the members' endpoints from the config
    int requestTimeoutMs = 15000;
};

// The light node's work, synchronous, on one thread (LightNode runs it on its
// worker thread; tests may drive it directly). Trusts nothing a full node says
// without a proof: headers need a quorum, catch-up a consistency proof, every
// transaction an inclusion proof, every payload its committed hash. A node
// caught lying is reported and not asked again until cleared.
class LightSync : public QObject {
    Q_OBJECT
public:
    explicit LightSync(LightNodeSettings settings, const Clock &clock = Clock::system());
    ~LightSync() override;

    Status open();
    // The user whose data is fetched (their org's patients) and who signs in to full nodes.
    void setUser(const QByteArray &publicKey, SecureBuffer secretKey);
    void clearUser();
    // Signs the user in now, with the code from their authenticator app, at
    // the first reachable trustworthy endpoint that knows their TOTP secret
    // (their own org's node), and keeps that session for syncing, so a wrong
    // code is known at once. A refusal carries the node's code ("bad_totp",
    // "locked", "rate_limited", "totp_not_enrolled", "unknown_user", …; or
    // "no_node") and leaves no user set. A session opened with a one-time code
    // cannot be reopened without a new one: when it ends, sessionEnded() is
    // emitted and the user is cleared. Needs open() first.
    Status signIn(const QByteArray &publicKey, SecureBuffer secretKey, const QString &totpCode);
    bool isSignedIn() const { return !m_sessionEndpoint.isEmpty(); }

    // One round: newest verified tip from the first trustworthy endpoint, then
    // the records the user may read. Fails over across endpoints.
    Result<TrustedState> syncOnce();
    // Submits signed transactions and returns once each is refused, or final
    // and proven in a verified header.
    Result<QList<TxReceipt>> submit(const QList<QPair<QByteArray, QByteArray>> &items, int finalityTimeoutMs = 30000);

    // A compliance officer's workstation also indexes every block's
    // metadata (AuditIndex, beside the cache) on each round.
    Status setAuditIndexing(bool on);
    AuditIndex *auditIndex() { return m_audit.get(); }
    // Inclusion proofs of log entries against the trusted header, from the
    // first trustworthy endpoint; checking them is the caller's (it holds the entries).
    Result<QPair<TrustedState, QList<QList<QByteArray>>>> inclusionProofs(const QList<quint64> &logIndexes);

    LightCache &cache() { return *m_cache; }
    const HeaderVerifier &verifier() const { return m_verifier; }
    bool isHalted() const { return m_halted; }
    Status clearDistrust(const QString &endpoint);

signals:
    void progress(const SyncProgress &progress);
    void warningRaised(const NodeWarning &warning);
    void trustedChanged(const TrustedState &state, int signers, int members);
    // A signIn() session ended (expired, or the user's access was revoked): sign in again.
    void sessionEnded(const QString &code, const QString &message);

private:
    // An error whose code names a lie (not just an outage) gets the endpoint distrusted.
    static bool isLie(const Error &error);
    Result<TrustedState> syncFrom(const QString &endpoint);
    // Follows, in order, the configuration changes the verifier has not yet
    // followed, each proven in its quorum-signed block, and keeps them.
    Status followConfigChanges(NodeClient &client);
    Result<TrustedState> syncHeaders(NodeClient &client, const QString &endpoint, const SignedHeader &tip);
    Status syncRecords(NodeClient &client, const QString &endpoint, const SignedHeader &trustedHeader);
    // Records cached earlier without their content (this org held no key then)
    // whose keys a consent or a referral has since re-wrapped for it: their payloads now.
    Status fetchRekeyedPayloads(NodeClient &client, const SignedHeader &trustedHeader, const QList<QByteArray> &recordTxIds);
    NodeClient *clientFor(const QString &endpoint);
    void raise(const QString &endpoint, const Error &error, const QByteArray &evidence = {});
    QStringList endpoints() const;

    LightNodeSettings m_settings;
    const Clock &m_clock;
    HeaderVerifier m_verifier;
    std::unique_ptr<LightCache> m_cache;
    std::unique_ptr<AuditIndex> m_audit;
    QHash<QString, std::shared_ptr<NodeClient>> m_clients;
    QHash<QString, bool> m_signedIn;
    QByteArray m_userKey;
    SecureBuffer m_userSecret;
    QString m_sessionEndpoint; // where signIn() opened the session; empty: setUser() logins
    bool m_halted = false;
};

} // namespace careledger
