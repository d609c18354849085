#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace careledger {

// A member's promise never to sign two different headers at one height, kept
// across restarts: the newest height it signed and that header's hash, in a
// file of its data directory, written durably (fsync) before the signature
// leaves the node. A member signs height h only with the chain at h-1, so the
// newest entry is all it needs: every lower height is already committed.
class SigningRecord {
public:
    explicit SigningRecord(QString path) : m_path(std::move(path)) {}

    // Reads the file; none yet is an empty record.
    Status load();
    // Ok if this member may sign headerHash at height, recorded durably before
    // returning; an error (and nothing changed) if it signed another header
    // there, or a higher height already.
    Status permit(quint64 height, const QByteArray &headerHash);

    quint64 height() const { return m_height; }
    bool isEmpty() const { return m_hash.isEmpty(); }

private:
    QString m_path;
    quint64 m_height = 0;
    QByteArray m_hash;
};

} // namespace careledger
