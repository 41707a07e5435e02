#include "shiftchangeset.h"

#include "calendar/timeslotfit.h"
#include "shiftrepository.h"
#include "timeslotrepository.h"
#include "transaction.h"
#include "workspace.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// Bookkeeping the store keeps itself; never part of what an edit changes.
bool isBookkeeping(const QString &key)
{
    return key == u"id"_s || key == u"created_at"_s || key == u"created_by"_s || key == u"modified_at"_s
        || key == u"modified_by"_s;
}

StorageError updateChangedFields(ShiftRepository &repository, const Shift &from, const Shift &to)
{
    const std::optional<Shift> stored = repository.get(from.id);
    if (!stored)
        return {StorageError::Kind::NotFound, ShiftChangeSet::tr("Shift %1 no longer exists.").arg(from.id), {}};
    const QJsonObject before = from.toJson();
    const QJsonObject target = to.toJson();
    const QJsonObject current = stored->toJson();
    QJsonObject merged = current;
    for (auto it = target.begin(); it != target.end(); ++it) {
        if (!isBookkeeping(it.key()) && it.key() != u"is_pinned"_s && before.value(it.key()) != it.value())
            merged.insert(it.key(), it.value());
    }
    if (merged != current) {
        Shift updated = Shift::fromJson(merged);
        if (StorageError error = repository.update(updated); !error.ok())
            return error;
    }
    if (from.is_pinned != to.is_pinned && stored->is_pinned != to.is_pinned)
        return repository.setPinned(from.id, to.is_pinned);
    return {};
}

} // namespace

StorageError ShiftChangeSet::write(Workspace &workspace, QList<ShiftChange> &changes, bool forward)
{
    ShiftRepository repository(workspace);
    Transaction transaction(workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    QList<ShiftChange> written = changes;
    for (qsizetype n = 0; n < written.size(); ++n) {
        // Backwards walks the changes in reverse, so a swap's steps unwind in order.
        ShiftChange &change = written[forward ? n : written.size() - 1 - n];
        const std::optional<Shift> &from = forward ? change.before : change.after;
        std::optional<Shift> &to = forward ? change.after : change.before;
        StorageError error;
        if (to && to->timeslot_id) {
            // A shift on a timeslot lies within it (a rota's status counts it there).
            if (const std::optional<Timeslot> slot = TimeslotRepository(workspace).get(*to->timeslot_id)) {
                if (const QString problem = TimeslotFit::problem(*to, *slot); !problem.isEmpty())
                    return {StorageError::Kind::Validation, problem, {{u"timeslot_id"_s, problem}}};
            }
        }
        if (from && to) {
            error = updateChangedFields(repository, *from, *to);
        } else if (to && to->id != 0) {
            error = repository.restore(*to);
        } else if (to) {
            error = repository.create(*to);
        } else if (from) {
            error = repository.remove(from->id);
        }
        if (!error.ok())
            return error; // the transaction rolls back everything of this edit
    }
    if (StorageError error = transaction.commit(); !error.ok())
        return error;
    changes = written;
    return {};
}
