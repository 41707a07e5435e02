#include "storage/clinicianrepository.h"
#include "storage/shiftrepository.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTestData;

class TestWorkspaceSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void failedOpenKeepsCurrentWorkspace_data();
    void failedOpenKeepsCurrentWorkspace();
    void openingAnotherWorkspaceClearsUndo();
    void demoIsPopulatedAroundToday();
    void demoReplacesOpenDemo();
    void failedDemoKeepsCurrentWorkspace();
    void todayFollowsWorkspaceClockAndZone();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
};

void TestWorkspaceSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<WorkspaceSession>();
}

void TestWorkspaceSession::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

void TestWorkspaceSession::failedOpenKeepsCurrentWorkspace_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("expected");

    QTest::newRow("missing") << u"missing"_s << int(StorageError::Kind::NotFound);
    QTest::newRow("not a database") << u"text"_s << int(StorageError::Kind::NotADatabase);
    QTest::newRow("too new") << u"too-new"_s << int(StorageError::Kind::TooNew);
}

void TestWorkspaceSession::failedOpenKeepsCurrentWorkspace()
{
    QFETCH(QString, kind);
    QFETCH(int, expected);

    const QString good = m_dir->filePath(u"good.rota"_s);
    openEmpty(*m_session, good);
    addClinician(*m_session->workspace(), u"Anna Kowalski"_s);
    const QString bad = m_dir->filePath(u"bad.rota"_s);
    if (kind == u"text"_s) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,team\nAnna,ICU\n");
    } else if (kind == u"too-new"_s) {
        WorkspaceSession other;
        openEmpty(other, bad);
        QVERIFY(other.open(good).ok()); // closes bad.rota
        makeTooNew(bad);
    }
    const QByteArray badBefore = [&] {
        QFile file(bad);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    QSignalSpy changed(m_session.get(), &WorkspaceSession::workspaceChanged);
    const StorageError error = m_session->open(bad);
    QCOMPARE(int(error.kind), expected);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(changed.size(), 0);
    QVERIFY(m_session->workspace());
    QCOMPARE(m_session->workspace()->path(), QFileInfo(good).absoluteFilePath());
    QCOMPARE(ClinicianRepository(*m_session->workspace()).count(), 1);
    // A refused file is left as it was.
    QFile after(bad);
    QCOMPARE(after.open(QIODevice::ReadOnly) ? after.readAll() : QByteArray(), badBefore);
}

void TestWorkspaceSession::openingAnotherWorkspaceClearsUndo()
{
    openEmpty(*m_session, m_dir->filePath(u"first.rota"_s));
    m_session->undoStack()->push(new QUndoCommand(u"an edit"_s));
    QVERIFY(m_session->undoStack()->canUndo());

    QSignalSpy changed(m_session.get(), &WorkspaceSession::workspaceChanged);
    QVERIFY(m_session->open(m_dir->filePath(u"second.rota"_s), Workspace::OpenMode::CreateNew).ok());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_session->undoStack()->count(), 0);
    QVERIFY(!m_session->undoStack()->canUndo());
}

void TestWorkspaceSession::demoIsPopulatedAroundToday()
{
    const QDate today(2026, 11, 23);
    QVERIFY(m_session->openDemo(m_dir->filePath(u"demo.rota"_s), today).ok());
    Workspace *ws = m_session->workspace();
    QVERIFY(ws);
    QVERIFY(ClinicianRepository(*ws).count() >= 10);
    QVERIFY(ShiftRepository(*ws).countInWindow(today, today.addDays(6)) > 0);
    QVERIFY(!QFile::exists(m_dir->filePath(u"demo.rota.new"_s)));
}

void TestWorkspaceSession::demoReplacesOpenDemo()
{
    const QString path = m_dir->filePath(u"demo.rota"_s);
    QVERIFY(m_session->openDemo(path, QDate(2026, 11, 23)).ok());
    const qint64 clinicians = ClinicianRepository(*m_session->workspace()).count();
    m_session->undoStack()->push(new QUndoCommand(u"an edit"_s));

    QVERIFY(m_session->openDemo(path, QDate(2026, 11, 23)).ok());
    QCOMPARE(m_session->workspace()->path(), QFileInfo(path).absoluteFilePath());
    // A fresh demo, not the old one with a second demo added to it.
    QCOMPARE(ClinicianRepository(*m_session->workspace()).count(), clinicians);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestWorkspaceSession::failedDemoKeepsCurrentWorkspace()
{
    const QString good = m_dir->filePath(u"good.rota"_s);
    openEmpty(*m_session, good);
    // The demo cannot be built inside a folder that does not exist.
    const StorageError error = m_session->openDemo(m_dir->filePath(u"no/such/folder/demo.rota"_s), QDate(2026, 11, 23));
    QVERIFY(!error.ok());
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(m_session->workspace()->path(), QFileInfo(good).absoluteFilePath());
}

void TestWorkspaceSession::todayFollowsWorkspaceClockAndZone()
{
    openEmpty(*m_session, m_dir->filePath(u"zone.rota"_s));
    Workspace *ws = m_session->workspace();
    ws->setClock([] { return QDateTime(QDate(2026, 11, 22), QTime(23, 30), QTimeZone::utc()); });
    QCOMPARE(m_session->today(), QDate(2026, 11, 22));
    QVERIFY(ws->setSetting(u"time_zone"_s, u"Pacific/Auckland"_s).ok());
    QCOMPARE(m_session->today(), QDate(2026, 11, 23));
}

QTEST_MAIN(TestWorkspaceSession)
#include "tst_workspacesession.moc"
