#include "periodexport.h"

#include "io/icsexporter.h"
#include "io/shiftexporter.h"

#include <QDir>
#include <QSaveFile>

namespace {

QString save(const QString &path, const std::function<QString(QIODevice &)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return PeriodExport::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (const QString error = write(file); !error.isEmpty()) {
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return PeriodExport::tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace

QString PeriodExport::writeCalendar(Workspace &workspace, QDate from, QDate to, std::optional<qint64> clinicianId, const QString &path)
{
    return save(path, [&](QIODevice &out) { return IcsExporter(workspace).write(out, from, to, clinicianId); });
}

QString PeriodExport::writeCsv(Workspace &workspace, QDate from, QDate to, const QString &path)
{
    return save(path, [&](QIODevice &out) { return ShiftExporter(workspace).writeCsv(out, from, to); });
}
