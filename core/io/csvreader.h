#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <optional>
#include <span>
#include <vector>

class QIODevice;

// Streaming RFC 4180 reader: quoted fields with "" escapes and line breaks inside quotes, CRLF
// or LF line ends, an optional UTF-8 byte order mark. It reads the device in large chunks and
// hands out fields as views into its buffer (unescaped in place), so a million rows cost no
// allocation per field or per record.
//
// A quote out of place (inside an unquoted field, or text after a closing quote) spoils only its
// own record: the record is returned with recordProblem() set and reading goes on. A quoted
// field that is never closed swallows the rest of the input, so it stops the reading (error()).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Problem
    {
        qint64 line = 0;      // physical line of the problem, from 1
        qsizetype field = -1; // index of the field in its record, from 0; -1 for the input as a whole
        QString message;      // a complete sentence
    };

    static constexpr qsizetype DefaultChunkSize = 1 << 20;

    explicit CsvReader(QIODevice &device, qsizetype chunkSize = DefaultChunkSize);

    // Reads the next record. False at the end of the input or when reading cannot go on (error()).
    // An empty line is a record with one empty field.
    bool next();

    // The current record's fields; valid until the next call to next().
    std::span<const QByteArrayView> fields() const { return m_fields; }
    qsizetype fieldCount() const { return qsizetype(m_fields.size()); }
    QByteArrayView field(qsizetype index) const { return m_fields[std::size_t(index)]; }
    qint64 line() const { return m_recordLine; } // the physical line the current record starts on

    const std::optional<Problem> &recordProblem() const { return m_recordProblem; }
    const std::optional<Problem> &error() const { return m_error; }

    qint64 bytesRead() const { return m_discarded + m_pos; } // for progress reports

private:
    enum class Parse { Record, NeedMore, Failed };
    Parse parseRecord();
    bool fill();
    void unescape(std::size_t field);

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_chunkSize;
    qsizetype m_pos = 0;     // start of the unparsed input in m_buffer
    qsizetype m_end = 0;     // end of the valid bytes in m_buffer
    qint64 m_discarded = 0;  // bytes dropped from the front of m_buffer so far
    bool m_started = false;
    bool m_eof = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    std::vector<QByteArrayView> m_fields;
    std::vector<std::size_t> m_escapedFields; // quoted fields holding "" to collapse
    std::optional<Problem> m_recordProblem;
    std::optional<Problem> m_error;
};
