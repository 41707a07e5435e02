#include "csvreader.h"

#include <QIODevice>
#include <algorithm>
#include <array>
#include <cstring>

namespace {

// Bytes that end or disturb an unquoted field.
constexpr std::array<bool, 256> specialBytes = [] {
    std::array<bool, 256> table{};
    table[','] = table['\n'] = table['\r'] = table['"'] = true;
    return table;
}();

bool isSpecial(char c)
{
    return specialBytes[static_cast<unsigned char>(c)];
}

bool endsField(char c)
{
    return c == ',' || c == '\n' || c == '\r';
}

} // namespace

CsvReader::CsvReader(QIODevice &device, qsizetype chunkSize)
    : m_device(device)
    , m_chunkSize(std::max<qsizetype>(chunkSize, 16))
{
    m_fields.reserve(32);
}

bool CsvReader::fill()
{
    // Keep the unparsed tail (a record cut by the chunk boundary) and read behind it; a record
    // longer than the buffer makes the buffer grow.
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, std::size_t(m_end - m_pos));
        m_discarded += m_pos;
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_end == m_buffer.size())
        m_buffer.resize(std::max(m_buffer.size() * 2, m_chunkSize));
    const qint64 got = m_device.read(m_buffer.data() + m_end, m_buffer.size() - m_end);
    if (got < 0) {
        m_error = Problem{m_line, -1, tr("The file could not be read: %1.").arg(m_device.errorString())};
        return false;
    }
    if (got == 0)
        m_eof = true;
    m_end += got;
    return true;
}

bool CsvReader::next()
{
    if (m_error)
        return false;
    if (!m_started) {
        m_started = true;
        while (!m_eof && m_end < 3) {
            if (!fill())
                return false;
        }
        if (QByteArrayView(m_buffer.constData(), m_end).startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    for (;;) {
        switch (parseRecord()) {
        case Parse::Record:
            return true;
        case Parse::Failed:
            return false;
        case Parse::NeedMore:
            if (m_eof && m_pos == m_end)
                return false;
            if (!fill())
                return false;
            break;
        }
    }
}

// Parses one whole record from m_pos, or reports that the buffer ends inside it (then the caller
// reads more and the record is parsed again from its start, which keeps the parser stateless).
CsvReader::Parse CsvReader::parseRecord()
{
    const char *const data = m_buffer.constData();
    const char *const end = data + m_end;
    const char *p = data + m_pos;
    if (p == end)
        return Parse::NeedMore;

    qint64 line = m_line;
    m_fields.clear();
    m_escapedFields.clear();
    m_recordProblem.reset();
    auto problem = [&](const QString &message) {
        if (!m_recordProblem)
            m_recordProblem = Problem{line, qsizetype(m_fields.size()), message};
    };

    for (;;) {
        if (p < end && *p == '"') {
            const qint64 quoteLine = line;
            const char *const content = ++p;
            const char *closing = nullptr;
            bool escaped = false;
            while (!closing) {
                const auto *quote = static_cast<const char *>(std::memchr(p, '"', std::size_t(end - p)));
                line += std::count(p, quote ? quote : end, '\n');
                if (!quote) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    m_error = Problem{quoteLine, qsizetype(m_fields.size()),
                                      tr("The quoted field that starts on this line is never closed: a closing quote (\") is missing.")};
                    return Parse::Failed;
                }
                if (quote + 1 == end && !m_eof)
                    return Parse::NeedMore;
                if (quote + 1 < end && quote[1] == '"') {
                    escaped = true;
                    p = quote + 2;
                } else {
                    closing = quote;
                    p = quote + 1;
                }
            }
            if (p < end && !endsField(*p)) {
                problem(tr("Text follows the closing quote of a quoted field; a quote inside a quoted field is written twice (\"\")."));
                while (p < end && !endsField(*p))
                    ++p;
                if (p == end && !m_eof)
                    return Parse::NeedMore;
                m_fields.emplace_back(content, p - content);
            } else {
                if (escaped)
                    m_escapedFields.push_back(m_fields.size());
                m_fields.emplace_back(content, closing - content);
            }
        } else {
            const char *const start = p;
            while (p < end && !isSpecial(*p))
                ++p;
            while (p < end && *p == '"') {
                problem(tr("A quote (\") appears inside a field that does not start with one; put the whole field in quotes and write the quote twice."));
                ++p;
                while (p < end && !isSpecial(*p))
                    ++p;
            }
            if (p == end && !m_eof)
                return Parse::NeedMore;
            m_fields.emplace_back(start, p - start);
        }

        if (p == end)
            break;
        if (*p == ',') {
            ++p;
            continue;
        }
        if (*p == '\r') {
            if (p + 1 == end && !m_eof)
                return Parse::NeedMore;
            if (p + 1 < end && p[1] == '\n')
                ++p;
        }
        ++p;
        ++line;
        break;
    }

    m_recordLine = m_line;
    m_line = line;
    m_pos = p - data;
    for (const std::size_t index : m_escapedFields)
        unescape(index);
    return Parse::Record;
}

// Collapses "" to " in place; the field only shrinks, so it stays inside its own bytes.
void CsvReader::unescape(std::size_t index)
{
    const QByteArrayView field = m_fields[index];
    char *const begin = m_buffer.data() + (field.data() - m_buffer.constData());
    const char *read = begin;
    const char *const end = begin + field.size();
    char *write = begin;
    while (read < end) {
        const char c = *read++;
        *write++ = c;
        if (c == '"')
            ++read;
    }
    m_fields[index] = QByteArrayView(begin, write - begin);
}
