#include "core/sync/synctestsupport.h"
#include "rotaserverprocess.h"
#include "storage/clinicianrepository.h"
#include "storage/shiftrepository.h"
#include "storage/workspace.h"
#include "sync/serversession.h"
#include "sync/syncconflictresolver.h"
#include "sync/syncengine.h"
#include "sync/syncstate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncTest;

// Each resolution of a conflict (both sides renamed the same clinician, as a coordinator and a
// colleague on the server would) against the reference server: what the server and the workspace
// hold after the next sync.
class TestSyncConflictResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keepOursPushesOurName();
    void takeTheirsStoresTheServerName();
    void useEditedPushesTheEditedRecord();
    void takeTheirsOfAServerDeletionDeletesHere();
    void keepOursOfAServerDeletionCreatesItAgain();
    void unknownConflictIsAnError();

private:
    SyncReport sync();
    // Renames the clinician `index` of the server's list on both sides and syncs; returns the
    // local id of the clinician, now in conflict.
    qint64 conflictOver(int index);
    QJsonObject serverClinician(qint64 localId);

    QTemporaryDir m_dir;
    RotaServerProcess m_server;
    std::unique_ptr<ServerSession> m_session;
    std::unique_ptr<Workspace> m_workspace;
};

void TestSyncConflictResolver::initTestCase()
{
    QProcessEnvironment environment;
    environment.insert(u"ROTADESK_THROTTLE_STANDARD"_s, u"100000/hour"_s);
    environment.insert(u"ROTADESK_THROTTLE_BURST"_s, u"100000/min"_s);
    QVERIFY2(m_server.start(90000, true, environment), qPrintable(m_server.errorString()));
    m_session = std::make_unique<ServerSession>(m_server.baseUrl(), m_server.user());
    QVERIFY(await(m_session->login(m_server.password())).ok());
    StorageError error;
    m_workspace = Workspace::open(m_dir.filePath(u"conflicts.rota"_s), Workspace::OpenMode::CreateNew, &error);
    QVERIFY2(m_workspace, qPrintable(error.message));
    m_workspace->setCurrentUser(u"coordinator"_s);
    QVERIFY(m_workspace->setSetting(u"time_zone"_s, u"Europe/London"_s).ok());
    const SyncReport first = sync();
    QVERIFY2(first.ok(), qPrintable(first.errors.join(u'\n')));
}

SyncReport TestSyncConflictResolver::sync()
{
    SyncEngine engine(m_session.get(), *m_workspace);
    SyncReport report;
    bool finished = false;
    QObject::connect(&engine, &SyncEngine::finished, [&](const SyncReport &result) {
        report = result;
        finished = true;
    });
    engine.sync();
    // The deadline only guards against a hang.
    if (!QTest::qWaitFor([&] { return finished; }, 120000))
        report.errors << u"the test gave up waiting"_s;
    return report;
}

qint64 TestSyncConflictResolver::conflictOver(int index)
{
    const QJsonArray clinicians = await(m_session->send("GET", u"api/clinicians/"_s)).json.toArray();
    const qint64 serverId = clinicians.at(index)[u"id"_s].toInteger();
    if (!await(m_session->send("PATCH", u"api/clinicians/%1/"_s.arg(serverId), {}, QJsonDocument(QJsonObject{{u"name"_s, u"Server Name"_s}}))).ok())
        return 0;
    ClinicianRepository repository(*m_workspace);
    Clinician clinician = *repository.findByServerId(serverId);
    clinician.name = u"Local Name"_s;
    clinician.active = false; // ours alone: merged, not in conflict
    if (!repository.update(clinician).ok())
        return 0;
    const SyncReport report = sync();
    if (report.conflicts != 1 || !SyncState(*m_workspace).conflict(u"clinician"_s, clinician.id))
        return 0;
    return clinician.id;
}

QJsonObject TestSyncConflictResolver::serverClinician(qint64 localId)
{
    const Clinician clinician = *ClinicianRepository(*m_workspace).get(localId);
    return await(m_session->send("GET", u"api/clinicians/%1/"_s.arg(*clinician.server_id))).json.toObject();
}

void TestSyncConflictResolver::keepOursPushesOurName()
{
    const qint64 id = conflictOver(0);
    QVERIFY(id > 0);
    const StorageError error = SyncConflictResolver(*m_workspace).keepOurs(u"clinician"_s, id);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QVERIFY(SyncState(*m_workspace).conflicts().isEmpty());

    const SyncReport report = sync();
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.conflicts, 0);
    QCOMPARE(report.pushRequests, 1); // one PATCH of name and active
    QCOMPARE(serverClinician(id)[u"name"_s].toString(), u"Local Name"_s);
    QCOMPARE(serverClinician(id)[u"active"_s].toBool(), false);
    QCOMPARE(ClinicianRepository(*m_workspace).get(id)->name, u"Local Name"_s);
    // Settled: nothing moves on the next sync.
    const SyncReport again = sync();
    QCOMPARE(again.pushRequests, 0);
    QCOMPARE(again.pulled, 0);
    QCOMPARE(again.conflicts, 0);
}

void TestSyncConflictResolver::takeTheirsStoresTheServerName()
{
    const qint64 id = conflictOver(1);
    QVERIFY(id > 0);
    const StorageError error = SyncConflictResolver(*m_workspace).takeTheirs(u"clinician"_s, id);
    QVERIFY2(error.ok(), qPrintable(error.message));
    // The server's version whole, at once.
    const Clinician local = *ClinicianRepository(*m_workspace).get(id);
    QCOMPARE(local.name, u"Server Name"_s);
    QCOMPARE(local.active, true);

    const SyncReport report = sync();
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.conflicts, 0);
    QCOMPARE(report.pushRequests, 0);
    QCOMPARE(report.pulled, 0);
    QCOMPARE(serverClinician(id)[u"name"_s].toString(), u"Server Name"_s);
    QCOMPARE(ClinicianRepository(*m_workspace).get(id)->name, u"Server Name"_s);
}

void TestSyncConflictResolver::useEditedPushesTheEditedRecord()
{
    const qint64 id = conflictOver(2);
    QVERIFY(id > 0);
    Clinician edited = *ClinicianRepository(*m_workspace).get(id);
    edited.name = u"Edited Name"_s;
    edited.active = true;
    edited.email = u"edited@example.org"_s; // local only
    const StorageError error = SyncConflictResolver(*m_workspace).useEdited(u"clinician"_s, id, edited.toJson());
    QVERIFY2(error.ok(), qPrintable(error.message));

    const SyncReport report = sync();
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.conflicts, 0);
    QCOMPARE(report.pushRequests, 1); // the name; active is already the server's
    const QJsonObject onServer = serverClinician(id);
    QCOMPARE(onServer[u"name"_s].toString(), u"Edited Name"_s);
    QCOMPARE(onServer[u"active"_s].toBool(), true);
    const Clinician stored = *ClinicianRepository(*m_workspace).get(id);
    QCOMPARE(stored.name, u"Edited Name"_s);
    QCOMPARE(stored.active, true);
    QCOMPARE(stored.email, u"edited@example.org"_s);

    // An edit that fails the record's own checks changes nothing.
    const qint64 other = conflictOver(3);
    QVERIFY(other > 0);
    Clinician nameless = *ClinicianRepository(*m_workspace).get(other);
    nameless.name.clear();
    QCOMPARE(SyncConflictResolver(*m_workspace).useEdited(u"clinician"_s, other, nameless.toJson()).kind, StorageError::Kind::Validation);
    QVERIFY(SyncState(*m_workspace).conflict(u"clinician"_s, other));
    QCOMPARE(ClinicianRepository(*m_workspace).get(other)->name, u"Local Name"_s);
    QVERIFY(SyncConflictResolver(*m_workspace).takeTheirs(u"clinician"_s, other).ok());
}

// A shift edited here and deleted on the server.
void TestSyncConflictResolver::takeTheirsOfAServerDeletionDeletesHere()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QJsonArray todays = await(m_session->send("GET", u"api/shifts/"_s, QUrlQuery{{u"date_from"_s, today}, {u"date_to"_s, today}})).json.toArray();
    const qint64 serverId = todays.at(0)[u"id"_s].toInteger();
    ShiftRepository shifts(*m_workspace);
    Shift shift = *shifts.findByServerId(serverId);
    shift.counts_toward_minimum = false;
    QVERIFY(shifts.update(shift).ok());
    QCOMPARE(await(m_session->send("DELETE", u"api/shifts/%1/"_s.arg(serverId))).status, 204);
    QCOMPARE(sync().conflicts, 1);

    const StorageError error = SyncConflictResolver(*m_workspace).takeTheirs(u"shift"_s, shift.id);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QVERIFY(!shifts.get(shift.id));
    const SyncReport report = sync();
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.conflicts, 0);
    QCOMPARE(report.pushRequests, 0);
}

void TestSyncConflictResolver::keepOursOfAServerDeletionCreatesItAgain()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QJsonArray todays = await(m_session->send("GET", u"api/shifts/"_s, QUrlQuery{{u"date_from"_s, today}, {u"date_to"_s, today}})).json.toArray();
    const qint64 serverId = todays.at(0)[u"id"_s].toInteger();
    ShiftRepository shifts(*m_workspace);
    Shift shift = *shifts.findByServerId(serverId);
    shift.counts_toward_minimum = false;
    QVERIFY(shifts.update(shift).ok());
    QCOMPARE(await(m_session->send("DELETE", u"api/shifts/%1/"_s.arg(serverId))).status, 204);
    QCOMPARE(sync().conflicts, 1);

    const StorageError error = SyncConflictResolver(*m_workspace).keepOurs(u"shift"_s, shift.id);
    QVERIFY2(error.ok(), qPrintable(error.message));
    const SyncReport report = sync();
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.conflicts, 0);
    QCOMPARE(report.pushRequests, 1); // a POST of the whole shift
    const Shift kept = *shifts.get(shift.id);
    QVERIFY(kept.server_id && *kept.server_id != serverId);
    const QJsonObject onServer = await(m_session->send("GET", u"api/shifts/%1/"_s.arg(*kept.server_id))).json.toObject();
    QCOMPARE(onServer[u"counts_toward_minimum"_s].toBool(), false);
    QCOMPARE(onServer[u"date"_s].toString(), today);
}

void TestSyncConflictResolver::unknownConflictIsAnError()
{
    QCOMPARE(SyncConflictResolver(*m_workspace).keepOurs(u"clinician"_s, 999999).kind, StorageError::Kind::NotFound);
}

QTEST_GUILESS_MAIN(TestSyncConflictResolver)
#include "tst_syncconflictresolver.moc"
