#include "forms/ConceptComboBox.h"
#include "forms/RecordFormDialog.h"
#include "workstation/WorkstationEngine.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger;

// The form's own behaviour (fields, validation, the resource it builds)
// against an engine that is not signed in: nothing is submitted here. The
// end-to-end test against careledgerd covers Save.
class TestRecordFormDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void offersOnlyAuthorableKinds();
    void vitalsValidation_data();
    void vitalsValidation();
    void bloodPressureNeedsBothValues();
    void vitalsResource();
    void conditionMustComeFromList();
    void allergyNeedsCriticality();
    void noteNeedsText();
    void switchingKinds();

private:
    RecordFormDialog *dialog(const QString &kind);
    template <typename T>
    T *child(QWidget *w, const char *name)
    {
        auto *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no widget %s", name);
        return c;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<WorkstationEngine> m_engine;
    std::unique_ptr<RecordFormDialog> m_dialog;
};

void TestRecordFormDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    EngineSettings settings;
    settings.accountsFile = m_dir.filePath(QStringLiteral("accounts.ini"));
    m_engine = std::make_unique<WorkstationEngine>(settings);
}

void TestRecordFormDialog::cleanupTestCase()
{
    m_dialog.reset();
    m_engine.reset();
}

RecordFormDialog *TestRecordFormDialog::dialog(const QString &kind)
{
    m_dialog = std::make_unique<RecordFormDialog>(*m_engine, QStringLiteral("P-000042"), kind);
    m_dialog->show();
    return m_dialog.get();
}

void TestRecordFormDialog::offersOnlyAuthorableKinds()
{
    RecordFormDialog *d = dialog(QStringLiteral("vitals"));
    const QStringList allowed = RecordFormDialog::authorableKinds(*m_engine);
    QVERIFY(!allowed.isEmpty());
    auto *kinds = child<QComboBox>(d, "kindCombo");
    QCOMPARE(kinds->count(), allowed.size());
    for (int i = 0; i < kinds->count(); ++i)
        QVERIFY(m_engine->mayAuthor(RecordFormDialog::resourceTypeFor(kinds->itemData(i).toString())));
    // Not a technician: no clinician to choose.
    QVERIFY(!d->findChild<QComboBox *>(QStringLiteral("clinicianCombo")));
    QCOMPARE(RecordFormDialog::resourceTypeFor(QStringLiteral("note")), QStringLiteral("DocumentReference"));
}

void TestRecordFormDialog::vitalsValidation_data()
{
    QTest::addColumn<QString>("loinc");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("canSave");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << "8867-4" << "" << false << "";
    QTest::newRow("normal") << "8867-4" << "72" << true << "";
    QTest::newRow("abnormal: warned, allowed") << "8867-4" << "130" << true << "Above the normal range";
    QTest::newRow("impossible: refused") << "8867-4" << "720" << false << "Not possible";
    QTest::newRow("temperature") << "8310-5" << "36.8" << true << "";
    QTest::newRow("hypothermia") << "8310-5" << "33.5" << true << "Below the normal range";
}

void TestRecordFormDialog::vitalsValidation()
{
    QFETCH(QString, loinc);
    QFETCH(QString, typed);
    QFETCH(bool, canSave);
    QFETCH(QString, message);
    RecordFormDialog *d = dialog(QStringLiteral("vitals"));
    auto *type = child<QComboBox>(d, "vitalTypeCombo");
    type->setCurrentIndex(type->findData(loinc));
    QVERIFY(type->currentIndex() >= 0);
    QVERIFY(!d->canSave());
    QTest::keyClicks(child<QLineEdit>(d, "vitalValueEdit"), typed);
    QCOMPARE(d->canSave(), canSave);
    QCOMPARE(child<QPushButton>(d, "saveButton")->isEnabled(), canSave);
    auto *label = child<QLabel>(d, "vitalValueMessage");
    if (message.isEmpty()) {
        QVERIFY(label->isHidden());
    } else {
        QVERIFY(!label->isHidden());
        QVERIFY2(label->text().contains(message), qPrintable(label->text()));
    }
    QVERIFY(!child<QLabel>(d, "vitalUnitLabel")->text().isEmpty());
}

void TestRecordFormDialog::bloodPressureNeedsBothValues()
{
    RecordFormDialog *d = dialog(QStringLiteral("vitals"));
    auto *type = child<QComboBox>(d, "vitalTypeCombo");
    type->setCurrentIndex(type->findData(QStringLiteral("85354-9")));
    auto *second = child<QLineEdit>(d, "vitalSecondEdit");
    QVERIFY(second->isVisible());
    QCOMPARE(child<QLabel>(d, "vitalUnitLabel")->text(), QStringLiteral("mmHg"));
    QTest::keyClicks(child<QLineEdit>(d, "vitalValueEdit"), QStringLiteral("128"));
    QVERIFY(!d->canSave());
    QTest::keyClicks(second, QStringLiteral("140"));
    QVERIFY(!d->canSave()); // diastolic above systolic
    QVERIFY(!child<QLabel>(d, "vitalSecondMessage")->isHidden());
    second->clear();
    QTest::keyClicks(second, QStringLiteral("82"));
    QVERIFY(d->canSave());

    const Result<QJsonObject> r = d->buildResource();
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->value(QStringLiteral("resourceType")).toString(), QStringLiteral("Observation"));
    QCOMPARE(r->value(QStringLiteral("component")).toArray().size(), 2);

    // Other signs hide the second field.
    type->setCurrentIndex(type->findData(QStringLiteral("8867-4")));
    QVERIFY(!second->isVisible());
}

void TestRecordFormDialog::vitalsResource()
{
    RecordFormDialog *d = dialog(QStringLiteral("vitals"));
    auto *type = child<QComboBox>(d, "vitalTypeCombo");
    type->setCurrentIndex(type->findData(QStringLiteral("8867-4")));
    QTest::keyClicks(child<QLineEdit>(d, "vitalValueEdit"), QStringLiteral("88"));
    const Result<QJsonObject> r = d->buildResource();
    QVERIFY(r.ok());
    const QJsonObject coding = r->value("code").toObject().value("coding").toArray().first().toObject();
    QCOMPARE(coding.value("code").toString(), QStringLiteral("8867-4"));
    QCOMPARE(r->value("valueQuantity").toObject().value("value").toDouble(), 88.0);
    QCOMPARE(r->value("subject").toObject().value("reference").toString(), QStringLiteral("Patient/P-000042"));
}

void TestRecordFormDialog::conditionMustComeFromList()
{
    RecordFormDialog *d = dialog(QStringLiteral("condition"));
    auto *combo = child<ConceptComboBox>(d, "conditionCombo");
    QVERIFY(combo->count() > 0);
    QTest::keyClicks(combo->lineEdit(), QStringLiteral("something made up"));
    QVERIFY(!d->canSave());
    QVERIFY(!child<QLabel>(d, "conditionMessage")->isHidden());
    // Case does not matter for an exact name.
    combo->setEditText(combo->itemText(0).toUpper());
    QVERIFY(combo->selectedConcept().has_value());
    QVERIFY(d->canSave());
    const Result<QJsonObject> r = d->buildResource();
    QVERIFY(r.ok());
    QCOMPARE(r->value("resourceType").toString(), QStringLiteral("Condition"));
}

void TestRecordFormDialog::allergyNeedsCriticality()
{
    RecordFormDialog *d = dialog(QStringLiteral("allergy"));
    auto *allergen = child<ConceptComboBox>(d, "allergenCombo");
    allergen->setCurrentIndex(0);
    QVERIFY(!d->canSave());
    auto *criticality = child<QComboBox>(d, "criticalityCombo");
    criticality->setCurrentIndex(criticality->findData(QStringLiteral("high")));
    QVERIFY(d->canSave());
    const Result<QJsonObject> r = d->buildResource();
    QVERIFY(r.ok());
    QCOMPARE(r->value("criticality").toString(), QStringLiteral("high"));
}

void TestRecordFormDialog::noteNeedsText()
{
    RecordFormDialog *d = dialog(QStringLiteral("note"));
    QVERIFY(!d->canSave());
    QTest::keyClicks(child<QLineEdit>(d, "noteTitleEdit"), QStringLiteral("Ward round"));
    QVERIFY(!d->canSave());
    child<QPlainTextEdit>(d, "noteTextEdit")->setPlainText(QStringLiteral("Feels better.\nPlan: continue."));
    QVERIFY(d->canSave());
    child<QPlainTextEdit>(d, "noteTextEdit")->setPlainText(QStringLiteral("   "));
    QVERIFY(!d->canSave());
    QVERIFY(!child<QLabel>(d, "noteTextMessage")->isHidden());
}

void TestRecordFormDialog::switchingKinds()
{
    RecordFormDialog *d = dialog(QStringLiteral("no-such-kind"));
    QVERIFY(RecordFormDialog::kinds().contains(d->kind()));
    d->setKind(QStringLiteral("medication"));
    QCOMPARE(d->kind(), QStringLiteral("medication"));
    QCOMPARE(child<QComboBox>(d, "kindCombo")->currentData().toString(), QStringLiteral("medication"));
    auto *kinds = child<QComboBox>(d, "kindCombo");
    kinds->setCurrentIndex(kinds->findData(QStringLiteral("note")));
    QCOMPARE(d->kind(), QStringLiteral("note"));
}

QTEST_MAIN(TestRecordFormDialog)
#include "tst_recordformdialog.moc"
