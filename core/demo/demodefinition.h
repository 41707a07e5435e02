#pragma once

#include "model/clinician.h"
#include "model/shifttype.h"
#include "model/workingterm.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// The department the demo workspace is built from: names, teams, working terms, shift types and
// how many people each team puts on each shift type. Kept as JSON in the resources
// (:/demo/department.json) so that the people and rules can be read and changed without code.
class DemoDefinition
{
    Q_DECLARE_TR_FUNCTIONS(DemoDefinition)

public:
    // A later term that replaces a member's first one part way through the demo period.
    struct TermChange
    {
        int afterDays = 0; // days after "today" on which the new term starts
        WorkingTerm term;  // type, percentage and days of the new term
    };

    struct Member
    {
        QString name;
        QString grade;
        WorkingTerm term; // type, percentage, days, entitlement, duty; dates are set when built
        bool active = true;
        Clinician::Status status = Clinician::Status::Active;
        int leftDaysAgo = 0;         // > 0: the member left that many days before "today"
        bool parentalLeave = false;  // on parental leave around "today"
        std::optional<TermChange> change;
    };

    struct TeamDefinition
    {
        QString name;
        int minYearsInPost = 0;
        int maxYearsInPost = 0;
        QMap<QString, int> weekdayCover; // shift type code -> people per weekday
        QMap<QString, int> weekendCover; // shift type code -> people per Saturday/Sunday
        QList<Member> members;
    };

    QString name;
    QByteArray timeZone;
    QString emailDomain;
    QString coordinator;
    QList<ShiftType> shiftTypes; // minimums are the sums of the teams' cover
    QStringList denialReasons;
    QString capacityDenialReason; // for leave that would take too many of a team away at once
    QStringList shiftNotes;
    QStringList swapDescriptions;
    QList<TeamDefinition> teams;

    static QString builtInPath();
    // Reads and checks a definition; nullopt with a message naming the file and the entry
    // when it is malformed.
    static std::optional<DemoDefinition> load(const QString &path, QString *error);
};
