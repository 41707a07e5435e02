#include "csvimporter.h"

#include "csvreader.h"
#include "storage/journal.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 ProgressInterval = 16384;
}

CsvImporter::CsvImporter(Workspace &workspace, QLatin1StringView table, QList<ColumnSpec> columns)
    : m_workspace(workspace)
    , m_table(table)
    , m_columns(std::move(columns))
{
}

CsvImporter::~CsvImporter() = default;

ImportResult CsvImporter::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.fatal = tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    return import(file, QFileInfo(path).fileName(), file.size(), options);
}

ImportResult CsvImporter::import(QIODevice &device, const QString &name, qint64 totalBytes, const ImportOptions &options)
{
    m_result = {};
    m_name = name;
    m_maxErrors = options.maxErrors;
    CsvReader reader(device);
    m_reader = &reader;
    const auto forgetReader = qScopeGuard([this] { m_reader = nullptr; });

    if (!readHeader(reader))
        return m_result;

    // Declared before the transaction, so that release() runs after it has ended.
    const auto releaseStatements = qScopeGuard([this] { release(); });
    prepareConnection(totalBytes);
    Transaction transaction(m_workspace);
    if (!transaction.beginError().ok()) {
        fail(transaction.beginError().message);
        return m_result;
    }
    if (StorageError error = begin(totalBytes); !error.ok()) {
        fail(error.message);
        return m_result;
    }

    qint64 rows = 0;
    while (reader.next()) {
        if (reader.fieldCount() == 1 && reader.field(0).trimmed().isEmpty())
            continue; // a blank line
        ++rows;
        if (options.progress && rows % ProgressInterval == 0)
            options.progress(rows, reader.bytesRead(), totalBytes);

        m_rowHasErrors = false;
        if (const std::optional<CsvReader::Problem> &problem = reader.recordProblem()) {
            report(problem->line, m_headerNames.value(problem->field), problem->message);
            m_rowHasErrors = true;
        } else if (reader.fieldCount() != m_headerNames.size()) {
            rowError(-1, tr("The row has %1 fields but the header has %2.").arg(reader.fieldCount()).arg(m_headerNames.size()));
        } else {
            checkRow();
        }
        if (m_rowHasErrors) {
            ++m_result.errorCount;
            continue;
        }
        if (m_result.errorCount > 0 && !options.skipInvalid)
            continue; // nothing will be written; the row was only checked
        if (StorageError error = writeRow(); !error.ok()) {
            fail(error.message);
            return m_result;
        }
        ++m_result.imported;
    }
    if (const std::optional<CsvReader::Problem> &error = reader.error()) {
        report(error->line, m_headerNames.value(error->field), error->message);
        fail(tr("%1 could not be read to its end; nothing was imported.").arg(m_name));
        return m_result;
    }
    if (options.progress)
        options.progress(rows, reader.bytesRead(), totalBytes);

    m_result.skipped = m_result.errorCount;
    if ((m_result.errorCount > 0 && !options.skipInvalid) || m_result.imported == 0) {
        discard(); // the transaction rolls back when it goes out of scope
        return m_result;
    }
    if (StorageError error = finish(); !error.ok()) {
        fail(error.message);
        return m_result;
    }

    JournalEntry entry;
    entry.record_type = u"import"_s;
    entry.operation = u"import"_s;
    entry.after = {
        {u"table"_s, QString(m_table)},
        {u"file"_s, m_name},
        {u"rows"_s, m_result.imported},
        {u"skipped"_s, m_result.skipped},
    };
    describe(entry.after);
    if (StorageError error = Journal(m_workspace).append(entry); !error.ok()) {
        fail(error.message);
        return m_result;
    }
    if (StorageError error = transaction.commit(); !error.ok()) {
        fail(error.message);
        return m_result;
    }
    m_result.journalId = entry.id;
    return m_result;
}

bool CsvImporter::readHeader(CsvReader &reader)
{
    m_fieldOfColumn = QList<int>(m_columns.size(), -1);
    m_headerNames.clear();
    m_headerHasErrors = false;

    QStringList names;
    for (const ColumnSpec &column : std::as_const(m_columns))
        names << QString(column.name);
    const QString columnList = names.join(u", "_s);

    bool found = false;
    while (!found && reader.next())
        found = !(reader.fieldCount() == 1 && reader.field(0).trimmed().isEmpty());
    if (!found) {
        if (const std::optional<CsvReader::Problem> &error = reader.error())
            report(error->line, {}, error->message);
        fail(tr("%1 has no header line; its first line must name the columns (%2).").arg(m_name, columnList));
        return false;
    }
    if (const std::optional<CsvReader::Problem> &problem = reader.recordProblem()) {
        report(problem->line, {}, problem->message);
        fail(tr("%1 could not be imported because its header line is not valid CSV.").arg(m_name));
        return false;
    }

    for (qsizetype field = 0; field < reader.fieldCount(); ++field) {
        const QString text = QString::fromUtf8(reader.field(field).trimmed());
        m_headerNames << text;
        qsizetype column = 0;
        while (column < m_columns.size() && text.compare(m_columns.at(column).name, Qt::CaseInsensitive) != 0)
            ++column;
        if (column == m_columns.size()) {
            report(reader.line(), text,
                   tr("\"%1\" is not a column of this file; the columns are %2.").arg(text, columnList));
            m_headerHasErrors = true;
        } else if (m_fieldOfColumn.at(column) >= 0) {
            headerError(int(column), tr("The column \"%1\" appears twice in the header.").arg(columnName(int(column))));
        } else {
            m_fieldOfColumn[column] = int(field);
        }
    }
    for (qsizetype column = 0; column < m_columns.size(); ++column) {
        if (m_columns.at(column).required && m_fieldOfColumn.at(column) < 0)
            headerError(int(column), tr("The header has no \"%1\" column, which is required.").arg(columnName(int(column))));
    }
    checkHeader();
    if (m_headerHasErrors) {
        fail(tr("%1 was not imported because of the problems in its header line.").arg(m_name));
        return false;
    }
    return true;
}

QString CsvImporter::messages(const FieldErrors &errors)
{
    QStringList texts;
    for (const FieldError &error : errors)
        texts << error.message;
    return texts.join(u' ');
}

QJsonArray CsvImporter::idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

QByteArrayView CsvImporter::value(int column) const
{
    const int field = m_fieldOfColumn.at(column);
    return field < 0 ? QByteArrayView() : m_reader->field(field).trimmed();
}

qint64 CsvImporter::line() const
{
    return m_reader->line();
}

void CsvImporter::headerError(int column, const QString &message)
{
    report(m_reader->line(), columnName(column), message);
    m_headerHasErrors = true;
}

void CsvImporter::rowError(int column, const QString &message)
{
    report(m_reader->line(), column >= 0 ? columnName(column) : QString(), message);
    m_rowHasErrors = true;
}

void CsvImporter::report(qint64 line, const QString &field, const QString &message)
{
    if (m_result.errors.size() >= m_maxErrors) {
        ++m_result.unlistedErrors;
        return;
    }
    // Concatenated rather than arg()ed, so that a % in the file name cannot disturb the message.
    QString text = m_name + u':' + QString::number(line) + u": "_s;
    if (!field.isEmpty())
        text += field + u": "_s;
    m_result.errors << text + message;
}

void CsvImporter::fail(const QString &message)
{
    m_result.fatal = message;
    discard();
}

void CsvImporter::discard()
{
    m_result.imported = 0;
    m_result.cliniciansCreated.clear();
    m_result.shiftTypesCreated.clear();
    m_result.teamsCreated.clear();
}
