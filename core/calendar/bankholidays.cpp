#include "bankholidays.h"

#include "storage/workspace.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

QDate firstMonday(int year, int month)
{
    const QDate first(year, month, 1);
    return first.addDays((Qt::Monday - first.dayOfWeek() + 7) % 7);
}

QDate lastMonday(int year, int month)
{
    const QDate first(year, month, 1);
    const QDate last = first.addDays(first.daysInMonth() - 1);
    return last.addDays(-((last.dayOfWeek() - Qt::Monday + 7) % 7));
}

// The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

} // namespace

BankHolidays::BankHolidays(Region region)
    : m_region(region)
{
}

QString BankHolidays::regionToString(Region region)
{
    switch (region) {
    case Region::None:
        return u"none"_s;
    case Region::EnglandAndWales:
        return u"england-and-wales"_s;
    case Region::Scotland:
        return u"scotland"_s;
    case Region::NorthernIreland:
        return u"northern-ireland"_s;
    }
    return {};
}

std::optional<BankHolidays::Region> BankHolidays::regionFromString(QStringView text)
{
    for (const Region region : {Region::None, Region::EnglandAndWales, Region::Scotland, Region::NorthernIreland}) {
        if (text == regionToString(region))
            return region;
    }
    return std::nullopt;
}

QString BankHolidays::settingKey()
{
    return u"bank_holiday_region"_s;
}

BankHolidays BankHolidays::forWorkspace(const Workspace &workspace)
{
    return BankHolidays(regionFromString(workspace.setting(settingKey())).value_or(Region::EnglandAndWales));
}

QString BankHolidays::nameOf(QDate date) const
{
    if (!date.isValid() || m_region == Region::None)
        return {};
    for (const Holiday &holiday : holidaysIn(date.year())) {
        if (holiday.first == date)
            return holiday.second;
    }
    return {};
}

QList<std::pair<QDate, QString>> BankHolidays::between(QDate from, QDate to) const
{
    QList<Holiday> result;
    if (!from.isValid() || !to.isValid() || m_region == Region::None)
        return result;
    for (int year = from.year(); year <= to.year(); ++year) {
        for (const Holiday &holiday : holidaysIn(year)) {
            if (holiday.first >= from && holiday.first <= to)
                result.append(holiday);
        }
    }
    return result;
}

const QList<BankHolidays::Holiday> &BankHolidays::holidaysIn(int year) const
{
    auto found = m_years.constFind(year);
    if (found == m_years.cend())
        found = m_years.insert(year, compute(year));
    return *found;
}

QList<BankHolidays::Holiday> BankHolidays::compute(int year) const
{
    const bool scotland = m_region == Region::Scotland;
    const bool northernIreland = m_region == Region::NorthernIreland;
    const auto substitute = [](const QString &name) { return tr("%1 (substitute day)").arg(name); };
    const auto nextFreeWeekday = [](QDate date, const QList<Holiday> &taken) {
        while (isWeekend(date) || std::any_of(taken.cbegin(), taken.cend(), [date](const Holiday &h) { return h.first == date; }))
            date = date.addDays(1);
        return date;
    };

    QList<Holiday> placed;
    // New Year's Day takes the first weekday, and Scotland's 2nd January the weekday after it,
    // which is how the published lists name them when 1 January is a Sunday.
    const QDate newYear(year, 1, 1);
    const QDate newYearObserved = nextFreeWeekday(newYear, placed);
    const QString newYearName = tr("New Year’s Day");
    placed.append({newYearObserved, newYearObserved == newYear ? newYearName : substitute(newYearName)});
    if (scotland) {
        const QDate second(year, 1, 2);
        const QDate secondObserved = nextFreeWeekday(second, placed);
        const QString secondName = tr("2nd January");
        placed.append({secondObserved, secondObserved == second ? secondName : substitute(secondName)});
    }

    QList<Holiday> nominal;
    const QDate easter = easterSunday(year);
    nominal.append({easter.addDays(-2), tr("Good Friday")});
    if (!scotland)
        nominal.append({easter.addDays(1), tr("Easter Monday")});
    if (northernIreland) {
        nominal.append({QDate(year, 3, 17), tr("St Patrick’s Day")});
        nominal.append({QDate(year, 7, 12), tr("Battle of the Boyne (Orangemen’s Day)")});
    }
    if (year == 2020)
        nominal.append({QDate(2020, 5, 8), tr("Early May bank holiday (VE day)")});
    else
        nominal.append({firstMonday(year, 5), tr("Early May bank holiday")});
    if (year == 2012) {
        nominal.append({QDate(2012, 6, 4), tr("Spring bank holiday")});
        nominal.append({QDate(2012, 6, 5), tr("Queen’s Diamond Jubilee")});
    } else if (year == 2022) {
        nominal.append({QDate(2022, 6, 2), tr("Spring bank holiday")});
        nominal.append({QDate(2022, 6, 3), tr("Platinum Jubilee bank holiday")});
    } else {
        nominal.append({lastMonday(year, 5), tr("Spring bank holiday")});
    }
    nominal.append({scotland ? firstMonday(year, 8) : lastMonday(year, 8), tr("Summer bank holiday")});
    if (scotland)
        nominal.append({QDate(year, 11, 30), tr("St Andrew’s Day")});
    nominal.append({QDate(year, 12, 25), tr("Christmas Day")});
    nominal.append({QDate(year, 12, 26), tr("Boxing Day")});
    if (year == 2011)
        nominal.append({QDate(2011, 4, 29), tr("Royal wedding")});
    if (year == 2022)
        nominal.append({QDate(2022, 9, 19), tr("Bank holiday for the State Funeral of Queen Elizabeth II")});
    if (year == 2023)
        nominal.append({QDate(2023, 5, 8), tr("Bank holiday for the coronation of King Charles III")});
    std::stable_sort(nominal.begin(), nominal.end(), [](const Holiday &a, const Holiday &b) { return a.first < b.first; });

    // Holidays on free weekdays keep their day first, so that a displaced one never takes it
    // (Christmas on a Sunday moves to the Tuesday, after Boxing Day on the Monday).
    QList<Holiday> displaced;
    for (const Holiday &holiday : std::as_const(nominal)) {
        if (nextFreeWeekday(holiday.first, placed) == holiday.first)
            placed.append(holiday);
        else
            displaced.append(holiday);
    }
    for (const Holiday &holiday : std::as_const(displaced))
        placed.append({nextFreeWeekday(holiday.first, placed), substitute(holiday.second)});

    std::sort(placed.begin(), placed.end(), [](const Holiday &a, const Holiday &b) { return a.first < b.first; });
    return placed;
}
