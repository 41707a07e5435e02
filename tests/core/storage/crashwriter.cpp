// Helper of tst_crashsafety: makes journaled edits to a workspace in a loop until it is killed.
// After each edit's commit has returned it prints "ack <journal id> <record type>.<operation>
// <local id>" and flushes, so every line the test reads is an edit the user was told is saved.
//
// Usage: rotadesk_crash_writer <workspace> <seed>

#include "storagetestsupport.h"

#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace StorageTest;

namespace {

// Bounds the run should the test fail to kill it.
constexpr int MaxEdits = 100000;

class Writer
{
public:
    Writer(Workspace &workspace, quint32 seed)
        : m_workspace(workspace)
        , m_random(seed)
    {
    }

    // Returns false (after saying why on stderr) when an edit fails.
    bool run(qint64 shiftTypeId)
    {
        m_shiftTypeId = shiftTypeId;
        for (int edit = 0; edit < MaxEdits; ++edit) {
            const Step step = nextStep();
            const StorageError error = step.run();
            if (!error.ok()) {
                std::fprintf(stderr, "edit %d (%s) failed: %s\n", edit, step.kind, qPrintable(error.message));
                return false;
            }
            std::printf("ack %lld %s %lld\n", static_cast<long long>(Journal(m_workspace).lastId()), step.kind,
                        static_cast<long long>(m_lastId));
            std::fflush(stdout);
        }
        return true;
    }

private:
    struct Step
    {
        const char *kind;
        std::function<StorageError()> run;
    };

    Step nextStep()
    {
        const quint32 choice = m_random.bounded(100);
        if (m_clinicians.isEmpty() || choice < 15)
            return {"clinician.create", [this] { return createClinician(); }};
        if (m_shifts.isEmpty() || choice < 50)
            return {"shift.create", [this] { return createShift(); }};
        if (choice < 70)
            return {"shift.update", [this] { return updateShift(); }};
        if (choice < 80)
            return {"clinician.update", [this] { return updateClinician(); }};
        const std::optional<qint64> unused = unusedClinician();
        if (choice < 95 || !unused)
            return {"shift.delete", [this] { return deleteShift(); }};
        return {"clinician.delete", [this, id = *unused] { return deleteClinician(id); }};
    }

    // Only a clinician none of whose shifts remain can go (shifts refer to it, RESTRICT).
    std::optional<qint64> unusedClinician() const
    {
        for (const qint64 id : m_clinicians) {
            if (std::none_of(m_shifts.cbegin(), m_shifts.cend(), [id](const auto &s) { return s.second == id; }))
                return id;
        }
        return std::nullopt;
    }

    qint64 pick(const QList<qint64> &ids) { return ids.at(m_random.bounded(int(ids.size()))); }

    StorageError createClinician()
    {
        Clinician record = clinician(u"Clinician %1"_s.arg(m_random.bounded(100000)));
        StorageError error = ClinicianRepository(m_workspace).create(record);
        m_lastId = record.id;
        if (error.ok())
            m_clinicians.append(record.id);
        return error;
    }

    StorageError createShift()
    {
        const std::optional<qint64> clinicianId = m_random.bounded(5) == 0 ? std::nullopt : std::optional(pick(m_clinicians));
        Shift record = shift(clinicianId, m_shiftTypeId, QDate(2026, 12, 1).addDays(m_random.bounded(60)));
        record.notes = u"x"_s.repeated(m_random.bounded(2000));
        StorageError error = ShiftRepository(m_workspace).create(record);
        m_lastId = record.id;
        if (error.ok())
            m_shifts.append({record.id, clinicianId});
        return error;
    }

    StorageError updateShift()
    {
        ShiftRepository shifts(m_workspace);
        const qint64 id = m_shifts.at(m_random.bounded(int(m_shifts.size()))).first;
        std::optional<Shift> record = shifts.get(id);
        m_lastId = id;
        record->notes = u"Edited %1"_s.arg(m_random.bounded(100000));
        record->status = m_random.bounded(2) ? Shift::Status::Completed : Shift::Status::Scheduled;
        return shifts.update(*record);
    }

    StorageError updateClinician()
    {
        ClinicianRepository clinicians(m_workspace);
        m_lastId = pick(m_clinicians);
        std::optional<Clinician> record = clinicians.get(m_lastId);
        record->grade = u"Grade %1"_s.arg(m_random.bounded(10));
        return clinicians.update(*record);
    }

    StorageError deleteShift()
    {
        const qsizetype index = m_random.bounded(int(m_shifts.size()));
        m_lastId = m_shifts.at(index).first;
        StorageError error = ShiftRepository(m_workspace).remove(m_lastId);
        if (error.ok())
            m_shifts.removeAt(index);
        return error;
    }

    StorageError deleteClinician(qint64 id)
    {
        m_lastId = id;
        StorageError error = ClinicianRepository(m_workspace).remove(id);
        if (error.ok())
            m_clinicians.removeOne(id);
        return error;
    }

    Workspace &m_workspace;
    QRandomGenerator m_random;
    qint64 m_shiftTypeId = 0;
    qint64 m_lastId = 0;
    QList<qint64> m_clinicians; // created by this run
    QList<std::pair<qint64, std::optional<qint64>>> m_shifts; // id, clinician
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: rotadesk_crash_writer <workspace> <seed>\n");
        return 1;
    }
    StorageError error;
    const std::unique_ptr<Workspace> workspace = openWorkspace(arguments.at(1), Workspace::OpenMode::CreateIfMissing, &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    ShiftTypeRepository types(*workspace);
    std::optional<ShiftType> type = types.findByCode(u"D"_s);
    if (!type) {
        type = dayShiftType();
        if (error = types.create(*type); !error.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            return 1;
        }
        std::printf("ack %lld shift_type.create %lld\n", static_cast<long long>(Journal(*workspace).lastId()), static_cast<long long>(type->id));
        std::fflush(stdout);
    }
    return Writer(*workspace, arguments.at(2).toUInt()).run(type->id) ? 0 : 2;
}
