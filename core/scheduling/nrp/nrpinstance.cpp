#include "nrpinstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

// Far beyond any rota, yet small enough that a roster of the horizon fits in memory whatever a
// damaged file says.
constexpr int MaxDays = 36600;

enum Section { Horizon, Shifts, Staff, DaysOff, ShiftOnRequests, ShiftOffRequests, Cover, SectionCount };

constexpr std::array<QLatin1StringView, SectionCount> SectionNames = {
    "SECTION_HORIZON"_L1,
    "SECTION_SHIFTS"_L1,
    "SECTION_STAFF"_L1,
    "SECTION_DAYS_OFF"_L1,
    "SECTION_SHIFT_ON_REQUESTS"_L1,
    "SECTION_SHIFT_OFF_REQUESTS"_L1,
    "SECTION_COVER"_L1,
};

struct Line
{
    int number = 0;
    QList<QStringView> fields; // split at commas, each trimmed
};

struct SectionLines
{
    int headingLine = 0; // 0: the file has no such section
    QList<Line> lines;
};

// Reads the sections in an order where every id is defined before it is referred to, whatever
// their order in the file, and stops at the first error.
class Parser
{
public:
    Parser(const QString &fileName, QString *error)
        : m_fileName(fileName)
        , m_error(error)
    {
    }

    std::optional<NrpInstance> parse(const QString &text)
    {
        if (!split(text) || !readHorizon() || !readShifts() || !readStaff() || !readDaysOff()
            || !readRequests(ShiftOnRequests, &m_instance.shiftOnRequests) || !readRequests(ShiftOffRequests, &m_instance.shiftOffRequests)
            || !readCover())
            return std::nullopt;
        return std::move(m_instance);
    }

private:
    QString m_fileName;
    QString *m_error;
    std::array<SectionLines, SectionCount> m_sections;
    NrpInstance m_instance;
    QHash<QStringView, int> m_shiftByName;
    QHash<QStringView, int> m_employeeByName;

    bool fail(const QString &message)
    {
        if (m_error)
            *m_error = message;
        return false;
    }

    bool failAt(int line, const QString &section, const QString &message)
    {
        return fail(u"%1:%2: %3: %4"_s.arg(m_fileName, QString::number(line), section, message));
    }

    bool failAt(int line, Section section, const QString &message) { return failAt(line, QString(SectionNames[section]), message); }

    bool failField(int line, Section section, QLatin1StringView field, const QString &message)
    {
        return failAt(line, section, u"%1: %2"_s.arg(field, message));
    }

    bool split(const QString &text)
    {
        QStringView rest(text);
        if (rest.startsWith(QChar(0xFEFF)))
            rest = rest.mid(1);
        int number = 0;
        int current = -1;
        while (!rest.isNull()) {
            ++number;
            const qsizetype end = rest.indexOf(u'\n');
            // trimmed() also drops the CR of a CRLF line end.
            const QStringView line = (end < 0 ? rest : rest.left(end)).trimmed();
            rest = end < 0 ? QStringView() : rest.mid(end + 1);
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            if (line.startsWith(u"SECTION_")) {
                const auto found = std::find(SectionNames.begin(), SectionNames.end(), line);
                if (found == SectionNames.end())
                    return failAt(number, line.toString(), NrpInstance::tr("unknown section"));
                current = int(found - SectionNames.begin());
                if (m_sections[std::size_t(current)].headingLine != 0)
                    return failAt(number, Section(current),
                                  NrpInstance::tr("the section appears twice (first on line %1)").arg(m_sections[std::size_t(current)].headingLine));
                m_sections[std::size_t(current)].headingLine = number;
                continue;
            }
            if (current < 0)
                return fail(u"%1:%2: %3"_s.arg(m_fileName, QString::number(number), NrpInstance::tr("data before the first SECTION_ heading")));
            Line parsed;
            parsed.number = number;
            for (QStringView field : line.split(u','))
                parsed.fields.append(field.trimmed());
            m_sections[std::size_t(current)].lines.append(parsed);
        }
        return true;
    }

    bool requireSection(Section section)
    {
        if (m_sections[section].headingLine != 0)
            return true;
        return fail(u"%1: %2: %3"_s.arg(m_fileName, SectionNames[section], NrpInstance::tr("the section is missing")));
    }

    bool checkFieldCount(const Line &line, Section section, qsizetype expected)
    {
        if (line.fields.size() == expected)
            return true;
        return failAt(line.number, section, NrpInstance::tr("%1 fields where %2 are expected").arg(line.fields.size()).arg(expected));
    }

    bool readNumber(const Line &line, Section section, QLatin1StringView field, QStringView value, int *out)
    {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok)
            return failField(line.number, section, field, NrpInstance::tr("\"%1\" is not a whole number").arg(value));
        if (number < 0)
            return failField(line.number, section, field, NrpInstance::tr("\"%1\" is negative").arg(value));
        *out = number;
        return true;
    }

    bool readDay(const Line &line, Section section, QLatin1StringView field, QStringView value, int *out)
    {
        if (!readNumber(line, section, field, value, out))
            return false;
        if (*out >= m_instance.days)
            return failField(line.number, section, field,
                             NrpInstance::tr("day %1 is outside the horizon of %2 days (0 to %3)")
                                 .arg(*out)
                                 .arg(m_instance.days)
                                 .arg(m_instance.days - 1));
        return true;
    }

    bool readShift(const Line &line, Section section, QLatin1StringView field, QStringView value, int *out)
    {
        *out = m_shiftByName.value(value, -1);
        if (*out < 0)
            return failField(line.number, section, field, NrpInstance::tr("unknown shift type \"%1\"").arg(value));
        return true;
    }

    bool readEmployee(const Line &line, Section section, QLatin1StringView field, QStringView value, int *out)
    {
        *out = m_employeeByName.value(value, -1);
        if (*out < 0)
            return failField(line.number, section, field, NrpInstance::tr("unknown employee \"%1\"").arg(value));
        return true;
    }

    bool readId(const Line &line, Section section, QLatin1StringView field, QHash<QStringView, int> &known, const QList<int> &definedOn)
    {
        const QStringView id = line.fields[0];
        if (id.isEmpty())
            return failField(line.number, section, field, NrpInstance::tr("the id is empty"));
        if (const auto earlier = known.constFind(id); earlier != known.constEnd())
            return failField(line.number, section, field, NrpInstance::tr("\"%1\" is already defined on line %2").arg(id).arg(definedOn[*earlier]));
        known.insert(id, int(known.size()));
        return true;
    }

    bool readHorizon()
    {
        if (!requireSection(Horizon))
            return false;
        const SectionLines &section = m_sections[Horizon];
        if (section.lines.isEmpty())
            return failField(section.headingLine, Horizon, "Days"_L1, NrpInstance::tr("the number of days is missing"));
        if (section.lines.size() > 1)
            return failAt(section.lines[1].number, Horizon,
                          NrpInstance::tr("a second value; the horizon is given on line %1").arg(section.lines[0].number));
        const Line &line = section.lines[0];
        if (!checkFieldCount(line, Horizon, 1) || !readNumber(line, Horizon, "Days"_L1, line.fields[0], &m_instance.days))
            return false;
        if (m_instance.days < 1 || m_instance.days > MaxDays)
            return failField(line.number, Horizon, "Days"_L1, NrpInstance::tr("the horizon must be 1 to %1 days").arg(MaxDays));
        return true;
    }

    bool readShifts()
    {
        if (!requireSection(Shifts))
            return false;
        const SectionLines &section = m_sections[Shifts];
        if (section.lines.isEmpty())
            return failAt(section.headingLine, Shifts, NrpInstance::tr("no shift types"));
        QList<int> definedOn;
        for (const Line &line : section.lines) {
            if (!checkFieldCount(line, Shifts, 3) || !readId(line, Shifts, "ShiftID"_L1, m_shiftByName, definedOn))
                return false;
            if (m_shiftByName.size() > RosterModel::MaxShiftTypes)
                return failAt(line.number, Shifts, NrpInstance::tr("more than %1 shift types").arg(RosterModel::MaxShiftTypes));
            definedOn.append(line.number);
            NrpInstance::ShiftType shift;
            shift.id = line.fields[0].toString();
            if (!readNumber(line, Shifts, "Length"_L1, line.fields[1], &shift.minutes))
                return false;
            m_instance.shifts.append(shift);
        }
        // Only now, since a shift may name one defined after it.
        for (qsizetype i = 0; i < section.lines.size(); ++i) {
            const Line &line = section.lines[i];
            if (line.fields[2].isEmpty())
                continue;
            QList<int> &cannotFollow = m_instance.shifts[i].cannotFollow;
            for (QStringView id : line.fields[2].split(u'|')) {
                int shift = -1;
                if (!readShift(line, Shifts, "CannotFollow"_L1, id.trimmed(), &shift))
                    return false;
                if (!cannotFollow.contains(shift))
                    cannotFollow.append(shift);
            }
            std::sort(cannotFollow.begin(), cannotFollow.end());
        }
        return true;
    }

    bool readMaxShifts(const Line &line, NrpInstance::Employee *employee)
    {
        // Every employee of the published instances names every shift type; a type left out is
        // not limited by this field (the format gives it no other meaning), which one shift a
        // day and the horizon's length express.
        employee->maxShifts = QList<int>(m_instance.shifts.size(), m_instance.days);
        const QStringView field = line.fields[1];
        if (field.isEmpty())
            return true;
        QList<bool> named(m_instance.shifts.size(), false);
        for (QStringView item : field.split(u'|')) {
            const qsizetype equals = item.indexOf(u'=');
            if (equals < 0)
                return failField(line.number, Staff, "MaxShifts"_L1, NrpInstance::tr("\"%1\" is not of the form ShiftID=number").arg(item));
            int shift = -1;
            if (!readShift(line, Staff, "MaxShifts"_L1, item.left(equals).trimmed(), &shift))
                return false;
            if (named[shift])
                return failField(line.number, Staff, "MaxShifts"_L1,
                                 NrpInstance::tr("shift type \"%1\" is named twice").arg(item.left(equals).trimmed()));
            named[shift] = true;
            if (!readNumber(line, Staff, "MaxShifts"_L1, item.mid(equals + 1).trimmed(), &employee->maxShifts[shift]))
                return false;
        }
        return true;
    }

    bool readStaff()
    {
        if (!requireSection(Staff))
            return false;
        const SectionLines &section = m_sections[Staff];
        if (section.lines.isEmpty())
            return failAt(section.headingLine, Staff, NrpInstance::tr("no employees"));
        QList<int> definedOn;
        for (const Line &line : section.lines) {
            if (!checkFieldCount(line, Staff, 8) || !readId(line, Staff, "ID"_L1, m_employeeByName, definedOn))
                return false;
            definedOn.append(line.number);
            NrpInstance::Employee employee;
            employee.id = line.fields[0].toString();
            if (!readMaxShifts(line, &employee) || !readNumber(line, Staff, "MaxTotalMinutes"_L1, line.fields[2], &employee.maxTotalMinutes)
                || !readNumber(line, Staff, "MinTotalMinutes"_L1, line.fields[3], &employee.minTotalMinutes)
                || !readNumber(line, Staff, "MaxConsecutiveShifts"_L1, line.fields[4], &employee.maxConsecutiveShifts)
                || !readNumber(line, Staff, "MinConsecutiveShifts"_L1, line.fields[5], &employee.minConsecutiveShifts)
                || !readNumber(line, Staff, "MinConsecutiveDaysOff"_L1, line.fields[6], &employee.minConsecutiveDaysOff)
                || !readNumber(line, Staff, "MaxWeekends"_L1, line.fields[7], &employee.maxWeekends))
                return false;
            m_instance.employees.append(employee);
        }
        return true;
    }

    bool readDaysOff()
    {
        for (const Line &line : m_sections[DaysOff].lines) {
            int employee = -1;
            if (!readEmployee(line, DaysOff, "EmployeeID"_L1, line.fields[0], &employee))
                return false;
            QList<int> &daysOff = m_instance.employees[employee].daysOff;
            for (qsizetype i = 1; i < line.fields.size(); ++i) {
                // A trailing comma, as the shift lines have, leaves nothing to read.
                if (i == line.fields.size() - 1 && line.fields[i].isEmpty())
                    break;
                int day = 0;
                if (!readDay(line, DaysOff, "DayIndexes"_L1, line.fields[i], &day))
                    return false;
                if (!daysOff.contains(day))
                    daysOff.append(day);
            }
            std::sort(daysOff.begin(), daysOff.end());
        }
        return true;
    }

    bool readRequests(Section section, QList<NrpInstance::Request> *requests)
    {
        for (const Line &line : m_sections[section].lines) {
            NrpInstance::Request request;
            if (!checkFieldCount(line, section, 4) || !readEmployee(line, section, "EmployeeID"_L1, line.fields[0], &request.employee)
                || !readDay(line, section, "Day"_L1, line.fields[1], &request.day)
                || !readShift(line, section, "ShiftID"_L1, line.fields[2], &request.shift)
                || !readNumber(line, section, "Weight"_L1, line.fields[3], &request.weight))
                return false;
            requests->append(request);
        }
        return true;
    }

    bool readCover()
    {
        QHash<std::pair<int, int>, int> rowOf; // (day, shift) -> line
        for (const Line &line : m_sections[Cover].lines) {
            NrpInstance::Cover cover;
            if (!checkFieldCount(line, Cover, 5) || !readDay(line, Cover, "Day"_L1, line.fields[0], &cover.day)
                || !readShift(line, Cover, "ShiftID"_L1, line.fields[1], &cover.shift)
                || !readNumber(line, Cover, "Requirement"_L1, line.fields[2], &cover.requirement)
                || !readNumber(line, Cover, "WeightForUnder"_L1, line.fields[3], &cover.underWeight)
                || !readNumber(line, Cover, "WeightForOver"_L1, line.fields[4], &cover.overWeight))
                return false;
            const std::pair<int, int> key(cover.day, cover.shift);
            if (const auto earlier = rowOf.constFind(key); earlier != rowOf.constEnd())
                return failAt(line.number, Cover,
                              NrpInstance::tr("day %1, shift type %2 already has a cover row on line %3")
                                  .arg(QString::number(cover.day), line.fields[1], QString::number(*earlier)));
            rowOf.insert(key, line.number);
            m_instance.cover.append(cover);
        }
        return true;
    }
};

} // namespace

std::optional<NrpInstance> NrpInstance::parse(QByteArrayView text, const QString &fileName, QString *error)
{
    return Parser(fileName, error).parse(QString::fromUtf8(text));
}

std::optional<NrpInstance> NrpInstance::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), QFileInfo(path).fileName(), error);
}

int NrpInstance::shiftIndex(const QString &id) const
{
    for (qsizetype i = 0; i < shifts.size(); ++i)
        if (shifts[i].id == id)
            return int(i);
    return -1;
}

int NrpInstance::employeeIndex(const QString &id) const
{
    for (qsizetype i = 0; i < employees.size(); ++i)
        if (employees[i].id == id)
            return int(i);
    return -1;
}

RosterModel NrpInstance::model() const
{
    RosterModel model;
    model.days = days;
    model.firstWeekday = 1;
    const std::size_t shiftCount = std::size_t(shifts.size());
    for (const ShiftType &shift : shifts) {
        RosterModel::ShiftType type;
        type.id = shift.id;
        type.minutes = shift.minutes;
        type.cannotFollow.assign(shiftCount, false);
        for (int next : shift.cannotFollow)
            type.cannotFollow[std::size_t(next)] = true;
        model.shifts.push_back(std::move(type));
    }
    for (const Employee &employee : employees) {
        RosterModel::Employee modelled;
        modelled.id = employee.id;
        modelled.maxShifts.assign(employee.maxShifts.begin(), employee.maxShifts.end());
        modelled.minTotalMinutes = employee.minTotalMinutes;
        modelled.maxTotalMinutes = employee.maxTotalMinutes;
        modelled.minConsecutiveShifts = employee.minConsecutiveShifts;
        modelled.maxConsecutiveShifts = employee.maxConsecutiveShifts;
        // The model reads a maximum of 0 consecutive shifts as no limit; here it forbids every
        // shift, which a maximum of 0 of each type says in the model's terms.
        if (employee.maxConsecutiveShifts == 0)
            std::fill(modelled.maxShifts.begin(), modelled.maxShifts.end(), 0);
        modelled.minConsecutiveDaysOff = employee.minConsecutiveDaysOff;
        modelled.maxWeekends = employee.maxWeekends;
        modelled.dayOff.assign(std::size_t(days), false);
        for (int day : employee.daysOff)
            modelled.dayOff[std::size_t(day)] = true;
        modelled.fixed.assign(std::size_t(days), RosterModel::Unfixed);
        model.employees.push_back(std::move(modelled));
    }
    for (const Request &request : shiftOnRequests)
        model.shiftOnRequests.push_back({request.employee, request.day, request.shift, request.weight});
    for (const Request &request : shiftOffRequests)
        model.shiftOffRequests.push_back({request.employee, request.day, request.shift, request.weight});
    model.cover.assign(std::size_t(days) * shiftCount, RosterModel::Cover{});
    for (const Cover &row : cover)
        model.cover[std::size_t(row.day) * shiftCount + std::size_t(row.shift)] = {row.requirement, row.underWeight, row.overWeight};
    return model;
}
