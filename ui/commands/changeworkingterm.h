#pragma once

#include "model/workingterm.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <optional>

class WorkspaceSession;

// Creates (no `before`), changes or deletes (no `after`) one working term as one undo step.
// Every write that leaves a term in place is checked by WorkingTermCheck first, so neither the
// edit nor its undo or redo can make two terms of a clinician overlap. A change writes only the
// fields the edit changed onto the stored term; a deleted term comes back under its old id.
class ChangeWorkingTerm : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeWorkingTerm)

public:
    // Writes now and, when stored, pushes the command; otherwise returns the error (an overlap
    // is a Validation error whose field errors name both terms) and pushes nothing. A created
    // term's id is stored in `createdId`.
    [[nodiscard]] static StorageError apply(WorkspaceSession *session, const std::optional<WorkingTerm> &before,
                                            const std::optional<WorkingTerm> &after, const QString &text,
                                            qint64 *createdId = nullptr);

    void undo() override;
    void redo() override;

private:
    ChangeWorkingTerm(WorkspaceSession *session, const std::optional<WorkingTerm> &before, const std::optional<WorkingTerm> &after,
                      const QString &text);
    [[nodiscard]] StorageError write(bool forward);
    void writeOrReport(bool forward);

    WorkspaceSession *m_session;
    void notifyDates() const;

    std::optional<WorkingTerm> m_before;
    std::optional<WorkingTerm> m_after;
    bool m_written = true; // apply() has made the first write
};
