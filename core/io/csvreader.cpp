#include "csvreader.h"

#include <QIODevice>

namespace {
constexpr qsizetype ChunkSize = 1 << 20;
}

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{
    m_fields.reserve(16);
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // Keep the unread tail (a record cut by the chunk boundary) and append the next chunk.
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + ChunkSize);
    const qint64 got = m_device->read(m_buffer.data() + kept, ChunkSize);
    m_buffer.resize(kept + std::max<qint64>(got, 0));
    if (got <= 0)
        m_eof = true;
    return got > 0;
}

bool CsvReader::next()
{
    if (!m_error.isEmpty())
        return false;
    if (!m_started) {
        m_started = true;
        fill();
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        m_consumed = m_pos;
    }
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return false;
        switch (parseRecord()) {
        case Parse::Record:
            return true;
        case Parse::Error:
            return false;
        case Parse::NeedMore:
            if (!fill() && m_pos >= m_buffer.size())
                return false;
            break;
        }
    }
}

CsvReader::Parse CsvReader::parseRecord()
{
    const char *const begin = m_buffer.constData() + m_pos;
    const char *const end = m_buffer.constData() + m_buffer.size();
    const char *p = begin;
    qint64 lines = 0;
    m_fields.clear();

    // Fields with quotes are unescaped into one buffer; reserving the record's size up front
    // keeps the views into it valid.
    bool unescapedUsed = false;
    auto scratch = [&]() -> QByteArray & {
        if (!unescapedUsed) {
            m_unescaped.clear();
            m_unescaped.reserve(end - begin);
            unescapedUsed = true;
        }
        return m_unescaped;
    };

    for (;;) {
        if (p < end && *p == '"') {
            QByteArray &out = scratch();
            const qsizetype fieldStart = out.size();
            ++p;
            for (;;) {
                if (p >= end)
                    return m_eof ? (m_error = tr("line %1: a quoted field is not closed.").arg(m_line), Parse::Error)
                                 : Parse::NeedMore;
                if (*p == '"') {
                    if (p + 1 >= end && !m_eof)
                        return Parse::NeedMore;
                    if (p + 1 < end && p[1] == '"') {
                        out.append('"');
                        p += 2;
                        continue;
                    }
                    ++p;
                    break;
                }
                if (*p == '\n')
                    ++lines;
                out.append(*p++);
            }
            m_fields.append(QByteArrayView(out.constData() + fieldStart, out.size() - fieldStart));
            if (p < end && *p != ',' && *p != '\n' && *p != '\r') {
                m_error = tr("line %1: unexpected text after a closing quote.").arg(m_line + lines);
                return Parse::Error;
            }
        } else {
            const char *fieldStart = p;
            while (p < end && *p != ',' && *p != '\n' && *p != '\r') {
                if (*p == '"') {
                    m_error = tr("line %1: a quote inside an unquoted field (put the field in quotes and double the quote).")
                                  .arg(m_line + lines);
                    return Parse::Error;
                }
                ++p;
            }
            if (p >= end && !m_eof)
                return Parse::NeedMore;
            m_fields.append(QByteArrayView(fieldStart, p - fieldStart));
        }

        if (p >= end) {
            if (!m_eof)
                return Parse::NeedMore;
            break;
        }
        if (*p == ',') {
            ++p;
            continue;
        }
        if (*p == '\r') {
            if (p + 1 >= end && !m_eof)
                return Parse::NeedMore;
            ++p;
            if (p < end && *p == '\n')
                ++p;
        } else {
            ++p;
        }
        ++lines;
        break;
    }
    m_recordLine = m_line;
    m_line += lines;
    m_consumed += p - begin;
    m_pos += p - begin;
    return Parse::Record;
}
