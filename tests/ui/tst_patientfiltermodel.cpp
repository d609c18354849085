#include "patients/PatientFilterModel.h"
#include "patients/PatientListModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace careledger;

namespace {

PatientSummary patient(const QString &id, const QString &family, const QString &given, const QDate &birth,
                       const QString &gender = QStringLiteral("female"), int records = 3)
{
    PatientSummary p;
    p.patientId = id;
    p.family = family;
    p.given = given;
    p.birthDate = birth;
    p.gender = gender;
    p.recordCount = records;
    return p;
}

QList<PatientSummary> ward()
{
    return {
        patient(QStringLiteral("P-000001"), QStringLiteral("Hart"), QStringLiteral("Amelia"), QDate(1957, 3, 12)),
        patient(QStringLiteral("P-000002"), QStringLiteral("Müller"), QStringLiteral("Jürgen Karl"), QDate(1980, 11, 2),
                QStringLiteral("male")),
        patient(QStringLiteral("P-000042"), QStringLiteral("Hartmann"), QStringLiteral("Zoë"), QDate(2001, 1, 5)),
        patient(QStringLiteral("P-000100"), QStringLiteral("O'Brien-Smith"), QStringLiteral("Sean"), QDate(1957, 7, 30),
                QStringLiteral("male")),
        patient(QStringLiteral("P-000123"), QStringLiteral("Nguyen"), QStringLiteral("Lan"), QDate(1992, 12, 3)),
    };
}

QStringList shownIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.index(r, 0).data(PatientListModel::PatientIdRole).toString();
    return ids;
}

} // namespace

class TestPatientFilterModel : public QObject {
    Q_OBJECT
private slots:
    void filters_data();
    void filters();
    void sortsByNameUnlessTold();
    void listModelColumns();
    void sameRowsKeepTheModel();
    void ageText_data();
    void ageText();
};

void TestPatientFilterModel::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // sorted by name

    const QString hart = QStringLiteral("P-000001");
    const QString muller = QStringLiteral("P-000002");
    const QString hartmann = QStringLiteral("P-000042");
    const QString obrien = QStringLiteral("P-000100");
    const QString nguyen = QStringLiteral("P-000123");

    QTest::newRow("empty: everyone") << QString() << QStringList{hart, hartmann, muller, nguyen, obrien};
    QTest::newRow("spaces only") << QStringLiteral("   ") << QStringList{hart, hartmann, muller, nguyen, obrien};
    QTest::newRow("family prefix") << QStringLiteral("har") << QStringList{hart, hartmann};
    QTest::newRow("case ignored") << QStringLiteral("HART") << QStringList{hart, hartmann};
    QTest::newRow("given name") << QStringLiteral("amelia") << QStringList{hart};
    QTest::newRow("both parts, any order") << QStringLiteral("am har") << QStringList{hart};
    QTest::newRow("family, given with comma") << QStringLiteral("Hart, A") << QStringList{hart};
    QTest::newRow("accents ignored") << QStringLiteral("muller") << QStringList{muller};
    QTest::newRow("accents typed") << QStringLiteral("Mül") << QStringList{muller};
    QTest::newRow("second given name") << QStringLiteral("karl") << QStringList{muller};
    QTest::newRow("accented given typed plain") << QStringLiteral("zoe") << QStringList{hartmann};
    QTest::newRow("hyphenated family part") << QStringLiteral("smith") << QStringList{obrien};
    QTest::newRow("apostrophe part") << QStringLiteral("brien") << QStringList{obrien};
    QTest::newRow("middle of a name is no match") << QStringLiteral("art") << QStringList{};
    QTest::newRow("full patient id") << QStringLiteral("P-000042") << QStringList{hartmann};
    QTest::newRow("patient id lower case") << QStringLiteral("p-000042") << QStringList{hartmann};
    QTest::newRow("patient id digits") << QStringLiteral("123") << QStringList{nguyen};
    QTest::newRow("dd.mm.yyyy") << QStringLiteral("12.03.1957") << QStringList{hart};
    QTest::newRow("d.m.yyyy") << QStringLiteral("5.1.2001") << QStringList{hartmann};
    QTest::newRow("yyyy-mm-dd") << QStringLiteral("1980-11-02") << QStringList{muller};
    QTest::newRow("dd/mm/yyyy") << QStringLiteral("03/12/1992") << QStringList{nguyen};
    QTest::newRow("partial dd.mm.") << QStringLiteral("30.07.") << QStringList{obrien};
    QTest::newRow("partial iso year-") << QStringLiteral("1957-") << QStringList{hart, obrien};
    QTest::newRow("year of birth") << QStringLiteral("1957") << QStringList{hart, obrien};
    QTest::newRow("year and name") << QStringLiteral("1957 sean") << QStringList{obrien};
    QTest::newRow("date and wrong name") << QStringLiteral("12.03.1957 nguyen") << QStringList{};
    QTest::newRow("impossible date") << QStringLiteral("31.02.1957") << QStringList{};
    QTest::newRow("nobody") << QStringLiteral("zzz") << QStringList{};
}

void TestPatientFilterModel::filters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    PatientListModel source;
    source.setPatients(ward());
    PatientFilterModel filter;
    filter.setSourceModel(&source);
    filter.setQuery(query);
    QCOMPARE(shownIds(filter), expected);
    QCOMPARE(filter.query(), query);
}

void TestPatientFilterModel::sortsByNameUnlessTold()
{
    PatientListModel source;
    PatientFilterModel filter;
    filter.setSourceModel(&source);
    source.setPatients(ward());
    QCOMPARE(shownIds(filter).first(), QStringLiteral("P-000001"));
    filter.sort(PatientListModel::BirthDateColumn, Qt::DescendingOrder);
    QCOMPARE(shownIds(filter).first(), QStringLiteral("P-000042")); // born 2001
    filter.sort(PatientListModel::RecordsColumn, Qt::AscendingOrder);
    QCOMPARE(filter.rowCount(), 5);
}

void TestPatientFilterModel::listModelColumns()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    PatientListModel model;
    model.setPatients(ward());
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), int(PatientListModel::ColumnCount));
    QCOMPARE(model.index(0, PatientListModel::NameColumn).data().toString(), QStringLiteral("Hart, Amelia"));
    QVERIFY(model.index(0, PatientListModel::BirthDateColumn).data().toString().startsWith(QStringLiteral("12.03.1957 (")));
    QCOMPARE(model.index(1, PatientListModel::SexColumn).data().toString(), QStringLiteral("Male"));
    QCOMPARE(model.index(2, PatientListModel::PatientIdColumn).data().toString(), QStringLiteral("P-000042"));
    QCOMPARE(model.index(2, PatientListModel::RecordsColumn).data().toString(), QStringLiteral("3"));
    QCOMPARE(model.rowOf(QStringLiteral("P-000100")), 3);
    QCOMPARE(model.rowOf(QStringLiteral("P-999999")), -1);
    QCOMPARE(model.headerData(PatientListModel::PatientIdColumn, Qt::Horizontal).toString(), QStringLiteral("Patient ID"));
    QCOMPARE(PatientListModel::dateText(QDate(2024, 1, 5)), QStringLiteral("05.01.2024"));
    QLocale::setDefault(QLocale::c());
}

void TestPatientFilterModel::sameRowsKeepTheModel()
{
    // A sync round with the same patients must not reset the view (selection, scroll).
    PatientListModel model;
    model.setPatients(ward());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QList<PatientSummary> again = ward();
    again[0].recordCount = 9;
    model.setPatients(again);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(model.index(0, PatientListModel::RecordsColumn).data().toInt(), 9);

    again.removeLast();
    model.setPatients(again);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 4);
}

void TestPatientFilterModel::ageText_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("expected");
    QTest::newRow("adult") << QDate(1957, 3, 12) << QDate(2025, 3, 11) << QStringLiteral("67 y");
    QTest::newRow("birthday") << QDate(1957, 3, 12) << QDate(2025, 3, 12) << QStringLiteral("68 y");
    QTest::newRow("toddler in months") << QDate(2023, 6, 1) << QDate(2025, 3, 12) << QStringLiteral("21 mo");
    QTest::newRow("two years") << QDate(2023, 3, 12) << QDate(2025, 3, 12) << QStringLiteral("2 y");
    QTest::newRow("newborn in days") << QDate(2025, 3, 1) << QDate(2025, 3, 12) << QStringLiteral("11 d");
    QTest::newRow("future birth date") << QDate(2026, 1, 1) << QDate(2025, 3, 12) << QString();
}

void TestPatientFilterModel::ageText()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, today);
    QFETCH(QString, expected);
    QCOMPARE(PatientListModel::ageText(birth, today), expected);
}

QTEST_GUILESS_MAIN(TestPatientFilterModel)
#include "tst_patientfiltermodel.moc"
