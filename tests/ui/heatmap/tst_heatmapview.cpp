#include "heatmap/heatmapgrid.h"
#include "heatmap/heatmaplegend.h"
#include "heatmap/heatmapview.h"
#include "ui/heatmap/heatmaptestdata.h"

#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace HeatmapTest;

// The heatmap widget on the offscreen platform: the status line totals the selection, a
// double-click asks for that day (and person) in the rota, edits refresh it, and the PNG export
// holds every row and day with the legend.
class TestHeatmapView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    WorkspaceSession m_session;
    Week m_week;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        useSettingsIn(m_dir.path());
        openEmpty(m_session, m_dir.filePath(u"view.rota"_s));
        m_week = addWeek(*m_session.workspace());
    }

    void selectionTotalsInTheStatusLine()
    {
        HeatmapView view(&m_session);
        view.setPeriod(monday(), monday().addDays(6));
        QCOMPARE(view.model()->rowCount(), 6);
        // Monday and Tuesday of Alice, Bob and Carol (rows 1 to 3 under the Ward A heading).
        view.grid()->setSelection(QRect(QPoint(0, 1), QPoint(1, 3)));
        QCOMPARE(view.statusText(),
                 u"Selected 2 day(s) × 3 people: 1 available, 2 on shift, 2 on leave, 1 cannot work, 0 part-time days off, "
                 "0 without a working term; 0 with leave requested."_s);
        // A heading in the selection adds nobody.
        view.grid()->setSelection(QRect(QPoint(2, 0), QPoint(2, 1)));
        QVERIFY2(view.statusText().startsWith(u"Selected 1 day(s) × 1 people: 1 available, 0 on shift"_s), qPrintable(view.statusText()));
        QVERIFY(view.statusText().endsWith(u"; 1 with leave requested."_s));

        view.setMode(HeatmapModel::Mode::Teams);
        view.grid()->setSelection(QRect(QPoint(0, 0), QPoint(2, 0)));
        QVERIFY2(view.statusText().startsWith(u"Selected 3 day(s) × 1 team(s) (3 people): "_s), qPrintable(view.statusText()));
        QVERIFY2(view.statusText().endsWith(u"below what the rota needs on 1 team-day(s)."_s), qPrintable(view.statusText()));
        QVERIFY(view.legend()->entries().contains(u"Below what the rota needs"_s));
        QVERIFY(view.legend()->entries().contains(u"At what it needs"_s));
        QVERIFY(view.legend()->entries().contains(u"Above what it needs"_s));
    }

    void mouseSelectionAndDoubleClick()
    {
        HeatmapView view(&m_session);
        view.resize(900, 500);
        view.setPeriod(monday(), monday().addDays(6));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        HeatmapGrid *grid = view.grid();
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->cellRect(2, 0).center());
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, Qt::ShiftModifier, grid->cellRect(3, 3).center());
        QCOMPARE(grid->selection(), QRect(QPoint(0, 2), QPoint(3, 3)));
        QVERIFY(view.statusText().startsWith(u"Selected 4 day(s) × 2 people"_s));

        QSignalSpy spy(&view, &HeatmapView::dayActivated);
        QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, grid->cellRect(2, 4).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toDate(), QDate(2026, 11, 27));
        QCOMPARE(spy.at(0).at(1).value<std::optional<qint64>>(), std::optional<qint64>(m_week.bob.id));

        view.setMode(HeatmapModel::Mode::Teams);
        QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, grid->cellRect(1, 0).center());
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toDate(), monday());
        QCOMPARE(spy.at(1).at(1).value<std::optional<qint64>>(), std::nullopt);
    }

    void refreshesWhenTheWorkspaceChanges()
    {
        HeatmapView view(&m_session);
        view.setPeriod(monday(), monday().addDays(6));
        QCOMPARE(view.model()->data(view.model()->index(5, 0), HeatmapModel::StateRole).toInt(), int(AvailabilityGrid::State::Available));
        const Shift shift = addShift(*m_session.workspace(), m_week.dan.id, m_week.day, monday());
        m_session.notifyDataChanged();
        QCOMPARE(view.model()->data(view.model()->index(5, 0), HeatmapModel::StateRole).toInt(), int(AvailabilityGrid::State::OnShift));
        check(ShiftRepository(*m_session.workspace()).remove(shift.id));
        m_session.notifyDataChanged();
    }

    void printOptionsFollowTheView()
    {
        HeatmapView view(&m_session);
        view.setPeriod(monday(), monday().addDays(27));
        view.setTeamFilter(m_week.wardB.id);
        const PrintOptions options = view.printOptions();
        QCOMPARE(options.view, PrintOptions::View::Heatmap);
        QCOMPARE(options.from, monday());
        QCOMPARE(options.to, monday().addDays(27));
        QCOMPARE(options.filter.teamId, std::optional<qint64>(m_week.wardB.id));
        QCOMPARE(view.model()->rowCount(), 2); // Ward B and Dan
    }

    void exportsAPngOfEveryRowAndDay()
    {
        HeatmapView view(&m_session);
        view.resize(400, 300); // smaller than the heatmap: the export is not a screenshot
        // A year from Tuesday 24 November: Alice's Tuesday shift is the first day.
        view.setPeriod(monday().addDays(1), monday().addDays(365));
        QCOMPARE(view.model()->columnCount(), 365);
        const QString file = m_dir.filePath(u"heatmap.png"_s);
        QCOMPARE(view.exportPng(file), QString());
        const QImage image(file);
        QVERIFY(!image.isNull());
        const QSize content = view.grid()->contentSize();
        QCOMPARE(content, QSize(view.grid()->cellRect(0, 0).left() + 365 * view.grid()->cellSize().width(),
                                view.grid()->cellRect(0, 0).top() + 6 * view.grid()->cellSize().height()));
        QCOMPARE(image.width(), content.width());
        QCOMPARE(image.height(), content.height() + view.legend()->heightForWidth(content.width() - 16) + 16);
        QCOMPARE(QColor(image.pixel(view.grid()->cellRect(1, 0).center())), QColor(u"#56B4E9"_s));
    }
};

QTEST_MAIN(TestHeatmapView)
#include "tst_heatmapview.moc"
