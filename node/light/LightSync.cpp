#include "LightSync.h"

#include "contract/Contract.h"
#include "crypto/Sha256.h"

#include <QLoggingCategory>
#include <QSet>
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
    for (const NodeWarning &w : m_cache->warnings())
        m_halted |= w.kind == QLatin1String("equivocation");
    return {};
}

void LightSync::setUser(const QByteArray &publicKey, SecureBuffer secretKey)
{
    m_userKey = publicKey;
    m_userSecret = std::move(secretKey);
    m_signedIn.clear();
}

void LightSync::clearUser()
{
    m_userKey.clear();
    m_userSecret = SecureBuffer();
    m_signedIn.clear();
    for (auto &client : m_clients)
        client->logout();
}

QStringList LightSync::endpoints() const
{
    if (!m_settings.endpoints.isEmpty())
        return m_settings.endpoints;
    QStringList out;
    for (const Member &m : m_settings.config.members)
        out << m.endpoint;
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
    for (const Member &m : m_settings.config.members)
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
                                    QStringLiteral("forged_header")};
    return lies.contains(error.code);
}

void LightSync::raise(const QString &endpoint, const Error &error, const QByteArray &evidence)
{
    const NodeWarning w{m_clock.nowMs(), endpoint, error.code, error.message, evidence};
    qCWarning(lcLight) << "full node" << endpoint << error.code << error.message;
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
        raise(endpoint, result.error());
        reasons << endpoint + QStringLiteral(": ") + result.error().message;
        if (m_halted)
            return result.error();
    }
    return makeError(QStringLiteral("no_node"),
                     QStringLiteral("no trustworthy full node could be reached (%1)").arg(reasons.join(QStringLiteral("; "))));
}

Result<TrustedState> LightSync::syncFrom(const QString &endpoint)
{
    NodeClient *client = clientFor(endpoint);
    auto tip = client->tip();
    if (!tip)
        return tip.error();
    if (Status st = tip->verifyQuorum(m_settings.config); !st)
        return lie("no_quorum", st.error().message);

    auto trusted = syncHeaders(*client, endpoint, *tip);
    if (!trusted)
        return trusted;
    if (!m_userKey.isEmpty())
        if (Status st = syncRecords(*client, endpoint, *tip); !st)
            return st.error();
    emit trustedChanged(*trusted, tip->validSignatureCount(m_settings.config), m_settings.config.signerCount());
    emit progress(SyncProgress{SyncProgress::Phase::Done, trusted->height, trusted->height, endpoint});
    return trusted;
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
    // its predecessor; committed page by page so a kill loses at most a page.
    QByteArray previousHash(Sha256::Size, '\0');
    for (quint64 from = 0; from <= tip.header.height;) {
        emit progress(SyncProgress{SyncProgress::Phase::Headers, from, tip.header.height + 1, endpoint});
        auto page = client.headers(from, HeaderPage);
        if (!page)
            return page.error();
        if (page->isEmpty())
            return lie("withheld", QStringLiteral("the node withholds headers from %1 on").arg(from));
        for (const SignedHeader &h : *page) {
            if (h.header.height != from || h.header.previousHash != previousHash)
                return lie("inconsistent", QStringLiteral("header %1 does not link to its predecessor").arg(from));
            if (Status st = h.verifyQuorum(m_settings.config); !st)
                return lie("no_quorum", st.error().message);
            previousHash = h.header.hash();
            ++from;
            if (h.header.height == tip.header.height)
                break;
        }
        if (Status st = m_cache->storeHeaders(*page); !st)
            return st.error();
    }
    if (previousHash != tip.header.hash())
        return lie("inconsistent", QStringLiteral("the header chain does not end at the node's own tip"));
    return TrustedState::of(tip.header);
}

Status LightSync::syncRecords(NodeClient &client, const QString &endpoint, const SignedHeader &trustedHeader)
{
    const TrustedState trusted = TrustedState::of(trustedHeader.header);
    if (!m_signedIn.value(endpoint)) {
        if (Status st = client.login(m_userKey, m_userSecret, m_settings.pinnedNetworkId); !st)
            return st;
        m_signedIn.insert(endpoint, true);
    }
    auto patients = client.patients();
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

    const Contract contract(m_settings.config);
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
        for (qsizetype k = 0; k < batch.size(); ++k) {
            const ProvenTransaction &p = proven->at(k);
            if (Status st = m_verifier.verifyTransaction(trusted, p.tx.bytes, batch[k], p.proof); !st)
                return st.error();
            const StatelessCheck s = contract.checkStateless(p.tx.bytes);
            if (s.reason != Reason::Ok || s.checked.patientId() != expectedPatient.value(batch[k]))
                return lie("altered", QStringLiteral("transaction %1 is not what the node's index says").arg(batch[k]));
            CachedTransaction c{batch[k], s.checked.txId, p.tx.bytes, p.tx.height, p.tx.code, s.checked.tx.type,
                                s.checked.patientId(), {}, trusted.logSize, p.proof};
            if (const auto *record = std::get_if<RecordVersion>(&s.checked.body); record && p.tx.code == 0) {
                c.ciphertextHash = record->ciphertextHash;
                if (!m_cache->payload(record->ciphertextHash))
                    wantedPayloads.append(record->ciphertextHash);
            }
            verified.append(c);
        }
        auto payloads = client.payloads(wantedPayloads);
        if (!payloads)
            return payloads.error();
        QList<QPair<QByteArray, QByteArray>> fetched;
        for (qsizetype k = 0; k < wantedPayloads.size(); ++k) {
            const QByteArray data = payloads->value(k);
            if (data.isNull())
                return lie("withheld", QStringLiteral("the node withholds a record this user may read"));
            if (Sha256::hash(data) != wantedPayloads[k])
                return lie("altered", QStringLiteral("the node served a record that is not the one the ledger records"));
            fetched.append({wantedPayloads[k], data});
        }
        if (Status st = m_cache->commitSync(trustedHeader, verified, fetched); !st)
            return st;
    }
    return {};
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
