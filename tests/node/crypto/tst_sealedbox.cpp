#include "crypto/Ed25519.h"
#include "crypto/SealedBox.h"

#include <QTest>

namespace careledger {

namespace {

// A recipient's X25519 pair, derived the way the application derives it: from
// an Ed25519 identity.
struct Recipient {
    QByteArray publicKey;
    SecureBuffer secretKey;
};

Recipient makeRecipient()
{
    const Ed25519::KeyPair identity = Ed25519::generate();
    return Recipient{Ed25519::toX25519PublicKey(identity.publicKey), Ed25519::toX25519SecretKey(identity.secretKey)};
}

QString errorCode(const Result<SecureBuffer> &r)
{
    return r ? QStringLiteral("<ok>") : r.error().code;
}

} // namespace

class TestSealedBox : public QObject {
    Q_OBJECT

private slots:
    void roundTrips_data();
    void roundTrips();
    void addsExactlyOverheadBytes();
    void sealingIsRandomised();
    void anyTamperedByteIsRefusedAsNotForUs();
    void truncatedOrExtendedBoxIsRefused();
    void wrongRecipientKeyIsRefusedAsNotForUs();
    void mismatchedPublicKeyIsRefusedAsNotForUs();
    void wrongSizeKeysOrBoxAreRefusedAsBadKey_data();
    void wrongSizeKeysOrBoxAreRefusedAsBadKey();
    void sealToWrongSizeKeyGivesEmptyResult();
};

void TestSealedBox::roundTrips_data()
{
    QTest::addColumn<QByteArray>("plaintext");

    QTest::newRow("32-byte record key") << QByteArray(32, '\x7e');
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("\x00", 1);
    QTest::newRow("64 KiB") << QByteArray(64 * 1024, '\xa5');
}

void TestSealedBox::roundTrips()
{
    QFETCH(QByteArray, plaintext);
    const Recipient r = makeRecipient();
    const QByteArray sealed = SealedBox::seal(r.publicKey, plaintext);
    const Result<SecureBuffer> opened = SealedBox::open(r.publicKey, r.secretKey, sealed);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(opened->view().toByteArray(), plaintext);
}

void TestSealedBox::addsExactlyOverheadBytes()
{
    const Recipient r = makeRecipient();
    QCOMPARE(SealedBox::Overhead, 48);
    QCOMPARE(SealedBox::seal(r.publicKey, QByteArray()).size(), SealedBox::Overhead);
    QCOMPARE(SealedBox::seal(r.publicKey, QByteArray(32, 'k')).size(), 32 + SealedBox::Overhead);
}

void TestSealedBox::sealingIsRandomised()
{
    // A fresh ephemeral key per box: equal plaintexts must not be linkable.
    const Recipient r = makeRecipient();
    const QByteArray key(32, 'k');
    QVERIFY(SealedBox::seal(r.publicKey, key) != SealedBox::seal(r.publicKey, key));
}

void TestSealedBox::anyTamperedByteIsRefusedAsNotForUs()
{
    const Recipient r = makeRecipient();
    const QByteArray sealed = SealedBox::seal(r.publicKey, QByteArray(32, 'k'));
    // Every byte: ephemeral public key (0..31), tag (32..47), ciphertext (48..).
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        QByteArray tampered = sealed;
        tampered[i] = char(tampered.at(i) ^ 0x01);
        const Result<SecureBuffer> opened = SealedBox::open(r.publicKey, r.secretKey, tampered);
        QVERIFY2(!opened, qPrintable(QStringLiteral("byte %1 accepted").arg(i)));
        QCOMPARE(errorCode(opened), QStringLiteral("not_for_us"));
    }
}

void TestSealedBox::truncatedOrExtendedBoxIsRefused()
{
    const Recipient r = makeRecipient();
    const QByteArray sealed = SealedBox::seal(r.publicKey, QByteArray(32, 'k'));
    QCOMPARE(errorCode(SealedBox::open(r.publicKey, r.secretKey, sealed.chopped(1))), QStringLiteral("not_for_us"));
    QCOMPARE(errorCode(SealedBox::open(r.publicKey, r.secretKey, sealed + '\0')), QStringLiteral("not_for_us"));
}

void TestSealedBox::wrongRecipientKeyIsRefusedAsNotForUs()
{
    const Recipient intended = makeRecipient();
    const Recipient other = makeRecipient();
    const QByteArray sealed = SealedBox::seal(intended.publicKey, QByteArray(32, 'k'));
    const Result<SecureBuffer> opened = SealedBox::open(other.publicKey, other.secretKey, sealed);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, QStringLiteral("not_for_us"));
    QVERIFY(!opened.error().message.isEmpty());
}

void TestSealedBox::mismatchedPublicKeyIsRefusedAsNotForUs()
{
    // The recipient public key feeds the nonce, so the right secret key with the
    // wrong public key must not open the box either.
    const Recipient intended = makeRecipient();
    const Recipient other = makeRecipient();
    const QByteArray sealed = SealedBox::seal(intended.publicKey, QByteArray(32, 'k'));
    QCOMPARE(errorCode(SealedBox::open(other.publicKey, intended.secretKey, sealed)), QStringLiteral("not_for_us"));
}

void TestSealedBox::wrongSizeKeysOrBoxAreRefusedAsBadKey_data()
{
    QTest::addColumn<int>("publicKeySize");
    QTest::addColumn<int>("secretKeySize");
    QTest::addColumn<int>("sealedSize");

    QTest::newRow("31-byte public key") << 31 << 32 << 80;
    QTest::newRow("33-byte public key") << 33 << 32 << 80;
    QTest::newRow("empty secret key") << 32 << 0 << 80;
    QTest::newRow("64-byte (Ed25519) secret key") << 32 << 64 << 80;
    QTest::newRow("box shorter than overhead") << 32 << 32 << 47;
    QTest::newRow("empty box") << 32 << 32 << 0;
}

void TestSealedBox::wrongSizeKeysOrBoxAreRefusedAsBadKey()
{
    QFETCH(int, publicKeySize);
    QFETCH(int, secretKeySize);
    QFETCH(int, sealedSize);
    const Recipient r = makeRecipient();
    const QByteArray sealed = SealedBox::seal(r.publicKey, QByteArray(32, 'k')).leftJustified(sealedSize, '\0', true);
    const QByteArray pub = r.publicKey.leftJustified(publicKeySize, '\0', true);
    const SecureBuffer sec = SecureBuffer::copyOf(r.secretKey.view().toByteArray().leftJustified(secretKeySize, '\0', true));
    const Result<SecureBuffer> opened = SealedBox::open(pub, sec, sealed);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, QStringLiteral("bad_key"));
}

void TestSealedBox::sealToWrongSizeKeyGivesEmptyResult()
{
    QVERIFY(SealedBox::seal(QByteArray(31, '\x01'), QByteArray("secret")).isEmpty());
    QVERIFY(SealedBox::seal(QByteArray(), QByteArray("secret")).isEmpty());
}

} // namespace careledger

QTEST_APPLESS_MAIN(careledger::TestSealedBox)
#include "tst_sealedbox.moc"
