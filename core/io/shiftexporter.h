#pragma once

#include "storage/shiftfilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QIODevice;
class Workspace;

// Writes the shifts whose date lies in [from, to], ordered by date, clinician and start,
// streamed from the database a row at a time (a window of a million shifts is not held in
// memory).
//
// CSV uses exactly the import format (clinician,date,type,start,end,time_zone,pinned, with local
// HH:MM times), so an export imports back as it was. JSON is an array of objects with id,
// clinician, clinician_id, date, type, start and end (local ISO 8601 with the UTC offset, or null
// for a whole-day shift), time_zone, duration_minutes, status, is_pinned, counts_as_worked,
// counts_toward_minimum and notes.
class ShiftExporter
{
    Q_DECLARE_TR_FUNCTIONS(ShiftExporter)

public:
    explicit ShiftExporter(Workspace &workspace);

    // Only the shifts that meet `filter` as well.
    void setFilter(const ShiftFilter &filter) { m_filter = filter; }
    // Return an error message; empty on success.
    [[nodiscard]] QString writeCsv(QIODevice &out, QDate from, QDate to);
    [[nodiscard]] QString writeJson(QIODevice &out, QDate from, QDate to);

private:
    enum class Format { Csv, Json };
    QString write(QIODevice &out, QDate from, QDate to, Format format);

    Workspace &m_workspace;
    ShiftFilter m_filter;
};
