#include "generator/breakdownmodel.h"
#include "generator/fairsharemodel.h"
#include "generator/generatedialog.h"
#include "generator/proposalchangemodel.h"
#include "mainwindow.h"
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace UiTestData;

namespace {

using Page = GenerateDialog::Page;
using Mode = GenerationSettings::Mode;

// Two weeks of the demo's rota, planned for its smallest team with a budget of moves, so that
// each run is short and depends on the seed alone.
constexpr qint64 TestIterations = 20000;

QDate periodStart()
{
    return monday();
}

QDate periodEnd()
{
    return monday().addDays(13);
}

// What the coordinator sees of a shift, keyed by id; the record's modification stamp is left
// out because an undo is itself a write.
QStringList describe(QList<Shift> shifts)
{
    std::sort(shifts.begin(), shifts.end(), [](const Shift &a, const Shift &b) { return a.id < b.id; });
    QStringList lines;
    for (const Shift &shift : std::as_const(shifts)) {
        QJsonObject json = shift.toJson();
        json.remove(u"modified_at"_s);
        json.remove(u"modified_by"_s);
        lines << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
    }
    return lines;
}

} // namespace

class TestGenerateDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void generateReachesThePreview();
    void changeTableListsEveryChange();
    void acceptWritesOneEditThatUndoTakesBack();
    void discardWritesNothing();
    void invalidPeriodStaysOnTheSettings();
    void noTeamCheckedIsRefused();
    void presetFillsTheWeights();
    void editingAWeightMakesItCustom();
    void stoppingALongRunStillPreviews();
    void closingWhileRunningStopsTheSearch();
    void backReturnsToTheSettings();
    void nothingToChangeDisablesAccept();
    void rotaMenuOpensOnlyWithAWorkspace();
    void costPutsHardRulesFirstAndSaysWhatGotWorse();
    void fairSharesShowHoursAsHours();

private:
    std::unique_ptr<GenerateDialog> makeDialog(Mode mode = Mode::Generate);
    void runToPreview(GenerateDialog &dialog);
    QList<Shift> periodShifts() const;
    QString typeCode(qint64 typeId) const;

    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceSession> m_session;
};

void TestGenerateDialog::initTestCase()
{
    useSettingsIn(m_dir.path());
}

void TestGenerateDialog::init()
{
    m_session = std::make_unique<WorkspaceSession>();
    check(m_session->openDemo(m_dir.filePath(u"demo.rota"_s), monday()));
}

void TestGenerateDialog::cleanup()
{
    m_session.reset();
}

std::unique_ptr<GenerateDialog> TestGenerateDialog::makeDialog(Mode mode)
{
    auto dialog = std::make_unique<GenerateDialog>(mode, m_session.get(), periodStart(), periodEnd());
    QStandardItemModel *teams = dialog->teamModel();
    for (int row = 0; row < teams->rowCount(); ++row) {
        QStandardItem *item = teams->item(row);
        item->setCheckState(item->text() == u"Acute Medicine Consultants"_s ? Qt::Checked : Qt::Unchecked);
    }
    dialog->setMaxIterations(TestIterations);
    return dialog;
}

void TestGenerateDialog::runToPreview(GenerateDialog &dialog)
{
    QVERIFY2(dialog.start(), qPrintable(dialog.errorText()));
    QCOMPARE(dialog.page(), Page::Running);
    // The deadline only guards against a hang.
    QTRY_COMPARE_WITH_TIMEOUT(dialog.page(), Page::Preview, 120000);
    QVERIFY(dialog.proposal());
}

QList<Shift> TestGenerateDialog::periodShifts() const
{
    return ShiftRepository(*m_session->workspace()).inWindow(periodStart(), periodEnd());
}

QString TestGenerateDialog::typeCode(qint64 typeId) const
{
    const std::optional<ShiftType> type = ShiftTypeRepository(*m_session->workspace()).get(typeId);
    return type ? type->code : QString();
}

void TestGenerateDialog::generateReachesThePreview()
{
    const auto dialog = makeDialog();
    QCOMPARE(dialog->windowTitle(), u"Generate Rota"_s);
    const GenerationSettings settings = dialog->settings();
    QCOMPARE(settings.from, periodStart());
    QCOMPARE(settings.to, periodEnd());
    QCOMPARE(settings.teamIds.size(), 1);
    QCOMPARE(settings.seconds, 30.0);
    QCOMPARE(settings.maxIterations, TestIterations);
    runToPreview(*dialog);
    if (QTest::currentTestFailed())
        return;

    const RotaProposal &proposal = *dialog->proposal();
    QVERIFY(!proposal.changes.isEmpty());
    QVERIFY(!proposal.cancelled);
    const QString summary = dialog->summaryText();
    QVERIFY2(summary.contains(u"%1 shift(s) added, %2 removed, %3 changed."_s.arg(proposal.added).arg(proposal.removed).arg(proposal.changed)),
             qPrintable(summary));
    QVERIFY2(summary.contains(u"Hard rule violations: %1 → %2"_s.arg(proposal.costBefore.hard).arg(proposal.costAfter.hard)),
             qPrintable(summary));
    // The hard warning is there exactly when hard rules stay broken.
    const auto *warning = dialog->findChild<QLabel *>(u"hardWarning"_s);
    QCOMPARE(warning->isVisibleTo(dialog.get()), proposal.costAfter.hard > 0);
    QVERIFY(dialog->findChild<QPushButton *>(u"accept"_s)->isEnabled());

    // Cost: one row per rule, every hard rule before the first soft goal.
    BreakdownModel *cost = dialog->breakdownModel();
    QCOMPARE(cost->rowCount(), int(proposal.breakdownAfter.size()));
    bool softSeen = false;
    for (int row = 0; row < cost->rowCount(); ++row) {
        const bool hard = cost->index(row, BreakdownModel::KindColumn).data().toString() == u"Hard rule"_s;
        QVERIFY2(!(hard && softSeen), "a hard rule after a soft goal");
        softSeen = softSeen || !hard;
    }
    // Cover: the five measures, before and after as the proposal counts them.
    QStandardItemModel *cover = dialog->coverModel();
    QCOMPARE(cover->rowCount(), 5);
    QCOMPARE(cover->item(1, 0)->text(), u"People short of minimum"_s);
    QCOMPARE(cover->item(1, 1)->text(), QLocale().toString(proposal.coverageBefore.shortOfMinimum));
    QCOMPARE(cover->item(1, 2)->text(), QLocale().toString(proposal.coverageAfter.shortOfMinimum));
    // Fair shares: a row per clinician of the team, a column per fairness kind after name and FTE.
    FairShareModel *fair = dialog->fairShareModel();
    QCOMPARE(fair->rowCount(), int(proposal.fairShares.size()));
    QCOMPARE(fair->columnCount(), FairShareModel::FirstKindColumn + int(proposal.kindNames.size()));
    QCOMPARE(fair->index(0, FairShareModel::ClinicianColumn).data().toString(), proposal.fairShares.first().name);
}

// Every change is a row, in the proposal's order, naming the day, the clinician and the shift
// types as the workspace stores them.
void TestGenerateDialog::changeTableListsEveryChange()
{
    const auto dialog = makeDialog();
    runToPreview(*dialog);
    if (QTest::currentTestFailed())
        return;
    const RotaProposal &proposal = *dialog->proposal();
    ProposalChangeModel *model = dialog->changeModel();
    QCOMPARE(model->rowCount(), int(proposal.changes.size()));
    const ClinicianRepository clinicians(*m_session->workspace());
    int added = 0;
    int removed = 0;
    int changed = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const ShiftChange &change = proposal.changes.at(row);
        const auto text = [&](int column) { return model->index(row, column).data().toString(); };
        const Shift &shift = change.after ? *change.after : *change.before;
        QVERIFY(text(ProposalChangeModel::DateColumn).contains(QLocale().toString(shift.date, QLocale::ShortFormat)));
        const qint64 clinicianId = change.after && change.after->clinician_id ? *change.after->clinician_id : *change.before->clinician_id;
        QCOMPARE(text(ProposalChangeModel::ClinicianColumn), clinicians.get(clinicianId)->name);
        const bool fromNobody = !change.before || change.before->isOpen();
        const bool toNobody = !change.after || change.after->isOpen();
        QCOMPARE(text(ProposalChangeModel::BeforeColumn), fromNobody ? u"—"_s : typeCode(change.before->shift_type_id));
        QCOMPARE(text(ProposalChangeModel::AfterColumn), toNobody ? u"—"_s : typeCode(change.after->shift_type_id));
        const QString kind = text(ProposalChangeModel::KindColumn);
        QCOMPARE(kind, fromNobody ? u"Added"_s : toNobody ? u"Removed"_s : u"Changed"_s);
        added += kind == u"Added"_s;
        removed += kind == u"Removed"_s;
        changed += kind == u"Changed"_s;
    }
    // The table and the summary count alike.
    QCOMPARE(added, proposal.added);
    QCOMPARE(removed, proposal.removed);
    QCOMPARE(changed, proposal.changed);
}

void TestGenerateDialog::acceptWritesOneEditThatUndoTakesBack()
{
    const QList<Shift> before = periodShifts();
    const qint64 allBefore = ShiftRepository(*m_session->workspace()).count();
    const auto dialog = makeDialog();
    runToPreview(*dialog);
    if (QTest::currentTestFailed())
        return;
    const RotaProposal proposal = *dialog->proposal();
    const qsizetype created = std::count_if(proposal.changes.cbegin(), proposal.changes.cend(), [](const ShiftChange &c) { return !c.before; });
    const qsizetype deleted = std::count_if(proposal.changes.cbegin(), proposal.changes.cend(), [](const ShiftChange &c) { return !c.after; });

    QVERIFY(dialog->acceptProposal());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    const QList<Shift> after = periodShifts();
    QCOMPARE(after.size(), before.size() + created - deleted);
    QCOMPARE(ShiftRepository(*m_session->workspace()).count(), allBefore + created - deleted);
    // Each clinician's day holds the shift type the proposal gave it.
    for (const ShiftChange &change : proposal.changes) {
        if (!change.after)
            continue;
        const bool stored = std::any_of(after.cbegin(), after.cend(), [&](const Shift &shift) {
            return shift.clinician_id == change.after->clinician_id && shift.date == change.after->date
                && shift.shift_type_id == change.after->shift_type_id;
        });
        QVERIFY2(stored, qPrintable(change.after->date.toString(Qt::ISODate)));
    }
    QCOMPARE(m_session->undoStack()->count(), 1);
    QCOMPARE(m_session->undoStack()->undoText(), u"Generate rota"_s);

    m_session->undoStack()->undo();
    QCOMPARE(describe(periodShifts()), describe(before));
    QCOMPARE(ShiftRepository(*m_session->workspace()).count(), allBefore);
}

void TestGenerateDialog::discardWritesNothing()
{
    const QList<Shift> before = periodShifts();
    const qint64 journal = Journal(*m_session->workspace()).lastId();
    const auto dialog = makeDialog();
    runToPreview(*dialog);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!dialog->proposal()->changes.isEmpty());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"discard"_s), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(describe(periodShifts()), describe(before));
    QCOMPARE(Journal(*m_session->workspace()).lastId(), journal);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestGenerateDialog::invalidPeriodStaysOnTheSettings()
{
    const auto dialog = makeDialog();
    dialog->findChild<QDateEdit *>(u"from"_s)->setDate(periodEnd());
    dialog->findChild<QDateEdit *>(u"to"_s)->setDate(periodStart());
    QVERIFY(!dialog->start());
    QCOMPARE(dialog->page(), Page::Settings);
    QVERIFY(!dialog->errorText().isEmpty());
    QVERIFY(dialog->findChild<QLabel *>(u"settingsError"_s)->isVisibleTo(dialog.get()));
    QVERIFY(!dialog->proposal());
    QCOMPARE(m_session->undoStack()->count(), 0);

    // Put right, the same dialog starts.
    dialog->findChild<QDateEdit *>(u"from"_s)->setDate(periodStart());
    dialog->findChild<QDateEdit *>(u"to"_s)->setDate(periodEnd());
    runToPreview(*dialog);
    if (QTest::currentTestFailed())
        return;
    dialog->back();
    QVERIFY(dialog->errorText().isEmpty());
}

void TestGenerateDialog::noTeamCheckedIsRefused()
{
    const auto dialog = makeDialog();
    QStandardItemModel *teams = dialog->teamModel();
    QVERIFY(teams->rowCount() >= 3);
    for (int row = 0; row < teams->rowCount(); ++row)
        teams->item(row)->setCheckState(Qt::Unchecked);
    QVERIFY(!dialog->start());
    QCOMPARE(dialog->page(), Page::Settings);
    QCOMPARE(dialog->errorText(), u"Check at least one team."_s);

    // Every team checked means the whole department, clinicians without a team included.
    for (int row = 0; row < teams->rowCount(); ++row)
        teams->item(row)->setCheckState(Qt::Checked);
    QVERIFY(dialog->settings().teamIds.isEmpty());
}

void TestGenerateDialog::presetFillsTheWeights()
{
    const auto dialog = makeDialog();
    auto *preset = dialog->findChild<QComboBox *>(u"preset"_s);
    // Generating starts from its default weights, named after their preset.
    QCOMPARE(dialog->settings().weights, GenerationSettings::defaultWeights(Mode::Generate));
    const auto value = [&](const char *name) { return dialog->findChild<QSpinBox *>(QString::fromLatin1(name))->value(); };
    for (const GenerationWeights::Preset choice : GenerationWeights::presets()) {
        preset->setCurrentIndex(preset->findText(GenerationWeights::presetName(choice)));
        const GenerationWeights expected = GenerationWeights::preset(choice);
        QCOMPARE(value("coverBelowIdeal"), expected.coverBelowIdeal);
        QCOMPARE(value("coverAboveIdeal"), expected.coverAboveIdeal);
        QCOMPARE(value("pendingLeave"), expected.pendingLeave);
        QCOMPARE(value("fairNights"), expected.fairNights);
        QCOMPARE(value("fairWeekends"), expected.fairWeekends);
        QCOMPARE(value("fairBankHolidays"), expected.fairBankHolidays);
        QCOMPARE(value("fairHours"), expected.fairHours);
        QCOMPARE(value("changes"), expected.changes);
        QCOMPARE(value("maxConsecutiveDays"), expected.maxConsecutiveDays);
        QCOMPARE(dialog->settings().weights, expected);
        QCOMPARE(preset->currentText(), GenerationWeights::presetName(choice));
    }
}

void TestGenerateDialog::editingAWeightMakesItCustom()
{
    const auto dialog = makeDialog(Mode::Rebalance);
    QCOMPARE(dialog->windowTitle(), u"Rebalance Rota"_s);
    auto *preset = dialog->findChild<QComboBox *>(u"preset"_s);
    QCOMPARE(dialog->settings().weights, GenerationSettings::defaultWeights(Mode::Rebalance));
    auto *nights = dialog->findChild<QSpinBox *>(u"fairNights"_s);
    const int original = nights->value();
    nights->setValue(original + 997);
    QCOMPARE(preset->currentText(), u"Custom"_s);
    QCOMPARE(dialog->settings().weights.fairNights, original + 997);
    // Back to the preset's value, the weights are the preset's again.
    nights->setValue(original);
    QCOMPARE(dialog->settings().weights, GenerationSettings::defaultWeights(Mode::Rebalance));
    QVERIFY(preset->currentText() != u"Custom"_s);
}

// Stopped right after it started, a search with a minute's budget still ends in a preview of
// the best rota found by then.
void TestGenerateDialog::stoppingALongRunStillPreviews()
{
    const auto dialog = makeDialog();
    dialog->setMaxIterations(0);
    dialog->findChild<QSpinBox *>(u"seconds"_s)->setValue(60);
    QVERIFY(dialog->start());
    QVERIFY(dialog->progressText().startsWith(u"Hard rule violations: "_s));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"stop"_s), Qt::LeftButton);
    // Well inside the minute: the search ended because it was stopped, not because time ran out.
    QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), Page::Preview, 30000);
    QVERIFY(dialog->proposal());
    QVERIFY(dialog->proposal()->cancelled);
    QVERIFY(dialog->summaryText().contains(u"stopped"_s));
}

void TestGenerateDialog::closingWhileRunningStopsTheSearch()
{
    const QList<Shift> before = periodShifts();
    const auto dialog = makeDialog();
    dialog->setMaxIterations(0);
    dialog->findChild<QSpinBox *>(u"seconds"_s)->setValue(60);
    QVERIFY(dialog->start());
    dialog->reject();
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    // The result of the abandoned search, already on its way, is ignored.
    QCoreApplication::processEvents();
    QCOMPARE(dialog->page(), Page::Settings);
    QVERIFY(!dialog->proposal());
    QCOMPARE(describe(periodShifts()), describe(before));
}

void TestGenerateDialog::backReturnsToTheSettings()
{
    const auto dialog = makeDialog();
    runToPreview(*dialog);
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"back"_s), Qt::LeftButton);
    QCOMPARE(dialog->page(), Page::Settings);
    QVERIFY(!dialog->proposal());
    QCOMPARE(dialog->changeModel()->rowCount(), 0);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

// A workspace whose shift types nobody needs: the search finds nothing to do.
void TestGenerateDialog::nothingToChangeDisablesAccept()
{
    check(m_session->open(m_dir.filePath(u"quiet.rota"_s), Workspace::OpenMode::CreateNew));
    m_session->workspace()->setClock(now);
    check(m_session->workspace()->setSetting(u"time_zone"_s, QString::fromUtf8(zone())));
    const CalendarPeople people = addCalendarPeople(*m_session->workspace());
    for (const Clinician &clinician : {people.alice, people.bob, people.carol})
        addWorkingTerm(*m_session->workspace(), clinician.id, monday().addYears(-1), 100.0, 6.0);

    GenerateDialog dialog(Mode::Generate, m_session.get(), periodStart(), periodEnd());
    QVERIFY(dialog.findChild<QLabel *>(u"noTeams"_s));
    QVERIFY(dialog.settings().teamIds.isEmpty());
    dialog.setMaxIterations(TestIterations);
    runToPreview(dialog);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(dialog.proposal()->changes.isEmpty());
    QCOMPARE(dialog.changeModel()->rowCount(), 0);
    QVERIFY(dialog.summaryText().startsWith(u"Nothing to change"_s));
    QVERIFY(!dialog.findChild<QPushButton *>(u"accept"_s)->isEnabled());
    QVERIFY(!dialog.acceptProposal());
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestGenerateDialog::rotaMenuOpensOnlyWithAWorkspace()
{
    m_session.reset();
    MainWindow window;
    const QList<QAction *> menus = window.menuBar()->actions();
    QStringList titles;
    for (const QAction *menu : menus)
        titles << menu->text().remove(u'&');
    const qsizetype rota = titles.indexOf(u"Rota"_s);
    QVERIFY2(rota > 0, qPrintable(titles.join(u", "_s)));
    QCOMPARE(titles.at(rota - 1), u"Edit"_s);
    QCOMPARE(titles.at(rota + 1), u"Help"_s);
    const QList<QAction *> actions = menus.at(rota)->menu()->actions();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.at(0)->text(), u"&Generate Rota…"_s);
    QCOMPARE(actions.at(1)->text(), u"Re&balance Rota…"_s);
    for (const QAction *action : actions) {
        QVERIFY(!action->statusTip().isEmpty());
        QVERIFY(!action->isEnabled());
    }
    check(window.session()->openDemo(m_dir.filePath(u"window.rota"_s), monday()));
    for (const QAction *action : actions)
        QVERIFY(action->isEnabled());
}

void TestGenerateDialog::costPutsHardRulesFirstAndSaysWhatGotWorse()
{
    using C = RosterBreakdown::Constraint;
    RotaProposal proposal;
    proposal.breakdownBefore = {{C::CoverBelowMinimum, -1, true, 2, 2}, {C::CoverBelowIdeal, -1, false, 3, 120},
                                {C::ConsecutiveNights, -1, true, 0, 0}};
    proposal.breakdownAfter = {{C::CoverBelowMinimum, -1, true, 0, 0}, {C::CoverBelowIdeal, -1, false, 4, 160},
                               {C::ConsecutiveNights, -1, true, 1, 1}};
    BreakdownModel model;
    model.setProposal(proposal, RosterModel());
    QCOMPARE(model.rowCount(), 3);
    const auto row = [&](int r) {
        QStringList texts;
        for (int column = 0; column < model.columnCount(); ++column)
            texts << model.index(r, column).data().toString();
        return texts;
    };
    QCOMPARE(row(0), QStringList({u"Cover below minimum"_s, u"Hard rule"_s, u"2"_s, u"0"_s, u"Better (−2)"_s}));
    QCOMPARE(row(1), QStringList({u"Nights beyond the consecutive limit"_s, u"Hard rule"_s, u"0"_s, u"1"_s, u"Worse (+1)"_s}));
    QCOMPARE(row(2), QStringList({u"Cover below ideal"_s, u"Soft goal"_s, u"120"_s, u"160"_s, u"Worse (+40)"_s}));
    QCOMPARE(model.index(2, BreakdownModel::AfterColumn).data(Qt::ToolTipRole).toString(), u"4 time(s), weighted cost 160"_s);
    // Only what got worse is marked.
    QVERIFY(model.index(2, BreakdownModel::AfterColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(0, BreakdownModel::AfterColumn).data(Qt::FontRole).isValid());
}

void TestGenerateDialog::fairSharesShowHoursAsHours()
{
    RosterModel roster;
    roster.countKinds = {{u"nights"_s, 1, {}, false}, {u"hours"_s, 1, {}, true}};
    RotaProposal proposal;
    proposal.kindNames = {u"Nights"_s, u"Hours"_s};
    // 5,760 minutes are 96 h; 5,430 are 90.5 h; 5,670 are 94.5 h.
    proposal.fairShares = {{7, u"Ada Byron"_s, 80.0, {3, 5760}, {4, 5430}, {3, 5670}, {5, 5760}}};
    FairShareModel model;
    model.setProposal(proposal, roster);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), u"Hours"_s);
    QCOMPARE(model.index(0, FairShareModel::ClinicianColumn).data().toString(), u"Ada Byron"_s);
    QCOMPARE(model.index(0, FairShareModel::PercentageColumn).data().toString(), u"80 %"_s);
    QCOMPARE(model.index(0, 2).data().toString(), u"3 → 4 (fair range 3–5)"_s);
    QCOMPARE(model.index(0, 3).data().toString(), u"96 h → 90.5 h (fair range 94.5–96 h) ▼"_s);
    QCOMPARE(model.index(0, 3).data(Qt::ToolTipRole).toString(), u"Below the fair range after the change"_s);
    QVERIFY(!model.index(0, 2).data(Qt::ToolTipRole).isValid());

    // A clinician whose team works no nights has no share in them, and nothing to mark.
    constexpr int None = RotaProposal::FairShare::NoShare;
    proposal.fairShares.append({8, u"Cy Young"_s, 100.0, {1, 5760}, {0, 5760}, {None, 5670}, {None, 5760}});
    model.setProposal(proposal, roster);
    QCOMPARE(model.index(1, 2).data().toString(), u"1 → 0 (no share)"_s);
    QVERIFY(!model.index(1, 2).data(Qt::ToolTipRole).isValid());
}

QTEST_MAIN(TestGenerateDialog)
#include "tst_generatedialog.moc"
