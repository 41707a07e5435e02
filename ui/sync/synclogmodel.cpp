#include "synclogmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

SyncLogModel::SyncLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SyncLogModel::load(const QString &key)
{
    beginResetModel();
    m_key = key;
    m_entries.clear();
    if (!key.isEmpty()) {
        const QJsonArray stored = QJsonDocument::fromJson(QSettings().value(key).toByteArray()).array();
        for (const QJsonValue &value : stored) {
            Entry entry;
            entry.at = QDateTime::fromString(value[u"at"_s].toString(), Qt::ISODate).toUTC();
            entry.report.pulled = value[u"pulled"_s].toInt();
            entry.report.pushed = value[u"pushed"_s].toInt();
            entry.report.conflicts = value[u"conflicts"_s].toInt();
            entry.report.complete = value[u"complete"_s].toBool();
            for (const QJsonValue &error : value[u"errors"_s].toArray())
                entry.report.errors << error.toString();
            if (entry.at.isValid())
                m_entries << entry;
        }
    }
    endResetModel();
}

void SyncLogModel::add(const QDateTime &at, const SyncReport &report)
{
    beginResetModel();
    m_entries.prepend({at.toUTC(), report});
    m_entries = m_entries.mid(0, MaxEntries);
    endResetModel();
    save();
}

void SyncLogModel::save() const
{
    if (m_key.isEmpty())
        return;
    QJsonArray stored;
    for (const Entry &entry : m_entries) {
        stored << QJsonObject{{u"at"_s, entry.at.toString(Qt::ISODate)},
                              {u"pulled"_s, entry.report.pulled},
                              {u"pushed"_s, entry.report.pushed},
                              {u"conflicts"_s, entry.report.conflicts},
                              {u"complete"_s, entry.report.complete},
                              {u"errors"_s, QJsonArray::fromStringList(entry.report.errors)}};
    }
    QSettings().setValue(m_key, QJsonDocument(stored).toJson(QJsonDocument::Compact));
}

QDateTime SyncLogModel::lastCompleteAt() const
{
    for (const Entry &entry : m_entries) {
        if (entry.report.complete)
            return entry.at;
    }
    return {};
}

int SyncLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SyncLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return locale.toString(entry.at.toLocalTime(), QLocale::ShortFormat);
        case PulledColumn:
            return locale.toString(entry.report.pulled);
        case PushedColumn:
            return locale.toString(entry.report.pushed);
        case ConflictsColumn:
            return locale.toString(entry.report.conflicts);
        case ErrorsColumn:
            if (!entry.report.errors.isEmpty())
                return entry.report.errors.size() == 1
                           ? entry.report.errors.constFirst()
                           : tr("%1 errors: %2").arg(entry.report.errors.size()).arg(entry.report.errors.constFirst());
            return entry.report.complete ? tr("None") : tr("Stopped before the end");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ErrorsColumn && !entry.report.errors.isEmpty())
        return entry.report.errors.join(u'\n');
    if (role == Qt::TextAlignmentRole && index.column() != TimeColumn && index.column() != ErrorsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant SyncLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PulledColumn:
        return tr("Pulled");
    case PushedColumn:
        return tr("Pushed");
    case ConflictsColumn:
        return tr("Conflicts");
    case ErrorsColumn:
        return tr("Errors");
    default:
        return {};
    }
}
