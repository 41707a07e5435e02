#include "rotaview.h"

#include "calendar/bankholidays.h"
#include "calendarlegend.h"
#include "coveragemodel.h"
#include "gridedits.h"
#include "monthmodel.h"
#include "monthview.h"
#include "rotacelldelegate.h"
#include "rotagridmodel.h"
#include "rotagridtable.h"
#include "scheduling/conflictchecker.h"
#include "scheduling/swapservice.h"
#include "shiftdialog.h"
#include "storage/clinicianrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/teamrepository.h"
#include "timelinemodel.h"
#include "timelineview.h"
#include "workspacesession.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStyle>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int BaseColumnWidth = 44;

QDate mondayOf(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

QString settingsKey(const char *name)
{
    return u"rota/"_s + QLatin1StringView(name);
}

void setComboToData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

std::optional<qint64> comboId(const QComboBox *box)
{
    const QVariant data = box->currentData();
    return data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt;
}

} // namespace

RotaView::RotaView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_period(std::make_shared<RotaPeriod>())
    , m_modes(new QButtonGroup(this))
    , m_lengthBox(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_title(new QLabel(this))
    , m_team(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_clinician(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_gridModel(new RotaGridModel(this))
    , m_grid(new RotaGridTable(this))
    , m_coverModel(new CoverageModel(this))
    , m_cover(new QTableView(this))
    , m_monthModel(new MonthModel(this))
    , m_month(new MonthView(this))
    , m_timelineModel(new TimelineModel(this))
    , m_timeline(new TimelineView(this))
    , m_legend(new CalendarLegend(this))
{
    m_anchor = m_session->today();

    auto *bar = new QWidget(this);
    buildToolBar(bar);

    m_grid->setModel(m_gridModel);
    m_grid->setItemDelegate(new RotaCellDelegate(m_grid));
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    m_cover->setModel(m_coverModel);
    m_cover->horizontalHeader()->hide();
    m_cover->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_cover->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_cover->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cover->setSelectionMode(QAbstractItemView::NoSelection);
    m_cover->setFocusPolicy(Qt::NoFocus);
    m_cover->setTextElideMode(Qt::ElideNone);
    m_cover->setAccessibleName(tr("Cover per shift type"));
    m_grid->setAccessibleName(tr("Rota grid"));
    // The cover rows scroll with the grid's days; the cover has a (blank) vertical scroll bar
    // whenever the grid has one, so both viewports are equally wide and scroll the same range.
    m_cover->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_grid->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int maximum) {
        m_cover->setVerticalScrollBarPolicy(maximum > 0 ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
    });
    connect(m_grid->horizontalScrollBar(), &QScrollBar::valueChanged, m_cover->horizontalScrollBar(), &QScrollBar::setValue);
    connect(m_cover->horizontalScrollBar(), &QScrollBar::rangeChanged, this,
            [this] { m_cover->horizontalScrollBar()->setValue(m_grid->horizontalScrollBar()->value()); });

    auto *gridPage = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridPage);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setSpacing(0);
    gridLayout->addWidget(m_grid, 1);
    auto *coverLabel = new QLabel(tr("Department cover (on / required):"), gridPage);
    coverLabel->setContentsMargins(4, 6, 4, 2);
    gridLayout->addWidget(coverLabel);
    gridLayout->addWidget(m_cover);

    m_month->setModel(m_monthModel);
    m_timeline->setModel(m_timelineModel);
    m_stack->addWidget(gridPage);
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_timeline);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_legend);

    auto addAction = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
        return action;
    };
    m_newAction = addAction(tr("&New Shift…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &RotaView::newShift);
    m_editAction = addAction(tr("&Edit Shift…"), QKeySequence(), &RotaView::editCurrent);
    m_deleteAction = addAction(tr("&Delete Shifts"), QKeySequence(), &RotaView::deleteSelected);
    m_pinAction = addAction(tr("&Pin or Unpin"), QKeySequence(Qt::CTRL | Qt::Key_K), &RotaView::togglePinSelected);
    m_copyAction = addAction(tr("&Copy Shifts"), QKeySequence::Copy, &RotaView::copySelected);
    m_pasteAction = addAction(tr("&Paste Shifts"), QKeySequence::Paste, &RotaView::paste);
    m_editAction->setToolTip(tr("Edit the shift of the current day (Enter or double-click)"));
    m_deleteAction->setToolTip(tr("Delete the shifts of the selected days (Delete key)"));

    connect(m_grid, &RotaGridTable::editRequested, this, [this] { editCurrent(); });
    connect(m_grid, &RotaGridTable::deleteRequested, this, &RotaView::deleteSelected);
    connect(m_grid, &RotaGridTable::shiftsDropped, this, &RotaView::dropShifts);
    connect(m_grid, &RotaGridTable::zoomRequested, this, [this](int steps) { setZoom(m_zoom * std::pow(1.1, steps)); });
    connect(m_grid, &QWidget::customContextMenuRequested, this, &RotaView::showGridContextMenu);
    connect(m_month, &MonthView::shiftActivated, this, &RotaView::editShift);
    connect(m_month, &MonthView::dayActivated, this, [this](QDate date) {
        m_anchor = date;
        setMode(Mode::Day);
    });
    connect(m_timeline, &TimelineView::shiftActivated, this, &RotaView::editShift);
    connect(m_session, &WorkspaceSession::dataChanged, this, &RotaView::reload);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, [this] {
        m_anchor = m_session->today();
        refreshFilterLists();
        reload();
    });

    restoreState();
    refreshFilterLists();
    reload();
}

RotaView::~RotaView() = default;

void RotaView::buildToolBar(QWidget *bar)
{
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    const std::pair<Mode, QString> modes[] = {{Mode::Grid, tr("&Grid")}, {Mode::Month, tr("&Month")},
                                              {Mode::Week, tr("&Week")}, {Mode::Day, tr("&Day")}};
    for (const auto &[mode, text] : modes) {
        auto *button = new QToolButton(bar);
        button->setText(text);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_modes->addButton(button, int(mode));
        top->addWidget(button);
    }
    m_modes->setExclusive(true);
    top->addSpacing(12);
    auto *today = new QPushButton(tr("&Today"), bar);
    auto *previous = new QToolButton(bar);
    previous->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    previous->setToolTip(tr("Previous period (Alt+Left)"));
    previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    auto *next = new QToolButton(bar);
    next->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    next->setToolTip(tr("Next period (Alt+Right)"));
    next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setToolTip(tr("Go to a date"));
    m_lengthBox->addItem(tr("1 week"), int(Length::Week));
    m_lengthBox->addItem(tr("2 weeks"), int(Length::TwoWeeks));
    m_lengthBox->addItem(tr("4 weeks"), int(Length::FourWeeks));
    m_lengthBox->addItem(tr("Calendar month"), int(Length::Month));
    m_lengthBox->setToolTip(tr("How many days the grid shows"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    top->addWidget(today);
    top->addWidget(previous);
    top->addWidget(next);
    top->addWidget(m_date);
    top->addWidget(m_lengthBox);
    top->addSpacing(12);
    top->addWidget(m_title, 1);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    auto addLabelled = [&](const QString &text, QWidget *widget) {
        auto *label = new QLabel(text, bar);
        label->setBuddy(widget);
        filters->addWidget(label);
        filters->addWidget(widget);
    };
    for (QComboBox *box : {m_team, m_type, m_clinician})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addLabelled(tr("T&eam:"), m_team);
    addLabelled(tr("S&hift type:"), m_type);
    addLabelled(tr("C&linician:"), m_clinician);
    m_search->setPlaceholderText(tr("Search a name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);
    filters->addWidget(m_search, 1);
    auto *zoomOut = new QToolButton(bar);
    zoomOut->setText(tr("−"));
    zoomOut->setToolTip(tr("Zoom out (Ctrl+minus, or Ctrl+wheel)"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    auto *zoomIn = new QToolButton(bar);
    zoomIn->setText(tr("+"));
    zoomIn->setToolTip(tr("Zoom in (Ctrl+plus, or Ctrl+wheel)"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    filters->addWidget(new QLabel(tr("Zoom:"), bar));
    filters->addWidget(zoomOut);
    filters->addWidget(zoomIn);

    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(filters);

    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    connect(today, &QPushButton::clicked, this, &RotaView::goToToday);
    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_date, &QDateEdit::dateChanged, this, &RotaView::setAnchorDate);
    connect(m_lengthBox, &QComboBox::currentIndexChanged, this, [this] { setLength(Length(m_lengthBox->currentData().toInt())); });
    auto filterChanged = [this] {
        RotaFilter filter;
        filter.teamId = comboId(m_team);
        filter.shiftTypeId = comboId(m_type);
        filter.clinicianId = comboId(m_clinician);
        filter.search = m_search->text();
        setFilter(filter);
    };
    for (QComboBox *box : {m_team, m_type, m_clinician})
        connect(box, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_search, &QLineEdit::textChanged, this, filterChanged);
    connect(zoomOut, &QToolButton::clicked, this, [this] { setZoom(m_zoom / 1.1); });
    connect(zoomIn, &QToolButton::clicked, this, [this] { setZoom(m_zoom * 1.1); });
}

QList<QAction *> RotaView::editActions() const
{
    return {m_newAction, m_editAction, m_deleteAction, m_pinAction, m_copyAction, m_pasteAction};
}

void RotaView::setMode(Mode mode)
{
    m_mode = mode;
    reload();
    saveState();
}

void RotaView::setLength(Length length)
{
    m_length = length;
    reload();
    saveState();
}

void RotaView::setAnchorDate(QDate date)
{
    if (!date.isValid() || date == m_anchor)
        return;
    m_anchor = date;
    reload();
}

void RotaView::step(int periods)
{
    switch (m_mode) {
    case Mode::Grid:
        switch (m_length) {
        case Length::Week: m_anchor = m_anchor.addDays(7 * periods); break;
        case Length::TwoWeeks: m_anchor = m_anchor.addDays(14 * periods); break;
        case Length::FourWeeks: m_anchor = m_anchor.addDays(28 * periods); break;
        case Length::Month: m_anchor = m_anchor.addMonths(periods); break;
        }
        break;
    case Mode::Month: m_anchor = m_anchor.addMonths(periods); break;
    case Mode::Week: m_anchor = m_anchor.addDays(7 * periods); break;
    case Mode::Day: m_anchor = m_anchor.addDays(periods); break;
    }
    reload();
}

void RotaView::focusDay(QDate date, std::optional<qint64> clinicianId)
{
    if (!date.isValid())
        return;
    m_anchor = date;
    m_mode = Mode::Grid;
    reload();
    const int row = clinicianId ? m_gridModel->rowOfClinician(clinicianId) : -1;
    const QModelIndex index = m_gridModel->index(row >= 0 ? row : std::min(1, m_gridModel->rowCount() - 1), m_period->dayIndex(date));
    if (index.isValid()) {
        m_grid->setCurrentIndex(index);
        m_grid->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    m_grid->setFocus();
    saveState();
}

void RotaView::goToToday()
{
    m_anchor = m_session->today();
    reload();
    const QModelIndex today = m_mode == Mode::Grid ? m_gridModel->index(std::min(1, m_gridModel->rowCount() - 1),
                                                                        m_period->dayIndex(m_anchor))
                                                   : QModelIndex();
    if (today.isValid())
        m_grid->scrollTo(today);
}

void RotaView::setFilter(const RotaFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    {
        const QSignalBlocker blockTeam(m_team);
        const QSignalBlocker blockType(m_type);
        const QSignalBlocker blockClinician(m_clinician);
        const QSignalBlocker blockSearch(m_search);
        setComboToData(m_team, filter.teamId ? QVariant(*filter.teamId) : QVariant());
        setComboToData(m_type, filter.shiftTypeId ? QVariant(*filter.shiftTypeId) : QVariant());
        setComboToData(m_clinician, filter.clinicianId ? QVariant(*filter.clinicianId) : QVariant());
        if (m_search->text() != filter.search)
            m_search->setText(filter.search);
    }
    reload();
    saveState();
}

void RotaView::setZoom(qreal zoom)
{
    m_zoom = std::clamp(zoom, 0.6, 2.5);
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * m_zoom);
    m_grid->setFont(font);
    // The cover row's "12/14!" must fit a day column without being cut off.
    QFont coverFont = font;
    coverFont.setPointSizeF(font.pointSizeF() * 0.85);
    m_cover->setFont(coverFont);
    const int width = int(BaseColumnWidth * m_zoom * QFontMetrics(QApplication::font()).height() / 17.0);
    QFont shortFont = coverFont; // a day short of cover is shown in bold
    shortFont.setBold(true);
    m_grid->horizontalHeader()->setDefaultSectionSize(std::max({width, QFontMetrics(font).horizontalAdvance(u"Wed 30"_s) / 2 + 12,
                                                                QFontMetrics(shortFont).horizontalAdvance(u"88/88!"_s) + 8}));
    m_grid->verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() + QFontMetrics(font).height() / 2 + 8);
    m_cover->verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() + 6);
    m_month->setZoom(std::clamp(m_zoom, 0.75, 2.0));
    m_timeline->setZoom(TimelineView::DefaultZoom * m_zoom);
    syncCoverColumns();
    saveState();
}

QDate RotaView::from() const
{
    switch (m_mode) {
    case Mode::Grid:
        return m_length == Length::Month ? QDate(m_anchor.year(), m_anchor.month(), 1) : mondayOf(m_anchor);
    case Mode::Month:
        return mondayOf(QDate(m_anchor.year(), m_anchor.month(), 1));
    case Mode::Week:
        return mondayOf(m_anchor);
    case Mode::Day:
        return m_anchor;
    }
    return m_anchor;
}

QDate RotaView::to() const
{
    const QDate first = from();
    switch (m_mode) {
    case Mode::Grid:
        switch (m_length) {
        case Length::Week: return first.addDays(6);
        case Length::TwoWeeks: return first.addDays(13);
        case Length::FourWeeks: return first.addDays(27);
        case Length::Month: return first.addDays(first.daysInMonth() - 1);
        }
        break;
    case Mode::Month: {
        const QDate last(m_anchor.year(), m_anchor.month(), m_anchor.daysInMonth());
        return mondayOf(last).addDays(6);
    }
    case Mode::Week: return first.addDays(6);
    case Mode::Day: return first;
    }
    return first;
}

QDate RotaView::loadFrom() const
{
    return m_mode == Mode::Week || m_mode == Mode::Day ? from().addDays(-1) : from();
}

QString RotaView::periodTitle() const
{
    const QLocale locale;
    if (m_mode == Mode::Month)
        return locale.toString(m_anchor, tr("MMMM yyyy", "date format of a month in the title"));
    if (m_mode == Mode::Day)
        return locale.toString(m_anchor, QLocale::LongFormat);
    if (m_mode == Mode::Grid && m_length == Length::Month)
        return locale.toString(m_anchor, tr("MMMM yyyy", "date format of a month in the title"));
    return tr("%1 – %2", "first and last day of the period shown")
        .arg(locale.toString(from(), tr("d MMM", "date format of the first day in the title")),
             locale.toString(to(), tr("d MMM yyyy", "date format of the last day in the title")));
}

PrintOptions RotaView::printOptions() const
{
    PrintOptions options;
    options.view = m_mode == Mode::Grid ? PrintOptions::View::Grid : m_mode == Mode::Month ? PrintOptions::View::Month : PrintOptions::View::Week;
    options.from = m_mode == Mode::Month ? QDate(m_anchor.year(), m_anchor.month(), 1) : from();
    options.to = m_mode == Mode::Month ? QDate(m_anchor.year(), m_anchor.month(), m_anchor.daysInMonth()) : to();
    options.filter = m_filter;
    return options;
}

void RotaView::reload()
{
    Workspace *workspace = m_session->workspace();
    updateNavigation();
    if (!workspace) {
        m_period = std::make_shared<RotaPeriod>();
        m_gridModel->setPeriod(m_period);
        m_coverModel->setPeriod(m_period);
        return;
    }
    const QModelIndex current = m_grid->currentIndex();
    const std::optional<qint64> currentClinician = current.isValid() ? m_gridModel->clinicianIdAt(current.row()) : std::nullopt;
    const bool currentWasOpen = current.isValid() && m_gridModel->rowKind(current.row()) == RotaGridModel::RowKind::Open;
    const QDate currentDate = current.isValid() ? m_gridModel->dateAt(current.column()) : QDate();
    const int horizontal = m_grid->horizontalScrollBar()->value();
    const int vertical = m_grid->verticalScrollBar()->value();

    StorageError error;
    auto period = std::make_shared<const RotaPeriod>(RotaPeriod::load(*workspace, loadFrom(), to(), m_filter, &error));
    if (!error.ok())
        m_session->reportError(error.message);
    m_period = period;
    QHash<QDate, QString> holidays;
    for (const auto &[date, name] : BankHolidays::forWorkspace(*workspace).between(loadFrom(), to()))
        holidays.insert(date, name);
    const QDate today = m_session->today();

    switch (m_mode) {
    case Mode::Grid: {
        m_gridModel->setPeriod(period);
        m_gridModel->setToday(today);
        m_gridModel->setHolidays(holidays);
        m_gridModel->setConflicts(ConflictChecker(*workspace).inWindow(from(), to()));
        m_gridModel->setPendingSwaps(pendingSwaps(*workspace));
        m_coverModel->setPeriod(period);
        m_stack->setCurrentIndex(0);
        syncCoverColumns();
        if (currentDate.isValid()) {
            const int row = currentWasOpen ? m_gridModel->rowOfClinician(std::nullopt) : m_gridModel->rowOfClinician(currentClinician);
            const int column = period->dayIndex(currentDate);
            if (row >= 0 && column >= 0) {
                m_grid->setCurrentIndex(m_gridModel->index(row, column));
                m_grid->horizontalScrollBar()->setValue(horizontal);
                m_grid->verticalScrollBar()->setValue(vertical);
            }
        }
        break;
    }
    case Mode::Month:
        m_monthModel->setPeriod(period, QDate(m_anchor.year(), m_anchor.month(), 1));
        m_monthModel->setToday(today);
        m_monthModel->setHolidays(holidays);
        m_month->setCurrentDate(m_anchor);
        m_stack->setCurrentIndex(1);
        break;
    case Mode::Week:
    case Mode::Day:
        m_timelineModel->setPeriod(period, from(), m_mode == Mode::Week ? 7 : 1);
        m_timelineModel->setHolidays(holidays);
        m_timelineModel->setNow(workspace->now());
        m_stack->setCurrentIndex(2);
        break;
    }
    m_legend->setShiftTypes(period->shiftTypes());
    emit periodChanged();
}

void RotaView::updateNavigation()
{
    const QSignalBlocker blockDate(m_date);
    const QSignalBlocker blockLength(m_lengthBox);
    m_date->setDate(m_anchor);
    setComboToData(m_lengthBox, int(m_length));
    m_lengthBox->setVisible(m_mode == Mode::Grid);
    if (QAbstractButton *button = m_modes->button(int(m_mode)))
        button->setChecked(true);
    m_title->setText(periodTitle());
    const bool grid = m_mode == Mode::Grid;
    for (QAction *action : {m_copyAction, m_pasteAction, m_deleteAction, m_pinAction})
        action->setEnabled(grid);
}

void RotaView::syncCoverColumns()
{
    // The cover rows line up under the grid's day columns.
    const int headerWidth = std::max(m_grid->verticalHeader()->sizeHint().width(), m_cover->verticalHeader()->sizeHint().width());
    m_grid->verticalHeader()->setFixedWidth(headerWidth);
    m_cover->verticalHeader()->setFixedWidth(headerWidth);
    m_cover->horizontalHeader()->setDefaultSectionSize(m_grid->horizontalHeader()->defaultSectionSize());
    const int rows = m_coverModel->rowCount();
    m_cover->setFixedHeight(rows * m_cover->verticalHeader()->defaultSectionSize() + 2 * m_cover->frameWidth() + 1);
    m_cover->setVisible(rows > 0);
    m_cover->horizontalScrollBar()->setValue(m_grid->horizontalScrollBar()->value());
}

void RotaView::refreshFilterLists()
{
    Workspace *workspace = m_session->workspace();
    const QSignalBlocker blockTeam(m_team);
    const QSignalBlocker blockType(m_type);
    const QSignalBlocker blockClinician(m_clinician);
    m_team->clear();
    m_type->clear();
    m_clinician->clear();
    m_team->addItem(tr("All teams"), QVariant());
    m_type->addItem(tr("All shift types"), QVariant());
    m_clinician->addItem(tr("Everyone"), QVariant());
    if (workspace) {
        for (const Team &team : TeamRepository(*workspace).all())
            m_team->addItem(team.name, team.id);
        for (const ShiftType &type : ShiftTypeRepository(*workspace).all()) {
            if (type.active)
                m_type->addItem(u"%1 – %2"_s.arg(type.code, type.name), type.id);
        }
        ClinicianFilter active;
        active.activeOnly = true;
        for (const Clinician &clinician : ClinicianRepository(*workspace).list(active))
            m_clinician->addItem(clinician.name, clinician.id);
    }
    setComboToData(m_team, m_filter.teamId ? QVariant(*m_filter.teamId) : QVariant());
    setComboToData(m_type, m_filter.shiftTypeId ? QVariant(*m_filter.shiftTypeId) : QVariant());
    setComboToData(m_clinician, m_filter.clinicianId ? QVariant(*m_filter.clinicianId) : QVariant());
    // Until a workspace is open the remembered filter waits for it; then one naming something
    // this workspace does not have falls back to all.
    if (!workspace)
        return;
    m_filter.teamId = comboId(m_team);
    m_filter.shiftTypeId = comboId(m_type);
    m_filter.clinicianId = comboId(m_clinician);
}

void RotaView::restoreState()
{
    const QSettings settings;
    m_mode = Mode(std::clamp(settings.value(settingsKey("view"), int(Mode::Grid)).toInt(), 0, 3));
    m_length = Length(std::clamp(settings.value(settingsKey("length"), int(Length::FourWeeks)).toInt(), 0, 3));
    auto id = [&](const char *key) {
        const QVariant value = settings.value(settingsKey(key));
        return value.isValid() && value.toLongLong() > 0 ? std::optional<qint64>(value.toLongLong()) : std::nullopt;
    };
    m_filter.teamId = id("team");
    m_filter.shiftTypeId = id("shift_type");
    m_filter.clinicianId = id("clinician");
    m_filter.search = settings.value(settingsKey("search")).toString();
    {
        const QSignalBlocker blockSearch(m_search);
        m_search->setText(m_filter.search);
    }
    setZoom(settings.value(settingsKey("zoom"), 1.0).toReal());
}

void RotaView::saveState() const
{
    QSettings settings;
    settings.setValue(settingsKey("view"), int(m_mode));
    settings.setValue(settingsKey("length"), int(m_length));
    settings.setValue(settingsKey("team"), m_filter.teamId.value_or(0));
    settings.setValue(settingsKey("shift_type"), m_filter.shiftTypeId.value_or(0));
    settings.setValue(settingsKey("clinician"), m_filter.clinicianId.value_or(0));
    settings.setValue(settingsKey("search"), m_filter.search);
    settings.setValue(settingsKey("zoom"), m_zoom);
}

QList<Shift> RotaView::selectedShifts() const
{
    QList<Shift> shifts;
    QSet<qint64> seen;
    QModelIndexList indexes = m_grid->selectionModel() ? m_grid->selectionModel()->selectedIndexes() : QModelIndexList();
    if (indexes.isEmpty() && m_grid->currentIndex().isValid())
        indexes << m_grid->currentIndex();
    for (const QModelIndex &index : std::as_const(indexes)) {
        for (const Shift *shift : m_gridModel->shiftsAt(index.row(), index.column())) {
            if (!seen.contains(shift->id)) {
                seen.insert(shift->id);
                shifts.append(*shift);
            }
        }
    }
    return shifts;
}

QHash<qint64, QString> RotaView::pendingSwaps(Workspace &workspace) const
{
    QHash<qint64, QString> swaps;
    SwapService service(workspace);
    SwapService::Filter open;
    open.openOnly = true;
    for (const SwapRequest &swap : service.list(open)) {
        const QDate end = QDateTime::fromSecsSinceEpoch(swap.swap_end_utc, QTimeZone::utc()).date();
        if (end < from().addDays(-1) || QDateTime::fromSecsSinceEpoch(swap.swap_start_utc, QTimeZone::utc()).date() > to().addDays(1))
            continue;
        const QString text = swap.description.isEmpty() ? tr("Swap requested") : tr("Swap requested: %1").arg(swap.description);
        for (const Shift &shift : service.shiftsOf(swap))
            swaps.insert(shift.id, text);
    }
    return swaps;
}

QList<Shift> RotaView::storedShifts(const QList<qint64> &ids) const
{
    QList<Shift> shifts;
    if (!m_session->workspace())
        return shifts;
    ShiftRepository repository(*m_session->workspace());
    for (qint64 id : ids) {
        if (std::optional<Shift> shift = repository.get(id))
            shifts.append(*shift);
    }
    return shifts;
}

bool RotaView::applyChanges(const QList<ChangeShifts::Change> &changes, const QString &text)
{
    if (changes.isEmpty())
        return false;
    QList<qint64> created;
    if (StorageError error = ChangeShifts::apply(m_session, changes, text, &created); !error.ok()) {
        m_session->reportError(tr("%1: %2").arg(text, error.message));
        return false;
    }
    QList<qint64> touched = created;
    for (const ChangeShifts::Change &change : changes) {
        if (change.before && change.after)
            touched << change.after->id;
    }
    reportConflicts(touched, text);
    return true;
}

void RotaView::reportConflicts(const QList<qint64> &shiftIds, const QString &done)
{
    QStringList messages;
    if (Workspace *workspace = m_session->workspace()) {
        const ConflictChecker checker(*workspace);
        for (const Shift &shift : storedShifts(shiftIds)) {
            for (const ShiftConflict &conflict : checker.check(shift))
                messages << conflict.message;
        }
    }
    messages.removeDuplicates();
    emit statusMessage(messages.isEmpty() ? tr("%1: done.").arg(done)
                                          : tr("%1: done, with conflicts: %2").arg(done, messages.join(u' ')));
}

void RotaView::openDialog(const Shift &shift)
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return;
    ClinicianRepository clinicians(*workspace);
    ShiftDialog dialog(shift, clinicians.list(), ShiftTypeRepository(*workspace).all(), workspace->timeZone(),
                       [workspace, id = shift.id](const Shift &candidate) {
                           return ConflictChecker(*workspace).check(candidate, id ? QSet<qint64>{id} : QSet<qint64>{});
                       },
                       this);
    const bool accepted = m_dialogRunner ? m_dialogRunner(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted || !dialog.isValid())
        return;
    const Shift result = dialog.shift();
    if (shift.id == 0)
        applyChanges({{std::nullopt, result}}, tr("New shift"));
    else if (!(result == shift))
        applyChanges({{shift, result}}, tr("Edit shift"));
}

void RotaView::newShift()
{
    Shift shift;
    shift.date = m_anchor;
    const QModelIndex current = m_grid->currentIndex();
    if (m_mode == Mode::Grid && current.isValid()) {
        shift.clinician_id = m_gridModel->clinicianIdAt(current.row());
        shift.date = m_gridModel->dateAt(current.column());
    } else if (m_mode == Mode::Month) {
        shift.date = m_month->currentDate();
    }
    if (m_filter.shiftTypeId)
        shift.shift_type_id = *m_filter.shiftTypeId;
    else if (!m_period->shiftTypes().isEmpty())
        shift.shift_type_id = m_period->shiftTypes().constFirst().id;
    shift.time_zone = m_session->workspace() ? m_session->workspace()->timeZone() : QByteArray();
    openDialog(shift);
}

void RotaView::editShift(qint64 shiftId)
{
    const QList<Shift> shifts = storedShifts({shiftId});
    if (!shifts.isEmpty())
        openDialog(shifts.constFirst());
}

void RotaView::editCurrent()
{
    if (m_mode == Mode::Week || m_mode == Mode::Day) {
        if (const qint64 id = m_timeline->currentShiftId())
            editShift(id);
        return;
    }
    if (m_mode == Mode::Month) {
        m_anchor = m_month->currentDate();
        setMode(Mode::Day);
        return;
    }
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid() || m_gridModel->rowKind(current.row()) == RotaGridModel::RowKind::Team)
        return;
    const QList<const Shift *> shifts = m_gridModel->shiftsAt(current.row(), current.column());
    if (shifts.isEmpty()) {
        newShift();
        return;
    }
    if (shifts.size() == 1) {
        openDialog(*shifts.constFirst());
        return;
    }
    QMenu menu(this);
    for (const Shift *shift : shifts) {
        const ShiftType *type = m_period->shiftType(shift->shift_type_id);
        const QString times = shift->isTimed() ? u" %1–%2"_s.arg(shift->localStart().toString(u"HH:mm"_s), shift->localEnd().toString(u"HH:mm"_s))
                                               : QString();
        QAction *action = menu.addAction(tr("Edit %1%2").arg(type ? type->name : tr("shift"), times));
        const Shift copy = *shift;
        connect(action, &QAction::triggered, this, [this, copy] { openDialog(copy); });
    }
    menu.exec(m_grid->viewport()->mapToGlobal(m_grid->visualRect(current).center()));
}

void RotaView::deleteSelected()
{
    if (m_mode != Mode::Grid)
        return;
    const QList<Shift> shifts = selectedShifts();
    if (shifts.isEmpty())
        return;
    const GridEdits::Plan plan = GridEdits::remove(shifts);
    applyChanges(plan.changes, plan.text);
}

void RotaView::togglePinSelected()
{
    if (m_mode != Mode::Grid)
        return;
    const QList<Shift> shifts = selectedShifts();
    if (shifts.isEmpty())
        return;
    const bool pin = std::any_of(shifts.begin(), shifts.end(), [](const Shift &shift) { return !shift.is_pinned; });
    QList<ChangeShifts::Change> changes;
    for (const Shift &shift : shifts) {
        if (shift.is_pinned == pin)
            continue;
        Shift changed = shift;
        changed.is_pinned = pin;
        changes.append({shift, changed});
    }
    applyChanges(changes, pin ? tr("Pin %n shift(s)", nullptr, int(changes.size())) : tr("Unpin %n shift(s)", nullptr, int(changes.size())));
}

void RotaView::copySelected()
{
    if (m_mode != Mode::Grid)
        return;
    QModelIndexList indexes = m_grid->selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && m_grid->currentIndex().isValid())
        indexes << m_grid->currentIndex();
    QMimeData *mime = m_gridModel->mimeData(indexes);
    if (!mime) {
        emit statusMessage(tr("Nothing to copy: the selected days have no shifts."));
        return;
    }
    const int count = int(QJsonDocument::fromJson(mime->data(RotaGridModel::mimeType())).object().value(u"shift_ids"_s).toArray().size());
    QApplication::clipboard()->setMimeData(mime);
    emit statusMessage(tr("Copied %n shift(s).", nullptr, count));
}

void RotaView::paste()
{
    if (m_mode != Mode::Grid)
        return;
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    const QModelIndex target = m_grid->currentIndex();
    if (!mime || !mime->hasFormat(RotaGridModel::mimeType()) || !target.isValid())
        return;
    QList<qint64> ids;
    for (const QJsonValue &value : QJsonDocument::fromJson(mime->data(RotaGridModel::mimeType())).object().value(u"shift_ids"_s).toArray())
        ids << value.toInteger();
    dropShifts(ids, QModelIndex(), target, true);
}

void RotaView::dropShifts(const QList<qint64> &shiftIds, const QModelIndex &anchor, const QModelIndex &target, bool copy)
{
    const QList<Shift> shifts = storedShifts(shiftIds);
    if (shifts.isEmpty() || !target.isValid())
        return;
    int anchorRow = -1;
    QDate anchorDate;
    if (anchor.isValid()) {
        anchorRow = anchor.row();
        anchorDate = m_gridModel->dateAt(anchor.column());
    } else {
        // Pasted: the top-left shift of what was copied lands on the target cell.
        for (const Shift &shift : shifts) {
            const int row = m_gridModel->rowOfClinician(shift.clinician_id);
            if (anchorRow < 0 || (row >= 0 && row < anchorRow))
                anchorRow = row;
            if (!anchorDate.isValid() || shift.date < anchorDate)
                anchorDate = shift.date;
        }
        if (anchorRow < 0)
            anchorRow = target.row();
    }
    GridEdits::Plan plan = GridEdits::place(*m_gridModel, shifts, anchorRow, anchorDate, target.row(), m_gridModel->dateAt(target.column()), copy);
    if (!plan.error.isEmpty()) {
        m_session->reportError(plan.error);
        return;
    }
    if (!plan.occupying.isEmpty()) {
        const QString who = m_gridModel->rowName(target.row());
        const QString question = tr("%1 already works on %2. Swap the shifts, or add to what %1 has?")
                                     .arg(who, QLocale().toString(m_gridModel->dateAt(target.column()), QLocale::LongFormat));
        DropChoice choice = DropChoice::Cancel;
        if (m_dropChoice) {
            choice = m_dropChoice(question, plan.canSwap);
        } else {
            QMessageBox box(QMessageBox::Question, tr("Already working"), question, QMessageBox::NoButton, this);
            QPushButton *swapButton = plan.canSwap ? box.addButton(tr("&Swap"), QMessageBox::AcceptRole) : nullptr;
            QPushButton *addButton = box.addButton(tr("&Add"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Cancel);
            box.exec();
            choice = box.clickedButton() == addButton ? DropChoice::Add
                   : (swapButton && box.clickedButton() == swapButton) ? DropChoice::Swap
                                                                       : DropChoice::Cancel;
        }
        if (choice == DropChoice::Cancel)
            return;
        if (choice == DropChoice::Swap) {
            plan = GridEdits::swap(*m_gridModel, plan);
            if (!plan.error.isEmpty()) {
                m_session->reportError(plan.error);
                return;
            }
        }
    }
    applyChanges(plan.changes, plan.text);
}

void RotaView::showGridContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_grid->indexAt(pos);
    if (index.isValid() && !m_grid->selectionModel()->isSelected(index))
        m_grid->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_newAction);
    menu.addAction(m_editAction);
    menu.addSeparator();
    menu.addAction(m_copyAction);
    menu.addAction(m_pasteAction);
    menu.addAction(m_pinAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.exec(m_grid->viewport()->mapToGlobal(pos));
}
