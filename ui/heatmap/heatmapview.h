#pragma once

#include "heatmapmodel.h"
#include "printing/printoptions.h"

#include <QDate>
#include <QWidget>
#include <optional>

class HeatmapGrid;
class HeatmapLegend;
class QComboBox;
class QDateEdit;
class QLabel;
class WorkspaceSession;

// Who can work when, for a period of up to a year or more: a heatmap of clinicians (or teams)
// by day with a toolbar (period, quick lengths, People/Teams, team filter, zoom), a legend, and a
// status line totalling the selected cells. Activating a cell asks for that day in the rota.
class HeatmapView : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapView(WorkspaceSession *session, QWidget *parent = nullptr);

    QDate from() const;
    QDate to() const;
    HeatmapModel *model() const { return m_model; }
    HeatmapGrid *grid() const { return m_grid; }
    HeatmapLegend *legend() const { return m_legend; }
    QString statusText() const;
    // The print options of what is shown: the heatmap of the period and team filter.
    PrintOptions printOptions() const;

public slots:
    void setPeriod(QDate from, QDate to);
    void setMode(HeatmapModel::Mode mode);
    void setTeamFilter(std::optional<qint64> teamId);
    void reload();
    // Writes the whole heatmap (every row and day, not only what is scrolled into view) with its
    // legend below it. Returns the error, or an empty string.
    QString exportPng(const QString &file) const;

signals:
    void dayActivated(QDate date, std::optional<qint64> clinicianId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTeams();
    void applyLength(int days);
    void zoom(int steps);
    void updateStatus();
    void updatePalette();

    WorkspaceSession *m_session;
    HeatmapModel *m_model;
    HeatmapGrid *m_grid;
    HeatmapLegend *m_legend;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_mode;
    QComboBox *m_team;
    QLabel *m_status;
    int m_zoom = 3;
    bool m_updating = false;
};
