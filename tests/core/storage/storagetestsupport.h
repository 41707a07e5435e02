#pragma once

// Shared by the storage tests and the crash-writer helper: a workspace on a fixed clock,
// valid sample records, and a plain SQLite connection that plays "another program".

#include "model/clinician.h"
#include "model/shift.h"
#include "model/shifttype.h"
#include "storage/workspace.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <sqlite3.h>

namespace StorageTest {

using namespace Qt::StringLiterals;

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 23), QTime(7, 30), QTimeZone::utc());
}

// A file name of its own for the running test function and data row.
inline QString testFileName()
{
    QString name = QString::fromUtf8(QTest::currentTestFunction());
    if (const char *tag = QTest::currentDataTag())
        name += u'-' + QString::fromUtf8(tag);
    return name.replace(u' ', u'-') + u".rota"_s;
}

inline std::unique_ptr<Workspace> openWorkspace(const QString &path, Workspace::OpenMode mode = Workspace::OpenMode::CreateIfMissing,
                                                StorageError *error = nullptr)
{
    std::unique_ptr<Workspace> workspace = Workspace::open(path, mode, error, fixedNow);
    if (workspace)
        workspace->setCurrentUser(u"coordinator"_s);
    return workspace;
}

// A workspace of its own in `dir` for the running test function and data row.
inline std::unique_ptr<Workspace> freshWorkspace(const QTemporaryDir &dir)
{
    return dir.isValid() ? openWorkspace(dir.filePath(testFileName())) : nullptr;
}

inline Clinician clinician(const QString &name, std::optional<qint64> teamId = {})
{
    Clinician record;
    record.name = name;
    record.team_id = teamId;
    record.grade = u"Registrar"_s;
    return record;
}

inline ShiftType dayShiftType(const QString &code = u"D"_s)
{
    ShiftType type;
    type.code = code;
    type.name = u"Day "_s + code;
    type.colour = u"#0072B2"_s;
    type.start_time = QTime(8, 0);
    type.end_time = QTime(16, 0);
    type.duration_minutes = 480;
    return type;
}

// A timed shift in Europe/London; start and end are local times on `date`.
inline Shift shift(std::optional<qint64> clinicianId, qint64 shiftTypeId, QDate date, QTime start = QTime(8, 0),
                   QTime end = QTime(16, 0))
{
    Shift record;
    record.clinician_id = clinicianId;
    record.shift_type_id = shiftTypeId;
    const FieldErrors errors = record.setLocalTimes(date, start, end, "Europe/London");
    Q_ASSERT(errors.isEmpty());
    return record;
}

inline QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A connection of its own, as another program (or a newer RotaDesk) would open the file.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    }
    ~RawConnection() { sqlite3_close_v2(m_db); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    // The SQLite result code; SQLITE_OK on success.
    int exec(const QString &sql) { return sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr); }
    QString errorMessage() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

// Records the SQL text of every statement the connection runs while this exists.
class StatementTrace
{
public:
    explicit StatementTrace(sqlite3 *db)
        : m_db(db)
    {
        sqlite3_trace_v2(m_db, SQLITE_TRACE_STMT, &StatementTrace::record, &m_statements);
    }
    ~StatementTrace() { sqlite3_trace_v2(m_db, 0, nullptr, nullptr); }
    StatementTrace(const StatementTrace &) = delete;
    StatementTrace &operator=(const StatementTrace &) = delete;

    const QStringList &statements() const { return m_statements; }

private:
    static int record(unsigned, void *statements, void *, void *sql)
    {
        static_cast<QStringList *>(statements)->append(QString::fromUtf8(static_cast<const char *>(sql)));
        return 0;
    }

    sqlite3 *m_db;
    QStringList m_statements;
};

} // namespace StorageTest
