#include "crypto/Aead.h"

#include <QTest>

namespace careledger {

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

QString errorCode(const Result<QByteArray> &r)
{
    return r ? QStringLiteral("<ok>") : r.error().code;
}

const QByteArray RecordAd("record:7f3a|v2");

} // namespace

class TestAead : public QObject {
    Q_OBJECT

private slots:
    void generatesDistinctKeysOfKeySize();
    void roundTrips_data();
    void roundTrips();
    void layoutIsNonceCiphertextTag();
    void noncesAreRandom();
    void decryptsPublishedXChaChaVector();
    void tamperedRegionIsRefused_data();
    void tamperedRegionIsRefused();
    void wrongAssociatedDataIsRefused_data();
    void wrongAssociatedDataIsRefused();
    void wrongKeyIsRefused();
    void truncatedOrExtendedCiphertextIsRefused();
    void tooShortCiphertextIsRefusedAsBadCiphertext_data();
    void tooShortCiphertextIsRefusedAsBadCiphertext();
    void wrongSizeKeyIsRefusedAsBadCiphertext_data();
    void wrongSizeKeyIsRefusedAsBadCiphertext();
};

void TestAead::generatesDistinctKeysOfKeySize()
{
    const SecureBuffer a = Aead::generateKey();
    const SecureBuffer b = Aead::generateKey();
    QCOMPARE(a.size(), std::size_t(Aead::KeySize));
    QVERIFY(!a.equals(b));
}

void TestAead::roundTrips_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("ad");

    QTest::newRow("text with associated data") << QByteArray("{\"resourceType\":\"Observation\"}") << RecordAd;
    QTest::newRow("text without associated data") << QByteArray("{\"resourceType\":\"Observation\"}") << QByteArray();
    QTest::newRow("empty plaintext") << QByteArray() << RecordAd;
    QTest::newRow("empty everything") << QByteArray() << QByteArray();
    QTest::newRow("1 MiB") << QByteArray(1024 * 1024, '\x3c') << RecordAd;
}

void TestAead::roundTrips()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, ad);
    const SecureBuffer key = Aead::generateKey();
    const QByteArray sealed = Aead::encrypt(key, plaintext, ad);
    const Result<QByteArray> opened = Aead::decrypt(key, sealed, ad);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(*opened, plaintext);
}

void TestAead::layoutIsNonceCiphertextTag()
{
    QCOMPARE(Aead::NonceSize, 24);
    QCOMPARE(Aead::TagSize, 16);
    const SecureBuffer key = Aead::generateKey();
    QCOMPARE(Aead::encrypt(key, QByteArray()).size(), Aead::NonceSize + Aead::TagSize);
    QCOMPARE(Aead::encrypt(key, QByteArray(100, 'x')).size(), Aead::NonceSize + 100 + Aead::TagSize);
}

void TestAead::noncesAreRandom()
{
    const SecureBuffer key = Aead::generateKey();
    const QByteArray a = Aead::encrypt(key, QByteArray("same"), RecordAd);
    const QByteArray b = Aead::encrypt(key, QByteArray("same"), RecordAd);
    QVERIFY(a.left(Aead::NonceSize) != b.left(Aead::NonceSize));
    QVERIFY(a != b);
}

void TestAead::decryptsPublishedXChaChaVector()
{
    // draft-irtf-cfrg-xchacha-03 §A.3.1 (AEAD_XChaCha20_Poly1305), laid out as nonce || ciphertext || tag.
    const SecureBuffer key = SecureBuffer::copyOf(hex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f"));
    const QByteArray nonce = hex("404142434445464748494a4b4c4d4e4f5051525354555657");
    const QByteArray ad = hex("50515253c0c1c2c3c4c5c6c7");
    const QByteArray ciphertext = hex("bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb"
                                      "731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b452"
                                      "2f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9"
                                      "21f9664c97637da9768812f615c68b13b52e");
    const QByteArray tag = hex("c0875924c1c7987947deafd8780acf49");
    const QByteArray plaintext("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for "
                               "the future, sunscreen would be it.");

    const Result<QByteArray> opened = Aead::decrypt(key, nonce + ciphertext + tag, ad);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(*opened, plaintext);
}

void TestAead::tamperedRegionIsRefused_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");

    const int plaintextSize = 40;
    QTest::newRow("nonce") << 0 << Aead::NonceSize;
    QTest::newRow("ciphertext") << Aead::NonceSize << Aead::NonceSize + plaintextSize;
    QTest::newRow("tag") << Aead::NonceSize + plaintextSize << Aead::NonceSize + plaintextSize + Aead::TagSize;
}

void TestAead::tamperedRegionIsRefused()
{
    QFETCH(int, from);
    QFETCH(int, to);
    const SecureBuffer key = Aead::generateKey();
    const QByteArray sealed = Aead::encrypt(key, QByteArray(40, 'p'), RecordAd);
    QCOMPARE(sealed.size(), Aead::NonceSize + 40 + Aead::TagSize);
    for (int i = from; i < to; ++i) {
        for (int bit : {0, 7}) {
            QByteArray tampered = sealed;
            tampered[i] = char(tampered.at(i) ^ (1 << bit));
            const Result<QByteArray> opened = Aead::decrypt(key, tampered, RecordAd);
            QVERIFY2(!opened, qPrintable(QStringLiteral("byte %1 bit %2 accepted").arg(i).arg(bit)));
            QCOMPARE(opened.error().code, QStringLiteral("tampered"));
        }
    }
}

void TestAead::wrongAssociatedDataIsRefused_data()
{
    QTest::addColumn<QByteArray>("sealedWith");
    QTest::addColumn<QByteArray>("openedWith");

    QTest::newRow("different record") << RecordAd << QByteArray("record:7f3b|v2");
    QTest::newRow("missing") << RecordAd << QByteArray();
    QTest::newRow("unexpected") << QByteArray() << RecordAd;
    QTest::newRow("extended") << RecordAd << RecordAd + '\0';
    QTest::newRow("truncated") << RecordAd << RecordAd.chopped(1);
}

void TestAead::wrongAssociatedDataIsRefused()
{
    QFETCH(QByteArray, sealedWith);
    QFETCH(QByteArray, openedWith);
    const SecureBuffer key = Aead::generateKey();
    const QByteArray sealed = Aead::encrypt(key, QByteArray("payload"), sealedWith);
    QCOMPARE(errorCode(Aead::decrypt(key, sealed, openedWith)), QStringLiteral("tampered"));
}

void TestAead::wrongKeyIsRefused()
{
    const SecureBuffer key = Aead::generateKey();
    const SecureBuffer other = Aead::generateKey();
    const QByteArray sealed = Aead::encrypt(key, QByteArray("payload"), RecordAd);
    const Result<QByteArray> opened = Aead::decrypt(other, sealed, RecordAd);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, QStringLiteral("tampered"));
    QVERIFY(!opened.error().message.isEmpty());
}

void TestAead::truncatedOrExtendedCiphertextIsRefused()
{
    const SecureBuffer key = Aead::generateKey();
    const QByteArray sealed = Aead::encrypt(key, QByteArray("payload"), RecordAd);
    QCOMPARE(errorCode(Aead::decrypt(key, sealed.chopped(1), RecordAd)), QStringLiteral("tampered"));
    QCOMPARE(errorCode(Aead::decrypt(key, sealed + '\0', RecordAd)), QStringLiteral("tampered"));
}

void TestAead::tooShortCiphertextIsRefusedAsBadCiphertext_data()
{
    QTest::addColumn<int>("size");

    QTest::newRow("empty") << 0;
    QTest::newRow("nonce only") << Aead::NonceSize;
    QTest::newRow("one byte short of nonce + tag") << Aead::NonceSize + Aead::TagSize - 1;
}

void TestAead::tooShortCiphertextIsRefusedAsBadCiphertext()
{
    QFETCH(int, size);
    const SecureBuffer key = Aead::generateKey();
    const QByteArray sealed = Aead::encrypt(key, QByteArray()).left(size);
    QCOMPARE(errorCode(Aead::decrypt(key, sealed)), QStringLiteral("bad_ciphertext"));
}

void TestAead::wrongSizeKeyIsRefusedAsBadCiphertext_data()
{
    QTest::addColumn<int>("keySize");

    QTest::newRow("empty key") << 0;
    QTest::newRow("31-byte key") << 31;
    QTest::newRow("33-byte key") << 33;
}

void TestAead::wrongSizeKeyIsRefusedAsBadCiphertext()
{
    QFETCH(int, keySize);
    const SecureBuffer key = Aead::generateKey();
    const QByteArray sealed = Aead::encrypt(key, QByteArray("payload"));
    const SecureBuffer badKey = SecureBuffer::copyOf(key.view().toByteArray().leftJustified(keySize, '\0', true));
    QCOMPARE(errorCode(Aead::decrypt(badKey, sealed)), QStringLiteral("bad_ciphertext"));
}

} // namespace careledger

QTEST_APPLESS_MAIN(careledger::TestAead)
#include "tst_aead.moc"
