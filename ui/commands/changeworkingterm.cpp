#include "changeworkingterm.h"

#include "scheduling/workingtermcheck.h"
#include "storage/transaction.h"
#include "storage/workingtermrepository.h"
#include "workspacesession.h"

#include <QJsonObject>
#include <QUndoStack>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

StorageError checked(Workspace &workspace, const WorkingTerm &term)
{
    const FieldErrors errors = WorkingTermCheck(workspace).check(term);
    if (errors.isEmpty())
        return {};
    return {StorageError::Kind::Validation, joinFieldErrors(errors), errors};
}

// The stored term with the fields that differ between `from` and `to` set as in `to`.
WorkingTerm merged(const WorkingTerm &stored, const WorkingTerm &from, const WorkingTerm &to)
{
    const QJsonObject before = from.toJson();
    const QJsonObject target = to.toJson();
    QJsonObject result = stored.toJson();
    for (auto it = target.begin(); it != target.end(); ++it) {
        if (it.key() != u"id"_s && it.key() != u"created_at"_s && it.key() != u"updated_at"_s && before.value(it.key()) != it.value())
            result.insert(it.key(), it.value());
    }
    return WorkingTerm::fromJson(result);
}

} // namespace

ChangeWorkingTerm::ChangeWorkingTerm(WorkspaceSession *session, const std::optional<WorkingTerm> &before,
                                     const std::optional<WorkingTerm> &after, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(before)
    , m_after(after)
{
}

StorageError ChangeWorkingTerm::apply(WorkspaceSession *session, const std::optional<WorkingTerm> &before,
                                      const std::optional<WorkingTerm> &after, const QString &text, qint64 *createdId)
{
    auto command = std::unique_ptr<ChangeWorkingTerm>(new ChangeWorkingTerm(session, before, after, text));
    if (StorageError error = command->write(true); !error.ok())
        return error;
    if (createdId && !before && command->m_after)
        *createdId = command->m_after->id;
    ChangeWorkingTerm *pushed = command.release();
    session->undoStack()->push(pushed);
    session->notifyDataChanged();
    pushed->notifyDates();
    return {};
}

void ChangeWorkingTerm::notifyDates() const
{
    // The checks of the days the term covers (before or after the change) run again; an
    // open-ended term up to a year ahead, which is as far as rotas are planned.
    QDate from;
    QDate to;
    const QDate horizon = m_session->today().addYears(1);
    for (const std::optional<WorkingTerm> &term : {m_before, m_after}) {
        if (!term)
            continue;
        const QDate end = term->end_date.isValid() ? term->end_date : std::max(horizon, term->start_date);
        from = from.isValid() ? std::min(from, term->start_date) : term->start_date;
        to = to.isValid() ? std::max(to, end) : end;
    }
    if (from.isValid())
        m_session->notifyDatesChanged(from, to);
}

void ChangeWorkingTerm::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    writeOrReport(true);
}

void ChangeWorkingTerm::undo()
{
    writeOrReport(false);
}

StorageError ChangeWorkingTerm::write(bool forward)
{
    Workspace &workspace = *m_session->workspace();
    WorkingTermRepository repository(workspace);
    Transaction transaction(workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    const std::optional<WorkingTerm> &from = forward ? m_before : m_after;
    std::optional<WorkingTerm> &to = forward ? m_after : m_before;
    StorageError error;
    if (from && to) {
        const std::optional<WorkingTerm> stored = repository.get(from->id);
        if (!stored)
            return {StorageError::Kind::NotFound, tr("The working term %1 no longer exists.").arg(WorkingTermCheck::dateRange(*from)), {}};
        WorkingTerm updated = merged(*stored, *from, *to);
        if (error = checked(workspace, updated); error.ok())
            error = repository.update(updated);
    } else if (to) {
        error = checked(workspace, *to);
        if (error.ok())
            error = to->id != 0 ? repository.restore(*to) : repository.create(*to);
    } else if (from) {
        error = repository.remove(from->id);
    }
    if (!error.ok())
        return error;
    return transaction.commit();
}

void ChangeWorkingTerm::writeOrReport(bool forward)
{
    if (StorageError error = write(forward); !error.ok()) {
        m_session->reportError(tr("“%1” could not be undone or redone: %2").arg(text(), error.message));
        // The stack cannot step over a change that did not happen; it drops the command.
        setObsolete(true);
    }
    m_session->notifyDataChanged();
    notifyDates();
}
