#include "calendar/shifttablemodel.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QColor>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTestData;

class TestShiftTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void windowShowsOnlyItsShifts_data();
    void windowShowsOnlyItsShifts();
    void showsTimesTypeAndPeople();
    void pinToggleIsUndoableAndJournaled();
    void pinKeepsRows();
    void refusedPinIsShown();
    void sortsWithinWindow();

private:
    bool pinnedInStore(qint64 id) const;
    int rowOf(qint64 shiftId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<ShiftTableModel> m_model;
    ShiftType m_day;
    ShiftType m_night;
    ShiftType m_leave;
    Clinician m_anna;
    Clinician m_zoe;
    Shift m_sundayBefore; // 22 Nov, outside the week
    Shift m_mondayNight;  // 23 Nov, overnight
    Shift m_mondayDay;
    Shift m_wednesdayOpen;
    Shift m_fridayLeave; // whole day
    Shift m_sundayDay;   // 29 Nov, last day of the week
    Shift m_mondayAfter; // 30 Nov, outside the week
};

void TestShiftTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestShiftTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<WorkspaceSession>();
    openEmpty(*m_session, m_dir->filePath(u"shifts.rota"_s));
    Workspace &ws = *m_session->workspace();
    m_day = addType(ws, u"D"_s, u"Day"_s, u"#E69F00"_s, QTime(8, 0), QTime(16, 0), 480);
    m_night = addType(ws, u"N"_s, u"Night"_s, u"#0072B2"_s, QTime(20, 0), QTime(8, 0), 720);
    m_leave = addType(ws, u"AL"_s, u"Annual leave"_s, u"#009E73"_s, QTime(), QTime(), 450);
    m_anna = addClinician(ws, u"Anna Kowalski"_s);
    m_zoe = addClinician(ws, u"Zoe Adeyemi"_s);
    const QDate monday = UiTestData::monday();
    m_sundayBefore = addShift(ws, m_anna.id, m_day, monday.addDays(-1));
    m_mondayNight = addShift(ws, m_zoe.id, m_night, monday);
    m_mondayDay = addShift(ws, m_anna.id, m_day, monday);
    m_wednesdayOpen = addShift(ws, {}, m_day, monday.addDays(2));
    m_fridayLeave = addShift(ws, m_anna.id, m_leave, monday.addDays(4));
    m_sundayDay = addShift(ws, m_zoe.id, m_day, monday.addDays(6));
    m_mondayAfter = addShift(ws, m_zoe.id, m_night, monday.addDays(7));
    m_model = std::make_unique<ShiftTableModel>(m_session.get());
    m_model->setWindow(monday, monday.addDays(6));
}

void TestShiftTableModel::cleanup()
{
    m_model.reset();
    m_session.reset();
    m_dir.reset();
}

bool TestShiftTableModel::pinnedInStore(qint64 id) const
{
    return ShiftRepository(*m_session->workspace()).get(id)->is_pinned;
}

int TestShiftTableModel::rowOf(qint64 shiftId) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->shiftAt(row).id == shiftId)
            return row;
    }
    return -1;
}

void TestShiftTableModel::windowShowsOnlyItsShifts_data()
{
    QTest::addColumn<int>("fromOffset");
    QTest::addColumn<int>("toOffset");
    QTest::addColumn<int>("count");

    QTest::newRow("the week") << 0 << 6 << 5;
    QTest::newRow("one day") << 0 << 0 << 2;
    QTest::newRow("weekend and next Monday") << 5 << 7 << 2;
    QTest::newRow("before everything") << -30 << -2 << 0;
    QTest::newRow("all") << -1 << 7 << 7;
}

void TestShiftTableModel::windowShowsOnlyItsShifts()
{
    QFETCH(int, fromOffset);
    QFETCH(int, toOffset);
    QFETCH(int, count);

    const QDate from = monday().addDays(fromOffset);
    const QDate to = monday().addDays(toOffset);
    m_model->setWindow(from, to);
    QCOMPARE(m_model->rowCount(), count);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QDate date = m_model->shiftAt(row).date;
        QVERIFY2(date >= from && date <= to, qPrintable(date.toString(Qt::ISODate)));
    }
}

void TestShiftTableModel::showsTimesTypeAndPeople()
{
    auto text = [this](qint64 id, int column) { return m_model->index(rowOf(id), column).data().toString(); };

    QCOMPARE(text(m_mondayNight.id, ShiftTableModel::ClinicianColumn), u"Zoe Adeyemi"_s);
    QCOMPARE(text(m_mondayNight.id, ShiftTableModel::StartColumn), u"20:00"_s);
    // Overnight: the end is on the next day.
    QCOMPARE(text(m_mondayNight.id, ShiftTableModel::EndColumn), u"08:00 (+1)"_s);
    QCOMPARE(text(m_mondayNight.id, ShiftTableModel::DurationColumn), u"12 h"_s);
    QCOMPARE(text(m_mondayDay.id, ShiftTableModel::EndColumn), u"16:00"_s);
    QCOMPARE(text(m_fridayLeave.id, ShiftTableModel::StartColumn), u"All day"_s);
    QCOMPARE(text(m_fridayLeave.id, ShiftTableModel::EndColumn), QString());
    QCOMPARE(text(m_fridayLeave.id, ShiftTableModel::DurationColumn), u"7 h 30 min"_s);
    QCOMPARE(text(m_wednesdayOpen.id, ShiftTableModel::ClinicianColumn), u"Open shift"_s);
    QCOMPARE(text(m_mondayDay.id, ShiftTableModel::StatusColumn), u"Scheduled"_s);
    QCOMPARE(text(m_mondayDay.id, ShiftTableModel::DateColumn), u"Mon 23/11/2026"_s);

    const QModelIndex type = m_model->index(rowOf(m_mondayNight.id), ShiftTableModel::TypeColumn);
    QCOMPARE(type.data().toString(), u"N"_s);
    QCOMPARE(type.data(ShiftTableModel::TypeNameRole).toString(), u"Night"_s);
    QCOMPARE(type.data(Qt::DecorationRole).value<QColor>(), QColor(0x00, 0x72, 0xB2));
    QCOMPARE(m_model->index(rowOf(m_mondayNight.id), ShiftTableModel::PinnedColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
             Qt::Unchecked);
}

void TestShiftTableModel::pinToggleIsUndoableAndJournaled()
{
    Workspace &ws = *m_session->workspace();
    QUndoStack *stack = m_session->undoStack();
    const QModelIndex pinned = m_model->index(rowOf(m_mondayNight.id), ShiftTableModel::PinnedColumn);
    QVERIFY(m_model->flags(pinned) & Qt::ItemIsUserCheckable);

    QVERIFY(m_model->setData(pinned, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(pinnedInStore(m_mondayNight.id));
    QCOMPARE(m_model->index(rowOf(m_mondayNight.id), ShiftTableModel::PinnedColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
             Qt::Checked);
    QCOMPARE(lastJournalEntry(ws).operation, u"pin"_s);
    QCOMPARE(lastJournalEntry(ws).local_id, m_mondayNight.id);
    QCOMPARE(stack->count(), 1);
    QVERIFY(stack->undoText().contains(u"N"_s));

    stack->undo();
    QVERIFY(!pinnedInStore(m_mondayNight.id));
    QCOMPARE(lastJournalEntry(ws).operation, u"unpin"_s);
    QCOMPARE(m_model->index(rowOf(m_mondayNight.id), ShiftTableModel::PinnedColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
             Qt::Unchecked);

    stack->redo();
    QVERIFY(pinnedInStore(m_mondayNight.id));
    QCOMPARE(lastJournalEntry(ws).operation, u"pin"_s);
}

void TestShiftTableModel::pinKeepsRows()
{
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_model->setData(m_model->index(0, ShiftTableModel::PinnedColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(resets.size(), 0);
    QCOMPARE(m_model->rowCount(), 5);
}

void TestShiftTableModel::refusedPinIsShown()
{
    QSignalSpy errors(m_session.get(), &WorkspaceSession::errorOccurred);
    const int row = rowOf(m_mondayDay.id);
    // The shift was deleted elsewhere after the window was loaded.
    QVERIFY(ShiftRepository(*m_session->workspace()).remove(m_mondayDay.id).ok());
    QVERIFY(!m_model->setData(m_model->index(row, ShiftTableModel::PinnedColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestShiftTableModel::sortsWithinWindow()
{
    m_model->sort(ShiftTableModel::ClinicianColumn, Qt::DescendingOrder);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->index(0, ShiftTableModel::ClinicianColumn).data().toString(), u"Zoe Adeyemi"_s);
    QCOMPARE(m_model->index(4, ShiftTableModel::ClinicianColumn).data().toString(), u"Open shift"_s);

    m_model->sort(ShiftTableModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(m_model->shiftAt(0).id, m_sundayDay.id);
    QCOMPARE(m_model->shiftAt(4).date, monday());

    // The order survives a reload after an edit.
    QVERIFY(m_model->setData(m_model->index(0, ShiftTableModel::PinnedColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(m_model->shiftAt(0).id, m_sundayDay.id);
    QVERIFY(m_model->shiftAt(0).is_pinned);
}

QTEST_MAIN(TestShiftTableModel)
#include "tst_shifttablemodel.moc"
