#include "model/shiftpattern.h"

#include "core/model/modeltesting.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using ModelTesting::fieldsOf;

class TestShiftPattern : public QObject
{
    Q_OBJECT

private slots:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mentions"); // empty: valid
        QTest::newRow("ordinary") << u"Weekday cover"_s << QString();
        QTest::newRow("missing") << QString() << u"needs a name"_s;
        QTest::newRow("blank") << u"   "_s << u"needs a name"_s;
        QTest::newRow("surrounding spaces") << u" Weekday cover"_s << u"space"_s;
        QTest::newRow("too long") << QString(201, u'p') << u"201 characters"_s;
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, mentions);
        ShiftPattern pattern;
        pattern.name = name;
        const FieldErrors errors = pattern.validate();
        if (mentions.isEmpty()) {
            QVERIFY(errors.isEmpty());
            return;
        }
        QCOMPARE(fieldsOf(errors), QStringList{u"name"_s});
        QVERIFY2(errors.constFirst().message.contains(mentions), qPrintable(errors.constFirst().message));
    }

    void emptyRecordNamesEveryMissingField()
    {
        QCOMPARE(ModelTesting::fieldsOf(ShiftPattern().validate()), (QStringList{u"name"_s}));
    }

    void jsonKeysAreTheFieldNames()
    {
        ModelTesting::verifyKeys<ShiftPattern>({u"id"_s, u"server_id"_s, u"name"_s, u"created_at"_s, u"updated_at"_s});
    }

    void jsonRoundTrip()
    {
        ShiftPattern pattern;
        pattern.id = 1;
        pattern.server_id = 10;
        pattern.name = u"Weekday cover"_s;
        pattern.created_at = u"2026-11-23T07:30:00Z"_s;
        pattern.updated_at = u"2026-11-23T07:30:00Z"_s;
        ModelTesting::verifyRoundTrip(pattern);
        ModelTesting::verifyRoundTrip(ShiftPattern());
    }

    void jsonTypeErrors()
    {
        FieldErrors errors;
        const ShiftPattern pattern = ShiftPattern::fromJson(QJsonObject{{u"name"_s, QJsonArray{}}, {u"server_id"_s, u"x"_s}}, &errors);
        QCOMPARE(fieldsOf(errors), (QStringList{u"server_id"_s, u"name"_s}));
        QCOMPARE(pattern, ShiftPattern());
    }
};

QTEST_GUILESS_MAIN(TestShiftPattern)
#include "tst_shiftpattern.moc"
