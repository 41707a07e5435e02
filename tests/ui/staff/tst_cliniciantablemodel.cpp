#include "staff/cliniciantablemodel.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace UiTestData;

class TestClinicianTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsRepositoryData();
    void filters_data();
    void filters();
    void renameIsUndoableAndJournaled();
    void activeToggleIsUndoable();
    void undoKeepsOtherFieldsChangedSince();
    void refusedRenameIsShownAndReverted();
    void editKeepsRowsWhenOrderIsUnchanged();

private:
    QString nameInStore(qint64 id) const;
    int rowOf(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<ClinicianTableModel> m_model;
    Clinician m_zoe;
    Clinician m_anna;
    Clinician m_ben;
};

void TestClinicianTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_session = std::make_unique<WorkspaceSession>();
    openEmpty(*m_session, m_dir->filePath(u"staff.rota"_s));
    Workspace &ws = *m_session->workspace();
    const Team icu = addTeam(ws, u"Intensive Care"_s);
    const Team ed = addTeam(ws, u"Emergency"_s);
    m_zoe = addClinician(ws, u"Zoe Adeyemi"_s, icu.id, u"Consultant"_s);
    m_anna = addClinician(ws, u"Anna Kowalski"_s, ed.id, u"Registrar"_s);
    m_ben = addClinician(ws, u"Ben Hart"_s, {}, u"Nurse"_s, false);
    m_model = std::make_unique<ClinicianTableModel>(m_session.get());
}

void TestClinicianTableModel::cleanup()
{
    m_model.reset();
    m_session.reset();
    m_dir.reset();
}

QString TestClinicianTableModel::nameInStore(qint64 id) const
{
    const std::optional<Clinician> clinician = ClinicianRepository(*m_session->workspace()).get(id);
    return clinician ? clinician->name : QString();
}

int TestClinicianTableModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, ClinicianTableModel::NameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

void TestClinicianTableModel::showsRepositoryData()
{
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(ClinicianTableModel::ColumnCount));
    // Ordered by name, as the repository lists them.
    QCOMPARE(m_model->index(0, ClinicianTableModel::NameColumn).data().toString(), u"Anna Kowalski"_s);
    QCOMPARE(m_model->index(1, ClinicianTableModel::NameColumn).data().toString(), u"Ben Hart"_s);
    QCOMPARE(m_model->index(2, ClinicianTableModel::NameColumn).data().toString(), u"Zoe Adeyemi"_s);
    QCOMPARE(m_model->index(0, ClinicianTableModel::TeamColumn).data().toString(), u"Emergency"_s);
    QCOMPARE(m_model->index(1, ClinicianTableModel::TeamColumn).data().toString(), QString());
    QCOMPARE(m_model->index(2, ClinicianTableModel::GradeColumn).data().toString(), u"Consultant"_s);
    QCOMPARE(m_model->index(0, ClinicianTableModel::ActiveColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(m_model->index(1, ClinicianTableModel::ActiveColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(m_model->flags(m_model->index(0, ClinicianTableModel::NameColumn)) & Qt::ItemIsEditable);
    QVERIFY(!(m_model->flags(m_model->index(0, ClinicianTableModel::TeamColumn)) & Qt::ItemIsEditable));
    QVERIFY(m_model->flags(m_model->index(0, ClinicianTableModel::ActiveColumn)) & Qt::ItemIsUserCheckable);
}

void TestClinicianTableModel::filters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("activeOnly");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("everyone") << QString() << false << QStringList{u"Anna Kowalski"_s, u"Ben Hart"_s, u"Zoe Adeyemi"_s};
    QTest::newRow("part of a name, any case") << u"ADE"_s << false << QStringList{u"Zoe Adeyemi"_s};
    QTest::newRow("inside a word") << u"owa"_s << false << QStringList{u"Anna Kowalski"_s};
    QTest::newRow("matches two") << u"e"_s << false << QStringList{u"Ben Hart"_s, u"Zoe Adeyemi"_s};
    QTest::newRow("surname") << u"hart"_s << false << QStringList{u"Ben Hart"_s};
    QTest::newRow("active only") << QString() << true << QStringList{u"Anna Kowalski"_s, u"Zoe Adeyemi"_s};
    QTest::newRow("search among active") << u"hart"_s << true << QStringList();
    QTest::newRow("no match") << u"nobody"_s << false << QStringList();
}

void TestClinicianTableModel::filters()
{
    QFETCH(QString, search);
    QFETCH(bool, activeOnly);
    QFETCH(QStringList, names);

    ClinicianFilter filter;
    filter.search = search;
    filter.activeOnly = activeOnly;
    m_model->setFilter(filter);
    QStringList shown;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown.append(m_model->index(row, ClinicianTableModel::NameColumn).data().toString());
    QCOMPARE(shown, names);
}

void TestClinicianTableModel::renameIsUndoableAndJournaled()
{
    Workspace &ws = *m_session->workspace();
    QUndoStack *stack = m_session->undoStack();
    const QModelIndex name = m_model->index(rowOf(u"Zoe Adeyemi"_s), ClinicianTableModel::NameColumn);

    QVERIFY(m_model->setData(name, u"  Zoë   Adeyemi-Hart "_s));
    QCOMPARE(nameInStore(m_zoe.id), u"Zoë Adeyemi-Hart"_s);
    QCOMPARE(stack->count(), 1);
    QVERIFY(rowOf(u"Zoë Adeyemi-Hart"_s) >= 0);
    JournalEntry entry = lastJournalEntry(ws);
    QCOMPARE(entry.record_type, u"clinician"_s);
    QCOMPARE(entry.operation, u"update"_s);
    QCOMPARE(entry.local_id, m_zoe.id);
    QCOMPARE(entry.before.value(u"name"_s).toString(), u"Zoe Adeyemi"_s);
    QCOMPARE(entry.after.value(u"name"_s).toString(), u"Zoë Adeyemi-Hart"_s);

    stack->undo();
    QCOMPARE(nameInStore(m_zoe.id), u"Zoe Adeyemi"_s);
    QVERIFY(rowOf(u"Zoe Adeyemi"_s) >= 0);
    entry = lastJournalEntry(ws);
    QCOMPARE(entry.operation, u"update"_s);
    QCOMPARE(entry.before.value(u"name"_s).toString(), u"Zoë Adeyemi-Hart"_s);
    QCOMPARE(entry.after.value(u"name"_s).toString(), u"Zoe Adeyemi"_s);

    stack->redo();
    QCOMPARE(nameInStore(m_zoe.id), u"Zoë Adeyemi-Hart"_s);
    QCOMPARE(lastJournalEntry(ws).after.value(u"name"_s).toString(), u"Zoë Adeyemi-Hart"_s);
    QCOMPARE(stack->count(), 1);
}

void TestClinicianTableModel::activeToggleIsUndoable()
{
    const QModelIndex active = m_model->index(rowOf(u"Anna Kowalski"_s), ClinicianTableModel::ActiveColumn);
    QVERIFY(m_model->setData(active, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(ClinicianRepository(*m_session->workspace()).get(m_anna.id)->active, false);
    QCOMPARE(m_model->index(rowOf(u"Anna Kowalski"_s), ClinicianTableModel::ActiveColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
             Qt::Unchecked);
    QCOMPARE(lastJournalEntry(*m_session->workspace()).after.value(u"active"_s).toBool(), false);

    m_session->undoStack()->undo();
    QCOMPARE(ClinicianRepository(*m_session->workspace()).get(m_anna.id)->active, true);
    QCOMPARE(m_model->index(rowOf(u"Anna Kowalski"_s), ClinicianTableModel::ActiveColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
             Qt::Checked);
}

void TestClinicianTableModel::undoKeepsOtherFieldsChangedSince()
{
    QVERIFY(m_model->setData(m_model->index(rowOf(u"Ben Hart"_s), ClinicianTableModel::NameColumn), u"Benjamin Hart"_s));
    // Another change to the same person arrives in between (another window, a sync).
    ClinicianRepository repository(*m_session->workspace());
    Clinician ben = *repository.get(m_ben.id);
    ben.grade = u"Senior Nurse"_s;
    QVERIFY(repository.update(ben).ok());

    m_session->undoStack()->undo();
    const Clinician stored = *repository.get(m_ben.id);
    QCOMPARE(stored.name, u"Ben Hart"_s);
    QCOMPARE(stored.grade, u"Senior Nurse"_s);
}

void TestClinicianTableModel::refusedRenameIsShownAndReverted()
{
    QSignalSpy errors(m_session.get(), &WorkspaceSession::errorOccurred);
    const QModelIndex name = m_model->index(rowOf(u"Anna Kowalski"_s), ClinicianTableModel::NameColumn);
    QVERIFY(!m_model->setData(name, u"   "_s));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.constFirst().constFirst().toString().contains(u"name"_s));
    QCOMPARE(nameInStore(m_anna.id), u"Anna Kowalski"_s);
    QCOMPARE(name.data().toString(), u"Anna Kowalski"_s);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestClinicianTableModel::editKeepsRowsWhenOrderIsUnchanged()
{
    // A view keeps its selection and scroll position when a row changes in place.
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(m_model->index(0, ClinicianTableModel::NameColumn), u"Anna Kowalska"_s));
    QCOMPARE(resets.size(), 0);
    QVERIFY(changes.size() >= 1);
    QCOMPARE(m_model->index(0, ClinicianTableModel::NameColumn).data().toString(), u"Anna Kowalska"_s);
}

QTEST_MAIN(TestClinicianTableModel)
#include "tst_cliniciantablemodel.moc"
