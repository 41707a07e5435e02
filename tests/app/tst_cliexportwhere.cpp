#include "app/clitestsupport.h"
#include "core/storage/storagetestsupport.h"

#include "storage/clinicianrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CliTest::Result;
using CliTest::run;

// "export shifts --where": Ada works 08:00-12:00 on 1 December 2026 and 08:00-16:00 on the 2nd; an
// open 20:00-08:00 night on the 3rd carries a claim code.
class TestCliExportWhere : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_rota;

    QStringList exported(const QStringList &conditions)
    {
        QStringList arguments{u"export"_s, u"shifts"_s, m_rota, u"--from"_s, u"2026-12-01"_s, u"--to"_s, u"2026-12-31"_s, u"--format"_s, u"json"_s};
        for (const QString &condition : conditions)
            arguments << u"--where"_s << condition;
        const Result result = run(arguments);
        if (result.exitCode != 0)
            return {result.err};
        QStringList dates;
        for (const QJsonValue &shift : QJsonDocument::fromJson(result.out.toUtf8()).array())
            dates << shift.toObject().value(u"date"_s).toString();
        return dates;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_rota = m_dir.filePath(u"where.rota"_s);
        auto workspace = StorageTest::openWorkspace(m_rota);
        QVERIFY(workspace);
        QVERIFY(workspace->setSetting(u"time_zone"_s, u"Europe/London"_s).ok());
        ShiftType day = StorageTest::dayShiftType();
        QVERIFY(ShiftTypeRepository(*workspace).create(day).ok());
        Clinician ada = StorageTest::clinician(u"Ada Lovelace"_s);
        QVERIFY(ClinicianRepository(*workspace).create(ada).ok());
        QList<Shift> shifts{StorageTest::shift(ada.id, day.id, QDate(2026, 12, 1), QTime(8, 0), QTime(12, 0)),
                            StorageTest::shift(ada.id, day.id, QDate(2026, 12, 2), QTime(8, 0), QTime(16, 0)),
                            StorageTest::shift({}, day.id, QDate(2026, 12, 3), QTime(20, 0), QTime(8, 0))};
        shifts[2].claim_code = u"K7Q2M3X9PA"_s;
        for (Shift &shift : shifts)
            QVERIFY(ShiftRepository(*workspace).create(shift).ok());
    }

    void conditionsNarrowTheExport()
    {
        QCOMPARE(exported({}), (QStringList{u"2026-12-01"_s, u"2026-12-02"_s, u"2026-12-03"_s}));
        QCOMPARE(exported({u"shift_length__gte=8"_s}), (QStringList{u"2026-12-02"_s, u"2026-12-03"_s}));
        QCOMPARE(exported({u"owner=Ada Lovelace"_s, u"shift_length__lt=8"_s}), QStringList{u"2026-12-01"_s});
        QCOMPARE(exported({u"requires_code=true"_s}), QStringList{u"2026-12-03"_s});
        QCOMPARE(exported({u"start_time__rbetween=2026-12-01T08:00,2026-12-02T08:00"_s}), QStringList{u"2026-12-02"_s});
    }

    void aBadConditionIsAUsageError()
    {
        const Result result = run({u"export"_s, u"shifts"_s, m_rota, u"--from"_s, u"2026-12-01"_s, u"--to"_s, u"2026-12-31"_s, u"--where"_s,
                                   u"length__gt=8"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"unknown field \"length\""_s), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliExportWhere)
#include "tst_cliexportwhere.moc"
