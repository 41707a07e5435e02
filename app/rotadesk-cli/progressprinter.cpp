#include "progressprinter.h"

#include "console.h"

#include <QLocale>

namespace {
// Imports that finish within this time print no progress at all.
constexpr qint64 intervalMs = 500;
}

ProgressPrinter::ProgressPrinter(const QString &what) : m_what(what)
{
    m_timer.start();
}

QString ProgressPrinter::rate(qint64 rows, qint64 ms)
{
    return QLocale().toString(ms > 0 ? rows * 1000 / ms : rows);
}

void ProgressPrinter::update(qint64 rows, qint64 bytesDone, qint64 bytesTotal)
{
    const qint64 now = m_timer.elapsed();
    const int percent = bytesTotal > 0 ? int(bytesDone * 100 / bytesTotal) : 0;
    if (now - m_lastPrintMs < intervalMs)
        return;
    m_lastPrintMs = now;
    Console::err() << tr("%1: %2% (%3 rows, %4 rows/s)")
                          .arg(m_what)
                          .arg(percent)
                          .arg(QLocale().toString(rows), rate(rows, now))
                   << Qt::endl;
}
