#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>
#include <utility>

class Workspace;

// The UK bank holidays of one region, computed by rule for any year (the current rules, plus the
// one-off changes made by proclamation), so that no list has to be downloaded or kept up to date.
// A holiday on a weekend moves to the next weekday that is not already a holiday and is named
// "... (substitute day)". Each year is computed once and kept, so asking about every day of a
// view is cheap; an object is not meant to be shared between threads.
class BankHolidays
{
    Q_DECLARE_TR_FUNCTIONS(BankHolidays)

public:
    enum class Region { None, EnglandAndWales, Scotland, NorthernIreland };

    explicit BankHolidays(Region region = Region::EnglandAndWales);

    static QString regionToString(Region region); // "none", "england-and-wales", "scotland", "northern-ireland"
    static std::optional<Region> regionFromString(QStringView text);
    static QString settingKey(); // "bank_holiday_region", a workspace setting
    // The workspace's region: England and Wales when the setting is unset or not understood.
    static BankHolidays forWorkspace(const Workspace &workspace);

    Region region() const { return m_region; }

    // The translated name ("Christmas Day (substitute day)"); empty when the date is not a holiday.
    QString nameOf(QDate date) const;
    bool isHoliday(QDate date) const { return !nameOf(date).isEmpty(); }
    // The holidays in [from, to], in date order.
    QList<std::pair<QDate, QString>> between(QDate from, QDate to) const;

private:
    using Holiday = std::pair<QDate, QString>;

    const QList<Holiday> &holidaysIn(int year) const;
    QList<Holiday> compute(int year) const;

    Region m_region;
    mutable QHash<int, QList<Holiday>> m_years;
};
