#pragma once

#include <QWidget>
#include <functional>
#include <optional>

class ClinicianDetails;
class ClinicianDialog;
class ClinicianTableModel;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class WorkspaceSession;

// The staff list: search by name, show all, active or inactive people, New, Edit,
// Deactivate/Reactivate and Delete (each one undoable step), and beside the list the selected
// clinician's stats and working terms.
class ClinicianView : public QWidget
{
    Q_OBJECT

public:
    enum class DeleteChoice { Deactivate, Cancel };
    // Says why a clinician cannot be deleted and, when `canDeactivate`, offers Deactivate
    // instead (a message box unless replaced; tests answer it).
    using DeleteRefusedHandler = std::function<DeleteChoice(const QString &message, bool canDeactivate)>;
    // Runs the clinician dialog; true = accepted (exec() unless replaced; tests fill it in).
    using DialogRunner = std::function<bool(ClinicianDialog &dialog)>;

    explicit ClinicianView(WorkspaceSession *session, QWidget *parent = nullptr);

    ClinicianTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *shownBox() const { return m_shown; } // All / Active / Inactive
    ClinicianDetails *details() const { return m_details; }
    QPushButton *activeButton() const { return m_activeButton; }

    void setDeleteRefusedHandler(DeleteRefusedHandler handler) { m_deleteRefused = std::move(handler); }
    void setDialogRunner(DialogRunner runner) { m_runDialog = std::move(runner); }

    void selectClinician(qint64 clinicianId);
    std::optional<qint64> selectedClinician() const;

    // The edits, as the buttons run them. Each reports its own errors.
    void newClinician();
    void editSelected();
    void toggleActiveSelected();
    void deleteSelected();

private:
    void applyFilter();
    void selectionChanged();
    bool runDialog(ClinicianDialog &dialog);

    WorkspaceSession *m_session;
    ClinicianTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_shown;
    QTableView *m_table;
    ClinicianDetails *m_details;
    QSplitter *m_splitter;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_activeButton;
    QPushButton *m_deleteButton;
    DeleteRefusedHandler m_deleteRefused;
    DialogRunner m_runDialog;
    std::optional<qint64> m_selected; // kept across reloads and filter changes
};
