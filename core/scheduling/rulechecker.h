#pragma once

#include "model/alert.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

class Workspace;

// Checks the rota of a date window against the department's rules and keeps the stored alerts
// in step with what it finds, offline, with the rota server's alert shape. Each finding is an
// Alert: its machine type, severity, date, the clinician when it concerns one person, a
// translated sentence, and its numbers as compact JSON in `details`, including a "key" that
// tells one finding of a type, date and clinician from another (the shift ids, the shift type).
class RuleChecker
{
    Q_DECLARE_TR_FUNCTIONS(RuleChecker)

public:
    struct RefreshResult
    {
        int created = 0;
        int resolved = 0;
        int unchanged = 0; // still found (or dismissed earlier), stored as it was
        int updated = 0;   // still found with other numbers (a shorter rest, a fuller day): rewritten
    };

    static constexpr int DefaultMaxConsecutiveNights = 4;
    static constexpr double DefaultFullTimeWeeklyHours = 48.0;
    static constexpr int MinimumNightMinutes = 3 * 60; // between 23:00 and 06:00 local time

    explicit RuleChecker(Workspace &workspace);

    // The alert types this checker produces, in the order their rules run.
    static QStringList ruleTypes();
    static QString maxConsecutiveNightsKey();  // workspace setting "max_consecutive_nights"
    static QString fullTimeWeeklyHoursKey();   // workspace setting "full_time_weekly_hours"
    // The workspace's settings, or the defaults when unset or not understood; the rota
    // generator plans by the same numbers.
    static int maxConsecutiveNights(const Workspace &workspace);
    static double fullTimeWeeklyHours(const Workspace &workspace);
    // The "key" inside an alert's details; empty when the details are not the checker's JSON.
    static QString findingKey(const Alert &alert);

    // What is wrong on the days of [from, to], ordered by date, type, clinician and key. Read in
    // a few window queries (widened where a rule looks further: rest, nights, whole weeks).
    QList<Alert> findings(QDate from, QDate to) const;

    // Brings the stored alerts of the checker's types dated in [from, to] in line with the
    // findings, in one transaction: a new finding is created as an active alert; an active
    // alert no longer found is resolved (the "resolve" action); a dismissed one is not raised
    // again for the same finding; alerts of other types are left alone.
    [[nodiscard]] StorageError refresh(QDate from, QDate to, RefreshResult *result = nullptr);

private:
    Workspace &m_workspace;
};
