#include "StoreConfig.h"

#include <QUrl>

namespace careledger {

StoreConfig StoreConfig::sqlite(const QString &path)
{
    StoreConfig c;
    c.backend = Backend::Sqlite;
    c.sqlitePath = path;
    return c;
}

Result<StoreConfig> StoreConfig::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const auto bad = [&text](const QString &why) {
        return makeError(QStringLiteral("config"), QStringLiteral("'%1' is not a PostgreSQL URL (%2); expected "
                                                                  "postgresql://user@host:port/dbname")
                                                       .arg(text, why));
    };
    if (!url.isValid())
        return bad(url.errorString());
    if (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))
        return bad(QStringLiteral("the scheme must be postgresql"));
    if (!url.password().isEmpty())
        return bad(QStringLiteral("no password in the URL: give a password file"));
    if (url.hasQuery() || url.hasFragment())
        return bad(QStringLiteral("no query or fragment"));
    StoreConfig c;
    c.backend = Backend::Postgresql;
    c.host = url.host();
    if (url.port() != -1)
        c.port = quint16(url.port());
    if (!url.userName().isEmpty())
        c.user = url.userName();
    const QString path = url.path();
    if (path.size() < 2 || path.indexOf(QLatin1Char('/'), 1) != -1)
        return bad(QStringLiteral("the path must be the database name"));
    c.dbname = path.mid(1);
    return c;
}

QString StoreConfig::describe() const
{
    if (backend == Backend::Sqlite)
        return sqlitePath;
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(user, host.isEmpty() ? QStringLiteral("(socket)") : host)
        .arg(port)
        .arg(dbname);
}

} // namespace careledger
