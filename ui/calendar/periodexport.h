#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

class Workspace;

// Writes the shifts of the period a calendar view shows to a file: as iCalendar for calendar
// programs, or as the CSV the importer reads. The file is replaced only when complete, so a
// failed export leaves an existing file as it was.
class PeriodExport
{
    Q_DECLARE_TR_FUNCTIONS(PeriodExport)

public:
    // Return the error (naming the file), or an empty string.
    [[nodiscard]] static QString writeCalendar(Workspace &workspace, QDate from, QDate to, std::optional<qint64> clinicianId,
                                               const QString &path);
    [[nodiscard]] static QString writeCsv(Workspace &workspace, QDate from, QDate to, const QString &path);
};
