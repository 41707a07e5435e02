#include "alertrefresher.h"

#include "scheduling/rulechecker.h"
#include "workspacesession.h"

#include <QTimer>

AlertRefresher::AlertRefresher(WorkspaceSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &AlertRefresher::run);
    connect(session, &WorkspaceSession::datesChanged, this, &AlertRefresher::onDatesChanged);
    connect(session, &WorkspaceSession::workspaceChanged, this, &AlertRefresher::onWorkspaceChanged);
}

bool AlertRefresher::isPending() const
{
    return m_timer->isActive();
}

void AlertRefresher::onDatesChanged(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return;
    if (to < from)
        std::swap(from, to);
    m_from = m_from.isValid() ? std::min(m_from, from) : from;
    m_to = m_to.isValid() ? std::max(m_to, to) : to;
    m_timer->start();
}

void AlertRefresher::onWorkspaceChanged()
{
    // Edits of the workspace that was closed are not checked in the one opened.
    m_timer->stop();
    m_from = {};
    m_to = {};
}

void AlertRefresher::run()
{
    const QDate from = m_from.addDays(-MarginDays);
    const QDate to = m_to.addDays(MarginDays);
    m_from = {};
    m_to = {};
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return;
    RuleChecker::RefreshResult result;
    if (const StorageError error = RuleChecker(*workspace).refresh(from, to, &result); !error.ok()) {
        m_session->reportError(tr("The alerts could not be brought up to date: %1").arg(error.message));
        return;
    }
    if (result.created + result.resolved + result.updated > 0)
        m_session->notifyDataChanged();
    emit refreshed(from, to);
}
