#pragma once

#include "LoginThrottle.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QMutex>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QTcpSocket>

#include <memory>

namespace careledger {

class FullNode;

// Why the payloads batch serves no ciphertext for a hash (wire values).
namespace PayloadRefusal {
inline constexpr quint64 NoKey = 1;     // the user holds no key for the record
inline constexpr quint64 NotStored = 2; // erased (crypto-shredded) or never uploaded
}

// The full node's HTTPS API (TLS 1.3 only). Ledger objects travel as canonical
// CBOR (application/cbor); errors as one JSON object for people:
// {"error": code, "message": sentence}.
//
//   GET  /v1/config                       genesis configuration
//   GET  /v1/tip                          latest signed header
//   GET  /v1/headers?from=h&count=n       consecutive signed headers (n ≤ 1000)
//   GET  /v1/blocks/<h>                   whole block
//   GET  /v1/log/<i>                      [tx, height, position, code] at log index i
//   GET  /v1/tx/<hex id>                  [tx, height, position, logIndex, code]
//   GET  /v1/proof/inclusion?index=i&size=n
//   GET  /v1/proof/consistency?from=m&to=n
//   GET  /v1/wait?after=h&timeoutMs=t     long-poll: returns the tip once its height > h
//   POST /v1/tx                           [[tx, ciphertext-or-empty], …]; answers when final. Where the
//                                         policy in force asks for endorsements, this node checks the
//                                         transaction against its state, endorses it, and collects the other
//                                         members' (POST /v1/endorse) before ordering
//   POST /v1/endorse                      tx → [org, signature]: this member checked the transaction against
//                                         its own state and contract and endorses it; or a refusal whose
//                                         error is the contract's reason code
//   GET  /v1/config/current               the configuration in force (a claim: light nodes follow the changes)
//   GET  /v1/config/changes               log indexes of the valid configuration changes, in order
//   POST /v1/auth/challenge               a fresh challenge for signed login
//   POST /v1/auth/session                 [key, challenge, signature, totpCode] → [token, expiresMs]
//                                         ([key, challenge, signature] only when TOTP is not required;
//                                         see createSession for the refusals)
//   POST /v1/admin/totp                   [userKey, secret, issuedAtMs, orgSignature]: set a user's
//                                         TOTP secret; only this node's org key (see AdminTotpRequest)
//   GET  /v1/patients/<id>/log            log indexes of the patient's transactions (auth)
//   GET  /v1/payloads/<hex hash>          ciphertext, to readers holding a wrapped key (auth)
//   POST /v1/payloads                     [hash, …] → [ciphertext, or a PayloadRefusal code, …] (auth)
//   POST /v1/log/proven                   [size, [i, …]] → [[tx, height, position, code, proof], …]
//   GET  /v1/patients                     the patients the user's org may read (auth)
//   GET  /v1/directory                    log indexes of all valid enrolments and revocations (auth)
//   POST /v1/rpm/readings                 a monitoring device's signed FHIR Observation(s), JSON: one
//                                         Observation or a Bundle of them (see RpmIngest); 202
//                                         {"accepted": n} once durable, else 4xx {"error", "message"}
class ApiServer {
public:
    static constexpr qsizetype MaxRequestBytes = 8 * 1024 * 1024;
    static constexpr int MaxBatch = 5000;
    static constexpr int MaxProofBatch = 1000;
    static constexpr qsizetype MaxReadingsBytes = 1024 * 1024;
    // How long a member asked for its endorsement may take to answer.
    static constexpr int EndorsementTimeoutMs = 10000;
    // A session ends after SessionLifetimeMs without use, and MaxSessionMs after sign-in in any case.
    static constexpr qint64 SessionLifetimeMs = 15 * 60 * 1000;
    static constexpr qint64 MaxSessionMs = 12 * 60 * 60 * 1000;
    static constexpr qint64 ChallengeLifetimeMs = 60 * 1000;
    // The MaxTotpFailures-th consecutive wrong code locks the user for TotpLockoutMs (kept in the store).
    static constexpr int MaxTotpFailures = 5;
    static constexpr qint64 TotpLockoutMs = 15 * 60 * 1000;
    // Failed logins and admin requests per remote address (in memory).
    static constexpr int MaxFailedLoginsPerAddress = 20;
    static constexpr qint64 FailedLoginWindowMs = 60 * 1000;

    ApiServer(FullNode &node, const Clock &clock);
    ~ApiServer();

    Result<quint16> listen(const QHostAddress &address, quint16 port, const QByteArray &certificatePem,
                           const QByteArray &keyPem);
    quint16 port() const { return m_port; }

private:
    struct Session {
        QByteArray userKey;
        QString org;
        qint64 expiresMs = 0;
        qint64 createdMs = 0;
    };
    // A long-poll, answered through its responder. Not a QPromise handed to
    // QHttpServer: Qt 6.4's QHttpServer takes the future's result, which resets
    // the shared state to "not finished", so a promise that outlives that (held
    // here or by the timeout timer) re-runs the spent continuation when it is
    // destroyed: a crash at the first long-poll that times out.
    struct Waiter {
        quint64 after = 0;
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        bool answered = false;
    };

    void setupRoutes();
    void submit(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    QHttpServerResponse endorse(const QHttpServerRequest &request);
    void wait(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void postReadings(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void wakeWaiters(quint64 height);
    static void answer(Waiter &waiter, const QHttpServerResponse &response);
    std::optional<Session> authenticate(const QHttpServerRequest &request);
    QHttpServerResponse createSession(const QHttpServerRequest &request);
    // The second factor of a signed login: nothing if it passes (and is recorded), else the refusal.
    std::optional<QHttpServerResponse> checkTotp(const QByteArray &key, const std::optional<QString> &code,
                                                 const QHostAddress &from);
    QHttpServerResponse refuseLogin(const QHostAddress &from, const QByteArray &key, QHttpServerResponse response,
                                    const QString &code);
    QHttpServerResponse setTotp(const QHttpServerRequest &request);
    Result<QByteArray> readPayload(const Session &session, const QByteArray &hash);
    Status logReads(const Session &session, const QList<QByteArray> &hashes);

    FullNode &m_node;
    const Clock &m_clock;
    QHttpServer m_server;
    QThreadPool m_checks; // stateless checks of submissions; declared after m_server so it is destroyed (and drained) first
    // Collecting other members' endorsements: blocking HTTPS, kept off the checks' pool.
    QThreadPool m_endorsements;
    quint16 m_port = 0;
    QHash<QByteArray, qint64> m_challenges;
    QHash<QByteArray, Session> m_sessions;
    LoginThrottle m_throttle{MaxFailedLoginsPerAddress, FailedLoginWindowMs};
    QHash<QByteArray, quint64> m_adminTotpIssued; // newest admin request per user: no replays
    QList<std::shared_ptr<Waiter>> m_waiters;
};

} // namespace careledger
