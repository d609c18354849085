#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QString>

#include <functional>

namespace careledger {

// Deterministic CBOR (RFC 8949 §4.2) for everything that is signed or hashed:
// arrays with definite lengths, shortest integers, no maps, no floats, no tags.
class CborWriter {
public:
    CborWriter();

    CborWriter &array(qsizetype length);
    CborWriter &uint(quint64 value);
    CborWriter &boolean(bool value);
    CborWriter &bytes(const QByteArray &value);
    CborWriter &text(const QString &value);
    CborWriter &null();
    // Bytes that are already one canonical CBOR item (a nested signed object).
    CborWriter &raw(const QByteArray &encodedItem);

    QByteArray take();

private:
    QByteArray m_buffer;
    QCborStreamWriter m_writer;
};

// Strict reader: every call names the type it expects and a size limit, and the
// first violation sticks as the reader's error. Callers check error() once at
// the end (or ok() along the way) instead of after every field.
class CborReader {
public:
    explicit CborReader(const QByteArray &data);

    // Enters an array whose length must lie in [minLength, maxLength]; returns its length.
    qsizetype array(qsizetype minLength, qsizetype maxLength);
    void leave();
    quint64 uint(quint64 max = ~quint64(0));
    bool boolean();
    QByteArray bytes(qsizetype maxLength);
    // Exactly `length` bytes (keys, hashes, signatures).
    QByteArray fixedBytes(qsizetype length);
    QString text(qsizetype maxLength);
    bool nextIsNull() const;
    bool nextIsUInt() const;
    void null();
    // The next item, whole, as canonical bytes (for nested signed objects).
    QByteArray rawItem(qsizetype maxLength);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    void fail(const QString &reason);

    // Succeeds only if no error occurred and the input is fully consumed.
    Status finish();

private:
    bool expect(QCborStreamReader::Type type, const char *what);
    QByteArray m_data;
    QCborStreamReader m_reader;
    QString m_error;
};

// Decodes with `decode`, then re-encodes with `encode` and insists on identical
// bytes: the one check that rules out every non-canonical form (long integers,
// indefinite lengths, trailing bytes) without enumerating them.
template <typename T>
Result<T> decodeCanonical(const QByteArray &bytes, const QString &what,
                          const std::function<T(CborReader &)> &decode,
                          const std::function<QByteArray(const T &)> &encode)
{
    CborReader reader(bytes);
    T value = decode(reader);
    if (Status st = reader.finish(); !st)
        return makeError(QStringLiteral("malformed"), what + QStringLiteral(": ") + st.error().message);
    if (encode(value) != bytes)
        return makeError(QStringLiteral("non_canonical"),
                         what + QStringLiteral(": encoding is not canonical"));
    return value;
}

} // namespace careledger
