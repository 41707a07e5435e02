// Kills a writing process with SIGKILL at random points and checks that the workspace it leaves
// is sound and holds every edit that was acknowledged, exactly as the journal describes it.
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/shiftrepository.h"
#include "storage/workspace.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNoAcknowledgedEdit()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crash.rota"_s);
        qint64 acknowledged = 0;
        for (int round = 0; round < 8; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(ROTADESK_CRASH_WRITER), {path, QString::number(random.generate())});
            QVERIFY(writer.waitForStarted());
            // Kill after a random number of acknowledged edits, not after a time.
            const int acksBeforeKill = random.bounded(5, 120);
            int acks = 0;
            QByteArray pending;
            while (acks < acksBeforeKill) {
                QVERIFY2(writer.waitForReadyRead(30000), "the writer stopped acknowledging edits");
                pending += writer.readAllStandardOutput();
                qsizetype newline;
                while ((newline = pending.indexOf('\n')) >= 0) {
                    const QByteArray line = pending.left(newline);
                    pending.remove(0, newline + 1);
                    if (line.startsWith("ack ")) {
                        acknowledged = std::max(acknowledged, line.mid(4).toLongLong());
                        ++acks;
                    }
                }
            }
            writer.kill();
            QVERIFY(writer.waitForFinished());

            StorageError error;
            auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
            QVERIFY2(workspace, qPrintable(error.message));
            QVERIFY2(workspace->integrityProblems().isEmpty(), qPrintable(workspace->integrityProblems().join(u'\n')));
            Journal journal(*workspace);
            QVERIFY2(journal.lastId() >= acknowledged, "an acknowledged edit is missing from the journal");

            // Replaying the journal gives exactly the records in the tables.
            QHash<QString, QHash<qint64, QJsonObject>> expected;
            for (qint64 after = 0;;) {
                const QList<JournalEntry> entries = journal.entries(after, 5000);
                if (entries.isEmpty())
                    break;
                for (const JournalEntry &entry : entries) {
                    if (entry.operation == "delete"_L1)
                        expected[entry.record_type].remove(entry.local_id);
                    else if (entry.record_type != "setting"_L1)
                        expected[entry.record_type].insert(entry.local_id, entry.after);
                    after = entry.id;
                }
            }
            ShiftRepository shifts(*workspace);
            QCOMPARE(shifts.count(), expected.value(u"shift"_s).size());
            for (auto it = expected.value(u"shift"_s).cbegin(); it != expected.value(u"shift"_s).cend(); ++it) {
                const std::optional<Shift> shift = shifts.get(it.key());
                QVERIFY(shift);
                QCOMPARE(shift->toJson(), it.value());
            }
            ClinicianRepository clinicians(*workspace);
            QCOMPARE(clinicians.count(), expected.value(u"clinician"_s).size());
        }
        QVERIFY(acknowledged > 0);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
