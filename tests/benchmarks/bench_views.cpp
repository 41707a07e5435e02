// Times the calendar views against plain Qt item views showing the same cells, in one run:
//
//  - first view: open a workspace of 1,000,000 shifts (200 clinicians over 5,000 days) and paint
//    the rota grid of one month; the reference opens the file with the sqlite3 C API, reads the
//    same month's shifts and paints them in a QTableView over a QStandardItemModel;
//  - grid paint: the whole grid of 200 clinicians x 31 days at once (headers included, then the
//    cells only), and one full-HD frame of it as a screen repaints it, against the reference table;
//  - month paint: the month view with 5,000 shifts in its six weeks, against a QTableView whose
//    day cells hold every line of the day as text.
//
//   bench_views [RUNS]      default 15 paints (5 first views) each; prints medians and ratios
//
// Targets: each paint under 16 ms, first view under 1 s.

#include "benchsupport.h"
#include "calendar/monthmodel.h"
#include "calendar/monthview.h"
#include "calendar/rotagridmodel.h"
#include "calendar/rotagridtable.h"
#include "calendar/rotaview.h"
#include "io/shiftcsvimporter.h"
#include "storage/workspace.h"
#include "workspacesession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using Bench::report;
using Bench::timeRuns;

namespace {

constexpr int Clinicians = 200;
constexpr qint64 Rows = 1000000;
const QDate FirstDay(2016, 1, 1);
const QDate Month(2024, 3, 1); // well inside the 5,000 days

void writeCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("%s cannot be written", qPrintable(path));
    const char *const codes[] = {"D", "D", "D", "LD", "N", "N", "OC", "AL"};
    const char *const starts[] = {"08:00", "08:00", "08:00", "08:00", "20:00", "20:00", "17:00", ""};
    const char *const ends[] = {"16:00", "16:00", "16:00", "20:30", "08:00", "08:00", "09:00", ""};
    QRandomGenerator random(20261123);
    QByteArray buffer = "clinician,date,type,start,end,time_zone,pinned\n";
    for (qint64 row = 0; row < Rows; ++row) {
        const int clinician = int(row % Clinicians);
        const QByteArray date = FirstDay.addDays(row / Clinicians).toString(Qt::ISODate).toLatin1();
        const int pick = int(random.bounded(8));
        buffer += "Clinician " + QByteArray::number(clinician + 1000) + ',' + date + ',' + codes[pick] + ',' + starts[pick]
                  + ',' + ends[pick] + ",," + (random.bounded(20) == 0 ? "1\n" : "0\n");
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
}

QImage paint(QWidget *widget)
{
    QImage image(widget->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    widget->render(&painter);
    return image;
}

// The reference reads with the sqlite3 C API and shows a QStandardItemModel in a QTableView.
void fillReferenceGrid(const QString &path, QStandardItemModel &model)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        qFatal("reference cannot open %s", qPrintable(path));
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT s.clinician_id, s.date, t.code, t.colour FROM shifts s JOIN shift_types t ON t.id = s.shift_type_id "
                       "WHERE s.date BETWEEN ? AND ? ORDER BY s.date, s.clinician_id",
                       -1, &statement, nullptr);
    const QByteArray from = Month.toString(Qt::ISODate).toLatin1();
    const QByteArray to = Month.addDays(Month.daysInMonth() - 1).toString(Qt::ISODate).toLatin1();
    sqlite3_bind_text(statement, 1, from.constData(), int(from.size()), SQLITE_STATIC);
    sqlite3_bind_text(statement, 2, to.constData(), int(to.size()), SQLITE_STATIC);
    model.clear();
    model.setColumnCount(Month.daysInMonth());
    model.setRowCount(Clinicians);
    QHash<qint64, int> rows;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        const qint64 clinician = sqlite3_column_int64(statement, 0);
        const int row = rows.contains(clinician) ? rows.value(clinician) : int(rows.size());
        rows.insert(clinician, row);
        const QDate date = QDate::fromString(QString::fromLatin1(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1))), Qt::ISODate);
        auto *item = new QStandardItem(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 2))));
        item->setBackground(QColor(QString::fromLatin1(reinterpret_cast<const char *>(sqlite3_column_text(statement, 3)))));
        model.setItem(row, int(Month.daysTo(date)), item);
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, QByteArray(argv[1]).toInt()) : 15;
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(u"RotaDeskBench"_s);

    const QString path = dir.filePath(u"million.rota"_s);
    {
        std::printf("Building a workspace of %lld shifts ...\n", Rows);
        std::fflush(stdout);
        writeCsv(dir.filePath(u"million.csv"_s));
        StorageError error;
        auto workspace = Workspace::open(path, Workspace::OpenMode::CreateNew, &error);
        if (!workspace || !workspace->setSetting(u"time_zone"_s, u"Europe/London"_s).ok())
            qFatal("%s", qPrintable(error.message));
        const ImportResult result = ShiftCsvImporter(*workspace).importFile(dir.filePath(u"million.csv"_s));
        if (!result.ok() || result.imported != Rows)
            qFatal("import failed: %s", qPrintable(result.fatal));
        QFile::remove(dir.filePath(u"million.csv"_s));
    }
    {
        QSettings settings;
        settings.setValue(u"rota/view"_s, int(RotaView::Mode::Grid));
        settings.setValue(u"rota/length"_s, int(RotaView::Length::Month));
    }

    // First view: a new window opens the file and paints the month.
    const QList<double> firstOurs = timeRuns(std::max(3, runs / 3), [&] {
        WorkspaceSession session;
        RotaView view(&session);
        view.resize(1400, 900);
        if (!session.open(path).ok())
            qFatal("cannot open %s", qPrintable(path));
        view.setAnchorDate(Month);
        paint(&view);
    });
    const QList<double> firstReference = timeRuns(std::max(3, runs / 3), [&] {
        QStandardItemModel model;
        QTableView table;
        table.resize(1400, 900);
        fillReferenceGrid(path, model);
        table.setModel(&model);
        paint(&table);
    });

    // The whole grid of 200 clinicians x 31 days, painted at once.
    WorkspaceSession session;
    RotaView view(&session);
    if (!session.open(path).ok())
        qFatal("cannot open %s", qPrintable(path));
    view.setAnchorDate(Month);
    RotaGridTable *grid = view.gridTable();
    const QSize gridSize(grid->verticalHeader()->width() + grid->horizontalHeader()->length() + 4,
                         grid->horizontalHeader()->height() + grid->verticalHeader()->length() + 4);
    grid->setParent(nullptr);
    grid->resize(gridSize);
    paint(grid);
    const QList<double> gridOurs = timeRuns(runs, [&] { paint(grid); });
    const QList<double> cellsOurs = timeRuns(runs, [&] { paint(grid->viewport()); });
    // What one frame repaints on a full-HD screen: the grid scrolled to its middle.
    grid->resize(1920, 1080);
    grid->verticalScrollBar()->setValue(grid->verticalScrollBar()->maximum() / 2);
    paint(grid);
    const QList<double> screenOurs = timeRuns(runs, [&] { paint(grid); });
    grid->resize(gridSize);
    QStandardItemModel referenceModel;
    fillReferenceGrid(path, referenceModel);
    QTableView referenceTable;
    referenceTable.setModel(&referenceModel);
    referenceTable.horizontalHeader()->setDefaultSectionSize(grid->horizontalHeader()->defaultSectionSize());
    referenceTable.verticalHeader()->setDefaultSectionSize(grid->verticalHeader()->defaultSectionSize());
    referenceTable.resize(gridSize);
    paint(&referenceTable);
    const QList<double> gridReference = timeRuns(runs, [&] { paint(&referenceTable); });
    const QList<double> cellsReference = timeRuns(runs, [&] { paint(referenceTable.viewport()); });
    referenceTable.resize(1920, 1080);
    referenceTable.verticalScrollBar()->setValue(referenceTable.verticalScrollBar()->maximum() / 2);
    paint(&referenceTable);
    const QList<double> screenReference = timeRuns(runs, [&] { paint(&referenceTable); });
    std::printf("grid: %d rows x %d days of %d shifts\n", view.gridModel()->rowCount(), view.gridModel()->columnCount(),
                int(view.gridModel()->period().shifts().size()));
    grid->setParent(&view);

    // The month view with 5,000 shifts in its six weeks.
    const QString monthPath = dir.filePath(u"month.rota"_s);
    {
        QFile csv(dir.filePath(u"month.csv"_s));
        if (!csv.open(QIODevice::WriteOnly))
            qFatal("cannot write the month CSV");
        csv.write("clinician,date,type,start,end\n");
        const QDate first = QDate(Month.year(), Month.month(), 1).addDays(1 - QDate(Month.year(), Month.month(), 1).dayOfWeek());
        for (int i = 0; i < 5000; ++i)
            csv.write("Clinician " + QByteArray::number(i % 160) + ',' + first.addDays(i % 35).toString(Qt::ISODate).toLatin1()
                      + (i % 3 ? ",D,08:00,16:00\n" : ",N,20:00,08:00\n"));
        csv.close();
        auto workspace = Workspace::open(monthPath, Workspace::OpenMode::CreateNew, nullptr);
        if (!workspace || !ShiftCsvImporter(*workspace).importFile(csv.fileName()).ok())
            qFatal("cannot build the month workspace");
    }
    auto monthWorkspace = Workspace::open(monthPath, Workspace::OpenMode::OpenExisting, nullptr);
    const QDate monthFirst = QDate(Month.year(), Month.month(), 1);
    const QDate gridFirst = monthFirst.addDays(1 - monthFirst.dayOfWeek());
    auto period = std::make_shared<const RotaPeriod>(RotaPeriod::load(*monthWorkspace, gridFirst, gridFirst.addDays(41)));
    MonthModel monthModel;
    monthModel.setPeriod(period, monthFirst);
    MonthView monthView;
    monthView.setModel(&monthModel);
    monthView.resize(1400, 900);
    paint(&monthView);
    const QList<double> monthOurs = timeRuns(runs, [&] { paint(&monthView); });
    QStandardItemModel monthReferenceModel(monthModel.rowCount(), 7);
    for (int row = 0; row < monthModel.rowCount(); ++row) {
        for (int column = 0; column < 7; ++column) {
            QStringList lines;
            for (const MonthModel::Line &line : monthModel.lines(monthModel.index(row, column)))
                lines << monthModel.lineText(line);
            monthReferenceModel.setItem(row, column, new QStandardItem(lines.join(u'\n')));
        }
    }
    QTableView monthReference;
    monthReference.setModel(&monthReferenceModel);
    monthReference.horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    monthReference.verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    monthReference.resize(1400, 900);
    paint(&monthReference);
    const QList<double> monthReferenceTimes = timeRuns(runs, [&] { paint(&monthReference); });
    std::printf("month: %d shifts in the six weeks shown\n\n", int(period->shifts().size()));

    report("first view, 1M-shift workspace", firstOurs, firstReference, 1000);
    report("grid paint, 200 x 31", gridOurs, gridReference, 16);
    report("grid cells only, 200 x 31", cellsOurs, cellsReference, 16);
    report("grid frame, 1920 x 1080 of it", screenOurs, screenReference, 16);
    report("month paint, 5,000 shifts", monthOurs, monthReferenceTimes, 16);
    return 0;
}
