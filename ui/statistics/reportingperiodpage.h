#pragma once

#include "model/reportingperiod.h"

#include <QWidget>
#include <functional>
#include <optional>

class QPushButton;
class QTableView;
class ReportingPeriodDialog;
class ReportingPeriodTableModel;
class WorkspaceSession;

// The workspace's reporting periods with New, Edit and Delete; each change is one undo step.
class ReportingPeriodPage : public QWidget
{
    Q_OBJECT

public:
    // Runs the period dialog; true = accepted (exec() unless replaced; tests fill it in).
    using DialogRunner = std::function<bool(ReportingPeriodDialog &dialog)>;

    explicit ReportingPeriodPage(WorkspaceSession *session, QWidget *parent = nullptr);

    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }
    ReportingPeriodTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // What New offers: "Period N" with the next number no period uses, from the day after the
    // last period ends (today when there is none), four months long.
    ReportingPeriod suggestedPeriod() const;

    void newPeriod();
    void editSelected();
    void deleteSelected();
    void reload();

private:
    void updateButtons();
    bool runDialog(ReportingPeriodDialog &dialog);
    std::optional<int> selectedRow() const;
    void select(qint64 id);

    WorkspaceSession *m_session;
    DialogRunner m_runDialog;
    ReportingPeriodTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
};
