#include "core/Cbor.h"

#include <QRandomGenerator>
#include <QTest>

#include <functional>

// One step of reading, so rejection rules can be listed as table rows.
using ReadStep = std::function<void(careledger::CborReader &)>;
Q_DECLARE_METATYPE(ReadStep)

namespace careledger {

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

// Test values are modelled as QVariants: quint64, bool, QByteArray, QString,
// QVariantList (array) and an invalid QVariant for null.
QVariant u(quint64 v)
{
    return QVariant::fromValue(v);
}

QVariant list(std::initializer_list<QVariant> items)
{
    return QVariantList(items);
}

void writeValue(CborWriter &w, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::ULongLong:
        w.uint(v.toULongLong());
        return;
    case QMetaType::Bool:
        w.boolean(v.toBool());
        return;
    case QMetaType::QByteArray:
        w.bytes(v.toByteArray());
        return;
    case QMetaType::QString:
        w.text(v.toString());
        return;
    case QMetaType::QVariantList: {
        const QVariantList items = v.toList();
        w.array(items.size());
        for (const QVariant &item : items)
            writeValue(w, item);
        return;
    }
    default:
        Q_ASSERT(!v.isValid());
        w.null();
    }
}

QByteArray encode(const QVariant &v)
{
    CborWriter w;
    writeValue(w, v);
    return w.take();
}

// The strict reader needs to be told what comes next, so reading back is
// guided by the expected value's shape.
QVariant readLike(CborReader &r, const QVariant &shape)
{
    switch (shape.typeId()) {
    case QMetaType::ULongLong:
        return u(r.uint());
    case QMetaType::Bool:
        return r.boolean();
    case QMetaType::QByteArray:
        return r.bytes(1024);
    case QMetaType::QString:
        return r.text(1024);
    case QMetaType::QVariantList: {
        const QVariantList items = shape.toList();
        r.array(items.size(), items.size());
        QVariantList out;
        for (const QVariant &item : items)
            out.append(readLike(r, item));
        r.leave();
        return out;
    }
    default:
        r.null();
        return {};
    }
}

// A small decoder in the shape of a signed record: [version, [items...], sig].
struct Sample {
    quint64 version = 0;
    QList<QVariant> items;
    QByteArray signature;
};

Sample decodeSample(CborReader &r)
{
    Sample s;
    r.array(3, 3);
    s.version = r.uint(1000);
    const qsizetype n = r.array(0, 8);
    for (qsizetype i = 0; i < n && r.ok(); ++i) {
        if (r.nextIsNull()) {
            r.null();
            s.items.append(QVariant());
        } else if (i % 4 == 0) {
            s.items.append(r.text(64));
        } else if (i % 4 == 1) {
            s.items.append(r.bytes(64));
        } else if (i % 4 == 2) {
            s.items.append(r.boolean());
        } else {
            s.items.append(r.rawItem(64));
        }
    }
    r.leave();
    s.signature = r.fixedBytes(4);
    r.leave();
    return s;
}

QByteArray encodeSample(const Sample &s)
{
    CborWriter w;
    w.array(3).uint(s.version).array(s.items.size());
    for (qsizetype i = 0; i < s.items.size(); ++i) {
        const QVariant &item = s.items.at(i);
        if (!item.isValid())
            w.null();
        else if (i % 4 == 3)
            w.raw(item.toByteArray());
        else
            writeValue(w, item);
    }
    w.bytes(s.signature);
    return w.take();
}

Result<Sample> decodeSampleCanonical(const QByteArray &bytes)
{
    return decodeCanonical<Sample>(bytes, QStringLiteral("sample"), decodeSample, encodeSample);
}

// CARELEDGER_FUZZ_ITERATIONS raises the count for a long run (e.g. under ASan).
int fuzzIterations()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("CARELEDGER_FUZZ_ITERATIONS", &ok);
    return ok && n > 0 ? n : 5000;
}

Result<quint64> decodeUintCanonical(const QByteArray &bytes)
{
    return decodeCanonical<quint64>(
        bytes, QStringLiteral("number"), [](CborReader &r) { return r.uint(); },
        [](const quint64 &v) { return CborWriter().uint(v).take(); });
}

} // namespace

class TestCbor : public QObject {
    Q_OBJECT

private slots:
    // Writer: RFC 8949 Appendix A
    void writesRfc8949AppendixAEncoding_data();
    void writesRfc8949AppendixAEncoding();
    void readsRfc8949AppendixAEncoding_data();
    void readsRfc8949AppendixAEncoding();
    void rawEmbedsAnEncodedItemVerbatim();

    // Reader: strictness
    void rejectsWrongType_data();
    void rejectsWrongType();
    void rejectsArrayLengthOutOfRange_data();
    void rejectsArrayLengthOutOfRange();
    void acceptsArrayLengthAtRangeBounds();
    void rejectsExtraItemsInArray();
    void rejectsIntegerAboveMax();
    void rejectsStringOverMax_data();
    void rejectsStringOverMax();
    void acceptsStringAtMax();
    void rejectsFixedBytesOfWrongLength_data();
    void rejectsFixedBytesOfWrongLength();
    void rejectsInvalidUtf8Text();
    void rejectsTrailingBytes();
    void rejectsTruncatedInput_data();
    void rejectsTruncatedInput();
    void rejectsIndefiniteLengths_data();
    void rejectsIndefiniteLengths();
    void keepsTheFirstError();
    void finishSucceedsOnFullyConsumedInput();

    // rawItem
    void rawItemReturnsExactNestedItemBytes();
    void rawItemRejectsItemOverMax();
    void rawItemRejectsMissingItem();

    // decodeCanonical
    void decodeCanonicalAcceptsCanonicalInput();
    void decodeCanonicalRejectsNonShortestEncodings_data();
    void decodeCanonicalRejectsNonShortestEncodings();
    void decodeCanonicalRejectsLongFormAndIndefiniteLengths_data();
    void decodeCanonicalRejectsLongFormAndIndefiniteLengths();
    void decodeCanonicalRejectsTrailingBytes();

    // Robustness
    void survivesRandomGarbage();
    void survivesMutatedValidEncodings();
};

void TestCbor::writesRfc8949AppendixAEncoding_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("0") << u(0) << hex("00");
    QTest::newRow("1") << u(1) << hex("01");
    QTest::newRow("10") << u(10) << hex("0a");
    QTest::newRow("23") << u(23) << hex("17");
    QTest::newRow("24") << u(24) << hex("1818");
    QTest::newRow("25") << u(25) << hex("1819");
    QTest::newRow("100") << u(100) << hex("1864");
    QTest::newRow("1000") << u(1000) << hex("1903e8");
    QTest::newRow("1000000") << u(1000000) << hex("1a000f4240");
    QTest::newRow("1000000000000") << u(1000000000000ull) << hex("1b000000e8d4a51000");
    QTest::newRow("18446744073709551615") << u(18446744073709551615ull) << hex("1bffffffffffffffff");

    QTest::newRow("h''") << QVariant(QByteArray()) << hex("40");
    QTest::newRow("h'01020304'") << QVariant(hex("01020304")) << hex("4401020304");

    QTest::newRow("\"\"") << QVariant(QString()) << hex("60");
    QTest::newRow("\"a\"") << QVariant(QStringLiteral("a")) << hex("6161");
    QTest::newRow("\"IETF\"") << QVariant(QStringLiteral("IETF")) << hex("6449455446");
    QTest::newRow("\"\\\"\\\\\"") << QVariant(QStringLiteral("\"\\")) << hex("62225c");
    QTest::newRow("\"\\u00fc\"") << QVariant(QString(QChar(0x00fc))) << hex("62c3bc");
    QTest::newRow("\"\\u6c34\"") << QVariant(QString(QChar(0x6c34))) << hex("63e6b0b4");

    QTest::newRow("[]") << list({}) << hex("80");
    QTest::newRow("[1, 2, 3]") << list({u(1), u(2), u(3)}) << hex("83010203");
    QTest::newRow("[1, [2, 3], [4, 5]]") << list({u(1), list({u(2), u(3)}), list({u(4), u(5)})})
                                         << hex("8301820203820405");

    QTest::newRow("false") << QVariant(false) << hex("f4");
    QTest::newRow("true") << QVariant(true) << hex("f5");
    QTest::newRow("null") << QVariant() << hex("f6");
}

void TestCbor::writesRfc8949AppendixAEncoding()
{
    QFETCH(QVariant, value);
    QFETCH(QByteArray, encoded);
    QCOMPARE(encode(value).toHex(), encoded.toHex());
}

void TestCbor::readsRfc8949AppendixAEncoding_data()
{
    writesRfc8949AppendixAEncoding_data();
}

void TestCbor::readsRfc8949AppendixAEncoding()
{
    QFETCH(QVariant, value);
    QFETCH(QByteArray, encoded);
    CborReader r(encoded);
    const QVariant read = readLike(r, value);
    const Status st = r.finish();
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
    QCOMPARE(read, value);
}

void TestCbor::rawEmbedsAnEncodedItemVerbatim()
{
    const QByteArray nested = encode(list({u(2), list({u(3), QVariant(hex("01"))})}));
    const QByteArray outer = CborWriter().array(3).uint(1).raw(nested).text(QStringLiteral("x")).take();
    QCOMPARE(outer, hex("83") + hex("01") + nested + hex("6178"));
}

void TestCbor::rejectsWrongType_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ReadStep>("read");
    QTest::addColumn<QString>("error");

    QTest::newRow("text as uint") << hex("6161") << ReadStep([](CborReader &r) { r.uint(); })
                                  << QStringLiteral("expected an unsigned integer");
    QTest::newRow("negative integer as uint") << hex("20") << ReadStep([](CborReader &r) { r.uint(); })
                                              << QStringLiteral("expected an unsigned integer");
    QTest::newRow("half float as uint") << hex("f93c00") << ReadStep([](CborReader &r) { r.uint(); })
                                        << QStringLiteral("expected an unsigned integer");
    QTest::newRow("tagged uint as uint") << hex("c11a514b67b0") << ReadStep([](CborReader &r) { r.uint(); })
                                         << QStringLiteral("expected an unsigned integer");
    QTest::newRow("uint as byte string") << hex("01") << ReadStep([](CborReader &r) { r.bytes(16); })
                                         << QStringLiteral("expected a byte string");
    QTest::newRow("text as byte string") << hex("6161") << ReadStep([](CborReader &r) { r.bytes(16); })
                                         << QStringLiteral("expected a byte string");
    QTest::newRow("byte string as text") << hex("4161") << ReadStep([](CborReader &r) { r.text(16); })
                                         << QStringLiteral("expected a text string");
    QTest::newRow("uint as array") << hex("01") << ReadStep([](CborReader &r) { r.array(0, 10); })
                                   << QStringLiteral("expected an array");
    QTest::newRow("map as array") << hex("a0") << ReadStep([](CborReader &r) { r.array(0, 10); })
                                  << QStringLiteral("expected an array");
    QTest::newRow("null as boolean") << hex("f6") << ReadStep([](CborReader &r) { r.boolean(); })
                                     << QStringLiteral("expected a boolean");
    QTest::newRow("uint 1 as boolean") << hex("01") << ReadStep([](CborReader &r) { r.boolean(); })
                                       << QStringLiteral("expected a boolean");
    QTest::newRow("false as null") << hex("f4") << ReadStep([](CborReader &r) { r.null(); })
                                   << QStringLiteral("expected null");
    QTest::newRow("undefined as null") << hex("f7") << ReadStep([](CborReader &r) { r.null(); })
                                       << QStringLiteral("expected null");
    QTest::newRow("item inside array of wrong type")
        << hex("8201f5") << ReadStep([](CborReader &r) {
               r.array(2, 2);
               r.uint();
               r.uint();
           })
        << QStringLiteral("expected an unsigned integer");
}

void TestCbor::rejectsWrongType()
{
    QFETCH(QByteArray, input);
    QFETCH(ReadStep, read);
    QFETCH(QString, error);
    CborReader r(input);
    read(r);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(error), qPrintable(r.error()));
    const Status st = r.finish();
    QVERIFY(!st);
    QCOMPARE(st.error().code, QStringLiteral("malformed"));
    QCOMPARE(st.error().message, r.error());
}

void TestCbor::rejectsArrayLengthOutOfRange_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("minLength");
    QTest::addColumn<qsizetype>("maxLength");
    QTest::addColumn<QString>("error");

    QTest::newRow("3 items, at most 2") << hex("83010203") << qsizetype(0) << qsizetype(2)
                                        << QStringLiteral("array of 3 items, expected 0..2");
    QTest::newRow("3 items, at least 4") << hex("83010203") << qsizetype(4) << qsizetype(8)
                                         << QStringLiteral("array of 3 items, expected 4..8");
    QTest::newRow("empty, at least 1") << hex("80") << qsizetype(1) << qsizetype(1)
                                       << QStringLiteral("array of 0 items, expected 1..1");
    // A huge declared length is refused from the header alone, before any item is read.
    QTest::newRow("2^64-1 items claimed") << hex("9bffffffffffffffff") << qsizetype(0) << qsizetype(100)
                                          << QStringLiteral("array of 18446744073709551615 items, expected 0..100");
}

void TestCbor::rejectsArrayLengthOutOfRange()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, minLength);
    QFETCH(qsizetype, maxLength);
    QFETCH(QString, error);
    CborReader r(input);
    QCOMPARE(r.array(minLength, maxLength), qsizetype(0));
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), error);
}

void TestCbor::acceptsArrayLengthAtRangeBounds()
{
    CborReader lower(hex("83010203"));
    QCOMPARE(lower.array(3, 5), qsizetype(3));
    QVERIFY(lower.ok());

    CborReader upper(hex("83010203"));
    QCOMPARE(upper.array(1, 3), qsizetype(3));
    QVERIFY(upper.ok());
}

void TestCbor::rejectsExtraItemsInArray()
{
    CborReader r(hex("83010203"));
    QCOMPARE(r.array(0, 3), qsizetype(3));
    QCOMPARE(r.uint(), quint64(1));
    QCOMPARE(r.uint(), quint64(2));
    QVERIFY(r.ok());
    r.leave();
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), QStringLiteral("unexpected extra items in array"));
    QVERIFY(!r.finish());
}

void TestCbor::rejectsIntegerAboveMax()
{
    CborReader r(hex("1818"));
    QCOMPARE(r.uint(23), quint64(0));
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), QStringLiteral("integer 24 exceeds 23"));

    CborReader atMax(hex("1818"));
    QCOMPARE(atMax.uint(24), quint64(24));
    QVERIFY(atMax.finish());
}

void TestCbor::rejectsStringOverMax_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ReadStep>("read");
    QTest::addColumn<QString>("error");

    QTest::newRow("byte string") << hex("4401020304") << ReadStep([](CborReader &r) { r.bytes(3); })
                                 << QStringLiteral("byte string of 4 bytes exceeds 3");
    QTest::newRow("byte string, max 0") << hex("4101") << ReadStep([](CborReader &r) { r.bytes(0); })
                                        << QStringLiteral("byte string of 1 bytes exceeds 0");
    // Declared lengths far beyond the input are refused before any allocation.
    QTest::newRow("byte string claiming 2^64-1 bytes")
        << hex("5bffffffffffffffff") << ReadStep([](CborReader &r) { r.bytes(1 << 20); })
        << QStringLiteral("byte string of 18446744073709551615 bytes exceeds 1048576");
    // Text limits count UTF-8 bytes, not characters: "\u6c34" is 3 bytes.
    QTest::newRow("text") << hex("63e6b0b4") << ReadStep([](CborReader &r) { r.text(2); })
                          << QStringLiteral("text of 3 bytes exceeds 2");
}

void TestCbor::rejectsStringOverMax()
{
    QFETCH(QByteArray, input);
    QFETCH(ReadStep, read);
    QFETCH(QString, error);
    CborReader r(input);
    read(r);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), error);
}

void TestCbor::acceptsStringAtMax()
{
    CborReader bytes(hex("4401020304"));
    QCOMPARE(bytes.bytes(4), hex("01020304"));
    QVERIFY(bytes.finish());

    CborReader text(hex("63e6b0b4"));
    QCOMPARE(text.text(3), QString(QChar(0x6c34)));
    QVERIFY(text.finish());
}

void TestCbor::rejectsFixedBytesOfWrongLength_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("length");
    QTest::addColumn<QString>("error");

    QTest::newRow("shorter") << hex("4401020304") << qsizetype(5) << QStringLiteral("byte string of 4 bytes, expected 5");
    QTest::newRow("empty") << hex("40") << qsizetype(32) << QStringLiteral("byte string of 0 bytes, expected 32");
    QTest::newRow("longer") << hex("4401020304") << qsizetype(3) << QStringLiteral("byte string of 4 bytes exceeds 3");
}

void TestCbor::rejectsFixedBytesOfWrongLength()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, length);
    QFETCH(QString, error);
    CborReader r(input);
    r.fixedBytes(length);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), error);

    CborReader exact(input);
    QCOMPARE(exact.fixedBytes(input.size() - 1), input.mid(1));
    QVERIFY(exact.finish());
}

void TestCbor::rejectsInvalidUtf8Text()
{
    CborReader r(hex("62c328"));
    r.text(16);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), QStringLiteral("invalid text string"));
}

void TestCbor::rejectsTrailingBytes()
{
    CborReader r(hex("0102"));
    QCOMPARE(r.uint(), quint64(1));
    QVERIFY(r.ok());
    const Status st = r.finish();
    QVERIFY(!st);
    QCOMPARE(st.error().code, QStringLiteral("malformed"));
    QCOMPARE(st.error().message, QStringLiteral("1 trailing bytes"));

    CborReader afterArray(hex("8101f6f6"));
    afterArray.array(1, 1);
    afterArray.uint();
    afterArray.leave();
    const Status st2 = afterArray.finish();
    QVERIFY(!st2);
    QCOMPARE(st2.error().message, QStringLiteral("2 trailing bytes"));
}

void TestCbor::rejectsTruncatedInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ReadStep>("read");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty input") << QByteArray() << ReadStep([](CborReader &r) { r.uint(); })
                                 << QStringLiteral("invalid CBOR");
    QTest::newRow("uint16 missing a byte") << hex("1900") << ReadStep([](CborReader &r) { r.uint(); })
                                           << QStringLiteral("invalid CBOR");
    QTest::newRow("uint64 missing a byte") << hex("1b00000000000000") << ReadStep([](CborReader &r) { r.uint(); })
                                           << QStringLiteral("invalid CBOR");
    QTest::newRow("byte string missing bytes") << hex("44010203") << ReadStep([](CborReader &r) { r.bytes(16); })
                                               << QStringLiteral("truncated byte string");
    QTest::newRow("text missing bytes") << hex("63e6b0") << ReadStep([](CborReader &r) { r.text(16); })
                                        << QStringLiteral("invalid text string");
    QTest::newRow("array missing an item") << hex("830102") << ReadStep([](CborReader &r) {
        r.array(3, 3);
        r.uint();
        r.uint();
        r.uint();
        r.leave();
    }) << QStringLiteral("invalid CBOR");
    QTest::newRow("nested item missing bytes") << hex("8244") << ReadStep([](CborReader &r) {
        r.array(2, 2);
        r.rawItem(64);
    }) << QStringLiteral("invalid nested item");
}

void TestCbor::rejectsTruncatedInput()
{
    QFETCH(QByteArray, input);
    QFETCH(ReadStep, read);
    QFETCH(QString, error);
    CborReader r(input);
    read(r);
    const Status st = r.finish();
    QVERIFY(!st);
    QCOMPARE(st.error().code, QStringLiteral("malformed"));
    QVERIFY2(st.error().message.contains(error), qPrintable(st.error().message));
}

void TestCbor::rejectsIndefiniteLengths_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ReadStep>("read");
    QTest::addColumn<QString>("error");

    QTest::newRow("array 0x9f..0xff") << hex("9f0102ff") << ReadStep([](CborReader &r) { r.array(0, 10); })
                                      << QStringLiteral("indefinite-length array");
    QTest::newRow("empty array 0x9fff") << hex("9fff") << ReadStep([](CborReader &r) { r.array(0, 10); })
                                        << QStringLiteral("indefinite-length array");
    QTest::newRow("byte string 0x5f..0xff") << hex("5f42010243030405ff") << ReadStep([](CborReader &r) { r.bytes(16); })
                                            << QStringLiteral("indefinite-length byte string");
    QTest::newRow("fixed bytes 0x5f..0xff") << hex("5f420102420304ff") << ReadStep([](CborReader &r) { r.fixedBytes(4); })
                                            << QStringLiteral("indefinite-length byte string");
    QTest::newRow("text 0x7f..0xff") << hex("7f657374726561646d696e67ff") << ReadStep([](CborReader &r) { r.text(16); })
                                     << QStringLiteral("indefinite-length text string");
}

void TestCbor::rejectsIndefiniteLengths()
{
    QFETCH(QByteArray, input);
    QFETCH(ReadStep, read);
    QFETCH(QString, error);
    CborReader r(input);
    read(r);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), error);
    QVERIFY(!r.finish());
}

void TestCbor::keepsTheFirstError()
{
    CborReader r(hex("8301f5f6"));
    r.array(3, 3);
    r.uint();
    r.uint(); // fails: true is not an integer
    QCOMPARE(r.error(), QStringLiteral("expected an unsigned integer"));
    // Later calls are no-ops returning empty values, and never replace the error.
    QCOMPARE(r.boolean(), false);
    QCOMPARE(r.bytes(10), QByteArray());
    QCOMPARE(r.text(10), QString());
    QCOMPARE(r.rawItem(10), QByteArray());
    QCOMPARE(r.array(0, 1), qsizetype(0));
    QVERIFY(!r.nextIsNull());
    r.null();
    r.leave();
    r.fail(QStringLiteral("a later reason"));
    QCOMPARE(r.error(), QStringLiteral("expected an unsigned integer"));
    QCOMPARE(r.finish().error().message, QStringLiteral("expected an unsigned integer"));
}

void TestCbor::finishSucceedsOnFullyConsumedInput()
{
    const QByteArray bytes = encode(list({u(1), QVariant(hex("ff")), QVariant(), QVariant(true),
                                          QVariant(QStringLiteral("x")), list({})}));
    CborReader r(bytes);
    QCOMPARE(r.array(6, 6), qsizetype(6));
    QCOMPARE(r.uint(), quint64(1));
    QCOMPARE(r.bytes(1), hex("ff"));
    QVERIFY(r.nextIsNull());
    r.null();
    QVERIFY(!r.nextIsNull());
    QCOMPARE(r.boolean(), true);
    QCOMPARE(r.text(1), QStringLiteral("x"));
    QCOMPARE(r.array(0, 0), qsizetype(0));
    r.leave();
    r.leave();
    QVERIFY2(r.finish(), qPrintable(r.error()));
}

void TestCbor::rawItemReturnsExactNestedItemBytes()
{
    const QByteArray nested = encode(list({u(1000), list({QVariant(QStringLiteral("IETF")), QVariant(hex("0102"))}),
                                           QVariant(), QVariant(false)}));
    const QByteArray scalar = encode(u(1000000));
    const QByteArray bytes = CborWriter().array(4).uint(7).raw(nested).raw(scalar).text(QStringLiteral("end")).take();

    CborReader r(bytes);
    r.array(4, 4);
    QCOMPARE(r.uint(), quint64(7));
    QCOMPARE(r.rawItem(1024).toHex(), nested.toHex());
    QCOMPARE(r.rawItem(5).toHex(), scalar.toHex());
    QCOMPARE(r.text(3), QStringLiteral("end"));
    r.leave();
    QVERIFY2(r.finish(), qPrintable(r.error()));

    // The returned bytes decode on their own.
    CborReader inner(nested);
    QCOMPARE(inner.array(4, 4), qsizetype(4));
    QCOMPARE(inner.uint(), quint64(1000));
}

void TestCbor::rawItemRejectsItemOverMax()
{
    const QByteArray bytes = encode(list({u(1), u(2), u(3)})); // 4 bytes
    CborReader r(bytes);
    QCOMPARE(r.rawItem(3), QByteArray());
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), QStringLiteral("nested item of 4 bytes exceeds 3"));
}

void TestCbor::rawItemRejectsMissingItem()
{
    CborReader r(hex("80"));
    r.array(0, 0);
    QCOMPARE(r.rawItem(10), QByteArray());
    QCOMPARE(r.error(), QStringLiteral("expected an item"));
}

void TestCbor::decodeCanonicalAcceptsCanonicalInput()
{
    const Result<quint64> n = decodeUintCanonical(hex("17"));
    QVERIFY(n);
    QCOMPARE(*n, quint64(23));

    Sample s;
    s.version = 3;
    s.items = {QVariant(QStringLiteral("a")), QVariant(hex("0102")), QVariant(true), QVariant(encode(list({u(9)}))),
               QVariant()};
    s.signature = hex("deadbeef");
    const QByteArray bytes = encodeSample(s);
    const Result<Sample> decoded = decodeSampleCanonical(bytes);
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
    QCOMPARE(decoded->version, s.version);
    QCOMPARE(decoded->items, s.items);
    QCOMPARE(decoded->signature, s.signature);
}

void TestCbor::decodeCanonicalRejectsNonShortestEncodings_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("23 as 0x1817") << hex("1817");
    QTest::newRow("0 as 0x1800") << hex("1800");
    QTest::newRow("1 as 0x190001") << hex("190001");
    QTest::newRow("255 as 0x1900ff") << hex("1900ff");
    QTest::newRow("1 as 0x1a00000001") << hex("1a00000001");
    QTest::newRow("65535 as 0x1a0000ffff") << hex("1a0000ffff");
    QTest::newRow("1 as 0x1b0000000000000001") << hex("1b0000000000000001");
    QTest::newRow("2^32-1 as 0x1b00000000ffffffff") << hex("1b00000000ffffffff");
}

void TestCbor::decodeCanonicalRejectsNonShortestEncodings()
{
    QFETCH(QByteArray, input);
    const Result<quint64> n = decodeUintCanonical(input);
    QVERIFY(!n);
    QCOMPARE(n.error().code, QStringLiteral("non_canonical"));
    QCOMPARE(n.error().message, QStringLiteral("number: encoding is not canonical"));

}

void TestCbor::decodeCanonicalRejectsLongFormAndIndefiniteLengths_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("code");

    Sample s;
    s.version = 3;
    s.items = {QVariant(QStringLiteral("a")), QVariant(hex("01"))};
    s.signature = hex("00000000");
    const QByteArray canonical = encodeSample(s);
    QCOMPARE(canonical.toHex(), QByteArray("8303826161410144" "00000000"));

    // Lengths in the long form: the reader accepts them, the re-encoding check does not.
    QTest::newRow("outer array length 0x9803") << hex("980303826161410144" "00000000") << QStringLiteral("non_canonical");
    QTest::newRow("inner array length 0x9802") << hex("8303980261614101" "4400000000") << QStringLiteral("non_canonical");
    QTest::newRow("text length 0x7801") << hex("830382780161410144" "00000000") << QStringLiteral("non_canonical");
    QTest::newRow("bytes length 0x5801") << hex("830382616158010144" "00000000") << QStringLiteral("non_canonical");
    QTest::newRow("version 0x1803") << hex("83180382616141014400000000") << QStringLiteral("non_canonical");
    // Indefinite lengths: the strict reader refuses them outright.
    QTest::newRow("outer array 0x9f..0xff") << hex("9f0382616141014400000000ff") << QStringLiteral("malformed");
    QTest::newRow("inner array 0x9f..0xff") << hex("83039f61614101ff4400000000")
                                            << QStringLiteral("malformed");
    QTest::newRow("text 0x7f..0xff") << hex("8303827f6161ff41014400000000") << QStringLiteral("malformed");
    QTest::newRow("bytes 0x5f..0xff") << hex("83038261615f4101ff4400000000")
                                      << QStringLiteral("malformed");
    QTest::newRow("signature 0x5f..0xff") << hex("830382616141015f420000420000ff")
                                          << QStringLiteral("malformed");
}

void TestCbor::decodeCanonicalRejectsLongFormAndIndefiniteLengths()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, code);
    const Result<Sample> decoded = decodeSampleCanonical(input);
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().code, code);
    QVERIFY2(decoded.error().message.startsWith(QStringLiteral("sample: ")), qPrintable(decoded.error().message));
}

void TestCbor::decodeCanonicalRejectsTrailingBytes()
{
    const Result<quint64> n = decodeUintCanonical(hex("1700"));
    QVERIFY(!n);
    QCOMPARE(n.error().code, QStringLiteral("malformed"));
    QCOMPARE(n.error().message, QStringLiteral("number: 1 trailing bytes"));
}

void TestCbor::survivesRandomGarbage()
{
    QRandomGenerator rng(20240611);
    const int iterations = fuzzIterations();
    for (int i = 0; i < iterations; ++i) {
        QByteArray bytes(int(rng.bounded(64)), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        // Bias towards structure so the decoder gets past the first byte.
        if (!bytes.isEmpty() && i % 2 == 0)
            bytes[0] = char(0x83);
        const Result<Sample> decoded = decodeSampleCanonical(bytes);
        if (decoded)
            QCOMPARE(encodeSample(*decoded), bytes);
        else
            QVERIFY(!decoded.error().message.isEmpty());
        // The scalar readers on their own, too.
        CborReader r(bytes);
        r.uint();
        r.bytes(1024);
        r.text(1024);
        r.rawItem(1024);
        r.boolean();
        (void)r.finish();
    }
}

void TestCbor::survivesMutatedValidEncodings()
{
    Sample s;
    s.version = 999;
    s.items = {QVariant(QStringLiteral("caf\u00e9")), QVariant(hex("00ff00ff")), QVariant(false),
               QVariant(encode(list({u(1), list({u(2)}), QVariant(hex("01"))}))), QVariant(), QVariant(hex(""))};
    s.signature = hex("01020304");
    const QByteArray valid = encodeSample(s);
    QVERIFY(decodeSampleCanonical(valid));

    QRandomGenerator rng(8949);
    const int iterations = fuzzIterations();
    for (int i = 0; i < iterations; ++i) {
        QByteArray bytes = valid;
        const int edits = 1 + int(rng.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const int pos = int(rng.bounded(bytes.size()));
            switch (rng.bounded(4)) {
            case 0:
                bytes[pos] = char(bytes.at(pos) ^ (1 << rng.bounded(8)));
                break;
            case 1:
                bytes[pos] = char(rng.bounded(256));
                break;
            case 2:
                bytes.truncate(pos);
                break;
            default:
                bytes.insert(pos, char(rng.bounded(256)));
            }
            if (bytes.isEmpty())
                break;
        }
        const Result<Sample> decoded = decodeSampleCanonical(bytes);
        if (decoded)
            QCOMPARE(encodeSample(*decoded), bytes);
        else
            QVERIFY(!decoded.error().message.isEmpty());
    }
}

} // namespace careledger

QTEST_GUILESS_MAIN(careledger::TestCbor)
#include "tst_cbor.moc"
