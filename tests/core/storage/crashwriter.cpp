// Helper for tst_crashsafety: makes journaled edits to a workspace in a loop, printing
// "ack <journal id>" after each edit's commit has returned, until it is killed.
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: rotadesk_crash_writer FILE SEED\n");
        return 2;
    }
    StorageError error;
    auto workspace = Workspace::open(QString::fromLocal8Bit(argv[1]), Workspace::OpenMode::CreateIfMissing, &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    QRandomGenerator random(quint32(QByteArray(argv[2]).toUInt()));
    ClinicianRepository clinicians(*workspace);
    ShiftTypeRepository types(*workspace);
    ShiftRepository shifts(*workspace);
    Journal journal(*workspace);

    std::optional<ShiftType> type = types.findByCode(u"D"_s);
    if (!type) {
        ShiftType day;
        day.code = u"D"_s;
        day.name = u"Day"_s;
        day.colour = u"#56B4E9"_s;
        day.start_time = QTime(8, 0);
        day.end_time = QTime(17, 0);
        day.duration_minutes = 540;
        if (!types.create(day).ok())
            return 1;
        type = day;
    }
    QList<qint64> clinicianIds;
    QList<qint64> shiftIds;
    auto ack = [&] {
        std::printf("ack %lld\n", static_cast<long long>(journal.lastId()));
        std::fflush(stdout);
    };
    for (int n = 0;; ++n) {
        const int choice = clinicianIds.isEmpty() ? 0 : random.bounded(10);
        if (choice == 0) {
            Clinician clinician;
            clinician.name = u"Clinician %1"_s.arg(n);
            if (!clinicians.create(clinician).ok())
                return 1;
            clinicianIds << clinician.id;
        } else if (choice <= 5 || shiftIds.isEmpty()) {
            Shift shift;
            shift.shift_type_id = type->id;
            shift.clinician_id = clinicianIds.at(random.bounded(int(clinicianIds.size())));
            if (!shift.setLocalTimes(QDate(2026, 1, 1).addDays(random.bounded(365)), QTime(8, 0), QTime(17, 0), "Europe/London").isEmpty()
                || !shifts.create(shift).ok())
                return 1;
            shiftIds << shift.id;
        } else if (choice <= 8) {
            std::optional<Shift> shift = shifts.get(shiftIds.at(random.bounded(int(shiftIds.size()))));
            shift->notes = u"edit %1"_s.arg(n);
            shift->is_pinned = !shift->is_pinned;
            if (!shifts.update(*shift).ok())
                return 1;
        } else {
            const qint64 id = shiftIds.takeAt(random.bounded(int(shiftIds.size())));
            if (!shifts.remove(id).ok())
                return 1;
        }
        ack();
    }
}
