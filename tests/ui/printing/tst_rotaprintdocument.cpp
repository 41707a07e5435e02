#include "printing/rotaprintdocument.h"
#include "storage/teamrepository.h"
#include "ui/uitestdata.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace UiTestData;

// Prints a small hand-made department to PDF and reads the pages back with QPdfDocument (and
// once with poppler's pdftotext): page counts follow from the data and the layout's capacity,
// headers, footers, legend and names are on the pages where they belong.
class TestRotaPrintDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gridFlowsRowsOverPages();
    void gridRepeatsHeadersOnEveryPage();
    void teamBreakStartsEachTeamOnANewPage();
    void longPeriodsSplitIntoWeekBands();
    void weekBreakPutsEachWeekOnItsOwnPages();
    void monthViewPrintsOnePagePerMonth();
    void weekViewPrintsOnePagePerWeek();
    void nightShiftsAppearOnBothDays();
    void pdftotextReadsThePages();

private:
    struct Printed
    {
        int pages = 0;
        QStringList text; // per page
    };

    RotaPrintDocument document(PrintOptions::View view, QDate from, QDate to,
                               PrintOptions::PageBreak pageBreak = PrintOptions::PageBreak::None,
                               QPageLayout::Orientation orientation = QPageLayout::Landscape) const;
    Printed print(RotaPrintDocument &document, const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QList<QStringList> m_teams; // clinician names per team, in print order
    QStringList m_teamNames;
    ShiftType m_day;
    ShiftType m_night;
    Shift m_wednesdayNight;
    Shift m_sundayNight;
};

void TestRotaPrintDocument::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    StorageError error;
    m_workspace = Workspace::open(m_dir->filePath(u"print.rota"_s), Workspace::OpenMode::CreateNew, &error, now);
    QVERIFY2(m_workspace, qPrintable(error.message));
    check(m_workspace->setSetting(u"name"_s, u"Ward Seven Rota"_s));
    check(m_workspace->setSetting(u"time_zone"_s, QString::fromUtf8(zone())));

    m_day = addType(*m_workspace, u"D"_s, u"Day"_s, u"#56B4E9"_s, QTime(8, 0), QTime(17, 0), 540);
    m_night = addType(*m_workspace, u"N"_s, u"Night"_s, u"#CC79A7"_s, QTime(20, 0), QTime(8, 30), 750);

    // Enough clinicians for the grid to need a second page; one shift a day at most, so every
    // row is one line high and the expected pagination follows from the capacity alone.
    m_teamNames = {u"Alpha Team"_s, u"Beta Team"_s};
    const int sizes[] = {30, 14};
    for (int t = 0; t < 2; ++t) {
        const Team team = addTeam(*m_workspace, m_teamNames.at(t));
        QStringList names;
        for (int i = 1; i <= sizes[t]; ++i) {
            const QString name = u"%1 Person %2"_s.arg(m_teamNames.at(t).section(u' ', 0, 0)).arg(i, 2, 10, QChar(u'0'));
            const Clinician clinician = addClinician(*m_workspace, name, team.id);
            names << name;
            addShift(*m_workspace, clinician.id, m_day, QDate(2026, 3, 1).addDays(i % 28));
        }
        m_teams << names;
    }
    const std::optional<Clinician> nightWorker = ClinicianRepository(*m_workspace).findByName(u"Alpha Person 01"_s);
    QVERIFY(nightWorker);
    m_wednesdayNight = addShift(*m_workspace, nightWorker->id, m_night, QDate(2026, 3, 18));
    m_sundayNight = addShift(*m_workspace, nightWorker->id, m_night, QDate(2026, 3, 15));
}

RotaPrintDocument TestRotaPrintDocument::document(PrintOptions::View view, QDate from, QDate to,
                                                  PrintOptions::PageBreak pageBreak,
                                                  QPageLayout::Orientation orientation) const
{
    PrintOptions options;
    options.view = view;
    options.from = from;
    options.to = to;
    options.pageBreak = pageBreak;
    options.orientation = orientation;
    return RotaPrintDocument(*m_workspace, options);
}

TestRotaPrintDocument::Printed TestRotaPrintDocument::print(RotaPrintDocument &document, const QString &name) const
{
    const QString path = m_dir->filePath(name);
    {
        QPdfWriter writer(path);
        writer.setPageLayout(document.pageLayout());
        QString error;
        if (!document.print(writer, &error))
            qWarning("printing failed: %s", qPrintable(error));
    }
    Printed printed;
    QPdfDocument pdf(nullptr);
    if (pdf.load(path) != QPdfDocument::Error::None)
        return printed;
    printed.pages = pdf.pageCount();
    for (int page = 0; page < printed.pages; ++page)
        printed.text << pdf.getAllText(page).text();
    return printed;
}

void TestRotaPrintDocument::gridFlowsRowsOverPages()
{
    RotaPrintDocument doc = document(PrintOptions::View::Grid, QDate(2026, 3, 1), QDate(2026, 3, 31));
    const Printed printed = print(doc, u"grid.pdf"_s);
    const int capacity = doc.pageSummary(0).rowCapacity;
    QVERIFY(capacity > 2);

    // Expected, by the rule the document follows: rows fill a page up to its capacity, a team
    // heading is never the last row of a page, and a page that starts inside a team repeats its
    // heading. Without page breaks the teams follow each other.
    QStringList rows; // "H" heading, "C" clinician
    for (const QStringList &team : std::as_const(m_teams)) {
        rows << u"H"_s;
        for (int i = 0; i < team.size(); ++i)
            rows << u"C"_s;
    }
    int pages = 1;
    int used = 0;
    for (int i = 0; i < rows.size(); ++i) {
        const bool heading = rows.at(i) == u"H"_s;
        if (heading && used > 0 && used + 2 > capacity) {
            ++pages;
            used = 0;
        } else if (!heading && used + 1 > capacity) {
            ++pages;
            used = 1;
        }
        ++used;
    }
    QVERIFY2(pages > 1, "the test data should need more than one page");
    QCOMPARE(doc.pageCount(), pages);
    QCOMPARE(printed.pages, pages);

    QVERIFY2(printed.text.constFirst().contains(u"Page 1 of %1"_s.arg(pages)), qPrintable(printed.text.constFirst()));
    QVERIFY2(printed.text.constLast().contains(u"Page %1 of %1"_s.arg(pages)), qPrintable(printed.text.constLast()));
    for (const QString &text : printed.text) {
        QVERIFY(text.contains(u"Ward Seven Rota"_s));
        QVERIFY2(text.contains(u"1–31 March 2026"_s), qPrintable(text));
        QVERIFY(text.contains(u"Printed 23 Nov 2026 07:30"_s));
        // The legend names the shift types with their times.
        QVERIFY(text.contains(u"Day 08:00–17:00"_s));
        QVERIFY(text.contains(u"Night 20:00–08:30"_s));
    }
    const QString all = printed.text.join(u'\n');
    for (const QStringList &team : std::as_const(m_teams)) {
        for (const QString &name : team)
            QVERIFY2(all.contains(name), qPrintable(name));
    }
    int listed = 0;
    for (int page = 0; page < doc.pageCount(); ++page) {
        for (const QString &name : doc.pageSummary(page).rows)
            QVERIFY2(printed.text.at(page).contains(name), qPrintable(name));
        listed += int(doc.pageSummary(page).rows.size());
    }
    QCOMPARE(listed, int(m_teams.at(0).size() + m_teams.at(1).size()));
}

void TestRotaPrintDocument::gridRepeatsHeadersOnEveryPage()
{
    RotaPrintDocument doc = document(PrintOptions::View::Grid, QDate(2026, 3, 1), QDate(2026, 3, 31));
    const Printed printed = print(doc, u"headers.pdf"_s);
    QVERIFY(printed.pages >= 2);
    const QString second = printed.text.at(1);
    QVERIFY2(second.contains(u"Name"_s), qPrintable(second));
    for (const QString &day : {u"Mon"_s, u"Tue"_s, u"Wed"_s, u"Thu"_s, u"Fri"_s, u"Sat"_s, u"Sun"_s})
        QVERIFY2(second.contains(day), qPrintable(day));
    // Page 2 starts inside a team: its heading is repeated.
    QVERIFY2(second.contains(u"(continued)"_s), qPrintable(second));
}

void TestRotaPrintDocument::teamBreakStartsEachTeamOnANewPage()
{
    RotaPrintDocument doc = document(PrintOptions::View::Grid, QDate(2026, 3, 1), QDate(2026, 3, 31), PrintOptions::PageBreak::Team);
    const Printed printed = print(doc, u"teams.pdf"_s);
    QCOMPARE(printed.pages, doc.pageCount());
    QStringList firstGroups;
    for (int page = 0; page < doc.pageCount(); ++page) {
        const RotaPrintDocument::PageSummary summary = doc.pageSummary(page);
        const int team = m_teamNames.indexOf(summary.firstGroup);
        QVERIFY2(team >= 0, qPrintable(summary.firstGroup));
        // Only that team's clinicians on the page, on the PDF as well.
        for (const QString &name : summary.rows)
            QVERIFY2(m_teams.at(team).contains(name), qPrintable(name));
        for (const QString &other : m_teams.at(1 - team))
            QVERIFY2(!printed.text.at(page).contains(other), qPrintable(other));
        if (firstGroups.isEmpty() || firstGroups.constLast() != summary.firstGroup) {
            // A team's first page starts with its heading and its first clinician.
            QCOMPARE(summary.rows.constFirst(), m_teams.at(team).constFirst());
            QVERIFY(printed.text.at(page).contains(m_teamNames.at(team)));
        }
        firstGroups << summary.firstGroup;
    }
    firstGroups.removeDuplicates();
    QCOMPARE(firstGroups, m_teamNames);
    const int capacity = doc.pageSummary(0).rowCapacity;
    // Every page of a team holds its heading (repeated) and capacity - 1 clinicians.
    const auto pagesFor = [capacity](int clinicians) { return (clinicians + capacity - 2) / (capacity - 1); };
    QCOMPARE(doc.pageCount(), pagesFor(int(m_teams.at(0).size())) + pagesFor(int(m_teams.at(1).size())));
}

void TestRotaPrintDocument::longPeriodsSplitIntoWeekBands()
{
    // Portrait A4 has no room for 31 readable day columns.
    RotaPrintDocument doc = document(PrintOptions::View::Grid, QDate(2026, 3, 1), QDate(2026, 3, 31),
                                     PrintOptions::PageBreak::None, QPageLayout::Portrait);
    const Printed printed = print(doc, u"portrait.pdf"_s);
    QCOMPARE(printed.pages, doc.pageCount());
    QList<std::pair<QDate, QDate>> bands;
    for (int page = 0; page < doc.pageCount(); ++page) {
        const RotaPrintDocument::PageSummary summary = doc.pageSummary(page);
        if (bands.isEmpty() || bands.constLast().first != summary.from)
            bands.append({summary.from, summary.to});
    }
    QVERIFY2(bands.size() > 1, "31 days should not fit one portrait band");
    QCOMPARE(bands.constFirst().first, QDate(2026, 3, 1));
    QCOMPARE(bands.constLast().second, QDate(2026, 3, 31));
    for (int i = 1; i < bands.size(); ++i) {
        QCOMPARE(bands.at(i).first, bands.at(i - 1).second.addDays(1));
        QCOMPARE(bands.at(i).first.dayOfWeek(), int(Qt::Monday));
    }
    // Every band lists every clinician.
    for (const auto &band : bands) {
        QStringList names;
        for (int page = 0; page < doc.pageCount(); ++page) {
            if (doc.pageSummary(page).from == band.first)
                names += doc.pageSummary(page).rows;
        }
        QCOMPARE(names, m_teams.at(0) + m_teams.at(1));
    }
}

void TestRotaPrintDocument::weekBreakPutsEachWeekOnItsOwnPages()
{
    RotaPrintDocument doc = document(PrintOptions::View::Grid, QDate(2026, 3, 1), QDate(2026, 3, 31), PrintOptions::PageBreak::Week);
    QPdfWriter writer(m_dir->filePath(u"weekbreak.pdf"_s));
    writer.setPageLayout(doc.pageLayout());
    doc.layout(writer);
    QSet<QDate> weeks;
    for (int page = 0; page < doc.pageCount(); ++page) {
        const RotaPrintDocument::PageSummary summary = doc.pageSummary(page);
        // Within one Monday-to-Sunday week.
        QCOMPARE(summary.from.addDays(1 - summary.from.dayOfWeek()), summary.to.addDays(1 - summary.to.dayOfWeek()));
        weeks.insert(summary.from);
    }
    // 1 March 2026 is a Sunday: the month touches six weeks.
    QCOMPARE(weeks.size(), 6);
}

void TestRotaPrintDocument::monthViewPrintsOnePagePerMonth()
{
    RotaPrintDocument twoMonths = document(PrintOptions::View::Month, QDate(2026, 3, 1), QDate(2026, 4, 30));
    const Printed printed = print(twoMonths, u"months.pdf"_s);
    QCOMPARE(printed.pages, 2);
    QVERIFY(printed.text.at(0).contains(u"March 2026"_s));
    QVERIFY(printed.text.at(1).contains(u"April 2026"_s));
    QVERIFY(printed.text.at(1).contains(u"Page 2 of 2"_s));

    RotaPrintDocument parts = document(PrintOptions::View::Month, QDate(2026, 3, 10), QDate(2026, 5, 5));
    QCOMPARE(print(parts, u"months3.pdf"_s).pages, 3);
}

void TestRotaPrintDocument::weekViewPrintsOnePagePerWeek()
{
    RotaPrintDocument doc = document(PrintOptions::View::Week, QDate(2026, 3, 16), QDate(2026, 3, 29));
    const Printed printed = print(doc, u"weeks.pdf"_s);
    QCOMPARE(printed.pages, 2);
    QVERIFY2(printed.text.at(0).contains(u"Week 12"_s), qPrintable(printed.text.at(0)));
    QVERIFY(printed.text.at(1).contains(u"Week 13"_s));

    // A range starting mid-week still prints whole weeks, one page each.
    RotaPrintDocument partial = document(PrintOptions::View::Week, QDate(2026, 3, 18), QDate(2026, 3, 24));
    QCOMPARE(print(partial, u"weeks-partial.pdf"_s).pages, 2);
}

void TestRotaPrintDocument::nightShiftsAppearOnBothDays()
{
    RotaPrintDocument doc = document(PrintOptions::View::Week, QDate(2026, 3, 16), QDate(2026, 3, 22));
    print(doc, u"night.pdf"_s);
    QList<RotaPrintDocument::WeekBlock> wednesday;
    QList<RotaPrintDocument::WeekBlock> sunday;
    for (const RotaPrintDocument::WeekBlock &block : doc.weekBlocks(0)) {
        if (block.shiftId == m_wednesdayNight.id)
            wednesday << block;
        if (block.shiftId == m_sundayNight.id)
            sunday << block;
    }
    QCOMPARE(wednesday.size(), 2);
    QCOMPARE(wednesday.at(0).day, QDate(2026, 3, 18));
    QCOMPARE(wednesday.at(0).startMinute, 20 * 60);
    QCOMPARE(wednesday.at(0).endMinute, 24 * 60);
    QCOMPARE(wednesday.at(1).day, QDate(2026, 3, 19));
    QCOMPARE(wednesday.at(1).startMinute, 0);
    QCOMPARE(wednesday.at(1).endMinute, 8 * 60 + 30);
    // The evening piece reaches the bottom of Wednesday's column; the morning piece starts at
    // the top of Thursday's, one column to the right.
    QVERIFY(wednesday.at(1).rect.left() > wednesday.at(0).rect.left());
    QVERIFY(wednesday.at(1).rect.top() < wednesday.at(0).rect.top());
    // Both on the same scale: the evening piece ends a whole day below the morning piece's start.
    const qreal perMinute = wednesday.at(0).rect.height() / (4 * 60);
    QVERIFY(qAbs(wednesday.at(1).rect.height() / (8 * 60 + 30) - perMinute) < perMinute * 1e-6);
    QVERIFY(qAbs(wednesday.at(0).rect.bottom() - (wednesday.at(1).rect.top() + 24 * 60 * perMinute)) < 1);
    // Sunday's night, the day before the week, ends on Monday morning.
    QCOMPARE(sunday.size(), 1);
    QCOMPARE(sunday.constFirst().day, QDate(2026, 3, 16));
    QCOMPARE(sunday.constFirst().startMinute, 0);
    QCOMPARE(sunday.constFirst().endMinute, 8 * 60 + 30);
}

void TestRotaPrintDocument::pdftotextReadsThePages()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    RotaPrintDocument doc = document(PrintOptions::View::Grid, QDate(2026, 3, 1), QDate(2026, 3, 31));
    print(doc, u"poppler.pdf"_s);
    QProcess process;
    process.start(pdftotext, {u"-layout"_s, m_dir->filePath(u"poppler.pdf"_s), u"-"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(text.count(u'\f'), doc.pageCount()); // one form feed after each page
    QVERIFY(text.contains(u"Ward Seven Rota"_s));
    QVERIFY(text.contains(u"Page 1 of %1"_s.arg(doc.pageCount())));
    QVERIFY(text.contains(u"Page %1 of %1"_s.arg(doc.pageCount())));
    QVERIFY(text.contains(u"Beta Person 14"_s));
}

QTEST_MAIN(TestRotaPrintDocument)
#include "tst_rotaprintdocument.moc"
