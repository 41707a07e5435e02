#pragma once

#include <QHash>
#include <QWidget>
#include <functional>
#include <optional>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QTableView;
class WorkingTermDialog;
class WorkingTermTableModel;
class WorkspaceSession;

// Beside the staff list: the selected clinician's stats as of today (the rota server's
// clinician stats), a chart of the shifts and nights worked in each of the last twelve months,
// the working term in effect today, and the history of terms with New, Edit and Delete. Every
// term edit is one undoable command.
class ClinicianDetails : public QWidget
{
    Q_OBJECT

public:
    // Runs the term dialog; true = accepted (exec() unless replaced; tests fill it in).
    using TermDialogRunner = std::function<bool(WorkingTermDialog &dialog)>;

    explicit ClinicianDetails(WorkspaceSession *session, QWidget *parent = nullptr);

    void setClinician(std::optional<qint64> clinicianId);
    std::optional<qint64> clinician() const { return m_clinicianId; }
    void setTermDialogRunner(TermDialogRunner runner) { m_runTermDialog = std::move(runner); }

    WorkingTermTableModel *termModel() const { return m_termModel; }
    QTableView *termTable() const { return m_termTable; }
    // Bar sets "shifts worked" and "nights" of the last twelve months, oldest first.
    QChart *historyChart() const;
    // The value shown for a stats field of the server's shape ("completed_shifts", ...).
    QString statText(const QString &field) const;
    QString currentTermText() const;

    void newTerm();
    void editCurrentTerm();
    void deleteCurrentTerm();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void showHistory(std::optional<qint64> clinicianId);
    void updateButtons();
    bool runTermDialog(WorkingTermDialog &dialog);
    std::optional<int> selectedTermRow() const;

    WorkspaceSession *m_session;
    std::optional<qint64> m_clinicianId;
    TermDialogRunner m_runTermDialog;
    WorkingTermTableModel *m_termModel;
    QLabel *m_title;
    QHash<QString, QLabel *> m_stats;
    QChartView *m_history;
    QLabel *m_currentTerm;
    QTableView *m_termTable;
    QPushButton *m_newTerm;
    QPushButton *m_editTerm;
    QPushButton *m_deleteTerm;
};
