#include "syncstatuswidget.h"

#include "calendar/calendarpalette.h"
#include "synccontroller.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

SyncStatusWidget::SyncStatusWidget(SyncController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_text(new QToolButton(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_text->setObjectName(u"syncStatusText"_s);
    m_text->setAutoRaise(true);
    m_text->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_text->setAccessibleName(tr("Sync status"));
    m_cancel->setObjectName(u"syncCancel"_s);
    m_cancel->setToolTip(tr("Stop the sync; what was stored stays stored and the next sync goes on from there"));
    layout->addWidget(m_text);
    layout->addWidget(m_cancel);
    connect(m_text, &QToolButton::clicked, this, &SyncStatusWidget::openRequested);
    connect(m_cancel, &QPushButton::clicked, controller, &SyncController::cancel);
    connect(controller, &SyncController::stateChanged, this, &SyncStatusWidget::refresh);
    refresh();
}

QString SyncStatusWidget::text() const
{
    return m_text->text();
}

QString SyncStatusWidget::toolTipText() const
{
    return m_text->toolTip();
}

QString SyncStatusWidget::queueText(int queued)
{
    if (queued == 0)
        return tr("nothing queued");
    if (queued == 1)
        return tr("1 change queued");
    return tr("%1 changes queued").arg(QLocale().toString(queued));
}

void SyncStatusWidget::refresh()
{
    const QLocale locale;
    QString text;
    QString tip;
    bool failure = false;
    switch (m_controller->state()) {
    case SyncController::State::NotLinked:
        text = tr("Not linked");
        tip = tr("This workspace is not linked to a rota server");
        break;
    case SyncController::State::Offline:
        text = tr("Offline — %1").arg(queueText(m_controller->queuedChanges()));
        tip = m_controller->message();
        break;
    case SyncController::State::Syncing:
        if (const QDateTime until = m_controller->waitingUntil(); until.isValid()) {
            text = tr("Waiting until %1 — %2")
                       .arg(locale.toString(until.toLocalTime().time(), QLocale::ShortFormat), queueText(m_controller->queuedChanges()));
        } else {
            text = m_controller->progressTotal() > 0
                       ? tr("Syncing %1/%2…").arg(m_controller->progressDone()).arg(m_controller->progressTotal())
                       : tr("Syncing…");
        }
        tip = m_controller->progressText();
        if (const QDateTime finish = m_controller->estimatedFinish(); finish.isValid())
            tip += u'\n' + tr("All queued changes sent by about %1.").arg(locale.toString(finish.toLocalTime(), QLocale::ShortFormat));
        break;
    case SyncController::State::Error:
        text = tr("Sync failed — %1").arg(queueText(m_controller->queuedChanges()));
        tip = m_controller->message();
        failure = true;
        break;
    case SyncController::State::Conflicts: {
        const int conflicts = m_controller->conflictCount();
        text = conflicts == 1 ? tr("1 conflict") : tr("%1 conflicts").arg(locale.toString(conflicts));
        tip = tr("Records changed here and on the server in the same fields; click to see them");
        break;
    }
    case SyncController::State::Idle: {
        const QDateTime at = m_controller->lastSyncedAt().toLocalTime();
        const QString queue = queueText(m_controller->queuedChanges());
        if (!at.isValid()) {
            text = tr("Not synced yet — %1").arg(queue);
        } else {
            const QString when = at.date() == QDate::currentDate() ? locale.toString(at.time(), QLocale::ShortFormat)
                                                                   : locale.toString(at, QLocale::ShortFormat);
            text = tr("Synced %1 — %2").arg(when, queue);
        }
        tip = tr("Linked to %1 as %2").arg(m_controller->link().url().toString(), m_controller->link().user);
        break;
    }
    }
    m_text->setText(text);
    m_text->setToolTip(tip);
    // Failures read as such by their words too; the colour is the one the grid uses for shortfalls,
    // chosen for both light and dark palettes.
    QPalette palette = this->palette();
    if (failure)
        palette.setColor(QPalette::ButtonText, CalendarPalette(palette).belowMinimum());
    m_text->setPalette(palette);
    QFont font = this->font();
    font.setBold(failure || m_controller->state() == SyncController::State::Conflicts);
    m_text->setFont(font);
    m_cancel->setVisible(m_controller->state() == SyncController::State::Syncing);
}
