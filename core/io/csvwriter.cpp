#include "csvwriter.h"

#include <QIODevice>

QByteArray CsvWriter::field(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    const bool plain = !bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r')
                       && bytes.trimmed().size() == bytes.size();
    if (plain)
        return bytes;
    QByteArray quoted;
    quoted.reserve(bytes.size() + 2);
    quoted += '"';
    for (const char c : bytes) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

QByteArray CsvWriter::line(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(fields.at(i));
    }
    out += "\r\n";
    return out;
}

QByteArray CsvWriter::table(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray out = line(header);
    for (const QStringList &row : rows)
        out += line(row);
    return out;
}

QString CsvWriter::write(QIODevice &out, const QStringList &header, const QList<QStringList> &rows)
{
    const QByteArray bytes = table(header, rows);
    if (out.write(bytes) != bytes.size())
        return out.errorString();
    return {};
}
