#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <optional>

class CommandParser;

// "export shifts FILE --from DATE --to DATE [--format csv|json]": the shifts of a date range
// on stdout. "export ics FILE --from DATE --to DATE [--clinician NAME] [--output FILE]": the same
// shifts as an iCalendar file for calendar programs.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(const QStringList &arguments);

private:
    static int exportShifts(const QStringList &arguments);
    static int exportIcs(const QStringList &arguments);
    // Adds --from and --to to the parser.
    static void addRangeOptions(CommandParser &parser);
    // Reads --from and --to into `range`; the exit code of a usage error when they are missing,
    // not dates or out of order.
    static std::optional<int> readRange(const CommandParser &parser, const QString &command, QDate (&range)[2]);
};
