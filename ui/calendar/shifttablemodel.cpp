#include "shifttablemodel.h"

#include "commands/pinshift.h"
#include "storage/clinicianrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "workspacesession.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

ShiftTableModel::ShiftTableModel(WorkspaceSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &WorkspaceSession::workspaceChanged, this, &ShiftTableModel::reload);
    connect(session, &WorkspaceSession::dataChanged, this, &ShiftTableModel::reload);
}

void ShiftTableModel::setWindow(QDate from, QDate to)
{
    m_from = from;
    m_to = to;
    reload();
}

void ShiftTableModel::reload()
{
    QList<Shift> shifts;
    QHash<qint64, QString> clinicianNames;
    QHash<qint64, ShiftType> types;
    if (Workspace *workspace = m_session->workspace(); workspace && m_from.isValid() && m_to.isValid()) {
        shifts = ShiftRepository(*workspace).inWindow(m_from, m_to);
        // Only the people on the window's shifts are looked up, not the whole staff list.
        const ClinicianRepository clinicians(*workspace);
        for (const Shift &shift : std::as_const(shifts)) {
            if (shift.clinician_id && !clinicianNames.contains(*shift.clinician_id)) {
                const std::optional<Clinician> clinician = clinicians.get(*shift.clinician_id);
                clinicianNames.insert(*shift.clinician_id, clinician ? clinician->name : QString());
            }
        }
        for (const ShiftType &type : ShiftTypeRepository(*workspace).all())
            types.insert(type.id, type);
    }
    // Lookups only: rows are not touched until the reset or change below is announced.
    m_clinicianNames = clinicianNames;
    m_types = types;
    sortShifts(shifts);
    const bool sameRows = std::equal(shifts.cbegin(), shifts.cend(), m_shifts.cbegin(), m_shifts.cend(),
                                     [](const Shift &a, const Shift &b) { return a.id == b.id; });
    if (sameRows && !m_shifts.isEmpty()) {
        // An edit that moves no row (a pin) keeps the view's selection and scroll position.
        m_shifts = shifts;
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_shifts = shifts;
    endResetModel();
}

void ShiftTableModel::sortShifts(QList<Shift> &shifts) const
{
    // Equal keys fall back to the order a coordinator reads a rota in: by day, then start.
    const auto tieBreak = [this](const Shift &shift) {
        return std::tuple(shift.date, shift.start_utc.value_or(0), m_types.value(shift.shift_type_id).sort_order,
                          m_clinicianNames.value(shift.clinician_id.value_or(0)));
    };
    std::stable_sort(shifts.begin(), shifts.end(), [&](const Shift &a, const Shift &b) {
        const QPartialOrdering order = QVariant::compare(sortKey(a, m_sortColumn), sortKey(b, m_sortColumn));
        if (order == QPartialOrdering::Equivalent)
            return m_sortOrder == Qt::AscendingOrder ? tieBreak(a) < tieBreak(b) : tieBreak(b) < tieBreak(a);
        return m_sortOrder == Qt::AscendingOrder ? order == QPartialOrdering::Less : order == QPartialOrdering::Greater;
    });
}

int ShiftTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shifts.size());
}

int ShiftTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ShiftTableModel::clinicianName(const Shift &shift) const
{
    return shift.clinician_id ? m_clinicianNames.value(*shift.clinician_id) : tr("Open shift");
}

QString ShiftTableModel::timeText(const Shift &shift, bool end) const
{
    if (!shift.isTimed())
        return end ? QString() : tr("All day");
    const QDateTime local = end ? shift.localEnd() : shift.localStart();
    // Some locales' short format still has seconds, which no rota needs.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(u":ss"_s);
    const QString time = QLocale().toString(local.time(), format);
    const qint64 days = shift.date.daysTo(local.date());
    // An overnight shift ends on a later day than the one it belongs to.
    return days > 0 ? tr("%1 (+%2)").arg(time).arg(days) : time;
}

QString ShiftTableModel::displayText(const Shift &shift, int column) const
{
    switch (column) {
    case DateColumn:
        return tr("%1 %2", "weekday, date").arg(QLocale().dayName(shift.date.dayOfWeek(), QLocale::ShortFormat),
                                                QLocale().toString(shift.date, QLocale::ShortFormat));
    case ClinicianColumn:
        return clinicianName(shift);
    case TypeColumn:
        return m_types.value(shift.shift_type_id).code;
    case StartColumn:
        return timeText(shift, false);
    case EndColumn:
        return timeText(shift, true);
    case DurationColumn: {
        const int hours = shift.duration_minutes / 60;
        const int minutes = shift.duration_minutes % 60;
        return minutes == 0 ? tr("%1 h").arg(hours) : tr("%1 h %2 min").arg(hours).arg(minutes);
    }
    case StatusColumn:
        switch (shift.status) {
        case Shift::Status::Scheduled:
            return tr("Scheduled");
        case Shift::Status::Completed:
            return tr("Completed");
        case Shift::Status::Cancelled:
            return tr("Cancelled");
        case Shift::Status::NeedsReassignment:
            return tr("Needs reassignment");
        }
        return {};
    default:
        return {};
    }
}

QVariant ShiftTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Shift &shift = m_shifts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(shift, index.column());
    case TypeNameRole:
        return index.column() == TypeColumn ? m_types.value(shift.shift_type_id).name : QVariant();
    case Qt::DecorationRole:
        if (index.column() == TypeColumn) {
            const QColor colour = QColor::fromString(m_types.value(shift.shift_type_id).colour);
            return colour.isValid() ? colour : QVariant();
        }
        return {};
    case Qt::CheckStateRole:
        return index.column() == PinnedColumn ? (shift.is_pinned ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ForegroundRole:
        if (shift.status == Shift::Status::Cancelled)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TypeColumn:
            return m_types.value(shift.shift_type_id).name;
        case StartColumn:
        case EndColumn:
            return shift.isTimed() ? tr("Local time in %1").arg(QString::fromUtf8(shift.time_zone)) : QVariant();
        case PinnedColumn:
            return tr("A pinned shift stays where it is when the rota is generated or rebalanced.");
        default:
            return shift.notes.isEmpty() ? QVariant() : shift.notes;
        }
    default:
        return {};
    }
}

QVariant ShiftTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ClinicianColumn:
        return tr("Clinician");
    case TypeColumn:
        return tr("Shift");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case DurationColumn:
        return tr("Length");
    case PinnedColumn:
        return tr("Pinned");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags ShiftTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == PinnedColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QString ShiftTableModel::describe(const Shift &shift) const
{
    return tr("%1 on %2 (%3)").arg(m_types.value(shift.shift_type_id).code, QLocale().toString(shift.date, QLocale::ShortFormat),
                                   clinicianName(shift));
}

bool ShiftTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != PinnedColumn
        || role != Qt::CheckStateRole || !m_session->workspace())
        return false;
    const Shift shift = m_shifts.at(index.row());
    const bool pinned = value.value<Qt::CheckState>() == Qt::Checked;
    if (pinned == shift.is_pinned)
        return false;
    if (StorageError error = PinShift::apply(m_session, shift.id, pinned, describe(shift)); !error.ok()) {
        m_session->reportError(error.message);
        return false;
    }
    return true;
}

QVariant ShiftTableModel::sortKey(const Shift &shift, int column) const
{
    switch (column) {
    case ClinicianColumn:
        return shift.clinician_id ? m_clinicianNames.value(*shift.clinician_id) : QString();
    case TypeColumn:
        return m_types.value(shift.shift_type_id).sort_order;
    case StartColumn:
        return shift.start_utc.value_or(0);
    case EndColumn:
        return shift.end_utc.value_or(0);
    case DurationColumn:
        return shift.duration_minutes;
    case PinnedColumn:
        return shift.is_pinned;
    case StatusColumn:
        return int(shift.status);
    default:
        return shift.date;
    }
}

void ShiftTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> ids;
    for (const QModelIndex &index : before)
        ids.append(m_shifts.at(index.row()).id);
    m_sortColumn = column;
    m_sortOrder = order;
    sortShifts(m_shifts);
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const auto row = std::find_if(m_shifts.cbegin(), m_shifts.cend(), [&](const Shift &s) { return s.id == ids.at(i); });
        after.append(index(int(row - m_shifts.cbegin()), before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
