#pragma once

#include "model/rota.h"
#include "timeslotstatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QTime>
#include <optional>

class Workspace;

// How well the rotas' timeslots are filled, day by day, as Assemble's rota period reports it.
// A rota runs from its start date to its end date (or on); on a day it runs, each timeslot of its
// pattern for that weekday counts the people on it: the rota's assigned shifts of that date that
// are not cancelled and count toward the minimum (MinimumCover's rule), on that timeslot, or,
// without one, of the slot's shift type (the earliest such slot of the day). A weekday without
// timeslots and a closed date of the rota are closed days. Read with three queries for
// the whole window, whatever its length.
class RotaStatus
{
    Q_DECLARE_TR_FUNCTIONS(RotaStatus)

public:
    struct Slot
    {
        qint64 timeslotId = 0;
        QTime start;
        QTime end; // before start: ends on the next day
        std::optional<qint64> shiftTypeId;
        int minimum = 0;
        int ideal = 0;
        int maximum = 0;
        int count = 0;
        TimeslotStatus::Level level = TimeslotStatus::Ideal;
    };

    struct Day
    {
        QDate date;
        bool running = false; // within the rota's start and end dates
        bool closed = false;  // running, but closed (no timeslots that weekday, or a closed date)
        QString closedReason;
        QList<Slot> timeslots;
        // Of the most pressing slot; empty when the rota does not run or is closed that day.
        std::optional<TimeslotStatus::Level> level() const;
        bool belowMinimum() const;
    };

    struct RotaDays
    {
        Rota rota;
        QList<Day> days; // one per date of the period
    };

    // One date across the chosen rotas: the most pressing level among the rotas open that day.
    struct Summary
    {
        QDate date;
        bool closed = true; // no chosen rota is open that day
        std::optional<TimeslotStatus::Level> level;
        bool belowMinimum = false;
        int required = 0; // ideal people over the open rotas' timeslots
        int count = 0;
    };

    struct Period
    {
        QDate from;
        QDate to;
        QList<RotaDays> rotas; // by name
        QList<Summary> days;
    };

    // The status of [from, to] for the rotas with the given ids (all rotas when empty; archived
    // ones only when `includeArchived` or chosen by id) that run at some point of the period.
    static Period compute(Workspace &workspace, QDate from, QDate to, const QList<qint64> &rotaIds = {},
                          bool includeArchived = false);
};
