#pragma once

#include "core/Result.h"
#include "crypto/SecureBuffer.h"
#include "ledger/NetworkConfig.h"

#include <QString>

namespace careledger {

// The files of one full node: genesis, org identity, TLS identity, database.
// Secrets are written owner-only (0600) and read into secure memory.
class NodeDataDir {
public:
    explicit NodeDataDir(QString path) : m_path(std::move(path)) {}

    QString path() const { return m_path; }
    QString file(const QString &name) const;
    bool isInitialised() const;

    struct Identity {
        QString orgId;
        SecureBuffer orgKey;
    };

    // init: writes genesis, the org key and the TLS identity; refuses to overwrite.
    Status create(const NetworkConfig &genesis, const QString &orgId, const SecureBuffer &orgKey,
                  const QByteArray &tlsCertificatePem, const QByteArray &tlsKeyPem) const;
    // A consortium member's first step: the org key and TLS identity alone,
    // before there is a genesis; refuses to overwrite an identity.
    Status createIdentity(const QString &orgId, const SecureBuffer &orgKey, const QByteArray &tlsCertificatePem,
                          const QByteArray &tlsKeyPem) const;
    bool hasIdentity() const;
    // Completes a directory made by createIdentity with the network's genesis.
    Status installGenesis(const NetworkConfig &genesis) const;
    Result<NetworkConfig> genesis() const;
    Result<Identity> identity() const;
    Result<QByteArray> tlsCertificatePem() const;
    Result<QByteArray> tlsKeyPem() const;
    QString databasePath() const { return file(QStringLiteral("ledger.sqlite")); }

    // A consistent copy of the whole node, safe while it serves: the files, and
    // the database through SQLite's VACUUM INTO (one read transaction).
    Status backupTo(const QString &destination) const;

private:
    Status writeFile(const QString &name, const QByteArray &data, bool secret) const;
    Result<QByteArray> readFile(const QString &name) const;
    QString m_path;
};

} // namespace careledger
