#include "model/textcheck.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTextCheck : public QObject
{
    Q_OBJECT

private slots:
    void nameProblem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mentions"); // empty: the name is fine
        QTest::newRow("plain") << u"Dr Amara Okafor"_s << QString();
        QTest::newRow("accents and apostrophes") << u"Siobhán O'Connor"_s << QString();
        QTest::newRow("exactly the limit") << QString(20, u'x') << QString();
        QTest::newRow("one over the limit") << QString(21, u'x') << u"21 characters"_s;
        QTest::newRow("leading space") << u" Ward 4"_s << u"starts or ends with a space"_s;
        QTest::newRow("trailing space") << u"Ward 4 "_s << u"starts or ends with a space"_s;
        QTest::newRow("line break") << u"Ward\n4"_s << u"line break"_s;
        QTest::newRow("tab") << u"Ward\t4"_s << u"tab"_s;
    }

    void nameProblem()
    {
        QFETCH(QString, name);
        QFETCH(QString, mentions);
        const QString problem = TextCheck::nameProblem(name, 20);
        if (mentions.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(mentions), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestTextCheck)
#include "tst_textcheck.moc"
