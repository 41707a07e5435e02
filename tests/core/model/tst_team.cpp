#include "model/team.h"

#include "core/model/modeltesting.h"

#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using ModelTesting::fieldsOf;
using TeamEdit = std::function<void(Team &)>;

namespace {
Team validTeam()
{
    Team team;
    team.id = 3;
    team.name = u"Emergency Department"_s;
    team.parent_id = 1;
    return team;
}
}

class TestTeam : public QObject
{
    Q_OBJECT

private slots:
    void validTeamPasses()
    {
        QVERIFY(validTeam().validate().isEmpty());
        Team topLevel = validTeam();
        topLevel.parent_id.reset();
        QVERIFY(topLevel.validate().isEmpty());
    }

    void rules_data()
    {
        QTest::addColumn<TeamEdit>("edit");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << TeamEdit([](Team &t) { t.name.clear(); }) << u"name"_s << u"needs a name"_s;
        QTest::newRow("blank name") << TeamEdit([](Team &t) { t.name = u"   "_s; }) << u"name"_s << u"needs a name"_s;
        QTest::newRow("long name") << TeamEdit([](Team &t) { t.name = QString(201, u'T'); }) << u"name"_s << u"201 characters"_s;
        QTest::newRow("name with a line break") << TeamEdit([](Team &t) { t.name = u"Ward\n4"_s; }) << u"name"_s << u"line break"_s;
        QTest::newRow("own parent") << TeamEdit([](Team &t) { t.parent_id = t.id; }) << u"parent_id"_s << u"own parent"_s;
        QTest::newRow("parent id 0") << TeamEdit([](Team &t) { t.parent_id = 0; }) << u"parent_id"_s << u"not a valid id"_s;
    }

    void rules()
    {
        QFETCH(TeamEdit, edit);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        ModelTesting::verifyRule(validTeam(), edit, QStringList{field}, mentions);
    }

    void emptyRecordNamesEveryMissingField()
    {
        QCOMPARE(ModelTesting::fieldsOf(Team().validate()), (QStringList{u"name"_s}));
    }

    void jsonKeysAreTheFieldNames()
    {
        ModelTesting::verifyKeys<Team>({u"id"_s, u"server_id"_s, u"name"_s, u"parent_id"_s, u"created_at"_s, u"updated_at"_s});
    }

    void jsonRoundTrip()
    {
        Team team = validTeam();
        team.server_id = 88;
        team.created_at = u"2026-11-23T07:30:00Z"_s;
        team.updated_at = u"2026-11-24T09:00:00Z"_s;
        ModelTesting::verifyRoundTrip(team);
        ModelTesting::verifyRoundTrip(Team());
        QVERIFY(team.toJson().value(u"created_at"_s).isString());
        QVERIFY(Team().toJson().value(u"parent_id"_s).isNull());
    }

    void missingKeysKeepDefaults()
    {
        FieldErrors errors;
        const Team team = Team::fromJson(QJsonObject{{u"name"_s, u"Theatres"_s}}, &errors);
        QVERIFY(errors.isEmpty());
        Team expected;
        expected.name = u"Theatres"_s;
        QCOMPARE(team, expected);
    }

    void jsonTypeErrors()
    {
        FieldErrors errors;
        const Team team = Team::fromJson(QJsonObject{{u"name"_s, 12}, {u"parent_id"_s, u"1"_s}, {u"id"_s, 2.5}}, &errors);
        QCOMPARE(fieldsOf(errors), (QStringList{u"id"_s, u"name"_s, u"parent_id"_s}));
        QCOMPARE(team, Team());
    }
};

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
