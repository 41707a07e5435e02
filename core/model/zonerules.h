#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QTime>
#include <memory>
#include <vector>

// The UTC offsets of one IANA time zone, read once from QTimeZone and kept as a sorted table of
// transitions. Conversions are then a binary search instead of a QDateTime round trip, which
// matters for importing a million shifts.
class ZoneRules
{
public:
    // Cached for the life of the process; thread-safe. nullptr when the name is not a tz database
    // name ("Europe/London", "Etc/GMT+5", "UTC") or the zone is unknown.
    static const ZoneRules *find(QByteArrayView ianaId);

    QByteArray id() const { return m_id; }
    const QByteArray &idBytes() const { return m_id; } // lives as long as the rules

    // Seconds east of UTC in force at the instant.
    int offsetAt(qint64 utcSecs) const;

    enum class Kind {
        Unique,    // the local time occurs once
        Ambiguous, // occurs twice (clocks went back): the earlier instant is chosen
        Gap        // does not occur (clocks went forward)
    };
    struct Resolution
    {
        qint64 utcSecs = 0; // for a gap: the instant the wall clock shows after the jump
        Kind kind = Kind::Unique;
    };
    // An invalid date or time resolves as a Gap, since no instant shows it.
    Resolution toUtc(QDate date, QTime time) const;

    QDate localDate(qint64 utcSecs) const;
    QTime localTime(qint64 utcSecs) const;

    // The years the transition table covers; outside them the nearest known offset applies.
    static constexpr int FirstYear = 1900;
    static constexpr int EndYear = 2200; // exclusive

private:
    struct Transition
    {
        qint64 atUtc;
        int offsetAfter;
    };
    QByteArray m_id;
    int m_initialOffset = 0;
    std::vector<Transition> m_transitions; // sorted by atUtc; only real offset changes

    ZoneRules() = default;
    static std::unique_ptr<ZoneRules> build(QByteArrayView ianaId);
    // The first transition after utcSecs (end() when none).
    std::vector<Transition>::const_iterator transitionAfter(qint64 utcSecs) const;
    int offsetBefore(std::vector<Transition>::const_iterator transition) const;
};
