#include "SigningRecord.h"

#include <QFile>
#include <QSaveFile>

namespace careledger {

Status SigningRecord::load()
{
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("io"), QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString()));
    const QList<QByteArray> fields = file.readAll().trimmed().split(' ');
    bool ok = false;
    const quint64 height = fields.value(0).toULongLong(&ok);
    const QByteArray hash = QByteArray::fromHex(fields.value(1));
    if (fields.size() != 2 || !ok || hash.size() != 32)
        return makeError(QStringLiteral("corrupt"),
                         QStringLiteral("%1 is not a signing record (height and header hash): refusing to sign anything "
                                        "rather than risk signing twice")
                             .arg(m_path));
    m_height = height;
    m_hash = hash;
    return {};
}

Status SigningRecord::permit(quint64 height, const QByteArray &headerHash)
{
    if (!m_hash.isEmpty()) {
        if (height == m_height && headerHash == m_hash)
            return {};
        if (height <= m_height)
            return makeError(QStringLiteral("already_signed"),
                             QStringLiteral("this member already signed %1 at height %2; it will not sign header %3 at height %4")
                                 .arg(height == m_height ? QStringLiteral("another header") : QStringLiteral("up to"))
                                 .arg(m_height)
                                 .arg(QString::fromLatin1(headerHash.toHex().left(16)))
                                 .arg(height));
    }
    // QSaveFile: written beside, flushed to disk, renamed over: never half a record.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("io"), QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString()));
    file.write(QByteArray::number(height) + ' ' + headerHash.toHex() + '\n');
    if (!file.commit())
        return makeError(QStringLiteral("io"), QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString()));
    m_height = height;
    m_hash = headerHash;
    return {};
}

} // namespace careledger
