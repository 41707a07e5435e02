#include "workingtermcheck.h"

#include "storage/workingtermrepository.h"

using namespace Qt::StringLiterals;

WorkingTermCheck::WorkingTermCheck(Workspace &workspace)
    : m_workspace(workspace)
{
}

FieldErrors WorkingTermCheck::check(const WorkingTerm &term) const
{
    FieldErrors errors = term.validate();
    // Overlaps are only meaningful between terms that have valid dates and an owner.
    if (!term.start_date.isValid() || term.clinician_id <= 0 || (term.end_date.isValid() && term.end_date < term.start_date))
        return errors;
    errors += overlapErrors(term, WorkingTermRepository(m_workspace).overlapping(term));
    return errors;
}

FieldErrors WorkingTermCheck::overlapErrors(const WorkingTerm &term, const QList<WorkingTerm> &others)
{
    FieldErrors errors;
    for (const WorkingTerm &other : others) {
        if (other.clinician_id != term.clinician_id || (term.id != 0 && other.id == term.id))
            continue;
        const bool apart = (other.end_date.isValid() && other.end_date < term.start_date)
            || (term.end_date.isValid() && term.end_date < other.start_date);
        if (apart)
            continue;
        errors.append({u"start_date"_s, tr("The term %1 overlaps the term %2; a clinician's terms must not share a day.")
                                            .arg(dateRange(term), dateRange(other))});
    }
    return errors;
}

QString WorkingTermCheck::dateRange(const WorkingTerm &term)
{
    const QString start = term.start_date.toString(Qt::ISODate);
    if (!term.end_date.isValid())
        return tr("%1, open-ended").arg(start);
    return tr("%1 to %2").arg(start, term.end_date.toString(Qt::ISODate));
}
