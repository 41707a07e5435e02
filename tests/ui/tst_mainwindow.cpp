#include "calendar/shifttablemodel.h"
#include "alerts/alertview.h"
#include "calendar/rotaview.h"
#include "calendar/shiftview.h"
#include "heatmap/heatmapview.h"
#include "mainwindow.h"
#include "staff/cliniciantablemodel.h"
#include "staff/clinicianview.h"
#include "statistics/statisticsview.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTestData;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void failedOpenShowsErrorAndKeepsWorkspace_data();
    void failedOpenShowsErrorAndKeepsWorkspace();
    void openingAnotherWorkspaceClearsUndo();
    void recentFilesAreMostRecentFirstAndLimited();
    void missingRecentFileIsRemovedWithMessage();
    void statusBarShowsWorkspaceCountsAndLastAction();
    void settingsRestoreWindow();
    void menusOfferTheCommands();
    void exportsWriteThePeriodShown();
    void failedExportKeepsTheOldFile();
    void alertOpensItsDayOnTheRota();
    void heatmapAndStatisticsOpenTheirDayOnTheRota();
    void exportsFollowTheViewShown();

private:
    struct Message
    {
        QString title;
        QString text;
    };
    std::unique_ptr<MainWindow> makeWindow();
    QString createWorkspace(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<Message> m_messages;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    useSettingsIn(m_dir->filePath(u"settings"_s));
    m_messages.clear();
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->setMessageHandler([this](const QString &title, const QString &text) { m_messages.append({title, text}); });
    return window;
}

// A workspace file with two clinicians and a shift in the test week, closed again.
QString TestMainWindow::createWorkspace(const QString &name)
{
    const QString path = m_dir->filePath(name);
    WorkspaceSession session;
    openEmpty(session, path);
    Workspace &ws = *session.workspace();
    const Clinician anna = addClinician(ws, u"Anna Kowalski"_s);
    addClinician(ws, u"Ben Hart"_s);
    addShift(ws, anna.id, addType(ws, u"D"_s, u"Day"_s, u"#E69F00"_s, QTime(8, 0), QTime(16, 0), 480), monday().addDays(1));
    return path;
}

void TestMainWindow::failedOpenShowsErrorAndKeepsWorkspace_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("not a database") << u"text"_s;
    QTest::newRow("too new") << u"too-new"_s;
    QTest::newRow("missing") << u"missing"_s;
}

void TestMainWindow::failedOpenShowsErrorAndKeepsWorkspace()
{
    QFETCH(QString, kind);
    const QString good = createWorkspace(u"good.rota"_s);
    const QString bad = kind == u"too-new"_s ? createWorkspace(u"bad.rota"_s) : m_dir->filePath(u"bad.rota"_s);
    if (kind == u"too-new"_s) {
        makeTooNew(bad);
    } else if (kind == u"text"_s) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a workspace");
    }
    const auto window = makeWindow();
    QVERIFY(window->openWorkspace(good).ok());
    const QString title = window->windowTitle();

    const StorageError error = window->openWorkspace(bad);
    QVERIFY(!error.ok());
    QCOMPARE(m_messages.size(), 1);
    QCOMPARE(m_messages.constFirst().text, error.message);
    QVERIFY(m_messages.constFirst().text.contains(u"bad.rota"_s));
    QCOMPARE(window->session()->workspace()->path(), QFileInfo(good).absoluteFilePath());
    QCOMPARE(window->windowTitle(), title);
    QCOMPARE(window->clinicianView()->model()->rowCount(), 2);
    QCOMPARE(window->recentFiles(), QStringList{QFileInfo(good).absoluteFilePath()});
}

void TestMainWindow::openingAnotherWorkspaceClearsUndo()
{
    const auto window = makeWindow();
    QVERIFY(window->openWorkspace(createWorkspace(u"first.rota"_s)).ok());
    ClinicianTableModel *clinicians = window->clinicianView()->model();
    QVERIFY(clinicians->setData(clinicians->index(0, ClinicianTableModel::NameColumn), u"Anna Nowak"_s));
    QVERIFY(window->session()->undoStack()->canUndo());
    QVERIFY(window->statusText().contains(u"Rename Anna Kowalski to Anna Nowak"_s));

    QVERIFY(window->openWorkspace(createWorkspace(u"second.rota"_s)).ok());
    QVERIFY(!window->session()->undoStack()->canUndo());
    QCOMPARE(clinicians->index(0, ClinicianTableModel::NameColumn).data().toString(), u"Anna Kowalski"_s);
}

void TestMainWindow::recentFilesAreMostRecentFirstAndLimited()
{
    const auto window = makeWindow();
    QStringList opened;
    for (int i = 0; i < 12; ++i) {
        const QString path = m_dir->filePath(u"w%1.rota"_s.arg(i));
        QVERIFY(window->createWorkspace(path).ok());
        opened.prepend(QFileInfo(path).absoluteFilePath());
    }
    QCOMPARE(window->recentFiles(), opened.mid(0, 10));
    // Opening one again moves it to the top without duplicating it.
    QVERIFY(window->openWorkspace(opened.at(5)).ok());
    QCOMPARE(window->recentFiles().constFirst(), opened.at(5));
    QCOMPARE(window->recentFiles().size(), 10);
    QCOMPARE(window->recentFiles().count(opened.at(5)), 1);
    // The list outlives the window.
    QCOMPARE(makeWindow()->recentFiles().constFirst(), opened.at(5));

    window->clearRecentFiles();
    QVERIFY(window->recentFiles().isEmpty());
}

void TestMainWindow::missingRecentFileIsRemovedWithMessage()
{
    const QString kept = createWorkspace(u"kept.rota"_s);
    const QString gone = createWorkspace(u"gone.rota"_s);
    const auto window = makeWindow();
    QVERIFY(window->openWorkspace(gone).ok());
    QVERIFY(window->openWorkspace(kept).ok());
    QVERIFY(QFile::remove(gone));

    const StorageError error = window->openRecent(QFileInfo(gone).absoluteFilePath());
    QCOMPARE(error.kind, StorageError::Kind::NotFound);
    QCOMPARE(m_messages.size(), 1);
    QVERIFY(m_messages.constFirst().text.contains(u"gone.rota"_s));
    QCOMPARE(window->recentFiles(), QStringList{QFileInfo(kept).absoluteFilePath()});
    QCOMPARE(window->session()->workspace()->path(), QFileInfo(kept).absoluteFilePath());
}

void TestMainWindow::statusBarShowsWorkspaceCountsAndLastAction()
{
    const QString path = createWorkspace(u"ward.rota"_s);
    const auto window = makeWindow();
    window->showView(u"shifts"_s);
    window->shiftView()->setWindow(monday(), monday().addDays(6));
    QVERIFY(window->openWorkspace(path).ok());
    QString status = window->statusText();
    QVERIFY2(status.contains(u"ward"_s), qPrintable(status));
    QVERIFY2(status.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())), qPrintable(status));
    QVERIFY2(status.contains(u"Clinicians: 2"_s), qPrintable(status));
    QVERIFY2(status.contains(u"Shifts: 1"_s), qPrintable(status));

    window->shiftView()->setWindow(monday().addDays(7), monday().addDays(13));
    QVERIFY2(window->statusText().contains(u"Shifts: 0"_s), qPrintable(window->statusText()));

    window->shiftView()->setWindow(monday(), monday().addDays(6));
    ShiftTableModel *shifts = window->shiftView()->model();
    QVERIFY(shifts->setData(shifts->index(0, ShiftTableModel::PinnedColumn), Qt::Checked, Qt::CheckStateRole));
    QVERIFY2(window->statusText().contains(u"Saved: Pin"_s), qPrintable(window->statusText()));
    window->session()->undoStack()->undo();
    QVERIFY2(window->statusText().contains(u"Undone: Pin"_s), qPrintable(window->statusText()));

    // On the rota, the counts are those of the period it shows.
    window->showView(u"rota"_s);
    window->rotaView()->setMode(RotaView::Mode::Grid);
    window->rotaView()->setLength(RotaView::Length::Week);
    window->rotaView()->setAnchorDate(monday().addDays(7));
    QVERIFY2(window->statusText().contains(u"Shifts: 0"_s), qPrintable(window->statusText()));
    window->rotaView()->step(-1);
    QVERIFY2(window->statusText().contains(u"Shifts: 1"_s), qPrintable(window->statusText()));
}

void TestMainWindow::settingsRestoreWindow()
{
    const QDate from(2026, 12, 7);
    const QDate to(2026, 12, 20);
    {
        const auto window = makeWindow();
        window->resize(900, 640);
        window->showView(u"clinicians"_s);
        window->shiftView()->setWindow(from, to);
        window->close();
    }
    const auto restored = makeWindow();
    QCOMPARE(restored->size(), QSize(900, 640));
    QCOMPARE(restored->currentViewName(), u"clinicians"_s);
    QCOMPARE(restored->shiftView()->from(), from);
    QCOMPARE(restored->shiftView()->to(), to);
    QCOMPARE(restored->shiftView()->model()->from(), from);

    restored->showView(u"shifts"_s);
    restored->close();
    QCOMPARE(makeWindow()->currentViewName(), u"shifts"_s);
}

void TestMainWindow::menusOfferTheCommands()
{
    const auto window = makeWindow();
    QStringList texts;
    const QList<QMenu *> menus = window->menuBar()->findChildren<QMenu *>();
    for (const QMenu *menu : menus) {
        const QList<QAction *> actions = menu->actions();
        for (const QAction *action : actions)
            texts.append(action->text().remove(u'&'));
    }
    for (const QString &expected : {u"New…"_s, u"Open…"_s, u"Open Recent"_s, u"Open Demo"_s, u"Print…"_s, u"Export Calendar…"_s,
                                    u"Export Shifts as CSV…"_s, u"Quit"_s, u"Undo"_s, u"Redo"_s, u"New Shift…"_s,
                                    u"Copy Shifts"_s, u"Paste Shifts"_s, u"About RotaDesk"_s, u"About Qt"_s})
        QVERIFY2(texts.contains(expected), qPrintable(expected + u" missing from "_s + texts.join(u", "_s)));
}

// The rota view shows the test week; each export writes that week's one shift.
void TestMainWindow::exportsWriteThePeriodShown()
{
    const auto window = makeWindow();
    QVERIFY(window->openWorkspace(createWorkspace(u"e.rota"_s)).ok());
    window->rotaView()->setMode(RotaView::Mode::Grid);
    window->rotaView()->setLength(RotaView::Length::Week);
    window->rotaView()->setAnchorDate(monday());

    const QString ics = m_dir->filePath(u"week.ics"_s);
    QCOMPARE(window->exportCalendar(ics), QString());
    QFile icsFile(ics);
    QVERIFY(icsFile.open(QIODevice::ReadOnly));
    const QByteArray calendar = icsFile.readAll();
    QVERIFY(calendar.startsWith("BEGIN:VCALENDAR"));
    QCOMPARE(calendar.count("BEGIN:VEVENT"), 1);
    QVERIFY(calendar.contains("Anna Kowalski"));

    const QString csv = m_dir->filePath(u"week.csv"_s);
    QCOMPARE(window->exportShiftsCsv(csv), QString());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csvFile.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith("clinician,date,type"));
    QVERIFY(lines.at(1).startsWith("Anna Kowalski,2026-11-24,D,08:00,16:00"));

    const QString pdf = m_dir->filePath(u"week.pdf"_s);
    QCOMPARE(window->exportPdf(pdf), QString());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QVERIFY(window->statusText().contains(u"Exported week.pdf"_s));

    // The next week has no shifts.
    window->rotaView()->step(1);
    QCOMPARE(window->exportCalendar(ics), QString());
    icsFile.close();
    QVERIFY(icsFile.open(QIODevice::ReadOnly));
    QCOMPARE(icsFile.readAll().count("BEGIN:VEVENT"), 0);
}

void TestMainWindow::failedExportKeepsTheOldFile()
{
    const auto window = makeWindow();
    QVERIFY(window->openWorkspace(createWorkspace(u"f.rota"_s)).ok());
    const QString missingFolder = m_dir->filePath(u"no-such-folder/week.ics"_s);
    const QString error = window->exportCalendar(missingFolder);
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(u"week.ics"_s));
    QCOMPARE(m_messages.size(), 1);
    QVERIFY(!QFile::exists(missingFolder));
}

void TestMainWindow::alertOpensItsDayOnTheRota()
{
    const auto window = makeWindow();
    QVERIFY(window->openWorkspace(createWorkspace(u"a.rota"_s)).ok());
    window->showView(u"alerts"_s);
    QCOMPARE(window->currentViewName(), u"alerts"_s);
    emit window->alertView()->dayActivated(monday().addDays(30), std::nullopt);
    QCOMPARE(window->currentViewName(), u"rota"_s);
    QCOMPARE(window->rotaView()->mode(), RotaView::Mode::Grid);
    QVERIFY(window->rotaView()->from() <= monday().addDays(30) && monday().addDays(30) <= window->rotaView()->to());
}

void TestMainWindow::heatmapAndStatisticsOpenTheirDayOnTheRota()
{
    const auto window = makeWindow();
    QVERIFY(window->openWorkspace(createWorkspace(u"h.rota"_s)).ok());
    window->showView(u"availability"_s);
    QCOMPARE(window->currentViewName(), u"availability"_s);
    emit window->heatmapView()->dayActivated(monday().addDays(50), std::nullopt);
    QCOMPARE(window->currentViewName(), u"rota"_s);
    QVERIFY(window->rotaView()->from() <= monday().addDays(50) && monday().addDays(50) <= window->rotaView()->to());

    window->showView(u"statistics"_s);
    QCOMPARE(window->currentViewName(), u"statistics"_s);
    emit window->statisticsView()->dayActivated(monday().addDays(80));
    QCOMPARE(window->currentViewName(), u"rota"_s);
    QVERIFY(window->rotaView()->from() <= monday().addDays(80) && monday().addDays(80) <= window->rotaView()->to());
}

// Export Image is offered where there is a picture; the PDF is of the view shown.
void TestMainWindow::exportsFollowTheViewShown()
{
    const auto window = makeWindow();
    QAction *exportImage = nullptr;
    for (QAction *action : window->menuBar()->actions().constFirst()->menu()->actions()) {
        if (action->text().remove(u'&') == u"Export Image…"_s)
            exportImage = action;
    }
    QVERIFY(exportImage);
    QVERIFY(!exportImage->isEnabled());
    QVERIFY(window->openWorkspace(createWorkspace(u"x.rota"_s)).ok());
    window->showView(u"rota"_s);
    QVERIFY(!exportImage->isEnabled());
    const QString png = m_dir->filePath(u"rota.png"_s);
    QVERIFY(!window->exportImage(png).isEmpty());
    QVERIFY(!QFile::exists(png));

    window->showView(u"availability"_s);
    QVERIFY(exportImage->isEnabled());
    window->heatmapView()->setPeriod(monday(), monday().addDays(6));
    QCOMPARE(window->exportImage(png), QString());
    QVERIFY(!QImage(png).isNull());
    const QString pdf = m_dir->filePath(u"availability.pdf"_s);
    QCOMPARE(window->exportPdf(pdf), QString());
    QPdfDocument document;
    QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
    const QString page = document.getAllText(0).text();
    QVERIFY2(page.contains(u"Availability heatmap"_s), qPrintable(page));

    window->showView(u"statistics"_s);
    QVERIFY(exportImage->isEnabled());
    const QString chart = m_dir->filePath(u"forecast.png"_s);
    QCOMPARE(window->exportImage(chart), QString());
    QVERIFY(!QImage(chart).isNull());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
