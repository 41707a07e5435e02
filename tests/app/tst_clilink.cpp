#include "rotaserverprocess.h"
#include "storage/workspace.h"
#include "sync/serverlink.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs rotadesk-cli with `input` on its standard input.
Result cli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(ROTADESK_CLI_PATH), arguments);
    if (!process.waitForStarted(30000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

ServerLink linkOf(const QString &path)
{
    StorageError error;
    const auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    return workspace ? ServerLink::fromWorkspace(*workspace) : ServerLink{};
}

} // namespace

class TestCliLink : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RotaServerProcess m_server;
    QString m_file;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_file = m_dir.filePath(u"linked.rota"_s);
        QCOMPARE(cli({u"init"_s, m_file}).exitCode, 0);
    }

    void linkKeepsAddressAndUserOnly()
    {
        const Result result = cli({u"link"_s, m_file, u"--server"_s, m_server.baseUrl().toString(), u"--user"_s, m_server.user()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"Linked"_s), qPrintable(result.out));
        const ServerLink link = linkOf(m_file);
        QCOMPARE(link.user, m_server.user());
        QCOMPARE(link.url(), m_server.baseUrl());
    }

    void wrongPasswordSavesNothing()
    {
        const QString other = m_dir.filePath(u"wrong.rota"_s);
        QCOMPARE(cli({u"init"_s, other}).exitCode, 0);
        const Result result = cli({u"link"_s, other, u"--server"_s, m_server.baseUrl().toString(), u"--user"_s, m_server.user(),
                                   u"--password-stdin"_s},
                                  "not-the-password\n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(m_server.user()), qPrintable(result.err));
        QVERIFY(!result.err.contains(u"not-the-password"_s));
        QVERIFY(linkOf(other).isEmpty());
    }

    // Logging in works; with no keychain on this machine the password is not kept anywhere and
    // the output says it will be asked for.
    void passwordIsCheckedAndNeverWritten()
    {
        const QString checked = m_dir.filePath(u"checked.rota"_s);
        QCOMPARE(cli({u"init"_s, checked}).exitCode, 0);
        const Result result = cli({u"link"_s, checked, u"--server"_s, m_server.baseUrl().toString(), u"--user"_s, m_server.user(),
                                   u"--password-stdin"_s},
                                  m_server.password().toUtf8() + '\n');
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"logging in works"_s), qPrintable(result.out + result.err));
        QCOMPARE(linkOf(checked).user, m_server.user());
        QFile file(checked);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_server.password().toUtf8()));
    }

    void badArgumentsAreUsageErrors()
    {
        QCOMPARE(cli({u"link"_s, m_file, u"--server"_s, m_server.baseUrl().toString()}).exitCode, 2);
        const Result ftp = cli({u"link"_s, m_file, u"--server"_s, u"ftp://rota.example.org/"_s, u"--user"_s, u"a"_s});
        QCOMPARE(ftp.exitCode, 2);
        QVERIFY2(ftp.err.contains(u"https://"_s), qPrintable(ftp.err));
        QCOMPARE(linkOf(m_file).user, m_server.user());
    }

    // A plain http:// address off this computer is refused before anything is sent.
    void insecureRemoteAddressIsRefused()
    {
        const Result result = cli({u"link"_s, m_file, u"--server"_s, u"http://rota.example.org/"_s, u"--user"_s, u"a"_s,
                                   u"--password-stdin"_s},
                                  "secret\n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"https://"_s), qPrintable(result.err));
        QCOMPARE(linkOf(m_file).user, m_server.user());
    }
};

QTEST_GUILESS_MAIN(TestCliLink)
#include "tst_clilink.moc"
