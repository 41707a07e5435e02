#include "io/csvwriter.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhatNeedsIt_data();
    void quotesOnlyWhatNeedsIt();
    void writesHeaderAndRowsWithCrLf();
};

void TestCsvWriter::quotesOnlyWhatNeedsIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << u"Anna Kowalski"_s << QByteArray("Anna Kowalski");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma") << u"Kowalski, Anna"_s << QByteArray("\"Kowalski, Anna\"");
    QTest::newRow("quote") << u"Anna \"Ann\" K"_s << QByteArray("\"Anna \"\"Ann\"\" K\"");
    QTest::newRow("line break") << u"N\nD"_s << QByteArray("\"N\nD\"");
    QTest::newRow("carriage return") << u"N\rD"_s << QByteArray("\"N\rD\"");
    QTest::newRow("leading space") << u" 3"_s << QByteArray("\" 3\"");
    QTest::newRow("trailing space") << u"3 "_s << QByteArray("\"3 \"");
    QTest::newRow("utf-8") << u"Zoë Müller"_s << QByteArray("Zo\xc3\xab M\xc3\xbcller");
}

void TestCsvWriter::quotesOnlyWhatNeedsIt()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(CsvWriter::field(text), expected);
}

void TestCsvWriter::writesHeaderAndRowsWithCrLf()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const QString error = CsvWriter::write(buffer, {u"Date"_s, u"Short"_s}, {{u"2026-11-23"_s, u"N 1/2, D 2/3"_s}, {u"2026-11-24"_s, QString()}});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(buffer.data(), QByteArray("Date,Short\r\n2026-11-23,\"N 1/2, D 2/3\"\r\n2026-11-24,\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
