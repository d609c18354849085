#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace careledger {

struct EtcdKeyValue {
    QByteArray key;
    QByteArray value;
};

// etcd v3 through its JSON gateway (etcd 3.4: keys and values in base64, 64-bit
// numbers as strings, zero fields omitted). Asynchronous, on the thread that
// owns it. Several endpoints of one cluster: a request that cannot reach its
// endpoint fails and the next request goes to the next endpoint, so a dead
// etcd member costs one failed call, not the node's ordering.
class EtcdClient : public QObject {
    Q_OBJECT
public:
    // etcd refuses requests over 1.5 MiB; values are base64 in JSON (4/3).
    static constexpr qsizetype MaxValueBytes = 1100 * 1024;

    explicit EtcdClient(QStringList endpoints, QObject *parent = nullptr);
    ~EtcdClient() override;

    // Writes key only if it does not exist (compare create_revision = 0):
    // true if this call created it, false if it was there already.
    void createIfAbsent(const QByteArray &key, const QByteArray &value, std::function<void(Result<bool>)> done);
    void put(const QByteArray &key, const QByteArray &value, std::function<void(Status)> done);
    // The value of key, if any.
    void get(const QByteArray &key, std::function<void(Result<std::optional<QByteArray>>)> done);
    // Deletes every key in [from, to).
    void removeRange(const QByteArray &from, const QByteArray &to, std::function<void(Status)> done);
    // Every key with this prefix, in key order.
    void list(const QByteArray &prefix, std::function<void(Result<QList<EtcdKeyValue>>)> done);

    // Streams every put under prefix as changed(); reconnects (to the next
    // endpoint) when the stream ends. Events missed while disconnected are
    // not replayed: the caller re-reads what it needs (watchRestarted).
    void watch(const QByteArray &prefix);

    QString currentEndpoint() const { return m_endpoints.value(m_current); }

signals:
    void changed(const QByteArray &key, const QByteArray &value);
    void watchRestarted();

private:
    void post(const QString &path, const QByteArray &json, std::function<void(Result<QJsonObject>)> done);
    void startWatch();
    void onWatchData();
    void failOver();

    QStringList m_endpoints;
    int m_current = 0;
    QNetworkAccessManager *m_network;
    QByteArray m_watchPrefix;
    QPointer<QNetworkReply> m_watch;
    QByteArray m_watchBuffer;
    QTimer *m_rewatch;
};

// The end of the key range that holds exactly the keys starting with prefix.
QByteArray etcdPrefixEnd(const QByteArray &prefix);

} // namespace careledger
