#include "heatmap/heatmapmodel.h"
#include "ui/heatmap/heatmaptestdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace HeatmapTest;

using State = AvailabilityGrid::State;
using Kind = HeatmapModel::RowKind;
using TeamStatus = AvailabilityGrid::TeamStatus;

// The model over the hand-worked week of heatmaptestdata.h: rows, roles, team aggregation and
// the tooltips a coordinator reads.
class TestHeatmapModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    WorkspaceSession m_session;
    Week m_week;
    HeatmapModel m_model;

    QVariant at(int row, int column, int role) const { return m_model.data(m_model.index(row, column), role); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        openEmpty(m_session, m_dir.filePath(u"model.rota"_s));
        m_week = addWeek(*m_session.workspace());
        m_model.setGrid(std::make_shared<AvailabilityGrid>(
            AvailabilityGrid::load(*m_session.workspace(), monday(), monday().addDays(6))));
        m_model.setPalette(HeatmapPalette::forPrint(m_model.grid().shiftTypes()));
    }

    void peopleRowsHaveTeamHeadings()
    {
        m_model.setMode(HeatmapModel::Mode::People);
        QCOMPARE(m_model.rowCount(), 6);
        QCOMPARE(m_model.columnCount(), 7);
        const QList<Kind> kinds{Kind::Heading, Kind::Person, Kind::Person, Kind::Person, Kind::Heading, Kind::Person};
        QStringList names;
        for (int row = 0; row < m_model.rowCount(); ++row) {
            QCOMPARE(m_model.rowKind(row), kinds.at(row));
            QCOMPARE(m_model.headerData(row, Qt::Vertical, HeatmapModel::RowKindRole).toInt(), int(kinds.at(row)));
            names << m_model.headerData(row, Qt::Vertical).toString();
        }
        QCOMPARE(names, (QStringList{u"Ward A"_s, u"Alice Smith"_s, u"Bob Jones"_s, u"Carol White"_s, u"Ward B"_s, u"Dan Brown"_s}));
        QCOMPARE(m_model.headerData(2, Qt::Horizontal, HeatmapModel::DateRole).toDate(), monday().addDays(2));
        QCOMPARE(m_model.headerData(2, Qt::Horizontal).toString(), u"25"_s);
        QCOMPARE(m_model.clinicianIdOf(2), std::optional<qint64>(m_week.bob.id));
        QCOMPARE(m_model.clinicianIdOf(0), std::nullopt);
        QCOMPARE(m_model.dateOf(6), QDate(2026, 11, 29));
    }

    void peopleCellRoles()
    {
        m_model.setMode(HeatmapModel::Mode::People);
        QCOMPARE(at(1, 0, HeatmapModel::StateRole).toInt(), int(State::OnShift));
        QCOMPARE(at(1, 0, Qt::DisplayRole).toString(), u"D"_s);
        QCOMPARE(at(1, 2, HeatmapModel::StateRole).toInt(), int(State::Available));
        QCOMPARE(at(1, 2, HeatmapModel::PendingLeaveRole).toBool(), true);
        QCOMPARE(at(2, 1, HeatmapModel::StateRole).toInt(), int(State::OnLeave));
        QCOMPARE(at(2, 1, HeatmapModel::DetailRole).toInt(), int(LeaveRequest::Type::Annual));
        QCOMPARE(at(2, 1, Qt::DisplayRole).toString(), u"AL"_s);
        QCOMPARE(at(3, 1, HeatmapModel::StateRole).toInt(), int(State::CannotWork));
        QCOMPARE(at(5, 4, HeatmapModel::ClinicianIdRole).toLongLong(), m_week.dan.id);
        QCOMPARE(at(1, 0, Qt::BackgroundRole).value<QColor>(), QColor(u"#56B4E9"_s));
        // Available and cannot work differ in colour, not only in pattern.
        QVERIFY(at(3, 0, Qt::BackgroundRole).value<QColor>() != at(3, 1, Qt::BackgroundRole).value<QColor>());
    }

    void peopleTooltips()
    {
        m_model.setMode(HeatmapModel::Mode::People);
        const QString shift = at(1, 0, Qt::ToolTipRole).toString();
        QVERIFY2(shift.contains(u"Alice Smith"_s) && shift.contains(u"23 Nov 2026"_s) && shift.contains(u"On shift: Day (D)"_s),
                 qPrintable(shift));
        QVERIFY(!shift.contains(u"not yet approved"_s));
        const QString pending = at(1, 2, Qt::ToolTipRole).toString();
        QVERIFY2(pending.contains(u"Available"_s) && pending.contains(u"Leave requested, not yet approved"_s), qPrintable(pending));
        QVERIFY(at(2, 0, Qt::ToolTipRole).toString().contains(u"On leave: Annual leave"_s));
        QVERIFY(at(3, 2, Qt::ToolTipRole).toString().contains(u"Cannot work"_s));
    }

    void teamsAggregateAgainstWhatTheRotaNeeds()
    {
        m_model.setMode(HeatmapModel::Mode::Teams);
        QCOMPARE(m_model.rowCount(), 2);
        QCOMPARE(m_model.rowKind(0), Kind::Team);
        // Two on weekdays, one at the weekend; Ward B has no rota and one member who may be off.
        QCOMPARE(m_model.headerData(0, Qt::Vertical).toString(), u"Ward A (min. 1–2)"_s);
        QCOMPARE(m_model.headerData(1, Qt::Vertical).toString(), u"Ward B (min. 0)"_s);
        QCOMPARE(m_model.headerData(0, Qt::Vertical, Qt::ToolTipRole).toString(),
                 u"Ward A: 3 shown, 3 active members; needs 1–2 a day"_s);
        QList<int> counts;
        QList<int> status;
        for (int day = 0; day < 7; ++day) {
            counts << at(0, day, HeatmapModel::CountRole).toInt();
            status << at(0, day, HeatmapModel::TeamStatusRole).toInt();
        }
        QCOMPARE(counts, (QList<int>{2, 1, 2, 3, 3, 3, 3}));
        const int below = int(TeamStatus::Below), at_ = int(TeamStatus::At), above = int(TeamStatus::Above);
        QCOMPARE(status, (QList<int>{at_, below, at_, above, above, above, above}));
        QCOMPARE(at(0, 1, Qt::DisplayRole).toString(), u"1"_s);
        QCOMPARE(at(0, 1, HeatmapModel::MinimumRole).toInt(), 2);
        QCOMPARE(at(0, 5, HeatmapModel::MinimumRole).toInt(), 1);
        QCOMPARE(at(1, 0, HeatmapModel::MinimumRole).toInt(), 0);
        // Rows of teams stand for their members when totalling a selection.
        QCOMPARE(m_model.gridRows(0, 0), (std::optional<std::pair<int, int>>{{0, 2}}));
        QCOMPARE(m_model.gridRows(0, 1), (std::optional<std::pair<int, int>>{{0, 3}}));
        m_model.setMode(HeatmapModel::Mode::People);
        QCOMPARE(m_model.gridRows(0, 0), std::nullopt); // a heading alone holds nobody
        QCOMPARE(m_model.gridRows(2, 5), (std::optional<std::pair<int, int>>{{1, 3}}));
    }

    void teamTooltipNamesWhoIsOff()
    {
        m_model.setMode(HeatmapModel::Mode::Teams);
        const QString tip = at(0, 1, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Ward A"_s) && tip.contains(u"Available 1, needed 2 (rota Ward A rota)"_s)
                     && tip.contains(u"Below what the rota needs"_s),
                 qPrintable(tip));
        QVERIFY2(tip.contains(u"Off: Bob Jones (on leave: annual leave), Carol White (cannot work (working terms))"_s), qPrintable(tip));
        QVERIFY(!tip.contains(u"Alice"_s));
        const QString saturday = at(0, 5, Qt::ToolTipRole).toString();
        QVERIFY2(saturday.contains(u"Available 3, needed 1 (rota Ward A rota)"_s) && saturday.contains(u"Above what it needs"_s),
                 qPrintable(saturday));
        QVERIFY(!saturday.contains(u"Off:"_s));
        // Without a rota the leave capacity stands in, and the tooltip says so.
        const QString wardB = at(1, 0, Qt::ToolTipRole).toString();
        QVERIFY2(wardB.contains(u"Available 1, needed 0 (no rota: from the leave capacity)"_s)
                     && wardB.contains(u"1 active member(s), at most 1 off at once"_s) && wardB.contains(u"Above what it needs"_s),
                 qPrintable(wardB));
    }

    void aMinimumTheSameEveryDayShowsOnce()
    {
        HeatmapModel weekdays;
        weekdays.setGrid(std::make_shared<AvailabilityGrid>(AvailabilityGrid::load(*m_session.workspace(), monday(), monday().addDays(4))));
        weekdays.setMode(HeatmapModel::Mode::Teams);
        QCOMPARE(weekdays.headerData(0, Qt::Vertical).toString(), u"Ward A (min. 2)"_s);
    }
};

QTEST_MAIN(TestHeatmapModel)
#include "tst_heatmapmodel.moc"
