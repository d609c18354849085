#include "crypto/SecureBuffer.h"

#include <QTest>

#include <type_traits>
#include <utility>

namespace careledger {

// A secret has exactly one owner.
static_assert(!std::is_copy_constructible_v<SecureBuffer>);
static_assert(!std::is_copy_assignable_v<SecureBuffer>);
static_assert(std::is_nothrow_move_constructible_v<SecureBuffer>);
static_assert(std::is_nothrow_move_assignable_v<SecureBuffer>);

class TestSecureBuffer : public QObject {
    Q_OBJECT

private slots:
    void defaultIsEmpty();
    void sizedBufferIsWritable_data();
    void sizedBufferIsWritable();
    void zeroSizeHasNoStorage();
    void copyOfCopiesTheBytes_data();
    void copyOfCopiesTheBytes();
    void copyOfIsIndependentOfItsSource();
    void moveConstructionTransfersOwnership();
    void moveAssignmentTransfersOwnershipAndReleasesOld();
    void moveAssignmentToEmptyTarget();
    void selfMoveAssignmentKeepsContents();
    void equalsComparesSizeAndContents_data();
    void equalsComparesSizeAndContents();
};

void TestSecureBuffer::defaultIsEmpty()
{
    const SecureBuffer b;
    QVERIFY(b.isEmpty());
    QCOMPARE(b.size(), std::size_t(0));
    QCOMPARE(b.data(), nullptr);
    QVERIFY(b.view().isEmpty());
}

void TestSecureBuffer::sizedBufferIsWritable_data()
{
    QTest::addColumn<int>("size");

    QTest::newRow("1 byte") << 1;
    QTest::newRow("32 bytes (a key)") << 32;
    QTest::newRow("4097 bytes (crosses a page)") << 4097;
}

void TestSecureBuffer::sizedBufferIsWritable()
{
    QFETCH(int, size);
    SecureBuffer b(static_cast<std::size_t>(size));
    QVERIFY(!b.isEmpty());
    QCOMPARE(b.size(), std::size_t(size));
    QVERIFY(b.data() != nullptr);
    for (int i = 0; i < size; ++i)
        b.data()[i] = static_cast<unsigned char>(i);
    QCOMPARE(b.view().size(), qsizetype(size));
    for (int i = 0; i < size; ++i)
        QCOMPARE(static_cast<unsigned char>(b.view().at(i)), static_cast<unsigned char>(i));
}

void TestSecureBuffer::zeroSizeHasNoStorage()
{
    const SecureBuffer b(std::size_t(0));
    QVERIFY(b.isEmpty());
    QCOMPARE(b.data(), nullptr);
    QVERIFY(b.equals(SecureBuffer()));
}

void TestSecureBuffer::copyOfCopiesTheBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one NUL") << QByteArray(1, '\0');
    QTest::newRow("key") << QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    QTest::newRow("binary with NULs") << QByteArray("\x00\xff\x00\x01", 4);
}

void TestSecureBuffer::copyOfCopiesTheBytes()
{
    QFETCH(QByteArray, bytes);
    const SecureBuffer b = SecureBuffer::copyOf(bytes);
    QCOMPARE(b.size(), std::size_t(bytes.size()));
    QCOMPARE(b.isEmpty(), bytes.isEmpty());
    QCOMPARE(b.view().toByteArray(), bytes);
}

void TestSecureBuffer::copyOfIsIndependentOfItsSource()
{
    QByteArray source("secret");
    const SecureBuffer b = SecureBuffer::copyOf(source);
    source.fill('x');
    QCOMPARE(b.view().toByteArray(), QByteArray("secret"));
}

void TestSecureBuffer::moveConstructionTransfersOwnership()
{
    SecureBuffer a = SecureBuffer::copyOf("secret");
    const unsigned char *storage = a.data();
    SecureBuffer b(std::move(a));
    QCOMPARE(b.data(), storage);
    QCOMPARE(b.view().toByteArray(), QByteArray("secret"));
    // The moved-from buffer owns nothing and is safe to use and destroy.
    QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(a.data(), nullptr);
    QVERIFY(a.view().isEmpty());
}

void TestSecureBuffer::moveAssignmentTransfersOwnershipAndReleasesOld()
{
    SecureBuffer a = SecureBuffer::copyOf("first");
    SecureBuffer b = SecureBuffer::copyOf("second secret");
    const unsigned char *storage = b.data();
    a = std::move(b);
    QCOMPARE(a.data(), storage);
    QCOMPARE(a.size(), std::size_t(13));
    QCOMPARE(a.view().toByteArray(), QByteArray("second secret"));
    QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(b.data(), nullptr);

    // A moved-from buffer can be assigned again.
    b = SecureBuffer::copyOf("third");
    QCOMPARE(b.view().toByteArray(), QByteArray("third"));
}

void TestSecureBuffer::moveAssignmentToEmptyTarget()
{
    SecureBuffer target;
    target = SecureBuffer::copyOf("key");
    QCOMPARE(target.view().toByteArray(), QByteArray("key"));
    target = SecureBuffer();
    QVERIFY(target.isEmpty());
}

void TestSecureBuffer::selfMoveAssignmentKeepsContents()
{
    SecureBuffer a = SecureBuffer::copyOf("secret");
    SecureBuffer &alias = a;
    a = std::move(alias);
    QCOMPARE(a.view().toByteArray(), QByteArray("secret"));
}

void TestSecureBuffer::equalsComparesSizeAndContents_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("same bytes") << QByteArray("secret") << QByteArray("secret") << true;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("last byte differs") << QByteArray("secret") << QByteArray("secreT") << false;
    QTest::newRow("first byte differs") << QByteArray("secret") << QByteArray("Secret") << false;
    QTest::newRow("prefix") << QByteArray("secret") << QByteArray("secre") << false;
    QTest::newRow("empty vs non-empty") << QByteArray() << QByteArray(1, '\0') << false;
}

void TestSecureBuffer::equalsComparesSizeAndContents()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    const SecureBuffer x = SecureBuffer::copyOf(a);
    const SecureBuffer y = SecureBuffer::copyOf(b);
    QCOMPARE(x.equals(y), equal);
    QCOMPARE(y.equals(x), equal);
    QVERIFY(x.equals(x));
}

} // namespace careledger

QTEST_APPLESS_MAIN(careledger::TestSecureBuffer)
#include "tst_securebuffer.moc"
