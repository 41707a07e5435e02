#pragma once

#include "model/fielderror.h"

#include <QCoreApplication>
#include <QString>

// What went wrong with a workspace file or a write, in words a coordinator can act on.
struct StorageError
{
    Q_DECLARE_TR_FUNCTIONS(StorageError)

public:
    enum class Kind {
        None,
        NotFound,      // the file does not exist (and was not to be created)
        NotADatabase,  // not an SQLite file at all
        NotAWorkspace, // an SQLite file of another application
        TooNew,        // written by a newer RotaDesk; refused and left untouched
        ReadOnly,      // file or folder not writable
        Locked,        // another program holds the workspace
        DiskFull,
        Corrupt,
        Validation,    // the record failed its own validation; see fieldErrors
        Constraint,    // e.g. a reference to a record that does not exist
        Conflict,      // the record was changed since; the write would overwrite that change
        Io,
        Other
    };

    Kind kind = Kind::None;
    QString message;         // complete sentence naming the file or record
    FieldErrors fieldErrors; // for Validation

    bool ok() const { return kind == Kind::None; }
    static StorageError none() { return {}; }
};
