#pragma once

#include "model/leaverequest.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Workspace;

// What a step of a leave request did: the request as stored, the shifts it concerns and a
// translated sentence saying what happened to the request and to those shifts.
struct LeaveOutcome
{
    LeaveRequest request;
    QList<qint64> affectedShiftIds;
    QString message;
};

// The life of a leave request, as the rota server's LeaveRequestProcessor: submitted (checked
// against the annual leave quota), approved (the clinician's shifts in the leave are opened or
// marked for reassignment), denied or cancelled (undoing what approval did to shifts nobody has
// changed since). Each step is one transaction, so its journal entries share one batch; a step
// the request's status does not allow writes nothing.
class LeaveRequestProcessor
{
    Q_DECLARE_TR_FUNCTIONS(LeaveRequestProcessor)

public:
    enum class ShiftHandling { MakeOpen, NeedsReassignment };

    explicit LeaveRequestProcessor(Workspace &workspace);

    // Stores a new request as pending, with the number of the clinician's shifts in it. Annual
    // leave beyond the remaining entitlement (or without one) is stored as denied with the
    // numbers as its reason, unless `overrideReason` is given: then it stays pending with it.
    [[nodiscard]] StorageError submit(LeaveRequest &request, LeaveOutcome *outcome, const QString &overrideReason = {});
    [[nodiscard]] StorageError approve(qint64 requestId, ShiftHandling handling, LeaveOutcome *outcome);
    [[nodiscard]] StorageError deny(qint64 requestId, const QString &reason, LeaveOutcome *outcome);
    // Pending or approved → cancelled. For an approved request, each shift approval changed gets
    // its clinician and status back unless it has been changed since; the message names those.
    [[nodiscard]] StorageError cancel(qint64 requestId, LeaveOutcome *outcome);

private:
    Workspace &m_workspace;
};
