#include "../../core/storage/storagetestsupport.h"

#include "rotas/rotalistmodel.h"
#include "rotas/rotasview.h"
#include "storage/rotacloseddaterepository.h"
#include "storage/rotarepository.h"
#include "storage/shiftpatternrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/timeslotrepository.h"
#include "workspacesession.h"

#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

// "Cafe" and "Shop" on a pattern with one Monday timeslot 09:00-13:00 (1/2/3), from 2 November 2026.
class TestRotasView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    WorkspaceSession *m_session = nullptr;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_session = new WorkspaceSession(this);
        QVERIFY(m_session->open(m_dir.filePath(StorageTest::testFileName()), Workspace::OpenMode::CreateNew).ok());
        Workspace &workspace = *m_session->workspace();
        ShiftType day = StorageTest::dayShiftType();
        QVERIFY(ShiftTypeRepository(workspace).create(day).ok());
        ShiftPattern week;
        week.name = u"Week"_s;
        QVERIFY(ShiftPatternRepository(workspace).create(week).ok());
        Timeslot slot;
        slot.shift_pattern_id = week.id;
        slot.weekday = 1;
        slot.start_time = QTime(9, 0);
        slot.end_time = QTime(13, 0);
        slot.shift_type_id = day.id;
        slot.minimum = 1;
        slot.ideal = 2;
        slot.maximum = 3;
        QVERIFY(TimeslotRepository(workspace).create(slot).ok());
        for (const QString &name : {u"Shop"_s, u"Cafe"_s}) {
            Rota rota;
            rota.name = name;
            rota.shift_pattern_id = week.id;
            rota.start_date = QDate(2026, 11, 2);
            QVERIFY(RotaRepository(workspace).create(rota).ok());
        }
    }

    void cleanup()
    {
        delete m_session;
        m_session = nullptr;
    }

    void listAndDetail()
    {
        RotasView view(m_session);
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.model()->index(0, RotaListModel::Name).data().toString(), u"Cafe"_s);
        QCOMPARE(view.model()->index(0, RotaListModel::Pattern).data().toString(), u"Week"_s);
        view.selectRows({1});
        const QStandardItemModel *detail = view.detailModel();
        QCOMPARE(detail->rowCount(), 8); // seven weekdays and the closed dates
        QCOMPARE(detail->item(0)->rowCount(), 1);
        QCOMPARE(detail->item(0)->child(0, 1)->text(), u"09:00\u201313:00"_s);
        QCOMPARE(detail->item(0)->child(0, 4)->text(), u"2"_s);
        QCOMPARE(detail->item(1, 1)->text(), u"Closed: no timeslots"_s);
    }

    // Each action is one undo step, on every selected rota.
    void bulkActionsAreUndoable()
    {
        RotasView view(m_session);
        view.selectRows({0, 1});
        QCOMPARE(view.rename(u"{name} (winter)"_s), QString());
        QCOMPARE(view.model()->index(0, RotaListModel::Name).data().toString(), u"Cafe (winter)"_s);
        QCOMPARE(view.model()->index(1, RotaListModel::Name).data().toString(), u"Shop (winter)"_s);
        QCOMPARE(view.closeDates(QDate(2026, 12, 24), QDate(2026, 12, 26), u"Christmas"_s), QString());
        RotaClosedDateRepository closed(*m_session->workspace());
        QCOMPARE(closed.count(), 6);
        QCOMPARE(view.setArchived(true), QString());
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(m_session->undoStack()->count(), 3);
        m_session->undoStack()->undo();
        QCOMPARE(view.model()->rowCount(), 2);
        m_session->undoStack()->undo();
        QCOMPARE(closed.count(), 0);
        m_session->undoStack()->undo();
        QCOMPARE(view.model()->index(0, RotaListModel::Name).data().toString(), u"Cafe"_s);
    }

    void refusalsSayWhy()
    {
        RotasView view(m_session);
        QVERIFY(!view.setEndDate(QDate(2027, 1, 1)).isEmpty()); // nothing selected
        view.selectRows({0, 1});
        QVERIFY(view.rename(u"Same"_s).contains(u"{name}"_s));
        QVERIFY(view.setEndDate(QDate(2026, 10, 1)).contains(u"starts on"_s));
        QCOMPARE(m_session->undoStack()->count(), 0);
        QCOMPARE(view.setEndDate(QDate(2027, 3, 31)), QString());
        QCOMPARE(view.model()->index(0, RotaListModel::End).data().toString(), QLocale().toString(QDate(2027, 3, 31), QLocale::ShortFormat));
    }
};

QTEST_MAIN(TestRotasView)
#include "tst_rotasview.moc"
