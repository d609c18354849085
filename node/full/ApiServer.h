#pragma once

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
#include <QTcpSocket>

#include <memory>

namespace careledger {

class FullNode;

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
//   POST /v1/tx                           [[tx, ciphertext-or-empty], …]; answers when final
//   POST /v1/auth/challenge               a fresh challenge for signed login
//   POST /v1/auth/session                 [key, challenge, signature] → session token
//   GET  /v1/patients/<id>/log            log indexes of the patient's transactions (auth)
//   GET  /v1/payloads/<hex hash>          ciphertext, to readers holding a wrapped key (auth)
//   POST /v1/payloads                     [hash, …] → [ciphertext or null, …] (auth)
//   POST /v1/log/proven                   [size, [i, …]] → [[tx, height, position, code, proof], …]
//   GET  /v1/patients                     the patients the user's org may read (auth)
class ApiServer {
public:
    static constexpr qsizetype MaxRequestBytes = 8 * 1024 * 1024;
    static constexpr int MaxBatch = 5000;
    static constexpr int MaxProofBatch = 1000;
    static constexpr qint64 SessionLifetimeMs = 15 * 60 * 1000;
    static constexpr qint64 ChallengeLifetimeMs = 60 * 1000;

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
    void wait(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void wakeWaiters(quint64 height);
    static void answer(Waiter &waiter, const QHttpServerResponse &response);
    std::optional<Session> authenticate(const QHttpServerRequest &request);
    QHttpServerResponse createSession(const QHttpServerRequest &request);
    Result<QByteArray> readPayload(const Session &session, const QByteArray &hash);

    FullNode &m_node;
    const Clock &m_clock;
    QHttpServer m_server;
    quint16 m_port = 0;
    QHash<QByteArray, qint64> m_challenges;
    QHash<QByteArray, Session> m_sessions;
    QList<std::shared_ptr<Waiter>> m_waiters;
};

} // namespace careledger
