#include "heatmapmodel.h"

#include "calendar/calendarpalette.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

using State = AvailabilityGrid::State;

QString longDate(QDate date)
{
    return QLocale().toString(date, HeatmapModel::tr("ddd d MMM yyyy", "date format of a heatmap tooltip"));
}

} // namespace

HeatmapModel::HeatmapModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_grid(std::make_shared<AvailabilityGrid>())
{
}

void HeatmapModel::setGrid(std::shared_ptr<const AvailabilityGrid> grid)
{
    beginResetModel();
    m_grid = grid ? std::move(grid) : std::make_shared<AvailabilityGrid>();
    rebuildRows();
    endResetModel();
}

void HeatmapModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    beginResetModel();
    m_mode = mode;
    rebuildRows();
    endResetModel();
}

void HeatmapModel::setPalette(const HeatmapPalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole});
}

void HeatmapModel::rebuildRows()
{
    m_rows.clear();
    const QList<AvailabilityGrid::Group> &groups = m_grid->groups();
    for (int g = 0; g < groups.size(); ++g) {
        if (m_mode == Mode::Teams) {
            m_rows.append({RowKind::Team, g, -1});
            continue;
        }
        m_rows.append({RowKind::Heading, g, -1});
        for (int r = groups.at(g).firstRow; r < groups.at(g).firstRow + groups.at(g).rowCount; ++r)
            m_rows.append({RowKind::Person, g, r});
    }
}

HeatmapModel::RowKind HeatmapModel::rowKind(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).kind : RowKind::Heading;
}

int HeatmapModel::groupOfRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).group : -1;
}

int HeatmapModel::gridRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).gridRow : -1;
}

std::optional<std::pair<int, int>> HeatmapModel::gridRows(int first, int last) const
{
    first = std::max(first, 0);
    last = std::min(last, int(m_rows.size()) - 1);
    int low = -1;
    int high = -1;
    for (int row = first; row <= last; ++row) {
        const Row &r = m_rows.at(row);
        if (r.kind == RowKind::Heading)
            continue;
        const AvailabilityGrid::Group &group = m_grid->groups().at(r.group);
        const int a = r.kind == RowKind::Person ? r.gridRow : group.firstRow;
        const int b = r.kind == RowKind::Person ? r.gridRow : group.firstRow + group.rowCount - 1;
        low = low < 0 ? a : std::min(low, a);
        high = std::max(high, b);
    }
    if (low < 0)
        return std::nullopt;
    return std::pair{low, high};
}

QDate HeatmapModel::dateOf(int column) const
{
    return column >= 0 && column < m_grid->dayCount() ? m_grid->dayAt(column) : QDate();
}

std::optional<qint64> HeatmapModel::clinicianIdOf(int row) const
{
    const int r = gridRow(row);
    return r >= 0 ? std::optional<qint64>(m_grid->people().at(r).id) : std::nullopt;
}

int HeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid->dayCount();
}

QString HeatmapModel::cellCode(AvailabilityGrid::Cell cell) const
{
    if (cell.state() == State::OnShift && cell.detail() < m_grid->shiftTypes().size())
        return m_grid->shiftTypes().at(cell.detail()).code;
    if (cell.state() == State::OnLeave)
        return CalendarPalette::leaveCode(LeaveRequest::Type(cell.detail()));
    return {};
}

QString HeatmapModel::cellText(AvailabilityGrid::Cell cell) const
{
    switch (cell.state()) {
    case State::OnShift:
        if (cell.detail() < m_grid->shiftTypes().size()) {
            const ShiftType &type = m_grid->shiftTypes().at(cell.detail());
            return tr("On shift: %1 (%2)", "shift type name and code").arg(type.name, type.code);
        }
        break;
    case State::OnLeave:
        return tr("On leave: %1").arg(CalendarPalette::leaveName(LeaveRequest::Type(cell.detail())));
    default:
        break;
    }
    return HeatmapPalette::stateName(cell.state());
}

QStringList HeatmapModel::whoIsOff(int group, int day) const
{
    QStringList off;
    if (group < 0 || group >= m_grid->groups().size() || day < 0 || day >= m_grid->dayCount())
        return off;
    const AvailabilityGrid::Group &g = m_grid->groups().at(group);
    for (int r = g.firstRow; r < g.firstRow + g.rowCount; ++r) {
        const AvailabilityGrid::Cell cell = m_grid->cell(r, day);
        if (!cell.canWork())
            off << tr("%1 (%2)", "name and why they cannot work").arg(m_grid->people().at(r).name, cellText(cell).toLower());
    }
    return off;
}

QString HeatmapModel::personTip(const Row &row, int day) const
{
    const AvailabilityGrid::Cell cell = m_grid->cell(row.gridRow, day);
    QStringList lines{tr("%1 — %2", "name, date").arg(m_grid->people().at(row.gridRow).name, longDate(m_grid->dayAt(day))),
                      cellText(cell)};
    if (cell.pendingLeave())
        lines << tr("Leave requested, not yet approved");
    if (!m_grid->people().at(row.gridRow).active)
        lines << tr("No longer active");
    return lines.join(u'\n');
}

QString HeatmapModel::minimumText(const AvailabilityGrid &grid, int group, int firstDay, int lastDay)
{
    const auto [lowest, highest] = grid.teamMinimumRange(group, firstDay, lastDay);
    return lowest == highest ? QString::number(lowest) : tr("%1–%2", "range of minimums").arg(lowest).arg(highest);
}

QString HeatmapModel::teamLabel(const AvailabilityGrid &grid, int group, int firstDay, int lastDay)
{
    return tr("%1 (min. %2)", "team name and its minimum, or the range of its minimums")
        .arg(grid.groups().at(group).name, minimumText(grid, group, firstDay, lastDay));
}

QString HeatmapModel::teamTip(int group, int day) const
{
    const AvailabilityGrid::Group &g = m_grid->groups().at(group);
    const int count = m_grid->teamCount(group, day);
    const int needed = m_grid->teamMinimum(group, day);
    const QStringList rotas = m_grid->teamRotas(group, day);
    const QString source = rotas.isEmpty()  ? tr("no rota: from the leave capacity")
                           : rotas.size() == 1 ? tr("rota %1").arg(rotas.constFirst())
                                               : tr("rotas %1").arg(rotas.join(u", "_s));
    QStringList lines{tr("%1 — %2", "team, date").arg(g.name, longDate(m_grid->dayAt(day))),
                      tr("Available %1, needed %2 (%3)", "who can work, the minimum, where the minimum comes from")
                          .arg(count)
                          .arg(needed)
                          .arg(source)};
    if (rotas.isEmpty())
        lines << tr("%n active member(s), at most %1 off at once", nullptr, g.activeMembers).arg(g.maximumOff);
    lines << HeatmapPalette::teamStatusName(m_grid->teamStatus(group, day));
    const QStringList off = whoIsOff(group, day);
    if (!off.isEmpty())
        lines << tr("Off: %1").arg(off.join(u", "_s));
    return lines.join(u'\n');
}

QVariant HeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_grid->dayCount())
        return {};
    const Row &row = m_rows.at(index.row());
    const int day = index.column();
    if (role == RowKindRole)
        return int(row.kind);
    if (role == DateRole)
        return m_grid->dayAt(day);
    if (row.kind == RowKind::Person) {
        const AvailabilityGrid::Cell cell = m_grid->cell(row.gridRow, day);
        switch (role) {
        case Qt::DisplayRole: return cellCode(cell);
        case Qt::ToolTipRole: return personTip(row, day);
        case Qt::BackgroundRole: return QColor::fromRgb(m_palette.cellColour(cell));
        case StateRole: return int(cell.state());
        case DetailRole: return cell.detail();
        case PendingLeaveRole: return cell.pendingLeave();
        case ClinicianIdRole: return m_grid->people().at(row.gridRow).id;
        default: return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole: return row.kind == RowKind::Team ? QVariant(QString::number(m_grid->teamCount(row.group, day))) : QVariant();
    case Qt::ToolTipRole: return teamTip(row.group, day);
    case Qt::BackgroundRole:
        return row.kind == RowKind::Team ? m_palette.teamColour(m_grid->teamStatus(row.group, day)) : m_palette.headingBackground();
    case CountRole: return m_grid->teamCount(row.group, day);
    case MinimumRole: return m_grid->teamMinimum(row.group, day);
    case TeamStatusRole: return int(m_grid->teamStatus(row.group, day));
    default: return {};
    }
}

QVariant HeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_grid->dayCount())
            return {};
        const QDate date = m_grid->dayAt(section);
        switch (role) {
        case Qt::DisplayRole: return QString::number(date.day());
        case Qt::ToolTipRole: return longDate(date);
        case DateRole: return date;
        default: return {};
        }
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    const Row &row = m_rows.at(section);
    const AvailabilityGrid::Group &group = m_grid->groups().at(row.group);
    switch (role) {
    case Qt::DisplayRole:
        if (row.kind == RowKind::Person)
            return m_grid->people().at(row.gridRow).name;
        if (row.kind == RowKind::Team)
            return teamLabel(*m_grid, row.group, 0, m_grid->dayCount() - 1);
        return group.name;
    case Qt::ToolTipRole:
        if (row.kind == RowKind::Person)
            return m_grid->people().at(row.gridRow).name;
        return tr("%1: %2 shown, %3 active members; needs %4 a day")
            .arg(group.name)
            .arg(group.rowCount)
            .arg(group.activeMembers)
            .arg(minimumText(*m_grid, row.group, 0, m_grid->dayCount() - 1));
    case RowKindRole: return int(row.kind);
    case ClinicianIdRole: return row.kind == RowKind::Person ? QVariant(m_grid->people().at(row.gridRow).id) : QVariant();
    default: return {};
    }
}
