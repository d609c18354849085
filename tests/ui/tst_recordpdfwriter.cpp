#include "export/RecordPdfWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace careledger;

namespace {

PatientSummary patient()
{
    PatientSummary p;
    p.patientId = QStringLiteral("P-000042");
    p.family = QStringLiteral("Testperson");
    p.given = QStringLiteral("Alex");
    p.gender = QStringLiteral("female");
    p.birthDate = QDate(1971, 3, 9);
    return p;
}

TimelineEntry entry(int i, const QString &kind)
{
    TimelineEntry e;
    e.txId = QByteArray(32, char(i));
    e.recordId = e.txId;
    e.kind = kind;
    e.resourceType = QStringLiteral("Observation");
    e.title = QStringLiteral("Entry %1 of kind %2").arg(i).arg(kind);
    e.detail = QStringLiteral("Detail line for entry %1, long enough to wrap in the table cell of the PDF if the "
                              "column is narrow, which it is.")
                   .arg(i);
    e.status = QStringLiteral("final");
    e.clinicalTime = QDateTime(QDate(2023, 1, 1).addDays(i), QTime(9, 30), Qt::UTC);
    e.recordedTime = e.clinicalTime.addSecs(60);
    e.author = QStringLiteral("Dr. Example");
    e.authorRole = QStringLiteral("doctor");
    e.org = QStringLiteral("Example Hospital");
    e.verification.height = 100 + quint64(i);
    e.verification.signers = 1;
    e.verification.members = 1;
    return e;
}

QList<TimelineEntry> entries(int n)
{
    static const QStringList kinds = {QStringLiteral("vitals"), QStringLiteral("condition"),
                                      QStringLiteral("medication"), QStringLiteral("allergy"),
                                      QStringLiteral("note")};
    QList<TimelineEntry> list;
    for (int i = 0; i < n; ++i)
        list.append(entry(i, kinds.at(i % kinds.size())));
    return list;
}

// Page objects in the PDF ("/Type /Page", not "/Pages"): Qt writes the object
// dictionaries uncompressed.
int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression re(QStringLiteral("/Type\\s*/Page(?![s])"));
    int n = 0;
    auto it = re.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

const QDateTime generated(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TestRecordPdfWriter : public QObject {
    Q_OBJECT
private slots:
    void writesPdf_data();
    void writesPdf();
    void groupsByKindInClinicalOrder();
    void escapesContent();
    void showsUnreadableAndAbnormalEntries();
    void unwritablePathLeavesNoFile();
    void failingDeviceReportsError();
};

void TestRecordPdfWriter::writesPdf_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("minPages");
    QTest::addColumn<int>("maxPages");
    QTest::newRow("empty: title page + 'no records'") << 0 << 2 << 2;
    QTest::newRow("one entry") << 1 << 2 << 2;
    QTest::newRow("200 entries") << 200 << 8 << 60;
}

void TestRecordPdfWriter::writesPdf()
{
    QFETCH(int, count);
    QFETCH(int, minPages);
    QFETCH(int, maxPages);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("record.pdf"));

    const Status s = RecordPdfWriter::write(path, patient(), entries(count), generated);
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));

    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    const int pages = pageCount(pdf);
    QVERIFY2(pages >= minPages && pages <= maxPages, qPrintable(QStringLiteral("%1 pages").arg(pages)));
    // Only the PDF is left in the folder (QSaveFile's temporary is gone).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("record.pdf")});
}

void TestRecordPdfWriter::groupsByKindInClinicalOrder()
{
    const QStringList order = RecordPdfWriter::kindOrder(entries(10) + QList<TimelineEntry>{entry(99, "zeta"),
                                                                                             entry(98, "alpha")});
    QCOMPARE(order, (QStringList{"allergy", "condition", "medication", "vitals", "note", "alpha", "zeta"}));

    const QString html = RecordPdfWriter::html(patient(), entries(10), generated);
    QVERIFY(html.contains(QStringLiteral("Alex Testperson")));
    QVERIFY(html.contains(QStringLiteral("P-000042")));
    // Within a group, newest first: entry 8 (allergy, day 8) before entry 3 (allergy, day 3).
    const auto e8 = html.indexOf(QStringLiteral("Entry 8 of kind allergy"));
    const auto e3 = html.indexOf(QStringLiteral("Entry 3 of kind allergy"));
    QVERIFY(e8 >= 0 && e3 > e8);
    // Allergies before vital signs.
    QVERIFY(e3 < html.indexOf(QStringLiteral("Entry 0 of kind vitals")));
    QVERIFY(html.contains(QStringLiteral("Final in block 108")));
}

void TestRecordPdfWriter::escapesContent()
{
    TimelineEntry e = entry(1, QStringLiteral("note"));
    e.title = QStringLiteral("<b>bold</b> & <script>x</script>");
    PatientSummary p = patient();
    p.family = QStringLiteral("O'Brien <Jr>");
    const QString html = RecordPdfWriter::html(p, {e}, generated);
    QVERIFY(!html.contains(QStringLiteral("<script>")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;Jr&gt;")));
}

void TestRecordPdfWriter::showsUnreadableAndAbnormalEntries()
{
    TimelineEntry unreadable = entry(1, QStringLiteral("vitals"));
    unreadable.error = QStringLiteral("payload erased");
    TimelineEntry abnormal = entry(2, QStringLiteral("vitals"));
    abnormal.abnormal = true;
    TimelineEntry amended = entry(3, QStringLiteral("condition"));
    amended.version = 2;
    amended.onBehalfOf = QStringLiteral("Dr. Clinician");
    const QString html = RecordPdfWriter::html(patient(), {unreadable, abnormal, amended}, generated);
    QVERIFY(html.contains(QStringLiteral("Not readable here: payload erased")));
    QVERIFY(!html.contains(QStringLiteral("Entry 1 of kind vitals")));
    QVERIFY(html.contains(QStringLiteral("outside the normal range")));
    QVERIFY(html.contains(QStringLiteral("version 2")));
    QVERIFY(html.contains(QStringLiteral("for Dr. Clinician")));
}

void TestRecordPdfWriter::unwritablePathLeavesNoFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A folder that does not exist, and a path that is a folder.
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/record.pdf"));
    Status s = RecordPdfWriter::write(missing, patient(), entries(3), generated);
    QVERIFY(!s.ok());
    QVERIFY(!s.error().message.isEmpty());
    QVERIFY(!QFileInfo::exists(missing));

    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder.pdf")));
    s = RecordPdfWriter::write(dir.filePath(QStringLiteral("folder.pdf")), patient(), entries(3), generated);
    QVERIFY(!s.ok());
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("folder.pdf"))).isDir());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{});
}

void TestRecordPdfWriter::failingDeviceReportsError()
{
    QFile full(QStringLiteral("/dev/full"));
    if (!full.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        QSKIP("no /dev/full here");
    const Status s = RecordPdfWriter::write(&full, patient(), entries(20), generated);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, QStringLiteral("pdf_write_failed"));

    QFile closed(QStringLiteral("/dev/null"));
    QVERIFY(!RecordPdfWriter::write(&closed, patient(), entries(1), generated).ok());
}

QTEST_MAIN(TestRecordPdfWriter)
#include "tst_recordpdfwriter.moc"
