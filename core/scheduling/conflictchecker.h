#pragma once

#include "model/shift.h"
#include "shiftconflict.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

class Workspace;

// Finds what is wrong with shifts as planned against the stored rota: leave (approved or
// pending) on the shift's date, a weekday the clinician's working terms exclude, another shift
// at the same time, or less than the minimum rest between two timed shifts (in real hours, so
// a change of clocks counts). Open and cancelled shifts never conflict and never get in the way.
class ConflictChecker
{
    Q_DECLARE_TR_FUNCTIONS(ConflictChecker)

public:
    static constexpr int MinimumRestMinutes = 11 * 60;

    explicit ConflictChecker(const Workspace &workspace);

    // The conflicts `shift` would have as stored (its id may be 0 for a new shift); the stored
    // shifts whose ids are in `ignore` count as absent, since they move together with this one.
    QList<ShiftConflict> check(const Shift &shift, const QSet<qint64> &ignore = {}) const;
    // The conflicts of every stored shift whose local date lies in [from, to], by shift id;
    // shifts without conflicts are left out. Read in a few window queries, whatever the size.
    QHash<qint64, QList<ShiftConflict>> inWindow(QDate from, QDate to) const;

private:
    Workspace &m_workspace;
};
