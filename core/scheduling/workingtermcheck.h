#pragma once

#include "model/workingterm.h"

#include <QCoreApplication>
#include <QList>

class Workspace;

// Checks a working term before it is stored: its own fields, and that it shares no day with
// another term of the same clinician (a clinician works under one set of terms at a time, so
// FTE, fixed days and leave entitlement are never ambiguous).
class WorkingTermCheck
{
    Q_DECLARE_TR_FUNCTIONS(WorkingTermCheck)

public:
    explicit WorkingTermCheck(Workspace &workspace);

    // The term's own validation errors, then one error per overlapping term (field
    // "start_date"), each naming both terms by their dates.
    [[nodiscard]] FieldErrors check(const WorkingTerm &term) const;

    // The overlap errors of `term` against `others` (terms of the same clinician).
    [[nodiscard]] static FieldErrors overlapErrors(const WorkingTerm &term, const QList<WorkingTerm> &others);
    // "2026-01-01 to 2026-12-31", or "2026-08-01, open-ended".
    static QString dateRange(const WorkingTerm &term);

private:
    Workspace &m_workspace;
};
