#include "mainwindow.h"

#include "alerts/alertrefresher.h"
#include "alerts/alertview.h"
#include "calendar/periodexport.h"
#include "calendar/rotaview.h"
#include "calendar/shifttablemodel.h"
#include "calendar/shiftview.h"
#include "generator/generatedialog.h"
#include "heatmap/heatmapview.h"
#include "leave/leavebookingview.h"
#include "openshifts/openshiftview.h"
#include "printing/printsetupdialog.h"
#include "printing/rotaprinter.h"
#include "rotas/rotastatusview.h"
#include "rotas/rotasview.h"
#include "staff/clinicianview.h"
#include "statistics/statisticsview.h"
#include "swaps/swapview.h"
#include "storage/teamrepository.h"
#include "storage/clinicianrepository.h"
#include "storage/workspace.h"
#include "sync/synccontroller.h"
#include "sync/syncstatuswidget.h"
#include "sync/syncview.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxRecentFiles = 10;
constexpr int ViewNameRole = Qt::UserRole + 1;

QString recentKey()
{
    return u"files/recent"_s;
}

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new WorkspaceSession(this))
    , m_views(new QStandardItemModel(this))
    , m_navigation(new QListView(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(this))
    , m_clinicianView(new ClinicianView(m_session, this))
    , m_shiftView(new ShiftView(m_session, this))
    , m_rotaView(new RotaView(m_session, this))
    , m_rotaStatusView(new RotaStatusView(m_session, this))
    , m_rotasView(new RotasView(m_session, this))
    , m_swapView(new SwapView(m_session, this))
    , m_openShiftView(new OpenShiftView(m_session, this))
    , m_leaveView(new LeaveBookingView(m_session, this))
    , m_alertView(new AlertView(m_session, this))
    , m_heatmapView(new HeatmapView(m_session, this))
    , m_statisticsView(new StatisticsView(m_session, this))
    , m_syncController(new SyncController(m_session, this))
    , m_syncView(new SyncView(m_syncController, m_session, this))
    , m_syncStatus(new SyncStatusWidget(m_syncController, this))
    , m_workspaceLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_lastActionLabel(new QLabel(this))
{
    setWindowIcon(QIcon(u":/icons/rotadesk.svg"_s));
    m_messageHandler = [this](const QString &title, const QString &message) { QMessageBox::warning(this, title, message); };

    m_navigation->setIconSize(QSize(24, 24));
    addView(m_rotaView, u"rota"_s, tr("Rota"), u":/icons/rota.svg"_s);
    addView(m_rotaStatusView, u"rotastatus"_s, tr("Rota status"), u":/icons/rotastatus.svg"_s);
    addView(m_rotasView, u"rotas"_s, tr("Rotas"), u":/icons/rotas.svg"_s);
    addView(m_leaveView, u"leave"_s, tr("Leave"), u":/icons/leave.svg"_s);
    addView(m_heatmapView, u"availability"_s, tr("Availability"), u":/icons/availability.svg"_s);
    addView(m_swapView, u"swaps"_s, tr("Swaps"), u":/icons/swaps.svg"_s);
    addView(m_openShiftView, u"openshifts"_s, tr("Open shifts"), u":/icons/openshifts.svg"_s);
    addView(m_alertView, u"alerts"_s, tr("Alerts"), u":/icons/alerts.svg"_s);
    addView(m_statisticsView, u"statistics"_s, tr("Statistics"), u":/icons/statistics.svg"_s);
    addView(m_shiftView, u"shifts"_s, tr("Shift list"), u":/icons/shifts.svg"_s);
    addView(m_clinicianView, u"clinicians"_s, tr("Clinicians"), u":/icons/clinicians.svg"_s);
    addView(m_syncView, u"sync"_s, tr("Sync"), u":/icons/sync.svg"_s);
    m_navigation->setModel(m_views);
    m_navigation->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigation->setSpacing(3);
    m_navigation->setAccessibleName(tr("Views"));
    // As wide as its longest entry in the current language, so that translations fit.
    m_navigation->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_navigation->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    connect(m_navigation->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_stack->setCurrentIndex(current.row());
                updateViewActions();
                updateStatus();
            });

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    setCentralWidget(m_splitter);

    // A long path must not force the window wider; the full path is in the tooltip.
    m_workspaceLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int gap = fontMetrics().averageCharWidth() * 2;
    m_lastActionLabel->setContentsMargins(gap, 0, gap, 0);
    m_countsLabel->setContentsMargins(gap, 0, 0, 0);
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_lastActionLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_syncStatus);
    m_syncController->setPasswordPrompt(
        [this](const ServerLink &link, const QString &reason) { return SyncView::askPassword(this, link, reason); });
    connect(m_syncStatus, &SyncStatusWidget::openRequested, this, [this] {
        showView(u"sync"_s);
        if (m_syncController->state() == SyncController::State::Conflicts)
            m_syncView->showConflicts();
    });

    createMenus();
    connect(m_session, &WorkspaceSession::workspaceChanged, this, [this] {
        m_undoIndex = 0;
        updateStatus();
    });
    for (QAction *action : std::as_const(m_workspaceActions))
        action->setEnabled(m_session->workspace());
    connect(m_session, &WorkspaceSession::workspaceChanged, this, [this] {
        for (QAction *action : std::as_const(m_workspaceActions))
            action->setEnabled(m_session->workspace());
        updateViewActions();
    });
    updateViewActions();
    connect(m_session, &WorkspaceSession::dataChanged, this, &MainWindow::updateStatus);
    connect(m_shiftView, &ShiftView::windowChanged, this, &MainWindow::updateStatus);
    connect(m_rotaView, &RotaView::periodChanged, this, &MainWindow::updateStatus);
    // The checks of the days an edit touched run again after each edit.
    new AlertRefresher(m_session, this);
    connect(m_leaveView, &LeaveBookingView::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    const auto openDay = [this](QDate date, std::optional<qint64> clinicianId) {
        showView(u"rota"_s);
        m_rotaView->focusDay(date, clinicianId);
    };
    connect(m_alertView, &AlertView::dayActivated, this, openDay);
    connect(m_heatmapView, &HeatmapView::dayActivated, this, openDay);
    connect(m_statisticsView, &StatisticsView::dayActivated, this, [openDay](QDate date) { openDay(date, std::nullopt); });
    connect(m_statisticsView, &StatisticsView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_rotaView, &RotaView::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_openShiftView, &OpenShiftView::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_rotasView, &RotasView::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_swapView, &SwapView::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_session, &WorkspaceSession::errorOccurred, this, [this](const QString &message) {
        setLastAction(tr("Not saved"));
        showMessage(tr("The change was not saved"), message);
    });
    connect(m_session->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::onUndoIndexChanged);

    restoreWindowState();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The session goes with the window's children and clears its undo stack on the way; by then
    // this window is no longer one to tell.
    m_session->undoStack()->disconnect(this);
    m_session->disconnect(this);
}

void MainWindow::addView(QWidget *view, const QString &name, const QString &title, const QString &icon)
{
    // On the selection highlight the icon takes the highlight's text colour, as the title does.
    const QIcon drawing(icon);
    QIcon navigationIcon;
    for (const qreal ratio : {1.0, 2.0}) {
        const QPixmap normal = drawing.pixmap(m_navigation->iconSize(), ratio);
        QPixmap selected = normal;
        QPainter painter(&selected);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(QRectF(QPointF(), selected.deviceIndependentSize()), palette().color(QPalette::HighlightedText));
        painter.end();
        navigationIcon.addPixmap(normal, QIcon::Normal);
        navigationIcon.addPixmap(selected, QIcon::Selected);
    }
    auto *item = new QStandardItem(navigationIcon, title);
    item->setData(name, ViewNameRole);
    item->setEditable(false);
    m_views->appendRow(item);
    m_stack->addWidget(view);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New…"), QKeySequence::New, this, &MainWindow::newWorkspaceDialog)
        ->setStatusTip(tr("Create an empty workspace file"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openWorkspaceDialog)
        ->setStatusTip(tr("Open a workspace file"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Demo"), this, [this] { (void)openDemo(); })
        ->setStatusTip(tr("Create a fresh demo department with a rota around today and open it"));
    file->addSeparator();
    m_workspaceActions << file->addAction(tr("&Print…"), QKeySequence::Print, this, &MainWindow::printDialog);
    m_workspaceActions.last()->setStatusTip(tr("Print the rota or write it as a PDF file"));
    m_workspaceActions << file->addAction(tr("Export &Calendar…"), this, &MainWindow::exportCalendarDialog);
    m_workspaceActions.last()->setStatusTip(tr("Write the shifts of the period shown as an iCalendar file for calendar programs"));
    m_workspaceActions << file->addAction(tr("Export Shifts as C&SV…"), this, &MainWindow::exportCsvDialog);
    m_workspaceActions.last()->setStatusTip(tr("Write the shifts of the period shown as a CSV file"));
    m_exportImage = file->addAction(tr("Export &Image…"), this, &MainWindow::exportImageDialog);
    m_exportImage->setStatusTip(tr("Write the availability heatmap or the statistics chart shown as a PNG image"));
    file->addSeparator();
    m_syncNow = file->addAction(tr("S&ync Now"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), m_syncController, &SyncController::syncNow);
    m_syncNow->setStatusTip(tr("Send this workspace's changes to the rota server and receive the changes made there"));
    m_workspaceActions << file->addAction(tr("&Link to Rota Server…"), this, [this] {
        showView(u"sync"_s);
        (void)m_syncView->openLinkDialog();
    });
    m_workspaceActions.last()->setStatusTip(tr("Choose the rota server and the user this workspace syncs with"));
    const auto updateSyncNow = [this] { m_syncNow->setEnabled(m_syncController->isLinked() && !m_syncController->isSyncing()); };
    connect(m_syncController, &SyncController::stateChanged, this, updateSyncNow);
    updateSyncNow();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addActions(m_rotaView->editActions());

    QMenu *rota = menuBar()->addMenu(tr("&Rota"));
    // The period the rota view shows is the one to plan.
    const auto openGenerator = [this](GenerationSettings::Mode mode) {
        GenerateDialog dialog(mode, m_session, m_rotaView->from(), m_rotaView->to(), this);
        dialog.exec();
    };
    m_workspaceActions << rota->addAction(tr("&Generate Rota…"), this,
                                          [openGenerator] { openGenerator(GenerationSettings::Mode::Generate); });
    m_workspaceActions.last()->setStatusTip(tr("Fill or replace the unpinned shifts of a period automatically, previewed before "
                                               "anything is written"));
    m_workspaceActions << rota->addAction(tr("Re&balance Rota…"), this,
                                          [openGenerator] { openGenerator(GenerationSettings::Mode::Rebalance); });
    m_workspaceActions.last()->setStatusTip(tr("Change as few shifts as possible so that the rota keeps the rules again"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About RotaDesk"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    updateRecentMenu();
}

void MainWindow::setMessageHandler(MessageHandler handler)
{
    m_messageHandler = std::move(handler);
}

void MainWindow::showMessage(const QString &title, const QString &message)
{
    if (m_messageHandler)
        m_messageHandler(title, message);
}

StorageError MainWindow::openWorkspace(const QString &path)
{
    if (Workspace *current = m_session->workspace(); current && absolute(current->path()) == absolute(path)) {
        setLastAction(tr("Already open"));
        return {};
    }
    if (StorageError error = m_session->open(path); !error.ok()) {
        setLastAction(tr("Not opened"));
        showMessage(tr("Cannot Open Workspace"), error.message);
        return error;
    }
    addRecentFile(path);
    setLastAction(tr("Opened"));
    return {};
}

StorageError MainWindow::createWorkspace(const QString &path)
{
    if (Workspace *current = m_session->workspace(); current && absolute(current->path()) == absolute(path)) {
        const StorageError error{StorageError::Kind::Other,
                                 tr("%1 is the workspace open now; choose another name for the new one.")
                                     .arg(QDir::toNativeSeparators(path)),
                                 {}};
        showMessage(tr("Cannot Create Workspace"), error.message);
        return error;
    }
    if (StorageError error = m_session->open(path, Workspace::OpenMode::CreateNew); !error.ok()) {
        setLastAction(tr("Not created"));
        showMessage(tr("Cannot Create Workspace"), error.message);
        return error;
    }
    addRecentFile(path);
    setLastAction(tr("Created"));
    return {};
}

StorageError MainWindow::openDemo()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        folder = QDir::tempPath();
    if (StorageError error = m_session->openDemo(QDir(folder).filePath(u"demo.rota"_s), QDate::currentDate()); !error.ok()) {
        setLastAction(tr("Demo not created"));
        showMessage(tr("Cannot Create the Demo Workspace"), error.message);
        return error;
    }
    setLastAction(tr("Demo created"));
    return {};
}

StorageError MainWindow::openRecent(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QStringList files = recentFiles();
        files.removeAll(path);
        setRecentFiles(files);
        const StorageError error{StorageError::Kind::NotFound,
                                 tr("The workspace %1 no longer exists. It has been removed from the recent files.")
                                     .arg(QDir::toNativeSeparators(path)),
                                 {}};
        showMessage(tr("Workspace Not Found"), error.message);
        return error;
    }
    return openWorkspace(path);
}

void MainWindow::newWorkspaceDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), QDir::homePath(),
                                                tr("RotaDesk workspaces (*.rota)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".rota"_s, Qt::CaseInsensitive))
        path += u".rota"_s;
    // The dialog has asked before replacing a file; a new workspace starts empty.
    if (QFileInfo::exists(path) && !(m_session->workspace() && absolute(m_session->workspace()->path()) == absolute(path))) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
    }
    (void)createWorkspace(path);
}

void MainWindow::openWorkspaceDialog()
{
    const QStringList recent = recentFiles();
    const QString folder = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.constFirst()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), folder,
                                                      tr("RotaDesk workspaces (*.rota);;All files (*)"));
    if (!path.isEmpty())
        (void)openWorkspace(path);
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(recentKey()).toStringList();
}

void MainWindow::clearRecentFiles()
{
    setRecentFiles({});
}

void MainWindow::setRecentFiles(const QStringList &files)
{
    QSettings settings;
    if (files.isEmpty())
        settings.remove(recentKey());
    else
        settings.setValue(recentKey(), files);
    updateRecentMenu();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString file = absolute(path);
    files.removeAll(file);
    files.prepend(file);
    setRecentFiles(files.mid(0, MaxRecentFiles));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // Numbered 1 to 9, then 0, as keyboard accelerators (the list holds at most ten).
        const QString label = u"&%1  %2"_s.arg((i + 1) % 10).arg(QDir::toNativeSeparators(path));
        QAction *action = m_recentMenu->addAction(label, this, [this, path] { (void)openRecent(path); });
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, &MainWindow::clearRecentFiles);
    }
}

void MainWindow::updateStatus()
{
    Workspace *workspace = m_session->workspace();
    if (!workspace) {
        setWindowTitle(tr("RotaDesk"));
        m_workspaceLabel->setText(tr("No workspace open"));
        m_workspaceLabel->setToolTip({});
        m_countsLabel->clear();
        return;
    }
    const QString path = QDir::toNativeSeparators(workspace->path());
    setWindowTitle(tr("%1 – RotaDesk").arg(workspace->name()));
    m_workspaceLabel->setText(tr("%1 — %2").arg(workspace->name(), path));
    m_workspaceLabel->setToolTip(path);
    const QLocale locale;
    const qint64 clinicians = ClinicianRepository(*workspace).count();
    // The shifts of the period the current view shows.
    const bool list = currentViewName() == u"shifts"_s;
    const qint64 shifts = list ? m_shiftView->model()->rowCount() : m_rotaView->shownShiftCount();
    const QDate from = list ? m_shiftView->from() : m_rotaView->from();
    const QDate to = list ? m_shiftView->to() : m_rotaView->to();
    m_countsLabel->setText(tr("Clinicians: %1").arg(locale.toString(clinicians)) + u"    "_s
                           + tr("Shifts: %1 (%2 to %3)")
                                 .arg(locale.toString(shifts), locale.toString(from, QLocale::ShortFormat),
                                      locale.toString(to, QLocale::ShortFormat)));
}

void MainWindow::setLastAction(const QString &text)
{
    m_lastActionLabel->setText(text);
}

void MainWindow::onUndoIndexChanged(int index)
{
    const QUndoStack *stack = m_session->undoStack();
    // Clearing the stack (another workspace opened) also lands here; it names no command.
    if (index > m_undoIndex && index <= stack->count())
        setLastAction(tr("Saved: %1").arg(stack->text(index - 1)));
    else if (index < m_undoIndex && index < stack->count())
        setLastAction(tr("Undone: %1").arg(stack->text(index)));
    m_undoIndex = index;
}

QString MainWindow::statusText() const
{
    return QStringList{m_workspaceLabel->text(), m_lastActionLabel->text(), m_countsLabel->text()}.join(u"  |  "_s);
}

QString MainWindow::currentViewName() const
{
    return m_views->index(m_stack->currentIndex(), 0).data(ViewNameRole).toString();
}

void MainWindow::showView(const QString &name)
{
    const QModelIndexList found = m_views->match(m_views->index(0, 0), ViewNameRole, name, 1, Qt::MatchExactly);
    m_navigation->setCurrentIndex(found.isEmpty() ? m_views->index(0, 0) : found.constFirst());
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(screen()->availableSize() * 4 / 5);
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    showView(settings.value(u"window/view"_s).toString());
    const QDate from = settings.value(u"shifts/from"_s).toDate();
    const QDate to = settings.value(u"shifts/to"_s).toDate();
    if (from.isValid() && to.isValid() && from <= to)
        m_shiftView->setWindow(from, to);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    settings.setValue(u"window/view"_s, currentViewName());
    settings.setValue(u"shifts/from"_s, m_shiftView->from());
    settings.setValue(u"shifts/to"_s, m_shiftView->to());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

QString MainWindow::reportExport(const QString &error, const QString &path)
{
    if (!error.isEmpty()) {
        setLastAction(tr("Not exported"));
        showMessage(tr("Export Failed"), error);
    } else {
        setLastAction(tr("Exported %1").arg(QFileInfo(path).fileName()));
    }
    return error;
}

QString MainWindow::exportCalendar(const QString &path)
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return tr("No workspace is open.");
    return reportExport(PeriodExport::writeCalendar(*workspace, m_rotaView->from(), m_rotaView->to(),
                                                    m_rotaView->filter().clinicianId, path),
                        path);
}

QString MainWindow::exportShiftsCsv(const QString &path)
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return tr("No workspace is open.");
    return reportExport(PeriodExport::writeCsv(*workspace, m_rotaView->from(), m_rotaView->to(), path), path);
}

QString MainWindow::exportPdf(const QString &path)
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return tr("No workspace is open.");
    return reportExport(RotaPrinter::exportPdf(*workspace, currentPrintOptions(), path), path);
}

QString MainWindow::exportImage(const QString &path)
{
    if (!m_session->workspace())
        return tr("No workspace is open.");
    const QString view = currentViewName();
    if (view == u"availability"_s)
        return reportExport(m_heatmapView->exportPng(path), path);
    if (view == u"statistics"_s)
        return reportExport(m_statisticsView->exportChartPng(path), path);
    return reportExport(tr("Only the availability and statistics views can be exported as an image."), path);
}

void MainWindow::exportImageDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Image"), QDir::homePath(), tr("PNG images (*.png)"));
    if (!path.isEmpty())
        (void)exportImage(path);
}

// Image export is there only for the views that have a picture to give.
void MainWindow::updateViewActions()
{
    if (!m_exportImage)
        return;
    const QString view = currentViewName();
    m_exportImage->setEnabled(m_session->workspace() && (view == u"availability"_s || view == u"statistics"_s));
}

PrintOptions MainWindow::currentPrintOptions() const
{
    return currentViewName() == u"availability"_s ? m_heatmapView->printOptions() : m_rotaView->printOptions();
}

void MainWindow::printDialog()
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return;
    PrintSetupDialog dialog(currentPrintOptions(), TeamRepository(*workspace).all(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.action() == PrintSetupDialog::Action::Preview) {
        RotaPrinter::preview(this, *workspace, dialog.options());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), QDir::homePath(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        reportExport(RotaPrinter::exportPdf(*workspace, dialog.options(), path), path);
}

void MainWindow::exportCalendarDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Calendar"), QDir::homePath(),
                                                      tr("iCalendar files (*.ics)"));
    if (!path.isEmpty())
        (void)exportCalendar(path);
}

void MainWindow::exportCsvDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Shifts as CSV"), QDir::homePath(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        (void)exportShiftsCsv(path);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About RotaDesk"),
                       tr("<h3>RotaDesk %1</h3>"
                          "<p>A rota manager for rota coordinators: hospital clinician rotas, on-call and "
                          "volunteer rotas. It plans who works when, works offline on a local workspace file "
                          "and keeps every change in a journal so that it can be undone and synchronised.</p>")
                           .arg(QApplication::applicationVersion()));
}
