#pragma once

#include "model/shift.h"
#include "model/swaprequest.h"
#include "storage/shiftchangeset.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Workspace;

// Shift swaps as the on-call seed has them: a clinician (the beneficiary) asks someone to take a
// shift or the shifts of a time range; a colleague (the benefactor) takes it, and the shifts move
// to them in one edit, after the checks of a manual edit for the benefactor (leave, requested leave,
// cannot-work days, double bookings, rest), any of which refuses the swap with its reason.
class SwapService
{
    Q_DECLARE_TR_FUNCTIONS(SwapService)

public:
    struct Filter
    {
        bool openOnly = false;
        std::optional<qint64> beneficiaryId;
        std::optional<qint64> benefactorId;
        std::optional<qint64> rotaId;
        std::optional<qint64> startingAfterUtc; // seconds since the epoch
    };

    explicit SwapService(Workspace &workspace);

    // By start, then id; one query with bound values.
    QList<SwapRequest> list(const Filter &filter) const;

    // The beneficiary's shifts the swap covers: its shift, or the beneficiary's shifts (not
    // cancelled) that overlap its time range, by start.
    QList<Shift> shiftsOf(const SwapRequest &swap) const;

    // Creates an open request. With a shift_id, the range and rota are the shift's; without, the
    // range must cover at least one of the beneficiary's shifts.
    [[nodiscard]] StorageError create(SwapRequest &swap);

    // Deletes a request that is still open.
    [[nodiscard]] StorageError remove(qint64 swapId);

    // The benefactor takes the swap: the shifts move to them and the request is taken, in one
    // transaction, or nothing changes and the error says why. `changes` (optional) receives the
    // shift changes written, for undo.
    [[nodiscard]] StorageError take(qint64 swapId, qint64 benefactorId, QList<ShiftChange> *changes = nullptr);

    // Still open after its start, by the workspace's clock.
    bool isPastDue(const SwapRequest &swap) const;

private:
    Workspace &m_workspace;
};
