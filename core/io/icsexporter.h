#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

class QIODevice;
class Workspace;

// Writes the shifts whose local date lies in [from, to] as one iCalendar (RFC 5545) calendar for
// calendar programs: one VEVENT per shift that is not cancelled, of one clinician or of all
// (open shifts included). Timed shifts keep the wall-clock times of their zone (TZID) with a
// VTIMEZONE per zone covering the exported instants; shifts in UTC are written in UTC; whole-day
// shifts are all-day events. Each event's UID is made of the shift's id and the workspace's
// setting "uid", so a calendar that imports the file again updates its events instead of
// duplicating them.
class IcsExporter
{
    Q_DECLARE_TR_FUNCTIONS(IcsExporter)

public:
    explicit IcsExporter(Workspace &workspace);

    // Returns an error message; empty on success. May store the setting "uid" in the workspace
    // on the first export.
    [[nodiscard]] QString write(QIODevice &out, QDate from, QDate to, std::optional<qint64> clinicianId = {}) const;

private:
    // The right-hand side of every UID: the setting "uid", created when missing.
    QString calendarId() const;

    Workspace &m_workspace;
};
