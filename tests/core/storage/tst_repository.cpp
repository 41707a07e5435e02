#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/leaverequestrepository.h"
#include "storage/teamrepository.h"
#include "storage/transaction.h"
#include "storage/workingtermrepository.h"
#include "storage/workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

private slots:
    void init()
    {
        StorageError error;
        QFile::remove(m_dir.filePath(u"repo.rota"_s));
        m_workspace = Workspace::open(m_dir.filePath(u"repo.rota"_s), Workspace::OpenMode::CreateIfMissing, &error);
        QVERIFY2(m_workspace, qPrintable(error.message));
        m_workspace->setCurrentUser(u"coordinator"_s);
        m_workspace->setClock([] { return QDateTime(QDate(2026, 11, 23), QTime(9, 30), QTimeZone::utc()); });
    }

    void cleanup()
    {
        const QString path = m_workspace->path();
        m_workspace.reset();
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }

    void createUpdateDeleteAreJournaled()
    {
        ClinicianRepository repository(*m_workspace);
        Clinician clinician;
        clinician.name = u"Dr Maria Santos"_s;
        QVERIFY(repository.create(clinician).ok());
        QVERIFY(clinician.id > 0);
        QCOMPARE(clinician.created_at, u"2026-11-23T09:30:00Z"_s);
        QCOMPARE(repository.get(clinician.id), clinician);

        Clinician renamed = clinician;
        renamed.name = u"Dr Maria Santos-Lee"_s;
        QVERIFY(repository.update(renamed).ok());
        QCOMPARE(repository.get(clinician.id)->name, renamed.name);
        QVERIFY(repository.remove(clinician.id).ok());
        QVERIFY(!repository.get(clinician.id));

        const QList<JournalEntry> entries = Journal(*m_workspace).entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].operation, u"create"_s);
        QCOMPARE(entries[0].record_type, u"clinician"_s);
        QCOMPARE(entries[0].local_id, clinician.id);
        QVERIFY(entries[0].before.isEmpty());
        QCOMPARE(entries[0].after.value(u"name"_s).toString(), clinician.name);
        QCOMPARE(entries[0].user, u"coordinator"_s);
        QCOMPARE(entries[1].operation, u"update"_s);
        QCOMPARE(entries[1].before.value(u"name"_s).toString(), clinician.name);
        QCOMPARE(entries[1].after.value(u"name"_s).toString(), renamed.name);
        QCOMPARE(entries[2].operation, u"delete"_s);
        QCOMPARE(entries[2].before.value(u"name"_s).toString(), renamed.name);
        QVERIFY(entries[2].after.isEmpty());
        QVERIFY(entries[0].batch_id < entries[1].batch_id && entries[1].batch_id < entries[2].batch_id);
    }

    void invalidRecordWritesNothing()
    {
        WorkingTerm term;
        term.clinician_id = 1;
        term.start_date = QDate(2026, 1, 1);
        term.percentage = 120;
        const StorageError error = WorkingTermRepository(*m_workspace).create(term);
        QCOMPARE(error.kind, StorageError::Kind::Validation);
        QCOMPARE(error.fieldErrors.constFirst().field, u"percentage"_s);
        QCOMPARE(WorkingTermRepository(*m_workspace).count(), 0);
        QCOMPARE(Journal(*m_workspace).count(), 0);
    }

    void missingReferenceIsAConstraintError()
    {
        WorkingTerm term;
        term.clinician_id = 999;
        term.start_date = QDate(2026, 1, 1);
        const StorageError error = WorkingTermRepository(*m_workspace).create(term);
        QCOMPARE(error.kind, StorageError::Kind::Constraint);
        QCOMPARE(Journal(*m_workspace).count(), 0);
    }

    void updatingAMissingRecordSaysSo()
    {
        Clinician ghost;
        ghost.id = 42;
        ghost.name = u"Nobody"_s;
        const StorageError error = ClinicianRepository(*m_workspace).update(ghost);
        QCOMPARE(error.kind, StorageError::Kind::NotFound);
        QVERIFY(error.message.contains(u"42"_s));
    }

    void nestedWritesShareOneBatchAndRollBackTogether()
    {
        ClinicianRepository clinicians(*m_workspace);
        {
            Transaction outer(*m_workspace);
            Clinician a;
            a.name = u"Dr A"_s;
            Clinician b;
            b.name = u"Dr B"_s;
            QVERIFY(clinicians.create(a).ok());
            QVERIFY(clinicians.create(b).ok());
            // Not committed: both go.
        }
        QCOMPARE(clinicians.count(), 0);
        QCOMPARE(Journal(*m_workspace).count(), 0);
        {
            Transaction outer(*m_workspace);
            Clinician a;
            a.name = u"Dr A"_s;
            Clinician b;
            b.name = u"Dr B"_s;
            QVERIFY(clinicians.create(a).ok());
            QVERIFY(clinicians.create(b).ok());
            QVERIFY(outer.commit().ok());
        }
        const QList<JournalEntry> entries = Journal(*m_workspace).entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].batch_id, entries[1].batch_id);
    }

    void listFiltersInSql()
    {
        TeamRepository teams(*m_workspace);
        Team icu;
        icu.name = u"ICU"_s;
        QVERIFY(teams.create(icu).ok());
        ClinicianRepository clinicians(*m_workspace);
        for (const auto &[name, active, team] : {std::tuple{u"Dr Zoe Hart"_s, true, true}, std::tuple{u"Dr Adam Hart"_s, false, true},
                                                 std::tuple{u"Dr 50%_Off"_s, true, false}}) {
            Clinician clinician;
            clinician.name = name;
            clinician.active = active;
            if (team)
                clinician.team_id = icu.id;
            QVERIFY(clinicians.create(clinician).ok());
        }
        auto names = [&](const ClinicianFilter &filter) {
            QStringList result;
            for (const Clinician &c : clinicians.list(filter))
                result << c.name;
            return result;
        };
        auto filter = [](bool activeOnly, const QString &search, std::optional<qint64> teamId) {
            ClinicianFilter f;
            f.activeOnly = activeOnly;
            f.search = search;
            f.teamId = teamId;
            return f;
        };
        QCOMPARE(names({}), (QStringList{u"Dr 50%_Off"_s, u"Dr Adam Hart"_s, u"Dr Zoe Hart"_s}));
        QCOMPARE(names(filter(true, {}, {})), (QStringList{u"Dr 50%_Off"_s, u"Dr Zoe Hart"_s}));
        QCOMPARE(names(filter(false, u"hart"_s, {})), (QStringList{u"Dr Adam Hart"_s, u"Dr Zoe Hart"_s}));
        QCOMPARE(names(filter(false, u"%"_s, {})), QStringList{u"Dr 50%_Off"_s});
        QCOMPARE(names(filter(false, {}, icu.id)), (QStringList{u"Dr Adam Hart"_s, u"Dr Zoe Hart"_s}));
    }

    void leaveOverlappingAWindow()
    {
        Clinician clinician;
        clinician.name = u"Dr Leave"_s;
        QVERIFY(ClinicianRepository(*m_workspace).create(clinician).ok());
        LeaveRequestRepository leave(*m_workspace);
        for (const auto &[from, to] : {std::pair{QDate(2026, 12, 20), QDate(2027, 1, 3)}, std::pair{QDate(2027, 2, 1), QDate(2027, 2, 5)}}) {
            LeaveRequest request;
            request.clinician_id = clinician.id;
            request.start_date = from;
            request.end_date = to;
            QVERIFY(leave.create(request).ok());
        }
        QCOMPARE(leave.overlapping(QDate(2027, 1, 1), QDate(2027, 1, 31)).size(), 1);
        QCOMPARE(leave.overlapping(QDate(2027, 1, 4), QDate(2027, 1, 31)).size(), 0);
        QCOMPARE(leave.overlapping(QDate(2026, 1, 1), QDate(2027, 12, 31)).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
