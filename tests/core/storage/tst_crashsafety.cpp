#include "storagetestsupport.h"

#include "storage/journal.h"
#include "storage/recordtable.h"
#include "storage/recordtraits.h"

#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

namespace {

// One edit the writer reported as saved.
struct Ack
{
    qint64 journalId = 0;
    QString recordType;
    QString operation;
    qint64 localId = 0;
};

std::optional<Ack> parseAck(const QByteArray &line)
{
    const QList<QByteArray> parts = line.trimmed().split(' ');
    if (parts.size() != 4 || parts.at(0) != "ack")
        return std::nullopt;
    const QList<QByteArray> kind = parts.at(2).split('.');
    if (kind.size() != 2)
        return std::nullopt;
    return Ack{parts.at(1).toLongLong(), QString::fromUtf8(kind.at(0)), QString::fromUtf8(kind.at(1)), parts.at(3).toLongLong()};
}

const TableSpec *specFor(const QString &recordType)
{
    for (const TableSpec *spec : recordTableSpecs()) {
        if (spec->recordType == recordType)
            return spec;
    }
    return nullptr;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<Ack> m_acks;

    // Starts the writer, reads `wanted` acknowledgements and kills it while it goes on editing.
    void runAndKill(const QString &path, quint32 writerSeed, int wanted)
    {
        QProcess writer;
        writer.start(QStringLiteral(ROTADESK_CRASH_WRITER_PATH), {path, QString::number(writerSeed)});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        int received = 0;
        const auto readAcks = [&] {
            while (writer.canReadLine()) {
                const QByteArray line = writer.readLine();
                const std::optional<Ack> ack = parseAck(line);
                QVERIFY2(ack, line.constData());
                m_acks.append(*ack);
                ++received;
            }
        };
        while (received < wanted) {
            // A generous bound that only a writer which stopped writing reaches.
            QVERIFY2(writer.waitForReadyRead(60000), writer.readAllStandardError().constData());
            readAcks();
            if (QTest::currentTestFailed())
                return;
        }
        writer.kill(); // SIGKILL: no destructors, no flush, no checkpoint
        QVERIFY(writer.waitForFinished(60000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        // Lines written before the kill were acknowledged too.
        readAcks();
    }

    // The file is sound, every acknowledged edit is in the journal, and the tables hold exactly
    // the state the journal says: the last after-state of every record not deleted since.
    void verifyWorkspace(const QString &path)
    {
        StorageError error;
        const auto workspace = openWorkspace(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        const QStringList problems = workspace->integrityProblems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        QHash<qint64, JournalEntry> byId;
        QHash<std::pair<QString, qint64>, JournalEntry> latest;
        Journal journal(*workspace);
        for (const JournalEntry &entry : journal.entries(0, std::numeric_limits<int>::max())) {
            byId.insert(entry.id, entry);
            latest.insert({entry.record_type, entry.local_id}, entry);
        }
        for (const Ack &ack : std::as_const(m_acks)) {
            const auto entry = byId.constFind(ack.journalId);
            QVERIFY2(entry != byId.cend(), qPrintable(u"acknowledged journal entry %1 is missing"_s.arg(ack.journalId)));
            QCOMPARE(entry->record_type, ack.recordType);
            QCOMPARE(entry->operation, ack.operation);
            QCOMPARE(entry->local_id, ack.localId);
        }
        // At most the edit whose acknowledgement the kill cut off is saved beyond the last ack.
        QVERIFY(journal.lastId() - m_acks.constLast().journalId <= 1);

        QHash<QString, qint64> live;
        for (const JournalEntry &entry : std::as_const(latest)) {
            const TableSpec *spec = specFor(entry.record_type);
            QVERIFY2(spec, qPrintable(entry.record_type));
            const std::optional<QJsonObject> row = RecordTable(*workspace, *spec).get(entry.local_id);
            if (entry.operation == u"delete"_s) {
                QVERIFY2(!row, qPrintable(u"deleted %1 %2 is still there"_s.arg(entry.record_type).arg(entry.local_id)));
                continue;
            }
            QVERIFY2(row, qPrintable(u"%1 %2 is missing"_s.arg(entry.record_type).arg(entry.local_id)));
            QCOMPARE(*row, entry.after);
            ++live[entry.record_type];
        }
        // No record without a journal entry either.
        for (const QString &recordType : {u"shift"_s, u"clinician"_s, u"shift_type"_s})
            QCOMPARE(RecordTable(*workspace, *specFor(recordType)).count(), live.value(recordType));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void acknowledgedEditsSurviveAKill()
    {
        const quint32 seed = qEnvironmentVariableIsSet("ROTADESK_CRASH_SEED") ? qEnvironmentVariable("ROTADESK_CRASH_SEED").toUInt()
                                                                             : QRandomGenerator::global()->generate();
        qInfo("seed %u (set ROTADESK_CRASH_SEED to repeat this run)", seed);
        QRandomGenerator random(seed);
        const QString path = m_dir.filePath(u"crash.rota"_s);
        for (int round = 0; round < 10; ++round) {
            runAndKill(path, random.generate(), int(random.bounded(1, 40)));
            if (QTest::currentTestFailed())
                return;
            verifyWorkspace(path);
            if (QTest::currentTestFailed()) {
                qWarning("failed after round %d", round);
                return;
            }
        }
        QVERIFY(m_acks.size() >= 10);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
