#include "app/clitestsupport.h"

#include <QDir>
#include <QFile>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CliTest::Result;
using CliTest::run;

// "rotadesk-cli print" as a script uses it: a PDF on disk, usage errors with exit code 2, an
// unwritable target with exit code 1 and nothing left behind.
class TestCliPrint : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }

    QStringList print(const QString &pdf, const QStringList &more = {}) const
    {
        return QStringList{u"print"_s, m_demo, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s, u"--pdf"_s, pdf} + more;
    }

    static QByteArray head(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.read(5) : QByteArray();
    }

    QStringList leftovers() const
    {
        return QDir(m_dir->path()).entryList({u"*.part"_s}, QDir::Files);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_demo = path(u"demo.rota"_s);
        QVERIFY(CliTest::makeDemo(m_demo));
    }

    void writesPdf_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("minimumPages");
        QTest::addColumn<int>("maximumPages");
        QTest::newRow("grid") << QStringList{} << 1 << 4;
        QTest::newRow("month") << QStringList{u"--view"_s, u"month"_s} << 1 << 1;
        // 1 March 2026 is a Sunday: March touches six Monday-to-Sunday weeks.
        QTest::newRow("week") << QStringList{u"--view"_s, u"week"_s} << 6 << 6;
        QTest::newRow("team portrait")
            << QStringList{u"--team"_s, u"Acute Medicine Consultants"_s, u"--orientation"_s, u"portrait"_s} << 2 << 4;
        QTest::newRow("week breaks") << QStringList{u"--page-break"_s, u"week"_s} << 6 << 12;
    }

    void writesPdf()
    {
        QFETCH(QStringList, options);
        QFETCH(int, minimumPages);
        QFETCH(int, maximumPages);
        const QString pdf = path(u"%1.pdf"_s.arg(QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-')));
        const Result result = run(print(pdf, options));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(pdf), qPrintable(result.out));
        QCOMPARE(head(pdf), QByteArray("%PDF-"));
        QPdfDocument document(nullptr);
        QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
        QVERIFY2(document.pageCount() >= minimumPages && document.pageCount() <= maximumPages,
                 qPrintable(QString::number(document.pageCount())));
        const QString first = document.getAllText(0).text();
        QVERIFY2(first.contains(u"Acute Medicine (demo)"_s), qPrintable(first));
        QVERIFY(first.contains(u"Page 1 of %1"_s.arg(document.pageCount())));
        if (options.contains(u"--team"_s)) {
            QVERIFY(first.contains(u"Team: Acute Medicine Consultants"_s));
            QVERIFY(!first.contains(u"Foundation Doctors"_s));
        }
        QVERIFY(leftovers().isEmpty());
    }

    void runsWithoutADisplay()
    {
        // No platform chosen and no display: the tool picks the offscreen platform by itself.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
            environment.remove(name);
        const QString pdf = path(u"headless.pdf"_s);
        const Result result = run(print(pdf, {u"--view"_s, u"month"_s}), environment);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(head(pdf), QByteArray("%PDF-"));
    }

    void replacesAnExistingFile()
    {
        const QString pdf = path(u"existing.pdf"_s);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old content");
        file.close();
        const Result result = run(print(pdf, {u"--view"_s, u"month"_s}));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(head(pdf), QByteArray("%PDF-"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        QTest::newRow("view") << QStringList{u"--view"_s, u"year"_s} << u"year"_s;
        QTest::newRow("team") << QStringList{u"--team"_s, u"Night Owls"_s} << u"Night Owls"_s;
        QTest::newRow("orientation") << QStringList{u"--orientation"_s, u"sideways"_s} << u"sideways"_s;
        QTest::newRow("page break") << QStringList{u"--page-break"_s, u"month"_s} << u"month"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        const QString pdf = path(u"usage.pdf"_s);
        const Result result = run(print(pdf, options));
        QCOMPARE(result.exitCode, 2);
        // The message line, whatever else the platform logs.
        const QStringList lines = result.err.split(u'\n');
        QVERIFY2(std::any_of(lines.begin(), lines.end(),
                             [&](const QString &line) { return line.startsWith(u"rotadesk-cli: "_s) && line.contains(expected); }),
                 qPrintable(result.err));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(leftovers().isEmpty());
    }

    void dateErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad from") << QStringList{u"--from"_s, u"2026-02-30"_s, u"--to"_s, u"2026-03-01"_s} << u"2026-02-30"_s;
        QTest::newRow("bad to") << QStringList{u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"soon"_s} << u"soon"_s;
        QTest::newRow("from after to") << QStringList{u"--from"_s, u"2026-03-02"_s, u"--to"_s, u"2026-03-01"_s} << u"after"_s;
        QTest::newRow("no to") << QStringList{u"--from"_s, u"2026-03-02"_s} << u"--to"_s;
    }

    void dateErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const QString pdf = path(u"dates.pdf"_s);
        const Result result = run(QStringList{u"print"_s, m_demo, u"--pdf"_s, pdf} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QVERIFY(!QFile::exists(pdf));
    }

    void unwritableOutput()
    {
        const QString pdf = path(u"no-such-folder/rota.pdf"_s);
        const Result result = run(print(pdf));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(pdf), qPrintable(result.err));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(!QFile::exists(pdf + u".part"_s));
        QVERIFY(leftovers().isEmpty());
    }

    void help()
    {
        const Result result = run({u"print"_s, u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"Usage: rotadesk-cli print [options] FILE"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"--page-break"_s));
        QVERIFY(run({u"--help"_s}).out.contains(u"print FILE"_s));
    }
};

QTEST_MAIN(TestCliPrint)
#include "tst_cliprint.moc"
