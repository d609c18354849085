#include "EtcdClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace careledger {

Q_LOGGING_CATEGORY(lcEtcd, "careledger.etcd")

namespace {
constexpr int RequestTimeoutMs = 5000;
constexpr int RewatchDelayMs = 200;

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

EtcdKeyValue keyValueOf(const QJsonObject &kv)
{
    return EtcdKeyValue{QByteArray::fromBase64(kv.value(QStringLiteral("key")).toString().toLatin1()),
                        QByteArray::fromBase64(kv.value(QStringLiteral("value")).toString().toLatin1())};
}
} // namespace

QByteArray etcdPrefixEnd(const QByteArray &prefix)
{
    QByteArray end = prefix;
    while (!end.isEmpty()) {
        if (quint8(end.back()) < 0xff) {
            end.back() = char(quint8(end.back()) + 1);
            return end;
        }
        end.chop(1);
    }
    return QByteArray(1, '\0'); // every key
}

EtcdClient::EtcdClient(QStringList endpoints, QObject *parent)
    : QObject(parent), m_endpoints(std::move(endpoints)), m_network(new QNetworkAccessManager(this)), m_rewatch(new QTimer(this))
{
    m_rewatch->setSingleShot(true);
    m_rewatch->setInterval(RewatchDelayMs);
    connect(m_rewatch, &QTimer::timeout, this, &EtcdClient::startWatch);
}

EtcdClient::~EtcdClient()
{
    if (m_watch) {
        m_watch->disconnect(this);
        m_watch->abort();
    }
}

void EtcdClient::failOver()
{
    if (m_endpoints.size() > 1) {
        m_current = (m_current + 1) % int(m_endpoints.size());
        qCInfo(lcEtcd).noquote() << "etcd: switching to" << currentEndpoint();
    }
}

void EtcdClient::post(const QString &path, const QByteArray &body, std::function<void(Result<QJsonObject>)> done)
{
    QNetworkRequest request(QUrl(currentEndpoint() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(RequestTimeoutMs);
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        if (status == 0) {
            const QString why = reply->errorString();
            failOver();
            done(makeError(QStringLiteral("etcd_unreachable"), QStringLiteral("etcd: %1").arg(why)));
            return;
        }
        const QJsonObject object = QJsonDocument::fromJson(answer).object();
        if (status != 200) {
            // Leader lost, no quorum, request too large: etcd says which in `error`/`message`.
            const QString message = object.value(QStringLiteral("message")).toString(QString::fromUtf8(answer.left(200)));
            if (status >= 500)
                failOver();
            done(makeError(QStringLiteral("etcd_error"), QStringLiteral("etcd answered %1: %2").arg(status).arg(message)));
            return;
        }
        done(object);
    });
}

void EtcdClient::createIfAbsent(const QByteArray &key, const QByteArray &value, std::function<void(Result<bool>)> done)
{
    if (value.size() > MaxValueBytes) {
        done(makeError(QStringLiteral("too_large"), QStringLiteral("etcd value of %1 bytes is over the limit").arg(value.size())));
        return;
    }
    const QJsonObject compare{{QStringLiteral("key"), b64(key)},
                              {QStringLiteral("target"), QStringLiteral("CREATE")},
                              {QStringLiteral("create_revision"), QStringLiteral("0")}};
    const QJsonObject put{{QStringLiteral("request_put"),
                           QJsonObject{{QStringLiteral("key"), b64(key)}, {QStringLiteral("value"), b64(value)}}}};
    const QJsonObject txn{{QStringLiteral("compare"), QJsonArray{compare}}, {QStringLiteral("success"), QJsonArray{put}}};
    post(QStringLiteral("/v3/kv/txn"), json(txn), [done = std::move(done)](Result<QJsonObject> answer) {
        if (!answer)
            return done(answer.error());
        // A failed compare has no `succeeded` key at all (zero fields are omitted).
        done(answer->value(QStringLiteral("succeeded")).toBool(false));
    });
}

void EtcdClient::put(const QByteArray &key, const QByteArray &value, std::function<void(Status)> done)
{
    const QJsonObject request{{QStringLiteral("key"), b64(key)}, {QStringLiteral("value"), b64(value)}};
    post(QStringLiteral("/v3/kv/put"), json(request), [done = std::move(done)](Result<QJsonObject> answer) {
        done(answer ? Status() : Status(answer.error()));
    });
}

void EtcdClient::get(const QByteArray &key, std::function<void(Result<std::optional<QByteArray>>)> done)
{
    post(QStringLiteral("/v3/kv/range"), json(QJsonObject{{QStringLiteral("key"), b64(key)}}),
         [done = std::move(done)](Result<QJsonObject> answer) {
             if (!answer)
                 return done(answer.error());
             const QJsonArray kvs = answer->value(QStringLiteral("kvs")).toArray();
             if (kvs.isEmpty())
                 return done(std::optional<QByteArray>());
             done(std::optional<QByteArray>(keyValueOf(kvs.first().toObject()).value));
         });
}

void EtcdClient::removeRange(const QByteArray &from, const QByteArray &to, std::function<void(Status)> done)
{
    const QJsonObject request{{QStringLiteral("key"), b64(from)}, {QStringLiteral("range_end"), b64(to)}};
    post(QStringLiteral("/v3/kv/deleterange"), json(request), [done = std::move(done)](Result<QJsonObject> answer) {
        done(answer ? Status() : Status(answer.error()));
    });
}

void EtcdClient::list(const QByteArray &prefix, std::function<void(Result<QList<EtcdKeyValue>>)> done)
{
    const QJsonObject request{{QStringLiteral("key"), b64(prefix)}, {QStringLiteral("range_end"), b64(etcdPrefixEnd(prefix))}};
    post(QStringLiteral("/v3/kv/range"), json(request), [done = std::move(done)](Result<QJsonObject> answer) {
        if (!answer)
            return done(answer.error());
        QList<EtcdKeyValue> out;
        for (const QJsonValue &kv : answer->value(QStringLiteral("kvs")).toArray())
            out.append(keyValueOf(kv.toObject()));
        done(out);
    });
}

void EtcdClient::watch(const QByteArray &prefix)
{
    m_watchPrefix = prefix;
    startWatch();
}

void EtcdClient::startWatch()
{
    if (m_watch) {
        m_watch->disconnect(this);
        m_watch->abort();
        m_watch->deleteLater();
    }
    m_watchBuffer.clear();
    const QJsonObject create{{QStringLiteral("create_request"),
                              QJsonObject{{QStringLiteral("key"), b64(m_watchPrefix)},
                                          {QStringLiteral("range_end"), b64(etcdPrefixEnd(m_watchPrefix))}}}};
    QNetworkRequest request(QUrl(currentEndpoint() + QStringLiteral("/v3/watch")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    m_watch = m_network->post(request, json(create));
    connect(m_watch, &QNetworkReply::readyRead, this, &EtcdClient::onWatchData);
    connect(m_watch, &QNetworkReply::finished, this, [this, reply = m_watch.data()] {
        if (reply != m_watch)
            return;
        if (reply->error() != QNetworkReply::NoError)
            qCInfo(lcEtcd).noquote() << "etcd watch ended:" << reply->errorString();
        failOver();
        m_rewatch->start();
    });
    emit watchRestarted();
}

void EtcdClient::onWatchData()
{
    m_watchBuffer += m_watch->readAll();
    // One JSON object per line; a line may arrive in pieces.
    qsizetype newline;
    while ((newline = m_watchBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_watchBuffer.left(newline);
        m_watchBuffer.remove(0, newline + 1);
        const QJsonObject result = QJsonDocument::fromJson(line).object().value(QStringLiteral("result")).toObject();
        for (const QJsonValue &event : result.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = event.toObject();
            if (e.value(QStringLiteral("type")).toString() == QLatin1String("DELETE"))
                continue;
            const EtcdKeyValue kv = keyValueOf(e.value(QStringLiteral("kv")).toObject());
            emit changed(kv.key, kv.value);
        }
    }
}

} // namespace careledger
