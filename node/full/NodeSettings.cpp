#include "NodeSettings.h"

#include "NodeDataDir.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace careledger {

namespace {
const QStringList KnownKeys{QStringLiteral("node/datadir"), QStringLiteral("node/listen"), QStringLiteral("node/port"),
                            QStringLiteral("auth/require_totp"), QStringLiteral("log/level"),
                            QStringLiteral("store/backend"), QStringLiteral("store/host"), QStringLiteral("store/port"),
                            QStringLiteral("store/dbname"), QStringLiteral("store/user"),
                            QStringLiteral("store/password_file"), QStringLiteral("etcd/endpoints"),
                            QStringLiteral("etcd/retain_blocks")};
const QStringList PostgresKeys{QStringLiteral("store/host"), QStringLiteral("store/port"), QStringLiteral("store/dbname"),
                               QStringLiteral("store/user"), QStringLiteral("store/password_file")};

// PostgreSQL identifiers as the store's users will type them: no quoting needed.
bool isPlainName(const QString &name)
{
    if (name.isEmpty() || name.size() > 63)
        return false;
    for (const QChar c : name)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')))
            return false;
    return true;
}
const QStringList Levels{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error")};

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0"))
        return false;
    return std::nullopt;
}
} // namespace

Result<NodeSettings> NodeSettings::load(const QString &path, QStringList *notes)
{
    if (!QFileInfo(path).isReadable())
        return makeError(QStringLiteral("config"), QStringLiteral("cannot read the configuration file %1").arg(path));
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return makeError(QStringLiteral("config"), QStringLiteral("%1 is not a valid INI file").arg(path));

    NodeSettings s;
    QStringList problems;
    for (const QString &key : ini.allKeys())
        if (!KnownKeys.contains(key))
            problems << QStringLiteral("unknown option '%1'").arg(key);

    s.dataDir = ini.value(QStringLiteral("node/datadir"), s.dataDir).toString();
    if (!QFileInfo(s.dataDir).isAbsolute())
        problems << QStringLiteral("node/datadir must be an absolute path, not '%1'").arg(s.dataDir);
    else if (!NodeDataDir(s.dataDir).isInitialised() && notes)
        *notes << QStringLiteral("%1 holds no node yet: run `careledgerd init --datadir %1 …` before serving").arg(s.dataDir);

    const QString listen = ini.value(QStringLiteral("node/listen"), s.listenAddress.toString()).toString();
    s.listenAddress = QHostAddress(listen);
    if (s.listenAddress.isNull())
        problems << QStringLiteral("node/listen must be an IP address, not '%1'").arg(listen);

    bool ok = false;
    const uint port = ini.value(QStringLiteral("node/port"), s.port).toString().toUInt(&ok);
    if (!ok || port > 65535)
        problems << QStringLiteral("node/port must be a number from 0 to 65535");
    s.port = quint16(port);

    const auto totp = parseBool(ini.value(QStringLiteral("auth/require_totp"), QStringLiteral("true")).toString());
    if (!totp)
        problems << QStringLiteral("auth/require_totp must be true or false");
    s.requireTotp = totp.value_or(true);

    s.logLevel = ini.value(QStringLiteral("log/level"), s.logLevel).toString().trimmed().toLower();
    if (!Levels.contains(s.logLevel))
        problems << QStringLiteral("log/level must be one of %1").arg(Levels.join(QStringLiteral(", ")));

    const QString backend = ini.value(QStringLiteral("store/backend"), QStringLiteral("sqlite")).toString().trimmed().toLower();
    if (backend == QLatin1String("postgresql")) {
        s.store.backend = StoreConfig::Backend::Postgresql;
        s.store.host = ini.value(QStringLiteral("store/host"), s.store.host).toString().trimmed();
        const uint pgPort = ini.value(QStringLiteral("store/port"), s.store.port).toString().toUInt(&ok);
        if (!ok || pgPort == 0 || pgPort > 65535)
            problems << QStringLiteral("store/port must be a number from 1 to 65535");
        else
            s.store.port = quint16(pgPort);
        s.store.dbname = ini.value(QStringLiteral("store/dbname"), s.store.dbname).toString().trimmed();
        if (!isPlainName(s.store.dbname))
            problems << QStringLiteral("store/dbname must be a database name (letters, digits, _ - .), not '%1'")
                            .arg(s.store.dbname);
        s.store.user = ini.value(QStringLiteral("store/user"), s.store.user).toString().trimmed();
        if (!isPlainName(s.store.user))
            problems << QStringLiteral("store/user must be a role name (letters, digits, _ - .), not '%1'").arg(s.store.user);
        s.store.passwordFile = ini.value(QStringLiteral("store/password_file")).toString().trimmed();
        if (!s.store.passwordFile.isEmpty()) {
            const QFileInfo pw(s.store.passwordFile);
            if (!pw.isAbsolute())
                problems << QStringLiteral("store/password_file must be an absolute path, not '%1'").arg(s.store.passwordFile);
            else if (!pw.isFile() || !pw.isReadable())
                problems << QStringLiteral("store/password_file %1 is not a readable file").arg(s.store.passwordFile);
            else if ((pw.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) && notes)
                *notes << QStringLiteral("store/password_file %1 is readable by others than its owner: chmod 600 it")
                              .arg(s.store.passwordFile);
        }
    } else if (backend == QLatin1String("sqlite")) {
        for (const QString &key : PostgresKeys)
            if (ini.contains(key) && notes)
                *notes << QStringLiteral("%1 is ignored: it applies to store/backend=postgresql").arg(key);
    } else {
        problems << QStringLiteral("store/backend must be sqlite or postgresql, not '%1'").arg(backend);
    }

    // QSettings reads an unquoted "a, b" as a list already.
    for (const QString &endpoint : ini.value(QStringLiteral("etcd/endpoints")).toStringList()) {
        const QString e = endpoint.trimmed();
        if (e.isEmpty())
            continue;
        const QUrl url(e, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
            || url.host().isEmpty() || url.port() <= 0 || (!url.path().isEmpty() && url.path() != QLatin1String("/")))
            problems << QStringLiteral("etcd/endpoints must be a comma-separated list of http://host:port, not '%1'").arg(e);
        else
            s.etcdEndpoints << url.adjusted(QUrl::RemovePath).toString();
    }

    const quint64 retain = ini.value(QStringLiteral("etcd/retain_blocks"), s.etcdRetainedBlocks).toString().toULongLong(&ok);
    if (!ok || retain < 10)
        problems << QStringLiteral("etcd/retain_blocks must be a number of blocks, at least 10");
    else
        s.etcdRetainedBlocks = retain;

    if (!problems.isEmpty())
        return makeError(QStringLiteral("config"), QStringLiteral("%1: %2").arg(path, problems.join(QStringLiteral("; "))));
    return s;
}

StoreConfig NodeSettings::storeConfig() const
{
    if (store.backend == StoreConfig::Backend::Sqlite)
        return StoreConfig::sqlite(NodeDataDir(dataDir).databasePath());
    return store;
}

QString NodeSettings::loggingRules() const
{
    // Levels below the chosen one are switched off for every category.
    QStringList rules;
    const qsizetype chosen = Levels.indexOf(logLevel);
    for (qsizetype i = 0; i < chosen; ++i)
        rules << QStringLiteral("*.%1=false").arg(Levels[i]);
    return rules.join(QLatin1Char('\n'));
}

} // namespace careledger
