#include "model/alert.h"

#include "core/model/modeltesting.h"

#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using AlertEdit = std::function<void(Alert &)>;

namespace {
Alert validAlert()
{
    Alert alert;
    alert.type = u"rest_too_short"_s;
    alert.severity = Alert::Severity::Critical;
    alert.date = QDate(2026, 11, 30);
    alert.clinician_id = 4;
    alert.message = u"Only 9 hours between the night on 29 November and the day shift on 30 November."_s;
    return alert;
}
}

class TestAlert : public QObject
{
    Q_OBJECT

private slots:
    void validAlertsPass()
    {
        QVERIFY(validAlert().validate().isEmpty());
        Alert resolved = validAlert();
        resolved.status = Alert::Status::Resolved;
        resolved.resolved_at = u"2026-11-30T10:00:00Z"_s;
        QVERIFY(resolved.validate().isEmpty());
    }

    void rules_data()
    {
        QTest::addColumn<AlertEdit>("edit");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no type") << AlertEdit([](Alert &a) { a.type = u" "_s; }) << u"type"_s << u"needs a type"_s;
        QTest::newRow("no message") << AlertEdit([](Alert &a) { a.message.clear(); }) << u"message"_s << u"needs a message"_s;
        QTest::newRow("no date") << AlertEdit([](Alert &a) { a.date = QDate(); }) << u"date"_s << u"date"_s;
        QTest::newRow("clinician id 0") << AlertEdit([](Alert &a) { a.clinician_id = 0; }) << u"clinician_id"_s << u"not a valid id"_s;
        QTest::newRow("dismissed without time") << AlertEdit([](Alert &a) { a.status = Alert::Status::Dismissed; }) << u"resolved_at"_s
                                                << u"when"_s;
    }

    void rules()
    {
        QFETCH(AlertEdit, edit);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        ModelTesting::verifyRule(validAlert(), edit, QStringList{field}, mentions);
    }

    void severityNames()
    {
        QCOMPARE(Alert::severityToString(Alert::Severity::Info), u"info"_s);
        QCOMPARE(Alert::severityToString(Alert::Severity::Warning), u"warning"_s);
        QCOMPARE(Alert::severityToString(Alert::Severity::Critical), u"critical"_s);
        QCOMPARE(Alert::severityFromString(u"critical"_s), Alert::Severity::Critical);
        QVERIFY(!Alert::severityFromString(u"fatal"_s));
    }

    void statusNamesAreTheServers()
    {
        QCOMPARE(Alert::statusToString(Alert::Status::Active), u"ACTIVE"_s);
        QCOMPARE(Alert::statusToString(Alert::Status::Resolved), u"RESOLVED"_s);
        QCOMPARE(Alert::statusToString(Alert::Status::Dismissed), u"DISMISSED"_s);
        QCOMPARE(Alert::statusFromString(u"DISMISSED"_s), Alert::Status::Dismissed);
        QVERIFY(!Alert::statusFromString(u"active"_s));
    }

    void typeLabels_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("label");
        QTest::newRow("coverage") << u"coverage_below_minimum"_s << u"Coverage below minimum"_s;
        QTest::newRow("rest") << u"rest_too_short"_s << u"Rest under 11 hours"_s;
        QTest::newRow("unknown type from a server") << u"on_call_overlap"_s << u"On call overlap"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void typeLabels()
    {
        QFETCH(QString, type);
        QFETCH(QString, label);
        QCOMPARE(Alert::typeLabel(type), label);
    }

    void emptyRecordNamesEveryMissingField()
    {
        QCOMPARE(ModelTesting::fieldsOf(Alert().validate()), (QStringList{u"type"_s, u"message"_s, u"date"_s}));
    }

    void jsonKeysAreTheFieldNames()
    {
        ModelTesting::verifyKeys<Alert>({u"id"_s, u"server_id"_s, u"type"_s, u"severity"_s, u"date"_s, u"clinician_id"_s, u"message"_s,
                                         u"details"_s, u"status"_s, u"created_at"_s, u"resolved_at"_s});
    }

    void jsonRoundTrip()
    {
        Alert alert = validAlert();
        alert.id = 12;
        alert.server_id = 120;
        alert.details = u"Night 20:00-08:30, day 17:30-..."_s;
        alert.status = Alert::Status::Dismissed;
        alert.created_at = u"2026-11-29T08:00:00Z"_s;
        alert.resolved_at = u"2026-11-30T10:00:00Z"_s;
        ModelTesting::verifyRoundTrip(alert);
        ModelTesting::verifyRoundTrip(Alert());
        QCOMPARE(alert.toJson().value(u"status"_s).toString(), u"DISMISSED"_s);
        QCOMPARE(alert.toJson().value(u"severity"_s).toString(), u"critical"_s);
    }

    void jsonTypeErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("lower-case status") << u"status"_s << QJsonValue(u"resolved"_s);
        QTest::newRow("unknown severity") << u"severity"_s << QJsonValue(u"fatal"_s);
        QTest::newRow("bad date") << u"date"_s << QJsonValue(u"2026-11-31"_s);
        QTest::newRow("message as number") << u"message"_s << QJsonValue(3);
    }

    void jsonTypeErrors()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        ModelTesting::verifyTypeError<Alert>(key, value);
    }
};

QTEST_GUILESS_MAIN(TestAlert)
#include "tst_alert.moc"
