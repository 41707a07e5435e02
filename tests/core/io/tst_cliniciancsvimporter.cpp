#include "iotestsupport.h"

#include "io/cliniciancsvimporter.h"
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/teamrepository.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList errorFileMessages()
{
    const QString f = u"clinicians_errors.csv:"_s;
    return {
        f + u"3: name: A clinician named \"Existing Person\" is already in the workspace."_s,
        f + u"4: name: The clinician \"Ada Lovelace\" is already on line 2 of this file."_s,
        f + u"5: name: A clinician needs a name."_s,
        f + u"6: email: \"not-an-address\" is not an e-mail address of the form name@example.org."_s,
        f + u"7: active: \"yes\" is not a valid active value; use 1 or nothing for active, 0 for not active."_s,
        f + u"8: The row has 6 fields but the header has 5."_s,
        f + u"9: name: The name contains a line break, a tab or another control character."_s,
        f + u"11: team: The name contains a line break, a tab or another control character."_s,
    };
}

} // namespace

class TestClinicianCsvImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_nightTeam = 0;

    struct Counts
    {
        qint64 clinicians, teams, journal;
        bool operator==(const Counts &) const = default;
    };
    Counts counts() const
    {
        return {IoTest::rows(*m_workspace, "clinicians"), IoTest::rows(*m_workspace, "teams"), Journal(*m_workspace).count()};
    }

private slots:
    // Each test starts with the team "Night team" and the clinician "Existing Person".
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = IoTest::createWorkspace(m_dir->filePath(u"clinicians.rota"_s));
        QVERIFY(m_workspace);
        Team night;
        night.name = u"Night team"_s;
        QVERIFY(TeamRepository(*m_workspace).create(night).ok());
        m_nightTeam = night.id;
        Clinician existing;
        existing.name = u"Existing Person"_s;
        QVERIFY(ClinicianRepository(*m_workspace).create(existing).ok());
    }

    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void importsAValidFile()
    {
        const Counts before = counts();
        const ImportResult result = ClinicianCsvImporter(*m_workspace).importFile(IoTest::fixture(u"clinicians_valid.csv"_s));
        QCOMPARE(result.errors, QStringList());
        QVERIFY(result.ok());
        QCOMPARE(result.imported, 4);
        QCOMPARE(counts(), (Counts{before.clinicians + 4, before.teams + 1, before.journal + 1}));

        const ClinicianRepository clinicians(*m_workspace);
        const auto ada = clinicians.findByName(u"Ada Lovelace"_s);
        const auto grace = clinicians.findByName(u"Hopper, Grace"_s);
        const auto ben = clinicians.findByName(u"Ben Okafor"_s);
        const auto kwame = clinicians.findByName(u"Kwame Asante"_s);
        QVERIFY(ada && grace && ben && kwame);
        const auto cardiology = TeamRepository(*m_workspace).findByName(u"Cardiology"_s);
        QVERIFY(cardiology);
        QCOMPARE(result.teamsCreated, QList<qint64>{cardiology->id});
        QCOMPARE(result.cliniciansCreated, (QList<qint64>{ada->id, grace->id, ben->id, kwame->id}));

        QCOMPARE(ada->team_id, cardiology->id);
        QCOMPARE(ada->grade, u"Consultant"_s);
        QCOMPARE(ada->email, u"ada@example.org"_s);
        QVERIFY(ada->active);
        QCOMPARE(ada->created_at, u"2026-03-18T07:30:00Z"_s);
        QCOMPARE(grace->team_id, cardiology->id);
        QVERIFY(grace->active); // an empty active column means active
        QCOMPARE(ben->team_id, m_nightTeam);
        QVERIFY(!ben->active);
        QVERIFY(!kwame->team_id);
        QVERIFY(kwame->grade.isEmpty());

        const JournalEntry entry = Journal(*m_workspace).entries(before.journal).constFirst();
        QCOMPARE(entry.id, result.journalId);
        QCOMPARE(entry.record_type, u"import"_s);
        QCOMPARE(entry.operation, u"import"_s);
        const QJsonObject expected{
            {u"table"_s, u"clinicians"_s},
            {u"file"_s, u"clinicians_valid.csv"_s},
            {u"rows"_s, 4},
            {u"skipped"_s, 0},
            {u"first_id"_s, ada->id},
            {u"last_id"_s, kwame->id},
            {u"teams_created"_s, QJsonArray{cardiology->id}},
        };
        QCOMPARE(entry.after, expected);
    }

    void reportsEveryErrorAndWritesNothing()
    {
        const Counts before = counts();
        const ImportResult result = ClinicianCsvImporter(*m_workspace).importFile(IoTest::fixture(u"clinicians_errors.csv"_s));
        QCOMPARE(result.errors, errorFileMessages());
        QCOMPARE(result.errorCount, 8);
        QCOMPARE(result.imported, 0);
        QVERIFY(result.wroteNothing());
        QVERIFY(result.teamsCreated.isEmpty());
        QCOMPARE(counts(), before);
    }

    void skipInvalidImportsTheValidRows()
    {
        const Counts before = counts();
        ImportOptions options;
        options.skipInvalid = true;
        const ImportResult result = ClinicianCsvImporter(*m_workspace).importFile(IoTest::fixture(u"clinicians_errors.csv"_s), options);
        QCOMPARE(result.errors, errorFileMessages());
        QCOMPARE(result.imported, 2);
        QCOMPARE(result.skipped, 8);
        // Cardiology comes with the valid line 2; the team of the invalid line 11 is not created.
        QCOMPARE(counts(), (Counts{before.clinicians + 2, before.teams + 1, before.journal + 1}));
        const auto grace = ClinicianRepository(*m_workspace).findByName(u"Grace Hopper"_s);
        QVERIFY(grace);
        QCOMPARE(grace->team_id, m_nightTeam);
        QCOMPARE(grace->grade, u"Registrar"_s);
        QVERIFY(!grace->active);
    }

    void nameColumnIsRequired()
    {
        QByteArray csv = "team,grade\nCardiology,Consultant\n";
        QBuffer buffer(&csv);
        buffer.open(QIODevice::ReadOnly);
        const Counts before = counts();
        const ImportResult result = ClinicianCsvImporter(*m_workspace).import(buffer, u"staff.csv"_s, csv.size());
        QCOMPARE(result.errors, QStringList{u"staff.csv:1: name: The header has no \"name\" column, which is required."_s});
        QCOMPARE(result.fatal, u"staff.csv was not imported because of the problems in its header line."_s);
        QCOMPARE(counts(), before);
    }
};

QTEST_GUILESS_MAIN(TestClinicianCsvImporter)
#include "tst_cliniciancsvimporter.moc"
