#include "rotastatusmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

RotaStatusModel::RotaStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RotaStatusModel::setPeriod(const RotaStatus::Period &period)
{
    beginResetModel();
    m_period = period;
    endResetModel();
}

const RotaStatus::Day *RotaStatusModel::dayAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() == 0 || index.row() > m_period.rotas.size())
        return nullptr;
    const QList<RotaStatus::Day> &days = m_period.rotas.at(index.row() - 1).days;
    return index.column() < days.size() ? &days.at(index.column()) : nullptr;
}

int RotaStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_period.rotas.size()) + 1;
}

int RotaStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_period.days.size());
}

QColor RotaStatusModel::colour(TimeslotStatus::Level level)
{
    switch (level) {
    case TimeslotStatus::BelowMinimum:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    case TimeslotStatus::BelowIdeal:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case TimeslotStatus::Ideal:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case TimeslotStatus::AboveIdeal:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case TimeslotStatus::AtMaximum:
        return QColor(0x00, 0x72, 0xB2); // blue
    case TimeslotStatus::OverMaximum:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    }
    return {};
}

QColor RotaStatusModel::textColour(TimeslotStatus::Level level)
{
    return level == TimeslotStatus::BelowMinimum || level == TimeslotStatus::AtMaximum ? QColor(Qt::white) : QColor(Qt::black);
}

QColor RotaStatusModel::closedColour()
{
    return QColor(0x9E, 0x9E, 0x9E);
}

QString RotaStatusModel::code(TimeslotStatus::Level level)
{
    return level > 0 ? u"+%1"_s.arg(int(level)) : QString::number(int(level));
}

QVariant RotaStatusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_period.days.size())
        return {};
    const int column = index.column();
    std::optional<TimeslotStatus::Level> level;
    bool closed = false;
    bool running = true;
    if (index.row() == 0) {
        const RotaStatus::Summary &summary = m_period.days.at(column);
        level = summary.level;
        closed = summary.closed;
    } else if (const RotaStatus::Day *day = dayAt(index)) {
        level = day->level();
        running = day->running;
        closed = day->closed;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (level)
            return code(*level);
        return running && closed ? u"\u2013"_s : QString();
    case Qt::BackgroundRole:
        if (level)
            return colour(*level);
        return running && closed ? QVariant(closedColour()) : QVariant();
    case Qt::ForegroundRole:
        if (level)
            return textColour(*level);
        return running && closed ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return toolTip(index.row(), column);
    case LevelRole:
        return level ? QVariant(int(*level)) : QVariant();
    case DateRole:
        return m_period.days.at(column).date;
    case RotaIdRole:
        return index.row() == 0 ? QVariant() : QVariant(m_period.rotas.at(index.row() - 1).rota.id);
    default:
        return {};
    }
}

QString RotaStatusModel::toolTip(int row, int column) const
{
    const QDate date = m_period.days.at(column).date;
    const QString when = QLocale().toString(date, QLocale::LongFormat);
    if (row == 0) {
        const RotaStatus::Summary &summary = m_period.days.at(column);
        if (summary.closed)
            return tr("%1: no chosen rota is open.").arg(when);
        return tr("%1, all chosen rotas: %2 (%3 of %4 people at the ideal)")
            .arg(when, TimeslotStatus::label(*summary.level))
            .arg(summary.count)
            .arg(summary.required);
    }
    const RotaStatus::RotaDays &rota = m_period.rotas.at(row - 1);
    const RotaStatus::Day &day = rota.days.at(column);
    if (!day.running)
        return tr("%1, %2: the rota does not run.").arg(when, rota.rota.name);
    if (day.closed) {
        return day.closedReason.isEmpty() ? tr("%1, %2: closed.").arg(when, rota.rota.name)
                                          : tr("%1, %2: closed (%3).").arg(when, rota.rota.name, day.closedReason);
    }
    QStringList lines{tr("%1, %2: %3").arg(when, rota.rota.name, TimeslotStatus::label(*day.level()))};
    for (const RotaStatus::Slot &slot : day.timeslots) {
        lines << tr("%1\u2013%2: %3 (%4 of minimum %5, ideal %6, maximum %7)")
                     .arg(slot.start.toString(u"HH:mm"_s), slot.end.toString(u"HH:mm"_s),
                          TimeslotStatus::label(slot.level))
                     .arg(slot.count)
                     .arg(slot.minimum)
                     .arg(slot.ideal)
                     .arg(slot.maximum);
    }
    return lines.join(u'\n');
}

QVariant RotaStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_period.days.size())
            return {};
        const QDate date = m_period.days.at(section).date;
        if (role == Qt::DisplayRole)
            return u"%1\n%2"_s.arg(QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat)).arg(date.day());
        if (role == Qt::ToolTipRole)
            return QLocale().toString(date, QLocale::LongFormat);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("All chosen rotas");
    return section <= m_period.rotas.size() ? QVariant(m_period.rotas.at(section - 1).rota.name) : QVariant();
}
