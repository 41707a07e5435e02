#include "model/leaverequest.h"

#include "core/model/modeltesting.h"

#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using LeaveEdit = std::function<void(LeaveRequest &)>;

namespace {
LeaveRequest validLeave()
{
    LeaveRequest leave;
    leave.clinician_id = 9;
    leave.type = LeaveRequest::Type::Annual;
    leave.start_date = QDate(2026, 12, 21);
    leave.end_date = QDate(2026, 12, 24);
    return leave;
}
}

class TestLeaveRequest : public QObject
{
    Q_OBJECT

private slots:
    void validRequestsPass()
    {
        QVERIFY(validLeave().validate().isEmpty());
        LeaveRequest oneDay = validLeave();
        oneDay.end_date = oneDay.start_date;
        QVERIFY(oneDay.validate().isEmpty());
        LeaveRequest denied = validLeave();
        denied.status = LeaveRequest::Status::Denied;
        denied.denial_reason = u"Two registrars already on leave that week."_s;
        QVERIFY(denied.validate().isEmpty());
    }

    void rules_data()
    {
        QTest::addColumn<LeaveEdit>("edit");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no clinician") << LeaveEdit([](LeaveRequest &l) { l.clinician_id = 0; }) << u"clinician_id"_s << u"clinician"_s;
        QTest::newRow("no start") << LeaveEdit([](LeaveRequest &l) { l.start_date = QDate(); }) << u"start_date"_s << u"start date"_s;
        QTest::newRow("no end") << LeaveEdit([](LeaveRequest &l) { l.end_date = QDate(); }) << u"end_date"_s << u"end date"_s;
        QTest::newRow("ends before it starts") << LeaveEdit([](LeaveRequest &l) { l.end_date = QDate(2026, 12, 20); }) << u"end_date"_s
                                               << u"ends on 2026-12-20, before it starts on 2026-12-21"_s;
        QTest::newRow("denied without reason") << LeaveEdit([](LeaveRequest &l) { l.status = LeaveRequest::Status::Denied; })
                                               << u"denial_reason"_s << u"reason"_s;
        QTest::newRow("denied with a blank reason") << LeaveEdit([](LeaveRequest &l) {
            l.status = LeaveRequest::Status::Denied;
            l.denial_reason = u"  "_s;
        }) << u"denial_reason"_s << u"reason"_s;
        QTest::newRow("negative affected shifts") << LeaveEdit([](LeaveRequest &l) { l.affected_shift_count = -1; })
                                                  << u"affected_shift_count"_s << u"-1"_s;
    }

    void rules()
    {
        QFETCH(LeaveEdit, edit);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        ModelTesting::verifyRule(validLeave(), edit, QStringList{field}, mentions);
    }

    void dayCount_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<int>("days");
        QTest::newRow("one day") << QDate(2026, 12, 21) << QDate(2026, 12, 21) << 1;
        QTest::newRow("four days") << QDate(2026, 12, 21) << QDate(2026, 12, 24) << 4;
        QTest::newRow("across the year end") << QDate(2026, 12, 30) << QDate(2027, 1, 2) << 4;
        QTest::newRow("across the clock change") << QDate(2026, 3, 28) << QDate(2026, 3, 30) << 3;
        QTest::newRow("reversed") << QDate(2026, 12, 24) << QDate(2026, 12, 21) << 0;
        QTest::newRow("no end") << QDate(2026, 12, 24) << QDate() << 0;
    }

    void dayCount()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(int, days);
        LeaveRequest leave = validLeave();
        leave.start_date = start;
        leave.end_date = end;
        QCOMPARE(leave.dayCount(), days);
    }

    void typeNames_data()
    {
        QTest::addColumn<LeaveRequest::Type>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("annual") << LeaveRequest::Type::Annual << u"annual"_s;
        QTest::newRow("study") << LeaveRequest::Type::Study << u"study"_s;
        QTest::newRow("coroners") << LeaveRequest::Type::Coroners << u"coroners"_s;
        QTest::newRow("requested off") << LeaveRequest::Type::RequestedOff << u"requested_off"_s;
        QTest::newRow("sick") << LeaveRequest::Type::Sick << u"sick"_s;
        QTest::newRow("parental") << LeaveRequest::Type::Parental << u"parental"_s;
    }

    void typeNames()
    {
        QFETCH(LeaveRequest::Type, type);
        QFETCH(QString, name);
        QCOMPARE(LeaveRequest::typeToString(type), name);
        QCOMPARE(LeaveRequest::typeFromString(name), type);
    }

    void statusNames_data()
    {
        QTest::addColumn<LeaveRequest::Status>("status");
        QTest::addColumn<QString>("name");
        QTest::newRow("pending") << LeaveRequest::Status::Pending << u"pending"_s;
        QTest::newRow("approved") << LeaveRequest::Status::Approved << u"approved"_s;
        QTest::newRow("denied") << LeaveRequest::Status::Denied << u"denied"_s;
        QTest::newRow("cancelled") << LeaveRequest::Status::Cancelled << u"cancelled"_s;
    }

    void statusNames()
    {
        QFETCH(LeaveRequest::Status, status);
        QFETCH(QString, name);
        QCOMPARE(LeaveRequest::statusToString(status), name);
        QCOMPARE(LeaveRequest::statusFromString(name), status);
        QVERIFY(!LeaveRequest::statusFromString(name.toUpper()));
    }

    void emptyRecordNamesEveryMissingField()
    {
        QCOMPARE(ModelTesting::fieldsOf(LeaveRequest().validate()), (QStringList{u"clinician_id"_s, u"start_date"_s, u"end_date"_s}));
    }

    void jsonKeysAreTheFieldNames()
    {
        ModelTesting::verifyKeys<LeaveRequest>({u"id"_s, u"server_id"_s, u"clinician_id"_s, u"type"_s, u"start_date"_s, u"end_date"_s,
                                                u"status"_s, u"requested_at"_s, u"processed_at"_s, u"processed_by"_s, u"denial_reason"_s,
                                                u"override_reason"_s, u"affected_shift_count"_s, u"notes"_s});
    }

    void jsonRoundTrip()
    {
        LeaveRequest leave = validLeave();
        leave.id = 4;
        leave.server_id = 40;
        leave.type = LeaveRequest::Type::Coroners;
        leave.status = LeaveRequest::Status::Denied;
        leave.requested_at = u"2026-11-01T10:00:00Z"_s;
        leave.processed_at = u"2026-11-02T10:00:00Z"_s;
        leave.processed_by = u"coordinator"_s;
        leave.denial_reason = u"Rota gap"_s;
        leave.override_reason = u"Court summons"_s;
        leave.affected_shift_count = 2;
        leave.notes = u"Inquest"_s;
        ModelTesting::verifyRoundTrip(leave);
        ModelTesting::verifyRoundTrip(LeaveRequest());
        QCOMPARE(leave.toJson().value(u"type"_s).toString(), u"coroners"_s);
        QCOMPARE(leave.toJson().value(u"end_date"_s).toString(), u"2026-12-24"_s);
    }

    void jsonTypeErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("30 February") << u"start_date"_s << QJsonValue(u"2026-02-30"_s);
        QTest::newRow("unknown type") << u"type"_s << QJsonValue(u"holiday"_s);
        QTest::newRow("status in capitals") << u"status"_s << QJsonValue(u"APPROVED"_s);
        QTest::newRow("count as text") << u"affected_shift_count"_s << QJsonValue(u"2"_s);
        QTest::newRow("reason as bool") << u"denial_reason"_s << QJsonValue(false);
    }

    void jsonTypeErrors()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        ModelTesting::verifyTypeError<LeaveRequest>(key, value);
    }
};

QTEST_GUILESS_MAIN(TestLeaveRequest)
#include "tst_leaverequest.moc"
