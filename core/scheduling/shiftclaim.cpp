#include "shiftclaim.h"

#include "claimcode.h"
#include "conflictchecker.h"
#include "storage/cachedquery.h"
#include "storage/clinicianrepository.h"
#include "storage/shiftrepository.h"
#include "storage/workspace.h"

using namespace Qt::StringLiterals;

namespace {

StorageError refusal(const QString &message)
{
    return {StorageError::Kind::Validation, message, {}};
}

} // namespace

ShiftClaim::ShiftClaim(Workspace &workspace)
    : m_workspace(workspace)
{
}

std::optional<Shift> ShiftClaim::find(const QString &code) const
{
    const QString normalised = ClaimCode::normalise(code);
    if (normalised.isEmpty())
        return std::nullopt;
    // Codes made here are upper case and found through the index; codes imported in another case
    // are still found, by a scan.
    qint64 id = 0;
    for (const QString &sql : {u"SELECT id FROM shifts WHERE claim_code = ?"_s, u"SELECT id FROM shifts WHERE claim_code = ? COLLATE NOCASE"_s}) {
        CachedQuery query(m_workspace, sql, {normalised});
        if (query.next()) {
            id = query.value(0).toLongLong();
            break;
        }
    }
    return id ? ShiftRepository(m_workspace).get(id) : std::nullopt;
}

StorageError ShiftClaim::claim(const QString &code, qint64 clinicianId, ShiftChange *change)
{
    const std::optional<Shift> shift = find(code);
    if (!shift)
        return refusal(tr("No shift has the claim code \"%1\".").arg(ClaimCode::normalise(code)));
    return assign(shift->id, clinicianId, change);
}

StorageError ShiftClaim::assign(qint64 shiftId, qint64 clinicianId, ShiftChange *change)
{
    const std::optional<Shift> shift = ShiftRepository(m_workspace).get(shiftId);
    if (!shift)
        return refusal(tr("There is no shift %1.").arg(shiftId));
    const std::optional<Clinician> clinician = ClinicianRepository(m_workspace).get(clinicianId);
    if (!clinician)
        return refusal(tr("There is no clinician %1.").arg(clinicianId));
    if (!shift->isOpen()) {
        const std::optional<Clinician> owner = ClinicianRepository(m_workspace).get(*shift->clinician_id);
        return refusal(tr("The shift on %1 has already been claimed by %2.")
                           .arg(shift->date.toString(Qt::ISODate), owner ? owner->name : tr("someone else")));
    }
    if (shift->status == Shift::Status::Cancelled)
        return refusal(tr("The shift on %1 is cancelled.").arg(shift->date.toString(Qt::ISODate)));
    Shift claimed = *shift;
    claimed.clinician_id = clinicianId;
    QStringList reasons;
    for (const ShiftConflict &conflict : ConflictChecker(m_workspace).check(claimed, {shift->id}))
        reasons << conflict.message;
    if (!reasons.isEmpty())
        return refusal(tr("%1 cannot claim this shift: %2").arg(clinician->name, reasons.join(u' ')));
    QList<ShiftChange> changes{{*shift, claimed}};
    if (StorageError error = ShiftChangeSet::write(m_workspace, changes, true); !error.ok())
        return error;
    if (change)
        *change = changes.first();
    return {};
}

StorageError ShiftClaim::renewCode(qint64 shiftId, QString *code, ShiftChange *change)
{
    const std::optional<Shift> shift = ShiftRepository(m_workspace).get(shiftId);
    if (!shift)
        return refusal(tr("There is no shift %1.").arg(shiftId));
    Shift renewed = *shift;
    renewed.claim_code = ClaimCode::unused([this](const QString &candidate) {
        CachedQuery query(m_workspace, u"SELECT 1 FROM shifts WHERE claim_code = ? COLLATE NOCASE"_s, {candidate});
        return query.next();
    });
    QList<ShiftChange> changes{{*shift, renewed}};
    if (StorageError error = ShiftChangeSet::write(m_workspace, changes, true); !error.ok())
        return error;
    if (code)
        *code = renewed.claim_code;
    if (change)
        *change = changes.first();
    return {};
}
