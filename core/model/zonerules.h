#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QTime>
#include <QList>

// The UTC offsets of one IANA time zone, read once from QTimeZone and kept as a sorted table of
// transitions. Conversions are then a binary search instead of a QDateTime round trip, which
// matters for importing a million shifts.
class ZoneRules
{
public:
    // Cached for the life of the process; thread-safe. nullptr when the zone is unknown.
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
    Resolution toUtc(QDate date, QTime time) const;

    QDate localDate(qint64 utcSecs) const;
    QTime localTime(qint64 utcSecs) const;

private:
    struct Transition
    {
        qint64 atUtc;
        int offsetAfter;
    };
    QByteArray m_id;
    int m_initialOffset = 0;
    QList<Transition> m_transitions;

    static ZoneRules *build(QByteArrayView ianaId);
};
