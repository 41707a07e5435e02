#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

// Writes a table as CSV by RFC 4180: UTF-8, a header row, CRLF line ends; a field holding a
// comma, quote or line break, or starting or ending with a space (which a reader would trim),
// is quoted with its quotes doubled.
class CsvWriter
{
public:
    static QByteArray field(const QString &text);
    static QByteArray line(const QStringList &fields); // with its CRLF
    static QByteArray table(const QStringList &header, const QList<QStringList> &rows);
    // Returns an error message; empty on success.
    [[nodiscard]] static QString write(QIODevice &out, const QStringList &header, const QList<QStringList> &rows);
};
