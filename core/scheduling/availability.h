#pragma once

#include "calendar/rotafilter.h"
#include "model/leaverequest.h"
#include "model/shifttype.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <array>
#include <optional>
#include <utility>
#include <vector>

class Workspace;

// One day of the rota server's GET /api/availability/: how many clinicians can work that day.
struct AvailabilityDay
{
    QDate date;
    int doctors_count = 0;

    QJsonObject toJson() const; // {"date": "2024-06-03", "doctors_count": 3}
    bool operator==(const AvailabilityDay &) const = default;
};

// Who can work on each day of a date window: one two-byte cell per clinician and day, read in a
// few window queries and kept in one flat array, so that a year of 500 clinicians is cheap to
// build, paint and total. Each team also has a minimum per day: what its rotas ask for that day.
// A snapshot like RotaPeriod: views rebuild it when the workspace changes.
class AvailabilityGrid
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityGrid)

public:
    // What a day is for a clinician, the first that applies in this order: approved leave, an
    // assigned shift that is not cancelled, a cannot-work day of the working term in force, a day
    // outside a part-time term's fixed working days, no working term in force (or no longer
    // active), else available. A clinician without any working term is available on every day.
    enum class State : quint8 { Available, OnShift, OnLeave, CannotWork, OffDay, OutOfTerm };
    static constexpr int StateCount = 6;

    class Cell
    {
    public:
        Cell() = default;
        static Cell make(State state, int detail, bool pendingLeave)
        {
            return fromBits(quint16(int(state) | (pendingLeave ? 0x8 : 0) | (detail << 4)));
        }
        static Cell fromBits(quint16 bits)
        {
            Cell cell;
            cell.m_bits = bits;
            return cell;
        }

        State state() const { return State(m_bits & 0x7); }
        bool pendingLeave() const { return m_bits & 0x8; }
        // OnLeave: the leave type; OnShift: the index into shiftTypes() of the day's first shift.
        int detail() const { return m_bits >> 4; }
        bool canWork() const { return state() == State::Available || state() == State::OnShift; }
        quint16 bits() const { return m_bits; }

    private:
        quint16 m_bits = 0;
    };

    struct Person
    {
        qint64 id = 0;
        QString name;
        std::optional<qint64> teamId;
        bool active = true;
    };

    // The clinicians of one team (rows firstRow .. firstRow + rowCount - 1), with the figures of
    // the fallback minimum: every active member of the team, whatever the filter leaves, and the
    // most that may be off at once (LeaveCapacity).
    struct Group
    {
        std::optional<qint64> teamId;
        QString name;
        int firstRow = 0;
        int rowCount = 0;
        int activeMembers = 0;
        int maximumOff = 0;
    };

    enum class TeamStatus { Below, At, Above };

    // Counts of the cells of a range of rows and days.
    struct Totals
    {
        int rows = 0;
        int days = 0;
        std::array<int, StateCount> states{};
        int pendingLeave = 0;

        int count(State state) const { return states.at(int(state)); }
        int canWork() const { return count(State::Available) + count(State::OnShift); }
    };

    AvailabilityGrid() = default;
    // Reads [from, to] (both included) for the clinicians the filter leaves, grouped by team like
    // RotaPeriod: active clinicians, and inactive ones only when they have shifts in the window.
    // The filter's shift type is ignored: availability is about people, whatever they work.
    static AvailabilityGrid load(const Workspace &workspace, QDate from, QDate to, const RotaFilter &filter = {},
                                 StorageError *error = nullptr);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    int dayCount() const { return m_days; }
    QDate dayAt(int day) const { return m_from.addDays(day); }
    int dayIndex(QDate date) const; // -1 outside the window
    const RotaFilter &filter() const { return m_filter; }

    int rowCount() const { return int(m_people.size()); }
    const QList<Person> &people() const { return m_people; }
    const QList<Group> &groups() const { return m_groups; }
    int groupOfRow(int row) const; // -1 when out of range
    int rowOf(qint64 clinicianId) const; // -1 when not shown
    // Every shift type of the workspace (inactive ones too: old shifts may use them), in rota order.
    const QList<ShiftType> &shiftTypes() const { return m_shiftTypes; }

    Cell cell(int row, int day) const { return Cell::fromBits(m_cells[size_t(row) * size_t(m_days) + size_t(day)]); }
    const quint16 *rowCells(int row) const { return m_cells.data() + size_t(row) * size_t(m_days); }

    // Totals of rows [firstRow, lastRow] and days [firstDay, lastDay] in constant time (summed
    // area tables, built on the first call: a grid that is only painted never needs them); ranges
    // are clipped to the grid. The first call writes that cache, so a grid shared between threads
    // must have been totalled once before.
    Totals totals(int firstRow, int lastRow, int firstDay, int lastDay) const;
    int canWorkCount(int day) const; // all rows
    QList<AvailabilityDay> dailyCounts() const;

    int teamCount(int group, int day) const; // members of the group who can work that day
    // What the team needs that day: the sum of the timeslot minimums, for that weekday, of the
    // shift patterns of the team's rotas in force (not archived, with a pattern; a pattern without
    // slots that weekday asks for nobody). With no such rota: active members less the most off at
    // once, never below zero. Clinicians without a team have no rota.
    int teamMinimum(int group, int day) const;
    // The names of the rotas that make that day's minimum; empty when it falls back to the leave
    // capacity.
    QStringList teamRotas(int group, int day) const;
    // The lowest and highest minimum of the team over days [firstDay, lastDay] (clipped to the
    // window); {0, 0} when no day is left.
    std::pair<int, int> teamMinimumRange(int group, int firstDay, int lastDay) const;
    TeamStatus teamStatus(int group, int day) const;

private:
    void buildTotals() const;
    void setError(StorageError *error, const StorageError &cause) const;

    QDate m_from;
    QDate m_to;
    int m_days = 0;
    RotaFilter m_filter;
    QList<Person> m_people;
    QList<Group> m_groups;
    QList<int> m_groupOfRow;
    QHash<qint64, int> m_rowOf;
    QList<ShiftType> m_shiftTypes;
    std::vector<quint16> m_cells; // row-major, rows x days
    // Group-major, groups x days: the team's minimum, and the index into m_rotaSets of the rotas
    // that make it (-1: the leave-capacity fallback).
    std::vector<qint32> m_teamMinimums;
    std::vector<qint32> m_teamRotaSets;
    QList<QStringList> m_rotaSets;
    // (rows + 1) x (days + 1) prefix sums, each of every state then of pending leave; empty until
    // the first totals().
    mutable std::vector<qint32> m_sums;
};
