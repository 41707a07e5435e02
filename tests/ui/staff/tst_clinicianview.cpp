#include "staff/cliniciantablemodel.h"
#include "staff/clinicianview.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace UiTestData;

class TestClinicianView : public QObject
{
    Q_OBJECT

private slots:
    void searchFieldAndActiveOnlyFilterTheList();
    void followsTheOpenWorkspace();
};

void TestClinicianView::searchFieldAndActiveOnlyFilterTheList()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    openEmpty(session, dir.filePath(u"staff.rota"_s));
    addClinician(*session.workspace(), u"Anna Kowalski"_s);
    addClinician(*session.workspace(), u"Hannah Said"_s, {}, {}, false);
    addClinician(*session.workspace(), u"Zoe Adeyemi"_s);
    ClinicianView view(&session);
    QCOMPARE(view.model()->rowCount(), 3);

    QTest::keyClicks(view.searchField(), u"ann"_s);
    QCOMPARE(view.model()->filter().search, u"ann"_s);
    QCOMPARE(view.model()->rowCount(), 2);

    view.activeOnlyBox()->setChecked(true);
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->index(0, ClinicianTableModel::NameColumn).data().toString(), u"Anna Kowalski"_s);

    view.searchField()->clear();
    QCOMPARE(view.model()->rowCount(), 2);
}

void TestClinicianView::followsTheOpenWorkspace()
{
    QTemporaryDir dir;
    WorkspaceSession session;
    ClinicianView view(&session);
    QCOMPARE(view.model()->rowCount(), 0);
    openEmpty(session, dir.filePath(u"first.rota"_s));
    addClinician(*session.workspace(), u"Anna Kowalski"_s);
    session.notifyDataChanged();
    QCOMPARE(view.model()->rowCount(), 1);
    openEmpty(session, dir.filePath(u"second.rota"_s));
    QCOMPARE(view.model()->rowCount(), 0);
}

QTEST_MAIN(TestClinicianView)
#include "tst_clinicianview.moc"
