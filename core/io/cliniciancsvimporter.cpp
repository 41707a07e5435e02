#include "cliniciancsvimporter.h"

#include "csvvalues.h"
#include "model/clinician.h"
#include "model/team.h"
#include "storage/recordtable.h"
#include "storage/recordtraits.h"
#include "storage/sqlitestatement.h"
#include "storage/workspace.h"

#include <QHash>
#include <optional>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

struct TeamEntry
{
    qint64 id = 0; // 0 until the import creates the team
    QString problem;
};

// The CSV column a Clinician field error belongs to.
int columnOf(const QString &clinicianField)
{
    if (clinicianField == "grade"_L1)
        return ClinicianCsvImporter::GradeColumn;
    if (clinicianField == "email"_L1)
        return ClinicianCsvImporter::EmailColumn;
    return ClinicianCsvImporter::NameColumn;
}

} // namespace

struct ClinicianCsvImporter::Private
{
    std::optional<SqliteStatement> findClinician;
    std::optional<SqliteStatement> findTeam;
    std::optional<RecordTable> clinicianTable;
    std::optional<RecordTable> teamTable;
    QString now;
    QHash<QString, TeamEntry> teams;
    QHash<QString, qint64> namesInFile; // name -> line of its row
    qint64 firstId = 0;
    qint64 lastId = 0;

    // The row checkRow() accepted last.
    Clinician clinician;
    QString teamName;
};

ClinicianCsvImporter::ClinicianCsvImporter(Workspace &workspace)
    : CsvImporter(workspace, "clinicians"_L1,
                  {{"name"_L1, true}, {"team"_L1, false}, {"grade"_L1, false}, {"email"_L1, false}, {"active"_L1, false}})
    , d(std::make_unique<Private>())
{
}

ClinicianCsvImporter::~ClinicianCsvImporter() = default;

StorageError ClinicianCsvImporter::begin(qint64)
{
    Private &p = *d;
    sqlite3 *db = workspace().handle();
    p.now = workspace().nowIso();
    p.teams.clear();
    p.namesInFile.clear();
    p.firstId = p.lastId = 0;
    p.clinicianTable.emplace(workspace(), RecordTraits<Clinician>::spec());
    p.teamTable.emplace(workspace(), RecordTraits<Team>::spec());
    p.findClinician.emplace(db, "SELECT id FROM clinicians WHERE name = ?1 LIMIT 1");
    p.findTeam.emplace(db, "SELECT id FROM teams WHERE name = ?1 ORDER BY id LIMIT 1");
    for (const SqliteStatement *statement : {&*p.findClinician, &*p.findTeam}) {
        if (!statement->isValid())
            return statement->error(inputName());
    }
    return {};
}

void ClinicianCsvImporter::checkRow()
{
    Private &p = *d;
    Clinician &clinician = p.clinician;
    clinician = Clinician();
    clinician.name = QString::fromUtf8(value(NameColumn));
    clinician.grade = QString::fromUtf8(value(GradeColumn));
    clinician.email = QString::fromUtf8(value(EmailColumn));
    clinician.created_at = clinician.updated_at = p.now;

    const QByteArrayView activeText = value(ActiveColumn);
    const std::optional<bool> active = activeText.isEmpty() ? true : CsvValues::parseFlag(activeText);
    if (active)
        clinician.active = *active;
    else
        rowError(ActiveColumn, tr("\"%1\" is not a valid active value; use 1 or nothing for active, 0 for not active.")
                                   .arg(QString::fromUtf8(activeText)));

    for (const FieldError &error : clinician.validate())
        rowError(columnOf(error.field), error.message);

    // Rows written earlier in this import are in the table too, so the file is asked first.
    if (const qint64 earlier = p.namesInFile.value(clinician.name); earlier > 0) {
        rowError(NameColumn, tr("The clinician \"%1\" is already on line %2 of this file.").arg(clinician.name).arg(earlier));
    } else if (!clinician.name.isEmpty()) {
        p.findClinician->bindText(1, value(NameColumn));
        const bool exists = p.findClinician->stepRow() == SQLITE_ROW;
        p.findClinician->reset();
        if (exists)
            rowError(NameColumn, tr("A clinician named \"%1\" is already in the workspace.").arg(clinician.name));
    }

    p.teamName = QString::fromUtf8(value(TeamColumn));
    if (!p.teamName.isEmpty()) {
        auto team = p.teams.find(p.teamName);
        if (team == p.teams.end()) {
            TeamEntry entry;
            p.findTeam->bindText(1, value(TeamColumn));
            if (p.findTeam->stepRow() == SQLITE_ROW) {
                entry.id = p.findTeam->columnInt(0);
            } else {
                Team newTeam;
                newTeam.name = p.teamName;
                entry.problem = messages(newTeam.validate());
            }
            p.findTeam->reset();
            team = p.teams.insert(p.teamName, entry);
        }
        if (!team->problem.isEmpty())
            rowError(TeamColumn, team->problem);
    }

    if (!rowHasErrors())
        p.namesInFile.insert(clinician.name, line());
}

StorageError ClinicianCsvImporter::writeRow()
{
    Private &p = *d;
    if (!p.teamName.isEmpty()) {
        TeamEntry &team = p.teams[p.teamName];
        if (team.id == 0) {
            Team newTeam;
            newTeam.name = p.teamName;
            newTeam.created_at = newTeam.updated_at = p.now;
            if (StorageError error = p.teamTable->insert(newTeam.toJson(), &team.id); !error.ok())
                return error;
            result().teamsCreated << team.id;
        }
        p.clinician.team_id = team.id;
    }
    if (StorageError error = p.clinicianTable->insert(p.clinician.toJson(), &p.clinician.id); !error.ok())
        return error;
    if (p.firstId == 0)
        p.firstId = p.clinician.id;
    p.lastId = p.clinician.id;
    result().cliniciansCreated << p.clinician.id;
    return {};
}

void ClinicianCsvImporter::describe(QJsonObject &after) const
{
    after.insert(u"first_id"_s, d->firstId);
    after.insert(u"last_id"_s, d->lastId);
    after.insert(u"teams_created"_s, idArray(result().teamsCreated));
}

void ClinicianCsvImporter::release()
{
    d->findClinician.reset();
    d->findTeam.reset();
    d->clinicianTable.reset();
    d->teamTable.reset();
}
