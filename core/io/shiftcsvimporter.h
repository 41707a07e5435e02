#pragma once

#include "csvimporter.h"

#include <memory>

// Imports shifts from a CSV file with a header and the columns
// `clinician,date,type,start,end,time_zone,pinned` (any order; clinician, date and type required;
// start and end come together):
//   clinician  the clinician's exact name (surrounding spaces ignored); empty for an open shift.
//              A name not in the workspace creates the clinician.
//   date       YYYY-MM-DD, the local date the shift starts on
//   type       the shift type's code; an unknown code creates a shift type of that code
//   start,end  HH:MM local times; both empty for a whole-day shift; an end at or before the
//              start ends on the next day (overnight)
//   time_zone  IANA zone; empty for the workspace's time zone
//   pinned     1, or 0 / empty
// A row is accepted exactly when Shift::validate() would accept the shift it describes. The
// whole import is one transaction with one journal entry whose "after" holds table ("shifts"),
// file, rows, skipped, first_id, last_id (the shifts written have the ids between them),
// clinicians_created and shift_types_created.
//
// Written for a million rows: raw prepared statements inserting many rows each, zone rules
// resolved once per zone, clinicians and shift types looked up once per distinct value, and no
// allocation per row.
class ShiftCsvImporter : public CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(ShiftCsvImporter)

public:
    enum Column { ClinicianColumn, DateColumn, TypeColumn, StartColumn, EndColumn, TimeZoneColumn, PinnedColumn };

    explicit ShiftCsvImporter(Workspace &workspace);
    ~ShiftCsvImporter() override;

protected:
    void checkHeader() override;
    void prepareConnection(qint64 totalBytes) override;
    [[nodiscard]] StorageError begin(qint64 totalBytes) override;
    void checkRow() override;
    [[nodiscard]] StorageError writeRow() override;
    [[nodiscard]] StorageError finish() override;
    void describe(QJsonObject &after) const override;
    void release() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
