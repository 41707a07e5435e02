#include "model/clinician.h"

#include "core/model/modeltesting.h"

#include <QJsonArray>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using ClinicianEdit = std::function<void(Clinician &)>;

namespace {
Clinician validClinician()
{
    Clinician clinician;
    clinician.name = u"Dr Amara Okafor"_s;
    clinician.grade = u"Registrar"_s;
    clinician.email = u"amara.okafor@hospital.example.org"_s;
    return clinician;
}
}

class TestClinician : public QObject
{
    Q_OBJECT

private slots:
    void validClinicianPasses()
    {
        QVERIFY(validClinician().validate().isEmpty());
        Clinician minimal;
        minimal.name = u"Li Wei"_s;
        QVERIFY2(minimal.validate().isEmpty(), "grade and e-mail are optional");
    }

    void rules_data()
    {
        QTest::addColumn<ClinicianEdit>("edit");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << ClinicianEdit([](Clinician &c) { c.name.clear(); }) << u"name"_s << u"needs a name"_s;
        QTest::newRow("blank name") << ClinicianEdit([](Clinician &c) { c.name = u" \t "_s; }) << u"name"_s << u"needs a name"_s;
        QTest::newRow("name with surrounding spaces") << ClinicianEdit([](Clinician &c) { c.name = u" Li Wei"_s; }) << u"name"_s << u"space"_s;
        QTest::newRow("name too long") << ClinicianEdit([](Clinician &c) { c.name = QString(201, u'a'); }) << u"name"_s << u"201 characters"_s;
        QTest::newRow("name with a line break") << ClinicianEdit([](Clinician &c) { c.name = u"Li\nWei"_s; }) << u"name"_s << u"line break"_s;
        QTest::newRow("grade too long") << ClinicianEdit([](Clinician &c) { c.grade = QString(101, u'g'); }) << u"grade"_s << u"101 characters"_s;
        QTest::newRow("e-mail without @") << ClinicianEdit([](Clinician &c) { c.email = u"amara.hospital.org"_s; }) << u"email"_s << u"amara.hospital.org"_s;
        QTest::newRow("e-mail with a space") << ClinicianEdit([](Clinician &c) { c.email = u"amara @hospital.org"_s; }) << u"email"_s << u"e-mail address"_s;
        QTest::newRow("e-mail with two @") << ClinicianEdit([](Clinician &c) { c.email = u"a@b@hospital.org"_s; }) << u"email"_s << u"e-mail address"_s;
        QTest::newRow("e-mail without domain") << ClinicianEdit([](Clinician &c) { c.email = u"amara@"_s; }) << u"email"_s << u"e-mail address"_s;
        QTest::newRow("e-mail domain without dot") << ClinicianEdit([](Clinician &c) { c.email = u"amara@hospital"_s; }) << u"email"_s << u"e-mail address"_s;
        QTest::newRow("phone number as e-mail") << ClinicianEdit([](Clinician &c) { c.email = u"07700 900123"_s; }) << u"email"_s << u"07700 900123"_s;
    }

    void rules()
    {
        QFETCH(ClinicianEdit, edit);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        ModelTesting::verifyRule(validClinician(), edit, QStringList{field}, mentions);
    }

    void statusNames()
    {
        QCOMPARE(Clinician::statusToString(Clinician::Status::Active), u"active"_s);
        QCOMPARE(Clinician::statusToString(Clinician::Status::OnHold), u"on_hold"_s);
        QCOMPARE(Clinician::statusFromString(u"on_hold"_s), Clinician::Status::OnHold);
        QCOMPARE(Clinician::statusFromString(u"active"_s), Clinician::Status::Active);
        QVERIFY(!Clinician::statusFromString(u"On hold"_s));
    }

    void emptyRecordNamesEveryMissingField()
    {
        QCOMPARE(ModelTesting::fieldsOf(Clinician().validate()), (QStringList{u"name"_s}));
    }

    void jsonKeysAreTheFieldNames()
    {
        ModelTesting::verifyKeys<Clinician>({u"id"_s, u"server_id"_s, u"name"_s, u"team_id"_s, u"grade"_s, u"email"_s,
                                             u"active"_s, u"status"_s, u"created_at"_s, u"updated_at"_s});
    }

    void jsonRoundTrip()
    {
        Clinician clinician = validClinician();
        clinician.id = 9;
        clinician.server_id = 120;
        clinician.team_id = 2;
        clinician.active = false;
        clinician.status = Clinician::Status::OnHold;
        clinician.created_at = u"2026-11-23T07:30:00Z"_s;
        clinician.updated_at = u"2026-11-23T08:00:00Z"_s;
        ModelTesting::verifyRoundTrip(clinician);
        ModelTesting::verifyRoundTrip(Clinician());
        QCOMPARE(clinician.toJson().value(u"status"_s).toString(), u"on_hold"_s);
        QCOMPARE(clinician.toJson().value(u"active"_s), QJsonValue(false));
    }

    void missingKeysKeepDefaults()
    {
        const Clinician clinician = Clinician::fromJson(QJsonObject{{u"name"_s, u"Li Wei"_s}});
        QVERIFY(clinician.active);
        QCOMPARE(clinician.status, Clinician::Status::Active);
        QVERIFY(!clinician.team_id);
    }

    void jsonTypeErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("name as number") << u"name"_s << QJsonValue(5);
        QTest::newRow("team id as text") << u"team_id"_s << QJsonValue(u"2"_s);
        QTest::newRow("active as text") << u"active"_s << QJsonValue(u"yes"_s);
        QTest::newRow("unknown status") << u"status"_s << QJsonValue(u"retired"_s);
        QTest::newRow("status as number") << u"status"_s << QJsonValue(1);
        QTest::newRow("email as list") << u"email"_s << QJsonValue(QJsonArray{});
    }

    void jsonTypeErrors()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        ModelTesting::verifyTypeError<Clinician>(key, value);
    }
};

QTEST_GUILESS_MAIN(TestClinician)
#include "tst_clinician.moc"
