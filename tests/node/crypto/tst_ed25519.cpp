#include "crypto/Ed25519.h"
#include "crypto/SealedBox.h"
#include "crypto/Sodium.h"

#include <QTest>

namespace careledger {

namespace {

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}

SecureBuffer seedFromHex(const char *text)
{
    return SecureBuffer::copyOf(hex(text));
}

QByteArray flipBit(QByteArray bytes, qsizetype bit)
{
    bytes[bit / 8] = char(bytes.at(bit / 8) ^ (1 << (bit % 8)));
    return bytes;
}

const QByteArray Domain("careledger/test/v1");
const QByteArray Message("discharge summary, ward 7");

} // namespace

class TestEd25519 : public QObject {
    Q_OBJECT

private slots:
    void selfTestSucceeds();

    void fromSeedGivesRfc8032PublicKey_data();
    void fromSeedGivesRfc8032PublicKey();
    void secretKeyIsSeedFollowedByPublicKey();
    void fromSecretKeyRecoversPublicKey();
    void generateGivesDistinctWorkingKeys();

    void signatureVerifies_data();
    void signatureVerifies();
    void signingIsDeterministic();
    void flippingAnySignatureBitFailsVerification();
    void flippingAnyMessageBitFailsVerification();
    void flippingAnyDomainBitFailsVerification();
    void flippingAnyPublicKeyBitFailsVerification();
    void signatureForOneDomainDoesNotVerifyUnderAnother_data();
    void signatureForOneDomainDoesNotVerifyUnderAnother();
    void signatureDoesNotVerifyUnderAnotherKey();
    void wrongSizeInputsFailVerification_data();
    void wrongSizeInputsFailVerification();

    void x25519ConversionMatchesLibsodiumVector();
    void x25519ConversionRoundTripsThroughSealedBox_data();
    void x25519ConversionRoundTripsThroughSealedBox();
    void x25519ConversionRefusesInvalidPublicKey();
};

void TestEd25519::selfTestSucceeds()
{
    const Status st = Sodium::selfTest();
    QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
}

void TestEd25519::fromSeedGivesRfc8032PublicKey_data()
{
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<QByteArray>("publicKey");

    // RFC 8032 §7.1.
    QTest::newRow("TEST 1") << hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
                            << hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
    QTest::newRow("TEST 2") << hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
                            << hex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
    QTest::newRow("TEST 3") << hex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
                            << hex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025");
    QTest::newRow("TEST SHA(abc)") << hex("833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42")
                                   << hex("ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf");
}

void TestEd25519::fromSeedGivesRfc8032PublicKey()
{
    QFETCH(QByteArray, seed);
    QFETCH(QByteArray, publicKey);
    const Ed25519::KeyPair kp = Ed25519::fromSeed(SecureBuffer::copyOf(seed));
    QCOMPARE(kp.publicKey.toHex(), publicKey.toHex());
}

void TestEd25519::secretKeyIsSeedFollowedByPublicKey()
{
    const QByteArray seed = hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    const Ed25519::KeyPair kp = Ed25519::fromSeed(SecureBuffer::copyOf(seed));
    QCOMPARE(kp.secretKey.size(), std::size_t(Ed25519::SecretKeySize));
    QCOMPARE(kp.secretKey.view().toByteArray(), seed + kp.publicKey);
}

void TestEd25519::fromSecretKeyRecoversPublicKey()
{
    const Ed25519::KeyPair original = Ed25519::fromSeed(
        seedFromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"));
    const Ed25519::KeyPair restored = Ed25519::fromSecretKey(SecureBuffer::copyOf(original.secretKey.view()));
    QCOMPARE(restored.publicKey, original.publicKey);
    QVERIFY(restored.secretKey.equals(original.secretKey));
    QCOMPARE(Ed25519::sign(restored.secretKey, Domain, Message), Ed25519::sign(original.secretKey, Domain, Message));
}

void TestEd25519::generateGivesDistinctWorkingKeys()
{
    const Ed25519::KeyPair a = Ed25519::generate();
    const Ed25519::KeyPair b = Ed25519::generate();
    QCOMPARE(a.publicKey.size(), Ed25519::PublicKeySize);
    QCOMPARE(a.secretKey.size(), std::size_t(Ed25519::SecretKeySize));
    QVERIFY(a.publicKey != b.publicKey);
    QVERIFY(!a.secretKey.equals(b.secretKey));
    QVERIFY(Ed25519::verify(a.publicKey, Domain, Message, Ed25519::sign(a.secretKey, Domain, Message)));
}

void TestEd25519::signatureVerifies_data()
{
    QTest::addColumn<QByteArray>("domain");
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("typical") << Domain << Message;
    QTest::newRow("empty message") << Domain << QByteArray();
    QTest::newRow("empty domain") << QByteArray() << Message;
    QTest::newRow("both empty") << QByteArray() << QByteArray();
    QTest::newRow("binary message with NULs") << Domain << QByteArray("\x00\x01\x00\xff", 4);
    // Longer than the 512-byte stack buffer used to assemble domain || 0x00 || message.
    QTest::newRow("4 KiB message") << Domain << QByteArray(4096, '\x42');
}

void TestEd25519::signatureVerifies()
{
    QFETCH(QByteArray, domain);
    QFETCH(QByteArray, message);
    const Ed25519::KeyPair kp = Ed25519::fromSeed(
        seedFromHex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7"));
    const QByteArray sig = Ed25519::sign(kp.secretKey, domain, message);
    QCOMPARE(sig.size(), Ed25519::SignatureSize);
    QVERIFY(Ed25519::verify(kp.publicKey, domain, message, sig));
}

void TestEd25519::signingIsDeterministic()
{
    const Ed25519::KeyPair kp = Ed25519::fromSeed(
        seedFromHex("833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42"));
    QCOMPARE(Ed25519::sign(kp.secretKey, Domain, Message), Ed25519::sign(kp.secretKey, Domain, Message));
    QVERIFY(Ed25519::sign(kp.secretKey, Domain, Message) != Ed25519::sign(kp.secretKey, Domain, Message + '.'));
}

void TestEd25519::flippingAnySignatureBitFailsVerification()
{
    const Ed25519::KeyPair kp = Ed25519::generate();
    const QByteArray sig = Ed25519::sign(kp.secretKey, Domain, Message);
    for (qsizetype bit = 0; bit < sig.size() * 8; ++bit)
        QVERIFY2(!Ed25519::verify(kp.publicKey, Domain, Message, flipBit(sig, bit)), qPrintable(QString::number(bit)));
}

void TestEd25519::flippingAnyMessageBitFailsVerification()
{
    const Ed25519::KeyPair kp = Ed25519::generate();
    const QByteArray sig = Ed25519::sign(kp.secretKey, Domain, Message);
    for (qsizetype bit = 0; bit < Message.size() * 8; ++bit)
        QVERIFY2(!Ed25519::verify(kp.publicKey, Domain, flipBit(Message, bit), sig), qPrintable(QString::number(bit)));
    QVERIFY(!Ed25519::verify(kp.publicKey, Domain, Message + '\0', sig));
    QVERIFY(!Ed25519::verify(kp.publicKey, Domain, Message.chopped(1), sig));
}

void TestEd25519::flippingAnyDomainBitFailsVerification()
{
    const Ed25519::KeyPair kp = Ed25519::generate();
    const QByteArray sig = Ed25519::sign(kp.secretKey, Domain, Message);
    for (qsizetype bit = 0; bit < Domain.size() * 8; ++bit)
        QVERIFY2(!Ed25519::verify(kp.publicKey, flipBit(Domain, bit), Message, sig), qPrintable(QString::number(bit)));
}

void TestEd25519::flippingAnyPublicKeyBitFailsVerification()
{
    const Ed25519::KeyPair kp = Ed25519::generate();
    const QByteArray sig = Ed25519::sign(kp.secretKey, Domain, Message);
    for (qsizetype bit = 0; bit < kp.publicKey.size() * 8; ++bit)
        QVERIFY2(!Ed25519::verify(flipBit(kp.publicKey, bit), Domain, Message, sig), qPrintable(QString::number(bit)));
}

void TestEd25519::signatureForOneDomainDoesNotVerifyUnderAnother_data()
{
    QTest::addColumn<QByteArray>("signedDomain");
    QTest::addColumn<QByteArray>("signedMessage");
    QTest::addColumn<QByteArray>("otherDomain");
    QTest::addColumn<QByteArray>("otherMessage");

    QTest::newRow("different domain, same message")
        << QByteArray("careledger/tx/v1") << Message << QByteArray("careledger/block/v1") << Message;
    QTest::newRow("empty domain vs non-empty") << QByteArray() << Message << Domain << Message;
    // The 0x00 separator keeps the boundary between domain and message fixed.
    QTest::newRow("boundary shifted into the message")
        << QByteArray("careledger/tx") << QByteArray("/v1") << QByteArray("careledger/tx/v1") << QByteArray();
    QTest::newRow("boundary shifted into the domain")
        << QByteArray("careledger") << QByteArray("/tx/v1") << QByteArray("careledger/") << QByteArray("tx/v1");
}

void TestEd25519::signatureForOneDomainDoesNotVerifyUnderAnother()
{
    QFETCH(QByteArray, signedDomain);
    QFETCH(QByteArray, signedMessage);
    QFETCH(QByteArray, otherDomain);
    QFETCH(QByteArray, otherMessage);
    const Ed25519::KeyPair kp = Ed25519::generate();
    const QByteArray sig = Ed25519::sign(kp.secretKey, signedDomain, signedMessage);
    QVERIFY(Ed25519::verify(kp.publicKey, signedDomain, signedMessage, sig));
    QVERIFY(!Ed25519::verify(kp.publicKey, otherDomain, otherMessage, sig));
}

void TestEd25519::signatureDoesNotVerifyUnderAnotherKey()
{
    const Ed25519::KeyPair signer = Ed25519::generate();
    const Ed25519::KeyPair other = Ed25519::generate();
    const QByteArray sig = Ed25519::sign(signer.secretKey, Domain, Message);
    QVERIFY(!Ed25519::verify(other.publicKey, Domain, Message, sig));
}

void TestEd25519::wrongSizeInputsFailVerification_data()
{
    QTest::addColumn<int>("publicKeySize");
    QTest::addColumn<int>("signatureSize");

    QTest::newRow("empty public key") << 0 << 64;
    QTest::newRow("31-byte public key") << 31 << 64;
    QTest::newRow("33-byte public key") << 33 << 64;
    QTest::newRow("empty signature") << 32 << 0;
    QTest::newRow("63-byte signature") << 32 << 63;
    QTest::newRow("65-byte signature") << 32 << 65;
}

void TestEd25519::wrongSizeInputsFailVerification()
{
    QFETCH(int, publicKeySize);
    QFETCH(int, signatureSize);
    const Ed25519::KeyPair kp = Ed25519::generate();
    const QByteArray sig = Ed25519::sign(kp.secretKey, Domain, Message);
    // Truncate, or pad with a byte that a lenient verifier might ignore.
    const QByteArray pub = kp.publicKey.leftJustified(publicKeySize, '\0', true);
    const QByteArray badSig = sig.leftJustified(signatureSize, '\0', true);
    QVERIFY(!Ed25519::verify(pub, Domain, Message, badSig));
}

void TestEd25519::x25519ConversionMatchesLibsodiumVector()
{
    // libsodium test/default/ed25519_convert.c and .exp.
    const Ed25519::KeyPair kp = Ed25519::fromSeed(
        seedFromHex("421151a459faeade3d247115f94aedae42318124095afabe4d1451a559faedee"));
    QCOMPARE(Ed25519::toX25519PublicKey(kp.publicKey).toHex(),
             QByteArray("f1814f0e8ff1043d8a44d25babff3cedcae6c22c3edaa48f857ae70de2baae50"));
    QCOMPARE(Ed25519::toX25519SecretKey(kp.secretKey).view().toByteArray().toHex(),
             QByteArray("8052030376d47112be7f73ed7a019293dd12ad910b654455798b4667d73de166"));
}

void TestEd25519::x25519ConversionRoundTripsThroughSealedBox_data()
{
    QTest::addColumn<QByteArray>("seed");

    QTest::newRow("RFC 8032 TEST 1") << hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    QTest::newRow("RFC 8032 TEST 2") << hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
    QTest::newRow("RFC 8032 TEST 3") << hex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7");
    QTest::newRow("libsodium ed25519_convert") << hex("421151a459faeade3d247115f94aedae42318124095afabe4d1451a559faedee");
}

void TestEd25519::x25519ConversionRoundTripsThroughSealedBox()
{
    QFETCH(QByteArray, seed);
    const Ed25519::KeyPair kp = Ed25519::fromSeed(SecureBuffer::copyOf(seed));
    const QByteArray xPub = Ed25519::toX25519PublicKey(kp.publicKey);
    const SecureBuffer xSec = Ed25519::toX25519SecretKey(kp.secretKey);
    QCOMPARE(xPub.size(), 32);
    QCOMPARE(xSec.size(), std::size_t(32));

    const QByteArray recordKey(32, '\x5c');
    const QByteArray sealed = SealedBox::seal(xPub, recordKey);
    const Result<SecureBuffer> opened = SealedBox::open(xPub, xSec, sealed);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QCOMPARE(opened->view().toByteArray(), recordKey);
}

void TestEd25519::x25519ConversionRefusesInvalidPublicKey()
{
    QVERIFY(Ed25519::toX25519PublicKey(QByteArray(31, '\x01')).isEmpty());
    QVERIFY(Ed25519::toX25519PublicKey(QByteArray(33, '\x01')).isEmpty());
    QVERIFY(Ed25519::toX25519PublicKey(QByteArray()).isEmpty());
    // All zeros encodes a point of small order: no usable X25519 key.
    QVERIFY(Ed25519::toX25519PublicKey(QByteArray(32, '\0')).isEmpty());
}

} // namespace careledger

QTEST_APPLESS_MAIN(careledger::TestEd25519)
#include "tst_ed25519.moc"
