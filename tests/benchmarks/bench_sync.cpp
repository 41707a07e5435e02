// Times SyncEngine against the reference rota server (tests/server), each section against curl
// sending the same requests in the same run, and prints medians, ratio and target:
//
//  - pull: 100,000 shifts of 200 clinicians (put into the server's database with the
//    bulk_shifts management command before timing) pulled by SyncEngine::sync() into an empty
//    workspace, from the first request to finished(): the list GETs (clinicians, working terms,
//    the shift window in the parts SyncEngine asks for, leave requests, alerts), JSON parsing,
//    mapping and the SQLite writes. The reference is one curl process fetching the same URLs
//    (recorded through the engine's sender) with the same session cookie into files.
//    Target: ours <= 1.2 x curl.
//
//  - push: 10,000 shifts edited locally (counts_as_worked flipped, one transaction, so one
//    journal batch of 10,000 entries), then SyncEngine::sync() with an empty shift window, so
//    that the run is the five list GETs and the 10,000 PATCH requests one after another, each
//    with its in-flight record and its acknowledgement stored. The reference is one curl
//    process sending the same requests (the GETs and the PATCH bodies our run sent, recorded
//    through the engine's sender), sequentially, from a config file with one block per request
//    separated by `next`; one process, so that process start-up is not measured 10,000 times.
//
//   bench_sync [RUNS] [SECTION...]   default 3 runs of every section
//
// The server is Django's single-threaded development server, which closes every connection:
// both sides pay one TCP connection and the server's own work per request, so the ratio shows
// what the client adds.

#include "benchsupport.h"
#include "rotaserverprocess.h"
#include "storage/cachedquery.h"
#include "storage/shiftrepository.h"
#include "storage/transaction.h"
#include "storage/workspace.h"
#include "sync/serverreply.h"
#include "sync/serversession.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using Bench::median;

namespace {

constexpr int Clinicians = 200;
constexpr int Shifts = 100000;
constexpr int Edits = 10000;
const QDate FirstDay(2025, 1, 1);
constexpr double TargetRatio = 1.2;

void check(const StorageError &error)
{
    if (!error.ok())
        qFatal("%s", qPrintable(error.message));
}

// Runs a program to its end with the event loop going, so that the server's output keeps being
// read (a full pipe would stop the server), and returns its standard output.
QByteArray run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    process.start(program, arguments);
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

// A value in a curl config file: quoted, with backslashes and quotes escaped.
QByteArray quoted(const QByteArray &value)
{
    QByteArray escaped = value;
    escaped.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + escaped + '"';
}

struct Request
{
    QByteArray method;
    QString path; // relative to the base URL
    QUrlQuery query;
    QByteArray body;
};

struct Context
{
    QTemporaryDir dir;
    RotaServerProcess server;
    std::unique_ptr<ServerSession> session;
    QByteArray csrfToken; // of curl's own session
    int runs = 3;
    std::unique_ptr<Workspace> pulled; // the last pulled workspace, for the push section
};

QString cookieJar(const Context &context)
{
    return context.dir.filePath(u"cookies.txt"_s);
}

// curl logs in with a session of its own, through the form as a browser does.
void loginCurl(Context &context)
{
    const QString loginUrl = context.server.baseUrl().resolved(QUrl(u"accounts/login/"_s)).toString();
    const QString page = QString::fromUtf8(run(u"curl"_s, {u"-sS"_s, u"-c"_s, cookieJar(context), loginUrl}));
    static const QRegularExpression tokenPattern(uR"re(name="csrfmiddlewaretoken" value="([^"]+)")re"_s);
    const QString token = tokenPattern.match(page).captured(1);
    QFile form(context.dir.filePath(u"login-form"_s));
    if (token.isEmpty() || !form.open(QIODevice::WriteOnly))
        qFatal("curl: no login form");
    form.write("csrfmiddlewaretoken=" + QUrl::toPercentEncoding(token) + "&login=" + QUrl::toPercentEncoding(context.server.user())
               + "&password=" + QUrl::toPercentEncoding(context.server.password()));
    form.close();
    const QByteArray status = run(u"curl"_s, {u"-sS"_s, u"-b"_s, cookieJar(context), u"-c"_s, cookieJar(context), u"-e"_s, loginUrl,
                                              u"--data-binary"_s, u"@"_s + form.fileName(), u"-o"_s, u"/dev/null"_s, u"-w"_s,
                                              u"%{http_code}"_s, loginUrl});
    form.remove();
    if (status != "302")
        qFatal("curl: login answered %s", status.constData());
    QFile jar(cookieJar(context));
    if (!jar.open(QIODevice::ReadOnly))
        qFatal("curl: no cookie jar");
    for (const QByteArray &line : jar.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() == 7 && fields.at(5) == "csrftoken")
            context.csrfToken = fields.at(6).trimmed();
    }
}

// One curl process sending `requests` one after another, each answer written to `outputs`
// (a directory) or discarded. Returns the milliseconds the process took.
double curlRequests(Context &context, const QList<Request> &requests, const QString &outputs = {})
{
    const QUrl base = context.server.baseUrl();
    QFile config(context.dir.filePath(u"curl.config"_s));
    if (!config.open(QIODevice::WriteOnly))
        qFatal("cannot write the curl config");
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const Request &request = requests.at(i);
        QUrl url = base.resolved(QUrl(request.path));
        url.setQuery(request.query);
        if (i > 0)
            config.write("next\n");
        config.write("url = " + quoted(url.toEncoded()) + '\n');
        config.write("cookie = " + quoted(cookieJar(context).toUtf8()) + '\n');
        config.write("header = \"Accept: application/json\"\n");
        config.write("output = " + quoted(outputs.isEmpty() ? "/dev/null" : QDir(outputs).filePath(QString::number(i)).toUtf8()) + '\n');
        config.write("fail\nsilent\nshow-error\n");
        if (request.method != "GET") {
            config.write("request = " + quoted(request.method) + '\n');
            config.write("header = \"Content-Type: application/json\"\n");
            config.write("header = " + quoted("X-CSRFToken: " + context.csrfToken) + '\n');
            config.write("referer = " + quoted(base.toEncoded()) + '\n');
            config.write("data-binary = " + quoted(request.body) + '\n');
        }
    }
    config.close();
    QElapsedTimer timer;
    timer.start();
    run(u"curl"_s, {u"-K"_s, config.fileName()});
    return timer.nsecsElapsed() / 1e6;
}

std::unique_ptr<Workspace> emptyWorkspace(const QString &path)
{
    QFile::remove(path);
    StorageError error;
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateNew, &error);
    if (!workspace)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(error.message));
    workspace->setCurrentUser(u"coordinator"_s);
    check(workspace->setSetting(u"time_zone"_s, u"Europe/London"_s));
    return workspace;
}

struct SyncRun
{
    SyncReport report;
    double totalMs = 0;
    double answeredMs = 0; // until the last answer had come
    QList<Request> sent;
};

SyncRun syncOnce(SyncEngine &engine, ServerSession *session)
{
    SyncRun result;
    QElapsedTimer timer;
    engine.setSender([&](const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonDocument &body) {
        result.sent.append({method, path, query, body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact)});
        ServerReply *reply = session->send(method, path, query, body);
        QObject::connect(reply, &ServerReply::finished, [&] { result.answeredMs = timer.nsecsElapsed() / 1e6; });
        return reply;
    });
    bool finished = false;
    QEventLoop loop;
    const QMetaObject::Connection end = QObject::connect(&engine, &SyncEngine::finished, [&](const SyncReport &report) {
        result.report = report;
        result.totalMs = timer.nsecsElapsed() / 1e6;
        finished = true;
        loop.quit();
    });
    timer.start();
    engine.sync();
    if (!finished)
        loop.exec();
    QObject::disconnect(end);
    if (!result.report.ok())
        qFatal("sync failed: %s", qPrintable(result.report.errors.join(u'\n')));
    return result;
}

// The issue sets a target for the pull only; the push is measured and shown.
void printRatio(const char *what, double ours, double reference, bool targeted)
{
    std::printf("%-44s ours %9.0f ms   curl %9.0f ms   ratio %5.2f", what, ours, reference, ours / reference);
    if (targeted)
        std::printf("   target <= %.1f x curl: %s", TargetRatio, ours <= TargetRatio * reference ? "met" : "MISSED");
    std::printf("\n");
    std::fflush(stdout);
}

void benchPull(Context &context)
{
    const QDate last = FirstDay.addDays((Shifts - 1) / Clinicians);
    QList<double> ours, reference, storing;
    for (int i = 0; i < context.runs; ++i) {
        context.pulled.reset();
        auto workspace = emptyWorkspace(context.dir.filePath(u"pull.rota"_s));
        SyncEngine engine(context.session.get(), *workspace);
        engine.setShiftWindow(FirstDay, last);
        const SyncRun result = syncOnce(engine, context.session.get());
        if (result.report.pulled != Clinicians + Shifts)
            qFatal("pulled %d records, not %d", result.report.pulled, Clinicians + Shifts);
        ours << result.totalMs;
        storing << result.totalMs - result.answeredMs;
        context.pulled = std::move(workspace);

        const QString outputs = context.dir.filePath(u"pull"_s);
        QDir(outputs).removeRecursively();
        QDir().mkpath(outputs);
        reference << curlRequests(context, result.sent, outputs);
        qint64 bytes = 0;
        for (const QFileInfo &file : QDir(outputs).entryInfoList(QDir::Files))
            bytes += file.size();
        std::printf("pull run %d: ours %.0f ms (%lld requests; storing after the last answer %.0f ms), curl %.0f ms, %.1f MB\n", i + 1,
                    ours.last(), qlonglong(result.sent.size()), storing.last(), reference.last(), bytes / 1e6);
        std::fflush(stdout);
    }
    std::printf("pull: median of storing after the last answer %.0f ms\n", median(storing));
    printRatio("pull 100,000 shifts into an empty workspace", median(ours), median(reference), true);
}

void benchPush(Context &context)
{
    if (!context.pulled)
        benchPull(context);
    Workspace &workspace = *context.pulled;
    // A window without shifts: the run is the list GETs and the push.
    const QDate emptyFrom = FirstDay.addDays(-20);
    const QDate emptyTo = FirstDay.addDays(-10);
    QList<double> ours, reference, editing;
    for (int i = 0; i < context.runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        {
            ShiftRepository shifts(workspace);
            Transaction transaction(workspace);
            CachedQuery ids(workspace, u"SELECT id FROM shifts ORDER BY id LIMIT ?"_s, {Edits});
            while (ids.next()) {
                std::optional<Shift> shift = shifts.get(ids.value(0).toLongLong());
                shift->counts_as_worked = !shift->counts_as_worked;
                check(shifts.update(*shift));
            }
            check(transaction.commit());
        }
        editing << timer.nsecsElapsed() / 1e6;

        SyncEngine engine(context.session.get(), workspace);
        engine.setShiftWindow(emptyFrom, emptyTo);
        const SyncRun result = syncOnce(engine, context.session.get());
        const QList<Request> &sent = result.sent;
        if (result.report.pushed != Edits || result.report.pushRequests != Edits)
            qFatal("pushed %d records in %d requests, not %d", result.report.pushed, result.report.pushRequests, Edits);
        ours << result.totalMs;
        reference << curlRequests(context, sent);
        std::printf("push run %d: %d edits made in %.0f ms; ours %.0f ms for %lld requests (%.0f/s), curl %.0f ms (%.0f/s)\n", i + 1,
                    Edits, editing.last(), ours.last(), qlonglong(sent.size()), sent.size() / ours.last() * 1000, reference.last(),
                    sent.size() / reference.last() * 1000);
        std::fflush(stdout);
    }
    const double requests = Edits + SyncMapping::all().size();
    std::printf("push: medians: ours %.0f requests/s, curl %.0f requests/s; making the edits %.0f ms (not timed)\n",
                requests / median(ours) * 1000, requests / median(reference) * 1000, median(editing));
    printRatio("push 10,000 edited shifts (PATCH each)", median(ours), median(reference), false);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList wanted = app.arguments().mid(1);
    Context context;
    if (!wanted.isEmpty() && wanted.constFirst().toInt() > 0)
        context.runs = wanted.takeFirst().toInt();

    const QString database = context.dir.filePath(u"server.sqlite3"_s);
    QProcessEnvironment environment;
    environment.insert(u"ROTADESK_SERVER_DB"_s, database);
    environment.insert(u"ROTADESK_SERVER_LOG_LEVEL"_s, u"WARNING"_s);
    environment.insert(u"ROTADESK_THROTTLE_STANDARD"_s, u"1000000/hour"_s);
    environment.insert(u"ROTADESK_THROTTLE_BURST"_s, u"1000000/min"_s);
    environment.insert(u"ROTADESK_THROTTLE_EXPENSIVE"_s, u"1000000/hour"_s);
    std::printf("Starting the reference server ...\n");
    std::fflush(stdout);
    if (!context.server.start(120000, false, environment))
        qFatal("%s", qPrintable(context.server.errorString()));
    QProcessEnvironment bulk = QProcessEnvironment::systemEnvironment();
    bulk.insert(u"ROTADESK_SERVER_DB"_s, database);
    std::printf("%s", run(u"/usr/bin/python3"_s,
                          {QStringLiteral(ROTADESK_SOURCE_DIR "/tests/server/manage.py"), u"bulk_shifts"_s, u"--clinicians"_s,
                           QString::number(Clinicians), u"--shifts"_s, QString::number(Shifts), u"--first-date"_s,
                           FirstDay.toString(Qt::ISODate)},
                          bulk)
                          .constData());
    context.session = std::make_unique<ServerSession>(context.server.baseUrl(), context.server.user());
    // The server answers the whole shift list only after it has serialised it.
    context.session->setTimeout(600000);
    {
        QEventLoop loop;
        ServerReply *login = context.session->login(context.server.password());
        ServerResponse response;
        QObject::connect(login, &ServerReply::finished, &loop, [&](const ServerResponse &answer) {
            response = answer;
            loop.quit();
        });
        loop.exec();
        if (!response.ok())
            qFatal("login: %s", qPrintable(response.error.message));
    }
    loginCurl(context);

    const std::pair<QString, std::function<void(Context &)>> sections[] = {
        {u"pull"_s, benchPull},
        {u"push"_s, benchPush},
    };
    for (const auto &[name, section] : sections) {
        if (wanted.isEmpty() || wanted.contains(name))
            section(context);
    }
    return 0;
}
