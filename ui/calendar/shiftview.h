#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QTableView;
class ShiftTableModel;
class WorkspaceSession;

// The shifts of a chosen date window, a week by default, with previous/next/today.
class ShiftView : public QWidget
{
    Q_OBJECT

public:
    explicit ShiftView(WorkspaceSession *session, QWidget *parent = nullptr);

    void setWindow(QDate from, QDate to);
    QDate from() const;
    QDate to() const;
    // The week (Monday to Sunday) holding `day`.
    void showWeekOf(QDate day);

    ShiftTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

signals:
    void windowChanged(QDate from, QDate to);

private:
    void step(int direction);
    void onFromEdited(QDate from);
    void onToEdited(QDate to);

    WorkspaceSession *m_session;
    ShiftTableModel *m_model;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_table;
};
