#pragma once

#include "scheduling/generator/rostermodel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// An instance of the Curtois & Qu employee shift scheduling benchmark (schedulingbenchmarks.org;
// tests/data/nrp/README.md gives the format): sections SECTION_HORIZON, SECTION_SHIFTS,
// SECTION_STAFF, SECTION_DAYS_OFF, SECTION_SHIFT_ON_REQUESTS, SECTION_SHIFT_OFF_REQUESTS and
// SECTION_COVER; `#` starts a comment; CRLF or LF. Day 0 is a Monday.
struct NrpInstance
{
    Q_DECLARE_TR_FUNCTIONS(NrpInstance)

public:
    struct ShiftType
    {
        QString id;
        int minutes = 0;
        QList<int> cannotFollow; // shift type indexes that may not be worked the day after
    };
    struct Employee
    {
        QString id;
        QList<int> maxShifts; // by shift type index
        int maxTotalMinutes = 0;
        int minTotalMinutes = 0;
        int maxConsecutiveShifts = 0;
        int minConsecutiveShifts = 0;
        int minConsecutiveDaysOff = 0;
        int maxWeekends = 0;
        QList<int> daysOff;
    };
    struct Request
    {
        int employee = 0; // index
        int day = 0;
        int shift = 0; // index
        int weight = 0;
    };
    struct Cover
    {
        int day = 0;
        int shift = 0; // index
        int requirement = 0;
        int underWeight = 0;
        int overWeight = 0;
    };

    int days = 0;
    QList<ShiftType> shifts;
    QList<Employee> employees;
    QList<Request> shiftOnRequests;
    QList<Request> shiftOffRequests;
    QList<Cover> cover;

    // The instance, or nothing with *error saying where and what ("Instance1.txt:12: SECTION_STAFF:
    // MaxTotalMinutes: \"x\" is not a whole number").
    static std::optional<NrpInstance> parse(QByteArrayView text, const QString &fileName, QString *error);
    static std::optional<NrpInstance> load(const QString &path, QString *error);

    int shiftIndex(const QString &id) const;    // -1 when unknown
    int employeeIndex(const QString &id) const; // -1 when unknown

    // The instance as the generator's model: every constraint of the benchmark, hard as hard,
    // requests and cover as weighted soft constraints.
    RosterModel model() const;
};
