#pragma once

#include "LightSync.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

namespace careledger {

// The one facade the workstation UI talks to. Every call returns at once;
// the work runs on the light node's own thread and reports through signals,
// so the GUI never waits on network, disk or crypto.
class LightNode : public QObject {
    Q_OBJECT
public:
    explicit LightNode(LightNodeSettings settings, const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~LightNode() override;

    // Opens the cache and syncs now and then every pollIntervalMs.
    void start(int pollIntervalMs = 3000);
    void signIn(const QByteArray &publicKey, SecureBuffer secretKey);
    // Signs in with the code from the user's authenticator app, checked by
    // their org's full node at once: signedIn() and a sync of their records,
    // or signInFailed(code, message) with the node's code ("bad_totp",
    // "locked", "rate_limited", "totp_not_enrolled", "no_node", …). Call after
    // start(). signInFailed("session_ended", …) also comes later if the
    // session ends (expiry, revocation): then sign in again.
    void signIn(const QByteArray &publicKey, SecureBuffer secretKey, const QString &totpCode);
    void signOut();
    void syncNow();
    // Returns a request id that submitted()/submitFailed() will carry.
    quint64 submit(const QList<QPair<QByteArray, QByteArray>> &items);
    void clearDistrust(const QString &endpoint);
    // A compliance officer's workstation: index every block's metadata from now on.
    void setAuditIndexing(bool on);
    // Inclusion proofs of log entries against the trusted header: proofsReady or proofsFailed.
    quint64 requestProofs(const QList<quint64> &logIndexes);

signals:
    void started();
    void startFailed(const QString &message);
    void progress(const careledger::SyncProgress &progress);
    void warningRaised(const careledger::NodeWarning &warning);
    void trustedChanged(const careledger::TrustedState &state, int signers, int members);
    void syncFailed(const QString &message);
    // After every successful round: what is now trusted (the cache holds it).
    void synced(const careledger::TrustedState &state);
    void signedIn();
    void signInFailed(const QString &code, const QString &message);
    void submitted(quint64 requestId, const QList<careledger::TxReceipt> &receipts);
    void submitFailed(quint64 requestId, const QString &message);
    void proofsReady(quint64 requestId, const careledger::TrustedState &trusted, const QList<QList<QByteArray>> &proofs);
    void proofsFailed(quint64 requestId, const QString &code, const QString &message);

private:
    template <typename F>
    void onWorker(F &&f);
    void runSync();
    void exclusive(std::function<void()> job);

    QThread m_thread;
    LightSync *m_sync;
    std::atomic<quint64> m_nextRequest = 1; // submit() may be called from any thread
    // The worker thread's queue of operations (see exclusive()).
    bool m_busy = false;
    bool m_syncQueued = false;
    QList<std::function<void()>> m_jobs;
};

} // namespace careledger
