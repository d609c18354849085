// The Vitals tab of the patient record, as a nurse uses it, against the real
// workstation engine and a real full node with the demo data (whose first
// patients wear monitoring devices): charts per measure with the alert range,
// open alerts, a notice when a device sends an out-of-range reading, device
// registration through the dialog, and every view an access event.
// Needs a Secret Service (scripts/test.sh provides one).
// With CARELEDGER_SCREENSHOTS=<dir> set, saves the view as <dir>/vitals.png.

#include "support/DemoWorkstation.h"

#include "keys/KeyStore.h"
#include "main/MainWindow.h"
#include "monitoring/RegisterDeviceDialog.h"
#include "monitoring/VitalsView.h"
#include "record/PatientRecordView.h"
#include "rpm/DeviceClient.h"
#include "rpm/VitalsSimulator.h"
#include "theme/Theme.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QtTest>

using namespace careledger;
using namespace careledger::testing;

namespace {
const QString Password = QStringLiteral("a long enough test password");
constexpr int WaitMs = 15000;
const QString SpO2 = QStringLiteral("59408-5");
} // namespace

class TestVitalsView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void demoPatientShowsChartsAlertsAndDevices();
    void aNewOutOfRangeReadingRaisesANotice();
    void registrationDialogRefusesWhatTheLedgerWould();
    void nurseRegistersADeviceAndItsReadingsAppear();
    void everyVitalsViewIsAnAccessEvent();

private:
    void openVitals();
    // Posts readings as the demo device would, and has the node record them now.
    void postAsDevice(const QString &deviceId, const SecureBuffer &secret, const QList<DeviceReading> &readings);

    std::unique_ptr<DemoWorkstation> m_demo;
    std::unique_ptr<WorkstationEngine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    PatientRecordView *m_view = nullptr; // the window's
    QString m_patient; // wears the demo's pulse oximeter and blood pressure monitor
    QString m_login = QStringLiteral("vitals-nurse");
};

void TestVitalsView::initTestCase()
{
    Theme::apply(*qApp, Theme::Mode::Light);
    Status st;
    m_demo = DemoWorkstation::start(3, &st);
    QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
    QCOMPARE(m_demo->summary().devices, 3);
    const auto binding = DeviceBinding::decode(Transaction::decode(m_demo->transactionsOfType(TxType::DeviceRegister).first())->body);
    QVERIFY(binding);
    m_patient = binding->patientId;

    m_engine = std::make_unique<WorkstationEngine>(m_demo->settings(QStringLiteral("vitals")));
    QSignalSpy started(m_engine.get(), &WorkstationEngine::started);
    m_engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty(), WaitMs);
    QSignalSpy created(m_engine.get(), &WorkstationEngine::accountCreated);
    m_engine->importAccount(m_login, Password, m_demo->secretKey(QStringLiteral("nurse")));
    QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty(), WaitMs);
    QSignalSpy signedIn(m_engine.get(), &WorkstationEngine::signedIn);
    m_engine->signIn(m_login, Password, m_demo->totpCode(QStringLiteral("nurse")));
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->patients().size(), 3, WaitMs);
    QVERIFY(m_engine->mayRegisterDevices());

    m_window = std::make_unique<MainWindow>(*m_engine);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_view = m_window->recordView();
}

void TestVitalsView::cleanupTestCase()
{
    m_window.reset();
    m_engine.reset();
    if (m_demo)
        (void)KeyStore(m_demo->keychainService()).removeAccount(KeyStore::accountName(m_demo->network().networkId(), m_login));
}

void TestVitalsView::openVitals()
{
    m_window->openPatient(m_patient);
    m_view->tabs()->setCurrentWidget(m_view->vitals());
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->vitals()->isLoading() && !m_view->vitals()->model()->shownMeasures().isEmpty(), WaitMs);
}

void TestVitalsView::postAsDevice(const QString &deviceId, const SecureBuffer &secret, const QList<DeviceReading> &readings)
{
    QList<DeviceReading> signedReadings;
    for (DeviceReading r : readings) {
        r.sign(secret);
        signedReadings.append(r);
    }
    DeviceClient device(m_demo->network().node().endpoint(), m_demo->network().node().certificateDer());
    const DeviceClient::Reply reply = device.postAndWait(DeviceClient::bodyOf(signedReadings));
    QVERIFY2(reply.ok(), qPrintable(deviceId + QStringLiteral(": ") + reply.error + QLatin1Char(' ') + reply.message));
    m_demo->network().node().inspect([](FullNode &n) { n.rpm().flush(); });
    QTRY_COMPARE_WITH_TIMEOUT(m_demo->network().node().inspect([](FullNode &n) { return n.rpm().waitingReadings(); }),
                              qsizetype(0), WaitMs);
}

void TestVitalsView::demoPatientShowsChartsAlertsAndDevices()
{
    openVitals();
    VitalsView *vitals = m_view->vitals();
    VitalsChartModel *model = vitals->model();
    // The oximeter (SpO2, heart rate) and the blood pressure monitor (blood pressure, heart rate), and
    // whatever vital signs the demo's records hold (weight, glucose): one chart per measure.
    const QStringList measures = model->shownMeasures();
    for (const QString &m : {SpO2, QStringLiteral("8867-4"), QStringLiteral("85354-9")})
        QVERIFY2(measures.contains(m), qPrintable(m));
    QCOMPARE(vitals->chartViews().size(), measures.size());
    for (QChartView *chart : vitals->chartViews()) {
        QTRY_VERIFY(chart->isVisible()); // shown by the layout on the next pass of the event loop
        QVERIFY(!chart->chart()->series().isEmpty());
    }
    // Four days of readings every three hours, every one signed by its registered device.
    QList<VitalReading> spo2;
    for (const VitalReading &r : model->readings(SpO2))
        if (!r.deviceId.isEmpty()) {
            QCOMPARE(r.deviceId, QStringLiteral("DEMO-OX-0001"));
            spo2.append(r);
        } else {
            QVERIFY(!r.source.isEmpty()); // a recorded vital sign names who entered it
        }
    QVERIFY2(spo2.size() >= 30, qPrintable(QString::number(spo2.size())));
    QVERIFY(spo2.first().time < QDateTime::currentDateTimeUtc().addDays(-3));
    QCOMPARE(model->vitals().unverified, 0);
    // Out of range: the demo's latest oximetry is low, so an alert is open and the tab says so.
    QVERIFY(!model->outOfRange(SpO2).isEmpty());
    QVERIFY(model->isOutOfRange(spo2.last()));
    QVERIFY(!model->openAlerts().isEmpty());
    QCOMPARE(vitals->alertList()->count(), model->openAlerts().size());
    QVERIFY2(m_view->tabs()->tabText(m_view->tabs()->indexOf(vitals)).contains(QStringLiteral("alert")),
             qPrintable(m_view->tabs()->tabText(m_view->tabs()->indexOf(vitals))));
    // Both devices, active, registered by the demo's doctor.
    QCOMPARE(model->vitals().devices.size(), 2);
    QCOMPARE(vitals->deviceList()->count(), 2);
    QVERIFY(vitals->deviceList()->item(0)->text().contains(QStringLiteral("DEMO-OX-0001")));
    QVERIFY(vitals->deviceList()->item(0)->text().contains(QStringLiteral("Dr. Amelia Hart")));
    QVERIFY(vitals->registerButton()->isVisible());

    if (const QString dir = qEnvironmentVariable("CARELEDGER_SCREENSHOTS"); !dir.isEmpty()) {
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/vitals.png")));
    }
}

void TestVitalsView::aNewOutOfRangeReadingRaisesANotice()
{
    openVitals();
    VitalsView *vitals = m_view->vitals();
    vitals->model()->acknowledgeAll();
    QTRY_COMPARE(vitals->alertList()->count(), 0);
    QVERIFY(!vitals->notice()->isVisible());
    QCOMPARE(m_view->tabs()->tabText(m_view->tabs()->indexOf(vitals)), QStringLiteral("&Vitals"));

    QFile keyFile(m_demo->summary().devicesDir + QStringLiteral("/DEMO-OX-0001.key"));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const Ed25519::KeyPair key = Ed25519::fromSeed(SecureBuffer::copyOf(QByteArray::fromHex(keyFile.readAll().trimmed())));
    VitalsSimulator device(QStringLiteral("DEMO-OX-0001"), m_patient, DeviceKind::PulseOximeter, 7);
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch());
    postAsDevice(QStringLiteral("DEMO-OX-0001"), key.secretKey, device.next(now - 1000, false) + device.next(now, true));

    // The engine's next sync brings the batch; the view reloads and announces the new low saturation.
    QTRY_VERIFY_WITH_TIMEOUT(vitals->notice()->isVisible(), WaitMs);
    QVERIFY2(vitals->notice()->text().contains(QStringLiteral("DEMO-OX-0001")), qPrintable(vitals->notice()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(vitals->alertList()->count(), 2, WaitMs); // the low SpO2 and the fast heart rate
    QVERIFY(m_view->tabs()->tabText(m_view->tabs()->indexOf(vitals)).contains(QStringLiteral("2")));
    // Acknowledging from the notice closes that alert.
    QTest::mouseClick(vitals->notice()->parentWidget()->findChild<QPushButton *>(), Qt::LeftButton);
    QCOMPARE(vitals->alertList()->count(), 1);
    QVERIFY(!vitals->notice()->isVisible());
}

void TestVitalsView::registrationDialogRefusesWhatTheLedgerWould()
{
    openVitals();
    VitalsView *vitals = m_view->vitals();
    QTest::mouseClick(vitals->registerButton(), Qt::LeftButton);
    RegisterDeviceDialog *dialog = vitals->registerDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *id = dialog->findChild<QLineEdit *>(QStringLiteral("deviceIdEdit"));
    auto *keyEdit = dialog->findChild<QLineEdit *>(QStringLiteral("deviceKeyEdit"));
    auto *registerButton = dialog->findChild<QPushButton *>(QStringLiteral("registerDeviceButton"));
    QVERIFY(id && keyEdit && registerButton);
    QVERIFY(!registerButton->isEnabled()); // nothing typed yet
    QTest::keyClicks(id, QStringLiteral("DEMO-OX-0001"));
    QTest::keyClicks(keyEdit, QStringLiteral("12ab")); // not a key
    QVERIFY(!registerButton->isEnabled());
    keyEdit->setText(QString::fromLatin1(QByteArray(32, '\x11').toHex()));
    QVERIFY(registerButton->isEnabled());
    // The id is in use for this patient: the engine refuses before anything is signed; the dialog stays.
    QTest::mouseClick(registerButton, Qt::LeftButton);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("registerDeviceError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), WaitMs);
    QVERIFY2(error->text().contains(QStringLiteral("already registered")), qPrintable(error->text()));
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestVitalsView::nurseRegistersADeviceAndItsReadingsAppear()
{
    openVitals();
    VitalsView *vitals = m_view->vitals();
    const Ed25519::KeyPair key = Ed25519::generate();
    QTest::mouseClick(vitals->registerButton(), Qt::LeftButton);
    RegisterDeviceDialog *dialog = vitals->registerDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("deviceIdEdit")), QStringLiteral("SC-4711"));
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("deviceKindCombo"));
    kind->setCurrentIndex(kind->findData(int(DeviceKind::Scale)));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("deviceKeyEdit")), QString::fromLatin1(key.publicKey.toHex()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("registerDeviceButton")), Qt::LeftButton);
    // Final on the ledger, the dialog closes; after the sync the device is listed.
    QTRY_VERIFY_WITH_TIMEOUT(!vitals->registerDialog(), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(vitals->deviceList()->count(), 3, WaitMs);
    const auto stored = m_demo->network().node().inspect([](FullNode &n) { return n.readStore().device(QStringLiteral("SC-4711")); });
    QVERIFY(stored);
    QCOMPARE(stored->patientId, m_patient);
    QCOMPARE(stored->kind, DeviceKind::Scale);
    QCOMPARE(stored->registeredBy, m_engine->user().publicKey);

    // The scale now reports, and its chart appears.
    VitalsSimulator scale(QStringLiteral("SC-4711"), m_patient, DeviceKind::Scale, 3);
    postAsDevice(QStringLiteral("SC-4711"), key.secretKey, scale.next(quint64(QDateTime::currentMSecsSinceEpoch())));
    const auto fromScale = [vitals] {
        const QList<VitalReading> weights = vitals->model()->readings(QStringLiteral("29463-7"));
        return std::count_if(weights.cbegin(), weights.cend(), [](const VitalReading &r) { return r.deviceId == QStringLiteral("SC-4711"); });
    };
    QTRY_COMPARE_WITH_TIMEOUT(fromScale(), 1, WaitMs);
    QCOMPARE(vitals->chartViews().size(), vitals->model()->shownMeasures().size());
}

void TestVitalsView::everyVitalsViewIsAnAccessEvent()
{
    openVitals();
    m_engine->flushAccessLog();
    QSet<QByteArray> batches;
    for (const QByteArray &bytes : m_demo->transactionsOfType(TxType::VitalsBatch)) {
        const auto tx = Transaction::decode(bytes);
        if (tx && VitalsBatch::decode(tx->body)->record.patientId == m_patient)
            batches.insert(tx->id());
    }
    QVERIFY(!batches.isEmpty());
    // What this workstation logged as viewed for the patient, as the ledger has it.
    const auto viewed = [this] {
        QSet<QByteArray> out;
        for (const QByteArray &bytes : m_demo->transactionsOfType(TxType::AccessLog)) {
            const auto tx = Transaction::decode(bytes);
            const auto log = AccessLog::decode(tx->body);
            if (log && log->workstation == QStringLiteral("test-vitals"))
                for (const AccessEvent &e : log->events)
                    if (e.patientId == m_patient && e.action == AccessAction::View)
                        out.insert(e.recordTx);
        }
        return out;
    };
    // Every batch of readings the chart showed is logged as viewed, by this workstation, once the log is final.
    QTRY_VERIFY_WITH_TIMEOUT(viewed().contains(batches), WaitMs);
}

QTEST_MAIN(TestVitalsView)
#include "tst_vitalsview.moc"
