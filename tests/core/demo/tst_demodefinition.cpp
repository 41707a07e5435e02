#include "demo/demodefinition.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;

class TestDemoDefinition : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The built-in definition with one change applied, written to a file of its own.
    QString variant(const QString &name, const std::function<void(QJsonObject &)> &change)
    {
        QFile builtIn(DemoDefinition::builtInPath());
        if (!builtIn.open(QIODevice::ReadOnly))
            return {};
        QJsonObject root = QJsonDocument::fromJson(builtIn.readAll()).object();
        change(root);
        const QString path = m_dir.filePath(name + u".json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(root).toJson());
        return path;
    }

    static void setInFirstMember(QJsonObject &root, const QString &key, const QJsonValue &value)
    {
        QJsonArray teams = root.value(u"teams"_s).toArray();
        QJsonObject team = teams.at(0).toObject();
        QJsonArray members = team.value(u"members"_s).toArray();
        QJsonObject member = members.at(0).toObject();
        member.insert(key, value);
        members.replace(0, member);
        team.insert(u"members"_s, members);
        teams.replace(0, team);
        root.insert(u"teams"_s, teams);
    }

private slots:
    void builtInDepartment()
    {
        QString error;
        const auto definition = DemoDefinition::load(DemoDefinition::builtInPath(), &error);
        QVERIFY2(definition.has_value(), qPrintable(error));
        QCOMPARE(definition->name, u"Acute Medicine (demo)"_s);
        QCOMPARE(definition->timeZone, QByteArray("Europe/London"));
        QCOMPARE(definition->teams.size(), 3);
        QSet<QString> names;
        int changes = 0;
        for (const DemoDefinition::TeamDefinition &team : definition->teams) {
            for (const DemoDefinition::Member &member : team.members) {
                names.insert(member.name);
                changes += member.change ? 1 : 0;
            }
        }
        QCOMPARE(names.size(), 40);
        QCOMPARE(changes, 1);
        QCOMPARE(definition->shiftTypes.size(), 6);
    }

    void minimumsAreTheTeamsCover()
    {
        const auto definition = DemoDefinition::load(DemoDefinition::builtInPath(), nullptr);
        QVERIFY(definition);
        for (const ShiftType &type : definition->shiftTypes) {
            int weekday = 0;
            int weekend = 0;
            for (const DemoDefinition::TeamDefinition &team : definition->teams) {
                weekday += team.weekdayCover.value(type.code);
                weekend += team.weekendCover.value(type.code);
            }
            QCOMPARE(type.minimum_weekday, weekday);
            QCOMPARE(type.minimum_weekend, weekend);
        }
    }

    void memberInheritsTeamTerm()
    {
        const auto definition = DemoDefinition::load(DemoDefinition::builtInPath(), nullptr);
        QVERIFY(definition);
        const DemoDefinition::Member &first = definition->teams.at(0).members.at(0);
        QCOMPARE(first.term.type, WorkingTerm::Type::Substantive);
        QCOMPARE(first.term.annual_leave_entitlement, std::optional<double>(6.4));
        QCOMPARE(first.term.percentage, 100.0);
        const DemoDefinition::Member &fixedDays = definition->teams.at(0).members.at(2);
        QCOMPARE(fixedDays.term.type, WorkingTerm::Type::LessThanFullTime);
        QCOMPARE(fixedDays.term.fixed_working_days, WeekdaySet::fromList({1, 2, 3, 4}));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("where");
        QTest::newRow("no such file") << m_dir.filePath(u"missing.json"_s) << u"cannot be read"_s;
        QTest::newRow("unknown zone") << variant(u"zone"_s, [](QJsonObject &root) {
            root.insert(u"time_zone"_s, u"Europe/Atlantis"_s);
        }) << u"time_zone"_s;
        QTest::newRow("no name") << variant(u"name"_s, [](QJsonObject &root) { root.remove(u"name"_s); })
                                 << u"\"name\""_s;
        QTest::newRow("cover of unknown type") << variant(u"cover"_s, [](QJsonObject &root) {
            QJsonArray teams = root.value(u"teams"_s).toArray();
            QJsonObject team = teams.at(1).toObject();
            team.insert(u"cover"_s, QJsonObject{{u"weekday"_s, QJsonObject{{u"XX"_s, 1}}}});
            teams.replace(1, team);
            root.insert(u"teams"_s, teams);
        }) << u"teams[1]"_s;
        QTest::newRow("weekday 9") << variant(u"weekday"_s, [](QJsonObject &root) {
            setInFirstMember(root, u"cannot_work_days"_s, QJsonArray{9});
        }) << u"teams[0].members[0]"_s;
        QTest::newRow("percentage 0") << variant(u"percentage"_s, [](QJsonObject &root) {
            setInFirstMember(root, u"percentage"_s, 0);
        }) << u"percentage"_s;
        QTest::newRow("unknown term type") << variant(u"type"_s, [](QJsonObject &root) {
            setInFirstMember(root, u"type"_s, u"volunteer"_s);
        }) << u"volunteer"_s;
        QTest::newRow("invalid shift type") << variant(u"shifttype"_s, [](QJsonObject &root) {
            QJsonArray types = root.value(u"shift_types"_s).toArray();
            QJsonObject type = types.at(0).toObject();
            type.insert(u"colour"_s, u"sky blue"_s);
            types.replace(0, type);
            root.insert(u"shift_types"_s, types);
        }) << u"shift_types[0]"_s;
    }

    void malformed()
    {
        QFETCH(QString, path);
        QFETCH(QString, where);
        QString error;
        QVERIFY(!DemoDefinition::load(path, &error).has_value());
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(where), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDemoDefinition)
#include "tst_demodefinition.moc"
