#pragma once

#include "model/team.h"
#include "printoptions.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDateEdit;

// Asks what to print: view, days, team, orientation and page breaks, and whether to preview or
// write a PDF. It reads nothing itself: the caller passes the teams to choose from and acts on
// action() and options() after the dialog was accepted.
class PrintSetupDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action { Preview, ExportPdf };

    PrintSetupDialog(const PrintOptions &initial, const QList<Team> &teams, QWidget *parent = nullptr);

    PrintOptions options() const;
    Action action() const { return m_action; }

private:
    void updateEnabled();
    void finish(Action action);

    PrintOptions m_initial;
    Action m_action = Action::Preview;
    QComboBox *m_view;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_team;
    QComboBox *m_orientation;
    QComboBox *m_pageBreak;
};
