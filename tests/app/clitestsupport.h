#pragma once

// What the command-line tests share: running the real rotadesk-cli and a demo workspace made by it.

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace CliTest {

using namespace Qt::StringLiterals;

struct Result
{
    int exitCode = -1; // -1: did not finish normally
    QByteArray bytes;  // standard output as written
    QString out;       // the same, as text
    QString err;
};

inline Result run(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ROTADESK_CLI_PATH), arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    const QByteArray bytes = process.readAllStandardOutput();
    return {process.exitCode(), bytes, QString::fromUtf8(bytes), QString::fromUtf8(process.readAllStandardError())};
}

// The demo department with its rota around Wednesday 18 March 2026, at `path`.
inline bool makeDemo(const QString &path)
{
    const Result result = run({u"demo"_s, path, u"--today"_s, u"2026-03-18"_s});
    if (result.exitCode != 0)
        qWarning("rotadesk-cli demo failed: %s", qPrintable(result.err));
    return result.exitCode == 0;
}

} // namespace CliTest
