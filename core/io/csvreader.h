#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

class QIODevice;

// Streaming RFC 4180 reader: quoted fields with "" escapes and line breaks inside quotes, CRLF
// or LF, an optional UTF-8 byte order mark. Reads the device in large chunks and hands out
// fields as views, so a million rows cost no allocation per field.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    explicit CsvReader(QIODevice *device);

    // Reads the next record. False at the end of the input or on an error (see errorString()).
    bool next();
    // The fields of the current record; valid until the next call to next().
    const QList<QByteArrayView> &fields() const { return m_fields; }
    qint64 line() const { return m_recordLine; } // the line the current record starts on
    qint64 bytesRead() const { return m_consumed; }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    enum class Parse { Record, NeedMore, Error };
    Parse parseRecord();
    bool fill();

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_consumed = 0;
    QByteArray m_unescaped;
    QList<QByteArrayView> m_fields;
    QString m_error;
};
