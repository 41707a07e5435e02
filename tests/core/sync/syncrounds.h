#pragma once

// Shared by the sync fault and kill tests: random edits of clinicians and shifts on both sides,
// seeded, with a record of what each side wrote last, and the checks run after a final clean
// sync: the workspace and the server hold the same records with the same fields, nothing we
// created is on the server twice, and no acknowledged local edit was lost.

#include "core/sync/synctestsupport.h"
#include "model/clinician.h"
#include "model/shift.h"
#include "model/shifttype.h"
#include "storage/clinicianrepository.h"
#include "storage/recordtable.h"
#include "storage/recordtraits.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/workspace.h"
#include "sync/serversession.h"
#include "sync/syncengine.h"
#include "sync/synclookup.h"
#include "sync/syncmapping.h"
#include "sync/syncstate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTest>

namespace SyncRounds {

using namespace Qt::StringLiterals;

inline QProcessEnvironment serverEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(u"ROTADESK_THROTTLE_STANDARD"_s, u"1000000/hour"_s);
    environment.insert(u"ROTADESK_THROTTLE_BURST"_s, u"1000000/min"_s);
    environment.insert(u"ROTADESK_THROTTLE_EXPENSIVE"_s, u"1000000/hour"_s);
    environment.insert(u"ROTADESK_SERVER_LOG_LEVEL"_s, u"WARNING"_s);
    return environment;
}

inline std::unique_ptr<Workspace> createWorkspace(const QString &path)
{
    StorageError error;
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateNew, &error);
    if (workspace) {
        workspace->setCurrentUser(u"coordinator"_s);
        (void)workspace->setSetting(u"time_zone"_s, u"Europe/London"_s);
    }
    return workspace;
}

inline SyncReport runSync(ServerSession &session, Workspace &workspace)
{
    SyncEngine engine(&session, workspace);
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

inline QJsonArray serverList(ServerSession &server, const SyncMapping &mapping)
{
    QUrlQuery query;
    if (mapping.resource() == SyncMapping::Resource::Alerts)
        query.addQueryItem(u"active"_s, u"false"_s);
    return SyncTest::await(server.send("GET", mapping.path(), query)).json.toArray();
}

inline QString show(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Every difference between the workspace and the server, in words; records in conflict are
// left out (they wait for the user). `server` talks to the server directly.
inline QStringList divergences(ServerSession &server, Workspace &workspace)
{
    QStringList problems;
    SyncState state(workspace);
    SyncLookup lookup(workspace);
    for (const SyncMapping &mapping : SyncMapping::all()) {
        QHash<qint64, QJsonObject> theirs;
        for (const QJsonValue &record : serverList(server, mapping))
            theirs.insert(record[u"id"_s].toInteger(), record.toObject());
        QSet<qint64> held;
        for (const QJsonObject &row : RecordTable(workspace, mapping.table()).select(u"WHERE server_id IS NOT NULL"_s)) {
            const qint64 localId = row[u"id"_s].toInteger();
            const qint64 serverId = row[u"server_id"_s].toInteger();
            if (held.contains(serverId))
                problems << u"%1: two local records hold server id %2"_s.arg(mapping.name()).arg(serverId);
            held.insert(serverId);
            if (state.conflict(mapping.recordType(), localId))
                continue;
            if (!theirs.contains(serverId)) {
                problems << u"%1: local %2 has server id %3, which the server does not hold"_s.arg(mapping.name()).arg(localId).arg(serverId);
                continue;
            }
            QString error;
            const QJsonObject ours = mapping.toServer(lookup, row, &error);
            for (const QString &field : mapping.fields()) {
                if (ours.value(field) != theirs.value(serverId).value(field))
                    problems << u"%1: local %2 (server %3) differs in %4: local %5, server %6"_s.arg(mapping.name())
                                    .arg(localId)
                                    .arg(serverId)
                                    .arg(field, show({{field, ours.value(field)}}), show({{field, theirs.value(serverId).value(field)}}));
            }
        }
        for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
            if (!held.contains(it.key()))
                problems << u"%1: server record %2 is not in the workspace: %3"_s.arg(mapping.name()).arg(it.key()).arg(show(it.value()));
        }
    }
    return problems;
}

// Server records of `mapping` that share their identifying fields with another.
inline QStringList duplicates(ServerSession &server, const SyncMapping &mapping)
{
    QStringList problems;
    QHash<QString, qint64> seen;
    for (const QJsonValue &record : serverList(server, mapping)) {
        QJsonObject identity;
        for (const QString &field : mapping.identifyingFields())
            identity.insert(field, record[field]);
        const QString key = show(identity);
        if (seen.contains(key))
            problems << u"%1: server records %2 and %3 are the same %4"_s.arg(mapping.name()).arg(seen.value(key)).arg(record[u"id"_s].toInteger()).arg(key);
        seen.insert(key, record[u"id"_s].toInteger());
    }
    return problems;
}

// Random edits of clinicians and shifts, locally through the repositories and on the server
// through a session of its own. Every name and every shift's day is used once, so that two
// records with the same identifying fields can only come from a request sent twice.
class Editor
{
public:
    Editor(Workspace &workspace, ServerSession &server, quint32 seed)
        : m_workspace(&workspace)
        , m_server(server)
        , m_random(seed)
    {
    }

    // After the workspace was closed and opened again.
    void setWorkspace(Workspace &workspace) { m_workspace = &workspace; }

    bool prepare()
    {
        ShiftTypeRepository types(*m_workspace);
        if (const std::optional<ShiftType> early = types.findByCode(u"E"_s)) {
            m_typeId = early->id;
            return true;
        }
        ShiftType early;
        early.code = u"E"_s;
        early.name = u"Early"_s;
        early.colour = u"#0072B2"_s;
        early.start_time = QTime(7, 0);
        early.end_time = QTime(15, 0);
        early.duration_minutes = 480;
        if (!types.create(early).ok())
            return false;
        m_typeId = early.id;
        return true;
    }

    // `count` local edits; each is one transaction with its journal entry, as a user's edit.
    void localEdits(int count)
    {
        ClinicianRepository clinicians(*m_workspace);
        ShiftRepository shifts(*m_workspace);
        for (int i = 0; i < count; ++i) {
            const QList<QJsonObject> clinicianRows = RecordTable(*m_workspace, RecordTraits<Clinician>::spec()).select({});
            const QList<QJsonObject> shiftRows = RecordTable(*m_workspace, RecordTraits<Shift>::spec()).select({});
            const int action = clinicianRows.size() < 3 ? 0 : m_random.bounded(10);
            ++m_sequence;
            if (action == 0) {
                Clinician clinician;
                clinician.name = u"Dr. Local %1"_s.arg(++m_names);
                if (clinicians.create(clinician).ok())
                    note(u"clinician"_s, clinician.id, {{u"name"_s, clinician.name}, {u"active"_s, true}});
            } else if (action == 1 || action == 2) {
                Clinician clinician = Clinician::fromJson(pickFrom(clinicianRows));
                if (action == 1)
                    clinician.name = u"Dr. Local %1"_s.arg(++m_names);
                else
                    clinician.active = !clinician.active;
                if (clinicians.update(clinician).ok())
                    note(u"clinician"_s, clinician.id, {{u"name"_s, clinician.name}, {u"active"_s, clinician.active}});
            } else if (action == 3) {
                const Clinician clinician = Clinician::fromJson(pickFrom(clinicianRows));
                // Refused while shifts or other records refer to the clinician: then nothing happens.
                if (clinicians.remove(clinician.id).ok())
                    deleted(u"clinician"_s, clinician.id, clinician.server_id);
            } else if (action <= 5 || shiftRows.isEmpty()) {
                Shift shift;
                shift.clinician_id = Clinician::fromJson(pickFrom(clinicianRows)).id;
                shift.shift_type_id = m_typeId;
                if (!shift.setLocalTimes(nextDay(), QTime(7, 0), QTime(15, 0), "Europe/London").isEmpty())
                    continue;
                if (shifts.create(shift).ok())
                    note(u"shift"_s, shift.id, shiftFields(shift));
            } else if (action == 6) {
                const Shift shift = Shift::fromJson(pickFrom(shiftRows));
                if (shifts.remove(shift.id).ok())
                    deleted(u"shift"_s, shift.id, shift.server_id);
            } else if (action == 7) {
                Shift shift = Shift::fromJson(pickFrom(shiftRows));
                shift.is_pinned = !shift.is_pinned;
                if (shifts.applyAction(shift.is_pinned ? u"pin"_s : u"unpin"_s, shift).ok())
                    note(u"shift"_s, shift.id, {{u"is_pinned"_s, shift.is_pinned}});
            } else {
                Shift shift = Shift::fromJson(pickFrom(shiftRows));
                switch (m_random.bounded(4)) {
                case 0:
                    shift.status = static_cast<Shift::Status>(m_random.bounded(3));
                    break;
                case 1:
                    shift.counts_as_worked = !shift.counts_as_worked;
                    break;
                case 2:
                    shift.counts_toward_minimum = !shift.counts_toward_minimum;
                    break;
                default:
                    shift.clinician_id = Clinician::fromJson(pickFrom(clinicianRows)).id;
                    break;
                }
                if (shifts.update(shift).ok())
                    note(u"shift"_s, shift.id, shiftFields(shift));
            }
        }
    }

    // `count` edits made on the server by another client.
    void serverEdits(int count)
    {
        using SyncTest::await;
        for (int i = 0; i < count; ++i) {
            const QJsonArray clinicians = serverList(m_server, SyncMapping::of(SyncMapping::Resource::Clinicians));
            const QJsonArray shifts = serverList(m_server, SyncMapping::of(SyncMapping::Resource::Shifts));
            const int action = clinicians.size() < 2 ? 0 : m_random.bounded(8);
            ++m_sequence;
            if (action == 0) {
                (void)await(m_server.send("POST", u"api/clinicians/"_s, {},
                                          QJsonDocument(QJsonObject{{u"name"_s, u"Dr. Server %1"_s.arg(++m_names)}, {u"active"_s, true}})));
            } else if (action == 1) {
                const qint64 id = clinicians.at(m_random.bounded(int(clinicians.size())))[u"id"_s].toInteger();
                serverPatch(u"clinician"_s, id, u"api/clinicians/%1/"_s.arg(id), {{u"name"_s, u"Dr. Server %1"_s.arg(++m_names)}});
            } else if (action <= 3 || shifts.isEmpty()) {
                const qint64 clinician = clinicians.at(m_random.bounded(int(clinicians.size())))[u"id"_s].toInteger();
                (void)await(m_server.send("POST", u"api/shifts/"_s, {},
                                          QJsonDocument(QJsonObject{{u"clinician"_s, clinician},
                                                                    {u"date"_s, nextDay().toString(Qt::ISODate)},
                                                                    {u"type"_s, u"E"_s},
                                                                    {u"duration"_s, 480}})));
            } else {
                const qint64 id = shifts.at(m_random.bounded(int(shifts.size())))[u"id"_s].toInteger();
                const QString path = u"api/shifts/%1/"_s.arg(id);
                if (action == 4) {
                    (void)await(m_server.send("DELETE", path));
                } else if (action == 5) {
                    const bool pin = m_random.bounded(2) == 1;
                    (void)await(m_server.send("PATCH", path + (pin ? u"pin/"_s : u"unpin/"_s)));
                    m_serverWrites.insert(key(u"shift"_s, id, u"is_pinned"_s), m_sequence);
                } else if (action == 6) {
                    static const QStringList statuses{u"scheduled"_s, u"completed"_s, u"cancelled"_s};
                    serverPatch(u"shift"_s, id, path, {{u"status"_s, statuses.at(m_random.bounded(3))}});
                } else {
                    serverPatch(u"shift"_s, id, path, {{u"counts_as_worked"_s, m_random.bounded(2) == 1}});
                }
            }
        }
    }

    // Local edits no longer in the workspace or not on the server, after a clean sync: each field
    // we wrote last keeps our value unless the server wrote it since or the record is in conflict;
    // each record we deleted is gone from the server.
    QStringList lostEdits() const
    {
        QStringList lost;
        SyncState state(*m_workspace);
        for (const LocalWrite &write : m_localWrites) {
            const QString &type = write.type;
            const qint64 localId = write.localId;
            const QString &field = write.field;
            const SyncMapping *mapping = SyncMapping::forRecordType(type);
            const std::optional<QJsonObject> row = RecordTable(*m_workspace, mapping->table()).get(localId);
            if (!row || state.conflict(type, localId))
                continue;
            const QJsonValue serverId = row->value(u"server_id"_s);
            if (!serverId.isDouble()) {
                lost << u"%1 %2 never reached the server"_s.arg(type).arg(localId);
                continue;
            }
            if (m_serverWrites.value(key(type, serverId.toInteger(), field), 0) > write.sequence)
                continue;
            if (row->value(field) != write.value)
                lost << u"%1 %2: %3 is %4, we wrote %5"_s.arg(type).arg(localId).arg(field, show({{field, row->value(field)}}),
                                                               show({{field, write.value}}));
        }
        for (const auto &[type, serverId] : m_deletedOnServer) {
            const SyncMapping *mapping = SyncMapping::forRecordType(type);
            if (SyncTest::await(m_server.send("GET", mapping->detailPath(serverId))).status != 404)
                lost << u"%1 %2, deleted here, is still on the server"_s.arg(type).arg(serverId);
        }
        return lost;
    }

private:
    struct LocalWrite
    {
        QString type;
        qint64 localId = 0;
        QString field;
        int sequence = 0;
        QJsonValue value;
    };

    static QString key(const QString &type, qint64 id, const QString &field) { return u"%1/%2/%3"_s.arg(type).arg(id).arg(field); }

    static QJsonObject shiftFields(const Shift &shift)
    {
        const QJsonObject json = shift.toJson();
        QJsonObject fields;
        for (const QString &field : {u"clinician_id"_s, u"status"_s, u"is_pinned"_s, u"counts_as_worked"_s, u"counts_toward_minimum"_s})
            fields.insert(field, json.value(field));
        return fields;
    }

    QJsonObject pickFrom(const QList<QJsonObject> &rows) { return rows.at(m_random.bounded(int(rows.size()))); }

    QDate nextDay() { return QDate::currentDate().addDays(1 + m_days++); }

    void note(const QString &type, qint64 localId, const QJsonObject &fields)
    {
        for (auto it = fields.begin(); it != fields.end(); ++it)
            m_localWrites.insert(key(type, localId, it.key()), {type, localId, it.key(), m_sequence, it.value()});
    }

    void deleted(const QString &type, qint64 localId, std::optional<qint64> serverId)
    {
        for (auto it = m_localWrites.begin(); it != m_localWrites.end();) {
            if (it->type == type && it->localId == localId)
                it = m_localWrites.erase(it);
            else
                ++it;
        }
        if (serverId)
            m_deletedOnServer << std::pair{type, *serverId};
    }

    // Server field names are the local ones but for a shift's clinician, which is not patched here.
    void serverPatch(const QString &type, qint64 serverId, const QString &path, const QJsonObject &fields)
    {
        if (SyncTest::await(m_server.send("PATCH", path, {}, QJsonDocument(fields))).ok()) {
            for (auto it = fields.begin(); it != fields.end(); ++it)
                m_serverWrites.insert(key(type, serverId, it.key()), m_sequence);
        }
    }

    Workspace *m_workspace;
    ServerSession &m_server;
    QRandomGenerator m_random;
    qint64 m_typeId = 0;
    int m_sequence = 0;
    int m_names = 0;
    int m_days = 0;
    QHash<QString, LocalWrite> m_localWrites;
    QHash<QString, int> m_serverWrites;
    QList<std::pair<QString, qint64>> m_deletedOnServer;
};

} // namespace SyncRounds
