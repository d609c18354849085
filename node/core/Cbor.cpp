#include "Cbor.h"

#include <QIODevice>

namespace careledger {

CborWriter::CborWriter() : m_writer(&m_buffer) {}

CborWriter &CborWriter::array(qsizetype length)
{
    m_writer.startArray(quint64(length));
    return *this;
}

CborWriter &CborWriter::uint(quint64 value)
{
    m_writer.append(value);
    return *this;
}

CborWriter &CborWriter::boolean(bool value)
{
    m_writer.append(value);
    return *this;
}

CborWriter &CborWriter::bytes(const QByteArray &value)
{
    m_writer.appendByteString(value.constData(), value.size());
    return *this;
}

CborWriter &CborWriter::text(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    m_writer.appendTextString(utf8.constData(), utf8.size());
    return *this;
}

CborWriter &CborWriter::null()
{
    m_writer.appendNull();
    return *this;
}

CborWriter &CborWriter::raw(const QByteArray &encodedItem)
{
    // Arrays carry their length up front, so an already-encoded item can go
    // straight to the device the encoder writes to.
    m_writer.device()->write(encodedItem);
    return *this;
}

QByteArray CborWriter::take()
{
    return m_buffer;
}

CborReader::CborReader(const QByteArray &data) : m_data(data), m_reader(m_data) {}

void CborReader::fail(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
}

bool CborReader::expect(QCborStreamReader::Type type, const char *what)
{
    if (!ok())
        return false;
    if (m_reader.lastError() != QCborError::NoError) {
        fail(QStringLiteral("invalid CBOR: %1").arg(m_reader.lastError().toString()));
        return false;
    }
    if (!m_reader.hasNext() || m_reader.type() != type) {
        fail(QStringLiteral("expected %1").arg(QLatin1String(what)));
        return false;
    }
    return true;
}

qsizetype CborReader::array(qsizetype minLength, qsizetype maxLength)
{
    if (!expect(QCborStreamReader::Array, "an array"))
        return 0;
    if (!m_reader.isLengthKnown()) {
        fail(QStringLiteral("indefinite-length array"));
        return 0;
    }
    const quint64 length = m_reader.length();
    if (length < quint64(minLength) || length > quint64(maxLength)) {
        fail(QStringLiteral("array of %1 items, expected %2..%3").arg(length).arg(minLength).arg(maxLength));
        return 0;
    }
    m_reader.enterContainer();
    return qsizetype(length);
}

void CborReader::leave()
{
    if (!ok())
        return;
    if (m_reader.hasNext()) {
        fail(QStringLiteral("unexpected extra items in array"));
        return;
    }
    m_reader.leaveContainer();
}

quint64 CborReader::uint(quint64 max)
{
    if (!expect(QCborStreamReader::UnsignedInteger, "an unsigned integer"))
        return 0;
    const quint64 v = m_reader.toUnsignedInteger();
    m_reader.next();
    if (v > max) {
        fail(QStringLiteral("integer %1 exceeds %2").arg(v).arg(max));
        return 0;
    }
    return v;
}

bool CborReader::boolean()
{
    if (!ok())
        return false;
    if (!m_reader.hasNext() || !m_reader.isBool()) {
        fail(QStringLiteral("expected a boolean"));
        return false;
    }
    const bool v = m_reader.toBool();
    m_reader.next();
    return v;
}

QByteArray CborReader::bytes(qsizetype maxLength)
{
    if (!expect(QCborStreamReader::ByteArray, "a byte string"))
        return {};
    if (!m_reader.isLengthKnown()) {
        fail(QStringLiteral("indefinite-length byte string"));
        return {};
    }
    if (m_reader.length() > quint64(maxLength)) {
        fail(QStringLiteral("byte string of %1 bytes exceeds %2").arg(m_reader.length()).arg(maxLength));
        return {};
    }
    auto r = m_reader.readByteArray();
    QByteArray out;
    while (r.status == QCborStreamReader::Ok) {
        out += r.data;
        r = m_reader.readByteArray();
    }
    if (r.status == QCborStreamReader::Error)
        fail(QStringLiteral("truncated byte string"));
    return out;
}

QByteArray CborReader::fixedBytes(qsizetype length)
{
    const QByteArray b = bytes(length);
    if (ok() && b.size() != length)
        fail(QStringLiteral("byte string of %1 bytes, expected %2").arg(b.size()).arg(length));
    return b;
}

QString CborReader::text(qsizetype maxLength)
{
    if (!expect(QCborStreamReader::String, "a text string"))
        return {};
    if (!m_reader.isLengthKnown()) {
        fail(QStringLiteral("indefinite-length text string"));
        return {};
    }
    if (m_reader.length() > quint64(maxLength)) {
        fail(QStringLiteral("text of %1 bytes exceeds %2").arg(m_reader.length()).arg(maxLength));
        return {};
    }
    auto r = m_reader.readString();
    QString out;
    while (r.status == QCborStreamReader::Ok) {
        out += r.data;
        r = m_reader.readString();
    }
    if (r.status == QCborStreamReader::Error)
        fail(QStringLiteral("invalid text string"));
    return out;
}

bool CborReader::nextIsNull() const
{
    return ok() && m_reader.hasNext() && m_reader.isNull();
}

bool CborReader::nextIsUInt() const
{
    return ok() && m_reader.hasNext() && m_reader.isUnsignedInteger();
}

void CborReader::null()
{
    if (!ok())
        return;
    if (!nextIsNull()) {
        fail(QStringLiteral("expected null"));
        return;
    }
    m_reader.next();
}

QByteArray CborReader::rawItem(qsizetype maxLength)
{
    if (!ok())
        return {};
    if (!m_reader.hasNext()) {
        fail(QStringLiteral("expected an item"));
        return {};
    }
    const qint64 start = m_reader.currentOffset();
    if (!m_reader.next()) {
        fail(QStringLiteral("invalid nested item"));
        return {};
    }
    const qint64 end = m_reader.currentOffset();
    if (end - start > maxLength) {
        fail(QStringLiteral("nested item of %1 bytes exceeds %2").arg(end - start).arg(maxLength));
        return {};
    }
    return m_data.mid(start, end - start);
}

Status CborReader::finish()
{
    if (ok() && m_reader.lastError() != QCborError::NoError)
        fail(QStringLiteral("invalid CBOR: %1").arg(m_reader.lastError().toString()));
    if (ok() && m_reader.currentOffset() != m_data.size())
        fail(QStringLiteral("%1 trailing bytes").arg(m_data.size() - m_reader.currentOffset()));
    if (!ok())
        return makeError(QStringLiteral("malformed"), m_error);
    return {};
}

} // namespace careledger
