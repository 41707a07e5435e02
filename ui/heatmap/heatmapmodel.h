#pragma once

#include "heatmappalette.h"
#include "scheduling/availability.h"

#include <QAbstractTableModel>
#include <QDate>
#include <memory>
#include <optional>

// The availability heatmap as a table: a column per day; in People mode a row per clinician with
// a heading row before each team, in Teams mode a row per team counting who can work against what
// the team's rota needs that day. Views that paint many cells read grid() directly; data() serves tooltips,
// accessibility and tests.
class HeatmapModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Mode { People, Teams };
    enum class RowKind { Heading, Person, Team };
    enum Role {
        RowKindRole = Qt::UserRole + 1, // RowKind as int
        StateRole,                      // People: AvailabilityGrid::State as int
        DetailRole,                     // People: leave type or shift type index
        PendingLeaveRole,               // People: bool
        CountRole,                      // Teams (and headings): members who can work
        MinimumRole,                    // Teams (and headings): the team's minimum that day
        TeamStatusRole,                 // Teams: AvailabilityGrid::TeamStatus as int
        DateRole,                       // the column's day (also in horizontal header data)
        ClinicianIdRole,                // People: the clinician's id
    };

    explicit HeatmapModel(QObject *parent = nullptr);

    void setGrid(std::shared_ptr<const AvailabilityGrid> grid);
    const AvailabilityGrid &grid() const { return *m_grid; }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setPalette(const HeatmapPalette &palette);
    const HeatmapPalette &palette() const { return m_palette; }

    RowKind rowKind(int row) const;
    int groupOfRow(int row) const; // the team a row belongs to, -1 when out of range
    int gridRow(int row) const;    // People rows: the grid's row; -1 otherwise
    // The grid rows the model rows [first, last] cover (a team row covers its members), or an
    // empty optional when they cover nobody.
    std::optional<std::pair<int, int>> gridRows(int first, int last) const;
    QDate dateOf(int column) const;
    std::optional<qint64> clinicianIdOf(int row) const;
    // The people who cannot work on the day of a team row, with the reason, for the tooltip.
    QStringList whoIsOff(int group, int day) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What a person's day says in words: "On shift: Day (D)", "On leave: Annual leave".
    QString cellText(AvailabilityGrid::Cell cell) const;
    QString cellCode(AvailabilityGrid::Cell cell) const; // shift or leave code, empty otherwise
    // A team row's name with its minimum over days [firstDay, lastDay]: "Ward A (min. 2)", or
    // "Ward A (min. 1–2)" when it differs between days; the printed heatmap shares it.
    static QString teamLabel(const AvailabilityGrid &grid, int group, int firstDay, int lastDay);

private:
    struct Row
    {
        RowKind kind;
        int group;
        int gridRow; // -1 for headings and teams
    };
    void rebuildRows();
    QString personTip(const Row &row, int day) const;
    QString teamTip(int group, int day) const;
    static QString minimumText(const AvailabilityGrid &grid, int group, int firstDay, int lastDay);

    std::shared_ptr<const AvailabilityGrid> m_grid;
    Mode m_mode = Mode::People;
    HeatmapPalette m_palette;
    QList<Row> m_rows;
};
