#include "iotestsupport.h"

#include "io/shiftcsvimporter.h"
#include "io/shiftexporter.h"
#include "storage/clinicianrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestShiftExporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_ada = 0;
    qint64 m_grace = 0;
    qint64 m_day = 0;
    qint64 m_onCall = 0;

    qint64 addClinician(const QString &name)
    {
        Clinician clinician;
        clinician.name = name;
        if (!ClinicianRepository(*m_workspace).create(clinician).ok())
            return 0;
        return clinician.id;
    }

    qint64 addType(const QString &code)
    {
        ShiftType type;
        type.code = type.name = code;
        type.colour = u"#0072B2"_s;
        type.duration_minutes = 480;
        if (!ShiftTypeRepository(*m_workspace).create(type).ok())
            return 0;
        return type.id;
    }

    Shift addTimed(std::optional<qint64> clinician, QDate date, QTime start, QTime end, const char *zone, bool pinned = false)
    {
        Shift shift;
        shift.clinician_id = clinician;
        shift.shift_type_id = m_day;
        shift.is_pinned = pinned;
        if (!shift.setLocalTimes(date, start, end, zone).isEmpty() || !ShiftRepository(*m_workspace).create(shift).ok())
            qWarning("shift on %s not created", qPrintable(date.toString(Qt::ISODate)));
        return shift;
    }

    static QByteArray exportCsv(Workspace &workspace, QDate from, QDate to)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const QString error = ShiftExporter(workspace).writeCsv(buffer, from, to);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return bytes;
    }

    QByteArray exportJson(QDate from, QDate to)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const QString error = ShiftExporter(*m_workspace).writeJson(buffer, from, to);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return bytes;
    }

private slots:
    // Each test starts with Ada, "Hopper, Grace", the types D and OC, and these shifts:
    //   2026-02-10 Ada D 08:00-16:00 London; 2026-02-10 open D 09:00-17:00 London, pinned;
    //   2026-07-01 Grace D 20:00-08:00 Denver (overnight, summer time); 2026-07-02 Ada OC whole day London.
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = IoTest::createWorkspace(m_dir->filePath(u"export.rota"_s));
        QVERIFY(m_workspace);
        m_ada = addClinician(u"Ada Lovelace"_s);
        m_grace = addClinician(u"Hopper, Grace"_s);
        m_day = addType(u"D"_s);
        m_onCall = addType(u"OC"_s);
        QVERIFY(m_ada && m_grace && m_day && m_onCall);
        addTimed(m_ada, QDate(2026, 2, 10), QTime(8, 0), QTime(16, 0), "Europe/London");
        addTimed(std::nullopt, QDate(2026, 2, 10), QTime(9, 0), QTime(17, 0), "Europe/London", true);
        addTimed(m_grace, QDate(2026, 7, 1), QTime(20, 0), QTime(8, 0), "America/Denver");
        Shift onCall;
        onCall.clinician_id = m_ada;
        onCall.shift_type_id = m_onCall;
        onCall.setWholeDay(QDate(2026, 7, 2), "Europe/London", 480);
        onCall.status = Shift::Status::Cancelled;
        onCall.notes = u"Swapped \"late\"\tat short notice"_s;
        onCall.counts_as_worked = false;
        QVERIFY(ShiftRepository(*m_workspace).create(onCall).ok());
        QCOMPARE(IoTest::rows(*m_workspace, "shifts"), 4);
    }

    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void csvIsTheImportFormat()
    {
        const QByteArray expected = "clinician,date,type,start,end,time_zone,pinned\n"
                                    ",2026-02-10,D,09:00,17:00,Europe/London,1\n"
                                    "Ada Lovelace,2026-02-10,D,08:00,16:00,Europe/London,0\n"
                                    "\"Hopper, Grace\",2026-07-01,D,20:00,08:00,America/Denver,0\n"
                                    "Ada Lovelace,2026-07-02,OC,,,Europe/London,0\n";
        QCOMPARE(exportCsv(*m_workspace, QDate(2026, 1, 1), QDate(2026, 12, 31)), expected);
    }

    void windowIncludesBothEnds()
    {
        const QByteArray header = "clinician,date,type,start,end,time_zone,pinned\n";
        QCOMPARE(exportCsv(*m_workspace, QDate(2026, 7, 1), QDate(2026, 7, 1)),
                 header + "\"Hopper, Grace\",2026-07-01,D,20:00,08:00,America/Denver,0\n");
        QCOMPARE(exportCsv(*m_workspace, QDate(2026, 2, 11), QDate(2026, 6, 30)), header);
        QCOMPARE(exportJson(QDate(2026, 2, 11), QDate(2026, 6, 30)), "[]\n"_ba);
    }

    void jsonShape()
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(exportJson(QDate(2026, 1, 1), QDate(2026, 12, 31)), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        const QJsonArray shifts = document.array();
        QCOMPARE(shifts.size(), 4);
        const QStringList keys{u"clinician"_s, u"clinician_id"_s, u"counts_as_worked"_s, u"counts_toward_minimum"_s,
                               u"date"_s, u"duration_minutes"_s, u"end"_s, u"id"_s, u"is_pinned"_s, u"notes"_s,
                               u"start"_s, u"status"_s, u"time_zone"_s, u"type"_s};
        for (const QJsonValue &shift : shifts)
            QCOMPARE(shift.toObject().keys(), keys);

        const QJsonObject open = shifts.at(0).toObject();
        QVERIFY(open.value(u"clinician"_s).isNull());
        QVERIFY(open.value(u"clinician_id"_s).isNull());
        QCOMPARE(open.value(u"start"_s).toString(), u"2026-02-10T09:00:00+00:00"_s);
        QCOMPARE(open.value(u"is_pinned"_s).toBool(), true);

        const QJsonObject ada = shifts.at(1).toObject();
        QCOMPARE(ada.value(u"clinician"_s).toString(), u"Ada Lovelace"_s);
        QCOMPARE(ada.value(u"clinician_id"_s).toInteger(), m_ada);
        QCOMPARE(ada.value(u"date"_s).toString(), u"2026-02-10"_s);
        QCOMPARE(ada.value(u"type"_s).toString(), u"D"_s);
        QCOMPARE(ada.value(u"end"_s).toString(), u"2026-02-10T16:00:00+00:00"_s);
        QCOMPARE(ada.value(u"duration_minutes"_s).toInt(), 480);
        QCOMPARE(ada.value(u"status"_s).toString(), u"scheduled"_s);
        QCOMPARE(ada.value(u"is_pinned"_s).toBool(), false);

        const QJsonObject grace = shifts.at(2).toObject();
        QCOMPARE(grace.value(u"clinician"_s).toString(), u"Hopper, Grace"_s);
        QCOMPARE(grace.value(u"start"_s).toString(), u"2026-07-01T20:00:00-06:00"_s);
        QCOMPARE(grace.value(u"end"_s).toString(), u"2026-07-02T08:00:00-06:00"_s);
        QCOMPARE(grace.value(u"time_zone"_s).toString(), u"America/Denver"_s);
        QCOMPARE(grace.value(u"duration_minutes"_s).toInt(), 720);
        // The offsets name the very instants stored.
        const Shift stored = ShiftRepository(*m_workspace).inWindow(QDate(2026, 7, 1), QDate(2026, 7, 1)).constFirst();
        QCOMPARE(QDateTime::fromString(grace.value(u"start"_s).toString(), Qt::ISODate).toSecsSinceEpoch(), *stored.start_utc);

        const QJsonObject onCall = shifts.at(3).toObject();
        QVERIFY(onCall.value(u"start"_s).isNull());
        QVERIFY(onCall.value(u"end"_s).isNull());
        QCOMPARE(onCall.value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(onCall.value(u"counts_as_worked"_s).toBool(), false);
        QCOMPARE(onCall.value(u"counts_toward_minimum"_s).toBool(), true);
        QCOMPARE(onCall.value(u"notes"_s).toString(), u"Swapped \"late\"\tat short notice"_s);
    }

    void csvImportsBackAsItWas()
    {
        // Add the awkward cases: nights over both clock changes, the repeated hour, a 24-hour shift.
        addTimed(m_ada, QDate(2026, 3, 28), QTime(20, 0), QTime(8, 0), "Europe/London");
        addTimed(m_ada, QDate(2026, 10, 25), QTime(1, 30), QTime(9, 0), "Europe/London");
        addTimed(m_grace, QDate(2026, 10, 31), QTime(19, 0), QTime(7, 0), "America/Denver", true);
        addTimed(m_grace, QDate(2026, 3, 8), QTime(8, 0), QTime(8, 0), "America/Denver");
        const QDate from(2026, 1, 1), to(2026, 12, 31);
        const QByteArray exported = exportCsv(*m_workspace, from, to);

        const QString path = m_dir->filePath(u"exported.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(exported);
        file.close();
        const auto copy = IoTest::createWorkspace(m_dir->filePath(u"copy.rota"_s), u"Asia/Tokyo"_s);
        QVERIFY(copy);
        const ImportResult result = ShiftCsvImporter(*copy).importFile(path);
        QCOMPARE(result.errors, QStringList());
        QCOMPARE(result.imported, 8);

        QCOMPARE(exportCsv(*copy, from, to), exported);
        const QList<Shift> original = ShiftRepository(*m_workspace).inWindow(from, to);
        const QList<Shift> imported = ShiftRepository(*copy).inWindow(from, to);
        QCOMPARE(imported.size(), original.size());
        for (qsizetype i = 0; i < original.size(); ++i) {
            QCOMPARE(imported.at(i).date, original.at(i).date);
            QCOMPARE(imported.at(i).start_utc, original.at(i).start_utc);
            QCOMPARE(imported.at(i).end_utc, original.at(i).end_utc);
            QCOMPARE(imported.at(i).time_zone, original.at(i).time_zone);
            QCOMPARE(imported.at(i).duration_minutes, original.at(i).duration_minutes);
            QCOMPARE(imported.at(i).is_pinned, original.at(i).is_pinned);
            QCOMPARE(imported.at(i).isOpen(), original.at(i).isOpen());
        }
    }

    void writeFailureIsReported()
    {
        QByteArray bytes;
        QBuffer readOnly(&bytes);
        readOnly.open(QIODevice::ReadOnly);
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        const QString error = ShiftExporter(*m_workspace).writeCsv(readOnly, QDate(2026, 1, 1), QDate(2026, 12, 31));
        QVERIFY(error.startsWith(u"Writing the export failed: "_s));
    }
};

QTEST_GUILESS_MAIN(TestShiftExporter)
#include "tst_shiftexporter.moc"
