#include "swapservice.h"

#include "conflictchecker.h"
#include "storage/cachedquery.h"
#include "storage/clinicianrepository.h"
#include "storage/shiftrepository.h"
#include "storage/swaprequestrepository.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

StorageError refusal(const QString &message)
{
    return {StorageError::Kind::Validation, message, {}};
}

} // namespace

SwapService::SwapService(Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<SwapRequest> SwapService::list(const Filter &filter) const
{
    QString where = u"WHERE 1"_s;
    QVariantList values;
    if (filter.openOnly)
        where += u" AND status = 'open'"_s;
    if (filter.beneficiaryId) {
        where += u" AND beneficiary_id = ?"_s;
        values << *filter.beneficiaryId;
    }
    if (filter.benefactorId) {
        where += u" AND benefactor_id = ?"_s;
        values << *filter.benefactorId;
    }
    if (filter.rotaId) {
        where += u" AND rota_id = ?"_s;
        values << *filter.rotaId;
    }
    if (filter.startingAfterUtc) {
        where += u" AND swap_start_utc > ?"_s;
        values << *filter.startingAfterUtc;
    }
    QList<SwapRequest> swaps;
    CachedQuery query(m_workspace, u"SELECT id FROM swap_requests "_s + where + u" ORDER BY swap_start_utc, id"_s, values);
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    SwapRequestRepository repository(m_workspace);
    for (qint64 id : std::as_const(ids)) {
        if (const std::optional<SwapRequest> swap = repository.get(id))
            swaps << *swap;
    }
    return swaps;
}

QList<Shift> SwapService::shiftsOf(const SwapRequest &swap) const
{
    ShiftRepository shifts(m_workspace);
    QList<Shift> found;
    if (swap.shift_id) {
        if (const std::optional<Shift> shift = shifts.get(*swap.shift_id);
            shift && shift->clinician_id == swap.beneficiary_id && shift->status != Shift::Status::Cancelled)
            found << *shift;
        return found;
    }
    // The window of local dates is wide enough for any zone; the instants decide.
    const QDate from = QDateTime::fromSecsSinceEpoch(swap.swap_start_utc, QTimeZone::utc()).date().addDays(-2);
    const QDate to = QDateTime::fromSecsSinceEpoch(swap.swap_end_utc, QTimeZone::utc()).date().addDays(1);
    for (const Shift &shift : shifts.inWindow(from, to, swap.beneficiary_id)) {
        if (shift.status != Shift::Status::Cancelled && shift.occupiedFrom() < swap.swap_end_utc && shift.occupiedUntil() > swap.swap_start_utc)
            found << shift;
    }
    return found;
}

StorageError SwapService::create(SwapRequest &swap)
{
    swap.status = SwapRequest::Status::Open;
    swap.benefactor_id.reset();
    if (swap.shift_id) {
        const std::optional<Shift> shift = ShiftRepository(m_workspace).get(*swap.shift_id);
        if (!shift)
            return refusal(tr("Shift %1 does not exist.").arg(*swap.shift_id));
        if (shift->clinician_id != swap.beneficiary_id)
            return refusal(tr("Shift %1 is not the shift of the clinician asking for the swap.").arg(shift->id));
        if (shift->status == Shift::Status::Cancelled)
            return refusal(tr("Shift %1 is cancelled; there is nothing to swap.").arg(shift->id));
        swap.swap_start_utc = shift->occupiedFrom();
        swap.swap_end_utc = shift->occupiedUntil();
        if (!swap.rota_id)
            swap.rota_id = shift->rota_id;
    } else if (swap.swap_end_utc > swap.swap_start_utc && shiftsOf(swap).isEmpty()) {
        return refusal(tr("The clinician has no shift in that time; there is nothing to swap."));
    }
    return SwapRequestRepository(m_workspace).create(swap);
}

StorageError SwapService::remove(qint64 swapId)
{
    SwapRequestRepository repository(m_workspace);
    const std::optional<SwapRequest> swap = repository.get(swapId);
    if (!swap)
        return refusal(tr("There is no swap request %1.").arg(swapId));
    if (swap->status != SwapRequest::Status::Open)
        return refusal(tr("Swap request %1 has been taken; only open requests can be deleted.").arg(swapId));
    return repository.remove(swapId);
}

StorageError SwapService::take(qint64 swapId, qint64 benefactorId, QList<ShiftChange> *changes)
{
    Transaction transaction(m_workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    SwapRequestRepository swaps(m_workspace);
    std::optional<SwapRequest> swap = swaps.get(swapId);
    if (!swap)
        return refusal(tr("There is no swap request %1.").arg(swapId));
    if (swap->status != SwapRequest::Status::Open)
        return refusal(tr("Swap request %1 is no longer open.").arg(swapId));
    if (benefactorId == swap->beneficiary_id)
        return refusal(tr("A clinician cannot take their own swap request."));
    const std::optional<Clinician> benefactor = ClinicianRepository(m_workspace).get(benefactorId);
    if (!benefactor)
        return refusal(tr("There is no clinician %1.").arg(benefactorId));
    const QList<Shift> moving = shiftsOf(*swap);
    if (moving.isEmpty())
        return refusal(tr("The shifts of swap request %1 are no longer the requester's; nothing can be swapped.").arg(swapId));

    QSet<qint64> ids;
    for (const Shift &shift : moving)
        ids.insert(shift.id);
    const ConflictChecker checker(m_workspace);
    QStringList reasons;
    QList<ShiftChange> written;
    for (const Shift &shift : moving) {
        Shift moved = shift;
        moved.clinician_id = benefactorId;
        for (const ShiftConflict &conflict : checker.check(moved, ids))
            reasons << conflict.message;
        written.append({shift, moved});
    }
    if (!reasons.isEmpty()) {
        reasons.removeDuplicates();
        return refusal(tr("%1 cannot take this swap: %2").arg(benefactor->name, reasons.join(u' ')));
    }
    if (StorageError error = ShiftChangeSet::write(m_workspace, written, true); !error.ok())
        return error;
    swap->status = SwapRequest::Status::Taken;
    swap->benefactor_id = benefactorId;
    swap->taken_at = m_workspace.nowIso();
    if (StorageError error = swaps.applyAction(u"take"_s, *swap); !error.ok())
        return error;
    if (StorageError error = transaction.commit(); !error.ok())
        return error;
    if (changes)
        *changes = written;
    return {};
}

bool SwapService::isPastDue(const SwapRequest &swap) const
{
    return swap.isPastDue(m_workspace.now());
}
