#pragma once

#include "calendar/bankholidays.h"
#include "calendar/rotaperiod.h"
#include "printoptions.h"
#include "printpageframe.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;
class Workspace;

// The printed rota: pages of the grid, month or week view of a date range, each with a header
// (workspace, period, view, print time), a legend and "Page n of N". The same code paints on a
// QPrinter (printing, print preview) and a QPdfWriter. Everything is measured on the device in
// points and millimetres, so the pages look the same at any resolution.
class RotaPrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(RotaPrintDocument)

public:
    // What a page holds, for callers that report on it and for tests.
    struct PageSummary
    {
        QDate from; // the days the page shows
        QDate to;
        QStringList rows; // grid: clinician rows in print order (team headings not included)
        QString firstGroup; // grid: the team of the first row
        int rowCapacity = 0; // grid: one-line rows that fit between the column headers and the cover
    };

    // One painted piece of a timed shift in the week view: a shift across midnight gives one
    // piece on each day. Minutes count from the day's local midnight; the rectangle is in device
    // pixels relative to the page's paint area.
    struct WeekBlock
    {
        qint64 shiftId = 0;
        QDate day;
        int startMinute = 0;
        int endMinute = 0;
        int lane = 0;
        int lanes = 1;
        QRectF rect;
    };

    // Reads the workspace for the options' days (and, for the week view, the day before each
    // week for night shifts that run into it). The workspace is not kept.
    RotaPrintDocument(const Workspace &workspace, const PrintOptions &options);

    const PrintOptions &options() const { return m_options; }
    QString loadError() const { return m_loadError; } // empty when everything was read
    // The options' paper and orientation with the margins the pages are designed for.
    QPageLayout pageLayout() const;

    // Paginates for the device's current page layout and resolution.
    void layout(QPagedPaintDevice &device);
    int pageCount() const { return int(m_pages.size()); }
    PageSummary pageSummary(int page) const;
    QList<WeekBlock> weekBlocks(int page) const;

    // Paints one page on a painter open on the device layout() measured.
    void paint(QPainter &painter, int page) const;
    // Lays out and paints every page, one device page each. False, with the reason, when the
    // device cannot be painted on or the rota could not be read.
    bool print(QPagedPaintDevice &device, QString *error);

private:
    enum class FontRole { Subtitle, Body, BodyBold, Small, SmallBold, Chip };

    // A grid row: a team heading, a clinician, or the open shifts.
    struct Row
    {
        enum class Kind { Heading, Clinician, Open };
        Kind kind = Kind::Clinician;
        int group = -1; // index into RotaPeriod::groups(); -1 for the open shifts
        int clinician = -1; // index into RotaPeriod::clinicians(); -1 for headings and open shifts
        int lines = 1; // chip lines the row needs
        bool continued = false; // a heading repeated at the top of a page
    };

    struct Page
    {
        int period = 0; // index into m_periods
        QDate from;
        QDate to;
        QDate gridStart; // month view: the Monday of the first week row; week view: the Monday
        QList<Row> rows;
    };

    struct LegendItem
    {
        enum class Swatch { Chip, Pinned, Leave, Hatch, Weekend, Holiday, BelowMinimum, Outside, None };
        Swatch swatch = Swatch::None;
        QColor colour;
        QBrush brush;
        QString code;
        QString text;
    };

    // Sizes in device pixels, from the last layout(); the page and its content area are m_frame's.
    struct Geometry
    {
        // Grid
        qreal nameWidth = 0;
        qreal minColumn = 0;
        qreal maxColumn = 0;
        qreal line = 0; // one chip line of a grid row
        qreal monthRow = 0;
        qreal dayHeader = 0;
        qreal coverRow = 0;
        int capacity = 1;
        // Week
        qreal axisWidth = 0; // hour labels
        qreal dayHeaderTop = 0;
        qreal stripTop = 0;
        qreal stripLine = 0;
        int stripLines = 0; // whole-day lines above the axis, the same on every week
        qreal axisTop = 0;
    };

    qreal mm(qreal millimetres) const { return m_frame.mm(millimetres); }
    QFont font(FontRole role) const;
    static QFontMetricsF metrics(const QFont &font, const QPaintDevice *device);

    void load(const Workspace &workspace);
    void buildLegend();
    QList<QRectF> legendPositions(const QPaintDevice *device, qreal *height) const;
    QString periodText(QDate from, QDate to) const;
    QString filterText() const;
    bool isShown(const Shift &shift) const;
    QList<int> visibleShifts(const RotaPeriod &period, int clinician, int day) const;
    // Every clinician's and the open shifts of a day, whole-day shifts first, then by start.
    QList<int> shiftsOfDay(const RotaPeriod &period, int day, bool wholeDayOnly) const;
    QList<int> cliniciansOnLeave(const RotaPeriod &period, int day) const;

    void layoutGrid(const QPaintDevice *device);
    QList<std::pair<QDate, QDate>> gridBands(const RotaPeriod &period) const;
    int rowLines(const QPaintDevice *device, const RotaPeriod &period, const Row &row, QDate from, QDate to,
                 qreal column) const;
    qreal gridColumnWidth(const Page &page) const;
    QList<const ShiftType *> coverTypes(const RotaPeriod &period) const;
    void layoutMonths();
    void layoutWeeks(const QPaintDevice *device);

    void paintHeader(QPainter &painter, int page) const;
    void paintLegend(QPainter &painter) const;
    void paintGrid(QPainter &painter, const Page &page) const;
    void paintMonth(QPainter &painter, const Page &page) const;
    void paintWeek(QPainter &painter, const Page &page, int pageIndex) const;
    void paintChip(QPainter &painter, const QRectF &rect, const ShiftType *type, const QString &code, bool pinned) const;
    QRectF chipRect(QPainter &painter, QPointF topLeft, const QString &code) const;
    // One line of a month cell or of the week's whole-day strip: a chip or leave marker and a name.
    void paintEntryLine(QPainter &painter, const QRectF &line, const RotaPeriod &period, int shift, int leaveClinician,
                        int day) const;
    void paintDayBackground(QPainter &painter, const QRectF &rect, QDate date) const;

    PrintOptions m_options;
    QString m_workspaceName;
    QString m_printedAt;
    QString m_filterText;
    QString m_loadError;
    BankHolidays m_holidays;
    QList<RotaPeriod> m_periods;
    QList<Page> m_pages;
    QList<LegendItem> m_legend;
    PrintPageFrame m_frame;
    Geometry m_geometry;
};
