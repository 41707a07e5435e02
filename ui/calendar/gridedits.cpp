#include "gridedits.h"

#include "rotagridmodel.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

bool sameCell(const Shift &a, const Shift &b)
{
    return a.clinician_id == b.clinician_id && a.date == b.date;
}

Shift copyOf(const Shift &shift)
{
    Shift copy = shift;
    copy.id = 0;
    copy.server_id.reset();
    copy.is_pinned = false;
    copy.status = Shift::Status::Scheduled;
    copy.repeating_shift_id.reset(); // a copy is not part of the series it came from
    copy.created_at.clear();
    copy.created_by.clear();
    copy.modified_at.clear();
    copy.modified_by.clear();
    return copy;
}

} // namespace

QString GridEdits::describe(const RotaGridModel &model, const Shift &shift)
{
    const ShiftType *type = model.period().shiftType(shift.shift_type_id);
    const QString who = model.rowName(model.rowOfClinician(shift.clinician_id));
    return tr("%1 of %2 on %3")
        .arg(type ? type->code : tr("shift"), who.isEmpty() ? tr("a clinician not shown") : who,
             QLocale().toString(shift.date, QLocale::ShortFormat));
}

GridEdits::Plan GridEdits::place(const RotaGridModel &model, const QList<Shift> &shifts, int anchorRow, QDate anchorDate,
                                 int targetRow, QDate targetDate, bool copy)
{
    Plan plan;
    const int rowOffset = targetRow - anchorRow;
    const qint64 dayOffset = anchorDate.daysTo(targetDate);
    if (shifts.isEmpty() || (!copy && rowOffset == 0 && dayOffset == 0))
        return plan;
    QSet<qint64> moving;
    for (const Shift &shift : shifts)
        moving.insert(shift.id);

    QList<ChangeShifts::Change> changes;
    for (const Shift &shift : shifts) {
        const int sourceRow = model.rowOfClinician(shift.clinician_id);
        if (sourceRow < 0 && rowOffset != 0) {
            plan.error = tr("%1 belongs to a clinician the filter hides; show them to move it to another row.").arg(describe(model, shift));
            return plan;
        }
        const int row = sourceRow < 0 ? sourceRow : sourceRow + rowOffset;
        if (sourceRow >= 0 && (row < 0 || row >= model.rowCount() || model.rowKind(row) == RotaGridModel::RowKind::Team)) {
            plan.error = tr("Shifts can only be dropped on a clinician's row or on the open shifts.");
            return plan;
        }
        if (!copy && shift.is_pinned) {
            plan.error = tr("%1 is pinned. Unpin it to move it.").arg(describe(model, shift));
            return plan;
        }
        Shift placed = copy ? copyOf(shift) : shift;
        if (sourceRow >= 0)
            placed.clinician_id = model.clinicianIdAt(row);
        if (const FieldErrors errors = placed.moveToDate(shift.date.addDays(dayOffset)); !errors.isEmpty()) {
            plan.error = tr("%1 cannot be placed on %2: %3")
                             .arg(describe(model, shift), QLocale().toString(shift.date.addDays(dayOffset), QLocale::ShortFormat),
                                  joinFieldErrors(errors));
            return plan;
        }
        changes.append({copy ? std::nullopt : std::optional<Shift>(shift), placed});

        if (row >= 0 && model.rowKind(row) == RotaGridModel::RowKind::Clinician) {
            const int column = model.period().dayIndex(placed.date);
            for (const Shift *other : column >= 0 ? model.shiftsAt(row, column) : QList<const Shift *>{}) {
                const bool listed = std::any_of(plan.occupying.begin(), plan.occupying.end(),
                                                [other](const Shift &s) { return s.id == other->id; });
                if (!moving.contains(other->id) && other->status != Shift::Status::Cancelled && !listed)
                    plan.occupying.append(*other);
            }
        }
    }
    plan.changes = changes;
    const bool oneSourceCell = std::all_of(shifts.begin(), shifts.end(), [&](const Shift &s) { return sameCell(s, shifts.first()); });
    const bool oneTargetCell = std::all_of(plan.occupying.begin(), plan.occupying.end(),
                                           [&](const Shift &s) { return sameCell(s, plan.occupying.first()); });
    plan.canSwap = !copy && !plan.occupying.isEmpty() && oneSourceCell && oneTargetCell;
    plan.text = copy ? tr("Copy %n shift(s)", nullptr, int(shifts.size())) : tr("Move %n shift(s)", nullptr, int(shifts.size()));
    return plan;
}

GridEdits::Plan GridEdits::swap(const RotaGridModel &model, const Plan &plan)
{
    Plan swapped = plan;
    swapped.occupying.clear();
    swapped.canSwap = false;
    if (!plan.canSwap || plan.changes.isEmpty() || !plan.changes.first().before) {
        swapped.changes.clear();
        swapped.error = tr("Only shifts moved from one day onto one other day can be swapped.");
        return swapped;
    }
    const Shift &origin = *plan.changes.first().before;
    for (const Shift &other : plan.occupying) {
        if (other.is_pinned) {
            swapped.changes.clear();
            swapped.error = tr("%1 is pinned. Unpin it to swap it.").arg(describe(model, other));
            return swapped;
        }
        Shift moved = other;
        moved.clinician_id = origin.clinician_id;
        if (const FieldErrors errors = moved.moveToDate(origin.date); !errors.isEmpty()) {
            swapped.changes.clear();
            swapped.error = tr("%1 cannot be swapped: %2").arg(describe(model, other), joinFieldErrors(errors));
            return swapped;
        }
        swapped.changes.append({other, moved});
    }
    swapped.text = tr("Swap shifts");
    return swapped;
}

GridEdits::Plan GridEdits::remove(const QList<Shift> &shifts)
{
    Plan plan;
    for (const Shift &shift : shifts)
        plan.changes.append({shift, std::nullopt});
    plan.text = tr("Delete %n shift(s)", nullptr, int(shifts.size()));
    return plan;
}
