#include "model/fielderror.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFieldError : public QObject
{
    Q_OBJECT

private slots:
    void joinForLogs_data()
    {
        QTest::addColumn<FieldErrors>("errors");
        QTest::addColumn<QString>("joined");
        QTest::newRow("none") << FieldErrors{} << QString();
        QTest::newRow("one") << FieldErrors{{u"name"_s, u"A clinician needs a name."_s}} << u"name: A clinician needs a name."_s;
        QTest::newRow("without a field") << FieldErrors{{QString(), u"The file is empty."_s}} << u"The file is empty."_s;
        QTest::newRow("several in order")
            << FieldErrors{{u"start_date"_s, u"Needs a date."_s}, {u"percentage"_s, u"Too high."_s}}
            << u"start_date: Needs a date.; percentage: Too high."_s;
    }

    void joinForLogs()
    {
        QFETCH(FieldErrors, errors);
        QFETCH(QString, joined);
        QCOMPARE(joinFieldErrors(errors), joined);
    }

    void equality()
    {
        const FieldError a{u"name"_s, u"Missing."_s};
        QCOMPARE(a, (FieldError{u"name"_s, u"Missing."_s}));
        QVERIFY(!(a == FieldError{u"email"_s, u"Missing."_s}));
        QVERIFY(!(a == FieldError{u"name"_s, u"Too long."_s}));
    }
};

QTEST_GUILESS_MAIN(TestFieldError)
#include "tst_fielderror.moc"
