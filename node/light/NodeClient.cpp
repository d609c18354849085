#include "NodeClient.h"

#include "core/Cbor.h"
#include "crypto/Ed25519.h"
#include "ledger/AdminTotp.h"
#include "ledger/Domains.h"
#include "ledger/MerkleLog.h"
#include "ledger/Transaction.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace careledger {

NodeClient::NodeClient(QString endpoint, QByteArray pinnedCertificateDer, int timeoutMs)
    : m_endpoint(std::move(endpoint))
    , m_pinned(std::move(pinnedCertificateDer))
    , m_timeoutMs(timeoutMs)
    , m_network(std::make_unique<QNetworkAccessManager>())
{
}

NodeClient::~NodeClient() = default;

Result<QByteArray> NodeClient::request(const QString &method, const QString &path, const QByteArray &body)
{
    QNetworkRequest req(QUrl(m_endpoint + path));
    const QSslCertificate pinned(m_pinned, QSsl::Der);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_3OrLater);
    tls.setCaCertificates({pinned});
    req.setSslConfiguration(tls);
    req.setTransferTimeout(m_timeoutMs);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/cbor"));
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toHex());

    QNetworkReply *reply = method == QLatin1String("POST") ? m_network->post(req, body) : m_network->get(req);
    // The network configuration is the trust anchor: accept exactly the pinned
    // certificate (it is self-signed), nothing else.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [reply, pinned](const QList<QSslError> &errors) {
        if (!pinned.isNull() && reply->sslConfiguration().peerCertificate() == pinned)
            reply->ignoreSslErrors(errors);
    });
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> guard(reply, [](QNetworkReply *r) { r->deleteLater(); });

    const QByteArray data = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0)
        return makeError(QStringLiteral("network"),
                         QStringLiteral("cannot reach %1: %2").arg(m_endpoint, reply->errorString()));
    if (status != 200) {
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        return makeError(o.value(QStringLiteral("error")).toString(QStringLiteral("http_%1").arg(status)),
                         o.value(QStringLiteral("message")).toString(reply->errorString()));
    }
    return data;
}

Result<QByteArray> NodeClient::get(const QString &path)
{
    return request(QStringLiteral("GET"), path, {});
}

Result<QByteArray> NodeClient::post(const QString &path, const QByteArray &body)
{
    return request(QStringLiteral("POST"), path, body);
}

Result<NetworkConfig> NodeClient::config()
{
    auto r = get(QStringLiteral("/v1/config"));
    if (!r)
        return r.error();
    return NetworkConfig::decode(*r);
}

Result<Endorsement> NodeClient::endorse(const QByteArray &transaction)
{
    auto r = post(QStringLiteral("/v1/endorse"), transaction);
    if (!r)
        return r.error();
    CborReader reader(*r);
    Endorsement e;
    reader.array(2, 2);
    e.org = reader.text(64);
    e.signature = reader.fixedBytes(Ed25519::SignatureSize);
    reader.leave();
    if (Status st = reader.finish(); !st)
        return makeError(QStringLiteral("malformed"), QStringLiteral("the endorsement is not well-formed: %1").arg(st.error().message));
    return e;
}

Result<NetworkConfig> NodeClient::currentConfig()
{
    auto r = get(QStringLiteral("/v1/config/current"));
    if (!r)
        return r.error();
    return NetworkConfig::decode(*r);
}

Result<SignedHeader> NodeClient::tip()
{
    auto r = get(QStringLiteral("/v1/tip"));
    if (!r)
        return r.error();
    return SignedHeader::decode(*r);
}

Result<QList<SignedHeader>> NodeClient::headers(quint64 fromHeight, int count)
{
    auto r = get(QStringLiteral("/v1/headers?from=%1&count=%2").arg(fromHeight).arg(count));
    if (!r)
        return r.error();
    CborReader reader(*r);
    QList<SignedHeader> out;
    const qsizetype n = reader.array(0, 1000);
    for (qsizetype i = 0; i < n && reader.ok(); ++i) {
        auto h = SignedHeader::decode(reader.rawItem(64 * 1024));
        if (!h)
            return h.error();
        out.append(*h);
    }
    reader.leave();
    if (Status st = reader.finish(); !st)
        return st.error();
    return out;
}

Result<Block> NodeClient::block(quint64 height)
{
    auto r = get(QStringLiteral("/v1/blocks/%1").arg(height));
    if (!r)
        return r.error();
    return Block::decode(*r);
}

Result<LoggedTransaction> NodeClient::transactionAt(quint64 logIndex)
{
    auto r = get(QStringLiteral("/v1/log/%1").arg(logIndex));
    if (!r)
        return r.error();
    CborReader reader(*r);
    LoggedTransaction t;
    reader.array(4, 4);
    t.bytes = reader.bytes(Transaction::MaxEncodedSize);
    t.height = reader.uint();
    t.position = reader.uint();
    t.code = quint16(reader.uint(0xffff));
    reader.leave();
    if (Status st = reader.finish(); !st)
        return st.error();
    return t;
}

Result<QList<QByteArray>> NodeClient::inclusionProof(quint64 index, quint64 treeSize)
{
    auto r = get(QStringLiteral("/v1/proof/inclusion?index=%1&size=%2").arg(index).arg(treeSize));
    if (!r)
        return r.error();
    return MerkleLog::decodeProof(*r);
}

Result<QList<QByteArray>> NodeClient::consistencyProof(quint64 fromSize, quint64 toSize)
{
    auto r = get(QStringLiteral("/v1/proof/consistency?from=%1&to=%2").arg(fromSize).arg(toSize));
    if (!r)
        return r.error();
    return MerkleLog::decodeProof(*r);
}

Result<SignedHeader> NodeClient::waitForBlockAfter(quint64 height, int timeoutMs)
{
    auto r = get(QStringLiteral("/v1/wait?after=%1&timeoutMs=%2").arg(height).arg(timeoutMs));
    if (!r)
        return r.error();
    return SignedHeader::decode(*r);
}

Result<QList<TxReceipt>> NodeClient::submit(const QList<QPair<QByteArray, QByteArray>> &items)
{
    CborWriter w;
    w.array(items.size());
    for (const auto &[tx, ciphertext] : items)
        w.array(2).bytes(tx).bytes(ciphertext);
    auto r = post(QStringLiteral("/v1/tx"), w.take());
    if (!r)
        return r.error();
    CborReader reader(*r);
    QList<TxReceipt> out;
    const qsizetype n = reader.array(0, items.size());
    for (qsizetype i = 0; i < n && reader.ok(); ++i) {
        TxReceipt t;
        reader.array(6, 6);
        t.txId = reader.bytes(32);
        t.code = quint16(reader.uint(0xffff));
        t.message = reader.text(1000);
        t.height = reader.uint();
        t.position = reader.uint();
        t.logIndex = reader.uint();
        reader.leave();
        out.append(t);
    }
    reader.leave();
    if (Status st = reader.finish(); !st)
        return makeError(QStringLiteral("bad_response"), QStringLiteral("malformed receipts: ") + st.error().message);
    return out;
}

Status NodeClient::login(const QByteArray &publicKey, const SecureBuffer &secretKey, const QByteArray &networkId,
                         const QString &totpCode)
{
    auto challenge = post(QStringLiteral("/v1/auth/challenge"), {});
    if (!challenge)
        return challenge.error();
    CborReader cr(*challenge);
    const QByteArray nonce = cr.fixedBytes(32);
    if (Status st = cr.finish(); !st)
        return st.error();
    CborWriter w;
    w.array(totpCode.isEmpty() ? 3 : 4)
        .bytes(publicKey)
        .bytes(nonce)
        .bytes(Ed25519::sign(secretKey, Domains::AuthChallenge, nonce + networkId));
    if (!totpCode.isEmpty())
        w.text(totpCode);
    auto session = post(QStringLiteral("/v1/auth/session"), w.take());
    if (!session)
        return session.error();
    CborReader sr(*session);
    sr.array(3, 3);
    const QByteArray token = sr.fixedBytes(32);
    sr.uint();
    const QString org = sr.text(64);
    sr.leave();
    if (Status st = sr.finish(); !st)
        return st.error();
    m_token = token;
    m_sessionOrg = org;
    return {};
}

Status NodeClient::setTotpSecret(const QByteArray &userKey, const SecureBuffer &secret, const SecureBuffer &orgSecretKey,
                                 const QByteArray &networkId, quint64 issuedAtMs)
{
    QByteArray body =
        AdminTotpRequest::make(networkId, userKey, SecureBuffer::copyOf(secret.view()), issuedAtMs, orgSecretKey).encode();
    auto r = post(QStringLiteral("/v1/admin/totp"), body);
    body.fill('\0');
    if (!r)
        return r.error();
    return {};
}

Result<QList<quint64>> NodeClient::patientLog(const QString &patientId)
{
    return logIndexes(QStringLiteral("/v1/patients/%1/log").arg(QString::fromLatin1(QUrl::toPercentEncoding(patientId))));
}

Result<QList<quint64>> NodeClient::configChanges()
{
    return logIndexes(QStringLiteral("/v1/config/changes"));
}

Result<QList<quint64>> NodeClient::directory()
{
    return logIndexes(QStringLiteral("/v1/directory"));
}

Result<QList<quint64>> NodeClient::logIndexes(const QString &path)
{
    auto r = get(path);
    if (!r)
        return r.error();
    CborReader reader(*r);
    QList<quint64> out;
    const qsizetype n = reader.array(0, 10'000'000);
    for (qsizetype i = 0; i < n && reader.ok(); ++i)
        out.append(reader.uint());
    reader.leave();
    if (Status st = reader.finish(); !st)
        return st.error();
    return out;
}

Result<QStringList> NodeClient::patients()
{
    auto r = get(QStringLiteral("/v1/patients"));
    if (!r)
        return r.error();
    CborReader reader(*r);
    QStringList out;
    const qsizetype n = reader.array(0, 10'000'000);
    for (qsizetype i = 0; i < n && reader.ok(); ++i)
        out.append(reader.text(64));
    reader.leave();
    if (Status st = reader.finish(); !st)
        return st.error();
    return out;
}

Result<QList<ProvenTransaction>> NodeClient::provenTransactions(const QList<quint64> &logIndexes, quint64 treeSize)
{
    CborWriter w;
    w.array(2).uint(treeSize).array(logIndexes.size());
    for (quint64 i : logIndexes)
        w.uint(i);
    auto r = post(QStringLiteral("/v1/log/proven"), w.take());
    if (!r)
        return r.error();
    CborReader reader(*r);
    QList<ProvenTransaction> out;
    const qsizetype n = reader.array(0, logIndexes.size());
    for (qsizetype i = 0; i < n && reader.ok(); ++i) {
        ProvenTransaction p;
        reader.array(5, 5);
        p.tx.bytes = reader.bytes(Transaction::MaxEncodedSize);
        p.tx.height = reader.uint();
        p.tx.position = reader.uint();
        p.tx.code = quint16(reader.uint(0xffff));
        auto proof = MerkleLog::decodeProof(reader.rawItem(8 * 1024));
        if (reader.ok() && !proof)
            reader.fail(proof.error().message);
        else if (proof)
            p.proof = *proof;
        reader.leave();
        out.append(p);
    }
    reader.leave();
    if (Status st = reader.finish(); !st)
        return makeError(QStringLiteral("malformed"), QStringLiteral("malformed proven transactions: ") + st.error().message);
    return out;
}

Result<QList<PayloadReply>> NodeClient::payloads(const QList<QByteArray> &ciphertextHashes)
{
    if (ciphertextHashes.isEmpty())
        return QList<PayloadReply>{};
    CborWriter w;
    w.array(ciphertextHashes.size());
    for (const QByteArray &h : ciphertextHashes)
        w.bytes(h);
    auto r = post(QStringLiteral("/v1/payloads"), w.take());
    if (!r)
        return r.error();
    CborReader reader(*r);
    QList<PayloadReply> out;
    const qsizetype n = reader.array(0, ciphertextHashes.size());
    for (qsizetype i = 0; i < n && reader.ok(); ++i) {
        PayloadReply reply;
        if (reader.nextIsNull()) {
            reader.null();
            reply.refusal = PayloadReply::Refusal::Withheld;
        } else if (reader.nextIsUInt()) {
            const quint64 why = reader.uint(2);
            reply.refusal = why == 1 ? PayloadReply::Refusal::NoKey : PayloadReply::Refusal::NotStored;
            if (why == 0)
                reader.fail(QStringLiteral("unknown refusal code 0"));
        } else {
            reply.data = reader.bytes(16 * 1024 * 1024);
        }
        out.append(reply);
    }
    reader.leave();
    if (Status st = reader.finish(); !st)
        return makeError(QStringLiteral("malformed"), QStringLiteral("malformed payloads: ") + st.error().message);
    return out;
}

Result<QByteArray> NodeClient::payload(const QByteArray &ciphertextHash)
{
    return get(QStringLiteral("/v1/payloads/%1").arg(QString::fromLatin1(ciphertextHash.toHex())));
}

} // namespace careledger
