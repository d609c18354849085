#include "crypto/Sha256.h"

#include <QTest>

namespace careledger {

class TestSha256 : public QObject {
    Q_OBJECT

private slots:
    void hashMatchesFips180Vectors_data();
    void hashMatchesFips180Vectors();
    void hashesOneMillionAs();
    void incrementalAddEqualsOneShot_data();
    void incrementalAddEqualsOneShot();
    void addByteEqualsAddOfOneByteView();
    void prefixOverloadEqualsHashOfConcatenation_data();
    void prefixOverloadEqualsHashOfConcatenation();
    void prefixOverloadsAreDistinctForDifferentPrefixes();
    void digestIsAlways32Bytes();
};

void TestSha256::hashMatchesFips180Vectors_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");

    QTest::newRow("empty") << QByteArray("") << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc") << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                              << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("896 bits") << QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
                                            "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
                              << QByteArray("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

void TestSha256::hashMatchesFips180Vectors()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);
    QCOMPARE(Sha256::hash(message).toHex(), digest);
    QCOMPARE(Sha256().add(message).finish().toHex(), digest);
}

void TestSha256::hashesOneMillionAs()
{
    const QByteArray expected("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    const QByteArray million(1000000, 'a');
    QCOMPARE(Sha256::hash(million).toHex(), expected);

    // Streamed in uneven pieces that straddle the 64-byte block boundary.
    Sha256 h;
    const QByteArray piece(997, 'a');
    qsizetype fed = 0;
    while (fed + piece.size() <= million.size()) {
        h.add(piece);
        fed += piece.size();
    }
    for (; fed < million.size(); ++fed)
        h.add('a');
    QCOMPARE(h.finish().toHex(), expected);
}

void TestSha256::incrementalAddEqualsOneShot_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<int>("split");

    const QByteArray text("The quick brown fox jumps over the lazy dog, then files a discharge summary.");
    QTest::newRow("split at 0") << text << 0;
    QTest::newRow("split at 1") << text << 1;
    QTest::newRow("split in the middle") << text << int(text.size() / 2);
    QTest::newRow("split at end") << text << int(text.size());
    const QByteArray block(200, '\x5a');
    QTest::newRow("split at block boundary 64") << block << 64;
    QTest::newRow("split at 55 (padding edge)") << block << 55;
    QTest::newRow("split at 56 (padding edge)") << block << 56;
    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary.append(char(i));
    QTest::newRow("all byte values, split at 128") << binary << 128;
}

void TestSha256::incrementalAddEqualsOneShot()
{
    QFETCH(QByteArray, message);
    QFETCH(int, split);
    const QByteArray oneShot = Sha256::hash(message);
    QCOMPARE(Sha256().add(message.left(split)).add(message.mid(split)).finish(), oneShot);
    QCOMPARE(Sha256().add(QByteArrayView()).add(message).add(QByteArrayView()).finish(), oneShot);

    Sha256 byByte;
    for (char c : message)
        byByte.add(c);
    QCOMPARE(byByte.finish(), oneShot);
}

void TestSha256::addByteEqualsAddOfOneByteView()
{
    // The char overload must hash the byte itself, for every value (including 0x00 and 0xff).
    for (int i = 0; i < 256; ++i) {
        const char c = char(i);
        QCOMPARE(Sha256().add(c).finish(), Sha256::hash(QByteArray(1, c)));
    }
}

void TestSha256::prefixOverloadEqualsHashOfConcatenation_data()
{
    QTest::addColumn<char>("prefix");
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");

    QTest::newRow("leaf 0x00, empty") << '\x00' << QByteArray() << QByteArray();
    QTest::newRow("leaf 0x00") << '\x00' << QByteArray("record") << QByteArray();
    QTest::newRow("node 0x01") << '\x01' << QByteArray(32, '\x11') << QByteArray(32, '\x22');
    QTest::newRow("prefix 0xff") << '\xff' << QByteArray("abc") << QByteArray("def");
    QTest::newRow("binary with NULs") << '\x02' << QByteArray("\x00\x01\x00", 3) << QByteArray("\x00", 1);
}

void TestSha256::prefixOverloadEqualsHashOfConcatenation()
{
    QFETCH(char, prefix);
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QCOMPARE(Sha256::hash(prefix, a), Sha256::hash(QByteArray(1, prefix) + a));
    QCOMPARE(Sha256::hash(prefix, a, b), Sha256::hash(QByteArray(1, prefix) + a + b));
}

void TestSha256::prefixOverloadsAreDistinctForDifferentPrefixes()
{
    const QByteArray data(32, '\x33');
    QVERIFY(Sha256::hash('\x00', data) != Sha256::hash('\x01', data));
    QVERIFY(Sha256::hash('\x00', data) != Sha256::hash(data));
}

void TestSha256::digestIsAlways32Bytes()
{
    QCOMPARE(Sha256::Size, 32);
    QCOMPARE(Sha256::hash(QByteArray()).size(), 32);
    QCOMPARE(Sha256::hash('x', QByteArray(1000, 'y')).size(), 32);
    QCOMPARE(Sha256().finish().size(), 32);
}

} // namespace careledger

QTEST_APPLESS_MAIN(careledger::TestSha256)
#include "tst_sha256.moc"
