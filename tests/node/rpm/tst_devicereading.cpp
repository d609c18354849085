// DeviceReading as a specification: what a device signs (the clinical content,
// canonically, under its own domain), what the node accepts as a device's FHIR
// Observation, and what it refuses, with a sentence for the device's maker.

#include "crypto/Ed25519.h"
#include "ledger/Domains.h"
#include "ledger/RecordCipher.h"
#include "rpm/DeviceReading.h"
#include "rpm/VitalsBundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace careledger;

Q_DECLARE_METATYPE(std::function<void(QJsonObject &)>)

namespace {
using Edit = std::function<void(QJsonObject &)>;
constexpr quint64 At = 1'764'489'600'000; // 2025-11-30T08:00:00Z

DeviceReading spo2(double value = 97)
{
    return *DeviceReading::make(QStringLiteral("OX-1"), QStringLiteral("P-1"), QStringLiteral("59408-5"), value, std::nullopt, At);
}
} // namespace

class TestDeviceReading : public QObject {
    Q_OBJECT
private slots:
    void signedContentRoundTrips();
    void signatureCoversEveryField();
    void signatureIsDomainSeparated();
    void bloodPressureIsAPanel();
    void makeChecksTheMeasure_data();
    void makeChecksTheMeasure();
    void observationRefusals_data();
    void observationRefusals();
    void otherCodingsAreUnderstood();
    void bundleRoundTrip();
};

void TestDeviceReading::signedContentRoundTrips()
{
    const Ed25519::KeyPair key = Ed25519::generate();
    DeviceReading r = spo2(96);
    r.sign(key.secretKey);
    const QJsonObject o = r.toObservation();
    QCOMPARE(o.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Observation"));
    QCOMPARE(o.value(QStringLiteral("effectiveDateTime")).toString(), QStringLiteral("2025-11-30T08:00:00.000Z"));
    QCOMPARE(o.value(QStringLiteral("valueQuantity")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("%"));
    // Through JSON text and back, as over the wire.
    const auto back = DeviceReading::fromObservation(QJsonDocument::fromJson(QJsonDocument(o).toJson()).object());
    QVERIFY(back);
    QCOMPARE(back->deviceId, r.deviceId);
    QCOMPARE(back->patientId, r.patientId);
    QCOMPARE(back->loinc, r.loinc);
    QCOMPARE(back->effectiveMs, At);
    QCOMPARE(back->values, r.values);
    QCOMPARE(back->signingBytes(), r.signingBytes());
    QVERIFY(back->verify(key.publicKey));
    QVERIFY(!back->verify(Ed25519::generate().publicKey));
}

void TestDeviceReading::signatureCoversEveryField()
{
    const Ed25519::KeyPair key = Ed25519::generate();
    DeviceReading r = spo2();
    r.sign(key.secretKey);
    const QList<std::function<void(DeviceReading &)>> edits{
        [](DeviceReading &x) { x.deviceId = QStringLiteral("OX-2"); },
        [](DeviceReading &x) { x.patientId = QStringLiteral("P-2"); },
        [](DeviceReading &x) { x.loinc = QStringLiteral("8867-4"); },
        [](DeviceReading &x) { x.effectiveMs += 1; },
        [](DeviceReading &x) { x.values[0].milli += 1; },
        [](DeviceReading &x) { x.values[0].unit = QStringLiteral("1"); },
    };
    for (const auto &edit : edits) {
        DeviceReading changed = r;
        edit(changed);
        QVERIFY(!changed.verify(key.publicKey));
    }
}

void TestDeviceReading::signatureIsDomainSeparated()
{
    const Ed25519::KeyPair key = Ed25519::generate();
    DeviceReading r = spo2();
    // The same bytes signed as a transaction (another domain) are not a reading's signature.
    r.signature = Ed25519::sign(key.secretKey, Domains::Transaction, r.signingBytes());
    QVERIFY(!r.verify(key.publicKey));
    r.signature = Ed25519::sign(key.secretKey, Domains::DeviceReading, r.signingBytes());
    QVERIFY(r.verify(key.publicKey));
}

void TestDeviceReading::bloodPressureIsAPanel()
{
    auto bp = DeviceReading::make(QStringLiteral("BP-1"), QStringLiteral("P-1"), QStringLiteral("85354-9"), 128, 82, At);
    QVERIFY(bp);
    QCOMPARE(bp->values.size(), 2);
    QCOMPARE(bp->values[0].loinc, QStringLiteral("8480-6"));
    QCOMPARE(bp->values[1].loinc, QStringLiteral("8462-4"));
    QCOMPARE(bp->value(1), 82.0);
    bp->signature = QByteArray(64, 'x');
    const QJsonObject o = bp->toObservation();
    QVERIFY(!o.contains(QStringLiteral("valueQuantity")));
    QCOMPARE(o.value(QStringLiteral("component")).toArray().size(), 2);
    const auto back = DeviceReading::fromObservation(o);
    QVERIFY(back);
    QCOMPARE(back->values, bp->values);
}

void TestDeviceReading::makeChecksTheMeasure_data()
{
    QTest::addColumn<QString>("loinc");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("second"); // < 0: none
    QTest::addColumn<bool>("valid");
    QTest::newRow("heart rate") << "8867-4" << 72.0 << -1.0 << true;
    QTest::newRow("SpO2") << "59408-5" << 97.0 << -1.0 << true;
    QTest::newRow("glucose mg/dL") << "2339-0" << 110.0 << -1.0 << true;
    QTest::newRow("glucose mmol/L") << "15074-8" << 6.1 << -1.0 << true;
    QTest::newRow("weight") << "29463-7" << 81.4 << -1.0 << true;
    QTest::newRow("blood pressure") << "85354-9" << 120.0 << 80.0 << true;
    QTest::newRow("body temperature: not monitored") << "8310-5" << 37.0 << -1.0 << false;
    QTest::newRow("SpO2 above 100 %") << "59408-5" << 101.0 << -1.0 << false;
    QTest::newRow("heart rate of 5") << "8867-4" << 5.0 << -1.0 << false;
    QTest::newRow("blood pressure without diastolic") << "85354-9" << 120.0 << -1.0 << false;
    QTest::newRow("heart rate with a second value") << "8867-4" << 72.0 << 70.0 << false;
}

void TestDeviceReading::makeChecksTheMeasure()
{
    QFETCH(QString, loinc);
    QFETCH(double, value);
    QFETCH(double, second);
    QFETCH(bool, valid);
    const auto r = DeviceReading::make(QStringLiteral("D-1"), QStringLiteral("P-1"), loinc, value,
                                       second < 0 ? std::nullopt : std::optional<double>(second), At);
    QCOMPARE(r.ok(), valid);
    if (!valid) {
        QCOMPARE(r.error().code, QStringLiteral("malformed"));
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestDeviceReading::observationRefusals_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("says");
    QTest::newRow("not an Observation") << Edit([](QJsonObject &o) { o.insert("resourceType", "Condition"); }) << "Observation";
    QTest::newRow("preliminary") << Edit([](QJsonObject &o) { o.insert("status", "preliminary"); }) << "final";
    QTest::newRow("no code") << Edit([](QJsonObject &o) { o.remove("code"); }) << "LOINC";
    QTest::newRow("no subject") << Edit([](QJsonObject &o) { o.remove("subject"); }) << "Patient/";
    QTest::newRow("time without zone")
        << Edit([](QJsonObject &o) { o.insert("effectiveDateTime", "2025-11-30T08:00:00"); }) << "time zone";
    QTest::newRow("value as text") << Edit([](QJsonObject &o) {
        o.insert("valueQuantity", QJsonObject{{"value", "97"}, {"code", "%"}});
    }) << "numeric";
    QTest::newRow("wrong unit") << Edit([](QJsonObject &o) {
        o.insert("valueQuantity", QJsonObject{{"value", 0.97}, {"code", "1"}});
    }) << "UCUM";
    QTest::newRow("no device") << Edit([](QJsonObject &o) { o.remove("device"); }) << "device";
    QTest::newRow("no signature") << Edit([](QJsonObject &o) { o.remove("extension"); }) << "signature";
    QTest::newRow("short signature") << Edit([](QJsonObject &o) {
        o.insert("extension", QJsonArray{QJsonObject{{"url", DeviceReading::SignatureExtension}, {"valueBase64Binary", "AAAA"}}});
    }) << "signature";
}

void TestDeviceReading::observationRefusals()
{
    QFETCH(Edit, edit);
    QFETCH(QString, says);
    DeviceReading r = spo2();
    r.sign(Ed25519::generate().secretKey);
    QJsonObject o = r.toObservation();
    QVERIFY(DeviceReading::fromObservation(o));
    edit(o);
    const auto refused = DeviceReading::fromObservation(o);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, QStringLiteral("malformed"));
    QVERIFY2(refused.error().message.contains(says), qPrintable(refused.error().message));
}

// What devices (and the record forms) write besides our own coding.
void TestDeviceReading::otherCodingsAreUnderstood()
{
    QJsonObject o = spo2().toObservation();
    o.insert("code", QJsonObject{{"coding", QJsonArray{QJsonObject{{"system", "http://loinc.org"}, {"code", "2708-6"}}}}});
    o.insert("valueQuantity", QJsonObject{{"value", 95}, {"unit", "%"}});
    const auto r = DeviceReading::measuredIn(o);
    QVERIFY(r);
    QCOMPARE(r->loinc, QStringLiteral("59408-5"));
    QCOMPARE(r->value(), 95.0);
}

void TestDeviceReading::bundleRoundTrip()
{
    const Ed25519::KeyPair patient = Ed25519::generate();
    QList<DeviceReading> readings{spo2(97), spo2(92)};
    readings[0].effectiveMs = At + 60'000; // out of order: the Bundle sorts by time
    for (DeviceReading &r : readings)
        r.sign(Ed25519::generate().secretKey);
    const SealedVitals sealed = VitalsBundle::seal(readings, QStringLiteral("P-1"), patient.publicKey, QStringLiteral("org"),
                                                   Ed25519::toX25519PublicKey(Ed25519::generate().publicKey));
    QCOMPARE(sealed.batch.readingCount, quint64(2));
    QCOMPARE(sealed.batch.firstMs, At);
    QCOMPARE(sealed.batch.lastMs, At + 60'000);
    QCOMPARE(sealed.batch.devices, QStringList{QStringLiteral("OX-1")});
    QCOMPARE(sealed.batch.record.resourceType, QStringLiteral("Bundle"));
    QCOMPARE(sealed.batch.record.keys.size(), 2);
    QVERIFY(VitalsBatch::decode(sealed.batch.encode()));
    // What the patient finds inside, opened with their key: the readings in time order, signatures kept.
    const WrappedKey &patientKey = sealed.batch.record.keys.first();
    QCOMPARE(patientKey.kind, RecipientKind::Patient);
    const auto plain = RecordCipher::open(sealed.batch.record, sealed.ciphertext, patientKey.sealed,
                                          Ed25519::toX25519PublicKey(patient.publicKey),
                                          Ed25519::toX25519SecretKey(patient.secretKey));
    QVERIFY(plain);
    const auto inside = VitalsBundle::readingsIn(QJsonDocument::fromJson(*plain).object());
    QVERIFY(inside);
    QCOMPARE(inside->size(), 2);
    QCOMPARE(inside->at(0).value(), 92.0);
    QCOMPARE(inside->at(1).value(), 97.0);
    QCOMPARE(inside->at(1).signature, readings[0].signature);
}

QTEST_GUILESS_MAIN(TestDeviceReading)
#include "tst_devicereading.moc"
