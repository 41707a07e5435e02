#include "staff/cliniciandialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestClinicianDialog : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTrips();
    void problemsAreShownAtTheirField();
};

namespace {

QList<Team> teams()
{
    Team medicine;
    medicine.id = 3;
    medicine.name = u"Medicine"_s;
    Team surgery;
    surgery.id = 7;
    surgery.name = u"Surgery"_s;
    return {medicine, surgery};
}

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

void TestClinicianDialog::everyFieldRoundTrips()
{
    Clinician stored;
    stored.id = 12;
    stored.name = u"Ben Carr"_s;
    stored.team_id = 7;
    stored.grade = u"Registrar"_s;
    stored.email = u"ben.carr@example.org"_s;
    stored.active = false;
    stored.status = Clinician::Status::OnHold;
    stored.created_at = u"2026-01-01T00:00:00Z"_s;
    ClinicianDialog dialog(stored, teams());
    QCOMPARE(dialog.clinician(), stored);
    QCOMPARE(dialog.findChild<QComboBox *>(u"team"_s)->currentText(), u"Surgery"_s);
    QVERIFY(okButton(dialog)->isEnabled());

    dialog.findChild<QLineEdit *>(u"name"_s)->setText(u"  Ben   Carter "_s);
    dialog.findChild<QComboBox *>(u"team"_s)->setCurrentIndex(1);
    dialog.findChild<QLineEdit *>(u"grade"_s)->setText(u"Consultant"_s);
    dialog.findChild<QLineEdit *>(u"email"_s)->setText(u"b.carter@example.org"_s);
    dialog.findChild<QCheckBox *>(u"active"_s)->setChecked(true);
    dialog.findChild<QComboBox *>(u"status"_s)->setCurrentIndex(0);
    const Clinician edited = dialog.clinician();
    QCOMPARE(edited.id, 12);
    QCOMPARE(edited.name, u"Ben Carter"_s);
    QCOMPARE(edited.team_id, std::optional<qint64>(3));
    QCOMPARE(edited.grade, u"Consultant"_s);
    QCOMPARE(edited.email, u"b.carter@example.org"_s);
    QCOMPARE(edited.active, true);
    QCOMPARE(edited.status, Clinician::Status::Active);
    QCOMPARE(edited.created_at, stored.created_at);

    dialog.findChild<QComboBox *>(u"team"_s)->setCurrentIndex(0);
    QCOMPARE(dialog.clinician().team_id, std::nullopt);
}

void TestClinicianDialog::problemsAreShownAtTheirField()
{
    ClinicianDialog dialog(Clinician(), teams());
    QCOMPARE(dialog.windowTitle(), u"New Clinician"_s);
    QVERIFY(!dialog.isValid());
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(dialog.fieldError(u"name"_s), u"A clinician needs a name."_s);

    dialog.findChild<QLineEdit *>(u"name"_s)->setText(u"Anna Kowalski"_s);
    dialog.findChild<QLineEdit *>(u"email"_s)->setText(u"07700 900123"_s);
    QVERIFY(dialog.fieldError(u"name"_s).isEmpty());
    QVERIFY2(dialog.fieldError(u"email"_s).contains(u"07700 900123"_s), qPrintable(dialog.fieldError(u"email"_s)));
    QVERIFY(!okButton(dialog)->isEnabled());

    dialog.findChild<QLineEdit *>(u"email"_s)->clear();
    QVERIFY(dialog.isValid());
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(dialog.fieldError(u"email"_s).isEmpty());
}

QTEST_MAIN(TestClinicianDialog)
#include "tst_cliniciandialog.moc"
