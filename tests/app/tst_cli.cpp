#include "app/clitestsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CliTest::Result;
using CliTest::run;

// Drives the real rotadesk-cli executable: exit codes, stdout and stderr as a user or a script
// sees them.
class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    // A demo workspace made once (for a fixed day) and copied by the tests that read it.
    QString m_demo;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    static QByteArray digest(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static void writeFile(const QString &file, const QByteArray &content)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }

    QJsonObject info(const QString &file)
    {
        const Result result = run({u"info"_s, file, u"--format"_s, u"json"_s});
        if (result.exitCode != 0)
            qWarning("info failed: %s", qPrintable(result.err));
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }

    QString copyOfDemo(const QString &name)
    {
        const QString target = path(name);
        QFile::copy(m_demo, target);
        return target;
    }

    // Runs SQL on a workspace behind the tool's back, as a damaged or foreign file would be.
    static bool execRaw(const QString &file, const QString &sql, const QVariantList &values = {})
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.prepare(sql);
                for (const QVariant &value : values)
                    query.addBindValue(value);
                ok = ok && query.exec();
                if (!ok)
                    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        return ok;
    }

    static qint64 queryNumber(const QString &file, const QString &sql)
    {
        qint64 value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.prepare(sql) && query.exec() && query.next())
                    value = query.value(0).toLongLong();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        return value;
    }

    QString newWorkspace(const QString &name)
    {
        const QString file = path(name);
        const Result result = run({u"init"_s, file});
        if (result.exitCode != 0)
            qWarning("init failed: %s", qPrintable(result.err));
        return file;
    }

    static QStringList sortedLines(const QString &text)
    {
        QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        std::sort(lines.begin(), lines.end());
        return lines;
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_demo = path(u"demo-master.rota"_s);
        QVERIFY(CliTest::makeDemo(m_demo));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no command") << QStringList{} << 2 << u"Usage: rotadesk-cli <command>"_s;
        QTest::newRow("help") << QStringList{u"--help"_s} << 0 << u"import shifts FILE CSV"_s;
        QTest::newRow("version") << QStringList{u"--version"_s} << 0 << u"rotadesk-cli %1"_s.arg(QStringLiteral(ROTADESK_VERSION));
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2 << u"unknown command"_s;
        QTest::newRow("init without file") << QStringList{u"init"_s} << 2 << u"missing FILE"_s;
        QTest::newRow("init two files") << QStringList{u"init"_s, u"a.rota"_s, u"b.rota"_s} << 2 << u"unexpected argument"_s;
        QTest::newRow("unknown option") << QStringList{u"info"_s, u"x.rota"_s, u"--colour"_s} << 2 << u"colour"_s;
        QTest::newRow("info bad format") << QStringList{u"info"_s, u"x.rota"_s, u"--format"_s, u"xml"_s} << 2 << u"xml"_s;
        QTest::newRow("demo bad today") << QStringList{u"demo"_s, u"x.rota"_s, u"--today"_s, u"soon"_s} << 2 << u"soon"_s;
        QTest::newRow("import what") << QStringList{u"import"_s, u"rotas"_s, u"x.rota"_s, u"y.csv"_s} << 2 << u"rotas"_s;
        QTest::newRow("import nothing") << QStringList{u"import"_s} << 2 << u"shifts"_s;
        QTest::newRow("export without dates") << QStringList{u"export"_s, u"shifts"_s, u"x.rota"_s} << 2 << u"--from"_s;
        QTest::newRow("export bad date")
            << QStringList{u"export"_s, u"shifts"_s, u"x.rota"_s, u"--from"_s, u"2026-02-30"_s, u"--to"_s, u"2026-03-01"_s}
            << 2 << u"2026-02-30"_s;
        QTest::newRow("export from after to")
            << QStringList{u"export"_s, u"shifts"_s, u"x.rota"_s, u"--from"_s, u"2026-03-02"_s, u"--to"_s, u"2026-03-01"_s}
            << 2 << u"after"_s;
        QTest::newRow("export bad format")
            << QStringList{u"export"_s, u"shifts"_s, u"x.rota"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-02"_s,
                           u"--format"_s, u"xls"_s}
            << 2 << u"xls"_s;
    }

    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        const QString output = exitCode == 0 ? result.out : result.err;
        QVERIFY2(output.contains(expected), qPrintable(output));
        if (exitCode == 2 && !arguments.isEmpty())
            QVERIFY2(result.err.startsWith(u"rotadesk-cli: "_s), qPrintable(result.err));
        QVERIFY(!QFile::exists(u"x.rota"_s));
    }

    void commandHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("usageLine");
        QTest::newRow("init") << QStringList{u"init"_s, u"--help"_s} << u"Usage: rotadesk-cli init [options] FILE"_s;
        QTest::newRow("demo") << QStringList{u"demo"_s, u"--help"_s} << u"Usage: rotadesk-cli demo [options] FILE"_s;
        QTest::newRow("info") << QStringList{u"info"_s, u"-h"_s} << u"Usage: rotadesk-cli info [options] FILE"_s;
        QTest::newRow("check") << QStringList{u"check"_s, u"--help"_s} << u"Usage: rotadesk-cli check [options] FILE"_s;
        QTest::newRow("import shifts") << QStringList{u"import"_s, u"shifts"_s, u"--help"_s}
                                       << u"Usage: rotadesk-cli import shifts [options] FILE CSV"_s;
        QTest::newRow("import clinicians") << QStringList{u"import"_s, u"clinicians"_s, u"--help"_s}
                                           << u"Usage: rotadesk-cli import clinicians [options] FILE CSV"_s;
        QTest::newRow("export shifts") << QStringList{u"export"_s, u"shifts"_s, u"--help"_s}
                                       << u"Usage: rotadesk-cli export shifts [options] FILE"_s;
        QTest::newRow("import") << QStringList{u"import"_s, u"--help"_s}
                                << u"Usage: rotadesk-cli import shifts|clinicians [options] FILE CSV"_s;
        QTest::newRow("export") << QStringList{u"export"_s, u"-h"_s} << u"Usage: rotadesk-cli export shifts [options] FILE"_s;
    }

    void commandHelp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, usageLine);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(usageLine), qPrintable(result.out));
        QVERIFY(result.out.contains(u"--help"_s));
    }

    void initCreatesEmptyWorkspace()
    {
        const QString file = path(u"empty.rota"_s);
        const Result result = run({u"init"_s, file});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(file));
        const QJsonObject json = info(file);
        QVERIFY(json.value(u"schema_version"_s).toInt() > 0);
        const QJsonObject counts = json.value(u"counts"_s).toObject();
        QVERIFY(!counts.isEmpty());
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            QVERIFY2(it.value().toInteger() == 0, qPrintable(it.key()));
        QVERIFY(json.value(u"first_shift_date"_s).isNull());
        QCOMPARE(run({u"check"_s, file}).exitCode, 0);
    }

    void initAndDemoRefuseExistingFile_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("init") << u"init"_s;
        QTest::newRow("demo") << u"demo"_s;
    }

    void initAndDemoRefuseExistingFile()
    {
        QFETCH(QString, command);
        const QString file = path(command + u"-existing.rota"_s);
        writeFile(file, "my notes, not a workspace\n");
        const QByteArray before = digest(file);
        const Result result = run({command, file});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith(u"rotadesk-cli: "_s) && result.err.contains(u"already exists"_s),
                 qPrintable(result.err));
        QCOMPARE(digest(file), before);
    }

    void demoWorkspace()
    {
        const QJsonObject json = info(m_demo);
        QCOMPARE(json.value(u"name"_s).toString(), u"Acute Medicine (demo)"_s);
        QCOMPARE(json.value(u"time_zone"_s).toString(), u"Europe/London"_s);
        QCOMPARE(json.value(u"first_shift_date"_s).toString(), u"2025-12-18"_s);
        QCOMPARE(json.value(u"last_shift_date"_s).toString(), u"2026-06-18"_s);
        const QJsonObject counts = json.value(u"counts"_s).toObject();
        QCOMPARE(counts.value(u"teams"_s).toInteger(), 3);
        QVERIFY(counts.value(u"clinicians"_s).toInteger() >= 35);
        QVERIFY(counts.value(u"shifts"_s).toInteger() > 2500);
        QVERIFY(counts.value(u"leave_requests"_s).toInteger() > 50);
        QVERIFY(counts.value(u"alerts"_s).toInteger() > 5);

        const Result check = run({u"check"_s, m_demo});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        QVERIFY(check.out.startsWith(u"ok: "_s));
    }

    void demoOfToday()
    {
        const QString file = path(u"today.rota"_s);
        const Result result = run({u"demo"_s, file});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(u"clinicians"_s));
        const QJsonObject json = info(file);
        const QDate first = QDate::fromString(json.value(u"first_shift_date"_s).toString(), Qt::ISODate);
        const QDate last = QDate::fromString(json.value(u"last_shift_date"_s).toString(), Qt::ISODate);
        QVERIFY(first.daysTo(last) >= 180 && first.daysTo(last) <= 186);
    }

    void infoText()
    {
        const Result result = run({u"info"_s, m_demo});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(u"Acute Medicine (demo)"_s));
        QVERIFY(result.out.contains(u"Europe/London"_s));
        QVERIFY(result.out.contains(u"2025-12-18 to 2026-06-18"_s));
        QVERIFY(result.out.contains(u"Clinicians:"_s));
        QVERIFY(result.out.contains(u"Leave requests:"_s));
    }

    void openErrorsLeaveFileUntouched_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("info") << u"info"_s;
        QTest::newRow("check") << u"check"_s;
    }

    void openErrorsLeaveFileUntouched()
    {
        QFETCH(QString, command);
        const QString text = path(command + u"-notes.txt"_s);
        writeFile(text, QByteArray("Rota notes\n").repeated(500));
        const QByteArray before = digest(text);
        Result result = run({command, text});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith(u"rotadesk-cli: "_s), qPrintable(result.err));
        QCOMPARE(digest(text), before);

        result = run({command, path(u"missing.rota"_s)});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.startsWith(u"rotadesk-cli: "_s));
        QVERIFY(!QFile::exists(path(u"missing.rota"_s)));
    }

    void tooNewWorkspaceIsRefused()
    {
        const QString file = path(u"future.rota"_s);
        QCOMPARE(run({u"init"_s, file}).exitCode, 0);
        QVERIFY(execRaw(file, u"PRAGMA user_version = 9999"_s));
        const QByteArray before = digest(file);
        for (const QStringList &arguments : {QStringList{u"info"_s, file}, QStringList{u"check"_s, file},
                                             QStringList{u"export"_s, u"shifts"_s, file, u"--from"_s, u"2026-01-01"_s,
                                                         u"--to"_s, u"2026-01-31"_s}}) {
            const Result result = run(arguments);
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.startsWith(u"rotadesk-cli: "_s), qPrintable(result.err));
            QCOMPARE(digest(file), before);
        }
    }

    void checkNamesBrokenRecord()
    {
        const QString file = copyOfDemo(u"broken.rota"_s);
        const qint64 id = queryNumber(file, u"SELECT MIN(id) FROM shifts WHERE start_utc IS NOT NULL"_s);
        QVERIFY(id > 0);
        QVERIFY(execRaw(file, u"UPDATE shifts SET duration_minutes = 0 WHERE id = ?"_s, {id}));
        const Result result = run({u"check"_s, file});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(u"shifts #%1 duration_minutes: "_s.arg(id)), qPrintable(result.out));
        QVERIFY(result.err.startsWith(u"rotadesk-cli: "_s));
    }

    void checkNamesDanglingReference()
    {
        const QString file = copyOfDemo(u"dangling.rota"_s);
        const qint64 id = queryNumber(file, u"SELECT MIN(id) FROM leave_requests"_s);
        QVERIFY(execRaw(file, u"UPDATE leave_requests SET clinician_id = 99999 WHERE id = ?"_s, {id}));
        const Result result = run({u"check"_s, file});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(u"leave_requests #%1 clinician_id: "_s.arg(id)), qPrintable(result.out));
    }

    void importShiftsWithBadRowWritesNothing()
    {
        const QString file = newWorkspace(u"import-bad.rota"_s);
        const QString csv = path(u"shifts-bad.csv"_s);
        writeFile(csv, "clinician,date,type,start,end,time_zone,pinned\n"
                       "Amelia Hughes,2026-03-02,D,08:00,17:00,Europe/London,0\n"
                       "Amelia Hughes,2026-02-30,D,08:00,17:00,Europe/London,0\n"
                       "Emeka Nwosu,2026-03-03,N,20:00,08:30,Europe/London,1\n"
                       "Emeka Nwosu,2026-03-04,D,08:00,17:00,Mars/Olympus,0\n");
        const QJsonObject before = info(file);
        const Result result = run({u"import"_s, u"shifts"_s, file, csv});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(csv + u":3: date: "_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(csv + u":5: time_zone: "_s), qPrintable(result.err));
        QVERIFY(result.err.contains(u"rotadesk-cli: "_s));
        QVERIFY(result.err.contains(u"--skip-invalid"_s));
        QCOMPARE(info(file), before);

        const Result skipped = run({u"import"_s, u"shifts"_s, file, csv, u"--skip-invalid"_s, u"--quiet"_s});
        QVERIFY2(skipped.exitCode == 0, qPrintable(skipped.err));
        QVERIFY2(skipped.out.contains(u"shifts imported: 2"_s), qPrintable(skipped.out));
        QVERIFY(skipped.out.contains(u"invalid rows skipped: 2"_s));
        QVERIFY(skipped.err.contains(csv + u":3: date: "_s));
        const QJsonObject counts = info(file).value(u"counts"_s).toObject();
        QCOMPARE(counts.value(u"shifts"_s).toInteger(), 2);
        QCOMPARE(counts.value(u"clinicians"_s).toInteger(), 2);
        QCOMPARE(counts.value(u"shift_types"_s).toInteger(), 2);
    }

    void importClinicians()
    {
        const QString file = newWorkspace(u"import-clinicians.rota"_s);
        const QString csv = path(u"clinicians.csv"_s);
        writeFile(csv, "name,team,grade,email,active\n"
                       "Ada Obi,Night team,FY1,ada.obi@hospital.example,1\n"
                       ",Night team,FY2,,1\n"
                       "Chen Wei,Day team,ST4,,0\n");
        Result result = run({u"import"_s, u"clinicians"_s, file, csv});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(csv + u":3: name: "_s), qPrintable(result.err));
        QCOMPARE(info(file).value(u"counts"_s).toObject().value(u"clinicians"_s).toInteger(), 0);

        result = run({u"import"_s, u"clinicians"_s, file, csv, u"--skip-invalid"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"clinicians imported: 2"_s), qPrintable(result.out));
        const QJsonObject counts = info(file).value(u"counts"_s).toObject();
        QCOMPARE(counts.value(u"clinicians"_s).toInteger(), 2);
        QCOMPARE(counts.value(u"teams"_s).toInteger(), 2);
    }

    void importMissingCsvOrWorkspace()
    {
        const QString file = newWorkspace(u"import-missing.rota"_s);
        Result result = run({u"import"_s, u"shifts"_s, file, path(u"nowhere.csv"_s)});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith(u"rotadesk-cli: "_s) && result.err.contains(u"nowhere.csv"_s), qPrintable(result.err));

        const QString csv = path(u"one.csv"_s);
        writeFile(csv, "clinician,date,type,start,end,time_zone,pinned\n"
                       "Ada Obi,2026-03-02,D,08:00,17:00,Europe/London,0\n");
        result = run({u"import"_s, u"shifts"_s, path(u"nowhere.rota"_s), csv});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!QFile::exists(path(u"nowhere.rota"_s)));
    }

    void exportCsvImportsBackTheSameShifts()
    {
        // March 2026 holds the change to summer time (29 March).
        const QStringList range{u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s};
        const Result exported = run(QStringList{u"export"_s, u"shifts"_s, m_demo} + range);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QStringList lines = exported.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.constFirst(), u"clinician,date,type,start,end,time_zone,pinned"_s);
        QVERIFY(lines.size() > 400);

        const QString csv = path(u"march.csv"_s);
        writeFile(csv, exported.out.toUtf8());
        const QString copy = newWorkspace(u"round-trip.rota"_s);
        const Result imported = run({u"import"_s, u"shifts"_s, copy, csv, u"--quiet"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.err.isEmpty());
        QCOMPARE(info(copy).value(u"counts"_s).toObject().value(u"shifts"_s).toInteger(), lines.size() - 1);

        const Result again = run(QStringList{u"export"_s, u"shifts"_s, copy} + range);
        QCOMPARE(again.exitCode, 0);
        // Ids differ between the files, so rows of one day may come in another order.
        QCOMPARE(sortedLines(again.out), sortedLines(exported.out));
    }

    void exportJson()
    {
        const Result csv = run({u"export"_s, u"shifts"_s, m_demo, u"--from"_s, u"2026-03-18"_s, u"--to"_s, u"2026-03-24"_s});
        const Result result = run({u"export"_s, u"shifts"_s, m_demo, u"--from"_s, u"2026-03-18"_s, u"--to"_s,
                                   u"2026-03-24"_s, u"--format"_s, u"json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        QVERIFY2(document.isArray(), qPrintable(error.errorString()));
        const QJsonArray shifts = document.array();
        QCOMPARE(shifts.size(), csv.out.split(u'\n', Qt::SkipEmptyParts).size() - 1);
        for (const QJsonValue &value : shifts) {
            const QJsonObject shift = value.toObject();
            for (const QString &key : {u"clinician"_s, u"date"_s, u"type"_s, u"start"_s, u"end"_s, u"time_zone"_s,
                                       u"status"_s, u"is_pinned"_s, u"duration_minutes"_s})
                QVERIFY2(shift.contains(key), qPrintable(key));
            const QString date = shift.value(u"date"_s).toString();
            QVERIFY(date >= u"2026-03-18"_s && date <= u"2026-03-24"_s);
        }
    }

    void exportEmptyRange()
    {
        const Result result = run({u"export"_s, u"shifts"_s, m_demo, u"--from"_s, u"2030-01-01"_s, u"--to"_s, u"2030-01-31"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.trimmed(), u"clinician,date,type,start,end,time_zone,pinned"_s);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
