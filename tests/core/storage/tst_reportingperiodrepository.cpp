#include "storagetestsupport.h"

#include "storage/journal.h"
#include "storage/reportingperiodrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

class TestReportingPeriodRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    qint64 add(const QString &name, QDate start, QDate end)
    {
        ReportingPeriod period;
        period.name = name;
        period.start_date = start;
        period.end_date = end;
        const StorageError error = ReportingPeriodRepository(*m_workspace).create(period);
        if (!error.ok())
            qWarning("%s", qPrintable(error.message));
        return period.id;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = openWorkspace(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".rota"_s));
        QVERIFY(m_workspace);
    }

    void cleanup() { m_workspace.reset(); }

    void listedByFirstDay()
    {
        add(u"Period 2"_s, QDate(2026, 12, 2), QDate(2027, 4, 6));
        add(u"Period 1"_s, QDate(2026, 8, 5), QDate(2026, 12, 1));
        QStringList names;
        for (const ReportingPeriod &period : ReportingPeriodRepository(*m_workspace).all())
            names << period.name;
        QCOMPARE(names, (QStringList{u"Period 1"_s, u"Period 2"_s}));
    }

    void findsByNameAndDay()
    {
        const qint64 one = add(u"Period 1"_s, QDate(2026, 8, 5), QDate(2026, 12, 1));
        const qint64 two = add(u"Period 2"_s, QDate(2026, 12, 2), QDate(2027, 4, 6));
        const ReportingPeriodRepository periods(*m_workspace);
        QCOMPARE(periods.findByName(u"Period 2"_s)->id, two);
        QVERIFY(!periods.findByName(u"period 2"_s));
        QCOMPARE(periods.containing(QDate(2026, 12, 1))->id, one);
        QCOMPARE(periods.containing(QDate(2026, 12, 2))->id, two);
        QVERIFY(!periods.containing(QDate(2026, 8, 4)));
        QVERIFY(!periods.containing(QDate(2027, 4, 7)));
    }

    void overlappingPeriodsGiveTheLaterStart()
    {
        add(u"Year"_s, QDate(2026, 1, 1), QDate(2026, 12, 31));
        const qint64 autumn = add(u"Autumn"_s, QDate(2026, 9, 1), QDate(2026, 11, 30));
        QCOMPARE(ReportingPeriodRepository(*m_workspace).containing(QDate(2026, 11, 23))->id, autumn);
    }

    void nameIsUnique()
    {
        add(u"Period 1"_s, QDate(2026, 8, 5), QDate(2026, 12, 1));
        ReportingPeriod copy;
        copy.name = u"Period 1"_s;
        copy.start_date = QDate(2027, 1, 1);
        copy.end_date = QDate(2027, 2, 1);
        const StorageError error = ReportingPeriodRepository(*m_workspace).create(copy);
        QVERIFY(!error.ok());
        QVERIFY2(error.message.contains(u"name"_s), qPrintable(error.message));
        QCOMPARE(ReportingPeriodRepository(*m_workspace).count(), 1);
    }

    void editsAreJournaled()
    {
        const qint64 id = add(u"Period 1"_s, QDate(2026, 8, 5), QDate(2026, 12, 1));
        ReportingPeriodRepository periods(*m_workspace);
        ReportingPeriod period = *periods.get(id);
        period.end_date = QDate(2026, 12, 8);
        QVERIFY(periods.update(period).ok());
        const QList<JournalEntry> entries = Journal(*m_workspace).entriesForRecord(u"reporting_period"_s, id);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).operation, u"update"_s);
        QCOMPARE(entries.at(1).after.value(u"end_date"_s).toString(), u"2026-12-08"_s);
        QCOMPARE(entries.at(1).before.value(u"end_date"_s).toString(), u"2026-12-01"_s);
    }

    void invalidPeriodIsRefusedWithItsField()
    {
        ReportingPeriod period;
        period.name = u"Backwards"_s;
        period.start_date = QDate(2026, 12, 1);
        period.end_date = QDate(2026, 8, 5);
        const StorageError error = ReportingPeriodRepository(*m_workspace).create(period);
        QCOMPARE(error.kind, StorageError::Kind::Validation);
        QCOMPARE(error.fieldErrors.value(0).field, u"end_date"_s);
        QCOMPARE(ReportingPeriodRepository(*m_workspace).count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReportingPeriodRepository)
#include "tst_reportingperiodrepository.moc"
