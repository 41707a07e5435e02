#include "ratebudget.h"

#include "storage/workspace.h"
#include "syncstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString tierName(RateBudget::Tier tier)
{
    return tier == RateBudget::Tier::Standard ? u"standard"_s : u"burst"_s;
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

qint64 roundedUpSeconds(qint64 ms)
{
    return ms >= 0 ? (ms + 999) / 1000 : ms / 1000;
}

// When a send kept as `sentSeconds` counts as sent, seen at `nowMs`: a send later than now (the
// system clock was set back) counts as sent now, so that it holds the window for one window
// length at most.
qint64 countedFromMs(qint64 sentSeconds, qint64 nowMs)
{
    return std::min(sentSeconds, roundedUpSeconds(nowMs)) * 1000;
}

} // namespace

RateBudget::RateBudget()
{
    for (Tier tier : {Tier::Standard, Tier::Burst})
        state(tier).limit = defaultLimit(tier);
}

RateBudget::RateBudget(Workspace &workspace)
    : RateBudget()
{
    m_workspace = &workspace;
    for (Tier tier : {Tier::Standard, Tier::Burst})
        load(tier);
}

RateBudget::Limit RateBudget::defaultLimit(Tier tier)
{
    return tier == Tier::Standard ? Limit{100, 3600} : Limit{20, 60};
}

RateBudget::Limit RateBudget::limit(Tier tier) const
{
    return state(tier).limit;
}

void RateBudget::setLimit(Tier tier, Limit limit)
{
    state(tier).limit = limit;
}

QDateTime RateBudget::nextFreeAt(Tier tier, const QDateTime &now) const
{
    return fromMs(nextFreeMs(state(tier), now.toMSecsSinceEpoch()));
}

QDateTime RateBudget::lastSendAt(const QList<Tier> &queue, const QDateTime &start) const
{
    std::array<TierState, 2> planned = m_states;
    qint64 at = start.toMSecsSinceEpoch();
    for (Tier tier : queue) {
        TierState &tierState = planned[size_t(tier)];
        at = nextFreeMs(tierState, at);
        addSend(tierState, at);
    }
    return fromMs(at);
}

int RateBudget::used(Tier tier, const QDateTime &now) const
{
    const TierState &tierState = state(tier);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 windowMs = qint64(tierState.limit.windowSeconds) * 1000;
    return int(std::count_if(tierState.sent.begin(), tierState.sent.end(),
                             [&](qint64 sent) { return countedFromMs(sent, nowMs) + windowMs > nowMs; }));
}

QDateTime RateBudget::throttledUntil(Tier tier) const
{
    const qint64 until = state(tier).throttledUntil;
    return until > 0 ? QDateTime::fromSecsSinceEpoch(until, Qt::UTC) : QDateTime();
}

StorageError RateBudget::recordSend(Tier tier, const QDateTime &at)
{
    TierState &tierState = state(tier);
    addSend(tierState, at.toMSecsSinceEpoch());
    if (!m_workspace)
        return {};
    QJsonArray sent;
    for (qint64 second : std::as_const(tierState.sent))
        sent.append(second);
    return store(sentSettingKey(tier), QString::fromUtf8(QJsonDocument(sent).toJson(QJsonDocument::Compact)));
}

StorageError RateBudget::recordThrottled(Tier tier, const QDateTime &now, int waitSeconds)
{
    TierState &tierState = state(tier);
    // A shorter wait answered to an earlier request does not shorten the one already known.
    tierState.throttledUntil =
        std::max(tierState.throttledUntil, roundedUpSeconds(now.toMSecsSinceEpoch() + qint64(std::max(waitSeconds, 0)) * 1000));
    if (!m_workspace)
        return {};
    return store(throttledSettingKey(tier), QString::number(tierState.throttledUntil));
}

QString RateBudget::sentSettingKey(Tier tier)
{
    return u"sync/sent_"_s + tierName(tier);
}

QString RateBudget::throttledSettingKey(Tier tier)
{
    return u"sync/throttled_until_"_s + tierName(tier);
}

qint64 RateBudget::nextFreeMs(const TierState &state, qint64 nowMs)
{
    const qint64 windowMs = qint64(state.limit.windowSeconds) * 1000;
    const auto sentMs = [&](qsizetype i) { return countedFromMs(state.sent.at(i), nowMs); };
    qsizetype first = 0; // the oldest send still in the window
    while (first < state.sent.size() && sentMs(first) + windowMs <= nowMs)
        ++first;
    const qsizetype inWindow = state.sent.size() - first;
    qint64 free = nowMs;
    if (inWindow >= state.limit.requests)
        free = sentMs(first + inWindow - state.limit.requests) + windowMs;
    return std::max({nowMs, free, state.throttledUntil * 1000});
}

void RateBudget::addSend(TierState &state, qint64 atMs)
{
    const qint64 at = roundedUpSeconds(atMs);
    state.sent.insert(std::upper_bound(state.sent.begin(), state.sent.end(), at), at);
    // Only the newest `requests` sends still in the window can hold a later request back.
    const qint64 windowMs = qint64(state.limit.windowSeconds) * 1000;
    while (!state.sent.isEmpty()
           && (state.sent.size() > state.limit.requests || state.sent.first() * 1000 + windowMs <= atMs))
        state.sent.removeFirst();
}

RateBudget::TierState &RateBudget::state(Tier tier)
{
    return m_states[size_t(tier)];
}

const RateBudget::TierState &RateBudget::state(Tier tier) const
{
    return m_states[size_t(tier)];
}

void RateBudget::load(Tier tier)
{
    TierState &tierState = state(tier);
    const QJsonArray sent = QJsonDocument::fromJson(m_workspace->setting(sentSettingKey(tier)).toUtf8()).array();
    for (const QJsonValue &second : sent) {
        if (second.isDouble())
            tierState.sent.append(second.toInteger());
    }
    std::sort(tierState.sent.begin(), tierState.sent.end());
    tierState.throttledUntil = m_workspace->setting(throttledSettingKey(tier)).toLongLong();
}

StorageError RateBudget::store(const QString &key, const QString &value) const
{
    return SyncState(*m_workspace).setBookkeeping(key, value);
}
