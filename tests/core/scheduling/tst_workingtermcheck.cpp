#include "../storage/storagetestsupport.h"

#include "model/workingterm.h"
#include "scheduling/workingtermcheck.h"
#include "storage/clinicianrepository.h"
#include "storage/workingtermrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

namespace {

WorkingTerm term(qint64 clinicianId, QDate from, QDate to = {})
{
    WorkingTerm record;
    record.clinician_id = clinicianId;
    record.start_date = from;
    record.end_date = to;
    return record;
}

} // namespace

class TestWorkingTermCheck : public QObject
{
    Q_OBJECT

private slots:
    void overlapsAreFoundAndNamed_data();
    void overlapsAreFoundAndNamed();
    void editedTermDoesNotOverlapItself();
    void ownErrorsComeFirst();
};

void TestWorkingTermCheck::overlapsAreFoundAndNamed_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("named"); // the stored terms the message names

    // Stored: 2026-01-01 to 2026-06-30, and 2026-09-01 open-ended.
    const QString first = u"2026-01-01 to 2026-06-30"_s;
    const QString second = u"2026-09-01, open-ended"_s;
    QTest::newRow("in the gap") << QDate(2026, 7, 1) << QDate(2026, 8, 31) << QStringList();
    QTest::newRow("last day of the first") << QDate(2026, 6, 30) << QDate(2026, 8, 31) << QStringList{first};
    QTest::newRow("first day of the second") << QDate(2026, 7, 1) << QDate(2026, 9, 1) << QStringList{second};
    QTest::newRow("open-ended in the gap") << QDate(2026, 7, 1) << QDate() << QStringList{second};
    QTest::newRow("around both") << QDate(2025, 1, 1) << QDate(2027, 1, 1) << QStringList{first, second};
    QTest::newRow("before both") << QDate(2025, 1, 1) << QDate(2025, 12, 31) << QStringList();
}

void TestWorkingTermCheck::overlapsAreFoundAndNamed()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, named);
    QTemporaryDir dir;
    auto workspace = freshWorkspace(dir);
    QVERIFY(workspace);
    Clinician anna = clinician(u"Anna Kowalski"_s);
    Clinician ben = clinician(u"Ben Carr"_s);
    QVERIFY(ClinicianRepository(*workspace).create(anna).ok());
    QVERIFY(ClinicianRepository(*workspace).create(ben).ok());
    WorkingTermRepository terms(*workspace);
    WorkingTerm first = term(anna.id, QDate(2026, 1, 1), QDate(2026, 6, 30));
    WorkingTerm second = term(anna.id, QDate(2026, 9, 1));
    WorkingTerm bens = term(ben.id, QDate(2020, 1, 1)); // another clinician's terms never overlap Anna's
    QVERIFY(terms.create(first).ok());
    QVERIFY(terms.create(second).ok());
    QVERIFY(terms.create(bens).ok());

    const WorkingTerm candidate = term(anna.id, from, to);
    QCOMPARE(terms.overlapping(candidate).size(), named.size());
    const FieldErrors errors = WorkingTermCheck(*workspace).check(candidate);
    QCOMPARE(errors.size(), named.size());
    for (qsizetype n = 0; n < named.size(); ++n) {
        QCOMPARE(errors.at(n).field, u"start_date"_s);
        QVERIFY2(errors.at(n).message.contains(WorkingTermCheck::dateRange(candidate)), qPrintable(errors.at(n).message));
        QVERIFY2(errors.at(n).message.contains(named.at(n)), qPrintable(errors.at(n).message));
    }
}

void TestWorkingTermCheck::editedTermDoesNotOverlapItself()
{
    QTemporaryDir dir;
    auto workspace = freshWorkspace(dir);
    QVERIFY(workspace);
    Clinician anna = clinician(u"Anna Kowalski"_s);
    QVERIFY(ClinicianRepository(*workspace).create(anna).ok());
    WorkingTerm stored = term(anna.id, QDate(2026, 1, 1), QDate(2026, 12, 31));
    QVERIFY(WorkingTermRepository(*workspace).create(stored).ok());
    WorkingTerm longer = stored;
    longer.end_date = QDate();
    QCOMPARE(WorkingTermCheck(*workspace).check(longer), FieldErrors());
}

void TestWorkingTermCheck::ownErrorsComeFirst()
{
    QTemporaryDir dir;
    auto workspace = freshWorkspace(dir);
    QVERIFY(workspace);
    Clinician anna = clinician(u"Anna Kowalski"_s);
    QVERIFY(ClinicianRepository(*workspace).create(anna).ok());
    WorkingTerm bad = term(anna.id, QDate(2026, 1, 1));
    bad.percentage = 0.0;
    const FieldErrors errors = WorkingTermCheck(*workspace).check(bad);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().field, u"percentage"_s);
    QCOMPARE(WorkingTermCheck::dateRange(term(anna.id, QDate(2026, 1, 1), QDate(2026, 3, 31))), u"2026-01-01 to 2026-03-31"_s);
}

QTEST_GUILESS_MAIN(TestWorkingTermCheck)
#include "tst_workingtermcheck.moc"
