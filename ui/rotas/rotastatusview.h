#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QListView;
class QStandardItemModel;
class QTableView;
class QTreeView;
class RotaStatusLegend;
class RotaStatusModel;
class WorkspaceSession;

// The rotas' timeslot status over a period: which rotas to show (archived ones on request), a
// grid of rotas by days with a summary row, its legend, and the timeslots and shifts behind the
// chosen cell.
class RotaStatusView : public QWidget
{
    Q_OBJECT

public:
    explicit RotaStatusView(WorkspaceSession *session, QWidget *parent = nullptr);

    void setPeriod(QDate from, QDate to);
    void setShowArchived(bool show);
    // Checks exactly the rotas named (all when empty).
    void chooseRotas(const QStringList &names);
    void selectCell(int row, int column);
    void reload();

    RotaStatusModel *model() const { return m_model; }
    QStandardItemModel *detailModel() const { return m_detail; }
    QStandardItemModel *rotaChoiceModel() const { return m_rotas; }

private:
    void fillRotas();
    void showDetail();

    WorkspaceSession *m_session;
    RotaStatusModel *m_model;
    QStandardItemModel *m_rotas;
    QStandardItemModel *m_detail;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_archived;
    QListView *m_rotaList;
    QTableView *m_grid;
    QTreeView *m_detailView;
    QLabel *m_detailTitle;
    RotaStatusLegend *m_legend;
    bool m_filling = false;
};
