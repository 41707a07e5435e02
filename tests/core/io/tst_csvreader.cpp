#include "io/csvreader.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Read
{
    QList<QByteArrayList> records;
    QList<qint64> lines;
    QList<std::optional<CsvReader::Problem>> problems;
    std::optional<CsvReader::Problem> error;
    qint64 bytesRead = 0;
};

Read readAll(const QByteArray &input, qsizetype chunkSize)
{
    QByteArray data = input;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, chunkSize);
    Read read;
    while (reader.next()) {
        QByteArrayList fields;
        for (const QByteArrayView field : reader.fields())
            fields << field.toByteArray();
        read.records << fields;
        read.lines << reader.line();
        read.problems << reader.recordProblem();
    }
    read.error = reader.error();
    read.bytesRead = reader.bytesRead();
    return read;
}

// Small chunks put record and field boundaries everywhere in the buffer.
const QList<qsizetype> chunkSizes{16, 17, 23, CsvReader::DefaultChunkSize};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QByteArrayList>>("records");
        QTest::addColumn<QList<qint64>>("lines");

        using Records = QList<QByteArrayList>;
        using Lines = QList<qint64>;
        QTest::newRow("LF") << "a,b,c\n1,2,3\n"_ba << Records{{"a", "b", "c"}, {"1", "2", "3"}} << Lines{1, 2};
        QTest::newRow("CRLF") << "a,b\r\n1,2\r\n"_ba << Records{{"a", "b"}, {"1", "2"}} << Lines{1, 2};
        QTest::newRow("lone CR ends a line") << "a\rb\n"_ba << Records{{"a"}, {"b"}} << Lines{1, 2};
        QTest::newRow("no final line break") << "a,b\n1,2"_ba << Records{{"a", "b"}, {"1", "2"}} << Lines{1, 2};
        QTest::newRow("empty fields") << ",,\na,,b,\n"_ba << Records{{"", "", ""}, {"a", "", "b", ""}} << Lines{1, 2};
        QTest::newRow("blank line") << "a\n\nb\n"_ba << Records{{"a"}, {""}, {"b"}} << Lines{1, 2, 3};
        QTest::newRow("comma in quotes") << "\"Hopper, Grace\",x\n"_ba << Records{{"Hopper, Grace", "x"}} << Lines{1};
        QTest::newRow("doubled quotes") << "\"say \"\"hi\"\"\",\"\"\"\"\n"_ba << Records{{"say \"hi\"", "\""}} << Lines{1};
        QTest::newRow("empty quoted field") << "\"\",x,\"\"\n"_ba << Records{{"", "x", ""}} << Lines{1};
        QTest::newRow("line break in quotes") << "\"two\nlines\",x\nnext,y\n"_ba << Records{{"two\nlines", "x"}, {"next", "y"}}
                                              << Lines{1, 3};
        QTest::newRow("CRLF in quotes") << "\"a\r\nb\",c\r\nd,e\r\n"_ba << Records{{"a\r\nb", "c"}, {"d", "e"}} << Lines{1, 3};
        QTest::newRow("several line breaks in quotes")
            << "h\n\"1\n2\n3\",\"x\n\"\"y\"\"\"\nlast\n"_ba << Records{{"h"}, {"1\n2\n3", "x\n\"y\""}, {"last"}} << Lines{1, 2, 6};
        QTest::newRow("byte order mark") << "\xEF\xBB\xBFname,x\n1,2\n"_ba << Records{{"name", "x"}, {"1", "2"}} << Lines{1, 2};
        QTest::newRow("only a byte order mark") << "\xEF\xBB\xBF"_ba << Records{} << Lines{};
        QTest::newRow("empty input") << QByteArray() << Records{} << Lines{};
        QTest::newRow("UTF-8 passes through") << "Zoë,Łódź\n"_ba << Records{{"Zoë", "Łódź"}} << Lines{1};
        const QByteArray longField(100, 'x');
        QTest::newRow("field longer than a chunk") << "a," + longField + ",\"" + longField + "\"\nb\n"
                                                  << Records{{"a", longField, longField}, {"b"}} << Lines{1, 2};
    }

    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QByteArrayList>, records);
        QFETCH(QList<qint64>, lines);
        for (const qsizetype chunkSize : chunkSizes) {
            const Read read = readAll(input, chunkSize);
            QCOMPARE(read.records, records);
            QCOMPARE(read.lines, lines);
            QVERIFY(!read.error);
            for (const std::optional<CsvReader::Problem> &problem : read.problems)
                QVERIFY(!problem);
            QCOMPARE(read.bytesRead, input.size());
        }
    }

    void quoteInsideUnquotedFieldSpoilsOnlyItsRecord()
    {
        for (const qsizetype chunkSize : chunkSizes) {
            const Read read = readAll("h1,h2\nab\"c,d\nnext,ok\n", chunkSize);
            QCOMPARE(read.records.size(), 3);
            QVERIFY(!read.problems.at(0));
            QVERIFY(read.problems.at(1));
            QCOMPARE(read.problems.at(1)->line, 2);
            QCOMPARE(read.problems.at(1)->field, 0);
            QCOMPARE(read.problems.at(1)->message,
                     u"A quote (\") appears inside a field that does not start with one; put the whole field in quotes and write the quote twice."_s);
            QVERIFY(!read.problems.at(2));
            QCOMPARE(read.records.at(2), (QByteArrayList{"next", "ok"}));
            QCOMPARE(read.lines.at(2), 3);
            QVERIFY(!read.error);
        }
    }

    void textAfterClosingQuoteSpoilsOnlyItsRecord()
    {
        for (const qsizetype chunkSize : chunkSizes) {
            const Read read = readAll("x,\"multi\nline\"tail,y\nnext\n", chunkSize);
            QCOMPARE(read.records.size(), 2);
            QVERIFY(read.problems.at(0));
            QCOMPARE(read.problems.at(0)->line, 2); // where the stray text is, not where the record starts
            QCOMPARE(read.problems.at(0)->field, 1);
            QCOMPARE(read.problems.at(0)->message,
                     u"Text follows the closing quote of a quoted field; a quote inside a quoted field is written twice (\"\")."_s);
            QCOMPARE(read.lines, (QList<qint64>{1, 3}));
            QCOMPARE(read.records.at(1), QByteArrayList{"next"});
        }
    }

    void unterminatedQuoteStopsReading()
    {
        for (const qsizetype chunkSize : chunkSizes) {
            const Read read = readAll("a,b\nc,\"never\nclosed,d\ne,f\n", chunkSize);
            QCOMPARE(read.records, QList<QByteArrayList>{(QByteArrayList{"a", "b"})});
            QVERIFY(read.error);
            QCOMPARE(read.error->line, 2);
            QCOMPARE(read.error->field, 1);
            QCOMPARE(read.error->message, u"The quoted field that starts on this line is never closed: a closing quote (\") is missing."_s);
        }
    }

    void unreadableDeviceIsAnError()
    {
        QBuffer closed;
        CsvReader reader(closed);
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::read (QBuffer): device not open");
        QVERIFY(!reader.next());
        QVERIFY(reader.error());
        QCOMPARE(reader.error()->field, -1);
        QVERIFY(reader.error()->message.startsWith(u"The file could not be read: "_s));
    }

    void bytesReadGrowsWithTheRecords()
    {
        QByteArray data = "first,row\nsecond,row\n";
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(buffer, 16);
        QCOMPARE(reader.bytesRead(), 0);
        QVERIFY(reader.next());
        QCOMPARE(reader.bytesRead(), 10);
        QVERIFY(reader.next());
        QCOMPARE(reader.bytesRead(), data.size());
        QVERIFY(!reader.next());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
