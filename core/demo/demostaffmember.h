#pragma once

#include "model/workingterm.h"

#include <QList>

// One clinician of the demo as the planners see them: their team and their working terms.
struct DemoStaffMember
{
    qint64 clinicianId = 0;
    int team = 0;             // index into DemoDefinition::teams
    QList<WorkingTerm> terms; // consecutive, by start date
    bool parentalLeave = false;

    const WorkingTerm *termOn(QDate date) const
    {
        for (const WorkingTerm &term : terms) {
            if (term.covers(date))
                return &term;
        }
        return nullptr;
    }
};
