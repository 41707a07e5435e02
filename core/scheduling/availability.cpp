#include "availability.h"

#include "leavecapacity.h"
#include "storage/shifttyperepository.h"
#include "storage/sqlitestatement.h"
#include "storage/teamrepository.h"
#include "storage/workspace.h"

#include <QCollator>
#include <algorithm>
#include <limits>
#include <memory>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

using State = AvailabilityGrid::State;

// Days since the epoch of an ISO date "YYYY-MM-DD" without building a QString; -1 if malformed.
qint64 julianDay(QByteArrayView text)
{
    if (text.size() != 10 || text.at(4) != '-' || text.at(7) != '-')
        return -1;
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            const char c = text.at(i);
            if (c < '0' || c > '9')
                return -1;
            parts[p] = parts[p] * 10 + (c - '0');
        }
    }
    const QDate date(parts[0], parts[1], parts[2]);
    return date.isValid() ? date.toJulianDay() : -1;
}

// Weekday bits (bit 1 = Monday ... bit 7 = Sunday) of a stored JSON array such as "[1,3,5]".
quint8 weekdayBits(QByteArrayView json)
{
    quint8 bits = 0;
    for (const char c : json) {
        if (c >= '1' && c <= '7')
            bits |= quint8(1u << (c - '0'));
    }
    return bits;
}

// Turns the rows of a date-ordered query into day indexes, parsing each distinct date once.
class DayReader
{
public:
    DayReader(QDate from, int days)
        : m_first(from.toJulianDay())
        , m_days(days)
    {
    }
    // The day index of the text; -1 outside the window.
    int index(QByteArrayView text)
    {
        if (text != QByteArrayView(m_lastText)) {
            m_lastText = text.toByteArray();
            m_lastJulian = julianDay(text);
        }
        const qint64 day = m_lastJulian;
        return day < m_first || day - m_first >= m_days ? -1 : int(day - m_first);
    }

private:
    qint64 m_first;
    int m_days;
    QByteArray m_lastText;
    qint64 m_lastJulian = -1;
};

// Which state wins a cell when two apply.
int priority(State state)
{
    switch (state) {
    case State::OnLeave: return 5;
    case State::OnShift: return 4;
    case State::CannotWork: return 3;
    case State::OffDay: return 2;
    case State::OutOfTerm: return 1;
    case State::Available: return 0;
    }
    return 0;
}

// Small indexes of record ids. Ids are row ids, dense in practice: a table beats hashing for the
// many shift rows; sparse ids fall back to a hash.
class IdIndex
{
public:
    explicit IdIndex(const std::vector<qint64> &ids)
    {
        qint64 maxId = -1;
        bool negative = false;
        for (const qint64 id : ids) {
            maxId = std::max(maxId, id);
            negative = negative || id < 0;
        }
        if (!negative && maxId < 4 * qint64(ids.size()) + 1024) {
            m_table.assign(size_t(maxId + 1), -1);
            for (size_t i = 0; i < ids.size(); ++i)
                m_table[size_t(ids[i])] = int(i);
        } else {
            m_useHash = true;
            for (size_t i = 0; i < ids.size(); ++i)
                m_hash.insert(ids[i], int(i));
        }
    }
    // -1 when the id is not known.
    int indexOf(qint64 id) const
    {
        if (m_useHash)
            return m_hash.value(id, -1);
        return id >= 0 && id < qint64(m_table.size()) ? m_table[size_t(id)] : -1;
    }

private:
    std::vector<int> m_table;
    QHash<qint64, int> m_hash;
    bool m_useHash = false;
};

struct ShiftRow
{
    qint64 start = 0; // start_utc; whole-day shifts (no start) hold the lowest value
    int candidate = 0;
    int day = 0;
    int type = 0; // index into the shift types
};

// A rota in force somewhere in the window, with what its pattern asks for on each weekday.
struct RotaNeed
{
    qint64 id = 0;
    int group = 0;
    QString name;
    qint64 first = 0; // julian days
    qint64 last = 0;
    std::array<int, 8> minimums{}; // by ISO weekday, 1 = Monday
};

struct TermRow
{
    qint64 clinicianId = 0;
    qint64 first = 0; // julian days
    qint64 last = 0;
    quint8 fixedDays = 0;
    quint8 cannotWorkDays = 0;
};

} // namespace

QJsonObject AvailabilityDay::toJson() const
{
    return {{u"date"_s, date.toString(Qt::ISODate)}, {u"doctors_count"_s, doctors_count}};
}

void AvailabilityGrid::setError(StorageError *error, const StorageError &cause) const
{
    if (error && error->ok())
        *error = cause;
}

AvailabilityGrid AvailabilityGrid::load(const Workspace &workspace, QDate from, QDate to, const RotaFilter &filter, StorageError *error)
{
    AvailabilityGrid grid;
    if (!from.isValid() || !to.isValid())
        return grid;
    if (to < from)
        std::swap(from, to);
    grid.m_from = from;
    grid.m_to = to;
    grid.m_days = int(from.daysTo(to)) + 1;
    grid.m_filter = filter;
    auto &ws = const_cast<Workspace &>(workspace); // repositories take a Workspace; these reads do not write
    sqlite3 *db = workspace.handle();
    const QByteArray first = from.toString(Qt::ISODate).toLatin1();
    const QByteArray last = to.toString(Qt::ISODate).toLatin1();
    const QString file = workspace.path();
    const auto fail = [&](const SqliteStatement &statement) { grid.setError(error, statement.error(file)); };

    grid.m_shiftTypes = ShiftTypeRepository(ws).all();
    std::vector<qint64> typeIds;
    typeIds.reserve(size_t(grid.m_shiftTypes.size()));
    for (const ShiftType &type : std::as_const(grid.m_shiftTypes))
        typeIds.push_back(type.id);
    const IdIndex typeIndex(typeIds);

    QHash<qint64, QString> teamNames;
    for (const Team &team : TeamRepository(ws).all())
        teamNames.insert(team.id, team.name);
    // Everyone the filter leaves, inactive clinicians too: those with shifts in the window are
    // shown, which the shifts read below tells.
    QList<Person> candidates;
    {
        SqliteStatement statement(db, "SELECT id, name, team_id, active FROM clinicians "
                                      "WHERE (?1 IS NULL OR team_id = ?1) AND (?2 IS NULL OR name LIKE ?2 ESCAPE '\\') "
                                      "AND (?3 IS NULL OR id = ?3)");
        if (filter.teamId)
            statement.bindInt(1, *filter.teamId);
        else
            statement.bindNull(1);
        const QString search = filter.search.trimmed();
        if (search.isEmpty()) {
            statement.bindNull(2);
        } else {
            QString pattern = search;
            pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
            statement.bindText(2, QString(u'%' + pattern + u'%').toUtf8());
        }
        if (filter.clinicianId)
            statement.bindInt(3, *filter.clinicianId);
        else
            statement.bindNull(3);
        int code = SQLITE_ROW;
        while (statement.isValid() && (code = statement.stepRow()) == SQLITE_ROW) {
            Person person;
            person.id = statement.columnInt(0);
            person.active = statement.columnInt(3) != 0;
            person.name = QString::fromUtf8(statement.columnText(1));
            if (!statement.columnIsNull(2) && teamNames.contains(statement.columnInt(2)))
                person.teamId = statement.columnInt(2);
            candidates.append(person);
        }
        if (!statement.isValid() || code != SQLITE_DONE)
            fail(statement);
        statement.reset();
    }
    std::vector<qint64> candidateIds;
    candidateIds.reserve(size_t(candidates.size()));
    for (const Person &person : std::as_const(candidates))
        candidateIds.push_back(person.id);
    const IdIndex candidateIndex(candidateIds);

    // The window's shifts in one read, kept until the rows are known; it also tells which
    // candidates work in the window.
    const int days = grid.m_days;
    std::vector<ShiftRow> shifts;
    std::vector<quint8> working(size_t(candidates.size()), 0);
    {
        SqliteStatement statement(db, "SELECT clinician_id, date, shift_type_id, start_utc FROM shifts "
                                      "WHERE date BETWEEN ?1 AND ?2 AND clinician_id IS NOT NULL AND status <> 'cancelled'");
        statement.bindStaticText(1, first);
        statement.bindStaticText(2, last);
        DayReader dates(from, days);
        int code = SQLITE_ROW;
        while (statement.isValid() && (code = statement.stepRow()) == SQLITE_ROW) {
            const int candidate = candidateIndex.indexOf(statement.columnInt(0));
            if (candidate < 0)
                continue;
            working[size_t(candidate)] = 1;
            const int day = dates.index(statement.columnText(1));
            if (day < 0)
                continue;
            const int type = typeIndex.indexOf(statement.columnInt(2));
            shifts.push_back({statement.columnIsNull(3) ? std::numeric_limits<qint64>::min() : statement.columnInt(3), candidate, day,
                              std::min(std::max(type, 0), 0xFFF)});
        }
        if (!statement.isValid() || code != SQLITE_DONE)
            fail(statement);
        statement.reset();
    }
    for (qsizetype c = 0; c < candidates.size(); ++c) {
        if (candidates.at(c).active || working[size_t(c)])
            grid.m_people.append(candidates.at(c));
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(grid.m_people.begin(), grid.m_people.end(), [&](const Person &a, const Person &b) {
        // Clinicians without a team come last, as in the rota grid.
        if (a.teamId.has_value() != b.teamId.has_value())
            return a.teamId.has_value();
        if (a.teamId && *a.teamId != *b.teamId) {
            const int order = collator.compare(teamNames.value(*a.teamId), teamNames.value(*b.teamId));
            return order != 0 ? order < 0 : *a.teamId < *b.teamId;
        }
        const int order = collator.compare(a.name, b.name);
        return order != 0 ? order < 0 : a.id < b.id;
    });

    QHash<std::optional<qint64>, int> activeMembers;
    {
        SqliteStatement statement(db, "SELECT team_id, COUNT(*) FROM clinicians WHERE active = 1 GROUP BY team_id");
        while (statement.isValid() && statement.stepRow() == SQLITE_ROW)
            activeMembers.insert(statement.columnIsNull(0) ? std::nullopt : std::optional<qint64>(statement.columnInt(0)),
                                 int(statement.columnInt(1)));
        statement.reset();
    }
    const LeaveCapacity capacity(workspace);
    const int rows = int(grid.m_people.size());
    grid.m_groupOfRow.resize(rows);
    std::vector<int> rowOfCandidate(size_t(candidates.size()), -1);
    for (int row = 0; row < rows; ++row) {
        const Person &person = grid.m_people.at(row);
        if (grid.m_groups.isEmpty() || grid.m_groups.constLast().teamId != person.teamId) {
            Group group;
            group.teamId = person.teamId;
            group.name = person.teamId ? teamNames.value(*person.teamId) : tr("No team");
            group.firstRow = row;
            group.activeMembers = activeMembers.value(person.teamId);
            group.maximumOff = capacity.maximumOff(person.teamId);
            grid.m_groups.append(group);
        }
        ++grid.m_groups.last().rowCount;
        grid.m_groupOfRow[row] = int(grid.m_groups.size()) - 1;
        grid.m_rowOf.insert(person.id, row);
        rowOfCandidate[size_t(candidateIndex.indexOf(person.id))] = row;
    }
    const auto rowOf = [&](qint64 id) {
        const int candidate = candidateIndex.indexOf(id);
        return candidate < 0 ? -1 : rowOfCandidate[size_t(candidate)];
    };

    grid.m_cells.assign(size_t(rows) * size_t(days), Cell::make(State::Available, 0, false).bits());
    const int firstWeekday = from.dayOfWeek() - 1; // 0 = Monday

    // The teams' minimums in one read: the rotas in force in the window, each with its pattern's
    // minimums summed by weekday (a pattern without slots gives one row without a weekday).
    {
        QHash<qint64, int> groupOfTeam;
        for (int g = 0; g < grid.m_groups.size(); ++g) {
            if (grid.m_groups.at(g).teamId)
                groupOfTeam.insert(*grid.m_groups.at(g).teamId, g);
        }
        std::vector<RotaNeed> rotas;
        SqliteStatement statement(db, "SELECT r.id, r.team_id, r.name, r.start_date, r.end_date, t.weekday, SUM(t.minimum) "
                                      "FROM rotas r LEFT JOIN timeslots t ON t.shift_pattern_id = r.shift_pattern_id "
                                      "WHERE r.archived = 0 AND r.team_id IS NOT NULL AND r.shift_pattern_id IS NOT NULL "
                                      "AND r.start_date <= ?2 AND (r.end_date IS NULL OR r.end_date >= ?1) "
                                      "GROUP BY r.id, t.weekday ORDER BY r.name, r.id");
        statement.bindStaticText(1, first);
        statement.bindStaticText(2, last);
        int code = SQLITE_ROW;
        while (statement.isValid() && (code = statement.stepRow()) == SQLITE_ROW) {
            const int group = groupOfTeam.value(statement.columnInt(1), -1);
            if (group < 0)
                continue;
            if (rotas.empty() || rotas.back().id != statement.columnInt(0)) {
                RotaNeed rota;
                rota.id = statement.columnInt(0);
                rota.group = group;
                rota.name = QString::fromUtf8(statement.columnText(2));
                // A malformed date leaves the rota out of force rather than in force for ever.
                const qint64 start = julianDay(statement.columnText(3));
                rota.first = start < 0 ? std::numeric_limits<qint64>::max() : start;
                rota.last = statement.columnIsNull(4) ? std::numeric_limits<qint64>::max() : julianDay(statement.columnText(4));
                rotas.push_back(rota);
            }
            const qint64 weekday = statement.columnIsNull(5) ? 0 : statement.columnInt(5);
            if (weekday >= 1 && weekday <= 7)
                rotas.back().minimums[size_t(weekday)] += int(statement.columnInt(6));
        }
        if (!statement.isValid() || code != SQLITE_DONE)
            fail(statement);
        statement.reset();

        const qint64 windowFirst = from.toJulianDay();
        const size_t groups = size_t(grid.m_groups.size());
        grid.m_teamMinimums.assign(groups * size_t(days), 0);
        grid.m_teamRotaSets.assign(groups * size_t(days), -1);
        std::vector<int> inForce;
        std::vector<int> previous;
        for (size_t g = 0; g < groups; ++g) {
            const Group &group = grid.m_groups.at(qsizetype(g));
            const int fallback = std::max(0, group.activeMembers - group.maximumOff);
            previous.clear();
            int set = -1;
            for (int day = 0; day < days; ++day) {
                const qint64 julian = windowFirst + day;
                const int weekday = 1 + (firstWeekday + day % 7) % 7;
                int minimum = 0;
                inForce.clear();
                for (size_t r = 0; r < rotas.size(); ++r) {
                    const RotaNeed &rota = rotas[r];
                    if (size_t(rota.group) == g && rota.first <= julian && julian <= rota.last) {
                        inForce.push_back(int(r));
                        minimum += rota.minimums[size_t(weekday)];
                    }
                }
                if (inForce != previous) {
                    set = -1;
                    if (!inForce.empty()) {
                        QStringList names;
                        for (const int r : inForce)
                            names << rotas[size_t(r)].name;
                        set = int(grid.m_rotaSets.size());
                        grid.m_rotaSets.append(names);
                    }
                    previous = inForce;
                }
                const size_t at = g * size_t(days) + size_t(day);
                grid.m_teamMinimums[at] = set < 0 ? fallback : minimum;
                grid.m_teamRotaSets[at] = set;
            }
        }
    }

    // Working terms: a clinician with none at all is available; one with terms is out of term on
    // days no term covers. Inactive clinicians are out of term where they have no shift.
    std::vector<quint8> hasTerms(size_t(rows), 0);
    {
        QList<TermRow> terms;
        SqliteStatement statement(db, "SELECT clinician_id, start_date, end_date, fixed_working_days, cannot_work_days "
                                      "FROM working_terms");
        int code = SQLITE_ROW;
        while (statement.isValid() && (code = statement.stepRow()) == SQLITE_ROW) {
            const int row = rowOf(statement.columnInt(0));
            if (row < 0)
                continue;
            hasTerms[size_t(row)] = 1;
            TermRow term;
            term.clinicianId = row;
            term.first = julianDay(statement.columnText(1));
            term.last = statement.columnIsNull(2) ? std::numeric_limits<qint64>::max() : julianDay(statement.columnText(2));
            term.fixedDays = weekdayBits(statement.columnText(3));
            term.cannotWorkDays = weekdayBits(statement.columnText(4));
            if (term.first >= 0 && term.last >= 0)
                terms.append(term);
        }
        if (!statement.isValid() || code != SQLITE_DONE)
            fail(statement);
        statement.reset();
        for (int row = 0; row < rows; ++row) {
            if (hasTerms[size_t(row)] || !grid.m_people.at(row).active)
                std::fill_n(grid.m_cells.begin() + qsizetype(row) * days, days, Cell::make(State::OutOfTerm, 0, false).bits());
        }
        const qint64 windowFirst = from.toJulianDay();
        for (const TermRow &term : std::as_const(terms)) {
            const int row = int(term.clinicianId);
            if (!grid.m_people.at(row).active)
                continue;
            const qint64 begin = std::max<qint64>(term.first - windowFirst, 0);
            const qint64 end = std::min<qint64>(term.last - windowFirst, days - 1);
            quint16 *cells = grid.m_cells.data() + size_t(row) * size_t(days);
            for (qint64 day = begin; day <= end; ++day) {
                const int weekday = 1 + (firstWeekday + int(day % 7)) % 7;
                State state = State::Available;
                if (term.cannotWorkDays & (1u << weekday))
                    state = State::CannotWork;
                else if (term.fixedDays && !(term.fixedDays & (1u << weekday)))
                    state = State::OffDay;
                const State current = Cell::fromBits(cells[day]).state();
                // Terms do not overlap; if stored ones do, the stricter wins.
                if (current == State::OutOfTerm || priority(state) > priority(current))
                    cells[day] = Cell::make(state, 0, false).bits();
            }
        }
    }

    // Shifts: the first of a day by start time names the type; whole-day shifts come first. Every
    // shift read belongs to a shown clinician: working candidates are shown.
    {
        // The start of the shift a cell names; only read where the cell is already on shift.
        const std::unique_ptr<qint64[]> named(new qint64[grid.m_cells.size()]);
        for (const ShiftRow &shift : shifts) {
            const size_t at = size_t(rowOfCandidate[size_t(shift.candidate)]) * size_t(days) + size_t(shift.day);
            if (Cell::fromBits(grid.m_cells[at]).state() == State::OnShift && named[at] <= shift.start)
                continue;
            named[at] = shift.start;
            grid.m_cells[at] = Cell::make(State::OnShift, shift.type, false).bits();
        }
    }

    // Leave: approved leave wins the day (the earliest request if two cover it); pending leave
    // is a mark on top of whatever the day is.
    {
        SqliteStatement statement(db, "SELECT clinician_id, type, start_date, end_date, status FROM leave_requests "
                                      "WHERE start_date <= ?2 AND end_date >= ?1 AND status IN ('approved', 'pending') "
                                      "ORDER BY start_date, id");
        statement.bindStaticText(1, first);
        statement.bindStaticText(2, last);
        const qint64 windowFirst = from.toJulianDay();
        int code = SQLITE_ROW;
        while (statement.isValid() && (code = statement.stepRow()) == SQLITE_ROW) {
            const int row = rowOf(statement.columnInt(0));
            if (row < 0)
                continue;
            const qint64 start = julianDay(statement.columnText(2));
            const qint64 end = julianDay(statement.columnText(3));
            if (start < 0 || end < 0)
                continue;
            const bool approved = statement.columnText(4) == QByteArrayView("approved");
            const int type = int(LeaveRequest::typeFromString(QString::fromUtf8(statement.columnText(1))).value_or(LeaveRequest::Type::Annual));
            quint16 *cells = grid.m_cells.data() + size_t(row) * size_t(days);
            for (qint64 day = std::max<qint64>(start - windowFirst, 0); day <= std::min<qint64>(end - windowFirst, days - 1); ++day) {
                const Cell cell = Cell::fromBits(cells[day]);
                if (!approved)
                    cells[day] = Cell::make(cell.state(), cell.detail(), true).bits();
                else if (cell.state() != State::OnLeave)
                    cells[day] = Cell::make(State::OnLeave, type, cell.pendingLeave()).bits();
            }
        }
        if (!statement.isValid() || code != SQLITE_DONE)
            fail(statement);
        statement.reset();
    }
    return grid;
}

void AvailabilityGrid::buildTotals() const
{
    constexpr size_t layers = StateCount + 1;
    const size_t width = (size_t(m_days) + 1) * layers;
    m_sums.assign((size_t(rowCount()) + 1) * width, 0);
    for (int row = 0; row < rowCount(); ++row) {
        std::array<qint32, layers> running{};
        const quint16 *cells = rowCells(row);
        const qint32 *above = m_sums.data() + size_t(row) * width + layers;
        qint32 *here = m_sums.data() + (size_t(row) + 1) * width + layers;
        for (int day = 0; day < m_days; ++day) {
            const Cell cell = Cell::fromBits(cells[day]);
            ++running[size_t(cell.state())];
            if (cell.pendingLeave())
                ++running[StateCount];
            for (size_t l = 0; l < layers; ++l)
                here[l] = above[l] + running[l];
            above += layers;
            here += layers;
        }
    }
}

int AvailabilityGrid::dayIndex(QDate date) const
{
    if (!date.isValid() || !m_from.isValid() || date < m_from || date > m_to)
        return -1;
    return int(m_from.daysTo(date));
}

int AvailabilityGrid::groupOfRow(int row) const
{
    return row >= 0 && row < m_groupOfRow.size() ? m_groupOfRow.at(row) : -1;
}

int AvailabilityGrid::rowOf(qint64 clinicianId) const
{
    return m_rowOf.value(clinicianId, -1);
}

AvailabilityGrid::Totals AvailabilityGrid::totals(int firstRow, int lastRow, int firstDay, int lastDay) const
{
    Totals result;
    firstRow = std::max(firstRow, 0);
    lastRow = std::min(lastRow, rowCount() - 1);
    firstDay = std::max(firstDay, 0);
    lastDay = std::min(lastDay, m_days - 1);
    if (firstRow > lastRow || firstDay > lastDay)
        return result;
    result.rows = lastRow - firstRow + 1;
    result.days = lastDay - firstDay + 1;
    if (m_sums.empty())
        buildTotals();
    constexpr size_t layers = StateCount + 1;
    const size_t width = (size_t(m_days) + 1) * layers;
    const size_t top = size_t(firstRow) * width;
    const size_t bottom = (size_t(lastRow) + 1) * width;
    const size_t left = size_t(firstDay) * layers;
    const size_t right = (size_t(lastDay) + 1) * layers;
    const qint32 *s = m_sums.data();
    const auto sum = [&](size_t l) {
        return int(s[bottom + right + l] - s[top + right + l] - s[bottom + left + l] + s[top + left + l]);
    };
    for (size_t l = 0; l < StateCount; ++l)
        result.states[l] = sum(l);
    result.pendingLeave = sum(StateCount);
    return result;
}

int AvailabilityGrid::canWorkCount(int day) const
{
    return totals(0, rowCount() - 1, day, day).canWork();
}

QList<AvailabilityDay> AvailabilityGrid::dailyCounts() const
{
    QList<AvailabilityDay> days;
    days.reserve(m_days);
    for (int day = 0; day < m_days; ++day)
        days.append({dayAt(day), canWorkCount(day)});
    return days;
}

int AvailabilityGrid::teamCount(int group, int day) const
{
    if (group < 0 || group >= m_groups.size())
        return 0;
    const Group &g = m_groups.at(group);
    return totals(g.firstRow, g.firstRow + g.rowCount - 1, day, day).canWork();
}

int AvailabilityGrid::teamMinimum(int group, int day) const
{
    if (group < 0 || group >= m_groups.size() || day < 0 || day >= m_days)
        return 0;
    return m_teamMinimums[size_t(group) * size_t(m_days) + size_t(day)];
}

QStringList AvailabilityGrid::teamRotas(int group, int day) const
{
    if (group < 0 || group >= m_groups.size() || day < 0 || day >= m_days)
        return {};
    const int set = m_teamRotaSets[size_t(group) * size_t(m_days) + size_t(day)];
    return set < 0 ? QStringList() : m_rotaSets.at(set);
}

std::pair<int, int> AvailabilityGrid::teamMinimumRange(int group, int firstDay, int lastDay) const
{
    firstDay = std::max(firstDay, 0);
    lastDay = std::min(lastDay, m_days - 1);
    if (group < 0 || group >= m_groups.size() || firstDay > lastDay)
        return {0, 0};
    const auto begin = m_teamMinimums.begin() + qsizetype(group) * m_days;
    const auto [lowest, highest] = std::minmax_element(begin + firstDay, begin + lastDay + 1);
    return {*lowest, *highest};
}

AvailabilityGrid::TeamStatus AvailabilityGrid::teamStatus(int group, int day) const
{
    const int count = teamCount(group, day);
    const int minimum = teamMinimum(group, day);
    return count < minimum ? TeamStatus::Below : count == minimum ? TeamStatus::At : TeamStatus::Above;
}
