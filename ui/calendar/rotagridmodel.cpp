#include "rotagridmodel.h"

#include "calendarpalette.h"
#include "shiftdetails.h"

#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeData>
#include <QSet>

using namespace Qt::StringLiterals;

RotaGridModel::RotaGridModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_period(std::make_shared<RotaPeriod>())
{
}

void RotaGridModel::setPeriod(std::shared_ptr<const RotaPeriod> period)
{
    beginResetModel();
    m_period = period ? std::move(period) : std::make_shared<RotaPeriod>();
    m_rows.clear();
    const RotaFilter &filter = m_period->filter();
    if (m_period->dayCount() > 0 && !filter.clinicianId && !filter.teamId && filter.search.trimmed().isEmpty())
        m_rows.append(OpenRow);
    const QList<RotaPeriod::Group> &groups = m_period->groups();
    for (int g = 0; g < groups.size(); ++g) {
        m_rows.append(-(2 + g));
        m_rows.append(groups.at(g).clinicians);
    }
    m_conflicts.clear();
    buildCells();
    endResetModel();
}

void RotaGridModel::buildCells()
{
    const int columns = columnCount();
    m_cells = QList<Cell>(qsizetype(rowCount()) * columns);
    for (int row = 0; row < rowCount(); ++row) {
        const int clinician = clinicianAt(row);
        if (clinician == TeamRow)
            continue;
        for (int column = 0; column < columns; ++column) {
            Cell &cell = m_cells[qsizetype(row) * columns + column];
            cell.shifts = &m_period->shiftsOn(clinician, column);
            if (clinician >= 0) {
                cell.leave = m_period->leaveOn(clinician, column);
                cell.cannotWork = m_period->cannotWork(clinician, column);
            }
            cell.conflict = std::any_of(cell.shifts->begin(), cell.shifts->end(),
                                        [this](int i) { return m_conflicts.contains(m_period->shifts().at(i).id); });
            cell.pendingSwap = std::any_of(cell.shifts->begin(), cell.shifts->end(),
                                           [this](int i) { return m_swaps.contains(m_period->shifts().at(i).id); });
        }
    }
    m_holidayColumns = QList<bool>(columns, false);
    for (int column = 0; column < columns; ++column)
        m_holidayColumns[column] = m_holidays.contains(dateAt(column));
}

void RotaGridModel::setToday(QDate today)
{
    m_today = today;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
}

void RotaGridModel::setHolidays(const QHash<QDate, QString> &holidays)
{
    m_holidays = holidays;
    buildCells();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, std::max(0, columnCount() - 1));
}

void RotaGridModel::setConflicts(const QHash<qint64, QList<ShiftConflict>> &conflicts)
{
    m_conflicts = conflicts;
    buildCells();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void RotaGridModel::setPendingSwaps(const QHash<qint64, QString> &swaps)
{
    m_swaps = swaps;
    buildCells();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

RotaGridModel::RowKind RotaGridModel::rowKind(int row) const
{
    const int clinician = clinicianAt(row);
    return clinician == OpenRow ? RowKind::Open : clinician == TeamRow ? RowKind::Team : RowKind::Clinician;
}

int RotaGridModel::clinicianAt(int row) const
{
    const int entry = m_rows.value(row, TeamRow);
    return entry <= TeamRow ? TeamRow : entry;
}

std::optional<qint64> RotaGridModel::clinicianIdAt(int row) const
{
    const int clinician = clinicianAt(row);
    if (clinician < 0)
        return std::nullopt;
    return m_period->clinicians().at(clinician).id;
}

QString RotaGridModel::rowName(int row) const
{
    const int entry = m_rows.value(row, TeamRow);
    if (entry == OpenRow)
        return tr("Open shifts");
    if (entry <= TeamRow)
        return m_period->groups().value(-entry - 2).name;
    return m_period->clinicians().at(entry).name;
}

int RotaGridModel::rowOfClinician(std::optional<qint64> clinicianId) const
{
    const int wanted = clinicianId ? m_period->clinicianIndex(*clinicianId) : OpenRow;
    if (clinicianId && wanted < 0)
        return -1;
    return int(m_rows.indexOf(wanted));
}

QModelIndex RotaGridModel::indexOf(std::optional<qint64> clinicianId, QDate date) const
{
    return index(rowOfClinician(clinicianId), m_period->dayIndex(date));
}

const QList<int> &RotaGridModel::shiftIndexesAt(int row, int column) const
{
    static const QList<int> none;
    const int clinician = clinicianAt(row);
    return clinician == TeamRow ? none : m_period->shiftsOn(clinician, column);
}

QList<const Shift *> RotaGridModel::shiftsAt(int row, int column) const
{
    QList<const Shift *> shifts;
    const QList<int> &indexes = shiftIndexesAt(row, column);
    shifts.reserve(indexes.size());
    for (int i : indexes)
        shifts.append(&m_period->shifts().at(i));
    return shifts;
}

const LeaveRequest *RotaGridModel::leaveAt(int row, int column) const
{
    const int clinician = clinicianAt(row);
    return clinician >= 0 ? m_period->leaveOn(clinician, column) : nullptr;
}

bool RotaGridModel::cannotWorkAt(int row, int column) const
{
    const int clinician = clinicianAt(row);
    return clinician >= 0 && m_period->cannotWork(clinician, column);
}

bool RotaGridModel::hasConflict(int row, int column) const
{
    return cellAt(row, column).conflict;
}

int RotaGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RotaGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_period->dayCount();
}

QVariant RotaGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        QStringList parts;
        for (const Shift *shift : shiftsAt(row, column)) {
            const ShiftType *type = m_period->shiftType(shift->shift_type_id);
            parts << (type ? type->code : u"?"_s);
        }
        if (const LeaveRequest *leave = leaveAt(row, column); leave && parts.isEmpty())
            parts << CalendarPalette::leaveCode(leave->type);
        if (role == Qt::AccessibleTextRole && rowKind(row) != RowKind::Team)
            return tr("%1, %2: %3").arg(rowName(row), QLocale().toString(dateAt(column), QLocale::LongFormat),
                                         parts.isEmpty() ? tr("free") : parts.join(u", "_s));
        return parts.join(u' ');
    }
    case Qt::ToolTipRole:
        return rowKind(row) == RowKind::Team ? QVariant() : QVariant(toolTip(row, column));
    default:
        return {};
    }
}

QString RotaGridModel::toolTip(int row, int column) const
{
    const QLocale locale;
    QStringList lines{u"<b>%1</b> – %2"_s.arg(rowName(row).toHtmlEscaped(), locale.toString(dateAt(column), QLocale::LongFormat))};
    if (const QString holiday = holidayAt(column); !holiday.isEmpty())
        lines << tr("Bank holiday: %1").arg(holiday.toHtmlEscaped());
    for (const Shift *shift : shiftsAt(row, column)) {
        const ShiftType *type = m_period->shiftType(shift->shift_type_id);
        const QString times = shift->isTimed() ? u"%1–%2"_s.arg(locale.toString(shift->localStart().time(), QLocale::ShortFormat),
                                                                locale.toString(shift->localEnd().time(), QLocale::ShortFormat))
                                               : tr("whole day");
        lines << ShiftDetails::describe(*shift, type ? type->name : tr("Unknown shift type"), rowName(row), times)
                     .toHtmlEscaped()
                     .replace(u'\n', u"<br>"_s);
        for (const ShiftConflict &conflict : m_conflicts.value(shift->id))
            lines << u"⚠ %1"_s.arg(conflict.message.toHtmlEscaped());
        if (m_swaps.contains(shift->id))
            lines << u"⇄ %1"_s.arg(m_swaps.value(shift->id).toHtmlEscaped());
    }
    if (const LeaveRequest *leave = leaveAt(row, column)) {
        lines << (leave->status == LeaveRequest::Status::Approved ? tr("%1 (approved)") : tr("%1 (requested)"))
                     .arg(CalendarPalette::leaveName(leave->type));
    }
    if (cannotWorkAt(row, column))
        lines << tr("Cannot work on %1s under the working terms.").arg(locale.dayName(dateAt(column).dayOfWeek()));
    return lines.join(u"<br>"_s);
}

QVariant RotaGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        if (role == Qt::DisplayRole)
            return rowName(section);
        if (role == Qt::FontRole && rowKind(section) != RowKind::Clinician) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::ToolTipRole && rowKind(section) == RowKind::Clinician) {
            const Clinician &clinician = m_period->clinicians().at(clinicianAt(section));
            return clinician.grade.isEmpty() ? clinician.name : u"%1 – %2"_s.arg(clinician.name, clinician.grade);
        }
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    const QDate date = dateAt(section);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        return u"%1\n%2"_s.arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat)).arg(date.day());
    case Qt::ToolTipRole: {
        QString text = locale.toString(date, QLocale::LongFormat);
        if (const QString holiday = m_holidays.value(date); !holiday.isEmpty())
            text += u"\n"_s + holiday;
        if (date == m_today)
            text += u"\n"_s + tr("Today");
        return text;
    }
    case Qt::FontRole:
        if (date == m_today || m_holidays.contains(date)) {
            QFont font;
            font.setBold(true);
            font.setUnderline(date == m_today);
            return font;
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags RotaGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    if (rowKind(index.row()) == RowKind::Team)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QString RotaGridModel::mimeType()
{
    return u"application/x-rotadesk-shifts"_s;
}

QStringList RotaGridModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *RotaGridModel::mimeData(const QModelIndexList &indexes) const
{
    QJsonArray shifts;
    QSet<qint64> seen;
    for (const QModelIndex &index : indexes) {
        for (const Shift *shift : shiftsAt(index.row(), index.column())) {
            if (seen.contains(shift->id))
                continue;
            seen.insert(shift->id);
            shifts.append(shift->id);
        }
    }
    if (shifts.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), QJsonDocument(QJsonObject{{u"shift_ids"_s, shifts}}).toJson(QJsonDocument::Compact));
    QStringList text;
    for (const QModelIndex &index : indexes)
        text << data(index, Qt::AccessibleTextRole).toString();
    mime->setText(text.join(u'\n'));
    return mime;
}

Qt::DropActions RotaGridModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions RotaGridModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}
