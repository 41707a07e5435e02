#pragma once

#include "calendar/rotafilter.h"
#include "calendar/rotaperiod.h"
#include "commands/changeshifts.h"
#include "printing/printoptions.h"
#include "storage/storageerror.h"

#include <QDate>
#include <QWidget>
#include <functional>
#include <memory>

class CalendarLegend;
class CoverageModel;
class MonthModel;
class MonthView;
class QAction;
class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class RotaGridModel;
class RotaGridTable;
class ShiftDialog;
class TimelineModel;
class TimelineView;
class WorkspaceSession;

// The coordinator's workplace: the rota grid, month, week and day views of one period, with
// navigation (today, previous/next, date, period length), filters (team, shift type,
// clinician, name search) and zoom, all remembered between sessions. Edits made here (dialog,
// drag and drop, copy and paste, delete, pin) are undoable commands on the session's stack.
class RotaView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Grid, Month, Week, Day };
    enum class Length { Week, TwoWeeks, FourWeeks, Month }; // of the grid's period
    enum class DropChoice { Swap, Add, Cancel };
    // Asks what to do when shifts are dropped on someone who already works then (a message box
    // unless replaced; tests answer it).
    using DropChoiceHandler = std::function<DropChoice(const QString &question, bool canSwap)>;
    // Runs the shift dialog; true = accepted (exec() unless replaced; tests fill it in).
    using DialogRunner = std::function<bool(ShiftDialog &dialog)>;

    explicit RotaView(WorkspaceSession *session, QWidget *parent = nullptr);
    ~RotaView() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    Length length() const { return m_length; }
    void setLength(Length length);
    QDate anchorDate() const { return m_anchor; }
    void setAnchorDate(QDate date);
    void step(int periods);
    // Shows the grid's period holding `date` with that day (of that clinician, when given) current.
    void focusDay(QDate date, std::optional<qint64> clinicianId = {});
    void goToToday();
    const RotaFilter &filter() const { return m_filter; }
    void setFilter(const RotaFilter &filter);
    qreal zoom() const { return m_zoom; }
    void setZoom(qreal zoom);
    QDate from() const; // the days the current view shows
    QDate to() const;
    QString periodTitle() const;
    qint64 shownShiftCount() const { return m_period->shifts().size(); } // in the window, as filtered
    // Printing what is shown: the view (day and week print as week pages), days and filter.
    PrintOptions printOptions() const;

    RotaGridModel *gridModel() const { return m_gridModel; }
    RotaGridTable *gridTable() const { return m_grid; }
    CoverageModel *coverageModel() const { return m_coverModel; }
    QTableView *coverageTable() const { return m_cover; }
    MonthView *monthView() const { return m_month; }
    TimelineView *timelineView() const { return m_timeline; }
    TimelineModel *timelineModel() const { return m_timelineModel; }
    CalendarLegend *legend() const { return m_legend; }
    QList<QAction *> editActions() const;

    void setDropChoiceHandler(DropChoiceHandler handler) { m_dropChoice = std::move(handler); }
    void setDialogRunner(DialogRunner runner) { m_dialogRunner = std::move(runner); }

    // The edits, as the actions and keys run them. Each reports its own errors.
    void newShift();
    void editCurrent();
    void editShift(qint64 shiftId);
    void deleteSelected();
    void togglePinSelected();
    void copySelected();
    void paste();
    void dropShifts(const QList<qint64> &shiftIds, const QModelIndex &anchor, const QModelIndex &target, bool copy);
    QList<Shift> selectedShifts() const;

    void reload();
    void saveState() const;

signals:
    void statusMessage(const QString &message);
    void periodChanged();

private:
    void buildToolBar(QWidget *bar);
    void restoreState();
    void refreshFilterLists();
    void updateNavigation();
    void syncCoverColumns();
    void openDialog(const Shift &shift);
    bool applyChanges(const QList<ChangeShifts::Change> &changes, const QString &text);
    void reportConflicts(const QList<qint64> &shiftIds, const QString &done);
    void showGridContextMenu(const QPoint &pos);
    QDate loadFrom() const; // the week and day views read the day before too
    QList<Shift> storedShifts(const QList<qint64> &ids) const;
    // The open swap requests of the period, by the shifts they cover, for the grid's marks.
    QHash<qint64, QString> pendingSwaps(Workspace &workspace) const;

    WorkspaceSession *m_session;
    Mode m_mode = Mode::Grid;
    Length m_length = Length::FourWeeks;
    QDate m_anchor;
    RotaFilter m_filter;
    qreal m_zoom = 1.0;
    bool m_restoring = false;
    std::shared_ptr<const RotaPeriod> m_period;

    QButtonGroup *m_modes;
    QComboBox *m_lengthBox;
    QDateEdit *m_date;
    QLabel *m_title;
    QComboBox *m_team;
    QComboBox *m_type;
    QComboBox *m_clinician;
    QLineEdit *m_search;
    QStackedWidget *m_stack;
    RotaGridModel *m_gridModel;
    RotaGridTable *m_grid;
    CoverageModel *m_coverModel;
    QTableView *m_cover;
    MonthModel *m_monthModel;
    MonthView *m_month;
    TimelineModel *m_timelineModel;
    TimelineView *m_timeline;
    CalendarLegend *m_legend;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_deleteAction;
    QAction *m_pinAction;
    QAction *m_copyAction;
    QAction *m_pasteAction;
    DropChoiceHandler m_dropChoice;
    DialogRunner m_dialogRunner;
};
