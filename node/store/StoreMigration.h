#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace careledger {

class LedgerStore;

// Copies a stopped node's SQLite store into an empty PostgreSQL one
// (`careledgerd migrate`). Both are opened by LedgerStore first, so both have
// the current schema. Every table's rows are copied in rowid order, on the
// target in ONE transaction; before it commits, the row counts of every table,
// the tip and the root of the transaction log are compared with the source's.
// Any failure rolls the transaction back: the target keeps its schema and no
// rows, so the migration can simply be run again.
class StoreMigration {
public:
    struct TableRows {
        QString table;
        qint64 rows = 0;
    };
    struct Summary {
        QList<TableRows> tables;        // in copy order
        std::optional<quint64> tipHeight; // none: the source holds no block
        quint64 logSize = 0;
        QByteArray logRoot;
    };

    // The tables copied, in an order that satisfies the foreign keys. A source
    // with any other table (a newer schema) is refused rather than half copied.
    static const QStringList &tables();

    // source: SQLite; target: PostgreSQL, holding no rows (else refused, code "not_empty").
    static Result<Summary> copy(LedgerStore &source, LedgerStore &target);
};

} // namespace careledger
