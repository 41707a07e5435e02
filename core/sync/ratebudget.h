#pragma once

#include "storage/storageerror.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <array>

class Workspace;

// RotaDesk's own count of its requests against the rota server's throttling, per tier: at most
// `requests` in any `windowSeconds`, counted as the server counts them (a request stays in the
// window for windowSeconds after it was sent). With a workspace, the send times still in the
// window are kept in its settings ("sync/sent_standard", a JSON list of epoch seconds), so that
// a restart does not start a fresh budget. A 429 with a wait overrides the count: nothing of the
// tier goes before the wait is over ("sync/throttled_until_standard", epoch seconds).
//
// Times are kept in whole seconds, a send rounded up, so that a request never leaves the window
// here before it leaves it on the server.
class RateBudget
{
public:
    enum class Tier {
        Standard, // the API after login: 100 an hour
        Burst,    // anonymous requests, before the session exists: 20 a minute
    };
    struct Limit
    {
        int requests = 0; // at least 1
        int windowSeconds = 0;
        bool operator==(const Limit &) const = default;
    };

    RateBudget(); // in memory only
    // Reads the budget kept in `workspace`, which must outlive this object, and keeps it there.
    explicit RateBudget(Workspace &workspace);

    static Limit defaultLimit(Tier tier);
    Limit limit(Tier tier) const;
    void setLimit(Tier tier, Limit limit);

    // When the next request of `tier` may go: `now` when the window has room and no 429 wait
    // is running, never earlier than `now`.
    QDateTime nextFreeAt(Tier tier, const QDateTime &now) const;
    // When the last of `queue` goes if they are sent in this order, each as soon as allowed, the
    // first not before `start`; `start` for an empty queue.
    QDateTime lastSendAt(const QList<Tier> &queue, const QDateTime &start) const;
    // The requests of `tier` still in the window at `now`.
    int used(Tier tier, const QDateTime &now) const;
    // The end of the last 429 wait of `tier`; invalid when there was none.
    QDateTime throttledUntil(Tier tier) const;

    // Counts a request of `tier` sent at `at`. The error is about keeping it in the workspace;
    // the count here has been made either way.
    [[nodiscard]] StorageError recordSend(Tier tier, const QDateTime &at);
    // The server answered 429 at `now`, asking to wait `waitSeconds`.
    [[nodiscard]] StorageError recordThrottled(Tier tier, const QDateTime &now, int waitSeconds);

    static QString sentSettingKey(Tier tier);
    static QString throttledSettingKey(Tier tier);

private:
    struct TierState
    {
        Limit limit;
        QList<qint64> sent;        // epoch seconds, oldest first, at most limit.requests of them
        qint64 throttledUntil = 0; // epoch seconds; 0 for none
    };

    static qint64 nextFreeMs(const TierState &state, qint64 nowMs);
    static void addSend(TierState &state, qint64 atMs);
    TierState &state(Tier tier);
    const TierState &state(Tier tier) const;
    void load(Tier tier);
    StorageError store(const QString &key, const QString &value) const;

    Workspace *m_workspace = nullptr;
    std::array<TierState, 2> m_states;
};
