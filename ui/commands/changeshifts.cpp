#include "changeshifts.h"

#include "storage/shiftrepository.h"
#include "storage/transaction.h"
#include "workspacesession.h"

#include <QJsonObject>
#include <QUndoStack>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Bookkeeping the store keeps itself; never part of what an edit changes.
bool isBookkeeping(const QString &key)
{
    return key == u"id"_s || key == u"created_at"_s || key == u"created_by"_s || key == u"modified_at"_s
        || key == u"modified_by"_s;
}

// Only the fields the edit changed are written onto the stored shift, so that whatever else
// changed it since (a sync) is kept. A change of the pin is journaled as the pin or unpin action
// the server knows, not as a field update.
StorageError updateChangedFields(ShiftRepository &repository, const Shift &from, const Shift &to)
{
    const std::optional<Shift> stored = repository.get(from.id);
    if (!stored)
        return {StorageError::Kind::NotFound, ChangeShifts::tr("Shift %1 no longer exists.").arg(from.id), {}};
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

ChangeShifts::ChangeShifts(WorkspaceSession *session, QList<Change> changes, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_changes(std::move(changes))
{
}

StorageError ChangeShifts::apply(WorkspaceSession *session, QList<Change> changes, const QString &text, QList<qint64> *createdIds)
{
    auto command = std::unique_ptr<ChangeShifts>(new ChangeShifts(session, std::move(changes), text));
    if (StorageError error = command->write(true); !error.ok())
        return error;
    if (createdIds) {
        for (const Change &change : std::as_const(command->m_changes)) {
            if (!change.before && change.after)
                createdIds->append(change.after->id);
        }
    }
    const auto [from, to] = command->dates();
    session->undoStack()->push(command.release());
    session->notifyDataChanged();
    session->notifyDatesChanged(from, to);
    return {};
}

std::pair<QDate, QDate> ChangeShifts::dates() const
{
    QDate from;
    QDate to;
    for (const Change &change : m_changes) {
        for (const std::optional<Shift> &shift : {change.before, change.after}) {
            if (!shift)
                continue;
            from = from.isValid() ? std::min(from, shift->date) : shift->date;
            to = to.isValid() ? std::max(to, shift->date) : shift->date;
        }
    }
    // A night runs into the next day.
    return {from, to.addDays(1)};
}

void ChangeShifts::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    writeOrReport(true);
}

void ChangeShifts::undo()
{
    writeOrReport(false);
}

StorageError ChangeShifts::write(bool forward)
{
    Workspace &workspace = *m_session->workspace();
    ShiftRepository repository(workspace);
    Transaction transaction(workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    QList<Change> written = m_changes;
    for (qsizetype n = 0; n < written.size(); ++n) {
        // Undo walks the changes backwards, so a swap's steps unwind in order.
        Change &change = written[forward ? n : written.size() - 1 - n];
        const std::optional<Shift> &from = forward ? change.before : change.after;
        std::optional<Shift> &to = forward ? change.after : change.before;
        StorageError error;
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
    m_changes = written; // created shifts now carry their ids, and are restored under them
    return {};
}

void ChangeShifts::writeOrReport(bool forward)
{
    if (StorageError error = write(forward); !error.ok()) {
        m_session->reportError(tr("“%1” could not be undone or redone: %2").arg(text(), error.message));
        // The stack cannot step over a change that did not happen; it drops the command.
        setObsolete(true);
    }
    m_session->notifyDataChanged();
    const auto [from, to] = dates();
    m_session->notifyDatesChanged(from, to);
}
