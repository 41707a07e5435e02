#pragma once

#include "csvimporter.h"

#include <memory>

// Imports clinicians from a CSV file with a header and the columns `name,team,grade,email,active`
// (any order; only name is required). A team not in the workspace is created; a name that is
// already in the workspace, or earlier in the file, is an error. `active` is 1 or empty for
// active, 0 for not active. One transaction, one journal entry whose "after" holds table
// ("clinicians"), file, rows, skipped, first_id, last_id and teams_created.
class ClinicianCsvImporter : public CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(ClinicianCsvImporter)

public:
    enum Column { NameColumn, TeamColumn, GradeColumn, EmailColumn, ActiveColumn };

    explicit ClinicianCsvImporter(Workspace &workspace);
    ~ClinicianCsvImporter() override;

protected:
    [[nodiscard]] StorageError begin(qint64 totalBytes) override;
    void checkRow() override;
    [[nodiscard]] StorageError writeRow() override;
    void describe(QJsonObject &after) const override;
    void release() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
