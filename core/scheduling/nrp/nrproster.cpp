#include "nrproster.h"

#include "nrpinstance.h"

#include <QStringList>

using namespace Qt::StringLiterals;

NrpRoster::NrpRoster(int employeeCount, int dayCount)
    : employees(employeeCount)
    , days(dayCount)
    , cells(std::size_t(employeeCount) * std::size_t(dayCount), Off)
{
}

QString NrpRoster::toText(const NrpInstance &instance) const
{
    QString text;
    for (int e = 0; e < employees; ++e) {
        text += instance.employees.value(e).id;
        for (int d = 0; d < days; ++d) {
            const int shift = at(e, d);
            text += u'\t';
            text += shift == Off ? u"-"_s : instance.shifts.value(shift).id;
        }
        text += u'\n';
    }
    return text;
}

std::optional<NrpRoster> NrpRoster::fromText(QStringView text, const NrpInstance &instance, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };

    NrpRoster roster(int(instance.employees.size()), instance.days);
    QList<int> lineOf(instance.employees.size(), 0); // 0: no line yet
    int number = 0;
    for (QStringView line : text.split(u'\n')) {
        ++number;
        // trimmed() also drops the CR of a CRLF line end.
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        const QString id = fields[0].trimmed().toString();
        const int employee = instance.employeeIndex(id);
        if (employee < 0)
            return fail(tr("Line %1: unknown employee \"%2\"").arg(QString::number(number), id));
        if (lineOf[employee] != 0)
            return fail(tr("Line %1: employee %2 is already on line %3")
                            .arg(QString::number(number), id, QString::number(lineOf[employee])));
        lineOf[employee] = number;
        if (fields.size() - 1 != instance.days)
            return fail(tr("Line %1: employee %2: %3 days where the instance has %4")
                            .arg(QString::number(number), id, QString::number(fields.size() - 1), QString::number(instance.days)));
        for (int d = 0; d < instance.days; ++d) {
            const QStringView cell = fields[d + 1].trimmed();
            int shift = Off;
            if (cell != u"-") {
                shift = instance.shiftIndex(cell.toString());
                if (shift < 0)
                    return fail(tr("Line %1: employee %2, day %3: unknown shift type \"%4\"")
                                    .arg(QString::number(number), id, QString::number(d), cell));
            }
            roster.set(employee, d, shift);
        }
    }

    QStringList missing;
    for (qsizetype e = 0; e < instance.employees.size(); ++e)
        if (lineOf[e] == 0)
            missing.append(instance.employees[e].id);
    if (!missing.isEmpty())
        return fail(tr("No line for employee(s) %1").arg(missing.join(u", "_s)));
    return roster;
}
