#include "rotabulkedit.h"

#include "timeslotfit.h"
#include "storage/rotacloseddaterepository.h"
#include "storage/rotarepository.h"
#include "storage/shiftchangeset.h"
#include "storage/shiftpatternrepository.h"
#include "storage/shiftrepository.h"
#include "storage/timeslotrepository.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

using namespace Qt::StringLiterals;

namespace {

StorageError refusal(const QString &message)
{
    return {StorageError::Kind::Validation, message, {}};
}

} // namespace

RotaBulkEdit::RotaBulkEdit(Workspace &workspace)
    : m_workspace(workspace)
{
}

namespace {

// Runs `change` on each rota in one transaction; the first error rolls everything back.
template <typename Change>
StorageError eachRota(Workspace &workspace, const QList<qint64> &rotaIds, Change change)
{
    if (rotaIds.isEmpty())
        return refusal(RotaBulkEdit::tr("Choose at least one rota."));
    Transaction transaction(workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    RotaRepository rotas(workspace);
    for (qint64 id : rotaIds) {
        std::optional<Rota> rota = rotas.get(id);
        if (!rota)
            return refusal(RotaBulkEdit::tr("There is no rota %1.").arg(id));
        if (StorageError error = change(*rota); !error.ok())
            return error;
    }
    return transaction.commit();
}

} // namespace

StorageError RotaBulkEdit::setEndDate(const QList<qint64> &rotaIds, QDate end)
{
    RotaRepository rotas(m_workspace);
    return eachRota(m_workspace, rotaIds, [&](Rota &rota) -> StorageError {
        if (end.isValid() && end < rota.start_date)
            return refusal(tr("The rota \"%1\" starts on %2, after the end date %3.")
                               .arg(rota.name, rota.start_date.toString(Qt::ISODate), end.toString(Qt::ISODate)));
        if (rota.end_date == end)
            return {};
        rota.end_date = end;
        return rotas.update(rota);
    });
}

StorageError RotaBulkEdit::rename(const QList<qint64> &rotaIds, const QString &pattern)
{
    const QString placeholder = u"{name}"_s;
    if (rotaIds.size() > 1 && !pattern.contains(placeholder))
        return refusal(tr("Renaming %n rota(s) to \"%1\" would give them all one name; write {name} where each rota's name goes.", nullptr,
                          int(rotaIds.size()))
                           .arg(pattern));
    RotaRepository rotas(m_workspace);
    return eachRota(m_workspace, rotaIds, [&](Rota &rota) -> StorageError {
        QString name = pattern;
        name.replace(placeholder, rota.name);
        name = name.trimmed();
        if (name == rota.name)
            return {};
        rota.name = name;
        if (StorageError error = rotas.update(rota); !error.ok())
            return error;
        return {};
    });
}

StorageError RotaBulkEdit::closeDates(const QList<qint64> &rotaIds, QDate from, QDate to, const QString &reason)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return refusal(tr("Give a first and a last date to close, the first not after the last."));
    if (from.daysTo(to) > 366)
        return refusal(tr("Close at most a year of dates at once; to stop a rota, give it an end date."));
    RotaClosedDateRepository closed(m_workspace);
    return eachRota(m_workspace, rotaIds, [&](Rota &rota) -> StorageError {
        QList<QDate> already;
        for (const RotaClosedDate &date : closed.inWindow(rota.id, from, to))
            already << date.date;
        for (QDate date = from; date <= to; date = date.addDays(1)) {
            if (already.contains(date))
                continue;
            RotaClosedDate record;
            record.rota_id = rota.id;
            record.date = date;
            record.reason = reason.trimmed();
            if (StorageError error = closed.create(record); !error.ok())
                return error;
        }
        return {};
    });
}

StorageError RotaBulkEdit::setArchived(const QList<qint64> &rotaIds, bool archived)
{
    RotaRepository rotas(m_workspace);
    return eachRota(m_workspace, rotaIds, [&](Rota &rota) -> StorageError {
        if (rota.archived == archived)
            return {};
        rota.archived = archived;
        return rotas.update(rota);
    });
}

StorageError RotaBulkEdit::replacePattern(const QList<qint64> &rotaIds, QDate from, qint64 patternId, Replacement *result)
{
    if (!from.isValid())
        return refusal(tr("Give the date from which the new pattern applies."));
    if (!ShiftPatternRepository(m_workspace).get(patternId))
        return refusal(tr("There is no shift pattern %1.").arg(patternId));
    const QList<Timeslot> patternSlots = TimeslotRepository(m_workspace).forPattern(patternId);
    RotaRepository rotas(m_workspace);
    ShiftRepository shifts(m_workspace);
    Replacement replacement;
    const StorageError error = eachRota(m_workspace, rotaIds, [&](Rota &rota) -> StorageError {
        if (rota.end_date.isValid() && rota.end_date < from)
            return refusal(tr("The rota \"%1\" ends on %2, before %3.").arg(rota.name, rota.end_date.toString(Qt::ISODate), from.toString(Qt::ISODate)));
        qint64 runningId = rota.id;
        if (rota.start_date >= from) {
            rota.shift_pattern_id = patternId;
            if (StorageError error = rotas.update(rota); !error.ok())
                return error;
        } else {
            Rota next = rota;
            next.id = 0;
            next.server_id.reset();
            next.created_at.clear();
            next.start_date = from;
            next.shift_pattern_id = patternId;
            rota.end_date = from.addDays(-1);
            if (StorageError error = rotas.update(rota); !error.ok())
                return error;
            if (StorageError error = rotas.create(next); !error.ok())
                return error;
            runningId = next.id;
        }
        replacement.rotaIds << runningId;
        const QDate last = rota.end_date.isValid() && rota.start_date >= from ? rota.end_date : QDate(9999, 12, 31);
        QList<ShiftChange> changes;
        for (const Shift &shift : shifts.inWindow(from, std::min(last, from.addYears(5)))) {
            if (shift.rota_id != rota.id)
                continue;
            const auto slot = std::find_if(patternSlots.cbegin(), patternSlots.cend(), [&](const Timeslot &s) { return TimeslotFit::fits(shift, s); });
            if (slot == patternSlots.cend()) {
                replacement.unfitting << shift;
                continue;
            }
            Shift moved = shift;
            moved.rota_id = runningId;
            moved.timeslot_id = slot->id;
            if (!(moved == shift))
                changes.append({shift, moved});
        }
        return ShiftChangeSet::write(m_workspace, changes, true);
    });
    if (error.ok() && result)
        *result = replacement;
    return error;
}
