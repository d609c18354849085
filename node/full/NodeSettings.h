#pragma once

#include "core/Result.h"
#include "store/StoreConfig.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace careledger {

// careledgerd's configuration file (INI). Every option, its default and its
// meaning are documented in packaging/careledgerd.ini, which is installed as
// /etc/careledger/careledgerd.ini.
struct NodeSettings {
    QString dataDir = QStringLiteral("/var/lib/careledger");
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8443; // 0: the port of this org's endpoint in the genesis
    bool requireTotp = true;
    QString logLevel = QStringLiteral("info"); // debug, info, warning, error
    // [store]: where the chain is kept. backend=sqlite (the default) keeps it
    // in dataDir/ledger.sqlite; backend=postgresql in the database named here.
    StoreConfig store;
    // [etcd] endpoints: the etcd cluster a consortium member orders through
    // (http://host:port of each etcd member's client URL, its own first).
    // Empty: the node orders alone (a one-member network).
    QStringList etcdEndpoints;
    // [etcd] retain_blocks: how many recent blocks etcd keeps, for members
    // that were away (one further behind restores a backup instead).
    quint64 etcdRetainedBlocks = 10000;

    // The store the node opens: store, with the SQLite file resolved in dataDir.
    StoreConfig storeConfig() const;

    // Reads and validates a file; every problem is listed, not just the first.
    static Result<NodeSettings> load(const QString &path, QStringList *notes = nullptr);
    // Qt logging filter rules for logLevel.
    QString loggingRules() const;
};

} // namespace careledger
