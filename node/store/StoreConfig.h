#pragma once

#include "core/Result.h"

#include <QString>

namespace careledger {

// Where a full node's store lives: a SQLite file (the default) or a
// PostgreSQL database reached through Qt's QPSQL driver.
struct StoreConfig {
    enum class Backend { Sqlite, Postgresql };
    Backend backend = Backend::Sqlite;
    QString sqlitePath;

    // PostgreSQL only. An empty host means the server's Unix socket.
    QString host = QStringLiteral("localhost");
    quint16 port = 5432;
    QString dbname = QStringLiteral("careledger");
    QString user = QStringLiteral("careledger");
    QString passwordFile; // read when connecting; empty: no password (peer/trust/.pgpass)

    static StoreConfig sqlite(const QString &path);
    // postgresql://[user@]host[:port]/dbname, no password in it: see passwordFile.
    static Result<StoreConfig> fromUrl(const QString &url);
    // For messages and logs: the file, or user@host:port/dbname. Never a password.
    QString describe() const;
};

} // namespace careledger
