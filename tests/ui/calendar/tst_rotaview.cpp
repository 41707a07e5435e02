#include "calendar/coveragemodel.h"
#include "calendar/rotagridmodel.h"
#include "calendar/rotagridtable.h"
#include "calendar/rotaview.h"
#include "calendar/shiftdialog.h"
#include "scheduling/swapservice.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTestData;

// The rota grid as a coordinator uses it: dialog, drag and drop, keys, copy and paste, undo.
// Monday 23 November 2026 is today; the grid shows that week.
class TestRotaView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void gridShowsTheWeekGroupedByTeam();
    void createShiftThroughTheDialog();
    void enterEditsAndArrowsMove();
    void dragMovesToAnotherDayAndClinician();
    void ctrlDragCopies();
    void dropOnSomeoneWorkingOffersSwapOrAdd();
    void pinnedShiftCannotBeDragged();
    void deleteKeyRemovesTheSelectedShifts();
    void copyAndPaste();
    void coverFooterCountsAgainstTheMinimum();
    void coverColumnsStayUnderTheirDays();
    void navigationAndRememberedChoices();
    void focusDayShowsThatDayOfThatClinician();
    void anOpenSwapIsMarkedInItsCell();

private:
    QModelIndex cell(const Clinician &clinician, QDate date) const;
    void drop(const QModelIndex &from, const QModelIndex &to, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QList<Shift> shiftsOf(const Clinician &clinician, QDate date) const;

    QTemporaryDir *m_dir = nullptr;
    WorkspaceSession *m_session = nullptr;
    RotaView *m_view = nullptr;
    QStringList m_errors;
    Team m_ward;
    Clinician m_zoe;
    Clinician m_yan;
    Clinician m_xia; // another team
    ShiftType m_day;
    ShiftType m_night;
    Shift m_zoeMonday;
};

void TestRotaView::init()
{
    m_dir = new QTemporaryDir;
    useSettingsIn(m_dir->path());
    m_session = new WorkspaceSession;
    openEmpty(*m_session, m_dir->filePath(u"r.rota"_s));
    Workspace &ws = *m_session->workspace();
    m_ward = addTeam(ws, u"Ward 7"_s);
    const Team theatres = addTeam(ws, u"Theatres"_s);
    m_zoe = addClinician(ws, u"Zoe Adeyemi"_s, m_ward.id);
    m_yan = addClinician(ws, u"Yan Bell"_s, m_ward.id);
    m_xia = addClinician(ws, u"Xia Chen"_s, theatres.id);
    ShiftType day;
    day.code = u"D"_s;
    day.name = u"Day"_s;
    day.colour = u"#E69F00"_s;
    day.start_time = QTime(8, 0);
    day.end_time = QTime(16, 0);
    day.duration_minutes = 480;
    day.minimum_weekday = 2;
    check(ShiftTypeRepository(ws).create(day));
    m_day = day;
    m_night = addType(ws, u"N"_s, u"Night"_s, u"#0072B2"_s, QTime(20, 0), QTime(8, 0), 720);
    m_zoeMonday = addShift(ws, m_zoe.id, m_day, monday());

    m_errors.clear();
    QObject::connect(m_session, &WorkspaceSession::errorOccurred, m_session, [this](const QString &m) { m_errors << m; });
    m_view = new RotaView(m_session);
    m_view->resize(1200, 700);
    m_view->setMode(RotaView::Mode::Grid);
    m_view->setLength(RotaView::Length::Week);
    m_view->setAnchorDate(monday());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestRotaView::cleanup()
{
    delete m_view;
    delete m_session;
    delete m_dir;
}

QModelIndex TestRotaView::cell(const Clinician &clinician, QDate date) const
{
    return m_view->gridModel()->indexOf(clinician.id, date);
}

QList<Shift> TestRotaView::shiftsOf(const Clinician &clinician, QDate date) const
{
    return ShiftRepository(*m_session->workspace()).inWindow(date, date, clinician.id);
}

// What a drag from one cell to another delivers to the grid: the dragged cells' data, then
// enter, move and drop events at the target cell's centre.
void TestRotaView::drop(const QModelIndex &from, const QModelIndex &to, Qt::KeyboardModifiers modifiers)
{
    RotaGridTable *grid = m_view->gridTable();
    grid->setCurrentIndex(from);
    QMimeData *mime = m_view->gridModel()->mimeData(grid->selectionModel()->selectedIndexes());
    QVERIFY(mime);
    const QPoint target = grid->visualRect(to).center();
    const Qt::DropActions actions = Qt::MoveAction | Qt::CopyAction;
    QDragEnterEvent enter(target, actions, mime, Qt::LeftButton, modifiers);
    QApplication::sendEvent(grid->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(target, actions, mime, Qt::LeftButton, modifiers);
    QApplication::sendEvent(grid->viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent dropEvent(QPointF(target), actions, mime, Qt::LeftButton, modifiers);
    QApplication::sendEvent(grid->viewport(), &dropEvent);
    delete mime;
}

void TestRotaView::gridShowsTheWeekGroupedByTeam()
{
    const RotaGridModel *model = m_view->gridModel();
    QCOMPARE(model->columnCount(), 7);
    QCOMPARE(model->dateAt(0), monday());
    // Open shifts, then each team's heading and its clinicians (teams by name).
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row)
        rows << model->headerData(row, Qt::Vertical).toString();
    QCOMPARE(rows, (QStringList{u"Open shifts"_s, u"Theatres"_s, u"Xia Chen"_s, u"Ward 7"_s, u"Yan Bell"_s, u"Zoe Adeyemi"_s}));
    QCOMPARE(model->data(cell(m_zoe, monday())).toString(), u"D"_s);
    QVERIFY(model->data(cell(m_zoe, monday()), Qt::ToolTipRole).toString().contains(u"08:00"_s));
    QCOMPARE(model->today(), monday());
    QVERIFY(!(model->flags(model->index(1, 0)) & Qt::ItemIsSelectable)); // a team heading
    QCOMPARE(m_view->periodTitle(), u"23 Nov – 29 Nov 2026"_s);
}

void TestRotaView::createShiftThroughTheDialog()
{
    m_view->gridTable()->setCurrentIndex(cell(m_yan, monday().addDays(1)));
    bool ran = false;
    m_view->setDialogRunner([&](ShiftDialog &dialog) {
        ran = true;
        auto *clinician = dialog.findChild<QComboBox *>(u"clinician"_s);
        auto *type = dialog.findChild<QComboBox *>(u"shift_type"_s);
        auto *date = dialog.findChild<QDateEdit *>(u"date"_s);
        // Filled in from the cell.
        [&] {
            QCOMPARE(clinician->currentText(), u"Yan Bell"_s);
            QCOMPARE(date->date(), monday().addDays(1));
        }();
        type->setCurrentIndex(type->findData(m_night.id));
        [&] {
            QCOMPARE(dialog.findChild<QTimeEdit *>(u"start"_s)->time(), QTime(20, 0));
            QVERIFY(dialog.isValid());
        }();
        return true;
    });
    m_view->newShift();
    QVERIFY(ran);
    const QList<Shift> created = shiftsOf(m_yan, monday().addDays(1));
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.first().shift_type_id, m_night.id);
    QCOMPARE(created.first().localEnd(), QDateTime(monday().addDays(2), QTime(8, 0), QTimeZone(zone())));
    QCOMPARE(m_view->gridModel()->data(cell(m_yan, monday().addDays(1))).toString(), u"N"_s);

    m_session->undoStack()->undo();
    QVERIFY(shiftsOf(m_yan, monday().addDays(1)).isEmpty());
    QVERIFY(m_view->gridModel()->data(cell(m_yan, monday().addDays(1))).toString().isEmpty());
    m_session->undoStack()->redo();
    QCOMPARE(shiftsOf(m_yan, monday().addDays(1)).size(), 1);

    // Cancelled: nothing written, nothing to undo beyond the creation.
    m_view->setDialogRunner([](ShiftDialog &) { return false; });
    m_view->newShift();
    QCOMPARE(m_session->undoStack()->count(), 1);
}

void TestRotaView::enterEditsAndArrowsMove()
{
    RotaGridTable *grid = m_view->gridTable();
    grid->setFocus();
    grid->setCurrentIndex(cell(m_zoe, monday()));
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(grid->currentIndex(), cell(m_zoe, monday().addDays(1)));
    QTest::keyClick(grid, Qt::Key_Left);
    QCOMPARE(grid->currentIndex(), cell(m_zoe, monday()));

    qint64 editedId = 0;
    m_view->setDialogRunner([&](ShiftDialog &dialog) {
        editedId = dialog.shift().id;
        dialog.findChild<QTimeEdit *>(u"end"_s)->setTime(QTime(18, 0));
        return true;
    });
    QTest::keyClick(grid, Qt::Key_Return);
    QCOMPARE(editedId, m_zoeMonday.id);
    QCOMPARE(ShiftRepository(*m_session->workspace()).get(m_zoeMonday.id)->localEnd().time(), QTime(18, 0));
    QCOMPARE(m_session->undoStack()->undoText(), u"Edit shift"_s);
    m_session->undoStack()->undo();
    QCOMPARE(ShiftRepository(*m_session->workspace()).get(m_zoeMonday.id)->localEnd().time(), QTime(16, 0));
}

void TestRotaView::dragMovesToAnotherDayAndClinician()
{
    drop(cell(m_zoe, monday()), cell(m_yan, monday().addDays(2)));
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u'\n')));
    const Shift moved = *ShiftRepository(*m_session->workspace()).get(m_zoeMonday.id);
    QCOMPARE(moved.clinician_id, std::optional<qint64>(m_yan.id));
    QCOMPARE(moved.date, monday().addDays(2));
    QCOMPARE(moved.localStart().time(), QTime(8, 0));
    QCOMPARE(m_view->gridModel()->data(cell(m_yan, monday().addDays(2))).toString(), u"D"_s);
    QVERIFY(m_view->gridModel()->data(cell(m_zoe, monday())).toString().isEmpty());
    m_session->undoStack()->undo();
    QCOMPARE(ShiftRepository(*m_session->workspace()).get(m_zoeMonday.id)->clinician_id, std::optional<qint64>(m_zoe.id));
    QCOMPARE(m_view->gridModel()->data(cell(m_zoe, monday())).toString(), u"D"_s);
    m_session->undoStack()->redo();
    QCOMPARE(ShiftRepository(*m_session->workspace()).get(m_zoeMonday.id)->date, monday().addDays(2));

    // Onto the open shifts row: unassigned.
    drop(cell(m_yan, monday().addDays(2)), m_view->gridModel()->indexOf(std::nullopt, monday().addDays(2)));
    QVERIFY(!ShiftRepository(*m_session->workspace()).get(m_zoeMonday.id)->clinician_id);
}

void TestRotaView::ctrlDragCopies()
{
    drop(cell(m_zoe, monday()), cell(m_zoe, monday().addDays(1)), Qt::ControlModifier);
    QCOMPARE(shiftsOf(m_zoe, monday()).size(), 1);
    const QList<Shift> copies = shiftsOf(m_zoe, monday().addDays(1));
    QCOMPARE(copies.size(), 1);
    QVERIFY(copies.first().id != m_zoeMonday.id);
    QCOMPARE(copies.first().shift_type_id, m_day.id);
    QCOMPARE(m_session->undoStack()->undoText(), u"Copy 1 shift(s)"_s);
    m_session->undoStack()->undo();
    QVERIFY(shiftsOf(m_zoe, monday().addDays(1)).isEmpty());
}

void TestRotaView::dropOnSomeoneWorkingOffersSwapOrAdd()
{
    const Shift yanNight = addShift(*m_session->workspace(), m_yan.id, m_night, monday().addDays(1));
    m_view->reload();
    QString asked;
    m_view->setDropChoiceHandler([&](const QString &question, bool canSwap) {
        asked = question;
        return canSwap ? RotaView::DropChoice::Swap : RotaView::DropChoice::Cancel;
    });
    drop(cell(m_zoe, monday()), cell(m_yan, monday().addDays(1)));
    QVERIFY(asked.contains(u"Yan Bell"_s));
    ShiftRepository shifts(*m_session->workspace());
    QCOMPARE(shifts.get(m_zoeMonday.id)->clinician_id, std::optional<qint64>(m_yan.id));
    QCOMPARE(shifts.get(m_zoeMonday.id)->date, monday().addDays(1));
    QCOMPARE(shifts.get(yanNight.id)->clinician_id, std::optional<qint64>(m_zoe.id));
    QCOMPARE(shifts.get(yanNight.id)->date, monday());
    QCOMPARE(shifts.get(yanNight.id)->localStart().time(), QTime(20, 0));
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(shifts.get(yanNight.id)->clinician_id, std::optional<qint64>(m_yan.id));
    QCOMPARE(shifts.get(m_zoeMonday.id)->clinician_id, std::optional<qint64>(m_zoe.id));

    m_view->setDropChoiceHandler([](const QString &, bool) { return RotaView::DropChoice::Add; });
    drop(cell(m_zoe, monday()), cell(m_yan, monday().addDays(1)));
    QCOMPARE(shiftsOf(m_yan, monday().addDays(1)).size(), 2);

    m_session->undoStack()->undo();
    m_view->setDropChoiceHandler([](const QString &, bool) { return RotaView::DropChoice::Cancel; });
    const int steps = m_session->undoStack()->index();
    drop(cell(m_zoe, monday()), cell(m_yan, monday().addDays(1)));
    QCOMPARE(shiftsOf(m_yan, monday().addDays(1)).size(), 1);
    QCOMPARE(m_session->undoStack()->index(), steps);
}

void TestRotaView::pinnedShiftCannotBeDragged()
{
    m_view->gridTable()->setCurrentIndex(cell(m_zoe, monday()));
    m_view->togglePinSelected();
    QVERIFY(ShiftRepository(*m_session->workspace()).get(m_zoeMonday.id)->is_pinned);
    QCOMPARE(lastJournalEntry(*m_session->workspace()).operation, u"pin"_s);
    const int steps = m_session->undoStack()->count();

    drop(cell(m_zoe, monday()), cell(m_zoe, monday().addDays(3)));
    QCOMPARE(m_errors.size(), 1);
    QVERIFY(m_errors.first().contains(u"pinned"_s));
    const Shift unchanged = *ShiftRepository(*m_session->workspace()).get(m_zoeMonday.id);
    QCOMPARE(unchanged.date, monday());
    QCOMPARE(m_session->undoStack()->count(), steps);

    // A copy of a pinned shift is allowed, and is not pinned itself.
    drop(cell(m_zoe, monday()), cell(m_zoe, monday().addDays(3)), Qt::ControlModifier);
    const QList<Shift> copies = shiftsOf(m_zoe, monday().addDays(3));
    QCOMPARE(copies.size(), 1);
    QVERIFY(!copies.first().is_pinned);

    // Unpinned, it moves.
    m_view->gridTable()->setCurrentIndex(cell(m_zoe, monday()));
    m_view->togglePinSelected();
    drop(cell(m_zoe, monday()), cell(m_zoe, monday().addDays(4)));
    QCOMPARE(ShiftRepository(*m_session->workspace()).get(m_zoeMonday.id)->date, monday().addDays(4));
}

void TestRotaView::deleteKeyRemovesTheSelectedShifts()
{
    const Shift yanMonday = addShift(*m_session->workspace(), m_yan.id, m_day, monday());
    m_view->reload();
    RotaGridTable *grid = m_view->gridTable();
    grid->setFocus();
    grid->setCurrentIndex(cell(m_zoe, monday()));
    grid->selectionModel()->select(cell(m_yan, monday()), QItemSelectionModel::Select);
    QTest::keyClick(grid, Qt::Key_Delete);
    QVERIFY(shiftsOf(m_zoe, monday()).isEmpty());
    QVERIFY(shiftsOf(m_yan, monday()).isEmpty());
    QCOMPARE(m_session->undoStack()->undoText(), u"Delete 2 shift(s)"_s);
    m_session->undoStack()->undo();
    QCOMPARE(shiftsOf(m_zoe, monday()).first().id, m_zoeMonday.id);
    QCOMPARE(shiftsOf(m_yan, monday()).first().id, yanMonday.id);
}

void TestRotaView::copyAndPaste()
{
    RotaGridTable *grid = m_view->gridTable();
    grid->setCurrentIndex(cell(m_zoe, monday()));
    m_view->copySelected();
    QVERIFY(QApplication::clipboard()->mimeData()->hasFormat(RotaGridModel::mimeType()));
    grid->setCurrentIndex(cell(m_xia, monday().addDays(4)));
    m_view->paste();
    const QList<Shift> pasted = shiftsOf(m_xia, monday().addDays(4));
    QCOMPARE(pasted.size(), 1);
    QCOMPARE(pasted.first().localStart().time(), QTime(8, 0));
    QCOMPARE(shiftsOf(m_zoe, monday()).size(), 1); // the original stays
}

void TestRotaView::coverFooterCountsAgainstTheMinimum()
{
    const CoverageModel *cover = m_view->coverageModel();
    QCOMPARE(cover->rowCount(), 1); // the day type has a minimum; nights have none and none worked
    QCOMPARE(cover->data(cover->index(0, 0)).toString(), u"1/2!"_s);
    QVERIFY(cover->isShort(0, 0));
    addShift(*m_session->workspace(), m_yan.id, m_day, monday());
    m_session->notifyDataChanged();
    QCOMPARE(cover->data(cover->index(0, 0)).toString(), u"2/2"_s);
    QVERIFY(!cover->isShort(0, 0));
}

void TestRotaView::coverColumnsStayUnderTheirDays()
{
    for (int i = 0; i < 12; ++i)
        addClinician(*m_session->workspace(), u"Locum %1"_s.arg(i), m_ward.id);
    m_view->setLength(RotaView::Length::Month);
    m_view->resize(700, 500);
    m_session->notifyDataChanged();
    QTableView *cover = m_view->coverageTable();
    RotaGridTable *grid = m_view->gridTable();
    auto aligned = [&] {
        for (int column = 0; column < m_view->gridModel()->columnCount(); ++column) {
            if (cover->columnViewportPosition(column) != grid->columnViewportPosition(column))
                return false;
        }
        return cover->mapToGlobal(QPoint(cover->viewport()->x(), 0)).x() == grid->mapToGlobal(QPoint(grid->viewport()->x(), 0)).x();
    };
    QVERIFY(grid->verticalScrollBar()->maximum() > 0); // more rows than fit
    QVERIFY(aligned());
    grid->horizontalScrollBar()->setValue(grid->horizontalScrollBar()->maximum());
    QVERIFY(grid->horizontalScrollBar()->value() > 0);
    QVERIFY(aligned());
    m_view->setMode(RotaView::Mode::Week);
    m_view->setMode(RotaView::Mode::Grid);
    QVERIFY(aligned());
    m_view->step(1);
    QVERIFY(aligned());
}

void TestRotaView::navigationAndRememberedChoices()
{
    m_view->step(1);
    QCOMPARE(m_view->from(), monday().addDays(7));
    m_view->goToToday();
    QCOMPARE(m_view->from(), monday());
    m_view->setLength(RotaView::Length::Month);
    QCOMPARE(m_view->from(), QDate(2026, 11, 1));
    QCOMPARE(m_view->to(), QDate(2026, 11, 30));
    m_view->step(1);
    QCOMPARE(m_view->from(), QDate(2026, 12, 1));

    RotaFilter filter;
    filter.teamId = m_ward.id;
    m_view->setFilter(filter);
    QCOMPARE(m_view->gridModel()->rowCount(), 3); // heading, Yan, Zoe
    m_view->setZoom(1.5);
    m_view->setMode(RotaView::Mode::Week);

    RotaView again(m_session);
    QCOMPARE(again.mode(), RotaView::Mode::Week);
    QCOMPARE(again.length(), RotaView::Length::Month);
    QCOMPARE(again.filter().teamId, std::optional<qint64>(m_ward.id));
    QCOMPARE(again.zoom(), 1.5);
    QCOMPARE(again.anchorDate(), monday()); // a new window opens on today

    // The window starts before its workspace is open: the remembered filter waits for it.
    const QString path = m_session->workspace()->path();
    WorkspaceSession later;
    RotaView beforeOpening(&later);
    check(later.open(path));
    QCOMPARE(beforeOpening.filter().teamId, std::optional<qint64>(m_ward.id));
    beforeOpening.setMode(RotaView::Mode::Grid);
    QCOMPARE(beforeOpening.gridModel()->rowCount(), 3);

    // A workspace without that team shows everyone.
    WorkspaceSession other;
    RotaView elsewhere(&other);
    openEmpty(other, m_dir->filePath(u"other.rota"_s));
    QVERIFY(!elsewhere.filter().teamId);
}

void TestRotaView::focusDayShowsThatDayOfThatClinician()
{
    m_view->setMode(RotaView::Mode::Month);
    const QDate later = monday().addDays(45);
    m_view->focusDay(later, m_yan.id);
    QCOMPARE(m_view->mode(), RotaView::Mode::Grid);
    QVERIFY(m_view->from() <= later && later <= m_view->to());
    QCOMPARE(m_view->gridTable()->currentIndex(), cell(m_yan, later));
    m_view->focusDay(monday());
    QCOMPARE(m_view->gridModel()->dateAt(m_view->gridTable()->currentIndex().column()), monday());
}

// Zoe asks for her Monday to be taken: the cell shows the mark and the tooltip the request; once
// Yan takes it, the shift is his and no cell is marked.
void TestRotaView::anOpenSwapIsMarkedInItsCell()
{
    SwapRequest swap;
    swap.beneficiary_id = m_zoe.id;
    swap.shift_id = m_zoeMonday.id;
    swap.description = u"Dentist"_s;
    QVERIFY(SwapService(*m_session->workspace()).create(swap).ok());
    m_session->notifyDataChanged();
    const QModelIndex zoe = cell(m_zoe, m_zoeMonday.date);
    QVERIFY(m_view->gridModel()->cellAt(zoe.row(), zoe.column()).pendingSwap);
    QVERIFY(m_view->gridModel()->data(zoe, Qt::ToolTipRole).toString().contains(u"Swap requested: Dentist"_s));
    const QModelIndex other = cell(m_zoe, m_zoeMonday.date.addDays(1));
    QVERIFY(!m_view->gridModel()->cellAt(other.row(), other.column()).pendingSwap);
    QVERIFY(SwapService(*m_session->workspace()).take(swap.id, m_yan.id).ok());
    m_session->notifyDataChanged();
    const QModelIndex yan = cell(m_yan, m_zoeMonday.date);
    QVERIFY(!m_view->gridModel()->cellAt(yan.row(), yan.column()).pendingSwap);
    QCOMPARE(shiftsOf(m_yan, m_zoeMonday.date).size(), 1);
}

QTEST_MAIN(TestRotaView)
#include "tst_rotaview.moc"
