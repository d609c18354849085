#pragma once

#include "DeviceReading.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>

#include <functional>

namespace careledger {

// A monitoring device's side of POST /v1/rpm/readings: HTTPS (TLS 1.3) to its
// org's full node, whose certificate it pins. Asynchronous; postAndWait()
// for tests and one-shot tools.
class DeviceClient : public QObject {
    Q_OBJECT
public:
    struct Reply {
        int httpStatus = 0;  // 0: no answer (network)
        QString error;       // the node's error code ("bad_signature", …) or "network"; empty on success
        QString message;
        int accepted = 0;
        bool ok() const { return httpStatus == 202; }
    };

    DeviceClient(QString endpoint, QByteArray pinnedCertificateDer, QObject *parent = nullptr);

    // One reading is posted as its Observation, several as a Bundle (type "batch").
    static QByteArray bodyOf(const QList<DeviceReading> &readings);
    void post(const QList<DeviceReading> &readings, std::function<void(const Reply &)> done);
    void postBody(const QByteArray &body, std::function<void(const Reply &)> done);
    Reply postAndWait(const QByteArray &body, int timeoutMs = 15000);

private:
    QString m_endpoint;
    QByteArray m_pinned;
    QNetworkAccessManager m_network;
};

} // namespace careledger
