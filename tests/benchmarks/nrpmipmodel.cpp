#include "nrpmipmodel.h"

#include "scheduling/nrp/nrpinstance.h"

#include <QFile>
#include <QList>
#include <initializer_list>
#include <map>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Term
{
    qint64 coefficient = 0;
    QByteArray variable;
};
using Terms = std::vector<Term>;

QByteArray name(const char *prefix, std::initializer_list<int> indexes)
{
    QByteArray result(prefix);
    for (int index : indexes)
        result += '_' + QByteArray::number(index);
    return result;
}

QByteArray x(int employee, int day, int shift)
{
    return name("x", {employee, day, shift});
}

// Builds the LP text; expressions are broken over lines, which the format allows, since long
// lines trouble some readers.
class LpWriter
{
public:
    QByteArray text;

    void expression(const Terms &terms)
    {
        if (terms.empty()) {
            text += " 0 one";
            return;
        }
        int onLine = 0;
        for (const Term &term : terms) {
            if (onLine == 8) {
                text += "\n   ";
                onLine = 0;
            }
            text += term.coefficient < 0 ? " - " : " + ";
            text += QByteArray::number(term.coefficient < 0 ? -term.coefficient : term.coefficient) + ' ' + term.variable;
            ++onLine;
        }
    }

    void row(const QByteArray &rowName, const Terms &terms, const char *sense, qint64 rhs)
    {
        text += ' ' + rowName + ':';
        expression(terms);
        text += ' ' + QByteArray(sense) + ' ' + QByteArray::number(rhs) + '\n';
    }

    void list(const std::vector<QByteArray> &variables)
    {
        for (std::size_t i = 0; i < variables.size(); ++i)
            text += (i % 10 == 0 ? "\n " : " ") + variables[i];
        text += '\n';
    }
};

} // namespace

NrpMipModel::NrpMipModel(const NrpInstance &instance)
    : m_instance(instance)
{
}

QByteArray NrpMipModel::lpText() const
{
    const NrpInstance &in = m_instance;
    const int employees = int(in.employees.size());
    const int days = in.days;
    const int shifts = int(in.shifts.size());

    // x_e_d_s exists unless day d is one of e's days off.
    std::vector<char> canWork(std::size_t(employees) * std::size_t(days), 1);
    for (int e = 0; e < employees; ++e) {
        for (int day : in.employees.at(e).daysOff) {
            if (day >= 0 && day < days)
                canWork[std::size_t(e) * std::size_t(days) + std::size_t(day)] = 0;
        }
    }
    const auto can = [&](int e, int day) {
        return day >= 0 && day < days && canWork[std::size_t(e) * std::size_t(days) + std::size_t(day)];
    };
    const auto valid = [&](const NrpInstance::Request &r) {
        return r.employee >= 0 && r.employee < employees && r.shift >= 0 && r.shift < shifts && r.day >= 0 && r.day < days;
    };
    // Appends "sign × (works on `day`)" to `terms`; nothing on a day off, where working is 0.
    const auto addWork = [&](Terms &terms, int e, int day, qint64 sign) {
        if (!can(e, day))
            return;
        for (int s = 0; s < shifts; ++s)
            terms.push_back({sign, x(e, day, s)});
    };

    std::vector<QByteArray> binaries;
    std::vector<QByteArray> generals;
    LpWriter lp;

    // Objective: a refused shift-on request costs weight × (1 - x), written as the constant (on
    // `one`) plus -weight × x.
    qint64 constant = 0;
    std::map<std::tuple<int, int, int>, qint64> xCost;
    for (const NrpInstance::Request &r : in.shiftOnRequests) {
        if (!valid(r))
            continue;
        constant += r.weight;
        if (can(r.employee, r.day))
            xCost[{r.employee, r.day, r.shift}] -= r.weight;
    }
    for (const NrpInstance::Request &r : in.shiftOffRequests) {
        if (valid(r) && can(r.employee, r.day))
            xCost[{r.employee, r.day, r.shift}] += r.weight;
    }
    Terms objective{{constant, "one"}};
    for (const auto &[key, cost] : xCost) {
        if (cost != 0)
            objective.push_back({cost, x(std::get<0>(key), std::get<1>(key), std::get<2>(key))});
    }
    for (int r = 0; r < int(in.cover.size()); ++r) {
        const NrpInstance::Cover &c = in.cover.at(r);
        if (c.day < 0 || c.day >= days || c.shift < 0 || c.shift >= shifts)
            continue;
        objective.push_back({c.underWeight, name("u", {r})});
        objective.push_back({c.overWeight, name("o", {r})});
        generals.push_back(name("u", {r}));
        generals.push_back(name("o", {r}));
    }
    lp.text += "Minimize\n obj:";
    lp.expression(objective);
    lp.text += "\nSubject To\n";

    for (int r = 0; r < int(in.cover.size()); ++r) {
        const NrpInstance::Cover &c = in.cover.at(r);
        if (c.day < 0 || c.day >= days || c.shift < 0 || c.shift >= shifts)
            continue;
        Terms terms;
        for (int e = 0; e < employees; ++e) {
            if (can(e, c.day))
                terms.push_back({1, x(e, c.day, c.shift)});
        }
        terms.push_back({1, name("u", {r})});
        terms.push_back({-1, name("o", {r})});
        lp.row(name("cover", {r}), terms, "=", c.requirement);
    }

    for (int e = 0; e < employees; ++e) {
        const NrpInstance::Employee &employee = in.employees.at(e);
        int workable = 0;
        for (int day = 0; day < days; ++day) {
            if (!can(e, day))
                continue;
            ++workable;
            for (int s = 0; s < shifts; ++s)
                binaries.push_back(x(e, day, s));
            if (shifts > 1) {
                Terms terms;
                addWork(terms, e, day, 1);
                lp.row(name("day", {e, day}), terms, "<=", 1);
            }
        }

        for (int day = 0; day + 1 < days; ++day) {
            if (!can(e, day) || !can(e, day + 1))
                continue;
            for (int s = 0; s < shifts; ++s) {
                for (int t : in.shifts.at(s).cannotFollow) {
                    if (t >= 0 && t < shifts)
                        lp.row(name("succ", {e, day, s, t}), {{1, x(e, day, s)}, {1, x(e, day + 1, t)}}, "<=", 1);
                }
            }
        }

        for (int s = 0; s < shifts && s < int(employee.maxShifts.size()); ++s) {
            if (employee.maxShifts.at(s) >= workable)
                continue;
            Terms terms;
            for (int day = 0; day < days; ++day) {
                if (can(e, day))
                    terms.push_back({1, x(e, day, s)});
            }
            lp.row(name("maxshifts", {e, s}), terms, "<=", employee.maxShifts.at(s));
        }

        Terms minutes;
        for (int day = 0; day < days; ++day) {
            if (!can(e, day))
                continue;
            for (int s = 0; s < shifts; ++s)
                minutes.push_back({in.shifts.at(s).minutes, x(e, day, s)});
        }
        lp.row(name("mintotal", {e}), minutes, ">=", employee.minTotalMinutes);
        lp.row(name("maxtotal", {e}), minutes, "<=", employee.maxTotalMinutes);

        // Every window of max + 1 days has a day off.
        const int maxRun = employee.maxConsecutiveShifts;
        if (maxRun > 0) {
            for (int first = 0; first + maxRun < days; ++first) {
                Terms terms;
                for (int day = first; day <= first + maxRun; ++day)
                    addWork(terms, e, day, 1);
                if (!terms.empty())
                    lp.row(name("maxrun", {e, first}), terms, "<=", maxRun);
            }
        }

        // A block of `length` < min working days, with a day off on either side, is forbidden:
        // -w[first-1] + w[first..first+length-1] - w[first+length] <= length - 1. Blocks touching
        // the first or last day have no such row.
        for (int length = 1; length < employee.minConsecutiveShifts; ++length) {
            for (int first = 1; first + length < days; ++first) {
                bool possible = true;
                for (int day = first; day < first + length; ++day)
                    possible = possible && can(e, day);
                if (!possible)
                    continue;
                Terms terms;
                addWork(terms, e, first - 1, -1);
                for (int day = first; day < first + length; ++day)
                    addWork(terms, e, day, 1);
                addWork(terms, e, first + length, -1);
                lp.row(name("minrun", {e, first, length}), terms, "<=", length - 1);
            }
        }

        // Likewise a block of `length` < min days off between working days:
        // w[first-1] - w[first..first+length-1] + w[first+length] <= 1.
        for (int length = 1; length < employee.minConsecutiveDaysOff; ++length) {
            for (int first = 1; first + length < days; ++first) {
                if (!can(e, first - 1) || !can(e, first + length))
                    continue;
                Terms terms;
                addWork(terms, e, first - 1, 1);
                for (int day = first; day < first + length; ++day)
                    addWork(terms, e, day, -1);
                addWork(terms, e, first + length, 1);
                lp.row(name("minoff", {e, first, length}), terms, "<=", 1);
            }
        }

        // Day 0 is a Monday: weekend w is days 7w + 5 and 7w + 6. k_e_w is 1 when either is worked.
        const int weekends = (days + 1) / 7;
        if (employee.maxWeekends < weekends) {
            Terms counted;
            for (int w = 0; w < weekends; ++w) {
                const QByteArray k = name("k", {e, w});
                bool used = false;
                for (int day : {7 * w + 5, 7 * w + 6}) {
                    Terms terms{{1, k}};
                    addWork(terms, e, day, -1);
                    if (terms.size() == 1)
                        continue;
                    lp.row(name("weekend", {e, day}), terms, ">=", 0);
                    used = true;
                }
                if (used) {
                    binaries.push_back(k);
                    counted.push_back({1, k});
                }
            }
            lp.row(name("maxweekends", {e}), counted, "<=", employee.maxWeekends);
        }
    }

    lp.text += "Bounds\n one = 1\nGenerals";
    lp.list(generals);
    lp.text += "Binaries";
    lp.list(binaries);
    lp.text += "End\n";
    return lp.text;
}

bool NrpMipModel::writeLp(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(lpText()) < 0 || !file.flush()) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<NrpMipModel::Solution> NrpMipModel::readCbcSolution(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    const QByteArray status = lines.value(0).trimmed();
    const QByteArray separator = " - objective value ";
    const qsizetype at = status.indexOf(separator);
    bool numeric = false;
    Solution solution;
    if (at >= 0)
        solution.objective = status.mid(at + separator.size()).trimmed().toDouble(&numeric);
    if (!numeric) {
        *error = u"%1:1: not a CBC solution status: \"%2\""_s.arg(path, QString::fromUtf8(status));
        return std::nullopt;
    }
    solution.status = QString::fromUtf8(status.left(at));
    // An interrupted run's file may hold the LP relaxation ("no integer solution - continuous
    // used"), which is no roster.
    solution.hasRoster = (status.startsWith("Optimal") || status.startsWith("Stopped on")) && !status.contains("no integer solution");
    if (!solution.hasRoster)
        return solution;

    const int employees = int(m_instance.employees.size());
    const int days = m_instance.days;
    const int shifts = int(m_instance.shifts.size());
    solution.roster = NrpRoster(employees, days);
    for (int i = 1; i < lines.size(); ++i) {
        // "      0 x_0_0_0     1     0", possibly with "**" before the index when infeasible.
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        if (fields.size() < 3)
            continue;
        const int nameField = fields.at(0) == "**" ? 2 : 1;
        if (fields.size() < nameField + 2 || !fields.at(nameField).startsWith("x_"))
            continue;
        if (fields.at(nameField + 1).toDouble() < 0.5)
            continue;
        const QList<QByteArray> parts = fields.at(nameField).split('_');
        bool ok[3] = {};
        const int e = parts.value(1).toInt(&ok[0]);
        const int day = parts.value(2).toInt(&ok[1]);
        const int s = parts.value(3).toInt(&ok[2]);
        if (parts.size() != 4 || !ok[0] || !ok[1] || !ok[2] || e < 0 || e >= employees || day < 0 || day >= days || s < 0 || s >= shifts) {
            *error = u"%1:%2: unknown variable %3"_s.arg(path).arg(i + 1).arg(QString::fromUtf8(fields.at(nameField)));
            return std::nullopt;
        }
        if (solution.roster.at(e, day) != NrpRoster::Off) {
            *error = u"%1:%2: employee %3 has two shifts on day %4"_s.arg(path).arg(i + 1).arg(e).arg(day);
            return std::nullopt;
        }
        solution.roster.set(e, day, s);
    }
    return solution;
}
