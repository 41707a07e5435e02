#include "model/rota.h"

#include "core/model/modeltesting.h"

#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using RotaEdit = std::function<void(Rota &)>;

namespace {
Rota validRota()
{
    Rota rota;
    rota.name = u"ED registrars winter 2026"_s;
    rota.team_id = 2;
    rota.shift_pattern_id = 1;
    rota.start_date = QDate(2026, 12, 2);
    rota.end_date = QDate(2027, 2, 2);
    return rota;
}
}

class TestRota : public QObject
{
    Q_OBJECT

private slots:
    void validRotasPass()
    {
        QVERIFY(validRota().validate().isEmpty());
        Rota openEnded = validRota();
        openEnded.end_date = QDate();
        QVERIFY(openEnded.validate().isEmpty());
        Rota oneDay = validRota();
        oneDay.end_date = oneDay.start_date;
        QVERIFY(oneDay.validate().isEmpty());
    }

    void rules_data()
    {
        QTest::addColumn<RotaEdit>("edit");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << RotaEdit([](Rota &r) { r.name = u"  "_s; }) << u"name"_s << u"needs a name"_s;
        QTest::newRow("name with surrounding spaces") << RotaEdit([](Rota &r) { r.name = u"Winter "_s; }) << u"name"_s << u"space"_s;
        QTest::newRow("long name") << RotaEdit([](Rota &r) { r.name = QString(201, u'r'); }) << u"name"_s << u"201 characters"_s;
        QTest::newRow("no start") << RotaEdit([](Rota &r) { r.start_date = QDate(); }) << u"start_date"_s << u"start date"_s;
        QTest::newRow("ends before it starts") << RotaEdit([](Rota &r) { r.end_date = QDate(2026, 12, 1); }) << u"end_date"_s
                                               << u"ends on 2026-12-01, before it starts on 2026-12-02"_s;
    }

    void rules()
    {
        QFETCH(RotaEdit, edit);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        ModelTesting::verifyRule(validRota(), edit, QStringList{field}, mentions);
    }

    void emptyRecordNamesEveryMissingField()
    {
        QCOMPARE(ModelTesting::fieldsOf(Rota().validate()), (QStringList{u"name"_s, u"start_date"_s}));
    }

    void jsonKeysAreTheFieldNames()
    {
        ModelTesting::verifyKeys<Rota>({u"id"_s, u"server_id"_s, u"name"_s, u"team_id"_s, u"shift_pattern_id"_s, u"start_date"_s,
                                        u"end_date"_s, u"archived"_s, u"created_at"_s, u"updated_at"_s});
    }

    void jsonRoundTrip()
    {
        Rota rota = validRota();
        rota.id = 2;
        rota.server_id = 20;
        rota.archived = true;
        rota.created_at = u"2026-11-23T07:30:00Z"_s;
        rota.updated_at = u"2026-11-23T07:31:00Z"_s;
        ModelTesting::verifyRoundTrip(rota);
        ModelTesting::verifyRoundTrip(Rota());
        QVERIFY(Rota().toJson().value(u"end_date"_s).isNull());
    }

    void jsonTypeErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("bad date") << u"end_date"_s << QJsonValue(u"2027-02-29"_s);
        QTest::newRow("archived as number") << u"archived"_s << QJsonValue(0);
        QTest::newRow("pattern as text") << u"shift_pattern_id"_s << QJsonValue(u"1"_s);
    }

    void jsonTypeErrors()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        ModelTesting::verifyTypeError<Rota>(key, value);
    }
};

QTEST_GUILESS_MAIN(TestRota)
#include "tst_rota.moc"
