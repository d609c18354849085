// The workstation engine against a real full node with the demo data: what a
// clinician's screens rely on, end to end, through the one facade.

#include "support/DemoWorkstation.h"
#include "support/SignalAnswer.h"

#include "core/Clock.h"
#include "fhir/FhirBuilder.h"
#include "fhir/SyntheticPatients.h"
#include "keys/KeyStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace careledger;
using namespace careledger::testing;

namespace {
constexpr const char *Password = "correct horse battery staple";
} // namespace

class TestWorkstationEngine : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void signInNeedsTheRightPasswordAndCode();
    void patientListHoldsTheOrgsPatientsDecrypted();
    void patientHeaderShowsAllergiesAndProblems();
    void timelinePagesNewestFirstWithoutOverlap();
    void timelineFiltersByKindAndDate();
    void everyEntryIsProvenAgainstASignedHeader();
    void doctorCreatesARecordThatBecomesFinal();
    void amendmentShowsItsHistory();
    void roleRulesAreReflectedBeforeSubmitting();
    void importIsAllOrNothing();
    void kioskConsentFlowWithWrongThenRightPrivateId();
    void viewsLeaveAccessEventsOnTheLedger();
    void lockKeepsTheSessionAndNeedsThePassword();
    void inactivityLocksTheSession();
    void signOutForgetsEverything();

private:
    void signIn(WorkstationEngine &engine, const QString &role);
    QList<TimelineEntry> page(const TimelineQuery &q, quint64 cursor, int limit, quint64 *next = nullptr, bool *more = nullptr);

    std::unique_ptr<DemoWorkstation> m_demo;
    std::unique_ptr<WorkstationEngine> m_engine;
    QString m_patient;
};

void TestWorkstationEngine::initTestCase()
{
    Status st;
    m_demo = DemoWorkstation::start(4, &st);
    QVERIFY2(st, qPrintable(st ? QString() : st.error().message));
    m_engine = std::make_unique<WorkstationEngine>(m_demo->settings());
    QSignalSpy started(m_engine.get(), &WorkstationEngine::started);
    m_engine->start();
    QVERIFY(started.wait(20000));
    m_patient = m_demo->patientIds().first();
}

void TestWorkstationEngine::cleanupTestCase()
{
    m_engine.reset();
    KeyStore keys(m_demo->keychainService());
    for (const QString &login : {QStringLiteral("doctor"), QStringLiteral("nurse"), QStringLiteral("emr_technician"),
                                 QStringLiteral("compliance_officer")})
        (void)keys.removeAccount(KeyStore::accountName(m_demo->network().networkId(), login));
}

void TestWorkstationEngine::signIn(WorkstationEngine &engine, const QString &role)
{
    QSignalSpy created(&engine, &WorkstationEngine::accountCreated);
    QSignalSpy failed(&engine, &WorkstationEngine::accountFailed);
    bool known = false;
    for (const LocalAccount &a : engine.accounts())
        known = known || a.login == role;
    if (!known) {
        engine.importAccount(role, QString::fromLatin1(Password), m_demo->secretKey(role));
        QVERIFY(created.wait(20000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
    }
    QSignalSpy signedIn(&engine, &WorkstationEngine::signedIn);
    QSignalSpy refused(&engine, &WorkstationEngine::signInFailed);
    engine.signIn(role, QString::fromLatin1(Password), m_demo->totpCode(role));
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !refused.isEmpty(), 30000);
    QVERIFY2(refused.isEmpty(), qPrintable(refused.value(0).value(1).toString()));
}

QList<TimelineEntry> TestWorkstationEngine::page(const TimelineQuery &q, quint64 cursor, int limit, quint64 *next, bool *more)
{
    QSignalSpy pages(m_engine.get(), &WorkstationEngine::timelinePage);
    const quint64 id = m_engine->requestTimeline(q, cursor, limit);
    const QList<QVariant> row = answer(pages, id);
    if (row.isEmpty())
        return {};
    if (next)
        *next = row.value(2).toULongLong();
    if (more)
        *more = row.value(3).toBool();
    return row.value(1).value<QList<TimelineEntry>>();
}

void TestWorkstationEngine::signInNeedsTheRightPasswordAndCode()
{
    QSignalSpy created(m_engine.get(), &WorkstationEngine::accountCreated);
    m_engine->importAccount(QStringLiteral("doctor"), QString::fromLatin1(Password), m_demo->secretKey(QStringLiteral("doctor")));
    QVERIFY(created.wait(20000));
    QCOMPARE(m_engine->accounts().size(), 1);
    QCOMPARE(m_engine->accounts().first().login, QStringLiteral("doctor"));

    QSignalSpy refused(m_engine.get(), &WorkstationEngine::signInFailed);
    m_engine->signIn(QStringLiteral("doctor"), QStringLiteral("wrong password"), m_demo->totpCode(QStringLiteral("doctor")));
    QVERIFY(refused.wait(20000));
    QCOMPARE(refused.takeFirst().value(0).toString(), QStringLiteral("wrong_password"));

    // A code from ten minutes ago is outside the window.
    m_engine->signIn(QStringLiteral("doctor"), QString::fromLatin1(Password),
                     m_demo->totpCode(QStringLiteral("doctor"), QDateTime::currentMSecsSinceEpoch() - 600'000));
    QVERIFY(refused.wait(20000));
    QCOMPARE(refused.takeFirst().value(0).toString(), QStringLiteral("bad_totp"));
    QVERIFY(!m_engine->user().enrolled);

    signIn(*m_engine, QStringLiteral("doctor"));
    QCOMPARE(m_engine->user().name, QStringLiteral("Dr. Amelia Hart"));
    QCOMPARE(m_engine->user().role, Role::Doctor);
    QCOMPARE(m_engine->user().orgId, QString::fromLatin1(DemoWorkstation::Org));
    // The login list now shows the enrolled name.
    QTRY_COMPARE(m_engine->accounts().first().displayName, QStringLiteral("Dr. Amelia Hart"));
}

void TestWorkstationEngine::patientListHoldsTheOrgsPatientsDecrypted()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->patients().size(), 4, 20000);
    const SyntheticPatients generator(2026);
    QStringList expected, shown;
    for (int i = 0; i < 4; ++i) {
        const SyntheticPatient p = generator.make(i, QDateTime::currentDateTimeUtc());
        expected.append(p.patientId + u' ' + p.familyName + u' ' + p.birthDate);
    }
    for (const PatientSummary &p : m_engine->patients()) {
        shown.append(p.patientId + u' ' + p.family + u' ' + p.birthDate.toString(Qt::ISODate));
        QVERIFY2(p.recordCount > 0, qPrintable(p.patientId));
    }
    expected.sort();
    shown.sort();
    QCOMPARE(shown, expected);
}

void TestWorkstationEngine::patientHeaderShowsAllergiesAndProblems()
{
    // Find a demo patient with at least one allergy and one active problem.
    const SyntheticPatients generator(2026);
    QSignalSpy headers(m_engine.get(), &WorkstationEngine::patientHeaderReady);
    bool sawAllergy = false;
    for (const QString &id : m_demo->patientIds()) {
        const quint64 request = m_engine->requestPatientHeader(id);
        const QList<QVariant> row = answer(headers, request);
        QVERIFY(!row.isEmpty());
        const PatientHeader h = row.value(1).value<PatientHeader>();
        QCOMPARE(h.patient.patientId, id);
        // What the generator put in the record, counted independently from the FHIR.
        const SyntheticPatient p = generator.make(id.mid(2).toInt(), QDateTime::currentDateTimeUtc());
        int allergies = 0;
        for (const QJsonObject &r : p.records)
            allergies += r.value(QStringLiteral("resourceType")).toString() == QLatin1String("AllergyIntolerance");
        QCOMPARE(h.allergies.size(), allergies);
        sawAllergy = sawAllergy || allergies > 0;
        for (const QString &a : h.allergies)
            QVERIFY2(a.contains(QLatin1String("llerg")) || !a.isEmpty(), qPrintable(a));
    }
    if (!sawAllergy)
        qWarning("no demo patient of this seed has an allergy; the count check still ran");
}

void TestWorkstationEngine::timelinePagesNewestFirstWithoutOverlap()
{
    const PatientSummary p = m_engine->patients().first();
    TimelineQuery q;
    q.patientId = p.patientId;
    QList<TimelineEntry> all;
    quint64 cursor = 0;
    bool more = true;
    int pages = 0;
    while (more) {
        quint64 next = 0;
        const QList<TimelineEntry> got = page(q, cursor, 5, &next, &more);
        QVERIFY(got.size() <= 5);
        QVERIFY(!got.isEmpty() || !more);
        all += got;
        cursor = next;
        QVERIFY(++pages < 100);
    }
    QCOMPARE(all.size(), p.recordCount);
    QSet<QByteArray> seen;
    for (qsizetype i = 0; i < all.size(); ++i) {
        QVERIFY2(all[i].error.isEmpty(), qPrintable(all[i].error));
        QVERIFY(!seen.contains(all[i].txId));
        seen.insert(all[i].txId);
        QVERIFY(!all[i].title.isEmpty());
        // The demo doctor wrote the records; a demo referral's request is by whichever of the two doctors referred.
        if (all[i].resourceType == QLatin1String("ServiceRequest"))
            QVERIFY2(all[i].author == QLatin1String("Dr. Amelia Hart") || all[i].author == QLatin1String("Dr. Kofi Mensah"),
                     qPrintable(all[i].author));
        else
            QCOMPARE(all[i].author, QStringLiteral("Dr. Amelia Hart"));
        QCOMPARE(all[i].authorRole, QStringLiteral("doctor"));
        if (i > 0)
            QVERIFY(all[i].verification.logIndex < all[i - 1].verification.logIndex);
    }
}

void TestWorkstationEngine::timelineFiltersByKindAndDate()
{
    const PatientSummary p = m_engine->patients().first();
    TimelineQuery q;
    q.patientId = p.patientId;
    q.kinds = {QStringLiteral("vitals")};
    const QList<TimelineEntry> vitals = page(q, 0, 1000);
    QVERIFY(!vitals.isEmpty());
    for (const TimelineEntry &e : vitals)
        QCOMPARE(e.kind, QStringLiteral("vitals"));

    // A date window around the newest vital sign's day holds it and nothing outside.
    const QDate day = vitals.first().clinicalTime.date();
    q.kinds.clear();
    q.from = day;
    q.to = day;
    const QList<TimelineEntry> sameDay = page(q, 0, 1000);
    QVERIFY(!sameDay.isEmpty());
    for (const TimelineEntry &e : sameDay)
        QCOMPARE(e.clinicalTime.date(), day);
    QVERIFY(sameDay.size() < p.recordCount);
}

void TestWorkstationEngine::everyEntryIsProvenAgainstASignedHeader()
{
    TimelineQuery q;
    q.patientId = m_engine->patients().first().patientId;
    const QList<TimelineEntry> entries = page(q, 0, 3);
    QVERIFY(!entries.isEmpty());
    QSignalSpy proofs(m_engine.get(), &WorkstationEngine::proofReady);
    for (const TimelineEntry &e : entries) {
        QVERIFY(e.verification.height > 0);
        QCOMPARE(e.verification.members, 1);
        QCOMPARE(e.verification.signers, 1);
        QVERIFY(e.verification.provenAtHeight >= e.verification.height);
        const QList<QVariant> row = answer(proofs, m_engine->requestProof(e.txId));
        QVERIFY(!row.isEmpty());
        const ProofDetails proof = row.value(1).value<ProofDetails>();
        QVERIFY2(proof.summary.contains(QLatin1String("nothing was changed")), qPrintable(proof.summary));
        QCOMPARE(proof.signerOrgs.size(), 1);
        QCOMPARE(proof.leafHash.size(), 32);
    }
}

void TestWorkstationEngine::doctorCreatesARecordThatBecomesFinal()
{
    auto resource = FhirBuilder::vitalSign(m_patient, QStringLiteral("8867-4"), 72, std::nullopt,
                                           QDateTime::currentDateTimeUtc().addSecs(-60), QDateTime::currentDateTimeUtc());
    QVERIFY2(resource, qPrintable(resource ? QString() : resource.error().message));
    QSignalSpy pending(m_engine.get(), &WorkstationEngine::recordPending);
    QSignalSpy final(m_engine.get(), &WorkstationEngine::recordFinal);
    QSignalSpy failed(m_engine.get(), &WorkstationEngine::recordFailed);
    const quint64 id = m_engine->createRecord(m_patient, *resource);
    QVERIFY(!answer(pending, id).isEmpty());
    const QList<QVariant> row = answer(final, id, 30000);
    QVERIFY2(!row.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    const TimelineEntry receipt = row.value(1).value<TimelineEntry>();
    QVERIFY(receipt.verification.height > 0);

    // After the next sync it heads the timeline, readable and attributed.
    TimelineQuery q;
    q.patientId = m_patient;
    QTRY_VERIFY_WITH_TIMEOUT(page(q, 0, 1).value(0).txId == receipt.txId, 20000);
    const TimelineEntry e = page(q, 0, 1).first();
    QCOMPARE(e.kind, QStringLiteral("vitals"));
    QVERIFY2(e.title.contains(QLatin1String("72")), qPrintable(e.title));
    QCOMPARE(e.author, QStringLiteral("Dr. Amelia Hart"));
}

void TestWorkstationEngine::amendmentShowsItsHistory()
{
    TimelineQuery q;
    q.patientId = m_patient;
    const TimelineEntry original = page(q, 0, 1).first();
    auto corrected = FhirBuilder::vitalSign(m_patient, QStringLiteral("8867-4"), 76, std::nullopt,
                                            QDateTime::currentDateTimeUtc().addSecs(-60), QDateTime::currentDateTimeUtc());
    QVERIFY(corrected);
    QSignalSpy final(m_engine.get(), &WorkstationEngine::recordFinal);
    const quint64 id = m_engine->createRecord(m_patient, *corrected, {}, original.txId);
    QVERIFY(!answer(final, id, 30000).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(page(q, 0, 1).value(0).version == 2, 20000);
    const TimelineEntry latest = page(q, 0, 1).first();
    QVERIFY(latest.title.contains(QLatin1String("76")));
    QCOMPARE(latest.recordId, original.recordId);
    // The superseded version is no longer in the timeline, but in the history.
    for (const TimelineEntry &e : page(q, 0, 1000))
        QVERIFY(e.txId != original.txId);
    QSignalSpy history(m_engine.get(), &WorkstationEngine::recordHistoryReady);
    const QList<QVariant> row = answer(history, m_engine->requestRecordHistory(original.recordId));
    const QList<TimelineEntry> versions = row.value(1).value<QList<TimelineEntry>>();
    QCOMPARE(versions.size(), 2);
    QVERIFY(versions[0].title.contains(QLatin1String("72")));
    QVERIFY(versions[1].title.contains(QLatin1String("76")));
    QCOMPARE(versions[1].version, 2);
}

void TestWorkstationEngine::roleRulesAreReflectedBeforeSubmitting()
{
    QVERIFY(m_engine->mayAuthor(QStringLiteral("Condition")));
    QVERIFY(m_engine->mayImport());

    WorkstationEngine nurse(m_demo->settings(QStringLiteral("nurse-ws")));
    QSignalSpy started(&nurse, &WorkstationEngine::started);
    nurse.start();
    QVERIFY(started.wait(20000));
    signIn(nurse, QStringLiteral("nurse"));
    QVERIFY(nurse.mayAuthor(QStringLiteral("Observation")));
    QVERIFY(nurse.mayAuthor(QStringLiteral("DocumentReference")));
    QVERIFY(!nurse.mayAuthor(QStringLiteral("Condition")));
    QVERIFY(!nurse.mayAuthor(QStringLiteral("MedicationRequest")));
    QVERIFY(!nurse.mayImport());
    // Asked anyway, the engine refuses before anything reaches the network.
    auto condition = FhirBuilder::condition(m_patient, QStringLiteral("44054006"), QStringLiteral("active"),
                                            QDate::currentDate().addDays(-3), QString(), QDateTime::currentDateTimeUtc());
    QVERIFY2(condition, qPrintable(condition ? QString() : condition.error().message));
    QSignalSpy failed(&nurse, &WorkstationEngine::recordFailed);
    const quint64 id = nurse.createRecord(m_patient, *condition);
    const QList<QVariant> row = answer(failed, id);
    QCOMPARE(row.value(1).toString(), QStringLiteral("wrong_role"));

    // An EMR technician must name the clinician.
    WorkstationEngine emr(m_demo->settings(QStringLiteral("emr-ws")));
    QSignalSpy emrStarted(&emr, &WorkstationEngine::started);
    emr.start();
    QVERIFY(emrStarted.wait(20000));
    signIn(emr, QStringLiteral("emr_technician"));
    QCOMPARE(emr.clinicians().size(), 3); // the demo's two doctors and its nurse
    QSignalSpy emrFailed(&emr, &WorkstationEngine::recordFailed);
    QCOMPARE(answer(emrFailed, emr.createRecord(m_patient, *condition)).value(1).toString(),
             QStringLiteral("on_behalf_of_required"));
    QByteArray doctorKey;
    for (const UserProfile &c : emr.clinicians())
        if (c.name == QLatin1String("Dr. Amelia Hart"))
            doctorKey = c.publicKey;
    QSignalSpy emrFinal(&emr, &WorkstationEngine::recordFinal);
    QVERIFY(!answer(emrFinal, emr.createRecord(m_patient, *condition, doctorKey), 30000).isEmpty());
    TimelineQuery q;
    q.patientId = m_patient;
    QTRY_VERIFY_WITH_TIMEOUT(page(q, 0, 1).value(0).onBehalfOf == QLatin1String("Dr. Amelia Hart"), 20000);
    QCOMPARE(page(q, 0, 1).first().author, QStringLiteral("Priya Nair"));
}

void TestWorkstationEngine::importIsAllOrNothing()
{
    const PatientSummary p = m_engine->patients().last();
    const int before = p.recordCount;
    const SyntheticPatients generator(99);
    const SyntheticPatient donor = generator.make(3, QDateTime::currentDateTimeUtc());
    QJsonObject bundle = generator.bundle(donor);
    QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
    const int clinical = int(entries.size()) - 1; // all but the Patient entry

    // One entry broken: an Observation without its code.
    QJsonObject broken = entries[2].toObject();
    QJsonObject resource = broken.value(QStringLiteral("resource")).toObject();
    resource.insert(QStringLiteral("resourceType"), QStringLiteral("Observation"));
    resource.remove(QStringLiteral("code"));
    broken.insert(QStringLiteral("resource"), resource);
    QJsonArray withBroken = entries;
    withBroken[2] = broken;
    QJsonObject bad = bundle;
    bad.insert(QStringLiteral("entry"), withBroken);

    QSignalSpy previews(m_engine.get(), &WorkstationEngine::importPreviewReady);
    const quint64 badPreview = m_engine->previewImport(p.patientId, QJsonDocument(bad).toJson());
    const ImportPreview preview = answer(previews, badPreview).value(1).value<ImportPreview>();
    QCOMPARE(preview.invalid, 1);
    QCOMPARE(preview.rows[2].state, ImportRow::State::Invalid);
    QVERIFY(!preview.rows[2].reason.isEmpty());
    QSignalSpy failed(m_engine.get(), &WorkstationEngine::recordFailed);
    QCOMPARE(answer(failed, m_engine->commitImport(badPreview)).value(1).toString(), QStringLiteral("invalid_entry"));
    m_engine->syncNow();
    QTest::qWait(1500);
    for (const PatientSummary &s : m_engine->patients())
        if (s.patientId == p.patientId)
            QCOMPARE(s.recordCount, before);

    // The intact bundle imports every clinical entry.
    const quint64 good = m_engine->previewImport(p.patientId, QJsonDocument(bundle).toJson());
    const ImportPreview ok = answer(previews, good).value(1).value<ImportPreview>();
    QCOMPARE(ok.invalid, 0);
    QCOMPARE(ok.importable, clinical);
    QSignalSpy done(m_engine.get(), &WorkstationEngine::importDone);
    const QList<QVariant> row = answer(done, m_engine->commitImport(good), 30000);
    QVERIFY2(!row.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.last().value(2).toString()));
    QCOMPARE(row.value(1).toInt(), clinical);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const PatientSummary &s : m_engine->patients())
                if (s.patientId == p.patientId)
                    return s.recordCount == before + clinical;
            return false;
        }(),
        20000);
}

void TestWorkstationEngine::kioskConsentFlowWithWrongThenRightPrivateId()
{
    const QString patient = m_demo->patientIds().at(1);
    QSignalSpy refused(m_engine.get(), &WorkstationEngine::kioskRefused);
    QSignalSpy identified(m_engine.get(), &WorkstationEngine::kioskIdentified);
    // Wrong IDs: told so; after three, a pause that even the right ID must wait out.
    for (int i = 0; i < 3; ++i) {
        const QList<QVariant> row = answer(refused, m_engine->kioskIdentify(patient, QStringLiteral("WRNG-WRNG-WRN%1").arg(i)));
        QCOMPARE(row.value(1).toString(), QStringLiteral("wrong_private_id"));
        QCOMPARE(row.value(3).toInt() > 0, i == 2);
    }
    QList<QVariant> row = answer(refused, m_engine->kioskIdentify(patient, m_demo->privateId(patient)));
    QCOMPARE(row.value(1).toString(), QStringLiteral("rate_limited"));
    QVERIFY(identified.isEmpty());

    // Another patient is not affected; typing is forgiving about case and dashes.
    const QString other = m_demo->patientIds().at(2);
    const QString typed = m_demo->privateId(other).toLower().remove(u'-');
    row = answer(identified, m_engine->kioskIdentify(other, typed));
    QVERIFY(!row.isEmpty());
    QCOMPARE(row.value(1).value<PatientSummary>().patientId, other);

    QSignalSpy done(m_engine.get(), &WorkstationEngine::kioskDone);
    const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(365);
    QVERIFY(!answer(done, m_engine->kioskGrant({}, QStringLiteral("treatment"), expires), 30000).isEmpty());
    QSignalSpy consents(m_engine.get(), &WorkstationEngine::kioskConsentsReady);
    m_engine->syncNow();
    QList<ConsentInfo> list;
    QTRY_VERIFY_WITH_TIMEOUT((list = answer(consents, m_engine->kioskConsents()).value(1).value<QList<ConsentInfo>>()).size() == 1,
                             20000);
    QVERIFY(list.first().active);
    QCOMPARE(list.first().granteeOrg, QString::fromLatin1(DemoWorkstation::Org));
    QCOMPARE(list.first().purpose, QStringLiteral("treatment"));

    // The patient reads their own records with their own key, and takes them home.
    QSignalSpy pages(m_engine.get(), &WorkstationEngine::timelinePage);
    const QList<TimelineEntry> own = answer(pages, m_engine->kioskTimeline({}, 0, 100)).value(1).value<QList<TimelineEntry>>();
    QVERIFY(!own.isEmpty());
    for (const TimelineEntry &e : own)
        QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
    QSignalSpy exports(m_engine.get(), &WorkstationEngine::exportReady);
    const QByteArray bundle = answer(exports, m_engine->kioskExport()).value(1).toByteArray();
    const QJsonObject parsed = QJsonDocument::fromJson(bundle).object();
    QCOMPARE(parsed.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
    QCOMPARE(parsed.value(QStringLiteral("entry")).toArray().size(), own.size() + 1); // and the Patient

    // Revoking ends it.
    QVERIFY(!answer(done, m_engine->kioskRevoke(list.first().consentId), 30000).isEmpty());
    m_engine->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!answer(consents, m_engine->kioskConsents()).value(1).value<QList<ConsentInfo>>().value(0).active,
                             20000);
    m_engine->kioskEnd();
    QCOMPARE(answer(pages, m_engine->kioskTimeline({}, 0, 10)).size(), 0); // nothing without the patient
}

void TestWorkstationEngine::viewsLeaveAccessEventsOnTheLedger()
{
    // One more view, so that the flush has something to send even if a full batch went out on its own.
    QSignalSpy headers(m_engine.get(), &WorkstationEngine::patientHeaderReady);
    QVERIFY(!answer(headers, m_engine->requestPatientHeader(m_patient)).isEmpty());
    QSignalSpy logged(m_engine.get(), &WorkstationEngine::accessLogged);
    m_engine->flushAccessLog();
    QVERIFY(logged.wait(30000));
    QVERIFY(logged.first().value(0).toInt() > 0);
    // On the ledger: views by the doctor at this workstation, and the failed private IDs.
    int views = 0, failedIds = 0, kioskViews = 0;
    const auto count = [&] {
        views = failedIds = kioskViews = 0;
        for (const QByteArray &bytes : m_demo->transactionsOfType(TxType::AccessLog)) {
            const auto tx = Transaction::decode(bytes);
            const auto log = AccessLog::decode(tx->body);
            if (!log || log->workstation != QLatin1String("test-ws"))
                continue;
            for (const AccessEvent &e : log->events) {
                views += e.action == AccessAction::View;
                failedIds += e.action == AccessAction::PrivateIdFailed;
                kioskViews += e.action == AccessAction::KioskView;
            }
        }
        return failedIds == 3;
    };
    QTRY_VERIFY_WITH_TIMEOUT(count(), 20000);
    QVERIFY(views > 10);
    QCOMPARE(failedIds, 3);
    QVERIFY(kioskViews > 0);
}

void TestWorkstationEngine::lockKeepsTheSessionAndNeedsThePassword()
{
    QSignalSpy locked(m_engine.get(), &WorkstationEngine::locked);
    m_engine->lock();
    QVERIFY(locked.wait(10000));
    QVERIFY(m_engine->isLocked());
    QVERIFY(m_engine->patients().isEmpty());
    QSignalSpy failed(m_engine.get(), &WorkstationEngine::requestFailed);
    TimelineQuery q;
    q.patientId = m_patient;
    QCOMPARE(answer(failed, m_engine->requestTimeline(q, 0, 5)).value(1).toString(), QStringLiteral("locked"));

    QSignalSpy unlockFailed(m_engine.get(), &WorkstationEngine::unlockFailed);
    m_engine->unlock(QStringLiteral("not it"));
    QVERIFY(unlockFailed.wait(10000));
    QSignalSpy unlocked(m_engine.get(), &WorkstationEngine::unlocked);
    m_engine->unlock(QString::fromLatin1(Password));
    QVERIFY(unlocked.wait(10000));
    QVERIFY(!m_engine->isLocked());
    QTRY_VERIFY_WITH_TIMEOUT(!m_engine->patients().isEmpty(), 10000);
    QVERIFY(!page(q, 0, 5).isEmpty()); // no new TOTP needed: the session lived on
}

// Input keeps the session open; a minute without any locks it.
void TestWorkstationEngine::inactivityLocksTheSession()
{
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    // A user who has not signed in yet in this suite: a TOTP code is good for one sign-in only.
    EngineSettings settings = m_demo->settings(QStringLiteral("compliance-ws"));
    settings.lockAfterMs = 60'000;
    WorkstationEngine officer(settings, clock);
    QSignalSpy started(&officer, &WorkstationEngine::started);
    officer.start();
    QVERIFY(started.wait(20000));
    signIn(officer, QStringLiteral("compliance_officer"));
    QSignalSpy locked(&officer, &WorkstationEngine::locked);
    clock.advance(50'000);
    officer.noteActivity();
    clock.advance(50'000); // 100 s signed in, but only 50 s since the last input
    QTest::qWait(1500);    // the lock checks once a second
    QVERIFY(locked.isEmpty());
    QVERIFY(!officer.isLocked());
    clock.advance(11'000);
    QVERIFY(locked.wait(5000));
    QVERIFY(officer.isLocked());
}

void TestWorkstationEngine::signOutForgetsEverything()
{
    QSignalSpy out(m_engine.get(), &WorkstationEngine::signedOut);
    m_engine->signOut();
    QVERIFY(out.wait(10000));
    QVERIFY(!m_engine->user().enrolled);
    QVERIFY(m_engine->patients().isEmpty());
    QSignalSpy failed(m_engine.get(), &WorkstationEngine::requestFailed);
    TimelineQuery q;
    q.patientId = m_patient;
    QVERIFY(!answer(failed, m_engine->requestTimeline(q, 0, 5)).isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkstationEngine)
#include "tst_workstationengine.moc"
