#include "core/sync/faultproxy.h"
#include "core/sync/syncrounds.h"
#include "rotaserverprocess.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace SyncTest;
using namespace SyncRounds;

namespace {

// Where the sync process is killed: when its n-th request (any, or only those that change
// something on the server) arrives at the proxy and is then never forwarded, when the server has
// answered it but before the process hears the answer, or after a number of milliseconds.
struct KillPoint
{
    enum class When { Arrived, Answered, AfterMs };
    When when = When::Arrived;
    bool writesOnly = false;
    int n = 1;

    QString describe() const
    {
        switch (when) {
        case When::Arrived:
            return u"when request %1 arrives"_s.arg(n);
        case When::Answered:
            return u"when the server has answered %1 request %2"_s.arg(writesOnly ? u"writing"_s : QString()).arg(n);
        case When::AfterMs:
            break;
        }
        return u"after %1 ms"_s.arg(n);
    }
};

bool isWrite(const QByteArray &method, const QByteArray &path)
{
    return method != "GET" && path.startsWith("/api/");
}

bool isCreation(const QByteArray &method, const QByteArray &path)
{
    if (method != "POST")
        return false;
    for (const SyncMapping &mapping : SyncMapping::all()) {
        if (path == '/' + mapping.path().toUtf8())
            return true;
    }
    return false;
}

} // namespace

class TestSyncKill : public QObject
{
    Q_OBJECT

private slots:
    void killedSyncResumesWithoutLossOrDuplicates();
};

void TestSyncKill::killedSyncResumesWithoutLossOrDuplicates()
{
    constexpr quint32 Seed = 4242;
    constexpr int Points = 15;
    QTemporaryDir dir;
    RotaServerProcess server;
    QVERIFY2(server.start(90000, false, serverEnvironment()), qPrintable(server.errorString()));
    FaultProxy proxy(server.baseUrl());
    QVERIFY(proxy.listen());
    ServerSession direct(server.baseUrl(), server.user());
    QVERIFY(await(direct.login(server.password())).ok());

    const QString path = dir.filePath(u"killed.rota"_s);
    std::unique_ptr<Workspace> ws = createWorkspace(path);
    QVERIFY(ws);
    Editor editor(*ws, direct, Seed);
    QVERIFY(editor.prepare());
    QRandomGenerator random(Seed);

    QProcess client;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ROTADESK_PASSWORD"_s, server.password());
    client.setProcessEnvironment(environment);
    client.setProcessChannelMode(QProcess::ForwardedErrorChannel);

    KillPoint point;
    int firstRequest = 0;
    int writesSeen = 0;
    int lostCreations = 0;
    const auto killClient = [&] {
        if (client.state() != QProcess::NotRunning)
            ::kill(pid_t(client.processId()), SIGKILL);
    };
    QObject::connect(&proxy, &FaultProxy::requestArrived, [&](int number, const QByteArray &, const QByteArray &) {
        if (point.when != KillPoint::When::Arrived || number - firstRequest != point.n)
            return;
        killClient();
        proxy.script(number, FaultProxy::Fault::DropBeforeForwarding);
    });
    QObject::connect(&proxy, &FaultProxy::forwarded, [&](int number, const QByteArray &method, const QByteArray &requestPath, int) {
        if (point.when != KillPoint::When::Answered || number <= firstRequest)
            return;
        if (point.writesOnly && !isWrite(method, requestPath))
            return;
        const int seen = point.writesOnly ? ++writesSeen : number - firstRequest;
        if (seen != point.n || client.state() == QProcess::NotRunning)
            return;
        killClient();
        if (isCreation(method, requestPath))
            ++lostCreations;
    });

    int killed = 0;
    for (int i = 0; i < Points; ++i) {
        editor.localEdits(3 + random.bounded(3));
        editor.serverEdits(random.bounded(3));
        ws.reset();

        switch (i % 3) {
        case 0:
            point = {KillPoint::When::Answered, true, 1 + random.bounded(3)};
            break;
        case 1:
            // Two requests log in; the sync reads at least five lists before it sends anything.
            point = {KillPoint::When::Arrived, false, 1 + random.bounded(10)};
            break;
        default:
            point = {KillPoint::When::AfterMs, false, random.bounded(400)};
            break;
        }
        firstRequest = proxy.requestCount();
        writesSeen = 0;
        client.start(QStringLiteral(ROTADESK_SYNC_CLIENT_PATH), {path, proxy.baseUrl().toString(), server.user()});
        QVERIFY(client.waitForStarted());
        if (point.when == KillPoint::When::AfterMs)
            QTimer::singleShot(point.n, &client, killClient);
        // The deadline only guards against a hang.
        QVERIFY(QTest::qWaitFor([&] { return client.state() == QProcess::NotRunning; }, 60000));
        const bool wasKilled = client.exitStatus() == QProcess::CrashExit;
        killed += wasKilled ? 1 : 0;
        proxy.clearScript();

        StorageError error;
        ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error.message));
        ws->setCurrentUser(u"coordinator"_s);
        editor.setWorkspace(*ws);
        QVERIFY2(ws->integrityProblems().isEmpty(), qPrintable(ws->integrityProblems().join(u'\n')));
        const SyncReport resumed = runSync(direct, *ws);
        QVERIFY2(resumed.ok(), qPrintable(u"kill point %1 (%2, %3): %4"_s.arg(i)
                                              .arg(point.describe(), wasKilled ? u"killed"_s : u"finished first"_s)
                                              .arg(resumed.errors.join(u'\n'))));
        QVERIFY(SyncState(*ws).inflight().isEmpty());
        const QStringList problems = duplicates(direct, SyncMapping::of(SyncMapping::Resource::Clinicians))
                                     + duplicates(direct, SyncMapping::of(SyncMapping::Resource::Shifts));
        QVERIFY2(problems.isEmpty(), qPrintable(u"kill point %1 (%2): %3"_s.arg(i).arg(point.describe(), problems.join(u'\n'))));
    }
    qInfo("%d of %d syncs killed, %d right after a creation reached the server", killed, Points, lostCreations);
    QVERIFY2(killed >= 10, qPrintable(QString::number(killed)));
    QVERIFY2(lostCreations >= 2, qPrintable(QString::number(lostCreations)));

    const SyncReport final = runSync(direct, *ws);
    QVERIFY2(final.ok(), qPrintable(final.errors.join(u'\n')));
    QCOMPARE(final.pushRequests, 0);
    const QStringList problems = divergences(direct, *ws) + editor.lostEdits();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
