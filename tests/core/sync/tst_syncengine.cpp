#include "core/sync/synctestsupport.h"
#include "model/alert.h"
#include "model/leaverequest.h"
#include "rotaserverprocess.h"
#include "storage/cachedquery.h"
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/recordtable.h"
#include "storage/recordtraits.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/transaction.h"
#include "storage/workingtermrepository.h"
#include "storage/workspace.h"
#include "sync/syncengine.h"
#include "sync/synclookup.h"
#include "sync/syncmapping.h"
#include "sync/syncstate.h"
#include "sync/serversession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncTest;

namespace {

QProcessEnvironment serverEnvironment(bool paginated = false)
{
    QProcessEnvironment environment;
    environment.insert(u"ROTADESK_THROTTLE_STANDARD"_s, u"100000/hour"_s);
    environment.insert(u"ROTADESK_THROTTLE_BURST"_s, u"100000/min"_s);
    if (paginated)
        environment.insert(u"ROTADESK_PAGINATION"_s, u"1"_s);
    return environment;
}

qint64 count(Workspace &workspace, const QString &table)
{
    return CachedQuery(workspace, u"SELECT count(*) FROM "_s + table).scalar().toLongLong();
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void pullsTheDemoServerIntoAnEmptyWorkspace();
    void pullsPagedListsTheSame();
    void asksForALargeShiftWindowInParts();
    void recordThatCannotBeStoredIsReportedAndTheRestStored();
    void pushesLocalEditsAndPullsServerEdits();
    void mergesDifferentFieldsAndKeepsConflictsOfTheSameField();
    void serverDeletionRemovesAnUneditedRecord();
    void lostPostIsAdoptedNotSentAgain();
    void refusedChangeIsKeptAndNotSentAgain();
    void malformedAnswerChangesNothing();
    void invalidRecordNamesResourceRecordAndField();

private:
    bool startServer(RotaServerProcess &server, bool demo, bool paginated = false);
    std::unique_ptr<Workspace> workspace();
    // `shiftWindows`, when given, receives the date_from/date_to of every shift list asked for.
    SyncReport sync(ServerSession &session, Workspace &workspace, QList<std::pair<QDate, QDate>> *shiftWindows = nullptr,
                    std::optional<std::pair<QDate, QDate>> window = std::nullopt);
    QJsonArray list(ServerSession &session, const QString &path, const QUrlQuery &query = {});
    qint64 dayTypeId(Workspace &workspace);

    QTemporaryDir m_dir;
    std::unique_ptr<ServerSession> m_session;
    bool m_progressOverran = false; // a progress signal said more was done than its total
};

bool TestSyncEngine::startServer(RotaServerProcess &server, bool demo, bool paginated)
{
    if (!server.start(90000, demo, serverEnvironment(paginated))) {
        qWarning("%s", qPrintable(server.errorString()));
        return false;
    }
    m_session = std::make_unique<ServerSession>(server.baseUrl(), server.user());
    return await(m_session->login(server.password())).ok();
}

std::unique_ptr<Workspace> TestSyncEngine::workspace()
{
    StorageError error;
    auto workspace = Workspace::open(m_dir.filePath(QString::fromUtf8(QTest::currentTestFunction()) + u".rota"_s),
                                     Workspace::OpenMode::CreateNew, &error);
    if (workspace) {
        workspace->setCurrentUser(u"coordinator"_s);
        (void)workspace->setSetting(u"time_zone"_s, u"Europe/London"_s);
    }
    return workspace;
}

SyncReport TestSyncEngine::sync(ServerSession &session, Workspace &workspace, QList<std::pair<QDate, QDate>> *shiftWindows,
                                std::optional<std::pair<QDate, QDate>> window)
{
    SyncEngine engine(&session, workspace);
    if (window)
        engine.setShiftWindow(window->first, window->second);
    if (shiftWindows) {
        engine.setSender([&](const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonDocument &body) {
            if (method == "GET" && path == u"api/shifts/"_s)
                shiftWindows->append({QDate::fromString(query.queryItemValue(u"date_from"_s), Qt::ISODate),
                                      QDate::fromString(query.queryItemValue(u"date_to"_s), Qt::ISODate)});
            return session.send(method, path, query, body);
        });
    }
    SyncReport report;
    bool finished = false;
    QObject::connect(&engine, &SyncEngine::finished, [&](const SyncReport &result) {
        report = result;
        finished = true;
    });
    QObject::connect(&engine, &SyncEngine::progress, [this](int done, int total, const QString &) {
        m_progressOverran = m_progressOverran || done > total;
    });
    engine.sync();
    // The deadline only guards against a hang.
    if (!QTest::qWaitFor([&] { return finished; }, 120000))
        report.errors << u"the test gave up waiting"_s;
    return report;
}

QJsonArray TestSyncEngine::list(ServerSession &session, const QString &path, const QUrlQuery &query)
{
    return await(session.send("GET", path, query)).json.toArray();
}

qint64 TestSyncEngine::dayTypeId(Workspace &workspace)
{
    ShiftTypeRepository types(workspace);
    if (const std::optional<ShiftType> day = types.findByCode(u"E"_s))
        return day->id;
    ShiftType early;
    early.code = u"E"_s;
    early.name = u"Early"_s;
    early.colour = u"#0072B2"_s;
    early.start_time = QTime(7, 0);
    early.end_time = QTime(15, 0);
    early.duration_minutes = 480;
    return types.create(early).ok() ? early.id : 0;
}

void TestSyncEngine::pullsTheDemoServerIntoAnEmptyWorkspace()
{
    RotaServerProcess server;
    QVERIFY(startServer(server, true));
    const auto ws = workspace();
    QVERIFY(ws);

    const SyncReport report = sync(*m_session, *ws);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    // The demo: 8 clinicians with one term each, 3 shifts a day from 14 days back to 27 ahead,
    // 2 leave requests, 2 alerts.
    QCOMPARE(count(*ws, u"clinicians"_s), 8);
    QCOMPARE(count(*ws, u"working_terms"_s), 8);
    QCOMPARE(count(*ws, u"shifts"_s), 42 * 3);
    QCOMPARE(count(*ws, u"leave_requests"_s), 2);
    QCOMPARE(count(*ws, u"alerts"_s), 2);
    QCOMPARE(report.pulled, 8 + 8 + 126 + 2 + 2);
    QCOMPARE(report.pushRequests, 0);
    // The types the shifts use are created, whole-day, named by their codes.
    const std::optional<ShiftType> night = ShiftTypeRepository(*ws).findByCode(u"N"_s);
    QVERIFY(night);
    QVERIFY(night->isWholeDay());

    // Hand-checked: the server's first night shift from today and Ada's part-time term.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QJsonArray todays = list(*m_session, u"api/shifts/"_s, QUrlQuery{{u"date_from"_s, today}, {u"date_to"_s, today}});
    QCOMPARE(todays.size(), 3);
    QJsonObject serverNight;
    for (const QJsonValue &shift : todays) {
        if (shift[u"type"_s] == u"N"_s)
            serverNight = shift.toObject();
    }
    const std::optional<Shift> localNight = ShiftRepository(*ws).findByServerId(serverNight[u"id"_s].toInteger());
    QVERIFY(localNight);
    QCOMPARE(localNight->shift_type_id, night->id);
    QCOMPARE(localNight->date, QDate::currentDate());
    QCOMPARE(localNight->duration_minutes, 720);
    QCOMPARE(localNight->status, Shift::Status::Scheduled);
    const std::optional<Clinician> nightClinician = ClinicianRepository(*ws).get(*localNight->clinician_id);
    QVERIFY(nightClinician);
    QCOMPARE(nightClinician->server_id, serverNight[u"clinician"_s].toInteger());
    QCOMPARE(nightClinician->name, serverNight[u"clinician_name"_s].toString());

    const QList<QJsonObject> adaTerms = RecordTable(*ws, RecordTraits<WorkingTerm>::spec())
                                            .select(u"WHERE clinician_id = (SELECT id FROM clinicians WHERE name = 'Dr. Ada Lovelace (Acute)')"_s);
    QCOMPARE(adaTerms.size(), 1);
    const WorkingTerm ada = WorkingTerm::fromJson(adaTerms.first());
    QCOMPARE(ada.type, WorkingTerm::Type::LessThanFullTime);
    QCOMPARE(ada.percentage, 60.0);
    QCOMPARE(ada.fixed_working_days, WeekdaySet::fromList({1, 2, 3}));
    QCOMPARE(ada.start_date, QDate(QDate::currentDate().year(), 1, 1));

    // Nothing pulled is sent back, and nothing changed is pulled again.
    const qint64 journalBefore = Journal(*ws).count();
    const SyncReport again = sync(*m_session, *ws);
    QVERIFY2(again.ok(), qPrintable(again.errors.join(u'\n')));
    QCOMPARE(again.pulled, 0);
    QCOMPARE(again.pushRequests, 0);
    QCOMPARE(Journal(*ws).count(), journalBefore);
}

void TestSyncEngine::pullsPagedListsTheSame()
{
    RotaServerProcess server;
    QVERIFY(startServer(server, true, true));
    // 126 shifts are three pages of 50.
    QVERIFY(await(m_session->send("GET", u"api/shifts/"_s)).json[u"next"_s].isString());
    const auto ws = workspace();
    QVERIFY(ws);
    const SyncReport report = sync(*m_session, *ws);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(count(*ws, u"clinicians"_s), 8);
    QCOMPARE(count(*ws, u"working_terms"_s), 8);
    QCOMPARE(count(*ws, u"shifts"_s), 126);
    QCOMPARE(count(*ws, u"alerts"_s), 2);
    QCOMPARE(count(*ws, u"shifts WHERE server_id IS NOT NULL"_s), 126);
}

// A large shift list is asked for in parts, so that each is stored while the server prepares
// the next; how many parts follows the number of shifts, which a first pull learns from the
// first three months and a later one from the last pull.
void TestSyncEngine::asksForALargeShiftWindowInParts()
{
    constexpr int Clinicians = 100;
    constexpr int Shifts = 30000; // a shift for each clinician on each of 300 days
    const QDate first(2025, 1, 1);
    const QDate last = first.addDays(Shifts / Clinicians - 1);
    RotaServerProcess server;
    QProcessEnvironment environment = serverEnvironment();
    const QString database = m_dir.filePath(u"parts.sqlite3"_s);
    environment.insert(u"ROTADESK_SERVER_DB"_s, database);
    QVERIFY(server.start(90000, false, environment));
    QProcess bulk;
    QProcessEnvironment bulkEnvironment = QProcessEnvironment::systemEnvironment();
    bulkEnvironment.insert(u"ROTADESK_SERVER_DB"_s, database);
    bulk.setProcessEnvironment(bulkEnvironment);
    bulk.start(u"/usr/bin/python3"_s, {QStringLiteral(ROTADESK_SOURCE_DIR "/tests/server/manage.py"), u"bulk_shifts"_s, u"--clinicians"_s,
                                       QString::number(Clinicians), u"--shifts"_s, QString::number(Shifts), u"--first-date"_s,
                                       first.toString(Qt::ISODate)});
    QVERIFY(bulk.waitForFinished(120000));
    QVERIFY2(bulk.exitCode() == 0, bulk.readAllStandardError().constData());
    m_session = std::make_unique<ServerSession>(server.baseUrl(), server.user());
    QVERIFY(await(m_session->login(server.password())).ok());
    const auto ws = workspace();
    QVERIFY(ws);

    const auto covers = [&](const QList<std::pair<QDate, QDate>> &parts) {
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (parts.at(i).first > parts.at(i).second || parts.at(i).first != (i == 0 ? first : parts.at(i - 1).second.addDays(1)))
                return false;
        }
        return !parts.isEmpty() && parts.constLast().second == last;
    };
    QList<std::pair<QDate, QDate>> parts;
    const SyncReport pulled = sync(*m_session, *ws, &parts, std::pair{first, last});
    QVERIFY2(pulled.ok(), qPrintable(pulled.errors.join(u'\n')));
    QCOMPARE(pulled.pulled, Clinicians + Shifts);
    QCOMPARE(count(*ws, u"shifts"_s), Shifts);
    // Three months alone (9,100 shifts), then the 20,900 expected in the rest in two parts.
    QVERIFY(covers(parts));
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(0).second, first.addDays(90));
    // The progress total grows with the parts planned after the first.
    QVERIFY(!m_progressOverran);

    // Now 30,000 are known: two parts, the last the smaller, and nothing is written again.
    const qint64 journal = Journal(*ws).count();
    parts.clear();
    const SyncReport again = sync(*m_session, *ws, &parts, std::pair{first, last});
    QVERIFY2(again.ok(), qPrintable(again.errors.join(u'\n')));
    QCOMPARE(again.pulled, 0);
    QCOMPARE(Journal(*ws).count(), journal);
    QVERIFY(covers(parts));
    QCOMPARE(parts.size(), 2);
    QVERIFY(parts.at(0).first.daysTo(parts.at(0).second) > parts.at(1).first.daysTo(parts.at(1).second));

    // A server deletion anywhere in the window is still seen, whichever part it falls in.
    const QJsonArray lastDay = list(*m_session, u"api/shifts/"_s,
                                    QUrlQuery{{u"date_from"_s, last.toString(Qt::ISODate)}, {u"date_to"_s, last.toString(Qt::ISODate)}});
    QCOMPARE(lastDay.size(), Clinicians);
    QCOMPARE(await(m_session->send("DELETE", u"api/shifts/%1/"_s.arg(lastDay.at(0)[u"id"_s].toInteger()))).status, 204);
    const SyncReport deleted = sync(*m_session, *ws, nullptr, std::pair{first, last});
    QVERIFY2(deleted.ok(), qPrintable(deleted.errors.join(u'\n')));
    QCOMPARE(deleted.pulled, 1);
    QCOMPARE(count(*ws, u"shifts"_s), Shifts - 1);
}

// The records of a list are stored in chunks; when one cannot be written (here refused by a
// trigger, as a full disk or a damaged index would), it is named and the others are stored.
void TestSyncEngine::recordThatCannotBeStoredIsReportedAndTheRestStored()
{
    RotaServerProcess server;
    QVERIFY(startServer(server, true));
    const auto ws = workspace();
    QVERIFY(ws);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QVERIFY(CachedQuery(*ws, u"CREATE TRIGGER refuse_today BEFORE INSERT ON shifts WHEN NEW.date = '%1' "
                            "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s.arg(today))
                .ok());

    const SyncReport report = sync(*m_session, *ws);
    QCOMPARE(report.errors.size(), 3);
    const QJsonArray todays = list(*m_session, u"api/shifts/"_s, QUrlQuery{{u"date_from"_s, today}, {u"date_to"_s, today}});
    for (const QJsonValue &shift : todays) {
        const QString id = QString::number(shift[u"id"_s].toInteger());
        QVERIFY2(std::any_of(report.errors.cbegin(), report.errors.cend(),
                             [&](const QString &error) { return error.contains(u"shifts record %1 could not be stored"_s.arg(id)); }),
                 qPrintable(report.errors.join(u'\n')));
    }
    QCOMPARE(count(*ws, u"shifts"_s), 126 - 3);
    QCOMPARE(CachedQuery(*ws, u"SELECT count(*) FROM journal WHERE record_type = 'shift'"_s).scalar().toLongLong(), 126 - 3);
    QCOMPARE(CachedQuery(*ws, u"SELECT count(*) FROM sync_bases WHERE record_type = 'shift'"_s).scalar().toLongLong(), 126 - 3);
    QCOMPARE(count(*ws, u"leave_requests"_s), 2);

    QVERIFY(CachedQuery(*ws, u"DROP TRIGGER refuse_today"_s).ok());
    const SyncReport again = sync(*m_session, *ws);
    QVERIFY2(again.ok(), qPrintable(again.errors.join(u'\n')));
    QCOMPARE(again.pulled, 3);
    QCOMPARE(count(*ws, u"shifts"_s), 126);
}

void TestSyncEngine::pushesLocalEditsAndPullsServerEdits()
{
    RotaServerProcess server;
    QVERIFY(startServer(server, false));
    const auto ws = workspace();
    QVERIFY(ws);
    const qint64 early = dayTypeId(*ws);
    QVERIFY(early > 0);

    // A clinician and their shift, created in one sync: the clinician goes first.
    ClinicianRepository clinicians(*ws);
    ShiftRepository shifts(*ws);
    Clinician grace;
    grace.name = u"Dr. Grace Hopper"_s;
    QVERIFY(clinicians.create(grace).ok());
    Shift shift;
    shift.clinician_id = grace.id;
    shift.shift_type_id = early;
    QVERIFY(shift.setLocalTimes(QDate::currentDate().addDays(2), QTime(7, 0), QTime(15, 0), "Europe/London").isEmpty());
    QVERIFY(shifts.create(shift).ok());
    Shift spare = shift;
    spare.id = 0;
    spare.date = {};
    QVERIFY(spare.setLocalTimes(QDate::currentDate().addDays(3), QTime(7, 0), QTime(15, 0), "Europe/London").isEmpty());
    QVERIFY(shifts.create(spare).ok());
    // Created and deleted before any sync: the server never hears of it.
    Shift gone = spare;
    gone.id = 0;
    QVERIFY(shifts.create(gone).ok());
    QVERIFY(shifts.remove(gone.id).ok());

    SyncReport report = sync(*m_session, *ws);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.pushRequests, 3);
    grace = *clinicians.get(grace.id);
    shift = *shifts.get(shift.id);
    QVERIFY(grace.server_id && shift.server_id);
    const QJsonObject serverShift = await(m_session->send("GET", u"api/shifts/%1/"_s.arg(*shift.server_id))).json.toObject();
    QCOMPARE(serverShift[u"clinician"_s].toInteger(), *grace.server_id);
    QCOMPARE(serverShift[u"type"_s].toString(), u"E"_s);
    QCOMPARE(serverShift[u"duration"_s].toInt(), 480);
    QCOMPARE(serverShift[u"date"_s].toString(), QDate::currentDate().addDays(2).toString(Qt::ISODate));
    QCOMPARE(list(*m_session, u"api/shifts/"_s).size(), 2);
    // Only what the server does not hold is left unsynced: the shift type and the zone setting.
    for (const JournalEntry &entry : Journal(*ws).unsynced())
        QVERIFY2(!SyncMapping::forRecordType(entry.record_type), qPrintable(entry.record_type));

    // An update, a pin and a deletion: one PATCH of the changed field, the pin action, a DELETE.
    grace.name = u"Dr. Grace B. Hopper"_s;
    QVERIFY(clinicians.update(grace).ok());
    shift.is_pinned = true;
    QVERIFY(shifts.applyAction(u"pin"_s, shift).ok());
    spare = *shifts.get(spare.id);
    QVERIFY(shifts.remove(spare.id).ok());
    report = sync(*m_session, *ws);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.pushRequests, 3);
    QCOMPARE(await(m_session->send("GET", u"api/clinicians/%1/"_s.arg(*grace.server_id))).json[u"name"_s].toString(),
             u"Dr. Grace B. Hopper"_s);
    QCOMPARE(await(m_session->send("GET", u"api/shifts/%1/"_s.arg(*shift.server_id))).json[u"is_pinned"_s].toBool(), true);
    QCOMPARE(await(m_session->send("GET", u"api/shifts/%1/"_s.arg(*spare.server_id))).status, 404);

    // A second sync sends nothing.
    report = sync(*m_session, *ws);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.pushRequests, 0);
    QCOMPARE(report.pulled, 0);

    // A change made on the server comes in; the local times of the shift stay.
    QVERIFY(await(m_session->send("PATCH", u"api/shifts/%1/"_s.arg(*shift.server_id), {},
                                  QJsonDocument(QJsonObject{{u"status"_s, u"completed"_s}})))
                .ok());
    report = sync(*m_session, *ws);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.pulled, 1);
    QCOMPARE(report.pushRequests, 0);
    const Shift pulled = *shifts.get(shift.id);
    QCOMPARE(pulled.status, Shift::Status::Completed);
    QCOMPARE(pulled.start_utc, shift.start_utc);
    QCOMPARE(pulled.is_pinned, true);
}

void TestSyncEngine::mergesDifferentFieldsAndKeepsConflictsOfTheSameField()
{
    RotaServerProcess server;
    QVERIFY(startServer(server, true));
    const auto ws = workspace();
    QVERIFY(ws);
    QVERIFY(sync(*m_session, *ws).ok());

    ShiftRepository shifts(*ws);
    ClinicianRepository clinicians(*ws);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QJsonArray todays = list(*m_session, u"api/shifts/"_s, QUrlQuery{{u"date_from"_s, today}, {u"date_to"_s, today}});
    const qint64 serverShift = todays.first()[u"id"_s].toInteger();

    // Different fields: the server cancels, the coordinator stops it counting as worked.
    QVERIFY(await(m_session->send("PATCH", u"api/shifts/%1/"_s.arg(serverShift), {},
                                  QJsonDocument(QJsonObject{{u"status"_s, u"cancelled"_s}})))
                .ok());
    Shift shift = *shifts.findByServerId(serverShift);
    shift.counts_as_worked = false;
    QVERIFY(shifts.update(shift).ok());

    // The same field: both rename a clinician, differently.
    const qint64 serverClinician = todays.first()[u"clinician"_s].toInteger();
    QVERIFY(await(m_session->send("PATCH", u"api/clinicians/%1/"_s.arg(serverClinician), {},
                                  QJsonDocument(QJsonObject{{u"name"_s, u"Server Name"_s}})))
                .ok());
    Clinician clinician = *clinicians.findByServerId(serverClinician);
    clinician.name = u"Local Name"_s;
    QVERIFY(clinicians.update(clinician).ok());

    const SyncReport report = sync(*m_session, *ws);
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.conflicts, 1);
    QCOMPARE(report.pushRequests, 1); // the merged shift's own field only

    const Shift merged = *shifts.get(shift.id);
    QCOMPARE(merged.status, Shift::Status::Cancelled);
    QCOMPARE(merged.counts_as_worked, false);
    const QJsonObject onServer = await(m_session->send("GET", u"api/shifts/%1/"_s.arg(serverShift))).json.toObject();
    QCOMPARE(onServer[u"status"_s].toString(), u"cancelled"_s);
    QCOMPARE(onServer[u"counts_as_worked"_s].toBool(), false);

    const QList<SyncConflict> conflicts = SyncState(*ws).conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().record_type, u"clinician"_s);
    QCOMPARE(conflicts.first().local_id, clinician.id);
    QCOMPARE(conflicts.first().fields, QStringList{u"name"_s});
    QCOMPARE(conflicts.first().ours[u"name"_s].toString(), u"Local Name"_s);
    QCOMPARE(conflicts.first().theirs[u"name"_s].toString(), u"Server Name"_s);
    QCOMPARE(conflicts.first().base[u"name"_s].toString(), todays.first()[u"clinician_name"_s].toString());
    // Nothing of the conflicting record is sent, on this sync or the next.
    QCOMPARE(await(m_session->send("GET", u"api/clinicians/%1/"_s.arg(serverClinician))).json[u"name"_s].toString(), u"Server Name"_s);
    QCOMPARE(clinicians.get(clinician.id)->name, u"Local Name"_s);
    const SyncReport again = sync(*m_session, *ws);
    QCOMPARE(again.pushRequests, 0);
    QCOMPARE(again.conflicts, 1);
}

void TestSyncEngine::serverDeletionRemovesAnUneditedRecord()
{
    RotaServerProcess server;
    QVERIFY(startServer(server, true));
    const auto ws = workspace();
    QVERIFY(ws);
    QVERIFY(sync(*m_session, *ws).ok());
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QJsonArray todays = list(*m_session, u"api/shifts/"_s, QUrlQuery{{u"date_from"_s, today}, {u"date_to"_s, today}});
    const qint64 unedited = todays.at(0)[u"id"_s].toInteger();
    const qint64 edited = todays.at(1)[u"id"_s].toInteger();
    ShiftRepository shifts(*ws);
    Shift shift = *shifts.findByServerId(edited);
    shift.counts_toward_minimum = false;
    QVERIFY(shifts.update(shift).ok());
    QCOMPARE(await(m_session->send("DELETE", u"api/shifts/%1/"_s.arg(unedited))).status, 204);
    QCOMPARE(await(m_session->send("DELETE", u"api/shifts/%1/"_s.arg(edited))).status, 204);

    const SyncReport report = sync(*m_session, *ws);
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(u'\n')));
    QVERIFY(!shifts.findByServerId(unedited));
    QCOMPARE(count(*ws, u"shifts"_s), 125);
    // The edited one stays, as a conflict with the deletion; it is not sent back.
    QVERIFY(shifts.findByServerId(edited));
    QCOMPARE(report.conflicts, 1);
    QVERIFY(SyncState(*ws).conflict(u"shift"_s, shift.id)->theirs.isEmpty());
    QCOMPARE(report.pushRequests, 0);
}

void TestSyncEngine::lostPostIsAdoptedNotSentAgain()
{
    RotaServerProcess server;
    QVERIFY(startServer(server, false));
    const auto ws = workspace();
    QVERIFY(ws);
    ClinicianRepository clinicians(*ws);
    Clinician ada;
    ada.name = u"Dr. Ada Lovelace"_s;
    QVERIFY(clinicians.create(ada).ok());

    // The POST reached the server, but its answer was lost before it was stored.
    SyncLookup lookup(*ws);
    QString error;
    const SyncMapping &mapping = SyncMapping::of(SyncMapping::Resource::Clinicians);
    const QJsonObject body = mapping.toServer(lookup, ada.toJson(), &error);
    const ServerResponse created = await(m_session->send("POST", mapping.path(), {}, QJsonDocument(body)));
    QCOMPARE(created.status, 201);
    {
        Transaction transaction(*ws);
        QVERIFY(SyncState(*ws).putInflight({u"clinician"_s, ada.id, "POST", mapping.path(), body, {}, Journal(*ws).lastId()}).ok());
        QVERIFY(transaction.commit().ok());
    }

    const SyncReport report = sync(*m_session, *ws);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.pushRequests, 0);
    QCOMPARE(list(*m_session, u"api/clinicians/"_s).size(), 1);
    QCOMPARE(clinicians.get(ada.id)->server_id, created.json[u"id"_s].toInteger());
    QCOMPARE(count(*ws, u"clinicians"_s), 1);
    QVERIFY(SyncState(*ws).inflight().isEmpty());
}

void TestSyncEngine::refusedChangeIsKeptAndNotSentAgain()
{
    RotaServerProcess server;
    QVERIFY(startServer(server, false));
    const auto ws = workspace();
    QVERIFY(ws);
    ClinicianRepository clinicians(*ws);
    Clinician ada;
    ada.name = u"Dr. Ada Lovelace"_s;
    QVERIFY(clinicians.create(ada).ok());
    WorkingTermRepository terms(*ws);
    WorkingTerm first;
    first.clinician_id = ada.id;
    first.start_date = QDate(2026, 1, 1);
    first.end_date = QDate(2026, 12, 31);
    QVERIFY(terms.create(first).ok());
    QVERIFY(sync(*m_session, *ws).ok());
    // The server refuses a second term overlapping the first; here it is not checked.
    const qint64 serverAda = *clinicians.get(ada.id)->server_id;
    QVERIFY(await(m_session->send("POST", u"api/working-terms/"_s, {},
                                  QJsonDocument(QJsonObject{{u"clinician"_s, serverAda}, {u"start_date"_s, u"2027-01-01"_s}})))
                .ok());
    first = *terms.get(first.id);
    first.end_date = QDate(2027, 6, 30);
    QVERIFY(terms.update(first).ok());

    SyncReport report = sync(*m_session, *ws);
    QCOMPARE(report.errors.size(), 1);
    QVERIFY2(report.errors.first().contains(u"start_date"_s) && report.errors.first().contains(u"working term"_s),
             qPrintable(report.errors.first()));
    QCOMPARE(report.pushRequests, 1);
    // Kept, not sent again until edited.
    report = sync(*m_session, *ws);
    QCOMPARE(report.pushRequests, 0);
    QCOMPARE(report.errors.size(), 1);
    first.end_date = QDate(2026, 11, 30);
    QVERIFY(terms.update(first).ok());
    report = sync(*m_session, *ws);
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.pushRequests, 1);
}

void TestSyncEngine::malformedAnswerChangesNothing()
{
    CannedHttpServer canned({CannedHttpServer::response("200 OK", "Content-Type: application/json\r\n", "[{\"id\": 1, \"name\": ")});
    const auto ws = workspace();
    QVERIFY(ws);
    ServerSession session(canned.baseUrl(), u"coordinator"_s);
    const qint64 journalBefore = Journal(*ws).count();
    const SyncReport report = sync(session, *ws);
    QVERIFY(!report.ok());
    QVERIFY2(report.errors.first().contains(u"clinicians"_s), qPrintable(report.errors.first()));
    QCOMPARE(count(*ws, u"clinicians"_s), 0);
    QCOMPARE(Journal(*ws).count(), journalBefore);
}

void TestSyncEngine::invalidRecordNamesResourceRecordAndField()
{
    CannedHttpServer canned({CannedHttpServer::response(
        "200 OK", "Content-Type: application/json\r\n",
        R"([{"id": 1, "name": "Dr. A", "active": true}, {"id": 2, "name": "Dr. B", "active": "yes"}])")});
    const auto ws = workspace();
    QVERIFY(ws);
    ServerSession session(canned.baseUrl(), u"coordinator"_s);
    const SyncReport report = sync(session, *ws);
    QVERIFY(!report.errors.isEmpty());
    const QString first = report.errors.first();
    QVERIFY2(first.contains(u"clinicians"_s) && first.contains(u"record 2"_s) && first.contains(u"active"_s), qPrintable(first));
    // Dr. A was fine, but the list was refused whole.
    QCOMPARE(count(*ws, u"clinicians"_s), 0);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
