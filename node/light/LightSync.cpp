#include "LightSync.h"

#include "contract/Contract.h"
#include "crypto/Sha256.h"

#include <QLoggingCategory>
#include <QSet>
#include <QThread>
#include <QUrl>

namespace careledger {

Q_LOGGING_CATEGORY(lcLight, "careledger.light")

namespace {
constexpr int HeaderPage = 1000;
constexpr int ProofBatch = 500;

Error lie(const char *kind, const QString &message)
{
    return makeError(QString::fromLatin1(kind), message);
}
} // namespace

LightSync::LightSync(LightNodeSettings settings, const Clock &clock)
    : m_settings(std::move(settings)), m_clock(clock), m_verifier(m_settings.config)
{
}

LightSync::~LightSync() = default;

Status LightSync::open()
{
    // The installed configuration must be exactly the pinned one.
    if (m_settings.config.networkId() != m_settings.pinnedNetworkId)
        return makeError(QStringLiteral("wrong_network"),
                         QStringLiteral("the network configuration does not match the pinned network id"));
    auto cache = LightCache::open(m_settings.cachePath, m_settings.pinnedNetworkId);
    if (!cache)
        return cache.error();
    m_cache = std::move(cache).value();
    auto configs = m_cache->configs();
    if (!configs)
        return configs.error();
    for (const auto &[fromHeight, config] : *configs)
        m_verifier.restore(fromHeight, config);
    for (const NodeWarning &w : m_cache->warnings())
        m_halted |= w.kind == QLatin1String("equivocation");
    return {};
}

void LightSync::setUser(const QByteArray &publicKey, SecureBuffer secretKey)
{
    m_userKey = publicKey;
    m_userSecret = std::move(secretKey);
    m_signedIn.clear();
    m_sessionEndpoint.clear();
}

void LightSync::clearUser()
{
    m_userKey.clear();
    m_userSecret = SecureBuffer();
    m_signedIn.clear();
    m_sessionEndpoint.clear();
    for (auto &client : m_clients)
        client->logout();
}

Status LightSync::signIn(const QByteArray &publicKey, SecureBuffer secretKey, const QString &totpCode)
{
    clearUser();
    if (!m_cache)
        return makeError(QStringLiteral("not_started"), QStringLiteral("the light node is not open yet"));
    const QStringList distrusted = m_cache->distrustedEndpoints();
    std::optional<Error> notEnrolled;
    QStringList unreachable;
    for (const QString &endpoint : endpoints()) {
        if (distrusted.contains(endpoint))
            continue;
        const Status st = clientFor(endpoint)->login(publicKey, secretKey, m_settings.pinnedNetworkId, totpCode);
        if (st) {
            m_userKey = publicKey;
            m_userSecret = std::move(secretKey);
            m_signedIn.insert(endpoint, true);
            m_sessionEndpoint = endpoint;
            qCInfo(lcLight) << "signed in at" << endpoint;
            return {};
        }
        // Down, or a member that does not hold this user's secret: the user's
        // own org's node may be next. Anything else (a wrong code, a lockout)
        // is the user's to act on, and no other node would say otherwise.
        if (st.error().code == QLatin1String("network")) {
            unreachable << endpoint + QStringLiteral(": ") + st.error().message;
            continue;
        }
        if (st.error().code == QLatin1String("totp_not_enrolled")) {
            notEnrolled = st.error();
            continue;
        }
        qCInfo(lcLight) << "sign-in refused by" << endpoint << st.error().code;
        return st;
    }
    if (notEnrolled)
        return *notEnrolled;
    return makeError(QStringLiteral("no_node"), QStringLiteral("no trustworthy full node could be reached to sign in (%1)")
                                                    .arg(unreachable.join(QStringLiteral("; "))));
}

QStringList LightSync::endpoints() const
{
    QStringList out = m_settings.endpoints;
    if (out.isEmpty())
        for (const Member &m : m_verifier.config().members)
            out << m.endpoint;
    // The node holding the user's session first: it is the one that can serve them.
    if (!m_sessionEndpoint.isEmpty() && out.removeOne(m_sessionEndpoint))
        out.prepend(m_sessionEndpoint);
    return out;
}

NodeClient *LightSync::clientFor(const QString &endpoint)
{
    auto it = m_clients.find(endpoint);
    if (it != m_clients.end())
        return it->get();
    // Each endpoint is pinned to the certificate of the member it belongs to;
    // an endpoint outside the configuration gets no certificate and fails TLS.
    QByteArray pinned;
    const QUrl url(endpoint);
    for (const auto &[fromHeight, config] : m_verifier.configs())
        for (const Member &m : config.members)
            if (QUrl(m.endpoint).port() == url.port() && QUrl(m.endpoint).host() == url.host())
                pinned = m.tlsCertificate;
    if (pinned.isEmpty() && m_settings.config.members.size() == 1)
        pinned = m_settings.config.members.first().tlsCertificate;
    auto client = std::make_shared<NodeClient>(endpoint, pinned, m_settings.requestTimeoutMs);
    m_clients.insert(endpoint, client);
    return client.get();
}

bool LightSync::isLie(const Error &error)
{
    static const QSet<QString> lies{QStringLiteral("no_quorum"),   QStringLiteral("wrong_network"),
                                    QStringLiteral("inconsistent"), QStringLiteral("equivocation"),
                                    QStringLiteral("stale"),        QStringLiteral("bad_proof"),
                                    QStringLiteral("withheld"),     QStringLiteral("altered"),
                                    QStringLiteral("malformed"),    QStringLiteral("non_canonical"),
                                    QStringLiteral("forged_header"), QStringLiteral("config_refused")};
    return lies.contains(error.code);
}

void LightSync::raise(const QString &endpoint, const Error &error, const QByteArray &evidence)
{
    // Stopping (the facade's thread is shutting down) fails requests under way: not the node's doing.
    if (QThread::currentThread()->isInterruptionRequested())
        return;
    const NodeWarning w{m_clock.nowMs(), endpoint, error.code, error.message, evidence};
    qCWarning(lcLight) << "full node" << endpoint << error.code << error.message;
    // An outage is news, not evidence: signalled every time, kept once per endpoint and hour.
    const bool outage = !isLie(error) && error.code != QLatin1String("equivocation");
    const QList<NodeWarning> recent = outage ? m_cache->warnings() : QList<NodeWarning>{};
    const bool repeated = std::any_of(recent.crbegin(), recent.crend(), [&](const NodeWarning &old) {
        return old.endpoint == endpoint && old.kind == error.code && w.timeMs - old.timeMs < 3600 * 1000;
    });
    if (!repeated)
        if (Status st = m_cache->addWarning(w); !st)
            qCWarning(lcLight) << st.error().message;
    if (isLie(error))
        (void)m_cache->distrust(endpoint, error.message);
    if (error.code == QLatin1String("equivocation"))
        m_halted = true;
    emit warningRaised(w);
}

Status LightSync::clearDistrust(const QString &endpoint)
{
    return m_cache->clearDistrust(endpoint);
}

Result<TrustedState> LightSync::syncOnce()
{
    if (m_halted)
        return makeError(QStringLiteral("halted"),
                         QStringLiteral("two conflicting signed histories were seen; nothing new is trusted until an "
                                        "administrator has investigated"));
    const QStringList distrusted = m_cache->distrustedEndpoints();
    QStringList reasons;
    for (const QString &endpoint : endpoints()) {
        if (distrusted.contains(endpoint))
            continue;
        auto result = syncFrom(endpoint);
        if (result)
            return result;
        if (m_halted) // an equivocation, already reported with both headers as evidence
            return result.error();
        raise(endpoint, result.error());
        reasons << endpoint + QStringLiteral(": ") + result.error().message;
    }
    return makeError(QStringLiteral("no_node"),
                     QStringLiteral("no trustworthy full node could be reached (%1)").arg(reasons.join(QStringLiteral("; "))));
}

Result<TrustedState> LightSync::syncFrom(const QString &endpoint)
{
    NodeClient *client = clientFor(endpoint);
    if (Status st = followConfigChanges(*client); !st)
        return st.error();
    auto tip = client->tip();
    if (!tip)
        return tip.error();
    if (Status st = m_verifier.checkSignatures(*tip); !st)
        return st.error();

    auto trusted = syncHeaders(*client, endpoint, *tip);
    if (!trusted)
        return trusted;
    if (!m_userKey.isEmpty())
        if (Status st = syncRecords(*client, endpoint, *tip); !st)
            return st.error();
    if (m_audit)
        if (Status st = m_audit->sync(*client, m_verifier, *tip, [&](quint64 done, quint64 total) {
                emit progress(SyncProgress{SyncProgress::Phase::Audit, done, total, endpoint});
            });
            !st)
            return st.error();
    const NetworkConfig &signers = m_verifier.configAt(tip->header.height);
    emit trustedChanged(*trusted, tip->validSignatureCount(signers), signers.signerCount());
    emit progress(SyncProgress{SyncProgress::Phase::Done, trusted->height, trusted->height, endpoint});
    return trusted;
}

Status LightSync::followConfigChanges(NodeClient &client)
{
    auto changes = client.configChanges();
    if (!changes)
        return changes.error();
    for (qsizetype k = m_verifier.configs().size() - 1; k < changes->size(); ++k) {
        const quint64 logIndex = changes->at(k);
        auto logged = client.transactionAt(logIndex);
        if (!logged)
            return logged.error();
        auto headers = client.headers(logged->height, 1);
        if (!headers)
            return headers.error();
        if (headers->size() != 1 || headers->first().header.height != logged->height)
            return lie("withheld", QStringLiteral("the node does not serve block %1 of a configuration change").arg(logged->height));
        const SignedHeader &block = headers->first();
        auto proven = client.provenTransactions({logIndex}, block.header.logSize);
        if (!proven)
            return proven.error();
        if (proven->size() != 1 || proven->first().tx.code != 0)
            return lie("altered", QStringLiteral("the node lists log entry %1 as a configuration change in force but "
                                                 "does not serve it as one").arg(logIndex));
        auto next = m_verifier.followConfigChange(block, proven->first().tx.bytes, logIndex, proven->first().proof);
        if (!next)
            return next.error();
        if (Status st = m_cache->addConfig(block.header.height + 1, *next); !st)
            return st;
        qCInfo(lcLight) << "following configuration version" << next->version << "from block" << block.header.height + 1;
    }
    return {};
}

Result<TrustedState> LightSync::syncHeaders(NodeClient &client, const QString &endpoint, const SignedHeader &tip)
{
    const auto current = m_cache->trustedHeader();
    if (current) {
        const TrustedState trusted = TrustedState::of(current->header);
        if (tip.header.height == trusted.height && tip.header.hash() != trusted.headerHash) {
            const Error e = lie("equivocation", QStringLiteral("the node signed a different block %1 than the one "
                                                              "already verified: the members signed two histories")
                                                    .arg(trusted.height));
            raise(endpoint, e, current->encode() + tip.encode());
            return e;
        }
        if (tip.header.height <= trusted.height) {
            if (tip.header.height < trusted.height)
                return lie("stale", QStringLiteral("the node offers block %1 but block %2 is already verified")
                                        .arg(tip.header.height)
                                        .arg(trusted.height));
            return trusted;
        }
        // Catch-up over any distance: one consistency proof, O(log n).
        emit progress(SyncProgress{SyncProgress::Phase::CatchUp, 0, 1, endpoint});
        auto proof = client.consistencyProof(trusted.logSize, tip.header.logSize);
        if (!proof)
            return proof.error();
        auto next = m_verifier.advance(trusted, tip, *proof);
        if (!next)
            return next.error();
        if (Status st = m_cache->commitSync(tip, {}, {}); !st)
            return st.error();
        return next;
    }

    // First sync: every header from genesis, each quorum-signed and linked to
    // its predecessor. Verified pages are stored as they come, so a killed sync
    // resumes after the last stored header; trust is set once the chain
    // reaches the tip.
    quint64 from = m_cache->headerCount();
    QByteArray previousHash(Sha256::Size, '\0');
    if (from > 0) {
        const auto last = m_cache->header(from - 1);
        if (!last)
            return makeError(QStringLiteral("sql"), QStringLiteral("the local cache lost header %1").arg(from - 1));
        previousHash = last->header.hash();
    }
    if (from > tip.header.height + 1)
        return lie("stale", QStringLiteral("the node offers block %1 but block %2 is already verified")
                                .arg(tip.header.height)
                                .arg(from - 1));
    while (from <= tip.header.height) {
        emit progress(SyncProgress{SyncProgress::Phase::Headers, from, tip.header.height + 1, endpoint});
        auto page = client.headers(from, HeaderPage);
        if (!page)
            return page.error();
        if (page->isEmpty())
            return lie("withheld", QStringLiteral("the node withholds headers from %1 on").arg(from));
        QList<SignedHeader> verified; // not what lies beyond the tip: that is unverified
        for (const SignedHeader &h : *page) {
            if (h.header.height != from || h.header.previousHash != previousHash)
                return lie("inconsistent", QStringLiteral("header %1 does not link to its predecessor").arg(from));
            if (Status st = m_verifier.checkSignatures(h); !st)
                return st.error();
            previousHash = h.header.hash();
            verified.append(h);
            if (++from > tip.header.height)
                break;
        }
        if (Status st = m_cache->storeHeaders(verified); !st)
            return st.error();
    }
    if (previousHash != tip.header.hash())
        return lie("inconsistent", QStringLiteral("the header chain does not end at the node's own tip"));
    if (Status st = m_cache->commitSync(tip, {}, {}); !st)
        return st.error();
    return TrustedState::of(tip.header);
}

Status LightSync::syncRecords(NodeClient &client, const QString &endpoint, const SignedHeader &trustedHeader)
{
    const TrustedState trusted = TrustedState::of(trustedHeader.header);
    if (!m_signedIn.value(endpoint)) {
        // Signed in elsewhere with a one-time code: no session here, headers only.
        if (!m_sessionEndpoint.isEmpty())
            return {};
        if (Status st = client.login(m_userKey, m_userSecret, m_settings.pinnedNetworkId); !st)
            return st;
        m_signedIn.insert(endpoint, true);
    }
    auto patients = client.patients();
    if (!patients && patients.error().code == QLatin1String("unauthenticated")) {
        m_signedIn.remove(endpoint); // expired or revoked: setUser() logins sign in again next round
        if (m_sessionEndpoint == endpoint) {
            clearUser();
            emit sessionEnded(QStringLiteral("session_ended"),
                              QStringLiteral("your session has ended (it expired, or your access was revoked); "
                                             "sign in again"));
            return {};
        }
    }
    if (!patients)
        return patients.error();
    QList<quint64> missing;
    QHash<quint64, QString> expectedPatient;
    for (const QString &patientId : *patients) {
        auto indexes = client.patientLog(patientId);
        if (!indexes)
            return indexes.error();
        for (quint64 i : *indexes) {
            if (i >= trusted.logSize)
                continue; // newer than what is verified: next round
            if (!m_cache->hasTransaction(i)) {
                missing.append(i);
                expectedPatient.insert(i, patientId);
            }
        }
    }
    // The staff directory: who the authors are, and the user's own enrolment
    // (which carries the org's data key sealed for them). No patient in these.
    auto directory = client.directory();
    if (!directory)
        return directory.error();
    for (quint64 i : *directory)
        if (i < trusted.logSize && !m_cache->hasTransaction(i) && !expectedPatient.contains(i)) {
            missing.append(i);
            expectedPatient.insert(i, QString());
        }

    const Contract contract(m_settings.config);
    QList<QByteArray> rekeyed;
    for (qsizetype start = 0; start < missing.size(); start += ProofBatch) {
        emit progress(SyncProgress{SyncProgress::Phase::Records, quint64(start), quint64(missing.size()), endpoint});
        const QList<quint64> batch = missing.mid(start, ProofBatch);
        auto proven = client.provenTransactions(batch, trusted.logSize);
        if (!proven)
            return proven.error();
        if (proven->size() != batch.size())
            return lie("withheld", QStringLiteral("the node returned %1 of %2 requested transactions")
                                       .arg(proven->size())
                                       .arg(batch.size()));
        QList<CachedTransaction> verified;
        QList<QByteArray> wantedPayloads;
        QSet<QByteArray> directlyReadable;
        for (qsizetype k = 0; k < batch.size(); ++k) {
            const ProvenTransaction &p = proven->at(k);
            if (Status st = m_verifier.verifyTransaction(trusted, p.tx.bytes, batch[k], p.proof); !st)
                return st.error();
            const StatelessCheck s = contract.checkStateless(p.tx.bytes);
            if (s.reason != Reason::Ok || s.checked.patientId() != expectedPatient.value(batch[k]))
                return lie("altered", QStringLiteral("transaction %1 is not what the node's index says").arg(batch[k]));
            CachedTransaction c{batch[k], s.checked.txId, p.tx.bytes, p.tx.height, p.tx.code, s.checked.tx.type,
                                s.checked.patientId(), {}, trusted.logSize, p.proof};
            c.proofHeight = trustedHeader.header.height;
            c.timeMs = s.checked.tx.timestampMs;
            if (const auto *record = sealedRecordOf(s.checked.body)) {
                c.resourceType = record->resourceType;
                c.recordId = record->recordId;
                c.supersedes = record->supersedes;
            }
            if (const auto *g = std::get_if<ConsentGrant>(&s.checked.body); g && p.tx.code == 0 && g->granteeOrg == client.sessionOrg())
                for (const auto &k : g->keys)
                    rekeyed.append(k.first);
            if (const auto *q = std::get_if<ReferralRequest>(&s.checked.body); q && p.tx.code == 0 && q->targetOrg == client.sessionOrg())
                for (const auto &k : q->keys)
                    rekeyed.append(k.first);
            if (const auto *record = sealedRecordOf(s.checked.body); record && p.tx.code == 0) {
                c.ciphertextHash = record->ciphertextHash;
                if (!m_cache->payload(record->ciphertextHash))
                    wantedPayloads.append(record->ciphertextHash);
                for (const WrappedKey &k : record->keys)
                    if ((k.kind == RecipientKind::Org && k.recipient == client.sessionOrg())
                        || (k.kind == RecipientKind::User && k.recipient == QString::fromLatin1(m_userKey.toHex())))
                        directlyReadable.insert(record->ciphertextHash);
            }
            verified.append(c);
        }
        auto payloads = client.payloads(wantedPayloads);
        if (!payloads)
            return payloads.error();
        if (payloads->size() != wantedPayloads.size())
            return lie("withheld", QStringLiteral("the node answered %1 of %2 payload requests")
                                       .arg(payloads->size())
                                       .arg(wantedPayloads.size()));
        QList<QPair<QByteArray, QByteArray>> fetched;
        for (qsizetype k = 0; k < wantedPayloads.size(); ++k) {
            const PayloadReply &reply = payloads->at(k);
            using Refusal = PayloadReply::Refusal;
            // "No key" is honest for records shared with this org by consent
            // that was later narrowed; a record addressed to this org or user
            // itself must be served.
            const bool addressedToUs = directlyReadable.contains(wantedPayloads[k]);
            if (reply.refusal == Refusal::Withheld || (reply.refusal == Refusal::NoKey && addressedToUs))
                return lie("withheld", QStringLiteral("the node withholds a record this user may read"));
            if (reply.refusal != Refusal::None)
                continue; // not readable here, or erased: nothing to cache
            if (Sha256::hash(reply.data) != wantedPayloads[k])
                return lie("altered", QStringLiteral("the node served a record that is not the one the ledger records"));
            fetched.append({wantedPayloads[k], reply.data});
        }
        if (Status st = m_cache->commitSync(trustedHeader, verified, fetched); !st)
            return st;
    }
    return fetchRekeyedPayloads(client, trustedHeader, rekeyed);
}

Status LightSync::fetchRekeyedPayloads(NodeClient &client, const SignedHeader &trustedHeader, const QList<QByteArray> &recordTxIds)
{
    QList<QByteArray> wanted;
    for (const QByteArray &txId : recordTxIds)
        if (const auto t = m_cache->transactionById(txId);
            t && !t->ciphertextHash.isEmpty() && !wanted.contains(t->ciphertextHash) && !m_cache->payload(t->ciphertextHash))
            wanted.append(t->ciphertextHash);
    for (qsizetype start = 0; start < wanted.size(); start += ProofBatch) {
        const QList<QByteArray> batch = wanted.mid(start, ProofBatch);
        auto payloads = client.payloads(batch);
        if (!payloads)
            return payloads.error();
        if (payloads->size() != batch.size())
            return lie("withheld", QStringLiteral("the node answered %1 of %2 payload requests").arg(payloads->size()).arg(batch.size()));
        QList<QPair<QByteArray, QByteArray>> fetched;
        for (qsizetype k = 0; k < batch.size(); ++k) {
            const PayloadReply &reply = payloads->at(k);
            if (reply.refusal == PayloadReply::Refusal::Withheld)
                return lie("withheld", QStringLiteral("the node withholds a record this user may read"));
            if (reply.refusal != PayloadReply::Refusal::None)
                continue; // erased, or the sharing was revoked meanwhile
            if (Sha256::hash(reply.data) != batch[k])
                return lie("altered", QStringLiteral("the node served a record that is not the one the ledger records"));
            fetched.append({batch[k], reply.data});
        }
        if (Status st = m_cache->commitSync(trustedHeader, {}, fetched); !st)
            return st;
    }
    return {};
}

Status LightSync::setAuditIndexing(bool on)
{
    if (!on) {
        m_audit.reset();
        return {};
    }
    if (m_audit)
        return {};
    auto index = AuditIndex::open(AuditIndex::pathFor(m_settings.cachePath), m_settings.config);
    if (!index)
        return index.error();
    m_audit = std::move(index).value();
    return {};
}

Result<QPair<TrustedState, QList<QList<QByteArray>>>> LightSync::inclusionProofs(const QList<quint64> &logIndexes)
{
    const auto trusted = m_cache ? m_cache->trusted() : std::nullopt;
    if (!trusted)
        return makeError(QStringLiteral("not_synced"), QStringLiteral("nothing is verified yet: wait for the first sync"));
    const QStringList distrusted = m_cache->distrustedEndpoints();
    QStringList reasons;
    for (const QString &endpoint : endpoints()) {
        if (distrusted.contains(endpoint))
            continue;
        NodeClient *client = clientFor(endpoint);
        QList<QList<QByteArray>> proofs;
        std::optional<Error> failed;
        for (quint64 i : logIndexes) {
            if (i >= trusted->logSize) {
                failed = makeError(QStringLiteral("not_synced"), QStringLiteral("entry %1 is newer than the verified chain").arg(i));
                break;
            }
            auto proof = client->inclusionProof(i, trusted->logSize);
            if (!proof) {
                failed = proof.error();
                break;
            }
            proofs.append(*proof);
        }
        if (failed) {
            if (failed->code != QLatin1String("network"))
                return *failed;
            reasons << endpoint + QStringLiteral(": ") + failed->message;
            continue;
        }
        return QPair<TrustedState, QList<QList<QByteArray>>>(*trusted, proofs);
    }
    return makeError(QStringLiteral("no_node"),
                     QStringLiteral("no trustworthy full node could be reached (%1)").arg(reasons.join(QStringLiteral("; "))));
}

Result<QList<TxReceipt>> LightSync::submit(const QList<QPair<QByteArray, QByteArray>> &items, int finalityTimeoutMs)
{
    const QStringList distrusted = m_cache->distrustedEndpoints();
    for (const QString &endpoint : endpoints()) {
        if (distrusted.contains(endpoint))
            continue;
        NodeClient *client = clientFor(endpoint);
        auto receipts = client->submit(items);
        if (!receipts) {
            if (receipts.error().code == QLatin1String("network"))
                continue; // try the next member
            return receipts;
        }
        // A receipt is a claim; final means proven in a verified header.
        quint64 needed = 0;
        for (const TxReceipt &r : *receipts)
            if (r.isFinal())
                needed = qMax(needed, r.logIndex + 1);
        const qint64 deadline = m_clock.nowMs() + finalityTimeoutMs;
        while (needed > 0 && m_cache->trusted().value_or(TrustedState{}).logSize < needed) {
            if (m_clock.nowMs() > deadline)
                return makeError(QStringLiteral("timeout"), QStringLiteral("the transactions were accepted but not yet final"));
            if (auto st = syncOnce(); !st)
                return st.error();
        }
        const TrustedState trusted = *m_cache->trusted();
        for (const TxReceipt &r : *receipts) {
            if (!r.isFinal())
                continue;
            auto proven = client->provenTransactions({r.logIndex}, trusted.logSize);
            if (!proven || proven->size() != 1)
                return proven ? Error(lie("withheld", QStringLiteral("the node withholds a transaction it acknowledged")))
                              : proven.error();
            const ProvenTransaction &p = proven->first();
            const auto decoded = Transaction::decode(p.tx.bytes);
            if (!m_verifier.verifyTransaction(trusted, p.tx.bytes, r.logIndex, p.proof) || !decoded
                || decoded->id() != r.txId) {
                const Error e = lie("bad_proof", QStringLiteral("the node acknowledged a transaction that is not in the log"));
                raise(endpoint, e);
                return e;
            }
        }
        return receipts;
    }
    return makeError(QStringLiteral("no_node"), QStringLiteral("no trustworthy full node could be reached"));
}

} // namespace careledger
