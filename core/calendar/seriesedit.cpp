#include "seriesedit.h"

#include "seriesexpander.h"
#include "storage/cachedquery.h"
#include "storage/repeatingshiftrepository.h"
#include "storage/shiftrepository.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

using namespace Qt::StringLiterals;

namespace {

StorageError refusal(const QString &message)
{
    return {StorageError::Kind::Validation, message, {}};
}

// The ids of the shifts detached from the series whose occurrence lies on or after `from`.
QList<qint64> detachedFrom(const Workspace &workspace, qint64 seriesId, QDate from)
{
    QList<qint64> ids;
    CachedQuery query(workspace, u"SELECT id FROM shifts WHERE repeating_shift_id = ? AND recurrence_date >= ?"_s,
                      {seriesId, from.toString(Qt::ISODate)});
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace

SeriesEdit::SeriesEdit(Workspace &workspace)
    : m_workspace(workspace)
{
}

StorageError SeriesEdit::cancelOccurrence(qint64 seriesId, QDate occurrence)
{
    RepeatingShiftRepository repository(m_workspace);
    std::optional<RepeatingShift> series = repository.get(seriesId);
    if (!series)
        return refusal(tr("There is no repeating shift %1.").arg(seriesId));
    if (!SeriesExpander::dates(*series, occurrence, occurrence).contains(occurrence))
        return refusal(tr("The series has no occurrence on %1.").arg(occurrence.toString(Qt::ISODate)));
    if (series->exdates.contains(occurrence))
        return {};
    series->exdates.append(occurrence);
    std::sort(series->exdates.begin(), series->exdates.end());
    return repository.update(*series);
}

StorageError SeriesEdit::cancelFrom(qint64 seriesId, QDate from)
{
    Transaction transaction(m_workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    RepeatingShiftRepository repository(m_workspace);
    std::optional<RepeatingShift> series = repository.get(seriesId);
    if (!series)
        return refusal(tr("There is no repeating shift %1.").arg(seriesId));
    if (from <= series->start_date)
        return refusal(tr("The series starts on %1; to cancel all of it, delete it.").arg(series->start_date.toString(Qt::ISODate)));
    series->until_date = from.addDays(-1);
    series->count = 0;
    series->exdates.removeIf([from](QDate date) { return date >= from; });
    if (StorageError error = repository.update(*series); !error.ok())
        return error;
    ShiftRepository shifts(m_workspace);
    for (qint64 id : detachedFrom(m_workspace, seriesId, from)) {
        if (StorageError error = shifts.remove(id); !error.ok())
            return error;
    }
    return transaction.commit();
}

StorageError SeriesEdit::editOccurrence(qint64 seriesId, QDate occurrence, Shift &changed)
{
    Transaction transaction(m_workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    RepeatingShiftRepository repository(m_workspace);
    std::optional<RepeatingShift> series = repository.get(seriesId);
    if (!series)
        return refusal(tr("There is no repeating shift %1.").arg(seriesId));
    if (!SeriesExpander::dates(*series, occurrence, occurrence).contains(occurrence) || series->exdates.contains(occurrence))
        return refusal(tr("The series has no occurrence on %1 to change.").arg(occurrence.toString(Qt::ISODate)));
    series->exdates.append(occurrence);
    std::sort(series->exdates.begin(), series->exdates.end());
    if (StorageError error = repository.update(*series); !error.ok())
        return error;
    changed.id = 0;
    changed.repeating_shift_id = seriesId;
    changed.recurrence_date = occurrence;
    if (StorageError error = ShiftRepository(m_workspace).create(changed); !error.ok())
        return error;
    return transaction.commit();
}

StorageError SeriesEdit::editFollowing(qint64 seriesId, QDate from, RepeatingShift &changed)
{
    Transaction transaction(m_workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    RepeatingShiftRepository repository(m_workspace);
    std::optional<RepeatingShift> series = repository.get(seriesId);
    if (!series)
        return refusal(tr("There is no repeating shift %1.").arg(seriesId));
    if (from <= series->start_date)
        return refusal(tr("The series starts on %1; change the whole series instead.").arg(series->start_date.toString(Qt::ISODate)));
    const QDate before = from.addDays(-1);
    const qsizetype done = SeriesExpander::dates(*series, series->start_date, before).size();
    changed.id = 0;
    changed.server_id.reset();
    changed.created_at.clear();
    changed.start_date = from;
    if (series->count > 0 && changed.count == series->count)
        changed.count = std::max<int>(0, series->count - int(done));
    if (series->count > 0 && changed.count == 0 && !changed.until_date.isValid())
        return refusal(tr("The series has no occurrences left from %1.").arg(from.toString(Qt::ISODate)));
    changed.exdates.clear();
    for (const QDate &date : std::as_const(series->exdates)) {
        if (date >= from)
            changed.exdates.append(date);
    }
    series->exdates.removeIf([from](QDate date) { return date >= from; });
    series->until_date = before;
    series->count = 0;
    if (StorageError error = repository.update(*series); !error.ok())
        return error;
    if (StorageError error = repository.create(changed); !error.ok())
        return error;
    ShiftRepository shifts(m_workspace);
    for (qint64 id : detachedFrom(m_workspace, seriesId, from)) {
        std::optional<Shift> shift = shifts.get(id);
        shift->repeating_shift_id = changed.id;
        if (StorageError error = shifts.update(*shift); !error.ok())
            return error;
    }
    return transaction.commit();
}
