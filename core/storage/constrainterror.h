#pragma once

#include "storageerror.h"
#include "tablespec.h"

#include <QJsonObject>
#include <QSqlError>

class Workspace;

// Explains a failed write of one record in words the user can act on: which reference points
// to a record that does not exist, which value another record already has, which other records
// still refer to a record being deleted; fieldErrors name the columns. An error that is not a
// constraint failure is reported about the file (disk full, locked, ...). `row` is the record's
// JSON form as written, or for a delete only its "id".
[[nodiscard]] StorageError recordWriteError(const Workspace &workspace, const TableSpec &spec, const QSqlError &error,
                                            const QJsonObject &row, bool deleting);

// "shift 12", or "shift" for a record not yet saved: how messages name a record.
QString recordLabel(const TableSpec &spec, qint64 id);
