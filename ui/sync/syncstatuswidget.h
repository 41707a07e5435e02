#pragma once

#include <QWidget>

class QPushButton;
class QToolButton;
class SyncController;

// The sync state in the status bar, in words: "Not linked", "Offline — 3 changes queued",
// "Syncing 12/40…" with a Cancel button, "Synced 14:02 — nothing queued", "2 conflicts", or a
// failure in red (and in words) with the message as its tooltip. Clicking the text asks for
// the sync page.
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(SyncController *controller, QWidget *parent = nullptr);

    QString text() const;
    QString toolTipText() const;
    QPushButton *cancelButton() const { return m_cancel; }

    // "nothing queued", "1 change queued", "3 changes queued"
    static QString queueText(int queued);

signals:
    void openRequested();

private:
    void refresh();

    SyncController *m_controller;
    QToolButton *m_text;
    QPushButton *m_cancel;
};
