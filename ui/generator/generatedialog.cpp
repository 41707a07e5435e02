#include "generatedialog.h"

#include "breakdownmodel.h"
#include "calendar/calendarpalette.h"
#include "commands/changeshifts.h"
#include "fairsharemodel.h"
#include "proposalchangemodel.h"
#include "storage/teamrepository.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr int TeamIdRole = Qt::UserRole + 1;
constexpr int CustomPreset = -1;

struct WeightField
{
    int GenerationWeights::*member;
    const char *name; // object name of its spin box
    QString label;
    QString toolTip;
    int maximum;
    QString suffix;
};

QList<WeightField> weightFields()
{
    using W = GenerationWeights;
    return {
        {&W::coverBelowIdeal, "coverBelowIdeal", GenerateDialog::tr("Short of ideal cover:"),
         GenerateDialog::tr("Cost of each person missing to reach a shift's ideal cover (above its minimum)."), 10000, {}},
        {&W::coverAboveIdeal, "coverAboveIdeal", GenerateDialog::tr("Over ideal cover:"),
         GenerateDialog::tr("Cost of each person beyond a shift's ideal cover (up to its maximum)."), 10000, {}},
        {&W::pendingLeave, "pendingLeave", GenerateDialog::tr("Shift on requested leave:"),
         GenerateDialog::tr("Cost of each shift on a day the clinician has asked for leave that is not decided yet."), 10000, {}},
        {&W::fairNights, "fairNights", GenerateDialog::tr("Unfair nights:"),
         GenerateDialog::tr("Cost of each night a clinician works beyond or short of the fair share for the FTE."), 10000, {}},
        {&W::fairWeekends, "fairWeekends", GenerateDialog::tr("Unfair weekend days:"),
         GenerateDialog::tr("Cost of each weekend day a clinician works beyond or short of the fair share for the FTE."), 10000, {}},
        {&W::fairBankHolidays, "fairBankHolidays", GenerateDialog::tr("Unfair bank holidays:"),
         GenerateDialog::tr("Cost of each bank holiday a clinician works beyond or short of the fair share for the FTE."), 10000, {}},
        {&W::fairHours, "fairHours", GenerateDialog::tr("Unfair hours:"),
         GenerateDialog::tr("Cost of each hour a clinician works beyond or short of the fair share of hours for the FTE."), 10000, {}},
        {&W::changes, "changes", GenerateDialog::tr("Changed days:"),
         GenerateDialog::tr("Cost of each day whose shift differs from the rota as it stands: higher keeps the rota closer to "
                            "what the staff already know."),
         10000, {}},
        {&W::maxConsecutiveDays, "maxConsecutiveDays", GenerateDialog::tr("Longest run of working days:"),
         GenerateDialog::tr("A hard limit: nobody is given more working days in a row than this."), 31, GenerateDialog::tr(" days")},
    };
}

QDateEdit *dateEdit(QDate date, const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

QLabel *wrappingLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// Readable on light and dark backgrounds alike; the text says it is a warning as well.
void markAsWarning(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, CalendarPalette(palette).belowMinimum());
    label->setPalette(palette);
}

QTableView *tableView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

GenerateDialog::GenerateDialog(GenerationSettings::Mode mode, WorkspaceSession *session, QDate from, QDate to, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_session(session)
    , m_pages(new QStackedWidget(this))
    , m_teams(new QStandardItemModel(this))
    , m_changes(new ProposalChangeModel(this))
    , m_breakdown(new BreakdownModel(this))
    , m_cover(new QStandardItemModel(this))
    , m_fairShares(new FairShareModel(this))
{
    const bool generate = mode == GenerationSettings::Mode::Generate;
    setWindowTitle(generate ? tr("Generate Rota") : tr("Rebalance Rota"));
    if (!from.isValid() || !to.isValid()) {
        from = session->today();
        to = from.addDays(27);
    }
    m_from = dateEdit(from, u"from"_s, this);
    m_to = dateEdit(to, u"to"_s, this);

    m_pages->addWidget(buildSettingsPage());
    m_pages->addWidget(buildRunningPage());
    m_pages->addWidget(buildPreviewPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    setWeights(GenerationSettings::defaultWeights(mode));
    setPage(Page::Settings);
    const QFontMetrics metrics = fontMetrics();
    resize(std::max(sizeHint().width(), metrics.averageCharWidth() * 110), std::max(sizeHint().height(), metrics.height() * 34));
}

GenerateDialog::~GenerateDialog()
{
    stopAndWait();
}

QWidget *GenerateDialog::buildSettingsPage()
{
    auto *page = new QWidget(this);
    const bool generate = m_mode == GenerationSettings::Mode::Generate;
    QLabel *explanation = wrappingLabel(page, u"explanation"_s);
    explanation->setText(generate ? tr("Fills or replaces the unpinned shifts of the period for the chosen teams. Pinned shifts, "
                                       "leave and working terms are kept.")
                                  : tr("Changes as few shifts as possible so that the rota keeps the rules again, e.g. after "
                                       "leave was approved."));

    if (Workspace *workspace = m_session->workspace()) {
        for (const Team &team : TeamRepository(*workspace).all()) {
            auto *item = new QStandardItem(team.name);
            item->setData(team.id, TeamIdRole);
            item->setCheckable(true);
            item->setCheckState(Qt::Checked);
            item->setEditable(false);
            m_teams->appendRow(item);
        }
    }

    m_seconds = new QSpinBox(page);
    m_seconds->setObjectName(u"seconds"_s);
    m_seconds->setRange(1, 3600);
    m_seconds->setValue(30);
    m_seconds->setSuffix(tr(" seconds"));
    m_seconds->setToolTip(tr("How long to search. A longer search usually finds a better rota; it can be stopped early."));
    m_seed = new QSpinBox(page);
    m_seed->setObjectName(u"seed"_s);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setToolTip(tr("Where the search starts from. Another seed may find another rota of similar cost."));

    auto *periodBox = new QGroupBox(tr("What to plan"), page);
    auto *period = new QFormLayout(periodBox);
    period->setRowWrapPolicy(QFormLayout::WrapLongRows);
    period->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    period->addRow(tr("&From:"), m_from);
    period->addRow(tr("&To:"), m_to);
    if (m_teams->rowCount() > 0) {
        auto *teams = new QListView(periodBox);
        teams->setObjectName(u"teams"_s);
        teams->setModel(m_teams);
        teams->setToolTip(tr("The clinicians of the checked teams are planned. With every team checked, clinicians without "
                             "a team are planned too."));
        // As tall as its teams, so that a few teams do not leave an empty box.
        teams->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        teams->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        period->addRow(tr("T&eams:"), teams);
    } else {
        QLabel *everyone = wrappingLabel(periodBox, u"noTeams"_s);
        everyone->setText(tr("Every clinician (the workspace has no teams)"));
        period->addRow(tr("Teams:"), everyone);
    }

    m_preset = new QComboBox(page);
    m_preset->setObjectName(u"preset"_s);
    for (const GenerationWeights::Preset preset : GenerationWeights::presets())
        m_preset->addItem(GenerationWeights::presetName(preset), int(preset));
    m_preset->addItem(tr("Custom"), CustomPreset);
    m_preset->setToolTip(tr("A set of weights to start from; changing a weight makes it a custom set."));
    auto *weightBox = new QGroupBox(tr("How to search"), page);
    auto *weightForm = new QFormLayout(weightBox);
    weightForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    weightForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    weightForm->addRow(tr("Time &budget:"), m_seconds);
    weightForm->addRow(tr("&Seed:"), m_seed);
    weightForm->addRow(tr("&Weights:"), m_preset);
    for (const WeightField &field : weightFields()) {
        auto *box = new QSpinBox(weightBox);
        box->setObjectName(QString::fromLatin1(field.name));
        box->setRange(0, field.maximum);
        box->setSuffix(field.suffix);
        box->setToolTip(field.toolTip);
        auto *label = new QLabel(field.label, weightBox);
        label->setToolTip(field.toolTip);
        label->setBuddy(box);
        weightForm->addRow(label, box);
        m_weightBoxes.append(box);
        connect(box, &QSpinBox::valueChanged, this, &GenerateDialog::weightsEdited);
    }
    connect(m_preset, &QComboBox::currentIndexChanged, this, &GenerateDialog::applyPreset);

    m_settingsError = wrappingLabel(page, u"settingsError"_s);
    markAsWarning(m_settingsError);
    m_settingsError->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, page);
    m_startButton = buttons->addButton(m_mode == GenerationSettings::Mode::Generate ? tr("&Generate") : tr("&Rebalance"),
                                       QDialogButtonBox::ActionRole);
    m_startButton->setObjectName(u"start"_s);
    connect(m_startButton, &QPushButton::clicked, this, [this] { (void)start(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(periodBox, 1, Qt::AlignTop);
    columns->addWidget(weightBox, 1, Qt::AlignTop);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(explanation);
    layout->addLayout(columns);
    layout->addWidget(m_settingsError);
    layout->addStretch(1);
    layout->addWidget(buttons);
    return page;
}

QWidget *GenerateDialog::buildRunningPage()
{
    auto *page = new QWidget(this);
    QLabel *title = wrappingLabel(page, u"runningTitle"_s);
    title->setText(m_mode == GenerationSettings::Mode::Generate ? tr("Searching for the best rota…")
                                                                : tr("Searching for the fewest changes that keep the rules…"));
    m_costLabel = wrappingLabel(page, u"bestCost"_s);
    m_elapsed = new QProgressBar(page);
    m_elapsed->setObjectName(u"elapsed"_s);
    m_elapsed->setFormat(tr("%v s of %m s"));
    QLabel *note = wrappingLabel(page, u"stopNote"_s);
    note->setText(tr("Stopping ends the search early and shows the best rota found so far; nothing is written before you accept it."));

    auto *buttons = new QDialogButtonBox(page);
    m_stopButton = buttons->addButton(tr("&Stop Search"), QDialogButtonBox::RejectRole);
    m_stopButton->setObjectName(u"stop"_s);
    // Stopping previews the best found; closing the window (Escape) discards it.
    connect(m_stopButton, &QPushButton::clicked, this, &GenerateDialog::stop);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(m_costLabel);
    layout->addWidget(m_elapsed);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);
    return page;
}

QWidget *GenerateDialog::buildPreviewPage()
{
    auto *page = new QWidget(this);
    m_summary = wrappingLabel(page, u"summary"_s);
    m_warning = wrappingLabel(page, u"hardWarning"_s);
    markAsWarning(m_warning);
    QFont bold = m_warning->font();
    bold.setBold(true);
    m_warning->setFont(bold);
    m_previewError = wrappingLabel(page, u"previewError"_s);
    markAsWarning(m_previewError);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(u"previewTabs"_s);
    auto *sortedChanges = new QSortFilterProxyModel(this);
    sortedChanges->setSourceModel(m_changes);
    sortedChanges->setSortRole(ProposalChangeModel::SortRole);
    QTableView *changes = tableView(sortedChanges, u"changesTable"_s, m_tabs);
    changes->setSortingEnabled(true);
    changes->sortByColumn(ProposalChangeModel::DateColumn, Qt::AscendingOrder);
    m_tabs->addTab(changes, tr("&Changes"));
    QTableView *breakdown = tableView(m_breakdown, u"costTable"_s, m_tabs);
    breakdown->horizontalHeader()->setSectionResizeMode(BreakdownModel::ConstraintColumn, QHeaderView::Stretch);
    breakdown->horizontalHeader()->setStretchLastSection(false);
    m_tabs->addTab(breakdown, tr("C&ost"));

    m_cover->setHorizontalHeaderLabels({tr("Cover"), tr("Before"), tr("After"), tr("Change")});
    auto *coverPage = new QWidget(m_tabs);
    m_slots = wrappingLabel(coverPage, u"slots"_s);
    QTableView *cover = tableView(m_cover, u"coverTable"_s, coverPage);
    cover->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    cover->horizontalHeader()->setStretchLastSection(false);
    auto *coverLayout = new QVBoxLayout(coverPage);
    coverLayout->addWidget(m_slots);
    coverLayout->addWidget(cover, 1);
    m_tabs->addTab(coverPage, tr("Co&ver"));
    m_tabs->addTab(tableView(m_fairShares, u"fairShareTable"_s, m_tabs), tr("&Fair Shares"));

    auto *buttons = new QDialogButtonBox(page);
    m_backButton = buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    m_discardButton = buttons->addButton(tr("&Discard"), QDialogButtonBox::RejectRole);
    m_acceptButton = buttons->addButton(tr("&Accept"), QDialogButtonBox::AcceptRole);
    m_backButton->setObjectName(u"back"_s);
    m_discardButton->setObjectName(u"discard"_s);
    m_acceptButton->setObjectName(u"accept"_s);
    m_backButton->setToolTip(tr("Return to the settings; nothing is written"));
    m_discardButton->setToolTip(tr("Close without changing the rota"));
    m_acceptButton->setToolTip(tr("Write the changes to the rota as one edit that Undo takes back"));
    connect(m_backButton, &QPushButton::clicked, this, &GenerateDialog::back);
    connect(m_discardButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_acceptButton, &QPushButton::clicked, this, [this] { (void)acceptProposal(); });

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_previewError);
    layout->addWidget(buttons);
    return page;
}

GenerateDialog::Page GenerateDialog::page() const
{
    return Page(m_pages->currentIndex());
}

void GenerateDialog::setPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    QPushButton *defaultButton = page == Page::Settings ? m_startButton : page == Page::Running ? m_stopButton : m_acceptButton;
    for (QPushButton *button : {m_startButton, m_stopButton, m_acceptButton})
        button->setDefault(button == defaultButton);
    emit pageChanged(page);
}

GenerationSettings GenerateDialog::settings() const
{
    GenerationSettings settings;
    settings.mode = m_mode;
    settings.from = m_from->date();
    settings.to = m_to->date();
    // Every team also takes in the clinicians without one.
    if (checkedTeamCount() < m_teams->rowCount()) {
        for (int row = 0; row < m_teams->rowCount(); ++row) {
            if (const QStandardItem *item = m_teams->item(row); item->checkState() == Qt::Checked)
                settings.teamIds.append(item->data(TeamIdRole).toLongLong());
        }
    }
    settings.seconds = m_seconds->value();
    settings.seed = quint64(m_seed->value());
    settings.maxIterations = m_maxIterations;
    settings.weights = weights();
    return settings;
}

int GenerateDialog::checkedTeamCount() const
{
    int count = 0;
    for (int row = 0; row < m_teams->rowCount(); ++row)
        count += m_teams->item(row)->checkState() == Qt::Checked;
    return count;
}

GenerationWeights GenerateDialog::weights() const
{
    GenerationWeights weights;
    const QList<WeightField> fields = weightFields();
    for (qsizetype i = 0; i < fields.size(); ++i)
        weights.*(fields.at(i).member) = m_weightBoxes.at(i)->value();
    return weights;
}

void GenerateDialog::setWeights(const GenerationWeights &weights)
{
    m_fillingWeights = true;
    const QList<WeightField> fields = weightFields();
    for (qsizetype i = 0; i < fields.size(); ++i)
        m_weightBoxes.at(i)->setValue(weights.*(fields.at(i).member));
    m_fillingWeights = false;
    weightsEdited();
}

void GenerateDialog::applyPreset()
{
    const int preset = m_preset->currentData().toInt();
    if (preset != CustomPreset)
        setWeights(GenerationWeights::preset(GenerationWeights::Preset(preset)));
}

void GenerateDialog::weightsEdited()
{
    if (m_fillingWeights)
        return;
    // Named after the preset the weights equal, so that editing a value back finds it again.
    const GenerationWeights current = weights();
    int match = CustomPreset;
    for (const GenerationWeights::Preset preset : GenerationWeights::presets()) {
        if (GenerationWeights::preset(preset) == current) {
            match = int(preset);
            break;
        }
    }
    m_preset->setCurrentIndex(m_preset->findData(match));
}

void GenerateDialog::showSettingsError(const QString &message)
{
    m_settingsError->setText(message);
    m_settingsError->setVisible(!message.isEmpty());
}

bool GenerateDialog::start()
{
    if (page() != Page::Settings)
        return false;
    Workspace *workspace = m_session->workspace();
    if (!workspace) {
        showSettingsError(tr("No workspace is open."));
        return false;
    }
    const GenerationSettings settings = this->settings();
    QStringList problems;
    for (const FieldError &error : settings.validate())
        problems << error.message;
    if (m_teams->rowCount() > 0 && checkedTeamCount() == 0)
        problems << tr("Check at least one team.");
    if (!problems.isEmpty()) {
        showSettingsError(problems.join(u'\n'));
        return false;
    }

    QString error;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    std::optional<RotaProblem> problem = RotaProblem::build(*workspace, settings, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!problem) {
        showSettingsError(error);
        return false;
    }
    showSettingsError({});
    m_problem = std::move(problem);
    m_proposal.reset();

    const RosterSolver::Options options = m_problem->solverOptions();
    showCost(RosterSolver(m_problem->model()).evaluate(m_problem->current()));
    m_elapsed->setRange(0, int(std::ceil(settings.seconds)));
    m_elapsed->setValue(0);
    m_cancel = false;
    const quint64 run = ++m_run;
    const RosterModel *model = &m_problem->model();
    const std::vector<int> current = m_problem->current();
    m_thread.reset(QThread::create([this, run, model, options, current] {
        const auto progress = [this, run](const RosterSolver::Progress &progress) {
            QMetaObject::invokeMethod(this, [this, run, progress] { showProgress(run, progress); }, Qt::QueuedConnection);
        };
        const RosterSolver::Result result = RosterSolver(*model).solve(options, current, progress, &m_cancel);
        QMetaObject::invokeMethod(this, [this, run, result] { finishRun(run, result); }, Qt::QueuedConnection);
    }));
    m_thread->start();
    setPage(Page::Running);
    return true;
}

void GenerateDialog::showCost(const RosterSolver::Cost &cost)
{
    m_costLabel->setText(tr("Hard rule violations: %1 · Soft cost: %2").arg(number(cost.hard), number(cost.soft)));
}

void GenerateDialog::showProgress(quint64 run, const RosterSolver::Progress &progress)
{
    if (run != m_run || !m_thread)
        return;
    showCost(progress.best);
    m_elapsed->setValue(std::min(m_elapsed->maximum(), int(progress.seconds)));
}

void GenerateDialog::stop()
{
    m_cancel = true;
    m_stopButton->setEnabled(false);
}

void GenerateDialog::finishRun(quint64 run, const RosterSolver::Result &result)
{
    if (run != m_run || !m_thread)
        return;
    m_thread->wait();
    m_thread.reset();
    m_stopButton->setEnabled(true);
    m_proposal = RotaProposal::make(*m_problem, result);
    showProposal();
    setPage(Page::Preview);
}

void GenerateDialog::showProposal()
{
    const RotaProposal &proposal = *m_proposal;
    m_changes->setProposal(proposal, *m_problem);
    m_breakdown->setProposal(proposal, m_problem->model());
    m_fairShares->setProposal(proposal, m_problem->model());
    fillCover();

    QStringList lines;
    if (proposal.changes.isEmpty()) {
        lines << tr("Nothing to change: the best rota found is the rota as it stands.");
    } else {
        lines << tr("%1, %2, %3.")
                     .arg(tr("%n shift(s) added", nullptr, proposal.added), tr("%n removed", nullptr, proposal.removed),
                          tr("%n changed", nullptr, proposal.changed));
    }
    lines << tr("Hard rule violations: %1 → %2 · Soft cost: %3 → %4")
                 .arg(number(proposal.costBefore.hard), number(proposal.costAfter.hard), number(proposal.costBefore.soft),
                      number(proposal.costAfter.soft));
    if (proposal.costAfter.hard == 0)
        lines << tr("The rota keeps every hard rule.");
    if (proposal.cancelled)
        lines << tr("The search was stopped after %1 seconds; this is the best rota found by then.")
                     .arg(QLocale().toString(proposal.seconds, 'f', 0));
    m_summary->setText(lines.join(u'\n'));

    const qint64 hard = proposal.costAfter.hard;
    m_warning->setText(hard > 0 ? tr("Warning: this rota still breaks %n hard rule(s) (see Cost). Accepting it leaves those "
                                     "problems on the rota for you to resolve.",
                                     nullptr, int(hard))
                                : QString());
    m_warning->setVisible(hard > 0);
    m_previewError->clear();
    m_previewError->setVisible(false);
    m_acceptButton->setEnabled(!proposal.changes.isEmpty());
    m_tabs->setCurrentIndex(0);
}

void GenerateDialog::fillCover()
{
    const RotaProposal::Coverage &before = m_proposal->coverageBefore;
    const RotaProposal::Coverage &after = m_proposal->coverageAfter;
    const QList<std::tuple<QString, int, int>> rows{
        {tr("Days below minimum"), before.daysBelowMinimum, after.daysBelowMinimum},
        {tr("People short of minimum"), before.shortOfMinimum, after.shortOfMinimum},
        {tr("People short of ideal"), before.shortOfIdeal, after.shortOfIdeal},
        {tr("People over ideal"), before.overIdeal, after.overIdeal},
        {tr("People over maximum"), before.overMaximum, after.overMaximum},
    };
    m_cover->setRowCount(0);
    const QColor warning = CalendarPalette(palette()).belowMinimum();
    for (const auto &[label, was, now] : rows) {
        QList<QStandardItem *> items{new QStandardItem(label), new QStandardItem(number(was)), new QStandardItem(number(now)),
                                     new QStandardItem(BreakdownModel::changeText(was, now))};
        for (int column : {1, 2})
            items.at(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (now > was) {
            for (int column : {2, 3}) {
                items.at(column)->setForeground(warning);
                QFont font = items.at(column)->font();
                font.setBold(true);
                items.at(column)->setFont(font);
            }
        }
        for (QStandardItem *item : items)
            item->setEditable(false);
        m_cover->appendRow(items);
    }
    m_slots->setText(tr("Shift slots (a shift type on a day) in the period that need cover: %1").arg(number(before.slotCount)));
}

bool GenerateDialog::acceptProposal()
{
    if (page() != Page::Preview || !m_proposal || m_proposal->changes.isEmpty())
        return false;
    const QString text = m_mode == GenerationSettings::Mode::Generate ? tr("Generate rota") : tr("Rebalance rota");
    const StorageError error = ChangeShifts::apply(m_session, m_proposal->changes, text);
    if (!error.ok()) {
        m_previewError->setText(tr("The rota was not changed: %1").arg(error.message));
        m_previewError->setVisible(true);
        return false;
    }
    accept();
    return true;
}

void GenerateDialog::back()
{
    if (page() != Page::Preview)
        return;
    m_proposal.reset();
    m_changes->clear();
    m_breakdown->clear();
    m_fairShares->clear();
    m_cover->setRowCount(0);
    setPage(Page::Settings);
}

QString GenerateDialog::errorText() const
{
    switch (page()) {
    case Page::Settings:
        return m_settingsError->text();
    case Page::Preview:
        return m_previewError->text();
    case Page::Running:
        break;
    }
    return {};
}

QString GenerateDialog::summaryText() const
{
    return m_summary->text();
}

QString GenerateDialog::progressText() const
{
    return m_costLabel->text();
}

void GenerateDialog::stopAndWait()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->wait();
    m_thread.reset();
    // The result already posted, if any, belongs to a run that no longer counts.
    ++m_run;
}

void GenerateDialog::done(int result)
{
    stopAndWait();
    if (page() == Page::Running) {
        m_stopButton->setEnabled(true);
        setPage(Page::Settings);
    }
    QDialog::done(result);
}
