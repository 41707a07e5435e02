#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>

// Progress of a long import on stderr: at most every half second, with the share of the file
// read and the rate in rows per second, so that a terminal is not flooded and a log stays short.
class ProgressPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ProgressPrinter)

public:
    explicit ProgressPrinter(const QString &what);

    void update(qint64 rows, qint64 bytesDone, qint64 bytesTotal);
    qint64 elapsedMs() const { return m_timer.elapsed(); }
    static QString rate(qint64 rows, qint64 ms);

private:
    QString m_what;
    QElapsedTimer m_timer;
    qint64 m_lastPrintMs = 0;
};
