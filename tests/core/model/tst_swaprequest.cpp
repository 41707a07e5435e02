#include "model/swaprequest.h"

#include "core/model/modeltesting.h"

#include <QTest>
#include <QTimeZone>
#include <functional>

using namespace Qt::StringLiterals;
using SwapEdit = std::function<void(SwapRequest &)>;

namespace {
const qint64 Start = QDateTime(QDate(2026, 12, 24), QTime(20, 0), QTimeZone::utc()).toSecsSinceEpoch();

SwapRequest validSwap()
{
    SwapRequest swap;
    swap.rota_id = 1;
    swap.shift_id = 77;
    swap.swap_start_utc = Start;
    swap.swap_end_utc = Start + 12 * 3600;
    swap.description = u"Christmas Eve night"_s;
    swap.beneficiary_id = 2;
    return swap;
}
}

class TestSwapRequest : public QObject
{
    Q_OBJECT

private slots:
    void validSwapsPass()
    {
        QVERIFY(validSwap().validate().isEmpty());
        SwapRequest taken = validSwap();
        taken.status = SwapRequest::Status::Taken;
        taken.benefactor_id = 5;
        taken.taken_at = u"2026-12-01T09:00:00Z"_s;
        QVERIFY(taken.validate().isEmpty());
    }

    void rules_data()
    {
        QTest::addColumn<SwapEdit>("edit");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("ends at its start") << SwapEdit([](SwapRequest &s) { s.swap_end_utc = s.swap_start_utc; }) << u"swap_end_utc"_s
                                           << u"at or before its start"_s;
        QTest::newRow("ends before it starts") << SwapEdit([](SwapRequest &s) { s.swap_end_utc = s.swap_start_utc - 1; }) << u"swap_end_utc"_s
                                               << u"at or before its start"_s;
        QTest::newRow("no beneficiary") << SwapEdit([](SwapRequest &s) { s.beneficiary_id = 0; }) << u"beneficiary_id"_s << u"asking for it"_s;
        QTest::newRow("taken by nobody") << SwapEdit([](SwapRequest &s) { s.status = SwapRequest::Status::Taken; }) << u"benefactor_id"_s
                                         << u"who took it"_s;
        QTest::newRow("taken by the beneficiary") << SwapEdit([](SwapRequest &s) {
            s.status = SwapRequest::Status::Taken;
            s.benefactor_id = s.beneficiary_id;
        }) << u"benefactor_id"_s << u"their own"_s;
        QTest::newRow("benefactor id 0") << SwapEdit([](SwapRequest &s) { s.benefactor_id = 0; }) << u"benefactor_id"_s << u"not a valid id"_s;
    }

    void rules()
    {
        QFETCH(SwapEdit, edit);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        ModelTesting::verifyRule(validSwap(), edit, QStringList{field}, mentions);
    }

    void pastDue_data()
    {
        QTest::addColumn<SwapRequest::Status>("status");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<bool>("pastDue");
        QTest::newRow("open, a minute before") << SwapRequest::Status::Open << Start - 60 << false;
        QTest::newRow("open, at the start") << SwapRequest::Status::Open << Start << true;
        QTest::newRow("open, during") << SwapRequest::Status::Open << Start + 3600 << true;
        QTest::newRow("taken, during") << SwapRequest::Status::Taken << Start + 3600 << false;
        QTest::newRow("deleted, during") << SwapRequest::Status::Deleted << Start + 3600 << false;
    }

    void pastDue()
    {
        QFETCH(SwapRequest::Status, status);
        QFETCH(qint64, now);
        QFETCH(bool, pastDue);
        SwapRequest swap = validSwap();
        swap.status = status;
        QCOMPARE(swap.isPastDue(QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc())), pastDue);
        // The same instant seen from another zone.
        QCOMPARE(swap.isPastDue(QDateTime::fromSecsSinceEpoch(now, QTimeZone("America/Denver"))), pastDue);
    }

    void statusNames()
    {
        QCOMPARE(SwapRequest::statusToString(SwapRequest::Status::Open), u"open"_s);
        QCOMPARE(SwapRequest::statusToString(SwapRequest::Status::Taken), u"taken"_s);
        QCOMPARE(SwapRequest::statusToString(SwapRequest::Status::Deleted), u"deleted"_s);
        QCOMPARE(SwapRequest::statusFromString(u"taken"_s), SwapRequest::Status::Taken);
        QVERIFY(!SwapRequest::statusFromString(u"past_due"_s));
    }

    void emptyRecordNamesEveryMissingField()
    {
        QCOMPARE(ModelTesting::fieldsOf(SwapRequest().validate()), (QStringList{u"swap_end_utc"_s, u"beneficiary_id"_s}));
    }

    void jsonKeysAreTheFieldNames()
    {
        ModelTesting::verifyKeys<SwapRequest>({u"id"_s, u"server_id"_s, u"rota_id"_s, u"shift_id"_s, u"swap_start_utc"_s, u"swap_end_utc"_s,
                                               u"description"_s, u"beneficiary_id"_s, u"benefactor_id"_s, u"status"_s, u"created_at"_s,
                                               u"taken_at"_s});
    }

    void jsonRoundTrip()
    {
        SwapRequest swap = validSwap();
        swap.id = 3;
        swap.server_id = 30;
        swap.benefactor_id = 5;
        swap.status = SwapRequest::Status::Taken;
        swap.created_at = u"2026-11-30T09:00:00Z"_s;
        swap.taken_at = u"2026-12-01T09:00:00Z"_s;
        ModelTesting::verifyRoundTrip(swap);
        ModelTesting::verifyRoundTrip(SwapRequest());
        QCOMPARE(swap.toJson().value(u"swap_start_utc"_s).toInteger(), Start);
    }

    void jsonTypeErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("start as text") << u"swap_start_utc"_s << QJsonValue(u"2026-12-24T20:00:00Z"_s);
        QTest::newRow("unknown status") << u"status"_s << QJsonValue(u"past_due"_s);
        QTest::newRow("benefactor as bool") << u"benefactor_id"_s << QJsonValue(true);
    }

    void jsonTypeErrors()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        ModelTesting::verifyTypeError<SwapRequest>(key, value);
    }
};

QTEST_GUILESS_MAIN(TestSwapRequest)
#include "tst_swaprequest.moc"
