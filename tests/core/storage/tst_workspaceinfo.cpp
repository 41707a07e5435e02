#include "storage/clinicianrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/workspace.h"
#include "storage/workspaceinfo.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWorkspaceInfo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Workspace> create(const QString &name)
    {
        StorageError error;
        auto workspace = Workspace::open(m_dir.filePath(name), Workspace::OpenMode::CreateNew, &error);
        if (workspace)
            workspace->setClock([] { return QDateTime(QDate(2026, 3, 18), QTime(7, 30), Qt::UTC); });
        return workspace;
    }

private slots:
    void emptyWorkspace()
    {
        const auto workspace = create(u"empty.rota"_s);
        QVERIFY(workspace);
        const WorkspaceInfo info = WorkspaceInfo::read(*workspace);
        QCOMPARE(info.path, workspace->path());
        QCOMPARE(info.schemaVersion, Workspace::currentSchemaVersion());
        QVERIFY(!info.firstShiftDate.isValid());
        QVERIFY(!info.lastShiftDate.isValid());
        QCOMPARE(info.counts.size(), WorkspaceInfo::entityTables().size() + 1);
        for (const WorkspaceInfo::Count &count : info.counts)
            QVERIFY2(count.rows == 0, qPrintable(count.entity));
        QCOMPARE(info.count(u"no_such_table"_s), -1);
        QVERIFY(info.toJson().value(u"first_shift_date"_s).isNull());
    }

    void countsAndShiftDates()
    {
        const auto workspace = create(u"small.rota"_s);
        QVERIFY(workspace);
        QVERIFY(workspace->setSetting(u"name"_s, u"Night team"_s).ok());
        QVERIFY(workspace->setSetting(u"time_zone"_s, u"Europe/London"_s).ok());
        Clinician clinician;
        clinician.name = u"Kwame Asante"_s;
        QVERIFY(ClinicianRepository(*workspace).create(clinician).ok());
        ShiftType night;
        night.code = u"N"_s;
        night.name = u"Night"_s;
        night.colour = u"#CC79A7"_s;
        night.start_time = QTime(20, 0);
        night.end_time = QTime(8, 30);
        night.duration_minutes = 750;
        QVERIFY(ShiftTypeRepository(*workspace).create(night).ok());
        ShiftRepository shifts(*workspace);
        for (const QDate date : {QDate(2026, 3, 27), QDate(2026, 3, 28), QDate(2026, 3, 29)}) {
            Shift shift;
            shift.clinician_id = clinician.id;
            shift.shift_type_id = night.id;
            QVERIFY(shift.setLocalTimes(date, night.start_time, night.end_time, "Europe/London").isEmpty());
            QVERIFY(shifts.create(shift).ok());
        }

        const WorkspaceInfo info = WorkspaceInfo::read(*workspace);
        QCOMPARE(info.name, u"Night team"_s);
        QCOMPARE(info.timeZone, QByteArray("Europe/London"));
        QCOMPARE(info.count(u"clinicians"_s), 1);
        QCOMPARE(info.count(u"shift_types"_s), 1);
        QCOMPARE(info.count(u"shifts"_s), 3);
        QCOMPARE(info.count(u"leave_requests"_s), 0);
        QVERIFY(info.count(u"journal_entries"_s) >= 5);
        QCOMPARE(info.firstShiftDate, QDate(2026, 3, 27));
        QCOMPARE(info.lastShiftDate, QDate(2026, 3, 29));

        const QJsonObject json = info.toJson();
        QCOMPARE(json.value(u"name"_s).toString(), u"Night team"_s);
        QCOMPARE(json.value(u"time_zone"_s).toString(), u"Europe/London"_s);
        QCOMPARE(json.value(u"schema_version"_s).toInt(), Workspace::currentSchemaVersion());
        QCOMPARE(json.value(u"first_shift_date"_s).toString(), u"2026-03-27"_s);
        QCOMPARE(json.value(u"last_shift_date"_s).toString(), u"2026-03-29"_s);
        QCOMPARE(json.value(u"counts"_s).toObject().value(u"shifts"_s).toInteger(), 3);
    }

    void labelsAreReadable()
    {
        QCOMPARE(WorkspaceInfo::entityLabel(u"leave_requests"_s), u"Leave requests"_s);
        for (const QString &table : WorkspaceInfo::entityTables())
            QVERIFY(WorkspaceInfo::entityLabel(table) != table);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceInfo)
#include "tst_workspaceinfo.moc"
