#pragma once

#include <QWidget>

class ClinicianTableModel;
class QCheckBox;
class QLineEdit;
class QTableView;
class WorkspaceSession;

// The staff list: search by name, active only, inline rename and (de)activation.
class ClinicianView : public QWidget
{
    Q_OBJECT

public:
    explicit ClinicianView(WorkspaceSession *session, QWidget *parent = nullptr);

    ClinicianTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *activeOnlyBox() const { return m_activeOnly; }

private:
    void applyFilter();

    ClinicianTableModel *m_model;
    QLineEdit *m_search;
    QCheckBox *m_activeOnly;
    QTableView *m_table;
};
