#include "printcommand.h"

#include "commandparser.h"
#include "console.h"
#include "printing/printoptions.h"
#include "printing/rotaprinter.h"
#include "storage/teamrepository.h"

#include <QDate>

using namespace Qt::StringLiterals;

int PrintCommand::run(const QStringList &arguments)
{
    CommandParser parser(u"print"_s,
                         tr("Writes the rota of a date range (both days included) as a PDF file: the grid of "
                            "clinicians and days, one page per month, one page per week with a time axis, or the availability "
                            "heatmap (who can work on each day, and each team against its minimum)."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addOption({u"view"_s, tr("What the pages show: grid (default), month, week or heatmap."), u"grid|month|week|heatmap"_s, u"grid"_s});
    parser.addOption({u"from"_s, tr("First day to print."), u"YYYY-MM-DD"_s});
    parser.addOption({u"to"_s, tr("Last day to print."), u"YYYY-MM-DD"_s});
    parser.addOption({u"team"_s, tr("Print only this team's clinicians."), u"NAME"_s});
    parser.addOption({u"orientation"_s, tr("Paper orientation: landscape (default) or portrait."), u"portrait|landscape"_s,
                      u"landscape"_s});
    parser.addOption({u"page-break"_s, tr("Grid view: start a new page for each team or week as well (default none)."),
                      u"none|team|week"_s, u"none"_s});
    parser.addOption({u"pdf"_s, tr("The PDF file to write; an existing file is replaced."), u"OUT.pdf"_s});
    if (const auto code = parser.parse(arguments))
        return *code;

    PrintOptions options;
    const std::optional<PrintOptions::View> view = PrintOptions::viewFromKey(parser.value(u"view"_s));
    if (!view)
        return parser.usageError(tr("print: unknown view \"%1\"; use grid, month, week or heatmap.").arg(parser.value(u"view"_s)));
    options.view = *view;
    QDate range[2];
    const QString names[2] = {u"from"_s, u"to"_s};
    for (int i = 0; i < 2; ++i) {
        if (!parser.isSet(names[i]))
            return parser.usageError(tr("print: --%1 is required.").arg(names[i]));
        range[i] = QDate::fromString(parser.value(names[i]), Qt::ISODate);
        if (!range[i].isValid())
            return parser.usageError(
                tr("print: --%1 \"%2\" is not a date; use YYYY-MM-DD.").arg(names[i], parser.value(names[i])));
    }
    if (range[0] > range[1])
        return parser.usageError(tr("print: --from %1 is after --to %2.")
                                     .arg(range[0].toString(Qt::ISODate), range[1].toString(Qt::ISODate)));
    options.from = range[0];
    options.to = range[1];
    const std::optional<QPageLayout::Orientation> orientation = PrintOptions::orientationFromKey(parser.value(u"orientation"_s));
    if (!orientation)
        return parser.usageError(tr("print: unknown orientation \"%1\"; use portrait or landscape.")
                                     .arg(parser.value(u"orientation"_s)));
    options.orientation = *orientation;
    const std::optional<PrintOptions::PageBreak> pageBreak = PrintOptions::pageBreakFromKey(parser.value(u"page-break"_s));
    if (!pageBreak)
        return parser.usageError(tr("print: unknown page break \"%1\"; use none, team or week.")
                                     .arg(parser.value(u"page-break"_s)));
    options.pageBreak = *pageBreak;
    const QString pdf = parser.value(u"pdf"_s);
    if (pdf.isEmpty())
        return parser.usageError(tr("print: --pdf is required: the PDF file to write."));

    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    if (parser.isSet(u"team"_s)) {
        const QString name = parser.value(u"team"_s);
        const std::optional<Team> team = TeamRepository(*workspace).findByName(name);
        if (!team)
            return parser.usageError(tr("print: there is no team \"%1\" in %2.").arg(name, parser.positional().at(0)));
        options.filter.teamId = team->id;
    }

    if (const QString error = RotaPrinter::exportPdf(*workspace, options, pdf); !error.isEmpty())
        return Console::fail(error);
    Console::out() << tr("Wrote %1.").arg(pdf) << Qt::endl;
    return ExitOk;
}
