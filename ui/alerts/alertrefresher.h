#pragma once

#include <QDate>
#include <QObject>

class QTimer;
class WorkspaceSession;

// Runs the rule checks again on the days around each edit: the session's datesChanged window
// widened by MarginDays on each side (rest, runs of nights and weekly hours reach beyond the
// edited day). A burst of edits within one pass of the event loop is one check of the union
// of their windows. Opening another workspace checks nothing; checking a whole period is the
// coordinator's choice (AlertView).
class AlertRefresher : public QObject
{
    Q_OBJECT

public:
    static constexpr int MarginDays = 7;

    explicit AlertRefresher(WorkspaceSession *session, QObject *parent = nullptr);

    bool isPending() const;

signals:
    // After the stored alerts of [from, to] were brought up to date.
    void refreshed(QDate from, QDate to);

private:
    void onDatesChanged(QDate from, QDate to);
    void onWorkspaceChanged();
    void run();

    WorkspaceSession *m_session;
    QTimer *m_timer;
    QDate m_from;
    QDate m_to;
};
