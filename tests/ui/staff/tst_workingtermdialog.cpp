#include "staff/weekdaypicker.h"
#include "staff/workingtermdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestWorkingTermDialog : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTrips();
    void fieldsEditTheTerm();
    void overlapIsRefusedNamingBothTerms();
    void problemsAreShownAtTheirField();
};

namespace {

WorkingTerm fullTerm()
{
    WorkingTerm term;
    term.id = 5;
    term.clinician_id = 9;
    term.type = WorkingTerm::Type::LessThanFullTime;
    term.start_date = QDate(2026, 1, 1);
    term.end_date = QDate(2026, 12, 31);
    term.percentage = 60.0;
    term.fixed_working_days = WeekdaySet::fromList({1, 2});
    term.fixed_half_days = WeekdaySet::fromList({3});
    term.cannot_work_days = WeekdaySet::fromList({5});
    term.must_work_days = WeekdaySet::fromList({1});
    term.annual_leave_entitlement = 5.5;
    term.participates_in_duty = false;
    term.created_at = u"2025-12-01T10:00:00Z"_s;
    return term;
}

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

void TestWorkingTermDialog::everyFieldRoundTrips()
{
    const WorkingTerm stored = fullTerm();
    WorkingTermDialog dialog(stored, {stored});
    QCOMPARE(dialog.term(), stored);
    QVERIFY(dialog.isValid());

    WorkingTerm openEnded = stored;
    openEnded.end_date = QDate();
    openEnded.annual_leave_entitlement.reset();
    openEnded.participates_in_duty = true;
    WorkingTermDialog second(openEnded, {});
    QCOMPARE(second.term(), openEnded);
    QVERIFY(second.findChild<QCheckBox *>(u"open_ended"_s)->isChecked());
    QVERIFY(!second.findChild<QDoubleSpinBox *>(u"annual_leave_entitlement"_s)->isEnabled());
}

void TestWorkingTermDialog::fieldsEditTheTerm()
{
    WorkingTerm blank;
    blank.clinician_id = 9;
    blank.start_date = QDate(2026, 4, 1);
    WorkingTermDialog dialog(blank, {});
    QCOMPARE(dialog.windowTitle(), u"New Working Term"_s);
    auto *type = dialog.findChild<QComboBox *>(u"type"_s);
    type->setCurrentIndex(type->findData(int(WorkingTerm::Type::Locum)));
    dialog.findChild<QCheckBox *>(u"open_ended"_s)->setChecked(false);
    dialog.findChild<QDateEdit *>(u"end_date"_s)->setDate(QDate(2026, 9, 30));
    dialog.findChild<QDoubleSpinBox *>(u"percentage"_s)->setValue(80.0);
    dialog.findChild<WeekdayPicker *>(u"fixed_working_days"_s)->button(2)->click();
    dialog.findChild<WeekdayPicker *>(u"fixed_half_days"_s)->button(4)->click();
    dialog.findChild<WeekdayPicker *>(u"cannot_work_days"_s)->button(6)->click();
    dialog.findChild<WeekdayPicker *>(u"cannot_work_days"_s)->button(7)->click();
    dialog.findChild<WeekdayPicker *>(u"must_work_days"_s)->button(3)->click();
    dialog.findChild<QCheckBox *>(u"has_entitlement"_s)->setChecked(true);
    dialog.findChild<QDoubleSpinBox *>(u"annual_leave_entitlement"_s)->setValue(4.5);
    dialog.findChild<QCheckBox *>(u"participates_in_duty"_s)->setChecked(false);

    const WorkingTerm term = dialog.term();
    QCOMPARE(term.type, WorkingTerm::Type::Locum);
    QCOMPARE(term.start_date, QDate(2026, 4, 1));
    QCOMPARE(term.end_date, QDate(2026, 9, 30));
    QCOMPARE(term.percentage, 80.0);
    QCOMPARE(term.fixed_working_days, WeekdaySet::fromList({2}));
    QCOMPARE(term.fixed_half_days, WeekdaySet::fromList({4}));
    QCOMPARE(term.cannot_work_days, WeekdaySet::fromList({6, 7}));
    QCOMPARE(term.must_work_days, WeekdaySet::fromList({3}));
    QCOMPARE(term.annual_leave_entitlement, std::optional<double>(4.5));
    QCOMPARE(term.participates_in_duty, false);
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestWorkingTermDialog::overlapIsRefusedNamingBothTerms()
{
    WorkingTerm earlier = fullTerm(); // 2026-01-01 to 2026-12-31
    WorkingTerm later;
    later.id = 6;
    later.clinician_id = 9;
    later.start_date = QDate(2027, 1, 1);
    WorkingTerm next;
    next.clinician_id = 9;
    next.start_date = QDate(2026, 12, 1);
    next.end_date = QDate(2026, 12, 31);
    WorkingTermDialog dialog(next, {later, earlier});
    QVERIFY(!dialog.isValid());
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(dialog.fieldError(u"start_date"_s),
             u"The term 2026-12-01 to 2026-12-31 overlaps the term 2026-01-01 to 2026-12-31; a clinician's terms must not share a day."_s);

    dialog.findChild<QDateEdit *>(u"start_date"_s)->setDate(QDate(2027, 2, 1));
    dialog.findChild<QCheckBox *>(u"open_ended"_s)->setChecked(true);
    QCOMPARE(dialog.fieldError(u"start_date"_s),
             u"The term 2027-02-01, open-ended overlaps the term 2027-01-01, open-ended; a clinician's terms must not share a day."_s);

    dialog.findChild<QDateEdit *>(u"start_date"_s)->setDate(QDate(2026, 12, 31));
    dialog.findChild<QCheckBox *>(u"open_ended"_s)->setChecked(false);
    dialog.findChild<QDateEdit *>(u"end_date"_s)->setDate(QDate(2026, 12, 31));
    QVERIFY(dialog.fieldError(u"start_date"_s).contains(u"2026-01-01 to 2026-12-31"_s));

    // Editing the earlier term itself is no overlap with itself.
    WorkingTermDialog edit(earlier, {later, earlier});
    QVERIFY(edit.isValid());
    edit.findChild<QCheckBox *>(u"open_ended"_s)->setChecked(true);
    QVERIFY(edit.fieldError(u"start_date"_s).contains(u"2027-01-01, open-ended"_s));
}

void TestWorkingTermDialog::problemsAreShownAtTheirField()
{
    WorkingTerm term = fullTerm();
    WorkingTermDialog dialog(term, {});
    dialog.findChild<QDoubleSpinBox *>(u"percentage"_s)->setValue(0.0);
    QVERIFY(dialog.fieldError(u"percentage"_s).contains(u"more than 0"_s));
    dialog.findChild<QDoubleSpinBox *>(u"percentage"_s)->setValue(50.0);
    QVERIFY(dialog.fieldError(u"percentage"_s).isEmpty());

    // Monday is a must-work day; making it a cannot-work day is refused at the must-work days.
    dialog.findChild<WeekdayPicker *>(u"cannot_work_days"_s)->button(1)->click();
    QVERIFY(dialog.fieldError(u"must_work_days"_s).contains(u"Monday"_s));
    QVERIFY(dialog.fieldError(u"fixed_working_days"_s).contains(u"Monday"_s));
    QVERIFY(!okButton(dialog)->isEnabled());
    dialog.findChild<WeekdayPicker *>(u"cannot_work_days"_s)->button(1)->click();
    QVERIFY(dialog.isValid());

    dialog.findChild<QDateEdit *>(u"end_date"_s)->setDate(QDate(2025, 12, 1));
    QVERIFY(dialog.fieldError(u"end_date"_s).contains(u"2025-12-01"_s));
}

QTEST_MAIN(TestWorkingTermDialog)
#include "tst_workingtermdialog.moc"
