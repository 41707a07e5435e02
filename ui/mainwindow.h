#pragma once

#include "storage/storageerror.h"

#include <QMainWindow>
#include <functional>

class AlertView;
class ClinicianView;
class HeatmapView;
class LeaveBookingView;
class OpenShiftView;
class QLabel;
class QListView;
class QMenu;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;
class RotaStatusView;
class RotasView;
class RotaView;
class ShiftView;
class StatisticsView;
class SyncController;
class SwapView;
class SyncStatusWidget;
class SyncView;
class WorkspaceSession;
struct PrintOptions;

// The application window: navigation between the views, the File/Edit/Help menus, the status
// bar, and the window's remembered layout. Workspace and undo stack live in the session.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Shows an error or a notice to the user; a message box unless replaced (tests record them).
    using MessageHandler = std::function<void(const QString &title, const QString &message)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspaceSession *session() const { return m_session; }
    ClinicianView *clinicianView() const { return m_clinicianView; }
    ShiftView *shiftView() const { return m_shiftView; }
    RotaView *rotaView() const { return m_rotaView; }
    RotaStatusView *rotaStatusView() const { return m_rotaStatusView; }
    RotasView *rotasView() const { return m_rotasView; }
    SwapView *swapView() const { return m_swapView; }
    OpenShiftView *openShiftView() const { return m_openShiftView; }
    LeaveBookingView *leaveView() const { return m_leaveView; }
    AlertView *alertView() const { return m_alertView; }
    HeatmapView *heatmapView() const { return m_heatmapView; }
    StatisticsView *statisticsView() const { return m_statisticsView; }
    SyncController *syncController() const { return m_syncController; }
    SyncView *syncView() const { return m_syncView; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }

    // Each of these shows its error and keeps the current workspace open when it fails.
    StorageError openWorkspace(const QString &path);
    StorageError createWorkspace(const QString &path);
    StorageError openDemo();
    // Opens an entry of the recent list; one whose file is gone is taken off the list.
    StorageError openRecent(const QString &path);

    // The period and filter of the rota view, written to a file; each returns the error shown.
    QString exportCalendar(const QString &path);
    QString exportShiftsCsv(const QString &path);
    // The pages of the view shown (the availability heatmap, else the rota) as a PDF file.
    QString exportPdf(const QString &path);
    // The availability heatmap or the statistics chart shown, as a PNG image.
    QString exportImage(const QString &path);

    void setMessageHandler(MessageHandler handler);

    QStringList recentFiles() const;
    void clearRecentFiles();
    QString currentViewName() const;
    void showView(const QString &name);
    QString statusText() const; // workspace, counts and last action, as the status bar shows them

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addView(QWidget *view, const QString &name, const QString &title, const QString &icon);
    void createMenus();
    void restoreWindowState();
    void saveWindowState() const;
    void addRecentFile(const QString &path);
    void setRecentFiles(const QStringList &files);
    void updateRecentMenu();
    void updateStatus();
    void setLastAction(const QString &text);
    void onUndoIndexChanged(int index);
    void showMessage(const QString &title, const QString &message);
    void newWorkspaceDialog();
    void openWorkspaceDialog();
    void about();
    void printDialog();
    void exportCalendarDialog();
    void exportCsvDialog();
    void exportImageDialog();
    void updateViewActions();
    PrintOptions currentPrintOptions() const;
    QString reportExport(const QString &error, const QString &path);

    WorkspaceSession *m_session;
    QStandardItemModel *m_views;
    QListView *m_navigation;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    ClinicianView *m_clinicianView;
    ShiftView *m_shiftView;
    RotaView *m_rotaView;
    RotaStatusView *m_rotaStatusView;
    RotasView *m_rotasView;
    SwapView *m_swapView;
    OpenShiftView *m_openShiftView;
    LeaveBookingView *m_leaveView;
    AlertView *m_alertView;
    HeatmapView *m_heatmapView;
    StatisticsView *m_statisticsView;
    SyncController *m_syncController;
    SyncView *m_syncView;
    SyncStatusWidget *m_syncStatus;
    QAction *m_syncNow = nullptr;
    QAction *m_exportImage = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_workspaceActions; // need an open workspace
    QLabel *m_workspaceLabel;
    QLabel *m_countsLabel;
    QLabel *m_lastActionLabel;
    int m_undoIndex = 0;
    MessageHandler m_messageHandler;
};
