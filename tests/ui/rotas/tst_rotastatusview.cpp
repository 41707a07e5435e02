#include "../../core/storage/storagetestsupport.h"

#include "rotas/rotastatusmodel.h"
#include "rotas/rotastatusview.h"
#include "storage/clinicianrepository.h"
#include "storage/rotacloseddaterepository.h"
#include "storage/rotarepository.h"
#include "storage/shiftpatternrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/timeslotrepository.h"
#include "workspacesession.h"

#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The rota status view over two rotas from Monday 30 November 2026: "Shop" needs 1 to 3 people
// (ideal 2) from 09:00 to 17:00 on Mondays and Tuesdays; "Cafe" needs exactly one on Mondays.
// Ada works the shop on Monday; the shop is closed on Tuesday 1 December.
class TestRotaStatusView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    WorkspaceSession *m_session = nullptr;
    qint64 m_shopSlot = 0;
    qint64 m_day = 0;
    qint64 m_ada = 0;
    Rota m_shop;

    Timeslot slot(qint64 pattern, int weekday, int minimum, int ideal, int maximum)
    {
        Timeslot timeslot;
        timeslot.shift_pattern_id = pattern;
        timeslot.weekday = weekday;
        timeslot.start_time = QTime(9, 0);
        timeslot.end_time = QTime(17, 0);
        timeslot.shift_type_id = m_day;
        timeslot.minimum = minimum;
        timeslot.ideal = ideal;
        timeslot.maximum = maximum;
        return timeslot;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_session = new WorkspaceSession(this);
        QVERIFY(m_session->open(m_dir.filePath(StorageTest::testFileName()), Workspace::OpenMode::CreateNew).ok());
        Workspace &workspace = *m_session->workspace();
        ShiftType day = StorageTest::dayShiftType();
        QVERIFY(ShiftTypeRepository(workspace).create(day).ok());
        m_day = day.id;
        Clinician ada = StorageTest::clinician(u"Ada"_s);
        QVERIFY(ClinicianRepository(workspace).create(ada).ok());
        m_ada = ada.id;
        for (const QString &name : {u"Shop"_s, u"Cafe"_s}) {
            ShiftPattern pattern;
            pattern.name = name + u" week"_s;
            QVERIFY(ShiftPatternRepository(workspace).create(pattern).ok());
            Timeslot monday = name == u"Shop"_s ? slot(pattern.id, 1, 1, 2, 3) : slot(pattern.id, 1, 1, 1, 1);
            QVERIFY(TimeslotRepository(workspace).create(monday).ok());
            if (name == u"Shop"_s) {
                m_shopSlot = monday.id;
                Timeslot tuesday = slot(pattern.id, 2, 1, 2, 3);
                QVERIFY(TimeslotRepository(workspace).create(tuesday).ok());
            }
            Rota rota;
            rota.name = name;
            rota.shift_pattern_id = pattern.id;
            rota.start_date = QDate(2026, 11, 30);
            QVERIFY(RotaRepository(workspace).create(rota).ok());
            if (name == u"Shop"_s)
                m_shop = rota;
        }
        Shift shift = StorageTest::shift(m_ada, m_day, QDate(2026, 11, 30), QTime(9, 0), QTime(17, 0));
        shift.rota_id = m_shop.id;
        shift.timeslot_id = m_shopSlot;
        QVERIFY(ShiftRepository(workspace).create(shift).ok());
        RotaClosedDate closed;
        closed.rota_id = m_shop.id;
        closed.date = QDate(2026, 12, 1);
        closed.reason = u"Stocktake"_s;
        QVERIFY(RotaClosedDateRepository(workspace).create(closed).ok());
    }

    void cleanup()
    {
        delete m_session;
        m_session = nullptr;
    }

    void gridShowsEachRotaAndTheSummary()
    {
        RotaStatusView view(m_session);
        view.setPeriod(QDate(2026, 11, 30), QDate(2026, 12, 6));
        const RotaStatusModel *model = view.model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->columnCount(), 7);
        QCOMPARE(model->headerData(0, Qt::Vertical).toString(), u"All chosen rotas"_s);
        QCOMPARE(model->headerData(1, Qt::Vertical).toString(), u"Cafe"_s);
        QCOMPARE(model->headerData(2, Qt::Vertical).toString(), u"Shop"_s);
        // Monday: the cafe has nobody (below minimum), the shop one of two (below ideal).
        QCOMPARE(model->index(1, 0).data().toString(), u"-2"_s);
        QCOMPARE(model->index(2, 0).data().toString(), u"-1"_s);
        QCOMPARE(model->index(0, 0).data().toString(), u"-2"_s);
        QCOMPARE(model->index(2, 0).data(Qt::BackgroundRole).value<QColor>(), RotaStatusModel::colour(TimeslotStatus::BelowIdeal));
        // Tuesday: the shop's closed date; the cafe has no Tuesday slots.
        QCOMPARE(model->index(2, 1).data().toString(), u"\u2013"_s);
        QVERIFY(model->index(2, 1).data(Qt::ToolTipRole).toString().contains(u"Stocktake"_s));
        QCOMPARE(model->index(0, 1).data().toString(), u"\u2013"_s); // every chosen rota closed
        QVERIFY(!model->index(0, 1).data(RotaStatusModel::LevelRole).isValid());
    }

    void detailListsTheTimeslotsAndShiftsOfTheChosenCell()
    {
        RotaStatusView view(m_session);
        view.setPeriod(QDate(2026, 11, 30), QDate(2026, 12, 6));
        view.selectCell(2, 0);
        const QStandardItemModel *detail = view.detailModel();
        QCOMPARE(detail->rowCount(), 1);
        QCOMPARE(detail->item(0, 0)->text(), u"09:00\u201317:00"_s);
        QCOMPARE(detail->item(0, 1)->text(), TimeslotStatus::label(TimeslotStatus::BelowIdeal));
        QCOMPARE(detail->item(0, 2)->text(), u"1"_s);
        QCOMPARE(detail->item(0, 0)->rowCount(), 1);
        QVERIFY(detail->item(0, 0)->child(0, 0)->text().startsWith(u"Ada, 09:00"_s));
    }

    void untickedRotasLeaveTheGridAndTheSummary()
    {
        RotaStatusView view(m_session);
        view.setPeriod(QDate(2026, 11, 30), QDate(2026, 12, 6));
        view.chooseRotas({u"Shop"_s});
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.model()->index(0, 0).data().toString(), u"-1"_s);
        view.chooseRotas({u"Nobody"_s});
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, 0).data().toString(), QString());
    }

    // A shift added elsewhere shows on the next refresh of the session.
    void refreshesWhenTheDataChanges()
    {
        RotaStatusView view(m_session);
        view.setPeriod(QDate(2026, 11, 30), QDate(2026, 12, 6));
        Shift second = StorageTest::shift(m_ada, m_day, QDate(2026, 11, 30), QTime(9, 0), QTime(17, 0));
        second.clinician_id = m_ada;
        second.rota_id = m_shop.id;
        second.timeslot_id = m_shopSlot;
        second.notes = u"second volunteer"_s;
        QVERIFY(ShiftRepository(*m_session->workspace()).create(second).ok());
        QCOMPARE(view.model()->index(2, 0).data().toString(), u"-1"_s);
        m_session->notifyDataChanged();
        QCOMPARE(view.model()->index(2, 0).data().toString(), u"0"_s);
    }

    void archivedRotasOnlyWhenAsked()
    {
        Rota old = m_shop;
        old.archived = true;
        QVERIFY(RotaRepository(*m_session->workspace()).update(old).ok());
        RotaStatusView view(m_session);
        view.setPeriod(QDate(2026, 11, 30), QDate(2026, 12, 6));
        QCOMPARE(view.rotaChoiceModel()->rowCount(), 1);
        view.setShowArchived(true);
        QCOMPARE(view.rotaChoiceModel()->rowCount(), 2);
        QCOMPARE(view.model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestRotaStatusView)
#include "tst_rotastatusview.moc"
