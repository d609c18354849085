// The clinical workflows end to end, as specifications: the real widgets,
// driven with the mouse and the keyboard, against the real workstation engine
// and a real full node with the demo data (tests/support/DemoWorkstation.h).
// A doctor writes each kind of record through the form; a nurse and an EMR
// technician see what their roles allow; a bundle with one invalid entry
// imports nothing, the intact bundle imports every entry; a patient at the
// kiosk identifies, consents, revokes, reads and downloads their records; and
// every one of those reads reaches the ledger as an access event.
// Needs a Secret Service (scripts/test.sh provides one).

#include "support/DemoWorkstation.h"
#include "support/SignalAnswer.h"

#include "fhir/SyntheticPatients.h"
#include "forms/ConceptComboBox.h"
#include "forms/RecordFormDialog.h"
#include "import/ImportDialog.h"
#include "keys/KeyStore.h"
#include "kiosk/KioskWindow.h"
#include "ledger/Transaction.h"
#include "ledger/TxBody.h"
#include "record/TimelineModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtTest>

using namespace careledger;
using namespace careledger::testing;

namespace {
const QString Password = QStringLiteral("a long enough test password");
// A record submitted until final, a sync that shows it, a kiosk key derived:
// well under a second each here (blocks are cut every 10 ms); the margin is for loaded machines.
constexpr int WaitMs = 10000;

// The answer to one request: the spy's first row whose first argument is the id.
// A widget the screen must have (by objectName); a missing one is a renamed widget, not a failed check.
template <typename T>
T *child(QObject *parent, const QString &name)
{
    auto *c = parent->findChild<T *>(name);
    if (!c)
        qFatal("no widget named %s", qPrintable(name));
    return c;
}

// A widget that comes and goes (a row of a list, a field of one role only).
template <typename T>
T *maybeChild(QObject *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}
} // namespace

class TestClinicalWorkflows : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    // 1. The record form.
    void heartRateThroughTheForm();
    void bloodPressureNeedsBothValues();
    void conditionPickedFromTheList();
    void medicationWithDosage();
    void allergyWithCriticality();
    void clinicalNote();
    void outOfRangeVitalKeepsSaveDisabled();
    void nurseIsNotOfferedConditionMedicationOrAllergy();
    void emrTechnicianMustChooseTheClinician();

    // 2. Import.
    void bundleWithAnInvalidEntryImportsNothing();
    void intactBundleImportsEveryEntry();

    // 3. The kiosk.
    void kioskWrongPrivateIdStaysOnStepOne();
    void kioskRightPrivateIdShowsTheRequestInPlainWords();
    void kioskGrantThenRevoke();
    void kioskListsOwnRecordsAndDownloadsThem();
    void kioskFinishEndsTheSession();

    // 4. The access events of all of the above.
    void everyReadIsAnAccessEventOnTheLedger();

private:
    std::unique_ptr<WorkstationEngine> startEngine(const QString &name);
    void signIn(WorkstationEngine &engine, const QString &login, const QString &role);
    std::unique_ptr<RecordFormDialog> openForm(WorkstationEngine &engine, const QString &kind);
    // Clicks Save, waits for "Final in block …" and for the record at the head
    // of the patient's timeline (as the doctor's engine reads it); checks its title.
    void saveAndExpect(RecordFormDialog &dialog, const QString &kind, const QString &title, TimelineEntry *shown = nullptr);
    TimelineEntry timelineHead(const QString &patientId);
    int recordCount(const QString &patientId) const;
    void pickConcept(ConceptComboBox *combo, const QString &typed, const QString &expected);
    QList<AccessEvent> accessEvents(const QString &workstation);

    std::unique_ptr<DemoWorkstation> m_demo;
    std::unique_ptr<WorkstationEngine> m_engine; // the doctor's
    QStringList m_logins;
    QString m_patient;       // records are written for this patient
    QString m_importPatient; // the bundle goes into this one's record
    QString m_kioskPatient;  // at the kiosk
    QList<QByteArray> m_shownToDoctor; // records the doctor's engine showed
    QTemporaryDir m_files;

    // Import: what the broken bundle attempt left behind.
    std::unique_ptr<ImportDialog> m_import;
    int m_importCountBefore = 0;
    int m_recordCreatesBefore = 0;

    // Kiosk.
    std::unique_ptr<KioskWindow> m_kiosk;
    QList<QByteArray> m_kioskListed;
    QList<QByteArray> m_kioskExported;
};

// --------------------------------------------------------------- fixtures

void TestClinicalWorkflows::initTestCase()
{
    QVERIFY(m_files.isValid());
    Status st;
    m_demo = DemoWorkstation::start(4, &st);
    QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
    const QStringList patients = m_demo->patientIds();
    QCOMPARE(patients.size(), 4);
    m_patient = patients.at(0);
    m_kioskPatient = patients.at(1);
    m_importPatient = patients.at(3);

    m_engine = startEngine(QStringLiteral("clinical-doctor"));
    QVERIFY(m_engine);
    signIn(*m_engine, QStringLiteral("clinical-doctor"), QStringLiteral("doctor"));
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->patients().size(), 4, WaitMs);
}

void TestClinicalWorkflows::cleanupTestCase()
{
    m_kiosk.reset();
    m_import.reset();
    m_engine.reset();
    if (m_demo) {
        KeyStore keys(m_demo->keychainService());
        for (const QString &login : std::as_const(m_logins))
            (void)keys.removeAccount(KeyStore::accountName(m_demo->network().networkId(), login));
    }
}

// A failed wait is often the light node's own doing: say what it warned of.
void TestClinicalWorkflows::cleanup()
{
    if (QTest::currentTestFailed() && m_engine)
        for (const QString &warning : m_engine->syncStatus().warnings)
            qWarning("light node warning: %s", qPrintable(warning));
}

std::unique_ptr<WorkstationEngine> TestClinicalWorkflows::startEngine(const QString &name)
{
    auto engine = std::make_unique<WorkstationEngine>(m_demo->settings(name));
    QSignalSpy started(engine.get(), &WorkstationEngine::started);
    QSignalSpy failed(engine.get(), &WorkstationEngine::startFailed);
    engine->start();
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(!started.isEmpty() || !failed.isEmpty(), WaitMs);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    }();
    if (QTest::currentTestFailed())
        return nullptr;
    return engine;
}

// One login per engine: each engine has its own accounts file, the keychain is shared.
void TestClinicalWorkflows::signIn(WorkstationEngine &engine, const QString &login, const QString &role)
{
    m_logins.append(login);
    QSignalSpy created(&engine, &WorkstationEngine::accountCreated);
    QSignalSpy failed(&engine, &WorkstationEngine::accountFailed);
    engine.importAccount(login, Password, m_demo->secretKey(role));
    QTRY_VERIFY_WITH_TIMEOUT(!created.isEmpty() || !failed.isEmpty(), WaitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));

    QSignalSpy signedIn(&engine, &WorkstationEngine::signedIn);
    QSignalSpy refused(&engine, &WorkstationEngine::signInFailed);
    engine.signIn(login, Password, m_demo->totpCode(role));
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !refused.isEmpty(), 30000);
    QVERIFY2(refused.isEmpty(), qPrintable(refused.value(0).value(1).toString()));
}

std::unique_ptr<RecordFormDialog> TestClinicalWorkflows::openForm(WorkstationEngine &engine, const QString &kind)
{
    auto dialog = std::make_unique<RecordFormDialog>(engine, m_patient, kind);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    return dialog;
}

TimelineEntry TestClinicalWorkflows::timelineHead(const QString &patientId)
{
    QSignalSpy pages(m_engine.get(), &WorkstationEngine::timelinePage);
    TimelineQuery q;
    q.patientId = patientId;
    const QList<TimelineEntry> page = answer(pages, m_engine->requestTimeline(q, 0, 1)).value(1).value<QList<TimelineEntry>>();
    return page.value(0);
}

int TestClinicalWorkflows::recordCount(const QString &patientId) const
{
    for (const PatientSummary &p : m_engine->patients())
        if (p.patientId == patientId)
            return p.recordCount;
    return -1;
}

void TestClinicalWorkflows::saveAndExpect(RecordFormDialog &dialog, const QString &kind, const QString &title,
                                          TimelineEntry *shown)
{
    auto *save = child<QPushButton>(&dialog, QStringLiteral("saveButton"));
    QVERIFY(save);
    QVERIFY(save->isEnabled());
    QSignalSpy created(&dialog, &RecordFormDialog::recordCreated);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog.isSubmitting());
    QVERIFY(!save->isEnabled()); // no second submission while the first is under way
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSubmitting(), WaitMs); // final, or refused
    QVERIFY2(dialog.statusText().startsWith(QLatin1String("Final in block ")), qPrintable(dialog.statusText()));
    QCOMPARE(created.count(), 1);
    const TimelineEntry receipt = created.first().first().value<TimelineEntry>();
    QVERIFY(receipt.verification.height > 0);
    QVERIFY2(dialog.statusText().contains(QLocale().toString(qulonglong(receipt.verification.height))),
             qPrintable(dialog.statusText()));
    QVERIFY(!save->isEnabled());

    // On the next sync it heads the patient's timeline, readable, with the title the form's values make.
    QTRY_COMPARE_WITH_TIMEOUT(timelineHead(m_patient).txId, receipt.txId, WaitMs);
    const TimelineEntry e = timelineHead(m_patient);
    QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.resourceType, RecordFormDialog::resourceTypeFor(kind));
    QCOMPARE(e.title, title);
    m_shownToDoctor.append(e.txId);
    if (shown)
        *shown = e;
}

// Types part of a name into a concept field and picks the one match from the popup.
void TestClinicalWorkflows::pickConcept(ConceptComboBox *combo, const QString &typed, const QString &expected)
{
    QVERIFY(combo);
    QTest::keyClicks(combo->lineEdit(), typed);
    QAbstractItemView *popup = combo->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 1);
    const QModelIndex match = popup->model()->index(0, 0);
    QCOMPARE(match.data().toString(), expected);
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(match).center());
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(combo->currentText(), expected);
    QVERIFY(combo->selectedConcept().has_value());
}

QList<AccessEvent> TestClinicalWorkflows::accessEvents(const QString &workstation)
{
    QList<AccessEvent> out;
    for (const QByteArray &bytes : m_demo->transactionsOfType(TxType::AccessLog)) {
        const auto tx = Transaction::decode(bytes);
        if (!tx)
            continue;
        const auto log = AccessLog::decode(tx->body);
        if (log && log->workstation == workstation)
            out += log->events;
    }
    return out;
}

// --------------------------------------------------------------- 1. the form

void TestClinicalWorkflows::heartRateThroughTheForm()
{
    auto dialog = openForm(*m_engine, QStringLiteral("vitals"));
    QVERIFY(dialog);
    auto *type = child<QComboBox>(dialog.get(), QStringLiteral("vitalTypeCombo"));
    auto *value = child<QLineEdit>(dialog.get(), QStringLiteral("vitalValueEdit"));
    auto *save = child<QPushButton>(dialog.get(), QStringLiteral("saveButton"));
    QVERIFY(type && value && save);
    QCOMPARE(type->currentData().toString(), QStringLiteral("8867-4")); // heart rate comes first
    QCOMPARE(child<QLabel>(dialog.get(), QStringLiteral("vitalUnitLabel"))->text(), QStringLiteral("beats/min"));
    QVERIFY(!save->isEnabled()); // nothing typed yet

    QTest::keyClicks(value, QStringLiteral("72"));
    QVERIFY(save->isEnabled());
    QVERIFY(child<QLabel>(dialog.get(), QStringLiteral("vitalValueMessage"))->isHidden()); // normal: nothing to say

    QSignalSpy accepted(dialog.get(), &QDialog::accepted);
    TimelineEntry e;
    saveAndExpect(*dialog, QStringLiteral("vitals"), QStringLiteral("Heart rate 72 beats/min"), &e);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(e.author, QStringLiteral("Dr. Amelia Hart"));
    QVERIFY(e.onBehalfOf.isEmpty());
    QVERIFY(!e.abnormal);
    QVERIFY(accepted.wait(5000)); // and the dialog closes by itself
    QVERIFY(!dialog->isVisible());
}

void TestClinicalWorkflows::bloodPressureNeedsBothValues()
{
    auto dialog = openForm(*m_engine, QStringLiteral("vitals"));
    QVERIFY(dialog);
    auto *type = child<QComboBox>(dialog.get(), QStringLiteral("vitalTypeCombo"));
    auto *systolic = child<QLineEdit>(dialog.get(), QStringLiteral("vitalValueEdit"));
    auto *diastolic = child<QLineEdit>(dialog.get(), QStringLiteral("vitalSecondEdit"));
    auto *save = child<QPushButton>(dialog.get(), QStringLiteral("saveButton"));
    QVERIFY(type && systolic && diastolic && save);
    QVERIFY(!diastolic->isVisible());

    QTest::keyClicks(type, QStringLiteral("Blood p")); // the list's type-ahead
    QCOMPARE(type->currentData().toString(), QStringLiteral("85354-9"));
    QVERIFY(diastolic->isVisible());
    QCOMPARE(child<QLabel>(dialog.get(), QStringLiteral("vitalSecondUnitLabel"))->text(), QStringLiteral("mmHg"));

    QTest::keyClicks(systolic, QStringLiteral("128"));
    QVERIFY(!save->isEnabled()); // the diastolic value is missing
    QTest::keyClicks(diastolic, QStringLiteral("82"));
    QVERIFY(save->isEnabled());

    saveAndExpect(*dialog, QStringLiteral("vitals"), QStringLiteral("Blood pressure 128/82 mmHg"));
}

void TestClinicalWorkflows::conditionPickedFromTheList()
{
    auto dialog = openForm(*m_engine, QStringLiteral("condition"));
    QVERIFY(dialog);
    auto *save = child<QPushButton>(dialog.get(), QStringLiteral("saveButton"));
    QVERIFY(save);
    QVERIFY(!save->isEnabled());
    QCOMPARE(child<QComboBox>(dialog.get(), QStringLiteral("clinicalStatusCombo"))->currentData().toString(),
             QStringLiteral("active"));

    pickConcept(child<ConceptComboBox>(dialog.get(), QStringLiteral("conditionCombo")), QStringLiteral("hypert"),
                QStringLiteral("Hypertension"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(save->isEnabled());
    QTest::keyClicks(child<QPlainTextEdit>(dialog.get(), QStringLiteral("conditionNoteEdit")),
                     QStringLiteral("Home readings confirm it."));
    QVERIFY(save->isEnabled());

    saveAndExpect(*dialog, QStringLiteral("condition"), QStringLiteral("Hypertension — active"));
}

void TestClinicalWorkflows::medicationWithDosage()
{
    auto dialog = openForm(*m_engine, QStringLiteral("medication"));
    QVERIFY(dialog);
    auto *save = child<QPushButton>(dialog.get(), QStringLiteral("saveButton"));
    auto *dosage = child<QLineEdit>(dialog.get(), QStringLiteral("dosageEdit"));
    QVERIFY(save && dosage);

    pickConcept(child<ConceptComboBox>(dialog.get(), QStringLiteral("medicationCombo")), QStringLiteral("lisinopril"),
                QStringLiteral("Lisinopril 10 mg tablet"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!save->isEnabled()); // the dosage is required
    QTest::keyClicks(dosage, QStringLiteral("1 tablet once daily"));
    QVERIFY(save->isEnabled());

    saveAndExpect(*dialog, QStringLiteral("medication"), QStringLiteral("Lisinopril 10 mg tablet, 1 tablet once daily"));
}

void TestClinicalWorkflows::allergyWithCriticality()
{
    auto dialog = openForm(*m_engine, QStringLiteral("allergy"));
    QVERIFY(dialog);
    auto *save = child<QPushButton>(dialog.get(), QStringLiteral("saveButton"));
    auto *criticality = child<QComboBox>(dialog.get(), QStringLiteral("criticalityCombo"));
    QVERIFY(save && criticality);
    QCOMPARE(criticality->currentIndex(), -1); // a choice to make, not a default

    pickConcept(child<ConceptComboBox>(dialog.get(), QStringLiteral("allergenCombo")), QStringLiteral("penic"),
                QStringLiteral("Penicillin"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!save->isEnabled()); // criticality still missing
    QTest::keyClicks(criticality, QStringLiteral("High"));
    QCOMPARE(criticality->currentData().toString(), QStringLiteral("high"));
    QVERIFY(save->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog.get(), QStringLiteral("reactionEdit")), QStringLiteral("hives"));
    QVERIFY(save->isEnabled());

    saveAndExpect(*dialog, QStringLiteral("allergy"), QStringLiteral("Allergy: Penicillin (high criticality) — hives"));
}

void TestClinicalWorkflows::clinicalNote()
{
    auto dialog = openForm(*m_engine, QStringLiteral("note"));
    QVERIFY(dialog);
    auto *save = child<QPushButton>(dialog.get(), QStringLiteral("saveButton"));
    auto *title = child<QLineEdit>(dialog.get(), QStringLiteral("noteTitleEdit"));
    auto *text = child<QPlainTextEdit>(dialog.get(), QStringLiteral("noteTextEdit"));
    QVERIFY(save && title && text);

    QTest::keyClicks(title, QStringLiteral("Ward round"));
    QVERIFY(!save->isEnabled()); // the note itself is required
    QTest::keyClicks(text, QStringLiteral("Feels better. Plan: continue."));
    QVERIFY(save->isEnabled());

    saveAndExpect(*dialog, QStringLiteral("note"), QStringLiteral("Progress note: Ward round"));
}

void TestClinicalWorkflows::outOfRangeVitalKeepsSaveDisabled()
{
    auto dialog = openForm(*m_engine, QStringLiteral("vitals"));
    QVERIFY(dialog);
    auto *value = child<QLineEdit>(dialog.get(), QStringLiteral("vitalValueEdit"));
    auto *message = child<QLabel>(dialog.get(), QStringLiteral("vitalValueMessage"));
    auto *save = child<QPushButton>(dialog.get(), QStringLiteral("saveButton"));
    QVERIFY(value && message && save);
    QSignalSpy pending(m_engine.get(), &WorkstationEngine::recordPending);

    QTest::keyClicks(value, QStringLiteral("720")); // a heart rate no one has
    QVERIFY(!save->isEnabled());
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), QStringLiteral("Not possible: enter a value from 20 to 300 beats/min."));
    QTest::mouseClick(save, Qt::LeftButton); // disabled: nothing happens
    QTest::keyClick(value, Qt::Key_Return);  // nor through the default button
    QVERIFY(!dialog->isSubmitting());
    QVERIFY(dialog->statusText().isEmpty());
    QVERIFY(dialog->isVisible());

    // The value, not the form, was the problem.
    QTest::keyClick(value, Qt::Key_Backspace);
    QVERIFY(save->isEnabled()); // 72
    QVERIFY(!message->isVisible());
    QCoreApplication::processEvents();
    QVERIFY(pending.isEmpty());
}

void TestClinicalWorkflows::nurseIsNotOfferedConditionMedicationOrAllergy()
{
    std::unique_ptr<WorkstationEngine> nurse = startEngine(QStringLiteral("clinical-nurse"));
    QVERIFY(nurse);
    signIn(*nurse, QStringLiteral("clinical-nurse"), QStringLiteral("nurse"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(nurse->user().role, Role::Nurse);
    QCOMPARE(RecordFormDialog::authorableKinds(*nurse), (QStringList{QStringLiteral("vitals"), QStringLiteral("note")}));

    // Asked for a condition, the form explains and offers what a nurse may write.
    auto dialog = openForm(*nurse, QStringLiteral("condition"));
    QVERIFY(dialog);
    auto *kinds = child<QComboBox>(dialog.get(), QStringLiteral("kindCombo"));
    QVERIFY(kinds);
    QStringList offered;
    for (int i = 0; i < kinds->count(); ++i)
        offered << kinds->itemData(i).toString();
    QCOMPARE(offered, (QStringList{QStringLiteral("vitals"), QStringLiteral("note")}));
    QCOMPARE(dialog->kind(), QStringLiteral("vitals"));
    QCOMPARE(dialog->statusText(), QStringLiteral("Your role cannot create a Condition record; choose another type."));
    QVERIFY(!maybeChild<QComboBox>(dialog.get(), QStringLiteral("clinicianCombo"))); // a nurse writes as themself
    dialog.reset();
    // The import needs a doctor (or a technician for one) too.
    QVERIFY(!nurse->mayImport());
}

void TestClinicalWorkflows::emrTechnicianMustChooseTheClinician()
{
    std::unique_ptr<WorkstationEngine> emr = startEngine(QStringLiteral("clinical-emr"));
    QVERIFY(emr);
    signIn(*emr, QStringLiteral("clinical-emr"), QStringLiteral("emr_technician"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(emr->user().role, Role::EmrTechnician);
    QCOMPARE(emr->clinicians().size(), 3); // the demo's two doctors and its nurse

    auto dialog = openForm(*emr, QStringLiteral("vitals"));
    QVERIFY(dialog);
    auto *clinician = child<ClinicianComboBox>(dialog.get(), QStringLiteral("clinicianCombo"));
    auto *save = child<QPushButton>(dialog.get(), QStringLiteral("saveButton"));
    QVERIFY(clinician && save);
    QCOMPARE(clinician->count(), 3);
    QCOMPARE(clinician->currentIndex(), -1); // no default: a choice to make
    QTest::keyClicks(child<QLineEdit>(dialog.get(), QStringLiteral("vitalValueEdit")), QStringLiteral("64"));
    QVERIFY(!save->isEnabled()); // a valid value, but for whom?

    QTest::keyClicks(clinician, QStringLiteral("Dr"));
    QCOMPARE(clinician->selectedName(), QStringLiteral("Dr. Amelia Hart"));
    QVERIFY(save->isEnabled());

    TimelineEntry e;
    saveAndExpect(*dialog, QStringLiteral("vitals"), QStringLiteral("Heart rate 64 beats/min"), &e);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(e.author, QStringLiteral("Priya Nair"));
    QCOMPARE(e.authorRole, QStringLiteral("emr_technician"));
    QCOMPARE(e.onBehalfOf, QStringLiteral("Dr. Amelia Hart"));
    QVERIFY2(TimelineModel::authorLine(e).endsWith(QLatin1String("on behalf of Dr. Amelia Hart")),
             qPrintable(TimelineModel::authorLine(e)));
}

// --------------------------------------------------------------- 2. import

void TestClinicalWorkflows::bundleWithAnInvalidEntryImportsNothing()
{
    const SyntheticPatients generator(99);
    const QJsonObject bundle = generator.bundle(generator.make(3, QDateTime::currentDateTimeUtc()));
    QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    int broken = -1;
    for (int i = 0; i < entries.size() && broken < 0; ++i) {
        QJsonObject entry = entries[i].toObject();
        QJsonObject resource = entry.value(QStringLiteral("resource")).toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() != QLatin1String("Observation"))
            continue;
        resource.remove(QStringLiteral("code"));
        entry.insert(QStringLiteral("resource"), resource);
        entries[i] = entry;
        broken = i;
    }
    QVERIFY(broken > 0);
    QJsonObject bad = bundle;
    bad.insert(QStringLiteral("entry"), entries);
    const QString badPath = m_files.filePath(QStringLiteral("broken-bundle.json"));
    const QString goodPath = m_files.filePath(QStringLiteral("bundle.json"));
    for (const auto &[path, json] : {std::pair{badPath, bad}, std::pair{goodPath, bundle}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.write(QJsonDocument(json).toJson()) > 0);
    }

    m_importCountBefore = recordCount(m_importPatient);
    QVERIFY(m_importCountBefore > 0);
    m_recordCreatesBefore = int(m_demo->transactionsOfType(TxType::RecordCreate).size());

    m_import = std::make_unique<ImportDialog>(*m_engine, m_importPatient);
    m_import->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_import.get()));
    auto *importButton = child<QPushButton>(m_import.get(), QStringLiteral("importButton"));
    auto *table = child<QTableWidget>(m_import.get(), QStringLiteral("entriesTable"));
    QVERIFY(importButton && table);
    QVERIFY(!importButton->isEnabled());

    m_import->loadFile(badPath);
    QTRY_COMPARE_WITH_TIMEOUT(m_import->state(), ImportDialog::State::Previewed, WaitMs);
    const ImportPreview preview = m_import->preview();
    QCOMPARE(preview.invalid, 1);
    QCOMPARE(table->rowCount(), int(entries.size()));
    // The broken entry's row: invalid, with the reason; every other row is not.
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString action = table->item(r, ImportDialog::ActionColumn)->text();
        QCOMPARE(action == QLatin1String("Invalid"), r == broken);
    }
    const QString reason = table->item(broken, ImportDialog::ReasonColumn)->text();
    QVERIFY(!reason.isEmpty());
    QCOMPARE(reason, preview.rows.at(broken).reason);
    QCOMPARE(table->item(broken, ImportDialog::TypeColumn)->text(), QStringLiteral("Observation"));
    auto *detail = child<QLabel>(m_import.get(), QStringLiteral("rowDetailLabel"));
    QVERIFY(detail->isVisible());
    QVERIFY2(detail->text().contains(reason), qPrintable(detail->text()));
    QVERIFY(child<QLabel>(m_import.get(), QStringLiteral("invalidLabel"))->isVisible());

    // All or nothing: no Import while an entry is invalid.
    QVERIFY(!importButton->isEnabled());
    QVERIFY(!m_import->canImport());
    QSignalSpy pending(m_engine.get(), &WorkstationEngine::recordPending);
    QTest::mouseClick(importButton, Qt::LeftButton);
    m_import->startImport();
    QCOMPARE(m_import->state(), ImportDialog::State::Previewed);

    // After a full sync nothing was added, neither on the workstation nor on the node.
    QSignalSpy status(m_engine.get(), &WorkstationEngine::syncStatusChanged);
    const QDateTime asked = QDateTime::currentDateTime();
    m_engine->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(status.cbegin(), status.cend(),
                                         [&](const QList<QVariant> &row) {
                                             const auto s = row.value(0).value<SyncStatus>();
                                             return !s.syncing && s.lastSync >= asked;
                                         }),
                             WaitMs);
    QVERIFY(pending.isEmpty());
    QCOMPARE(recordCount(m_importPatient), m_importCountBefore);
    QCOMPARE(int(m_demo->transactionsOfType(TxType::RecordCreate).size()), m_recordCreatesBefore);
}

void TestClinicalWorkflows::intactBundleImportsEveryEntry()
{
    QVERIFY(m_import);
    auto *importButton = child<QPushButton>(m_import.get(), QStringLiteral("importButton"));
    m_import->loadFile(m_files.filePath(QStringLiteral("bundle.json")));
    QTRY_COMPARE_WITH_TIMEOUT(m_import->state(), ImportDialog::State::Previewed, WaitMs);
    const ImportPreview preview = m_import->preview();
    QCOMPARE(preview.invalid, 0);
    QCOMPARE(preview.importable, int(preview.rows.size()) - 1); // all but the bundle's Patient
    QVERIFY(preview.importable > 5);
    QVERIFY(!child<QLabel>(m_import.get(), QStringLiteral("invalidLabel"))->isVisible());
    QVERIFY(importButton->isEnabled());
    QVERIFY2(importButton->text().contains(QString::number(preview.importable)), qPrintable(importButton->text()));

    QSignalSpy done(m_engine.get(), &WorkstationEngine::importDone);
    QSignalSpy failed(m_engine.get(), &WorkstationEngine::recordFailed);
    QSignalSpy imported(m_import.get(), &ImportDialog::imported);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QCOMPARE(m_import->state(), ImportDialog::State::Importing);
    QVERIFY(!importButton->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), WaitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    QCOMPARE(done.first().value(1).toInt(), preview.importable);
    QTRY_COMPARE(imported.count(), 1);
    QCOMPARE(imported.first().first().toInt(), preview.importable);
    QCOMPARE(m_import->state(), ImportDialog::State::Done);
    QCOMPARE(m_import->importedCount(), preview.importable);

    // Exactly the importable entries were added: the broken attempt before added none.
    QTRY_COMPARE_WITH_TIMEOUT(recordCount(m_importPatient), m_importCountBefore + preview.importable, WaitMs);
    QCOMPARE(int(m_demo->transactionsOfType(TxType::RecordCreate).size()), m_recordCreatesBefore + preview.importable);
    m_import.reset();
}

// --------------------------------------------------------------- 3. the kiosk

void TestClinicalWorkflows::kioskWrongPrivateIdStaysOnStepOne()
{
    m_kiosk = std::make_unique<KioskWindow>(*m_engine, m_kioskPatient);
    m_kiosk->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_kiosk.get()));
    auto *edit = child<QLineEdit>(m_kiosk.get(), QStringLiteral("privateIdEdit"));
    auto *identify = child<QPushButton>(m_kiosk.get(), QStringLiteral("identifyButton"));
    auto *message = child<QLabel>(m_kiosk.get(), QStringLiteral("identifyMessage"));
    QVERIFY(edit && identify && message);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(!identify->isEnabled());

    QString wrong = m_demo->privateId(m_kioskPatient);
    QVERIFY(!wrong.isEmpty());
    wrong[0] = wrong.at(0) == u'K' ? u'M' : u'K';
    QTest::keyClicks(edit, wrong);
    QVERIFY(identify->isEnabled());
    QSignalSpy refused(m_engine.get(), &WorkstationEngine::kioskRefused);
    QTest::mouseClick(identify, Qt::LeftButton);
    QVERIFY(edit->text().isEmpty()); // what was typed does not stay in the widget
    QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), WaitMs);
    QCOMPARE(refused.first().value(1).toString(), QStringLiteral("wrong_private_id"));
    QCOMPARE(refused.first().value(3).toInt(), 0); // one wrong ID: no pause yet (three make one)
    QTRY_COMPARE(message->text(), QStringLiteral("That private ID is not right. Please check it and try again."));
    QVERIFY(message->isVisible());
    QCOMPARE(m_kiosk->step(), KioskWindow::Step::Identify);
    QCOMPARE(m_kiosk->retrySecondsLeft(), 0);
    QVERIFY(edit->isEnabled());
    QVERIFY(!child<QWidget>(m_kiosk.get(), QStringLiteral("kioskTabs"))->isVisible());
}

void TestClinicalWorkflows::kioskRightPrivateIdShowsTheRequestInPlainWords()
{
    QVERIFY(m_kiosk);
    auto *edit = child<QLineEdit>(m_kiosk.get(), QStringLiteral("privateIdEdit"));
    auto *identify = child<QPushButton>(m_kiosk.get(), QStringLiteral("identifyButton"));
    // Typing is forgiving: small letters and no dashes.
    QTest::keyClicks(edit, m_demo->privateId(m_kioskPatient).toLower().remove(u'-'));
    QTest::mouseClick(identify, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->step(), KioskWindow::Step::Identified, WaitMs);
    QCOMPARE(m_kiosk->patient().patientId, m_kioskPatient);
    QVERIFY(child<QWidget>(m_kiosk.get(), QStringLiteral("kioskTabs"))->isVisible());
    QVERIFY(child<QLabel>(m_kiosk.get(), QStringLiteral("greetingLabel"))->text().startsWith(QLatin1String("Hello")));

    auto *request = child<QLabel>(m_kiosk.get(), QStringLiteral("requestLabel"));
    QVERIFY(request && request->isVisible());
    const QString org = m_engine->user().orgName;
    QVERIFY(!org.isEmpty());
    const QString until = QLocale().toString(QDate::currentDate().addYears(1), QLocale::LongFormat);
    QCOMPARE(request->text(), QStringLiteral("%1 asks to read your records (all records) for treatment until %2. "
                                             "You can revoke this at any time.")
                                  .arg(org, until));
    // Another purpose, said as plainly.
    QTest::mouseClick(child<QRadioButton>(m_kiosk.get(), QStringLiteral("purposeRadio_referral")), Qt::LeftButton);
    QCOMPARE(m_kiosk->chosenPurpose(), QStringLiteral("referral"));
    QVERIFY2(request->text().startsWith(org + QStringLiteral(" asks to read your records (all records) for ")),
             qPrintable(request->text()));
    QVERIFY2(request->text().contains(QLatin1String("referral")) && !request->text().contains(QLatin1String("treatment")),
             qPrintable(request->text()));
    QCOMPARE(request->text(), m_kiosk->requestText());
}

void TestClinicalWorkflows::kioskGrantThenRevoke()
{
    QVERIFY(m_kiosk);
    auto *grant = child<QPushButton>(m_kiosk.get(), QStringLiteral("grantButton"));
    auto *status = child<QLabel>(m_kiosk.get(), QStringLiteral("consentStatusLabel"));
    QWidget *box = child<QWidget>(m_kiosk.get(), QStringLiteral("consentsBox"));
    QVERIFY(grant && status && box);
    QTRY_VERIFY(maybeChild<QLabel>(box, QStringLiteral("noConsentsLabel"))); // none yet
    QVERIFY(grant->isEnabled());

    QSignalSpy done(m_engine.get(), &WorkstationEngine::kioskDone);
    QSignalSpy refused(m_engine.get(), &WorkstationEngine::kioskRefused);
    QTest::mouseClick(grant, Qt::LeftButton);
    QVERIFY(!grant->isEnabled()); // one grant at a time
    QVERIFY(status->text().startsWith(QLatin1String("Saving your consent")));
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !refused.isEmpty(), WaitMs);
    QVERIFY2(refused.isEmpty(), qPrintable(refused.value(0).value(2).toString()));
    QTRY_COMPARE(status->text(), QStringLiteral("Done. Your decision is recorded on the network."));

    // The consent in force, with its Revoke button.
    QTRY_VERIFY_WITH_TIMEOUT(maybeChild<QPushButton>(box, QStringLiteral("revokeButton_0")), WaitMs);
    QCOMPARE(int(m_kiosk->consents().size()), 1);
    const ConsentInfo consent = m_kiosk->consents().first();
    QVERIFY(consent.active);
    QCOMPARE(consent.purpose, QStringLiteral("referral"));
    QVERIFY(consent.scope.isEmpty()); // all records
    QCOMPARE(consent.granteeOrg, QString::fromLatin1(DemoWorkstation::Org));
    auto *label = child<QLabel>(box, QStringLiteral("consentLabel_0"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QLatin1String("Referral")) && label->text().contains(QLatin1String("all records")),
             qPrintable(label->text()));
    QTRY_VERIFY(!maybeChild<QLabel>(box, QStringLiteral("noConsentsLabel")));

    // Revoked: still listed, no longer in force, no button.
    done.clear();
    QTest::mouseClick(child<QPushButton>(box, QStringLiteral("revokeButton_0")), Qt::LeftButton);
    QVERIFY(status->text().startsWith(QLatin1String("Revoking")));
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !refused.isEmpty(), WaitMs);
    QVERIFY2(refused.isEmpty(), qPrintable(refused.value(0).value(2).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk->consents().isEmpty() && !m_kiosk->consents().first().active, WaitMs);
    QCOMPARE(int(m_kiosk->consents().size()), 1);
    QTRY_VERIFY(!maybeChild<QPushButton>(box, QStringLiteral("revokeButton_0")));
    QVERIFY(grant->isEnabled()); // the patient may grant again
}

void TestClinicalWorkflows::kioskListsOwnRecordsAndDownloadsThem()
{
    QVERIFY(m_kiosk);
    auto *tabs = child<QTabWidget>(m_kiosk.get(), QStringLiteral("kioskTabs"));
    auto *list = child<QListView>(m_kiosk.get(), QStringLiteral("recordsList"));
    auto *detail = child<QTextBrowser>(m_kiosk.get(), QStringLiteral("recordDetail"));
    QVERIFY(tabs && list && detail);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
    QCOMPARE(tabs->currentIndex(), 1);
    QVERIFY(list->isVisible());

    // Every one of the patient's records, opened with the patient's own key.
    TimelineModel *timeline = m_kiosk->timeline();
    QCOMPARE(list->model(), static_cast<QAbstractItemModel *>(timeline));
    QTRY_VERIFY_WITH_TIMEOUT(timeline->rowCount() > 0 && !timeline->isLoading(), WaitMs);
    while (timeline->canFetchMore({})) {
        timeline->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!timeline->isLoading(), WaitMs);
    }
    const int expected = recordCount(m_kioskPatient);
    QVERIFY(expected > 0);
    QCOMPARE(timeline->rowCount(), expected);
    for (int r = 0; r < timeline->rowCount(); ++r) {
        const TimelineEntry *e = timeline->entryAt(r);
        QVERIFY2(e->error.isEmpty(), qPrintable(e->error));
        QVERIFY(!e->title.isEmpty());
        m_kioskListed.append(e->txId);
    }

    // A record chosen is shown in full.
    const QRect first = list->visualRect(timeline->index(0));
    QVERIFY(first.height() > 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
    QVERIFY(detail->toPlainText().contains(timeline->entryAt(0)->title));

    // As FHIR: a Bundle of the records and the Patient.
    QSignalSpy saved(m_kiosk.get(), &KioskWindow::downloadSaved);
    QSignalSpy failed(m_kiosk.get(), &KioskWindow::downloadFailed);
    const QString json = m_files.filePath(QStringLiteral("my-records.json"));
    QSignalSpy exports(m_engine.get(), &WorkstationEngine::exportReady);
    m_kiosk->exportFhirTo(json);
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() || !failed.isEmpty(), WaitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(saved.takeFirst().value(0).toString(), json);
    QFile bundleFile(json);
    QVERIFY(bundleFile.open(QIODevice::ReadOnly));
    const QJsonObject bundle = QJsonDocument::fromJson(bundleFile.readAll()).object();
    QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
    const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    QCOMPARE(int(entries.size()), expected + 1);
    int patients = 0;
    for (const QJsonValue &e : entries)
        patients += e[QStringLiteral("resource")][QStringLiteral("resourceType")].toString() == QLatin1String("Patient");
    QCOMPARE(patients, 1);
    QCOMPARE(int(exports.size()), 1);
    for (const TimelineEntry &e : exports.first().value(2).value<QList<TimelineEntry>>())
        m_kioskExported.append(e.txId);
    QCOMPARE(int(m_kioskExported.size()), expected);

    // As PDF.
    const QString pdf = m_files.filePath(QStringLiteral("my-records.pdf"));
    m_kiosk->exportPdfTo(pdf);
    QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() || !failed.isEmpty(), WaitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(saved.takeFirst().value(0).toString(), pdf);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 1000);
    QVERIFY(child<QLabel>(m_kiosk.get(), QStringLiteral("downloadStatusLabel"))->text().startsWith(QLatin1String("Saved to ")));
}

void TestClinicalWorkflows::kioskFinishEndsTheSession()
{
    QVERIFY(m_kiosk);
    QSignalSpy finished(m_kiosk.get(), &KioskWindow::finished);
    QTest::mouseClick(child<QPushButton>(m_kiosk.get(), QStringLiteral("finishButton")), Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_kiosk->step(), KioskWindow::Step::Finished);
    QVERIFY(!m_kiosk->isVisible());
    QCOMPARE(m_kiosk->timeline()->rowCount(), 0);
    QVERIFY(m_kiosk->patient().patientId.isEmpty());
    // The patient's key is gone from the engine: their records no longer open.
    QSignalSpy failedRequests(m_engine.get(), &WorkstationEngine::requestFailed);
    QCOMPARE(answer(failedRequests, m_engine->kioskTimeline({}, 0, 10)).value(1).toString(), QStringLiteral("locked"));
    m_kiosk.reset();
}

// --------------------------------------------------------------- 4. access events

void TestClinicalWorkflows::everyReadIsAnAccessEventOnTheLedger()
{
    QVERIFY(!m_shownToDoctor.isEmpty());
    QVERIFY(!m_kioskListed.isEmpty());
    QSignalSpy logged(m_engine.get(), &WorkstationEngine::accessLogged);
    m_engine->flushAccessLog();
    QTRY_VERIFY_WITH_TIMEOUT(!logged.isEmpty(), WaitMs);
    QVERIFY(logged.last().value(0).toInt() > 0);

    const QString workstation = m_demo->settings(QStringLiteral("clinical-doctor")).workstationId;
    QList<AccessEvent> events;
    const auto recordsOf = [&events](AccessAction action, const QString &patientId) {
        QSet<QByteArray> out;
        for (const AccessEvent &e : std::as_const(events))
            if (e.action == action && e.patientId == patientId && !e.recordTx.isEmpty())
                out.insert(e.recordTx);
        return out;
    };
    const auto count = [&events](AccessAction action, const QString &patientId) {
        return int(std::count_if(events.cbegin(), events.cend(),
                                 [&](const AccessEvent &e) { return e.action == action && e.patientId == patientId; }));
    };
    const QSet<QByteArray> shown(m_shownToDoctor.cbegin(), m_shownToDoctor.cend());
    const QSet<QByteArray> listed(m_kioskListed.cbegin(), m_kioskListed.cend());
    const QSet<QByteArray> exported(m_kioskExported.cbegin(), m_kioskExported.cend());
    // Everything flushed is on the ledger once the flush is final; an earlier automatic flush may answer first.
    QTRY_VERIFY_WITH_TIMEOUT((events = accessEvents(workstation),
                              recordsOf(AccessAction::KioskView, m_kioskPatient).contains(listed)
                                  && recordsOf(AccessAction::Export, m_kioskPatient).contains(exported)),
                             WaitMs);

    // The clinician's views of the records the form wrote.
    QVERIFY(recordsOf(AccessAction::View, m_patient).contains(shown));
    // The kiosk: one wrong private ID, then the right one, then the patient's own reads and downloads.
    QCOMPARE(count(AccessAction::PrivateIdFailed, m_kioskPatient), 1);
    QCOMPARE(count(AccessAction::PrivateIdAccepted, m_kioskPatient), 1);
    QVERIFY(recordsOf(AccessAction::KioskView, m_kioskPatient).contains(listed));
    QVERIFY(recordsOf(AccessAction::Export, m_kioskPatient).contains(exported));
    // Nobody else's private ID was tried, and the kiosk showed no other patient's records.
    for (const QString &other : m_demo->patientIds()) {
        if (other == m_kioskPatient)
            continue;
        QCOMPARE(count(AccessAction::PrivateIdFailed, other), 0);
        QCOMPARE(count(AccessAction::KioskView, other), 0);
    }
}

QTEST_MAIN(TestClinicalWorkflows)
#include "tst_clinicalworkflows.moc"
