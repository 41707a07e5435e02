#include "calendar/monthdelegate.h"
#include "calendar/monthmodel.h"
#include "calendar/monthview.h"
#include "storage/leaverequestrepository.h"
#include "storage/transaction.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace UiTestData;

class TestMonthView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void paintsChipsInTheTypeColour();
    void doubleClickOnALineActivatesItsShift();
    void doubleClickElsewhereActivatesTheDay();
    void manyShiftsEndInPlusMore();
    void currentDateSurvivesAnotherMonth();
    void zoomScalesTheFont();

private:
    void load(QDate month);
    QStyleOptionViewItem optionFor(const QModelIndex &index) const;
    QImage render() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    CalendarPeople m_people;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<MonthModel> m_model;
    std::unique_ptr<MonthView> m_view;
};

void TestMonthView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<WorkspaceSession>();
    openEmpty(*m_session, m_dir->filePath(u"month.rota"_s));
    Workspace &ws = *m_session->workspace();
    m_people = addCalendarPeople(ws);
    m_model = std::make_unique<MonthModel>();
    m_view = std::make_unique<MonthView>();
    m_view->setModel(m_model.get());
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestMonthView::cleanup()
{
    m_view.reset();
    m_model.reset();
    m_session.reset();
    m_dir.reset();
}

void TestMonthView::load(QDate month)
{
    const QDate first(month.year(), month.month(), 1);
    const QDate last(month.year(), month.month(), month.daysInMonth());
    StorageError error;
    auto period = std::make_shared<const RotaPeriod>(RotaPeriod::load(
        *m_session->workspace(), first.addDays(1 - first.dayOfWeek()), last.addDays(7 - last.dayOfWeek()), {}, &error));
    check(error);
    m_model->setPeriod(period, month);
}

QStyleOptionViewItem TestMonthView::optionFor(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    option.initFrom(m_view->viewport());
    option.font = m_view->font();
    option.rect = m_view->visualRect(index);
    return option;
}

QImage TestMonthView::render() const
{
    QImage image(m_view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    m_view->viewport()->render(&image);
    return image;
}

void TestMonthView::paintsChipsInTheTypeColour()
{
    const QDate tuesday(2026, 3, 3);
    addShift(*m_session->workspace(), m_people.bob.id, m_people.night, tuesday);
    addShift(*m_session->workspace(), m_people.alice.id, m_people.day, tuesday);
    load(tuesday);
    const QModelIndex index = m_model->indexOf(tuesday);
    const QRect day = m_view->lineRect(index, 0);
    const QRect night = m_view->lineRect(index, 1);
    QVERIFY(!day.isEmpty() && !night.isEmpty());
    QVERIFY(night.top() > day.bottom());
    QVERIFY(m_view->visualRect(index).contains(night));

    const QImage image = render();
    // Most of the chip (a square at the left of the line) is the type's colour; the rest is its
    // code and outline.
    auto share = [&](const QRect &line, const QColor &colour) {
        int count = 0;
        for (int x = line.left(); x < line.left() + line.height(); ++x) {
            for (int y = line.top(); y <= line.bottom(); ++y)
                count += image.pixelColor(x, y) == colour ? 1 : 0;
        }
        return qreal(count) / (line.height() * line.height());
    };
    QVERIFY2(share(day, QColor(u"#56B4E9"_s)) > 0.4, qPrintable(QString::number(share(day, QColor(u"#56B4E9"_s)))));
    QVERIFY(share(night, QColor(u"#CC79A7"_s)) > 0.4);
    QCOMPARE(share(night, QColor(u"#56B4E9"_s)), 0.0);
    // The line below the last one is the day's background.
    const QColor background = image.pixelColor(night.left() + 4, night.bottom() + night.height());
    QCOMPARE(background, m_view->palette().color(QPalette::Base));
}

void TestMonthView::doubleClickOnALineActivatesItsShift()
{
    const QDate tuesday(2026, 3, 3);
    const Shift night = addShift(*m_session->workspace(), m_people.bob.id, m_people.night, tuesday);
    const Shift day = addShift(*m_session->workspace(), m_people.alice.id, m_people.day, tuesday);
    load(tuesday);
    QSignalSpy shifts(m_view.get(), &MonthView::shiftActivated);
    QSignalSpy days(m_view.get(), &MonthView::dayActivated);
    const QModelIndex index = m_model->indexOf(tuesday);

    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, m_view->lineRect(index, 1).center());
    QCOMPARE(shifts.size(), 1);
    QCOMPARE(shifts.at(0).at(0).toLongLong(), night.id);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, m_view->lineRect(index, 0).topRight() + QPoint(-2, 1));
    QCOMPARE(shifts.size(), 2);
    QCOMPARE(shifts.at(1).at(0).toLongLong(), day.id);
    QCOMPARE(days.size(), 0);
    QCOMPARE(m_view->shiftAt(m_view->lineRect(index, 0).center()), day.id);
    QCOMPARE(m_view->currentDate(), tuesday);
}

void TestMonthView::doubleClickElsewhereActivatesTheDay()
{
    const QDate tuesday(2026, 3, 3);
    addShift(*m_session->workspace(), m_people.alice.id, m_people.day, tuesday);
    load(tuesday);
    QSignalSpy shifts(m_view.get(), &MonthView::shiftActivated);
    QSignalSpy days(m_view.get(), &MonthView::dayActivated);
    const QModelIndex index = m_model->indexOf(tuesday);
    const QRect cell = m_view->visualRect(index);

    // Below the only line.
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(cell.center().x(), cell.bottom() - 3));
    QCOMPARE(days.size(), 1);
    QCOMPARE(days.at(0).at(0).toDate(), tuesday);
    QCOMPARE(shifts.size(), 0);

    // Enter on the current day.
    m_view->setCurrentDate(QDate(2026, 3, 20));
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(days.size(), 2);
    QCOMPARE(days.at(1).at(0).toDate(), QDate(2026, 3, 20));
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_view->currentDate(), QDate(2026, 3, 21));
}

void TestMonthView::manyShiftsEndInPlusMore()
{
    const QDate day(2026, 3, 12);
    Workspace &ws = *m_session->workspace();
    for (int i = 0; i < 30; ++i)
        addShift(ws, addClinician(ws, u"Clinician %1"_s.arg(i, 2, 10, QChar(u'0'))).id, m_people.day, day);
    load(day);
    const QModelIndex index = m_model->indexOf(day);
    QCOMPARE(m_model->lines(index).size(), 30);

    const auto *delegate = qobject_cast<MonthDelegate *>(m_view->itemDelegate());
    QVERIFY(delegate);
    const MonthDelegate::Layout layout = delegate->layout(optionFor(index), 30);
    QVERIFY(layout.lines.size() >= 2);
    QCOMPARE(layout.hidden, 30 - layout.lines.size());
    QVERIFY(!layout.more.isEmpty());
    QVERIFY(layout.more.top() > layout.lines.constLast().bottom());
    QVERIFY(m_view->visualRect(index).contains(layout.more));
    QVERIFY(!m_view->lineRect(index, int(layout.lines.size()) - 1).isEmpty());
    QVERIFY(m_view->lineRect(index, int(layout.lines.size())).isEmpty());
    // The last line shown is the shift in that place of the start order.
    QCOMPARE(m_view->shiftAt(layout.lines.constLast().center()), m_model->lines(index).at(int(layout.lines.size()) - 1).shift->id);

    // A day that fits everything has no "+N more".
    QCOMPARE(delegate->layout(optionFor(index), int(layout.lines.size()) + 1).hidden, 0);

    QSignalSpy days(m_view.get(), &MonthView::dayActivated);
    QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, layout.more.center());
    QCOMPARE(days.size(), 1);

    // Larger text shows fewer lines.
    m_view->setZoom(2.0);
    const MonthDelegate::Layout zoomed = delegate->layout(optionFor(index), 30);
    QVERIFY(zoomed.lines.size() < layout.lines.size());
    QCOMPARE(zoomed.hidden, 30 - zoomed.lines.size());
}

void TestMonthView::currentDateSurvivesAnotherMonth()
{
    load(QDate(2026, 3, 1));
    m_view->setCurrentDate(QDate(2026, 3, 30));
    QCOMPARE(m_view->currentIndex(), m_model->indexOf(QDate(2026, 3, 30)));
    QVERIFY(m_view->selectionModel()->isSelected(m_model->indexOf(QDate(2026, 3, 30))));
    // 30 March is still in April's grid (its first week), so it stays current.
    load(QDate(2026, 4, 1));
    QCOMPARE(m_view->currentDate(), QDate(2026, 3, 30));
    QCOMPARE(m_view->currentIndex(), m_model->index(0, 0));
}

void TestMonthView::zoomScalesTheFont()
{
    const qreal base = m_view->font().pointSizeF();
    m_view->setZoom(1.5);
    QCOMPARE(m_view->zoom(), 1.5);
    QCOMPARE(m_view->font().pointSizeF(), base * 1.5);
    m_view->setZoom(5);
    QCOMPARE(m_view->zoom(), 2.0);
    m_view->setZoom(0.1);
    QCOMPARE(m_view->zoom(), 0.75);
    QCOMPARE(m_view->font().pointSizeF(), base * 0.75);
}

QTEST_MAIN(TestMonthView)
#include "tst_monthview.moc"
