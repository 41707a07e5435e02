#pragma once

#include "storage/storageerror.h"

#include <QDate>
#include <QWidget>
#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTreeView;
class RotaListModel;
class Workspace;
class WorkspaceSession;

// The rotas (archived ones on request) with the bulk actions on a selection of them: end date,
// rename, close dates, archive or bring back, and a new shift pattern from a date; beside the list,
// the chosen rota's timeslots by weekday and its closed dates. Every action is one undoable edit.
class RotasView : public QWidget
{
    Q_OBJECT

public:
    explicit RotasView(WorkspaceSession *session, QWidget *parent = nullptr);

    RotaListModel *model() const { return m_model; }
    QStandardItemModel *detailModel() const { return m_detail; }
    void setShowArchived(bool show);
    void selectRows(const QList<int> &rows);

    // The actions on the selected rotas; each returns the error (empty when done).
    QString setEndDate(QDate end);
    QString rename(const QString &pattern);
    QString closeDates(QDate from, QDate to, const QString &reason);
    QString setArchived(bool archived);
    // `unfitting` receives a line per shift that fits no timeslot of the new pattern.
    QString replacePattern(QDate from, qint64 patternId, QStringList *unfitting = nullptr);
    void reload();

signals:
    void statusMessage(const QString &message);

private:
    QList<qint64> selectedIds() const;
    QString edit(const QString &text, const std::function<StorageError(Workspace &, const QList<qint64> &)> &write);
    void showDetail();
    void updateActions();
    void askEndDate();
    void askRename();
    void askCloseDates();
    void askReplacePattern();

    WorkspaceSession *m_session;
    RotaListModel *m_model;
    QStandardItemModel *m_detail;
    QTableView *m_table;
    QTreeView *m_detailView;
    QLabel *m_detailTitle;
    QCheckBox *m_archived;
    QList<QPushButton *> m_actions;
    QPushButton *m_archive;
};
