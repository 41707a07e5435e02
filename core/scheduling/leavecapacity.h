#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

class Workspace;

// How many of a team are off on one day: distinct active clinicians with approved or pending
// leave of any type covering it, against the most the team lets go at once.
struct LeaveCapacityDay
{
    QDate date;
    int off = 0;
    int maximum = 0;
    QList<qint64> offClinicians; // ascending ids

    bool isFull() const { return off >= maximum; }
};

// The leave capacity of a team (or of the clinicians without one), as the rota server's leave
// booking calendar shows it. The most that may be off at once is the workspace setting
// settingKey(team), else a fifth of the team's active clinicians and at least one.
class LeaveCapacity
{
public:
    explicit LeaveCapacity(const Workspace &workspace);

    static QString settingKey(std::optional<qint64> teamId); // "leave_capacity:<team id>", "leave_capacity:none"
    int maximumOff(std::optional<qint64> teamId) const;
    // One entry per day of [from, to], read in a few queries whatever the window's length.
    QList<LeaveCapacityDay> days(std::optional<qint64> teamId, QDate from, QDate to) const;

private:
    QList<qint64> activeMembers(std::optional<qint64> teamId) const;
    int maximumOff(std::optional<qint64> teamId, int activeCount) const;

    const Workspace &m_workspace;
};
