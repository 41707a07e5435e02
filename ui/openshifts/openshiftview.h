#pragma once

#include "storage/storageerror.h"

#include <QDate>
#include <QWidget>
#include <functional>
#include <optional>

class OpenShiftTableModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStringListModel;
class QTableView;
class Workspace;
class WorkspaceSession;

// The open shifts of a period, narrowed by conditions in the volunteer seed's notation (field,
// operator, value: "shift_length__gte=8"), with the actions a coordinator takes on them: assign
// one to a clinician (after the checks of a manual edit) or give it a new claim code. Both are
// undoable.
class OpenShiftView : public QWidget
{
    Q_OBJECT

public:
    explicit OpenShiftView(WorkspaceSession *session, QWidget *parent = nullptr);

    OpenShiftTableModel *model() const { return m_model; }
    void setPeriod(QDate from, QDate to);
    // Adds a condition as the filter bar would; returns the error that refused it (empty when added).
    QString addCondition(const QString &field, const QString &op, const QString &value);
    void clearConditions();
    QStringList conditions() const;
    void selectRow(int row);
    QString assignSelected(qint64 clinicianId);
    QString renewSelectedCode();
    void setClinicianChooser(std::function<std::optional<qint64>()> chooser) { m_chooser = std::move(chooser); }
    void reload();

signals:
    void statusMessage(const QString &message);

private:
    std::optional<qint64> chooseClinician();
    // Runs `write` on the selected shift as one undoable edit; the error, or empty when done.
    QString editSelected(const QString &text, const std::function<StorageError(Workspace &, qint64)> &write);
    void updateActions();

    WorkspaceSession *m_session;
    OpenShiftTableModel *m_model;
    QStringListModel *m_conditions;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_field;
    QComboBox *m_operator;
    QLineEdit *m_value;
    QListView *m_conditionList;
    QTableView *m_table;
    QPushButton *m_assign;
    QPushButton *m_renew;
    QLabel *m_summary;
    QLabel *m_error;
    std::function<std::optional<qint64>()> m_chooser;
};
