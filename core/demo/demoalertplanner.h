#pragma once

#include "model/alert.h"
#include "model/shift.h"
#include "model/shifttype.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <map>

class DemoRandom;

// The alerts a rule check would have raised on the demo rota: cover below the minimum on the
// days left short up to four weeks ahead (active from a week ago on, dismissed before), cover
// that has since been found (resolved), and rest-time findings from earlier weeks that were
// resolved or dismissed.
class DemoAlertPlanner
{
    Q_DECLARE_TR_FUNCTIONS(DemoAlertPlanner)

public:
    struct Shortfall
    {
        QDate date;
        qint64 shiftTypeId = 0;
        int staffed = 0;
        int required = 0;
    };

    DemoAlertPlanner(QDate today, const QList<ShiftType> &types, DemoRandom &random);

    // Days in [from, to] on which a shift type has fewer assigned, going-ahead shifts counting
    // toward the minimum than the type requires; by date, then shift type order.
    QList<Shortfall> shortfalls(const QList<Shift> &shifts, QDate from, QDate to) const;

    // Alerts ordered by date; `shifts` supply the days at their minimum (for resolved cover
    // alerts) and the clinicians of the rest-time findings.
    QList<Alert> plan(const QList<Shortfall> &shortfalls, const QList<Shift> &shifts, QDate from);

private:
    using Coverage = std::map<std::pair<qint64, qint64>, int>; // (julian day, type id) -> people
    static Coverage coverage(const QList<Shift> &shifts);
    const ShiftType *type(qint64 id) const;
    int minimumOn(const ShiftType &type, QDate date) const;
    QString timestamp(QDate date, int hour) const;
    Alert coverageAlert(const Shortfall &shortfall) const;
    Alert restAlert(const Shift &before, const Shift &after) const;

    QDate m_today;
    QList<ShiftType> m_types;
    DemoRandom &m_random;
};
