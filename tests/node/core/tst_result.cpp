#include "core/Result.h"

#include <QTest>

#include <memory>

namespace careledger {

class TestResult : public QObject {
    Q_OBJECT

private slots:
    void holdsAValue();
    void holdsAnError();
    void valueIsMutableInPlace();
    void rvalueValueMovesOut();
    void defaultStatusIsOk();
    void statusFromErrorIsNotOk();
    void makeErrorKeepsCodeAndMessage();
};

void TestResult::holdsAValue()
{
    const Result<QString> r(QStringLiteral("ok"));
    QVERIFY(r.ok());
    QVERIFY(bool(r));
    QCOMPARE(r.value(), QStringLiteral("ok"));
    QCOMPARE(*r, QStringLiteral("ok"));
    QCOMPARE(r->size(), 2);
}

void TestResult::holdsAnError()
{
    const Result<QString> r(makeError(QStringLiteral("not_found"), QStringLiteral("no such record")));
    QVERIFY(!r.ok());
    QVERIFY(!r);
    QCOMPARE(r.error().code, QStringLiteral("not_found"));
    QCOMPARE(r.error().message, QStringLiteral("no such record"));
}

void TestResult::valueIsMutableInPlace()
{
    Result<QList<int>> r(QList<int>{1, 2});
    r->append(3);
    (*r).append(4);
    r.value().append(5);
    QCOMPARE(r.value(), (QList<int>{1, 2, 3, 4, 5}));
}

void TestResult::rvalueValueMovesOut()
{
    // Move-only payloads can be taken out of a temporary result.
    auto make = [] { return Result<std::unique_ptr<int>>(std::make_unique<int>(42)); };
    std::unique_ptr<int> p = make().value();
    QVERIFY(p);
    QCOMPARE(*p, 42);
}

void TestResult::defaultStatusIsOk()
{
    const Status st;
    QVERIFY(st.ok());
    QVERIFY(bool(st));
}

void TestResult::statusFromErrorIsNotOk()
{
    const Status st = makeError(QStringLiteral("io"), QStringLiteral("disk full"));
    QVERIFY(!st.ok());
    QVERIFY(!st);
    QCOMPARE(st.error().code, QStringLiteral("io"));
    QCOMPARE(st.error().message, QStringLiteral("disk full"));
}

void TestResult::makeErrorKeepsCodeAndMessage()
{
    const Error e = makeError(QStringLiteral("tampered"), QStringLiteral("ciphertext failed authentication"));
    QCOMPARE(e.code, QStringLiteral("tampered"));
    QCOMPARE(e.message, QStringLiteral("ciphertext failed authentication"));
}

} // namespace careledger

QTEST_APPLESS_MAIN(careledger::TestResult)
#include "tst_result.moc"
