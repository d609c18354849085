#include "crypto/Totp.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <set>

namespace careledger {

namespace {

SecureBuffer secretOf(const char *ascii)
{
    return SecureBuffer::copyOf(QByteArrayView(ascii));
}

// RFC 6238 Appendix B: one seed per HMAC, each the ASCII digits repeated to the hash's size.
SecureBuffer rfcSeed(Totp::Algorithm algorithm)
{
    switch (algorithm) {
    case Totp::Algorithm::Sha256: return secretOf("12345678901234567890123456789012");
    case Totp::Algorithm::Sha512:
        return secretOf("1234567890123456789012345678901234567890123456789012345678901234");
    case Totp::Algorithm::Sha1: break;
    }
    return secretOf("12345678901234567890");
}

constexpr qint64 Second = 1000;

} // namespace

class TestTotp : public QObject {
    Q_OBJECT

private slots:
    void rfc6238AppendixB_data();
    void rfc6238AppendixB();
    void rfc4226AppendixD_data();
    void rfc4226AppendixD();
    void defaultsAreSixDigitHmacSha1Over30Seconds();
    void stepsStartAtTheEpoch();
    void codeOutsideOneToNineDigitsIsEmpty();
    void verifyAcceptsTheCurrentAndAdjacentSteps();
    void verifyReturnsTheMatchedStep();
    void verifyRefusesMalformedCodes_data();
    void verifyRefusesMalformedCodes();
    void verifyIgnoresSpacesAsAppsShowThem();
    void verifyWithAnotherSecretFails();
    void generatedSecretsAreRandomAndOfTheRecommendedSize();
    void base32Rfc4648Vectors_data();
    void base32Rfc4648Vectors();
    void base32UnpaddedAndAsTyped();
    void base32RefusesWhatIsNotBase32_data();
    void base32RefusesWhatIsNotBase32();
    void base32RoundTripsEveryLength();
    void otpauthUriHasTheKeyUriFormat();
    void otpauthUriEncodesTheAccountName();
    void secretFromUriRefusesOtherUris_data();
    void secretFromUriRefusesOtherUris();
};

void TestTotp::rfc6238AppendixB_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<quint64>("step");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QString>("expected");

    struct Row {
        qint64 seconds;
        quint64 step; // the table's "Value of T (hex)"
        const char *sha1;
        const char *sha256;
        const char *sha512;
    };
    const Row rows[] = {
        {59, 0x1, "94287082", "46119246", "90693936"},
        {1111111109, 0x23523EC, "07081804", "68084774", "25091201"},
        {1111111111, 0x23523ED, "14050471", "67062674", "99943326"},
        {1234567890, 0x273EF07, "89005924", "91819424", "93441116"},
        {2000000000, 0x3F940AA, "69279037", "90698825", "38618901"},
        {20000000000, 0x27BC86AA, "65353130", "77737706", "47863826"},
    };
    for (const Row &r : rows) {
        QTest::addRow("SHA1 T=%lld", r.seconds) << r.seconds << r.step << int(Totp::Algorithm::Sha1) << QString::fromLatin1(r.sha1);
        QTest::addRow("SHA256 T=%lld", r.seconds)
            << r.seconds << r.step << int(Totp::Algorithm::Sha256) << QString::fromLatin1(r.sha256);
        QTest::addRow("SHA512 T=%lld", r.seconds)
            << r.seconds << r.step << int(Totp::Algorithm::Sha512) << QString::fromLatin1(r.sha512);
    }
}

void TestTotp::rfc6238AppendixB()
{
    QFETCH(qint64, seconds);
    QFETCH(quint64, step);
    QFETCH(int, algorithm);
    QFETCH(QString, expected);
    const auto alg = Totp::Algorithm(algorithm);
    const SecureBuffer seed = rfcSeed(alg);
    QCOMPARE(Totp::stepAt(seconds * Second), step);
    QCOMPARE(Totp::codeAt(seed, seconds * Second, alg, 8), expected);
    QCOMPARE(Totp::code(seed, step, alg, 8), expected);
    // Anywhere within the same 30 s step gives the same code.
    QCOMPARE(Totp::codeAt(seed, qint64(step) * 30 * Second, alg, 8), expected);
    QCOMPARE(Totp::codeAt(seed, (qint64(step) + 1) * 30 * Second - 1, alg, 8), expected);
    // And verification finds it at that step.
    QCOMPARE(Totp::verify(seed, expected, seconds * Second, 0, alg, 8), std::optional<quint64>(step));
}

void TestTotp::rfc4226AppendixD_data()
{
    QTest::addColumn<quint64>("counter");
    QTest::addColumn<QString>("expected");
    const char *values[] = {"755224", "287082", "359152", "969429", "338314",
                            "254676", "287922", "162583", "399871", "520489"};
    for (quint64 i = 0; i < 10; ++i)
        QTest::addRow("count %llu", i) << i << QString::fromLatin1(values[i]);
}

void TestTotp::rfc4226AppendixD()
{
    QFETCH(quint64, counter);
    QFETCH(QString, expected);
    QCOMPARE(Totp::code(secretOf("12345678901234567890"), counter), expected);
}

void TestTotp::defaultsAreSixDigitHmacSha1Over30Seconds()
{
    // The 6-digit code is the last six digits of the 8-digit one (same truncation, smaller modulus).
    const SecureBuffer seed = rfcSeed(Totp::Algorithm::Sha1);
    QCOMPARE(Totp::codeAt(seed, 59 * Second), QStringLiteral("287082"));
    QCOMPARE(Totp::codeAt(seed, 1111111109 * Second), QStringLiteral("081804"));
    QCOMPARE(Totp::codeAt(seed, 1111111109 * Second).size(), 6); // zero-padded
    QCOMPARE(Totp::Digits, 6);
    QCOMPARE(Totp::StepSeconds, 30);
}

void TestTotp::stepsStartAtTheEpoch()
{
    QCOMPARE(Totp::stepAt(0), quint64(0));
    QCOMPARE(Totp::stepAt(29'999), quint64(0));
    QCOMPARE(Totp::stepAt(30'000), quint64(1));
    QCOMPARE(Totp::stepAt(-1), quint64(0));
    QCOMPARE(Totp::stepAt(60'000, 60), quint64(1));
}

void TestTotp::codeOutsideOneToNineDigitsIsEmpty()
{
    const SecureBuffer seed = rfcSeed(Totp::Algorithm::Sha1);
    QVERIFY(Totp::code(seed, 1, Totp::Algorithm::Sha1, 0).isEmpty());
    QVERIFY(Totp::code(seed, 1, Totp::Algorithm::Sha1, 10).isEmpty());
    QVERIFY(Totp::code(SecureBuffer(), 1).isEmpty());
    QCOMPARE(Totp::code(seed, 1, Totp::Algorithm::Sha1, 9).size(), 9);
}

void TestTotp::verifyAcceptsTheCurrentAndAdjacentSteps()
{
    const SecureBuffer secret = Totp::generateSecret();
    const qint64 now = 1'700'000'012'345;
    const quint64 step = Totp::stepAt(now);
    QVERIFY(Totp::verify(secret, Totp::code(secret, step), now));
    QVERIFY(Totp::verify(secret, Totp::code(secret, step - 1), now)); // typed just before the step turned
    QVERIFY(Totp::verify(secret, Totp::code(secret, step + 1), now)); // a phone's clock a little ahead
    // Two steps away is too far (codes are compared, so a collision would need the same digits: skip that case).
    for (const quint64 far : {step - 2, step + 2, step - 10})
        if (Totp::code(secret, far) != Totp::code(secret, step) && Totp::code(secret, far) != Totp::code(secret, step - 1)
            && Totp::code(secret, far) != Totp::code(secret, step + 1))
            QVERIFY(!Totp::verify(secret, Totp::code(secret, far), now));
    // A window of zero means this step only.
    if (Totp::code(secret, step - 1) != Totp::code(secret, step))
        QVERIFY(!Totp::verify(secret, Totp::code(secret, step - 1), now, 0));
}

void TestTotp::verifyReturnsTheMatchedStep()
{
    const SecureBuffer seed = rfcSeed(Totp::Algorithm::Sha1);
    // RFC 4226's codes by counter, checked as TOTP at step 5 (counter 5 is "254676").
    const qint64 atStep5 = 5 * 30 * Second + 7 * Second;
    QCOMPARE(Totp::verify(seed, QStringLiteral("254676"), atStep5), std::optional<quint64>(5));
    QCOMPARE(Totp::verify(seed, QStringLiteral("338314"), atStep5), std::optional<quint64>(4));
    QCOMPARE(Totp::verify(seed, QStringLiteral("287922"), atStep5), std::optional<quint64>(6));
    QCOMPARE(Totp::verify(seed, QStringLiteral("969429"), atStep5), std::nullopt); // step 3
    QCOMPARE(Totp::verify(seed, QStringLiteral("162583"), atStep5), std::nullopt); // step 7
    // At step 0 there is no step -1.
    QCOMPARE(Totp::verify(seed, QStringLiteral("755224"), 0), std::optional<quint64>(0));
    QCOMPARE(Totp::verify(seed, QStringLiteral("287082"), 0), std::optional<quint64>(1));
}

void TestTotp::verifyRefusesMalformedCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("five digits") << QStringLiteral("54676");
    QTest::newRow("seven digits") << QStringLiteral("2546760");
    QTest::newRow("letters") << QStringLiteral("25467a");
    QTest::newRow("sign") << QStringLiteral("+54676");
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("\u0662\u0665\u0664\u0666\u0667\u0666");
    QTest::newRow("fullwidth digits") << QString::fromUtf8("\uff12\uff15\uff14\uff16\uff17\uff16");
}

void TestTotp::verifyRefusesMalformedCodes()
{
    QFETCH(QString, code);
    QCOMPARE(Totp::verify(rfcSeed(Totp::Algorithm::Sha1), code, 5 * 30 * Second), std::nullopt);
}

void TestTotp::verifyIgnoresSpacesAsAppsShowThem()
{
    const SecureBuffer seed = rfcSeed(Totp::Algorithm::Sha1);
    QCOMPARE(Totp::verify(seed, QStringLiteral("254 676"), 5 * 30 * Second), std::optional<quint64>(5));
    QCOMPARE(Totp::verify(seed, QStringLiteral(" 254676\n"), 5 * 30 * Second), std::optional<quint64>(5));
}

void TestTotp::verifyWithAnotherSecretFails()
{
    const SecureBuffer a = Totp::generateSecret();
    const SecureBuffer b = Totp::generateSecret();
    const qint64 now = 1'700'000'000'000;
    int accepted = 0;
    // Over many steps another secret's code is (up to a 3-in-a-million chance each) refused.
    for (int i = 0; i < 50; ++i)
        accepted += Totp::verify(b, Totp::codeAt(a, now + i * 30 * Second), now + i * 30 * Second) ? 1 : 0;
    QVERIFY(accepted <= 1);
}

void TestTotp::generatedSecretsAreRandomAndOfTheRecommendedSize()
{
    std::set<QByteArray> seen;
    for (int i = 0; i < 32; ++i) {
        const SecureBuffer s = Totp::generateSecret();
        QCOMPARE(s.size(), std::size_t(20));
        QVERIFY(seen.insert(s.view().toByteArray()).second);
    }
    QCOMPARE(Totp::generateSecret(32).size(), std::size_t(32));
    QCOMPARE(Totp::generateSecret(4).size(), std::size_t(Totp::MinSecretSize)); // never weaker than 128 bits
}

void TestTotp::base32Rfc4648Vectors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("encoded");
    // RFC 4648 section 10.
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("f") << QByteArray("f") << QStringLiteral("MY======");
    QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("MZXQ====");
    QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("MZXW6===");
    QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("MZXW6YQ=");
    QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("MZXW6YTBOI======");
    // The RFC 6238 SHA1 seed, as authenticator apps are given it.
    QTest::newRow("rfc6238 seed") << QByteArray("12345678901234567890")
                                  << QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

void TestTotp::base32Rfc4648Vectors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, encoded);
    QCOMPARE(Totp::base32Encode(data), encoded);
    const auto decoded = Totp::base32Decode(encoded);
    QVERIFY(decoded);
    QCOMPARE(*decoded, data);
}

void TestTotp::base32UnpaddedAndAsTyped()
{
    QCOMPARE(Totp::base32Encode("foobar", false), QStringLiteral("MZXW6YTBOI"));
    QCOMPARE(Totp::base32Decode(u"MZXW6YTBOI"), std::optional<QByteArray>("foobar"));
    QCOMPARE(Totp::base32Decode(u"mzxw 6ytb oi"), std::optional<QByteArray>("foobar"));
    QCOMPARE(Totp::base32Decode(u"MZXW-6YTB-OI======"), std::optional<QByteArray>("foobar"));
}

void TestTotp::base32RefusesWhatIsNotBase32_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("digit 1") << QStringLiteral("MZXW6YT1");
    QTest::newRow("digit 0 and 8") << QStringLiteral("MZ0W6Y8B");
    QTest::newRow("base64 char") << QStringLiteral("MZXW6YT+");
    QTest::newRow("data after padding") << QStringLiteral("MY======MY======");
    QTest::newRow("too much padding") << QStringLiteral("MZXW6YQ==");
    QTest::newRow("incomplete padding") << QStringLiteral("MY====");
    QTest::newRow("one symbol") << QStringLiteral("M");
    QTest::newRow("three symbols") << QStringLiteral("MZX");
    QTest::newRow("six symbols") << QStringLiteral("MZXW6Y");
    QTest::newRow("non-zero trailing bits") << QStringLiteral("MZ======"); // "f" is MY: Z sets an unused bit
    QTest::newRow("non-ascii") << QString::fromUtf8("MZXW6YT\u00c9");
    QTest::newRow("dotless i") << QString::fromUtf8("MZXW6YT\u0131");
}

void TestTotp::base32RefusesWhatIsNotBase32()
{
    QFETCH(QString, text);
    QCOMPARE(Totp::base32Decode(text), std::nullopt);
}

void TestTotp::base32RoundTripsEveryLength()
{
    for (int n = 0; n <= Totp::MaxSecretSize; ++n) {
        const SecureBuffer data = Totp::generateSecret(Totp::MaxSecretSize);
        const QByteArray bytes = data.view().first(n).toByteArray();
        QCOMPARE(Totp::base32Decode(Totp::base32Encode(bytes)).value_or("x"), bytes);
        QCOMPARE(Totp::base32Decode(Totp::base32Encode(bytes, false)).value_or("x"), bytes);
        QCOMPARE(Totp::base32Encode(bytes).size() % 8, 0);
    }
}

void TestTotp::otpauthUriHasTheKeyUriFormat()
{
    const SecureBuffer seed = rfcSeed(Totp::Algorithm::Sha1);
    const QString uri = Totp::otpauthUri(QStringLiteral("amelia"), seed);
    QCOMPARE(uri, QStringLiteral("otpauth://totp/CareLedger:amelia?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                                 "&issuer=CareLedger&algorithm=SHA1&digits=6&period=30"));
    const auto back = Totp::secretFromUri(uri);
    QVERIFY(back);
    QVERIFY(back->equals(seed));
}

void TestTotp::otpauthUriEncodesTheAccountName()
{
    const SecureBuffer secret = Totp::generateSecret();
    const QString uri = Totp::otpauthUri(QStringLiteral("Dr. Amelia Hart & co?/x:y"), secret);
    QVERIFY2(uri.startsWith(QStringLiteral("otpauth://totp/CareLedger:Dr.%20Amelia%20Hart%20%26%20co%3F%2Fx%3Ay?secret=")),
             qPrintable(uri));
    const QUrl url(uri);
    QVERIFY(url.isValid());
    QCOMPARE(url.path(QUrl::FullyDecoded), QStringLiteral("/CareLedger:Dr. Amelia Hart & co?/x:y"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("issuer")), QStringLiteral("CareLedger"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("secret")), Totp::base32Encode(secret.view(), false));
    const auto back = Totp::secretFromUri(uri);
    QVERIFY(back);
    QVERIFY(back->equals(secret));
}

void TestTotp::secretFromUriRefusesOtherUris_data()
{
    QTest::addColumn<QString>("uri");
    QTest::newRow("hotp") << QStringLiteral("otpauth://hotp/CareLedger:a?secret=MZXW6YTBOI");
    QTest::newRow("https") << QStringLiteral("https://totp/CareLedger:a?secret=MZXW6YTBOI");
    QTest::newRow("no secret") << QStringLiteral("otpauth://totp/CareLedger:a?issuer=CareLedger");
    QTest::newRow("bad secret") << QStringLiteral("otpauth://totp/CareLedger:a?secret=MZXW6YT1");
    QTest::newRow("not a uri") << QStringLiteral("GEZDGNBVGY3TQOJQ");
}

void TestTotp::secretFromUriRefusesOtherUris()
{
    QFETCH(QString, uri);
    QVERIFY(!Totp::secretFromUri(uri));
}

} // namespace careledger

QTEST_APPLESS_MAIN(careledger::TestTotp)
#include "tst_totp.moc"
