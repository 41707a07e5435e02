#include "calendar/shiftdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// The shift dialog checks as the coordinator types: errors at their field, OK off while any,
// conflicts listed as warnings that do not stop saving.
class TestShiftDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newShiftTakesTheTypesTimes();
    void timeThatDoesNotExistIsShownAtTheTimes();
    void overnightShiftSaysItEndsNextDay();
    void wholeDayShift();
    void conflictsAreWarningsNotErrors();
    void editKeepsTheId();

private:
    ShiftDialog *make(const Shift &shift, ShiftDialog::ConflictCheck check = {});
    QPushButton *ok(ShiftDialog &dialog) { return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok); }

    QList<Clinician> m_clinicians;
    QList<ShiftType> m_types;
};

void TestShiftDialog::initTestCase()
{
    Clinician zoe;
    zoe.id = 7;
    zoe.name = u"Zoe Adeyemi"_s;
    Clinician gone = zoe;
    gone.id = 8;
    gone.name = u"Former Colleague"_s;
    gone.active = false;
    m_clinicians = {zoe, gone};
    ShiftType day;
    day.id = 1;
    day.code = u"D"_s;
    day.name = u"Day"_s;
    day.colour = u"#E69F00"_s;
    day.start_time = QTime(8, 0);
    day.end_time = QTime(16, 0);
    day.duration_minutes = 480;
    ShiftType night = day;
    night.id = 2;
    night.code = u"N"_s;
    night.name = u"Night"_s;
    night.start_time = QTime(1, 30);
    night.end_time = QTime(9, 0);
    ShiftType study = day;
    study.id = 3;
    study.code = u"SD"_s;
    study.name = u"Study day"_s;
    study.start_time = QTime();
    study.end_time = QTime();
    m_types = {day, night, study};
}

ShiftDialog *TestShiftDialog::make(const Shift &shift, ShiftDialog::ConflictCheck check)
{
    return new ShiftDialog(shift, m_clinicians, m_types, "Europe/London", std::move(check));
}

void TestShiftDialog::newShiftTakesTheTypesTimes()
{
    Shift shift;
    shift.clinician_id = 7;
    shift.shift_type_id = 1;
    shift.date = QDate(2026, 11, 24);
    std::unique_ptr<ShiftDialog> dialog(make(shift));
    QCOMPARE(dialog->findChild<QTimeEdit *>(u"start"_s)->time(), QTime(8, 0));
    QCOMPARE(dialog->findChild<QTimeEdit *>(u"end"_s)->time(), QTime(16, 0));
    QVERIFY(dialog->isValid());
    QVERIFY(ok(*dialog)->isEnabled());
    const Shift result = dialog->shift();
    QCOMPARE(result.clinician_id, std::optional<qint64>(7));
    QCOMPARE(result.duration_minutes, 480);
    QCOMPARE(result.localStart(), QDateTime(QDate(2026, 11, 24), QTime(8, 0), QTimeZone("Europe/London")));
    // Inactive clinicians are not offered for new shifts.
    QCOMPARE(dialog->findChild<QComboBox *>(u"clinician"_s)->findData(8), -1);
}

void TestShiftDialog::timeThatDoesNotExistIsShownAtTheTimes()
{
    Shift shift;
    shift.clinician_id = 7;
    shift.shift_type_id = 2; // starts 01:30
    shift.date = QDate(2026, 3, 28);
    std::unique_ptr<ShiftDialog> dialog(make(shift));
    QVERIFY(dialog->isValid());
    // 01:30 on 29 March 2026 does not exist in London: the clocks go forward at 01:00.
    dialog->findChild<QDateEdit *>(u"date"_s)->setDate(QDate(2026, 3, 29));
    QVERIFY(!dialog->isValid());
    QVERIFY(!ok(*dialog)->isEnabled());
    QVERIFY2(dialog->fieldError(u"start"_s).contains(u"clocks go forward"_s), qPrintable(dialog->fieldError(u"start"_s)));
    QVERIFY(dialog->fieldError(u"date"_s).isEmpty());
    dialog->findChild<QTimeEdit *>(u"start"_s)->setTime(QTime(2, 30));
    QVERIFY(dialog->isValid());
    QVERIFY(dialog->fieldError(u"start"_s).isEmpty());
}

void TestShiftDialog::overnightShiftSaysItEndsNextDay()
{
    Shift shift;
    shift.clinician_id = 7;
    shift.shift_type_id = 1;
    shift.date = QDate(2026, 10, 24);
    std::unique_ptr<ShiftDialog> dialog(make(shift));
    dialog->findChild<QTimeEdit *>(u"start"_s)->setTime(QTime(20, 0));
    dialog->findChild<QTimeEdit *>(u"end"_s)->setTime(QTime(8, 0));
    QVERIFY(dialog->isValid());
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().contains(u"next day"_s); }));
    // The night the clocks go back is 13 hours long.
    QCOMPARE(dialog->shift().duration_minutes, 13 * 60);
}

void TestShiftDialog::wholeDayShift()
{
    Shift shift;
    shift.clinician_id = 7;
    shift.shift_type_id = 3;
    shift.date = QDate(2026, 11, 25);
    std::unique_ptr<ShiftDialog> dialog(make(shift));
    QVERIFY(dialog->findChild<QCheckBox *>(u"whole_day"_s)->isChecked());
    QVERIFY(!dialog->findChild<QTimeEdit *>(u"start"_s)->isEnabled());
    QVERIFY(dialog->isValid());
    QVERIFY(!dialog->shift().isTimed());
    QCOMPARE(dialog->shift().date, QDate(2026, 11, 25));
}

void TestShiftDialog::conflictsAreWarningsNotErrors()
{
    Shift shift;
    shift.clinician_id = 7;
    shift.shift_type_id = 1;
    shift.date = QDate(2026, 11, 24);
    int checks = 0;
    std::unique_ptr<ShiftDialog> dialog(make(shift, [&](const Shift &candidate) {
        ++checks;
        QList<ShiftConflict> conflicts;
        if (candidate.date == QDate(2026, 11, 26))
            conflicts.append({ShiftConflict::Kind::OnLeave, 0, 12, u"On annual leave from 26 Nov to 27 Nov 2026."_s});
        return conflicts;
    }));
    QVERIFY(dialog->conflicts().isEmpty());
    dialog->findChild<QDateEdit *>(u"date"_s)->setDate(QDate(2026, 11, 26));
    QCOMPARE(dialog->conflicts(), QStringList{u"On annual leave from 26 Nov to 27 Nov 2026."_s});
    QVERIFY(dialog->isValid());
    QVERIFY(ok(*dialog)->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(u"conflicts"_s)->text().contains(u"annual leave"_s));
    QVERIFY(checks >= 2);
}

void TestShiftDialog::editKeepsTheId()
{
    Shift shift;
    shift.id = 41;
    shift.clinician_id = 8; // inactive, but already on this shift: still listed
    shift.shift_type_id = 1;
    shift.notes = u"Ward round"_s;
    QVERIFY(shift.setLocalTimes(QDate(2026, 11, 24), QTime(9, 0), QTime(17, 0), "Europe/London").isEmpty());
    std::unique_ptr<ShiftDialog> dialog(make(shift));
    QCOMPARE(dialog->windowTitle(), u"Edit Shift"_s);
    QCOMPARE(dialog->findChild<QTimeEdit *>(u"start"_s)->time(), QTime(9, 0)); // not the type's 08:00
    QCOMPARE(dialog->findChild<QComboBox *>(u"clinician"_s)->currentText(), u"Former Colleague"_s);
    QCOMPARE(dialog->shift(), shift);
    dialog->findChild<QCheckBox *>(u"pinned"_s)->setChecked(true);
    QCOMPARE(dialog->shift().id, 41);
    QVERIFY(dialog->shift().is_pinned);
}

QTEST_MAIN(TestShiftDialog)
#include "tst_shiftdialog.moc"
