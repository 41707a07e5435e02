#include "core/sync/synctestsupport.h"
#include "rotaserverprocess.h"
#include "storage/clinicianrepository.h"
#include "storage/workspace.h"
#include "sync/ratebudget.h"
#include "sync/serversession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncTest;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs rotadesk-cli with ROTADESK_PASSWORD set to `password` (unless empty) and `input` on its
// standard input.
Result cli(const QStringList &arguments, const QString &password = {}, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"ROTADESK_PASSWORD"_s);
    if (!password.isEmpty())
        environment.insert(u"ROTADESK_PASSWORD"_s, password);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ROTADESK_CLI_PATH), arguments);
    if (!process.waitForStarted(30000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

std::unique_ptr<Workspace> open(const QString &path)
{
    StorageError error;
    auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    if (workspace)
        workspace->setCurrentUser(u"coordinator"_s);
    return workspace;
}

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RotaServerProcess m_server;
    std::unique_ptr<ServerSession> m_session;

    // A new workspace linked to the test server.
    QString linked(const QString &name)
    {
        const QString file = m_dir.filePath(name);
        if (cli({u"init"_s, file}).exitCode != 0)
            return {};
        if (cli({u"link"_s, file, u"--server"_s, m_server.baseUrl().toString(), u"--user"_s, m_server.user()}).exitCode != 0)
            return {};
        return file;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcessEnvironment environment;
        environment.insert(u"ROTADESK_THROTTLE_STANDARD"_s, u"100000/hour"_s);
        environment.insert(u"ROTADESK_THROTTLE_BURST"_s, u"100000/min"_s);
        QVERIFY2(m_server.start(90000, true, environment), qPrintable(m_server.errorString()));
        m_session = std::make_unique<ServerSession>(m_server.baseUrl(), m_server.user());
        QVERIFY(await(m_session->login(m_server.password())).ok());
    }

    void notLinkedSaysToLink()
    {
        const QString file = m_dir.filePath(u"unlinked.rota"_s);
        QCOMPARE(cli({u"init"_s, file}).exitCode, 0);
        const Result result = cli({u"sync"_s, file}, m_server.password());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"rotadesk-cli link"_s), qPrintable(result.err));
    }

    // The demo server into an empty workspace, then a local rename sent back.
    void pullsThenPushesALocalEdit()
    {
        const QString file = linked(u"demo.rota"_s);
        QVERIFY(!file.isEmpty());
        Result result = cli({u"sync"_s, file}, m_server.password());
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        // 8 clinicians, 8 working terms, 126 shifts, 2 leave requests, 2 alerts.
        QVERIFY2(result.out.contains(u"Pulled from the server: 146\n"_s), qPrintable(result.out));
        QVERIFY2(result.out.contains(u"Pushed to the server: 0 (requests sent: 0)\n"_s), qPrintable(result.out));
        QVERIFY(!result.out.contains(m_server.password()) && !result.err.contains(m_server.password()));

        const qint64 serverId = await(m_session->send("GET", u"api/clinicians/"_s)).json.toArray().at(0)[u"id"_s].toInteger();
        {
            const auto workspace = open(file);
            QVERIFY(workspace);
            ClinicianRepository clinicians(*workspace);
            Clinician clinician = *clinicians.findByServerId(serverId);
            clinician.name = u"Dr. Renamed Locally"_s;
            QVERIFY(clinicians.update(clinician).ok());
        }
        result = cli({u"sync"_s, file, u"--password-stdin"_s, u"--format"_s, u"json"_s}, {}, m_server.password().toUtf8() + '\n');
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json[u"pulled"_s].toInt(), 0);
        QCOMPARE(json[u"pushed"_s].toInt(), 1);
        QCOMPARE(json[u"push_requests"_s].toInt(), 1);
        QCOMPARE(json[u"conflicts"_s].toArray().size(), 0);
        QCOMPARE(json[u"complete"_s].toBool(), true);
        QCOMPARE(await(m_session->send("GET", u"api/clinicians/%1/"_s.arg(serverId))).json[u"name"_s].toString(),
                 u"Dr. Renamed Locally"_s);
    }

    // Renamed on both sides: the conflict is named with its field, and the exit code is 1.
    void remainingConflictFails()
    {
        const QString file = linked(u"conflict.rota"_s);
        QVERIFY(!file.isEmpty());
        QCOMPARE(cli({u"sync"_s, file}, m_server.password()).exitCode, 0);
        const qint64 serverId = await(m_session->send("GET", u"api/clinicians/"_s)).json.toArray().at(1)[u"id"_s].toInteger();
        QVERIFY(await(m_session->send("PATCH", u"api/clinicians/%1/"_s.arg(serverId), {},
                                      QJsonDocument(QJsonObject{{u"name"_s, u"Dr. Server Side"_s}})))
                    .ok());
        {
            const auto workspace = open(file);
            QVERIFY(workspace);
            ClinicianRepository clinicians(*workspace);
            Clinician clinician = *clinicians.findByServerId(serverId);
            clinician.name = u"Dr. Local Side"_s;
            QVERIFY(clinicians.update(clinician).ok());
        }
        const Result result = cli({u"sync"_s, file}, m_server.password());
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(u"Conflict: clinician"_s) && result.out.contains(u"\"Dr. Local Side\""_s)
                     && result.out.contains(u": name\n"_s),
                 qPrintable(result.out));
        QVERIFY2(result.err.contains(u"Conflicts remain (1)"_s), qPrintable(result.err));
    }

    // The client's budget (kept in the workspace) is used up: the command does not wait an hour.
    void longWaitStopsAndSaysUntilWhen()
    {
        const QString file = linked(u"budget.rota"_s);
        QVERIFY(!file.isEmpty());
        const qint64 sentAt = QDateTime::currentSecsSinceEpoch();
        {
            const auto workspace = open(file);
            QVERIFY(workspace);
            Clinician clinician;
            clinician.name = u"Dr. Waiting"_s;
            QVERIFY(ClinicianRepository(*workspace).create(clinician).ok());
            QJsonArray sent;
            for (int i = 0; i < 100; ++i)
                sent.append(sentAt);
            QVERIFY(workspace->setSetting(RateBudget::sentSettingKey(RateBudget::Tier::Standard),
                                          QString::fromUtf8(QJsonDocument(sent).toJson(QJsonDocument::Compact)))
                        .ok());
        }
        const Result result = cli({u"sync"_s, file}, m_server.password());
        QCOMPARE(result.exitCode, 1);
        // The five reads and the one creation go when the hundred sends leave the hour's window.
        const QString until = QDateTime::fromSecsSinceEpoch(sentAt + 3600).toLocalTime().toString(u"HH:mm"_s);
        QVERIFY2(result.err.contains(u"1 change waits for the server's limit until %1; run sync again then."_s.arg(until)),
                 qPrintable(result.err));
        QVERIFY2(!result.err.contains(u"cancelled"_s), qPrintable(result.err));
    }

    void wrongPasswordNamesTheUser()
    {
        const QString file = linked(u"wrong.rota"_s);
        QVERIFY(!file.isEmpty());
        const Result result = cli({u"sync"_s, file}, u"not-the-password"_s);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(m_server.user()), qPrintable(result.err));
        QVERIFY(!result.err.contains(u"not-the-password"_s) && !result.out.contains(u"not-the-password"_s));
        const Result noPassword = cli({u"sync"_s, file});
        QCOMPARE(noPassword.exitCode, 1);
        QVERIFY2(noPassword.err.contains(u"--password-stdin"_s), qPrintable(noPassword.err));
    }

    void malformedUsageIsExitTwo()
    {
        const QString file = linked(u"usage.rota"_s);
        QVERIFY(!file.isEmpty());
        QCOMPARE(cli({u"sync"_s}).exitCode, 2);
        QCOMPARE(cli({u"sync"_s, file, u"--format"_s, u"xml"_s}, m_server.password()).exitCode, 2);
        QCOMPARE(cli({u"sync"_s, file, u"--from"_s, u"31/12/2026"_s}, m_server.password()).exitCode, 2);
        QCOMPARE(cli({u"sync"_s, file, u"--password"_s, u"secret"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
