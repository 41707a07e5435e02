#pragma once

#include "model/shift.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Workspace;

// Changes to a selection of rotas, each one transaction with its journal entries (one step to
// undo), or nothing when any rota refuses it, with the reason naming the rota.
class RotaBulkEdit
{
    Q_DECLARE_TR_FUNCTIONS(RotaBulkEdit)

public:
    explicit RotaBulkEdit(Workspace &workspace);

    // A null date makes the rotas open-ended.
    [[nodiscard]] StorageError setEndDate(const QList<qint64> &rotaIds, QDate end);
    // "{name}" in the pattern stands for each rota's present name ("{name} 2027"); a pattern
    // without it renames one rota only, since several rotas would end up with one name.
    [[nodiscard]] StorageError rename(const QList<qint64> &rotaIds, const QString &pattern);
    // Closes every date of [from, to] on every rota; dates already closed stay as they are.
    [[nodiscard]] StorageError closeDates(const QList<qint64> &rotaIds, QDate from, QDate to, const QString &reason);
    [[nodiscard]] StorageError setArchived(const QList<qint64> &rotaIds, bool archived);

    struct Replacement
    {
        QList<qint64> rotaIds;   // the rotas running the new pattern from the date
        QList<Shift> unfitting; // shifts from the date that fit no timeslot of the new pattern, unchanged
    };
    // From `from` on, the rotas run `patternId`: a rota that starts then or later takes the
    // pattern itself; one that started before ends the day before, and a rota of the same name and
    // team runs on with the new pattern. The rota's shifts from that date move to the new pattern's
    // timeslots they fit; the others are listed and left as they are.
    [[nodiscard]] StorageError replacePattern(const QList<qint64> &rotaIds, QDate from, qint64 patternId, Replacement *result = nullptr);

private:
    Workspace &m_workspace;
};
