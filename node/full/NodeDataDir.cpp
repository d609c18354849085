#include "NodeDataDir.h"

#include "crypto/Ed25519.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace careledger {

QString NodeDataDir::file(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

bool NodeDataDir::isInitialised() const
{
    return QFile::exists(file(QStringLiteral("genesis.cbor")));
}

Status NodeDataDir::writeFile(const QString &name, const QByteArray &data, bool secret) const
{
    QSaveFile f(file(name));
    if (!f.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("io"), QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString()));
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(data) != data.size() || !f.commit())
        return makeError(QStringLiteral("io"), QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString()));
    return {};
}

Result<QByteArray> NodeDataDir::readFile(const QString &name) const
{
    QFile f(file(name));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("io"),
                         QStringLiteral("cannot read %1: %2 (was `careledgerd init` run for this data directory?)")
                             .arg(f.fileName(), f.errorString()));
    return f.readAll();
}

Status NodeDataDir::create(const NetworkConfig &genesis, const QString &orgId, const SecureBuffer &orgKey,
                           const QByteArray &tlsCertificatePem, const QByteArray &tlsKeyPem) const
{
    if (isInitialised())
        return makeError(QStringLiteral("exists"), QStringLiteral("%1 already holds a node; refusing to overwrite it").arg(m_path));
    if (Status st = createIdentity(orgId, orgKey, tlsCertificatePem, tlsKeyPem); !st)
        return st;
    return installGenesis(genesis);
}

bool NodeDataDir::hasIdentity() const
{
    return QFile::exists(file(QStringLiteral("org.key")));
}

Status NodeDataDir::createIdentity(const QString &orgId, const SecureBuffer &orgKey, const QByteArray &tlsCertificatePem,
                                   const QByteArray &tlsKeyPem) const
{
    if (hasIdentity() || isInitialised())
        return makeError(QStringLiteral("exists"),
                         QStringLiteral("%1 already holds an organisation's keys; refusing to overwrite them").arg(m_path));
    if (!QDir().mkpath(m_path))
        return makeError(QStringLiteral("io"), QStringLiteral("cannot create %1").arg(m_path));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QByteArray keyFile = QByteArray(reinterpret_cast<const char *>(orgKey.data()), qsizetype(orgKey.size()));
    // org.key last: its presence marks the identity as complete.
    Status st = writeFile(QStringLiteral("org.id"), orgId.toUtf8(), false);
    if (st)
        st = writeFile(QStringLiteral("tls.crt"), tlsCertificatePem, false);
    if (st)
        st = writeFile(QStringLiteral("tls.key"), tlsKeyPem, true);
    if (st)
        st = writeFile(QStringLiteral("org.key"), keyFile, true);
    return st;
}

Status NodeDataDir::installGenesis(const NetworkConfig &genesis) const
{
    if (isInitialised())
        return makeError(QStringLiteral("exists"), QStringLiteral("%1 already holds a network's genesis").arg(m_path));
    if (!hasIdentity())
        return makeError(QStringLiteral("no_identity"), QStringLiteral("%1 holds no organisation keys").arg(m_path));
    // genesis last: its presence marks the directory as complete.
    return writeFile(QStringLiteral("genesis.cbor"), genesis.encode(), false);
}

Result<NetworkConfig> NodeDataDir::genesis() const
{
    auto bytes = readFile(QStringLiteral("genesis.cbor"));
    if (!bytes)
        return bytes.error();
    return NetworkConfig::decode(*bytes);
}

Result<NodeDataDir::Identity> NodeDataDir::identity() const
{
    auto id = readFile(QStringLiteral("org.id"));
    if (!id)
        return id.error();
    auto key = readFile(QStringLiteral("org.key"));
    if (!key)
        return key.error();
    if (key->size() != Ed25519::SecretKeySize)
        return makeError(QStringLiteral("bad_key"), QStringLiteral("%1 is not an org key").arg(file(QStringLiteral("org.key"))));
    Identity identity{QString::fromUtf8(*id).trimmed(), SecureBuffer::copyOf(*key)};
    key->fill('\0');
    return identity;
}

Result<QByteArray> NodeDataDir::tlsCertificatePem() const
{
    return readFile(QStringLiteral("tls.crt"));
}

Result<QByteArray> NodeDataDir::tlsKeyPem() const
{
    return readFile(QStringLiteral("tls.key"));
}

Status NodeDataDir::backupTo(const QString &destination) const
{
    if (!isInitialised())
        return makeError(QStringLiteral("no_node"), QStringLiteral("%1 holds no node to back up").arg(m_path));
    NodeDataDir target(destination);
    if (target.isInitialised() || QFile::exists(target.databasePath()))
        return makeError(QStringLiteral("exists"), QStringLiteral("%1 already holds a node; refusing to overwrite it").arg(destination));
    if (!QDir().mkpath(destination))
        return makeError(QStringLiteral("io"), QStringLiteral("cannot create %1").arg(destination));
    QFile::setPermissions(destination, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QString connection = QStringLiteral("backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        QSqlQuery q(db);
        if (!db.open()) {
            result = makeError(QStringLiteral("io"), QStringLiteral("cannot open the database: %1").arg(db.lastError().text()));
        } else {
            q.prepare(QStringLiteral("VACUUM INTO ?"));
            q.addBindValue(target.databasePath());
            if (!q.exec())
                result = makeError(QStringLiteral("io"), QStringLiteral("cannot copy the database: %1").arg(q.lastError().text()));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!result)
        return result;
    // genesis last, as in create(): its presence marks the copy complete.
    for (const char *name : {"org.id", "org.key", "tls.crt", "tls.key", "genesis.cbor"}) {
        auto bytes = readFile(QLatin1String(name));
        if (!bytes)
            return bytes.error();
        const bool secret = QLatin1String(name).endsWith(QLatin1String(".key"));
        if (Status st = target.writeFile(QLatin1String(name), *bytes, secret); !st)
            return st;
    }
    return {};
}

} // namespace careledger
