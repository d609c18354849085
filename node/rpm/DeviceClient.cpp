#include "DeviceClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace careledger {

DeviceClient::DeviceClient(QString endpoint, QByteArray pinnedCertificateDer, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_pinned(std::move(pinnedCertificateDer))
{
}

QByteArray DeviceClient::bodyOf(const QList<DeviceReading> &readings)
{
    if (readings.size() == 1)
        return QJsonDocument(readings.first().toObservation()).toJson(QJsonDocument::Compact);
    QJsonArray entries;
    for (const DeviceReading &r : readings)
        entries.append(QJsonObject{{"resource", r.toObservation()}});
    return QJsonDocument(QJsonObject{{"resourceType", "Bundle"}, {"type", "batch"}, {"entry", entries}})
        .toJson(QJsonDocument::Compact);
}

void DeviceClient::post(const QList<DeviceReading> &readings, std::function<void(const Reply &)> done)
{
    postBody(bodyOf(readings), std::move(done));
}

void DeviceClient::postBody(const QByteArray &body, std::function<void(const Reply &)> done)
{
    QNetworkRequest req(QUrl(m_endpoint + QStringLiteral("/v1/rpm/readings")));
    const QSslCertificate pinned(m_pinned, QSsl::Der);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_3OrLater);
    tls.setCaCertificates({pinned});
    req.setSslConfiguration(tls);
    req.setTransferTimeout(30000);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/fhir+json"));
    QNetworkReply *reply = m_network.post(req, body);
    // The node's certificate is self-signed: accept exactly the pinned one.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, pinned](const QList<QSslError> &errors) {
        if (!pinned.isNull() && reply->sslConfiguration().peerCertificate() == pinned)
            reply->ignoreSslErrors(errors);
    });
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        Reply r;
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        if (r.httpStatus == 0) {
            r.error = QStringLiteral("network");
            r.message = reply->errorString();
        } else if (r.httpStatus == 202) {
            r.accepted = o.value(QLatin1String("accepted")).toInt();
        } else {
            r.error = o.value(QLatin1String("error")).toString(QStringLiteral("http_%1").arg(r.httpStatus));
            r.message = o.value(QLatin1String("message")).toString(reply->errorString());
        }
        done(r);
    });
}

DeviceClient::Reply DeviceClient::postAndWait(const QByteArray &body, int timeoutMs)
{
    // Shared with the callback, which may outlive this call when the answer comes after the timeout.
    auto out = std::make_shared<Reply>(Reply{0, QStringLiteral("network"), QStringLiteral("no answer within %1 ms").arg(timeoutMs), 0});
    auto loop = std::make_shared<QEventLoop>();
    postBody(body, [out, weak = std::weak_ptr<QEventLoop>(loop)](const Reply &r) {
        if (const auto l = weak.lock()) {
            *out = r;
            l->quit();
        }
    });
    QTimer::singleShot(timeoutMs, loop.get(), &QEventLoop::quit);
    loop->exec();
    return *out;
}

} // namespace careledger
