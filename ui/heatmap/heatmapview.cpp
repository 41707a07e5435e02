#include "heatmapview.h"

#include "calendar/bankholidays.h"
#include "heatmapgrid.h"
#include "heatmaplegend.h"
#include "storage/teamrepository.h"
#include "workspacesession.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QImage>
#include <QImageWriter>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using State = AvailabilityGrid::State;

// Cell sizes from smallest to largest: a year fits a screen at the small end, a week shows codes
// and counts at the large end.
constexpr QSize ZoomLevels[] = {{2, 12}, {3, 16}, {4, 16}, {6, 18}, {10, 18}, {16, 20}, {24, 20}, {36, 22}};
constexpr int ZoomCount = int(std::size(ZoomLevels));

int zoomFor(int days)
{
    if (days <= 7)
        return ZoomCount - 1;
    if (days <= 31)
        return 6;
    if (days <= 100)
        return 4;
    return 1;
}

QToolButton *button(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

HeatmapView::HeatmapView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new HeatmapModel(this))
    , m_grid(new HeatmapGrid(this))
    , m_legend(new HeatmapLegend(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_mode(new QComboBox(this))
    , m_team(new QComboBox(this))
    , m_status(new QLabel(this))
{
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_mode->addItem(tr("People"), int(HeatmapModel::Mode::People));
    m_mode->addItem(tr("Teams"), int(HeatmapModel::Mode::Teams));
    m_mode->setToolTip(tr("People: one row per clinician. Teams: one row per team, counting who can work against what the team's rota needs that day."));
    m_team->setToolTip(tr("Show one team only"));

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(new QLabel(tr("From:"), this));
    toolbar->addWidget(m_from);
    toolbar->addWidget(new QLabel(tr("To:"), this));
    toolbar->addWidget(m_to);
    const std::pair<QString, int> lengths[] = {{tr("Week"), 7}, {tr("4 weeks"), 28}, {tr("Quarter"), 91}, {tr("Year"), 365}};
    for (const auto &[text, days] : lengths) {
        QToolButton *b = button(text, tr("Show %n day(s) from the first day", nullptr, days), this);
        connect(b, &QToolButton::clicked, this, [this, days = days] { applyLength(days); });
        toolbar->addWidget(b);
    }
    toolbar->addSpacing(12);
    toolbar->addWidget(m_mode);
    toolbar->addWidget(m_team);
    toolbar->addSpacing(12);
    QToolButton *smaller = button(tr("−", "zoom out"), tr("Smaller cells (Ctrl+wheel)"), this);
    QToolButton *larger = button(tr("+", "zoom in"), tr("Larger cells (Ctrl+wheel)"), this);
    toolbar->addWidget(smaller);
    toolbar->addWidget(larger);
    toolbar->addStretch();

    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_legend);
    layout->addWidget(m_status);

    m_grid->setModel(m_model);
    const QDate today = m_session->today();
    m_updating = true;
    m_from->setDate(today.addDays(1 - today.dayOfWeek()));
    m_to->setDate(m_from->date().addDays(27));
    m_updating = false;
    m_zoom = zoomFor(28);
    m_grid->setCellSize(ZoomLevels[m_zoom]);

    connect(m_from, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (!m_updating && date > m_to->date()) {
            m_updating = true;
            m_to->setDate(date);
            m_updating = false;
        }
        if (!m_updating)
            reload();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (!m_updating && date < m_from->date()) {
            m_updating = true;
            m_from->setDate(date);
            m_updating = false;
        }
        if (!m_updating)
            reload();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this,
            [this] { setMode(HeatmapModel::Mode(m_mode->currentData().toInt())); });
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            reload();
    });
    connect(smaller, &QToolButton::clicked, this, [this] { zoom(-1); });
    connect(larger, &QToolButton::clicked, this, [this] { zoom(1); });
    connect(m_grid, &HeatmapGrid::zoomRequested, this, &HeatmapView::zoom);
    connect(m_grid, &HeatmapGrid::selectionChanged, this, &HeatmapView::updateStatus);
    connect(m_grid, &HeatmapGrid::activated, this, [this](int row, int column) {
        emit dayActivated(m_model->dateOf(column), m_model->clinicianIdOf(row));
    });
    connect(m_session, &WorkspaceSession::dataChanged, this, &HeatmapView::reload);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, [this] {
        fillTeams();
        reload();
    });
    fillTeams();
    reload();
}

QDate HeatmapView::from() const
{
    return m_from->date();
}

QDate HeatmapView::to() const
{
    return m_to->date();
}

void HeatmapView::setPeriod(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return;
    if (to < from)
        std::swap(from, to);
    const int oldDays = int(m_from->date().daysTo(m_to->date())) + 1;
    m_updating = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    // Another period's cells are other days: a kept selection would total the wrong ones.
    m_grid->setSelection({});
    const int days = int(from.daysTo(to)) + 1;
    if (zoomFor(days) != zoomFor(oldDays)) {
        m_zoom = zoomFor(days);
        m_grid->setCellSize(ZoomLevels[m_zoom]);
    }
    reload();
}

void HeatmapView::applyLength(int days)
{
    m_zoom = zoomFor(days);
    m_grid->setCellSize(ZoomLevels[m_zoom]);
    setPeriod(m_from->date(), m_from->date().addDays(days - 1));
}

void HeatmapView::setMode(HeatmapModel::Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
    m_grid->setSelection({});
    m_model->setMode(mode);
    m_legend->setContent(mode, m_model->grid().shiftTypes(), m_model->palette());
    updateStatus();
}

void HeatmapView::setTeamFilter(std::optional<qint64> teamId)
{
    const int index = teamId ? m_team->findData(*teamId) : 0;
    m_team->setCurrentIndex(std::max(0, index));
}

void HeatmapView::zoom(int steps)
{
    m_zoom = std::clamp(m_zoom + steps, 0, ZoomCount - 1);
    m_grid->setCellSize(ZoomLevels[m_zoom]);
}

void HeatmapView::fillTeams()
{
    const QVariant current = m_team->currentData();
    m_updating = true;
    m_team->clear();
    m_team->addItem(tr("All teams"));
    if (Workspace *workspace = m_session->workspace()) {
        for (const Team &team : TeamRepository(*workspace).all())
            m_team->addItem(team.name, team.id);
    }
    m_team->setCurrentIndex(std::max(0, m_team->findData(current)));
    m_updating = false;
}

PrintOptions HeatmapView::printOptions() const
{
    PrintOptions options;
    options.view = PrintOptions::View::Heatmap;
    options.from = from();
    options.to = to();
    const QVariant team = m_team->currentData();
    if (team.isValid())
        options.filter.teamId = team.toLongLong();
    options.orientation = QPageLayout::Landscape;
    return options;
}

void HeatmapView::reload()
{
    Workspace *workspace = m_session->workspace();
    auto grid = std::make_shared<AvailabilityGrid>();
    QList<QDate> holidays;
    if (workspace) {
        StorageError error;
        *grid = AvailabilityGrid::load(*workspace, from(), to(), printOptions().filter, &error);
        if (!error.ok())
            m_session->reportError(error.message);
        for (const auto &[date, name] : BankHolidays::forWorkspace(*workspace).between(from(), to()))
            holidays << date;
    }
    m_grid->setHolidays(holidays);
    m_grid->setToday(m_session->today());
    m_model->setGrid(std::move(grid));
    updatePalette();
    updateStatus();
}

void HeatmapView::updatePalette()
{
    const HeatmapPalette palette(this->palette(), m_model->grid().shiftTypes());
    m_model->setPalette(palette);
    m_legend->setContent(m_model->mode(), m_model->grid().shiftTypes(), palette);
}

void HeatmapView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updatePalette();
}

QString HeatmapView::statusText() const
{
    return m_status->text();
}

void HeatmapView::updateStatus()
{
    const QRect selection = m_grid->selection();
    const AvailabilityGrid &grid = m_model->grid();
    const std::optional<std::pair<int, int>> rows =
        selection.isValid() ? m_model->gridRows(selection.top(), selection.bottom()) : std::nullopt;
    QString text;
    if (!rows) {
        text = grid.rowCount() == 0 ? tr("Nobody to show for this period and team.")
                                    : tr("%n people over %1 days. Select cells (drag, Shift+click, or click a name or day) "
                                         "to total them; double-click a day to open it in the rota.",
                                         nullptr, grid.rowCount())
                                          .arg(grid.dayCount());
    } else {
        const AvailabilityGrid::Totals totals = grid.totals(rows->first, rows->second, selection.left(), selection.right());
        const QString what = m_model->mode() == HeatmapModel::Mode::Teams
            ? tr("Selected %n day(s) × %1 team(s) (%2 people)", nullptr, totals.days)
                  .arg(selection.height())
                  .arg(totals.rows)
            : tr("Selected %n day(s) × %1 people", nullptr, totals.days).arg(totals.rows);
        text = tr("%1: %2 available, %3 on shift, %4 on leave, %5 cannot work, %6 part-time days off, %7 without a working "
                  "term; %8 with leave requested",
                  "selection, then counts of person-days")
                   .arg(what)
                   .arg(totals.count(State::Available))
                   .arg(totals.count(State::OnShift))
                   .arg(totals.count(State::OnLeave))
                   .arg(totals.count(State::CannotWork))
                   .arg(totals.count(State::OffDay))
                   .arg(totals.count(State::OutOfTerm))
                   .arg(totals.pendingLeave);
        if (m_model->mode() == HeatmapModel::Mode::Teams) {
            int below = 0;
            for (int row = selection.top(); row <= selection.bottom(); ++row) {
                for (int day = selection.left(); day <= selection.right(); ++day)
                    below += grid.teamStatus(m_model->groupOfRow(row), day) == AvailabilityGrid::TeamStatus::Below ? 1 : 0;
            }
            text += tr("; below what the rota needs on %n team-day(s)", nullptr, below);
        }
        text += u'.';
    }
    m_status->setText(text);
}

QString HeatmapView::exportPng(const QString &file) const
{
    const QSize content = m_grid->contentSize();
    const int width = std::max(content.width(), 400);
    const int legendHeight = m_legend->heightForWidth(width - 16);
    QImage image(width, content.height() + legendHeight + 16, QImage::Format_ARGB32_Premultiplied);
    image.fill(m_model->palette().base());
    {
        QPainter painter(&image);
        painter.setFont(m_grid->font());
        m_grid->paintAll(painter);
        painter.translate(8, content.height() + 8);
        painter.setFont(m_legend->font());
        m_legend->paintAt(painter, width - 16);
    }
    QImageWriter writer(file, "png");
    if (!writer.write(image))
        return tr("%1 cannot be written: %2").arg(file, writer.errorString());
    return {};
}
