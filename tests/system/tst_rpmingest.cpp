// Remote patient monitoring end to end: a real careledgerd (FullNode on its
// own thread, TLS 1.3 API, block producer) receives device readings over
// HTTPS from the DeviceClient a device (or careledger-rpm-sim) uses. Refused
// posts must leave nothing behind; accepted ones must end up final in
// VitalsBatch transactions that the care org's users and the patient can
// decrypt, and must survive a restart between acknowledgement and batching.
// Every test runs with the node's store on SQLite and on PostgreSQL (global
// rows; a fresh database of one private cluster per node).

#include "ledger/OrgDataKey.h"
#include "ledger/RecordCipher.h"
#include "rpm/DeviceClient.h"
#include "support/PostgresServer.h"
#include "support/TestNetwork.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTest>

using namespace careledger;
using namespace careledger::testing;

namespace {

const QString A = QStringLiteral("hospital-a");
const QString B = QStringLiteral("hospital-b");

// A one-node network (hospital-a; hospital-b is a member without a running
// node) with a nurse, a patient and a pulse oximeter bound to the patient by
// the nurse, ready to post readings.
struct Ward {
    std::unique_ptr<TestNetwork> net;
    std::unique_ptr<NodeClient> client;
    TestUser nurse = TestLedger::newUser(A, Role::Nurse);
    TestUser nurseB = TestLedger::newUser(B, Role::Nurse);
    TestPatient patient = TestPatient::make(QStringLiteral("P-RPM-1"), QStringLiteral("RPMX-1111-AAAA"));
    TestPatient other = TestPatient::make(QStringLiteral("P-RPM-2"), QStringLiteral("RPMX-2222-BBBB"));
    TestKey deviceKey = TestKey::generate();
    DeviceBinding oximeter;
    quint64 nextMs = 0;

    Ward(RpmOptions rpm, std::optional<StoreConfig> store)
    {
        Status st;
        net = TestNetwork::start({A, B}, TestNodeOptions{nullptr, false, store, rpm}, &st);
        if (!st)
            qFatal("node: %s", qPrintable(st.error().message));
        client = net->client();
        const quint64 now = nowMs();
        submitOk({net->enrolByOrg(nurse, now), net->enrolByOrg(nurseB, now)});
        submitOk({net->registerPatient(nurse, patient, now), net->registerPatient(nurse, other, now)});
        oximeter = DeviceBinding{QStringLiteral("OX-77"), deviceKey.publicKey, DeviceKind::PulseOximeter, patient.id, 0, false};
        submitOk({net->make(TxType::DeviceRegister, A, oximeter.encode(), nurse.key, nowMs())});
        nextMs = nowMs();
    }

    void submitOk(const QList<Transaction> &txs)
    {
        QList<QPair<QByteArray, QByteArray>> items;
        for (const Transaction &tx : txs)
            items.append({tx.encode(), {}});
        auto receipts = client->submit(items);
        if (!receipts)
            qFatal("submit: %s", qPrintable(receipts.error().message));
        for (const TxReceipt &r : *receipts)
            if (!r.isFinal())
                qFatal("set-up refused: %s", qPrintable(r.message));
    }

    // A signed heart-rate-free SpO2 reading a second after the previous one.
    DeviceReading reading(double spo2, const TestKey *signer = nullptr, const QString &patientId = {})
    {
        nextMs += 1000;
        auto r = DeviceReading::make(oximeter.deviceId, patientId.isEmpty() ? patient.id : patientId,
                                     QStringLiteral("59408-5"), spo2, std::nullopt, nextMs);
        if (!r)
            qFatal("reading: %s", qPrintable(r.error().message));
        r->sign((signer ? *signer : deviceKey).secretKey());
        return *r;
    }

    DeviceClient::Reply post(const QByteArray &body)
    {
        DeviceClient device(net->node().endpoint(), net->node().certificateDer());
        return device.postAndWait(body);
    }
    DeviceClient::Reply post(const QList<DeviceReading> &readings) { return post(DeviceClient::bodyOf(readings)); }

    quint64 recorded() { return net->node().inspect([](FullNode &n) { return n.rpm().recordedReadings(); }); }
    qsizetype waiting() { return net->node().inspect([](FullNode &n) { return n.rpm().waitingReadings(); }); }
    quint64 logSize() { return net->node().inspect([](FullNode &n) { return n.producer().tip().header.logSize; }); }
    void flush() { net->node().inspect([](FullNode &n) { n.rpm().flush(); }); }

    // The VitalsBatch transactions of a patient, as the node's log has them.
    QList<Transaction> batches(const QString &patientId)
    {
        QList<Transaction> out;
        if (Status st = client->login(nurse.key.publicKey, nurse.key.secretKey(), net->networkId()); !st)
            qFatal("login: %s", qPrintable(st.error().message));
        auto log = client->patientLog(patientId);
        if (!log)
            qFatal("patient log: %s", qPrintable(log.error().message));
        for (quint64 i : *log) {
            auto logged = client->transactionAt(i);
            auto tx = logged ? Transaction::decode(logged->bytes) : Result<Transaction>(logged.error());
            if (tx && tx->type == TxType::VitalsBatch && logged->code == 0)
                out.append(*tx);
        }
        return out;
    }
};

// The Observations inside a sealed Bundle, opened with one reader's key.
QJsonArray openBundle(const VitalsBatch &batch, const QByteArray &ciphertext, RecipientKind kind, const QString &id,
                      const QByteArray &x25519Public, const SecureBuffer &x25519Secret)
{
    for (const WrappedKey &k : batch.record.keys) {
        if (k.kind != kind || k.recipient != id)
            continue;
        auto plain = RecordCipher::open(batch.record, ciphertext, k.sealed, x25519Public, x25519Secret);
        if (!plain)
            return {};
        return QJsonDocument::fromJson(*plain).object().value(QStringLiteral("entry")).toArray();
    }
    return {};
}

} // namespace

class TestRpmIngest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("postgresql");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("careledger.*.info=false"));
        m_postgres = std::make_unique<test::PostgresServer>();
        if (!m_postgres->available())
            qWarning("PostgreSQL rows will be skipped: %s", qPrintable(m_postgres->whyNot()));
    }
    void init()
    {
        QFETCH_GLOBAL(bool, postgresql);
        if (postgresql && !m_postgres->available())
            QSKIP(qPrintable(QStringLiteral("PostgreSQL is not available: ") + m_postgres->whyNot()));
    }
    void cleanupTestCase() { m_postgres.reset(); }

    void readingsAreBatchedFinalAndReadable();
    void refusedPostsLeaveNothing_data();
    void refusedPostsLeaveNothing();
    void revokedDeviceIsRefused();
    void acknowledgedReadingsSurviveARestart();
    void simulatorPostsSignedReadings();

private:
    // The store of the current global row: a fresh PostgreSQL database, or the node's SQLite file.
    std::optional<StoreConfig> store()
    {
        QFETCH_GLOBAL(bool, postgresql);
        if (!postgresql)
            return std::nullopt;
        return m_postgres->createDatabase();
    }
    std::unique_ptr<test::PostgresServer> m_postgres;
};

void TestRpmIngest::readingsAreBatchedFinalAndReadable()
{
    Ward w(RpmOptions{5, 100, 2}, store());
    QList<DeviceReading> sent;
    // Two posts of three readings (Bundles) and six single ones: twelve readings, three batches of five or fewer.
    for (int post = 0; post < 2; ++post) {
        QList<DeviceReading> three{w.reading(97), w.reading(96), w.reading(88)};
        const DeviceClient::Reply r = w.post(three);
        QVERIFY2(r.ok(), qPrintable(r.error + QLatin1Char(' ') + r.message));
        QCOMPARE(r.accepted, 3);
        sent += three;
    }
    for (int i = 0; i < 6; ++i) {
        const DeviceReading one = w.reading(95 + i % 3);
        const DeviceClient::Reply r = w.post({one});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.accepted, 1);
        sent.append(one);
    }
    QTRY_COMPARE_WITH_TIMEOUT(w.recorded(), quint64(12), 15000);
    QCOMPARE(w.waiting(), 0);

    const QList<Transaction> batches = w.batches(w.patient.id);
    QVERIFY(batches.size() >= 3);
    const SealedBox::KeyPair orgData = w.net->org(A).dataKey();
    QList<DeviceReading> fromNurse;
    QList<DeviceReading> fromPatient;
    for (const Transaction &tx : batches) {
        QCOMPARE(tx.author, w.net->org(A).key.publicKey); // the org's node signed it, not a user
        const auto batch = VitalsBatch::decode(tx.body);
        QVERIFY(batch);
        QCOMPARE(batch->devices, QStringList{w.oximeter.deviceId});
        QVERIFY(batch->readingCount >= 1 && batch->readingCount <= 5);
        // The nurse's workstation reads with the org's data key (her enrolment carries it)…
        auto ciphertext = w.client->payload(batch->record.ciphertextHash);
        QVERIFY2(ciphertext, ciphertext ? "" : qPrintable(ciphertext.error().message));
        const QJsonArray forNurse = openBundle(*batch, *ciphertext, RecipientKind::Org, A, orgData.publicKey, orgData.secretKey);
        // …the patient with the key derived from their private ID.
        const QJsonArray forPatient = openBundle(*batch, *ciphertext, RecipientKind::Patient, w.patient.id,
                                                 w.patient.key.x25519PublicKey(), w.patient.key.x25519SecretKey());
        QCOMPARE(qsizetype(batch->readingCount), forNurse.size());
        QCOMPARE(forNurse, forPatient);
        for (const QJsonValue &e : forNurse) {
            auto r = DeviceReading::fromObservation(e.toObject().value(QStringLiteral("resource")).toObject());
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            QVERIFY(r->verify(w.deviceKey.publicKey)); // provenance travels with the reading
            QVERIFY(r->effectiveMs >= batch->firstMs && r->effectiveMs <= batch->lastMs);
            fromNurse.append(*r);
        }
    }
    // Every reading exactly once, unchanged.
    QCOMPARE(fromNurse.size(), sent.size());
    for (const DeviceReading &s : sent) {
        const auto found = std::find_if(fromNurse.cbegin(), fromNurse.cend(),
                                        [&](const DeviceReading &r) { return r.signature == s.signature; });
        QVERIFY(found != fromNurse.cend());
        QCOMPARE(found->values, s.values);
        QCOMPARE(found->effectiveMs, s.effectiveMs);
    }
    // hospital-b's nurse holds no key for them.
    auto other = w.net->client();
    QVERIFY(other->login(w.nurseB.key.publicKey, w.nurseB.key.secretKey(), w.net->networkId()));
    const auto batch = VitalsBatch::decode(batches.first().body);
    QVERIFY(!other->payload(batch->record.ciphertextHash));
}

void TestRpmIngest::refusedPostsLeaveNothing_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad device signature") << "bad signature" << 401 << "bad_signature";
    QTest::newRow("value changed after signing") << "tampered" << 401 << "bad_signature";
    QTest::newRow("unknown device") << "unknown device" << 403 << "unknown_device";
    QTest::newRow("reading for another patient") << "other patient" << 403 << "device_not_bound";
    QTest::newRow("not JSON") << "not json" << 400 << "malformed";
    QTest::newRow("no LOINC code") << "no code" << 400 << "malformed";
    QTest::newRow("wrong unit") << "wrong unit" << 400 << "malformed";
    QTest::newRow("impossible value") << "impossible" << 400 << "malformed";
    QTest::newRow("no signature") << "unsigned" << 400 << "malformed";
    QTest::newRow("dated in the future") << "future" << 400 << "malformed";
    QTest::newRow("one bad reading spoils the post") << "mixed" << 401 << "bad_signature";
    QTest::newRow("replayed reading") << "replay" << 409 << "replay";
}

void TestRpmIngest::refusedPostsLeaveNothing()
{
    QFETCH(QString, scenario);
    QFETCH(int, httpStatus);
    QFETCH(QString, error);
    Ward w(RpmOptions{1, 50, 2}, store());
    QByteArray body;
    const TestKey stranger = TestKey::generate();
    if (scenario == QLatin1String("bad signature")) {
        body = DeviceClient::bodyOf({w.reading(97, &stranger)});
    } else if (scenario == QLatin1String("tampered")) {
        QJsonObject o = w.reading(97).toObservation();
        QJsonObject q = o.value(QStringLiteral("valueQuantity")).toObject();
        q.insert(QStringLiteral("value"), 99);
        o.insert(QStringLiteral("valueQuantity"), q);
        body = QJsonDocument(o).toJson();
    } else if (scenario == QLatin1String("unknown device")) {
        DeviceReading r = w.reading(97);
        r.deviceId = QStringLiteral("OX-NOPE");
        r.sign(w.deviceKey.secretKey());
        body = DeviceClient::bodyOf({r});
    } else if (scenario == QLatin1String("other patient")) {
        body = DeviceClient::bodyOf({w.reading(97, nullptr, w.other.id)});
    } else if (scenario == QLatin1String("not json")) {
        body = "SpO2=97";
    } else if (scenario == QLatin1String("no code")) {
        QJsonObject o = w.reading(97).toObservation();
        o.remove(QStringLiteral("code"));
        body = QJsonDocument(o).toJson();
    } else if (scenario == QLatin1String("wrong unit")) {
        QJsonObject o = w.reading(97).toObservation();
        o.insert(QStringLiteral("valueQuantity"), QJsonObject{{"value", 0.97}, {"code", "1"}, {"unit", "1"}});
        body = QJsonDocument(o).toJson();
    } else if (scenario == QLatin1String("impossible")) {
        DeviceReading r = w.reading(97);
        r.values[0].milli = 140'000; // 140 % saturation
        r.sign(w.deviceKey.secretKey());
        body = DeviceClient::bodyOf({r});
    } else if (scenario == QLatin1String("unsigned")) {
        DeviceReading r = w.reading(97);
        r.signature.clear();
        body = DeviceClient::bodyOf({r});
    } else if (scenario == QLatin1String("future")) {
        DeviceReading r = w.reading(97);
        r.effectiveMs = nowMs() + 3'600'000;
        r.sign(w.deviceKey.secretKey());
        body = DeviceClient::bodyOf({r});
    } else if (scenario == QLatin1String("mixed")) {
        body = DeviceClient::bodyOf({w.reading(97), w.reading(96, &stranger), w.reading(95)});
    } else if (scenario == QLatin1String("replay")) {
        const DeviceReading r = w.reading(97);
        QVERIFY(w.post({r}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(w.recorded(), quint64(1), 10000);
        body = DeviceClient::bodyOf({r});
    }
    const quint64 recordedBefore = w.recorded();
    const quint64 logBefore = w.logSize();
    const DeviceClient::Reply reply = w.post(body);
    QCOMPARE(reply.httpStatus, httpStatus);
    QCOMPARE(reply.error, error);
    QVERIFY2(!reply.message.isEmpty(), "a refusal explains itself");
    // Nothing recorded: not spooled, not batched, not on chain.
    QCOMPARE(w.waiting(), 0);
    w.flush();
    QTest::qWait(150);
    QCOMPARE(w.recorded(), recordedBefore);
    QCOMPARE(w.logSize(), logBefore);
    // The device's next good reading still goes through.
    QVERIFY(w.post({w.reading(96)}).ok());
    QTRY_COMPARE_WITH_TIMEOUT(w.recorded(), recordedBefore + 1, 10000);
}

void TestRpmIngest::revokedDeviceIsRefused()
{
    Ward w(RpmOptions{1, 50, 2}, store());
    QVERIFY(w.post({w.reading(97)}).ok());
    QTRY_COMPARE_WITH_TIMEOUT(w.recorded(), quint64(1), 10000);
    DeviceBinding revoke = w.oximeter;
    revoke.revoked = true;
    w.submitOk({w.net->make(TxType::DeviceRegister, A, revoke.encode(), w.nurse.key, nowMs())});
    const quint64 logBefore = w.logSize();
    const DeviceClient::Reply reply = w.post({w.reading(96)});
    QCOMPARE(reply.httpStatus, 403);
    QCOMPARE(reply.error, QStringLiteral("device_inactive"));
    QCOMPARE(w.waiting(), 0);
    w.flush();
    QTest::qWait(150);
    QCOMPARE(w.logSize(), logBefore);
    QCOMPARE(w.recorded(), quint64(1));
}

void TestRpmIngest::acknowledgedReadingsSurviveARestart()
{
    // Batches are cut only by count here (never by time): acknowledged
    // readings are still in the spool when the node stops.
    Ward w(RpmOptions{1000, 3'600'000, 2}, store());
    QList<DeviceReading> sent;
    for (int i = 0; i < 4; ++i)
        sent.append(w.reading(90 + i));
    QVERIFY(w.post(sent).ok());
    QCOMPARE(w.waiting(), 4);
    QCOMPARE(w.recorded(), quint64(0));

    // The spool holds them sealed: no reading in clear on disk.
    QFile spool(w.net->node().dataDir() + QStringLiteral("/rpm-spool.sqlite"));
    QVERIFY(spool.open(QIODevice::ReadOnly));
    const QByteArray raw = spool.readAll() + [&] {
        QFile wal(spool.fileName() + QStringLiteral("-wal"));
        return wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
    }();
    QVERIFY(raw.size() > 0);
    QVERIFY(!raw.contains("Observation"));
    QVERIFY(!raw.contains("valueQuantity"));
    QVERIFY(!raw.contains(sent.first().signature)); // not even the signatures

    QVERIFY(w.net->node().restart());
    QCOMPARE(w.waiting(), 4);
    // A replay of an acknowledged reading is still refused after the restart.
    QCOMPARE(w.post({sent.first()}).error, QStringLiteral("replay"));
    w.flush();
    QTRY_COMPARE_WITH_TIMEOUT(w.waiting(), 0, 10000);
    QCOMPARE(w.recorded(), quint64(4));
    w.client = w.net->client();
    const QList<Transaction> batches = w.batches(w.patient.id);
    QCOMPARE(batches.size(), 1);
    QCOMPARE(VitalsBatch::decode(batches.first().body)->readingCount, quint64(4));
    // And once final they are gone from the spool: another restart batches nothing twice.
    QVERIFY(w.net->node().restart());
    QCOMPARE(w.waiting(), 0);
}

// careledger-rpm-sim, the binary of this build: a key made with keygen is
// refused until a nurse registers it; then its readings (one of them
// deliberately out of range) are recorded for the patient.
void TestRpmIngest::simulatorPostsSignedReadings()
{
    const QString sim = qEnvironmentVariable("CARELEDGER_BIN") + QStringLiteral("/careledger-rpm-sim");
    if (!QFileInfo(sim).isExecutable())
        QSKIP("careledger-rpm-sim not found (CARELEDGER_BIN)");
    Ward w(RpmOptions{1, 50, 2}, store());
    QTemporaryDir dir;
    const QString keyFile = dir.filePath(QStringLiteral("bp.key"));
    QProcess keygen;
    keygen.start(sim, {QStringLiteral("keygen"), QStringLiteral("--out"), keyFile});
    QVERIFY(keygen.waitForFinished(30000));
    QCOMPARE(keygen.exitCode(), 0);
    const QByteArray publicKey = QByteArray::fromHex(keygen.readAllStandardOutput().trimmed());
    QCOMPARE(publicKey.size(), 32);
    QCOMPARE(QFile(keyFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    const auto run = [&](int count) {
        QProcess p;
        p.start(sim, {QStringLiteral("run"), QStringLiteral("--node"), w.net->node().endpoint(), QStringLiteral("--cert"),
                      w.net->node().dataDir() + QStringLiteral("/tls.crt"), QStringLiteral("--key"), keyFile,
                      QStringLiteral("--device"), QStringLiteral("BP-SIM-1"), QStringLiteral("--patient"), w.patient.id,
                      QStringLiteral("--kind"), QStringLiteral("blood-pressure-monitor"), QStringLiteral("--interval"),
                      QStringLiteral("50"), QStringLiteral("--count"), QString::number(count), QStringLiteral("--abnormal-every"),
                      QStringLiteral("3")});
        if (!p.waitForFinished(60000)) { // a simulator that hangs is a failure, not an exit code 0
            p.kill();
            p.waitForFinished(5000);
            return QPair<int, QByteArray>(-1, "did not finish: " + p.readAllStandardOutput() + p.readAllStandardError());
        }
        return QPair<int, QByteArray>(p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError());
    };
    // Not registered: the simulator stops with the node's reason.
    const auto refused = run(1);
    QCOMPARE(refused.first, 1);
    QVERIFY2(refused.second.contains("unknown_device"), refused.second.constData());
    QCOMPARE(w.waiting(), 0);

    const DeviceBinding bp{QStringLiteral("BP-SIM-1"), publicKey, DeviceKind::BloodPressureMonitor, w.patient.id, 0, false, 0};
    w.submitOk({w.net->make(TxType::DeviceRegister, A, bp.encode(), w.nurse.key, nowMs())});
    const auto posted = run(3);
    QVERIFY2(posted.first == 0, posted.second.constData());
    QTRY_COMPARE_WITH_TIMEOUT(w.recorded(), quint64(6), 15000); // blood pressure and heart rate, three times

    const SealedBox::KeyPair orgData = w.net->org(A).dataKey();
    QList<DeviceReading> readings;
    for (const Transaction &tx : w.batches(w.patient.id)) {
        const auto batch = VitalsBatch::decode(tx.body);
        auto ciphertext = w.client->payload(batch->record.ciphertextHash);
        QVERIFY(ciphertext);
        for (const QJsonValue &e : openBundle(*batch, *ciphertext, RecipientKind::Org, A, orgData.publicKey, orgData.secretKey)) {
            auto r = DeviceReading::fromObservation(e.toObject().value(QStringLiteral("resource")).toObject());
            QVERIFY(r && r->verify(publicKey));
            readings.append(*r);
        }
    }
    QCOMPARE(readings.size(), 6);
    // The third measurement is the injected one: hypertensive and tachycardic.
    const auto bloodPressures = std::count_if(readings.cbegin(), readings.cend(),
                                              [](const DeviceReading &r) { return r.loinc == QStringLiteral("85354-9"); });
    QCOMPARE(bloodPressures, 3);
    QVERIFY(std::any_of(readings.cbegin(), readings.cend(),
                        [](const DeviceReading &r) { return r.loinc == QStringLiteral("85354-9") && r.value(0) >= 160; }));
    QVERIFY(std::any_of(readings.cbegin(), readings.cend(),
                        [](const DeviceReading &r) { return r.loinc == QStringLiteral("85354-9") && r.value(0) < 150; }));
}

QTEST_GUILESS_MAIN(TestRpmIngest)
#include "tst_rpmingest.moc"
