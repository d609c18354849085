// AuditExport: the CSV (RFC 4180) and FHIR AuditEvent (IHE BALP) forms of
// audit rows — columns, quoting of awkward names, and the AuditEvent shape of
// reads, creations, updates and refused transactions.

#include "workstation/AuditExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace careledger;

namespace {
AuditRow row(int action, quint16 code = 0)
{
    AuditRow r;
    r.logIndex = 42;
    r.height = 7;
    r.ordinal = 3;
    r.timeMs = 1764493200000; // 2025-11-30T09:00:00Z
    r.userKey = QByteArray(32, '\x11');
    r.userName = QStringLiteral("Hart, \"Amy\"");
    r.role = QStringLiteral("doctor");
    r.org = QStringLiteral("st-marys");
    r.patientId = QStringLiteral("P-000001");
    r.action = action;
    r.workstation = QStringLiteral("ward-3-pc");
    r.code = code;
    return r;
}

QJsonObject eventOf(const AuditRow &r)
{
    const QJsonObject bundle = QJsonDocument::fromJson(AuditExport::fhirBundle({r}, {{r.org, QStringLiteral("St Mary's")}}, 0)).object();
    return bundle.value(QStringLiteral("entry")).toArray()[0].toObject().value(QStringLiteral("resource")).toObject();
}
} // namespace

class TestAuditExport : public QObject {
    Q_OBJECT

private slots:
    void csvHasTheColumnsAndQuotes();
    void auditEventShape_data();
    void auditEventShape();
    void auditEventNamesWhoWhatWhereAndTheLedgerPosition();
};

void TestAuditExport::csvHasTheColumnsAndQuotes()
{
    const QByteArray csv = AuditExport::csv({row(int(AccessAction::View)), row(AuditAction::ofTx(TxType::RecordCreate), 6)},
                                            {{QStringLiteral("st-marys"), QStringLiteral("St Mary's, London")}});
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, the final CRLF
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(QString::fromUtf8(lines[0].trimmed()), AuditExport::csvColumns().join(QLatin1Char(',')));
    QCOMPARE(AuditExport::csvColumns().size(), 14);
    QVERIFY(lines[1].startsWith("2025-11-30T09:00:00.000Z,\"Hart, \"\"Amy\"\"\","));
    QVERIFY(lines[1].contains(",\"St Mary's, London\","));
    QVERIFY(lines[1].contains(",View,ward-3-pc,7,42,3,valid"));
    QVERIFY(lines[2].contains(",Record created,"));
    QVERIFY(lines[2].trimmed().endsWith("refused (6)"));
}

void TestAuditExport::auditEventShape_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("fhirAction");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("view") << int(AccessAction::View) << 0 << "PatientRead" << "R" << "0";
    QTest::newRow("wrong private id") << int(AccessAction::PrivateIdFailed) << 0 << "PatientRead" << "R" << "4";
    QTest::newRow("record created") << AuditAction::ofTx(TxType::RecordCreate) << 0 << "PatientCreate" << "C" << "0";
    QTest::newRow("record amended") << AuditAction::ofTx(TxType::RecordAmend) << 0 << "PatientUpdate" << "U" << "0";
    QTest::newRow("consent refused") << AuditAction::ofTx(TxType::ConsentGrant) << 25 << "PatientUpdate" << "U" << "8";
}

void TestAuditExport::auditEventShape()
{
    QFETCH(int, action);
    QFETCH(int, code);
    QFETCH(QString, profile);
    QFETCH(QString, fhirAction);
    QFETCH(QString, outcome);
    const QJsonObject e = eventOf(row(action, quint16(code)));
    QCOMPARE(e.value(QStringLiteral("resourceType")).toString(), QStringLiteral("AuditEvent"));
    QCOMPARE(e.value(QStringLiteral("meta")).toObject().value(QStringLiteral("profile")).toArray()[0].toString(),
             QStringLiteral("https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.") + profile);
    QCOMPARE(e.value(QStringLiteral("action")).toString(), fhirAction);
    QCOMPARE(e.value(QStringLiteral("outcome")).toString(), outcome);
    QCOMPARE(e.value(QStringLiteral("type")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("rest"));
    QCOMPARE(e.value(QStringLiteral("recorded")).toString(), QStringLiteral("2025-11-30T09:00:00.000Z"));
}

void TestAuditExport::auditEventNamesWhoWhatWhereAndTheLedgerPosition()
{
    AuditRow r = row(int(AccessAction::Export));
    r.recordTx = QByteArray(32, '\x22');
    const QJsonObject e = eventOf(r);
    const QJsonObject agent = e.value(QStringLiteral("agent")).toArray()[0].toObject();
    QCOMPARE(agent.value(QStringLiteral("who")).toObject().value(QStringLiteral("identifier")).toObject().value(QStringLiteral("value")).toString(),
             QString(64, QLatin1Char('1')));
    QCOMPARE(agent.value(QStringLiteral("network")).toObject().value(QStringLiteral("address")).toString(), QStringLiteral("ward-3-pc"));
    QCOMPARE(agent.value(QStringLiteral("role")).toArray()[0].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("doctor"));
    QCOMPARE(e.value(QStringLiteral("source")).toObject().value(QStringLiteral("site")).toString(), QStringLiteral("St Mary's"));
    const QJsonArray entities = e.value(QStringLiteral("entity")).toArray();
    QCOMPARE(entities.size(), 3); // patient, record, ledger position
    QCOMPARE(entities[0].toObject().value(QStringLiteral("what")).toObject().value(QStringLiteral("reference")).toString(),
             QStringLiteral("Patient/P-000001"));
    QCOMPARE(entities[1].toObject().value(QStringLiteral("what")).toObject().value(QStringLiteral("identifier")).toObject()
                 .value(QStringLiteral("value")).toString(),
             QString(64, QLatin1Char('2')));
    const QJsonArray detail = entities[2].toObject().value(QStringLiteral("detail")).toArray();
    QCOMPARE(detail[0].toObject().value(QStringLiteral("valueString")).toString(), QStringLiteral("7"));
    // The bundle is a collection with one entry per row.
    const QJsonObject bundle = QJsonDocument::fromJson(AuditExport::fhirBundle({r, r}, {}, 0)).object();
    QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
    QCOMPARE(bundle.value(QStringLiteral("entry")).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestAuditExport)
#include "tst_auditexport.moc"
