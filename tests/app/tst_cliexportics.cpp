#include "app/clitestsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CliTest::Result;
using CliTest::run;

// Drives "rotadesk-cli export ics" as a user or a script runs it, on a demo workspace.
class TestCliExportIcs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_demo;
    const QStringList m_week{u"--from"_s, u"2026-03-16"_s, u"--to"_s, u"2026-03-22"_s};

    QString path(const QString &name) const { return m_dir->filePath(name); }

    Result exportIcs(const QStringList &options)
    {
        return run(QStringList{u"export"_s, u"ics"_s, m_demo} + m_week + options);
    }

    // The week's shifts as "export shifts --format json" lists them, cancelled ones left out.
    QJsonArray activeShifts()
    {
        const Result result = run(QStringList{u"export"_s, u"shifts"_s, m_demo, u"--format"_s, u"json"_s} + m_week);
        if (result.exitCode != 0)
            qWarning("export shifts failed: %s", qPrintable(result.err));
        QJsonArray active;
        for (const QJsonValue &shift : QJsonDocument::fromJson(result.bytes).array()) {
            if (shift.toObject().value(u"status"_s).toString() != u"cancelled"_s)
                active.append(shift);
        }
        return active;
    }

    // The values of one property in an iCalendar text, unfolded.
    static QStringList values(const QByteArray &ics, const QByteArray &property)
    {
        QByteArray unfolded = ics;
        unfolded.replace("\r\n ", "");
        QStringList found;
        for (const QByteArray &line : unfolded.split('\n')) {
            if (line.startsWith(property + ':'))
                found << QString::fromUtf8(line.mid(property.size() + 1).chopped(1));
        }
        return found;
    }

    // The calendar without DTSTAMP, which is the time of the export.
    static QByteArray withoutStamps(const QByteArray &ics)
    {
        QByteArrayList lines = ics.split('\n');
        lines.removeIf([](const QByteArray &line) { return line.startsWith("DTSTAMP:"); });
        return lines.join('\n');
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_demo = path(u"demo.rota"_s);
        QVERIFY(CliTest::makeDemo(m_demo));
    }

    void toStandardOutput()
    {
        const QJsonArray shifts = activeShifts();
        QVERIFY(shifts.size() > 20);
        const Result result = exportIcs({});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.err.isEmpty());
        QVERIFY(result.bytes.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(result.bytes.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(result.bytes.count("BEGIN:VEVENT\r\n"), shifts.size());
        QCOMPARE(values(result.bytes, "VERSION"), QStringList{u"2.0"_s});
        QVERIFY(result.bytes.contains("TZID:Europe/London\r\n"));
        const QStringList uids = values(result.bytes, "UID");
        QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), shifts.size());

        // Every shift is there under its id, and the names of those who work them are in the summaries.
        QSet<QString> expectedIds, exportedIds;
        for (const QJsonValue &shift : shifts)
            expectedIds.insert(QString::number(shift.toObject().value(u"id"_s).toInteger()));
        for (const QString &uid : uids)
            exportedIds.insert(uid.section(u'@', 0, 0).section(u'-', 1));
        QCOMPARE(exportedIds, expectedIds);
        const QString summaries = values(result.bytes, "SUMMARY").join(u'\n');
        for (const QJsonValue &shift : shifts) {
            const QString name = shift.toObject().value(u"clinician"_s).toString();
            if (!name.isEmpty())
                QVERIFY2(summaries.contains(name), qPrintable(name));
        }

        // Exporting again gives the same events.
        const Result again = exportIcs({});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(values(again.bytes, "UID"), uids);
    }

    void oneClinician()
    {
        QMap<QString, int> perClinician;
        for (const QJsonValue &shift : activeShifts()) {
            const QString name = shift.toObject().value(u"clinician"_s).toString();
            if (!name.isEmpty())
                ++perClinician[name];
        }
        QVERIFY(perClinician.size() > 5);
        const QString name = perClinician.firstKey();
        const Result result = exportIcs({u"--clinician"_s, name});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(result.bytes.count("BEGIN:VEVENT\r\n"), perClinician.value(name));
        const QStringList all = values(exportIcs({}).bytes, "UID");
        for (const QString &uid : values(result.bytes, "UID"))
            QVERIFY2(all.contains(uid), qPrintable(uid));
        for (const QString &summary : values(result.bytes, "SUMMARY"))
            QVERIFY2(!summary.contains(name) && !summary.contains(u"Open shift"_s), qPrintable(summary));
    }

    void unknownClinician()
    {
        const Result result = exportIcs({u"--clinician"_s, u"Nobody Atall"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith(u"rotadesk-cli: "_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"\"Nobody Atall\""_s), qPrintable(result.err));
        QVERIFY(result.bytes.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad date") << QStringList{u"--from"_s, u"2026-02-30"_s, u"--to"_s, u"2026-03-01"_s} << u"2026-02-30"_s;
        QTest::newRow("not a date") << QStringList{u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"soon"_s} << u"soon"_s;
        QTest::newRow("no --to") << QStringList{u"--from"_s, u"2026-03-01"_s} << u"--to"_s;
        QTest::newRow("from after to") << QStringList{u"--from"_s, u"2026-03-02"_s, u"--to"_s, u"2026-03-01"_s}
                                       << u"after"_s;
        QTest::newRow("unknown option") << QStringList{u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-02"_s,
                                                       u"--format"_s, u"csv"_s}
                                        << u"format"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Result result = run(QStringList{u"export"_s, u"ics"_s, m_demo} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.startsWith(u"rotadesk-cli: "_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QVERIFY(result.bytes.isEmpty());
    }

    void unknownKind()
    {
        const Result result = run({u"export"_s, u"calendar"_s, m_demo});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"\"calendar\""_s) && result.err.contains(u"shifts"_s) && result.err.contains(u"ics"_s),
                 qPrintable(result.err));
    }

    void help()
    {
        const Result command = run({u"export"_s, u"ics"_s, u"--help"_s});
        QCOMPARE(command.exitCode, 0);
        QVERIFY2(command.bytes.startsWith("Usage: rotadesk-cli export ics [options] FILE"), command.bytes.constData());
        QVERIFY(command.bytes.contains("--clinician") && command.bytes.contains("--output"));
        const Result overview = run({u"export"_s, u"--help"_s});
        QCOMPARE(overview.exitCode, 0);
        QVERIFY(overview.bytes.contains("export shifts") && overview.bytes.contains("export ics"));
    }

    void toFile()
    {
        const QString target = path(u"rota.ics"_s);
        {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an earlier export\n");
        }
        const Result result = exportIcs({u"--output"_s, target});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.bytes.isEmpty());
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QCOMPARE(withoutStamps(written), withoutStamps(exportIcs({}).bytes));
        QVERIFY(!QFile::exists(target + u".part"_s));
        QCOMPARE(QDir(m_dir->path()).entryList({u"rota.ics*"_s}, QDir::Files), QStringList{u"rota.ics"_s});
    }

    void fileThatCannotBeWritten()
    {
        const QString target = path(u"missing-folder/rota.ics"_s);
        const Result result = exportIcs({u"--output"_s, target});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"missing-folder"_s), qPrintable(result.err));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + u".part"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliExportIcs)
#include "tst_cliexportics.moc"
