#pragma once

#include <QDate>
#include <QWidget>
#include <optional>

class AlertListModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class WorkspaceSession;

// The alerts list with its filters, the on-demand check of a period, and Resolve and Dismiss
// for the selected alerts (each one undoable edit). Enter or a double-click opens the alert's
// day through dayActivated.
class AlertView : public QWidget
{
    Q_OBJECT

public:
    explicit AlertView(WorkspaceSession *session, QWidget *parent = nullptr);

    AlertListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

    // Runs the rule checks of [from, to], brings the stored alerts in line and says what changed.
    void checkPeriod(QDate from, QDate to);
    // Asks for a period (four weeks from today unless the date filter gives one), then checks it.
    void chooseAndCheckPeriod();
    void resolveSelected();
    void dismissSelected();
    // What the last check or action reported.
    QString resultText() const;

signals:
    void dayActivated(QDate date, std::optional<qint64> clinicianId);

private:
    void applyFilters();
    void changeSelected(bool resolve);
    void updateButtons();
    QList<qint64> selectedIds() const;

    WorkspaceSession *m_session;
    AlertListModel *m_model;
    QComboBox *m_show;
    QComboBox *m_severity;
    QComboBox *m_type;
    QCheckBox *m_limitDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_table;
    QPushButton *m_resolve;
    QPushButton *m_dismiss;
    QLabel *m_result;
};
