#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QIODevice;
class Workspace;

// Writes the shifts of a date window, streamed from the database. CSV uses exactly the import
// format (clinician,date,type,start,end,time_zone,pinned), so an export imports back as it was.
class ShiftExporter
{
    Q_DECLARE_TR_FUNCTIONS(ShiftExporter)

public:
    explicit ShiftExporter(Workspace &workspace);

    // Return an error message, empty on success.
    [[nodiscard]] QString writeCsv(QIODevice &out, QDate from, QDate to);
    [[nodiscard]] QString writeJson(QIODevice &out, QDate from, QDate to);

private:
    Workspace &m_workspace;
};
