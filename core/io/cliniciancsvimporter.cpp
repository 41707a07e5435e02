#include "cliniciancsvimporter.h"

#include "csvreader.h"
#include "model/clinician.h"
#include "model/team.h"
#include "storage/journal.h"
#include "storage/recordtable.h"
#include "storage/recordtraits.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

ClinicianCsvImporter::ClinicianCsvImporter(Workspace &workspace)
    : m_workspace(workspace)
{
}

ImportResult ClinicianCsvImporter::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.fatal = tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    return import(file, QFileInfo(path).fileName(), file.size(), options);
}

ImportResult ClinicianCsvImporter::import(QIODevice &device, const QString &name, qint64 totalBytes, const ImportOptions &options)
{
    ImportResult result;
    Transaction transaction(m_workspace);
    if (!transaction.beginError().ok()) {
        result.fatal = transaction.beginError().message;
        return result;
    }
    RecordTable clinicianTable(m_workspace, RecordTraits<Clinician>::spec());
    RecordTable teamTable(m_workspace, RecordTraits<Team>::spec());
    QHash<QString, qint64> clinicianIds;
    for (const QJsonObject &row : clinicianTable.select({}))
        clinicianIds.insert(row.value(u"name"_s).toString(), row.value(u"id"_s).toInteger());
    QHash<QString, qint64> teamIds;
    for (const QJsonObject &row : teamTable.select({}))
        teamIds.insert(row.value(u"name"_s).toString(), row.value(u"id"_s).toInteger());

    CsvReader reader(&device);
    if (!reader.next()) {
        result.fatal = reader.hasError() ? u"%1:%2"_s.arg(name, reader.errorString()) : tr("%1 is empty; it needs a header line.").arg(name);
        return result;
    }
    const QStringList known{u"name"_s, u"team"_s, u"grade"_s, u"email"_s, u"active"_s};
    QHash<QString, int> columnAt;
    const qsizetype headerSize = reader.fields().size();
    for (qsizetype i = 0; i < headerSize; ++i) {
        const QString header = QString::fromUtf8(reader.fields().at(i).trimmed());
        if (!known.contains(header)) {
            result.fatal = tr("%1:1: header: unknown column \"%2\"; the columns are name, team, grade, email, active.").arg(name, header);
            return result;
        }
        if (columnAt.contains(header)) {
            result.fatal = tr("%1:1: header: the column \"%2\" appears twice.").arg(name, header);
            return result;
        }
        columnAt.insert(header, int(i));
    }
    if (!columnAt.contains(u"name"_s)) {
        result.fatal = tr("%1:1: header: the column \"name\" is missing.").arg(name);
        return result;
    }

    const QString now = m_workspace.nowIso();
    qint64 rows = 0;
    while (reader.next()) {
        const QList<QByteArrayView> &fields = reader.fields();
        if (fields.size() == 1 && fields.constFirst().trimmed().isEmpty())
            continue;
        ++rows;
        if (options.progress && rows % 1000 == 0)
            options.progress(rows, reader.bytesRead(), totalBytes);
        QStringList rowErrors;
        auto fail = [&](const QString &field, const QString &reason) {
            if (result.errors.size() < options.maxErrors)
                result.errors << u"%1:%2: %3: %4"_s.arg(name).arg(reader.line()).arg(field, reason);
            rowErrors << field;
        };
        if (fields.size() != headerSize) {
            fail(u"row"_s, tr("expected %1 fields as in the header, found %2.").arg(headerSize).arg(fields.size()));
        } else {
            auto value = [&](const QString &column) {
                return columnAt.contains(column) ? QString::fromUtf8(fields.at(columnAt.value(column)).trimmed()) : QString();
            };
            Clinician clinician;
            clinician.name = value(u"name"_s);
            clinician.grade = value(u"grade"_s);
            clinician.email = value(u"email"_s);
            clinician.created_at = clinician.updated_at = now;
            const QString active = value(u"active"_s);
            if (active == "0"_L1)
                clinician.active = false;
            else if (!active.isEmpty() && active != "1"_L1)
                fail(u"active"_s, tr("\"%1\" is not 0 or 1.").arg(active));
            for (const FieldError &error : clinician.validate())
                fail(error.field, error.message);
            if (clinicianIds.contains(clinician.name))
                fail(u"name"_s, tr("a clinician named \"%1\" exists already.").arg(clinician.name));
            const QString teamName = value(u"team"_s);
            if (rowErrors.isEmpty() && !teamName.isEmpty()) {
                if (!teamIds.contains(teamName)) {
                    Team team;
                    team.name = teamName;
                    team.created_at = team.updated_at = now;
                    qint64 id = 0;
                    if (StorageError error = teamTable.insert(team.toJson(), &id); !error.ok()) {
                        result.fatal = error.message;
                        return result;
                    }
                    teamIds.insert(teamName, id);
                    result.teamsCreated << id;
                }
                clinician.team_id = teamIds.value(teamName);
            }
            if (rowErrors.isEmpty()) {
                qint64 id = 0;
                if (StorageError error = clinicianTable.insert(clinician.toJson(), &id); !error.ok()) {
                    result.fatal = error.message;
                    return result;
                }
                clinicianIds.insert(clinician.name, id);
                result.cliniciansCreated << id;
                ++result.imported;
            }
        }
        if (!rowErrors.isEmpty()) {
            ++result.errorCount;
            ++result.skipped;
        }
    }
    if (reader.hasError()) {
        result.fatal = u"%1:%2"_s.arg(name, reader.errorString());
        return result;
    }
    if ((result.errorCount > 0 && !options.skipInvalid) || result.imported == 0) {
        result.imported = 0;
        result.cliniciansCreated.clear();
        result.teamsCreated.clear();
        return result;
    }
    auto ids = [](const QList<qint64> &list) {
        QJsonArray array;
        for (qint64 id : list)
            array.append(id);
        return array;
    };
    JournalEntry entry;
    entry.record_type = u"import"_s;
    entry.operation = u"import"_s;
    entry.after = {
        {u"kind"_s, u"clinicians"_s},
        {u"file"_s, name},
        {u"rows"_s, result.imported},
        {u"skipped"_s, result.skipped},
        {u"clinicians_created"_s, ids(result.cliniciansCreated)},
        {u"teams_created"_s, ids(result.teamsCreated)},
    };
    if (StorageError error = Journal(m_workspace).append(entry); !error.ok()) {
        result.fatal = error.message;
        return result;
    }
    if (StorageError error = transaction.commit(); !error.ok()) {
        result.fatal = error.message;
        return result;
    }
    result.journalId = entry.id;
    return result;
}
