#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

struct NrpInstance;

// A roster for an NrpInstance: for each employee (in the instance's order) and day, the shift
// type index worked or Off. Written and read as text: one line per employee, the employee id
// and then for each day the shift id or "-", separated by tabs.
struct NrpRoster
{
    Q_DECLARE_TR_FUNCTIONS(NrpRoster)

public:
    static constexpr int Off = -1;

    int employees = 0;
    int days = 0;
    std::vector<int> cells; // [employee * days + day]

    NrpRoster() = default;
    NrpRoster(int employeeCount, int dayCount);
    int at(int employee, int day) const { return cells[std::size_t(employee) * std::size_t(days) + std::size_t(day)]; }
    void set(int employee, int day, int shift) { cells[std::size_t(employee) * std::size_t(days) + std::size_t(day)] = shift; }

    QString toText(const NrpInstance &instance) const;
    // Nothing, with *error naming the line and field, when the text does not fit the instance.
    static std::optional<NrpRoster> fromText(QStringView text, const NrpInstance &instance, QString *error);
};
