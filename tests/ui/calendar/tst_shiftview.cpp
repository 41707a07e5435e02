#include "calendar/shifttablemodel.h"
#include "calendar/shiftview.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QDateEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace UiTestData;

class TestShiftView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void todayShowsThisWeek();
    void previousAndNextStepByTheWindowLength();
    void datesEditTheWindow();

private:
    QPushButton *button(const QString &text) const;
    QDateEdit *dateEdit(int index) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<ShiftView> m_view;
};

void TestShiftView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_session = std::make_unique<WorkspaceSession>();
    openEmpty(*m_session, m_dir->filePath(u"week.rota"_s));
    // Wednesday 25 November 2026 in the workspace's zone.
    m_session->workspace()->setClock([] { return QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc()); });
    m_view = std::make_unique<ShiftView>(m_session.get());
}

void TestShiftView::cleanup()
{
    m_view.reset();
    m_session.reset();
    m_dir.reset();
}

QPushButton *TestShiftView::button(const QString &text) const
{
    const QList<QPushButton *> buttons = m_view->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text().remove(u'&') == text)
            return b;
    }
    return nullptr;
}

QDateEdit *TestShiftView::dateEdit(int index) const
{
    return m_view->findChildren<QDateEdit *>().value(index);
}

void TestShiftView::todayShowsThisWeek()
{
    m_view->setWindow(QDate(2027, 3, 1), QDate(2027, 3, 31));
    QPushButton *today = button(u"Today"_s);
    QVERIFY(today);
    today->click();
    QCOMPARE(m_view->from(), QDate(2026, 11, 23));
    QCOMPARE(m_view->to(), QDate(2026, 11, 29));
    QCOMPARE(m_view->model()->from(), QDate(2026, 11, 23));
}

void TestShiftView::previousAndNextStepByTheWindowLength()
{
    m_view->setWindow(QDate(2026, 11, 23), QDate(2026, 12, 6));
    button(u"Next"_s)->click();
    QCOMPARE(m_view->from(), QDate(2026, 12, 7));
    QCOMPARE(m_view->to(), QDate(2026, 12, 20));
    button(u"Previous"_s)->click();
    button(u"Previous"_s)->click();
    QCOMPARE(m_view->from(), QDate(2026, 11, 9));
    QCOMPARE(m_view->to(), QDate(2026, 11, 22));
}

void TestShiftView::datesEditTheWindow()
{
    m_view->setWindow(QDate(2026, 11, 23), QDate(2026, 11, 29));
    QDateEdit *from = dateEdit(0);
    QDateEdit *to = dateEdit(1);
    QVERIFY(from && to);
    to->setDate(QDate(2026, 12, 31));
    QCOMPARE(m_view->model()->to(), QDate(2026, 12, 31));
    QCOMPARE(m_view->model()->from(), QDate(2026, 11, 23));
    // A start after the end moves the window and keeps its length.
    to->setDate(QDate(2026, 11, 29));
    from->setDate(QDate(2026, 12, 10));
    QCOMPARE(m_view->from(), QDate(2026, 12, 10));
    QCOMPARE(m_view->to(), QDate(2026, 12, 16));
    QCOMPARE(to->date(), QDate(2026, 12, 16));
}

QTEST_MAIN(TestShiftView)
#include "tst_shiftview.moc"
