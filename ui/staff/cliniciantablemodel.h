#pragma once

#include "model/clinician.h"
#include "storage/clinicianfilter.h"

#include <QAbstractTableModel>
#include <QHash>

class WorkspaceSession;

// The clinicians matching a filter, read with one query whenever the filter or the data
// changes. Name and "active" are editable; each edit is one undoable, journaled command.
class ClinicianTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TeamColumn, GradeColumn, StatusColumn, ActiveColumn, ColumnCount };
    enum class Shown { All, Active, Inactive };

    explicit ClinicianTableModel(WorkspaceSession *session, QObject *parent = nullptr);

    void setFilter(const ClinicianFilter &filter);
    ClinicianFilter filter() const { return m_filter; }
    // Which people the list shows by their active flag; Active sets the filter's activeOnly.
    void setShown(Shown shown);
    Shown shown() const { return m_shown; }
    Clinician clinicianAt(int row) const { return m_clinicians.at(row); }
    int rowOf(qint64 clinicianId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reload();

    WorkspaceSession *m_session;
    ClinicianFilter m_filter;
    Shown m_shown = Shown::All;
    QList<Clinician> m_clinicians;
    QHash<qint64, QString> m_teamNames;
};
