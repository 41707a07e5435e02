#pragma once

#include "storage/storageerror.h"

#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class SwapTableModel;
class Workspace;
class WorkspaceSession;

// The swap requests with the on-call seed's filters (open only, requested by, taken by, starting
// after, rota), and the actions on an open request: a colleague takes it (the shifts move to them
// after the checks of a manual edit, or the reason it is refused is shown) or it is deleted. Both
// are undoable.
class SwapView : public QWidget
{
    Q_OBJECT

public:
    explicit SwapView(WorkspaceSession *session, QWidget *parent = nullptr);

    SwapTableModel *model() const { return m_model; }
    void setOpenOnly(bool open);
    void selectRow(int row);
    // Takes the selected request for the clinician; returns the refusal or error (empty when done).
    QString takeSelected(qint64 benefactorId);
    QString deleteSelected();
    // Replaces the dialog that asks who takes a swap (for tests); returns the clinician's id.
    void setBenefactorChooser(std::function<std::optional<qint64>()> chooser) { m_chooser = std::move(chooser); }
    void reload();

signals:
    void statusMessage(const QString &message);

private:
    void fillChoices();
    void updateActions();
    std::optional<qint64> chooseBenefactor();
    // Runs `write` on the selected request as one undoable edit; the error, or empty when done.
    QString editSelected(const QString &text, const std::function<StorageError(Workspace &, qint64)> &write);

    WorkspaceSession *m_session;
    SwapTableModel *m_model;
    QTableView *m_table;
    QCheckBox *m_openOnly;
    QComboBox *m_beneficiary;
    QComboBox *m_benefactor;
    QCheckBox *m_afterEnabled;
    QDateEdit *m_after;
    QComboBox *m_rota;
    QPushButton *m_take;
    QPushButton *m_delete;
    QLabel *m_summary;
    std::function<std::optional<qint64>()> m_chooser;
    bool m_filling = false;
};
