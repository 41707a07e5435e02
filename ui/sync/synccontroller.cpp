#include "synccontroller.h"

#include "storage/workspace.h"
#include "sync/credentialstore.h"
#include "sync/requestscheduler.h"
#include "sync/serverreply.h"
#include "sync/serversession.h"
#include "sync/syncengine.h"
#include "sync/syncstate.h"
#include "syncqueuemodel.h"
#include "synclogmodel.h"
#include "workspacesession.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QNetworkInformation>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultIntervalMinutes = 15;

QString allowInsecureKey()
{
    return u"sync/allow_insecure"_s;
}

QString trustedCertificateKey()
{
    return u"sync/trusted_certificate"_s;
}

bool unreachable(const ServerError &error)
{
    return error.kind == ServerError::Kind::Network || error.kind == ServerError::Kind::Timeout;
}

} // namespace

SyncController::SyncController(WorkspaceSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
    , m_log(new SyncLogModel(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] { start(false); });
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &SyncController::workspaceChanged);
    // Edits change the queue the status shows; a resolved conflict may end the Conflicts state.
    connect(m_session, &WorkspaceSession::dataChanged, this, [this] {
        if (m_state == State::Idle || m_state == State::Conflicts)
            settle();
        else
            emit stateChanged();
    });
    // Not every platform has a backend that reports reachability; the timer still runs there.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    reachabilityChanged(reachability == QNetworkInformation::Reachability::Online);
                });
    }
    workspaceChanged();
}

SyncController::~SyncController()
{
    reset();
}

void SyncController::setPasswordPrompt(PasswordPrompt prompt)
{
    m_prompt = std::move(prompt);
}

QString SyncController::intervalSettingKey()
{
    return u"sync/interval_minutes"_s;
}

int SyncController::intervalMinutes() const
{
    return std::max(0, QSettings().value(intervalSettingKey(), DefaultIntervalMinutes).toInt());
}

QDateTime SyncController::lastSyncedAt() const
{
    return m_log->lastCompleteAt();
}

int SyncController::queuedChanges() const
{
    Workspace *workspace = m_session->workspace();
    return workspace ? int(SyncQueueModel::read(*workspace).size()) : 0;
}

int SyncController::conflictCount() const
{
    Workspace *workspace = m_session->workspace();
    return workspace ? int(SyncState(*workspace).conflicts().size()) : 0;
}

QString SyncController::logKey() const
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return {};
    const QByteArray path = QDir::cleanPath(QFileInfo(workspace->path()).absoluteFilePath()).toUtf8();
    return u"sync_log/"_s + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

// The engine and the session belong to the workspace and link they were made for.
void SyncController::reset()
{
    ++m_generation;
    if (m_login)
        m_login->disconnect(this);
    delete m_engine;
    m_engine = nullptr;
    delete m_server;
    m_server = nullptr;
    m_starting = false;
    m_cancelled = false;
}

void SyncController::workspaceChanged()
{
    reset();
    Workspace *workspace = m_session->workspace();
    m_link = workspace ? ServerLink::fromWorkspace(*workspace) : ServerLink{};
    m_log->load(logKey());
    m_message.clear();
    m_state = State::Idle;
    applyInterval();
    settle();
}

void SyncController::applyInterval()
{
    const int minutes = intervalMinutes();
    if (isLinked() && minutes > 0)
        m_timer->start(std::chrono::minutes(minutes));
    else
        m_timer->stop();
}

void SyncController::reachabilityChanged(bool online)
{
    if (online && m_state == State::Offline)
        start(false);
}

void SyncController::checkKeychain()
{
    // Reading an entry that may not exist tells whether the keychain can be reached at all.
    const ServerLink probe = isLinked() ? m_link : ServerLink{u"https://localhost/"_s, u"-"_s};
    CredentialStore::readPassword(probe, this, [this](const CredentialResult &result) {
        m_keychainReason = result.status == CredentialResult::Status::Unavailable ? result.reason : QString();
        emit keychainChecked();
    });
}

void SyncController::syncNow()
{
    start(true);
}

void SyncController::start(bool interactive)
{
    if (!isLinked() || isSyncing() || !m_session->workspace())
        return;
    m_cancelled = false;
    m_done = 0;
    m_total = 0;
    m_progressText = tr("Logging in…");
    setState(State::Syncing);
    if (m_server && m_server->hasSession())
        runEngine();
    else
        readPasswordThenLogin(interactive);
}

void SyncController::readPasswordThenLogin(bool interactive)
{
    m_starting = true;
    const quint64 generation = m_generation;
    CredentialStore::readPassword(m_link, this, [this, generation, interactive](const CredentialResult &result) {
        if (generation != m_generation || m_cancelled)
            return;
        if (result.ok()) {
            login(result.password);
            return;
        }
        if (result.status == CredentialResult::Status::Unavailable) {
            m_keychainReason = result.reason;
            emit keychainChecked();
        }
        // An automatic sync never interrupts the user with a password dialog.
        const std::optional<QString> password = interactive && m_prompt ? m_prompt(m_link, result.message) : std::nullopt;
        if (generation != m_generation)
            return;
        if (!password) {
            m_starting = false;
            settle();
            return;
        }
        login(*password);
    });
}

void SyncController::login(const QString &password)
{
    m_starting = true;
    if (!m_server) {
        Workspace *workspace = m_session->workspace();
        m_server = new ServerSession(m_link.url(), m_link.user, this);
        m_server->allowInsecure(workspace->setting(allowInsecureKey()) == u"1"_s);
        m_server->trustCertificate(QByteArray::fromHex(workspace->setting(trustedCertificateKey()).toLatin1()));
    }
    const quint64 generation = m_generation;
    m_login = m_server->login(password);
    connect(m_login, &ServerReply::finished, this, [this, generation](const ServerResponse &response) {
        if (generation != m_generation)
            return;
        m_starting = false;
        if (m_cancelled) {
            m_cancelled = false;
            settle();
            return;
        }
        if (!response.ok()) {
            failed(response.error);
            return;
        }
        runEngine();
    });
}

void SyncController::runEngine()
{
    if (!m_engine) {
        // Each request's own error tells an unreachable server from other failures.
        const SyncEngine::Sender send = [this](const QByteArray &method, const QString &path, const QUrlQuery &query,
                                               const QJsonDocument &body) {
            ServerReply *reply = m_server->send(method, path, query, body);
            connect(reply, &ServerReply::finished, this, [this](const ServerResponse &response) {
                if (!response.ok())
                    m_lastRequestError = response.error;
            });
            return reply;
        };
        // Held to the server's limits, so that a large push is spread out rather than refused.
        m_engine = SyncEngine::scheduled(m_server, *m_session->workspace(), send, this).release();
        connect(m_engine, &SyncEngine::progress, this, [this](int done, int total, const QString &text) {
            m_done = done;
            m_total = total;
            m_progressText = text;
            m_waitingUntil = {};
            emit stateChanged();
        });
        connect(m_engine->scheduler(), &RequestScheduler::waiting, this,
                [this](const QDateTime &until, RequestScheduler::WaitReason reason) {
                    m_waitingUntil = until;
                    const QString time = QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat);
                    switch (reason) {
                    case RequestScheduler::WaitReason::Budget:
                        m_progressText = tr("The server allows a limited number of requests an hour; the next goes at %1.").arg(time);
                        break;
                    case RequestScheduler::WaitReason::Throttled:
                        m_progressText = tr("The server asked RotaDesk to wait; the next request goes at %1.").arg(time);
                        break;
                    case RequestScheduler::WaitReason::Retry:
                        m_progressText = tr("The server did not answer; RotaDesk tries again at %1.").arg(time);
                        break;
                    }
                    emit stateChanged();
                });
        connect(m_engine, &SyncEngine::finished, this, &SyncController::engineFinished);
    }
    m_lastRequestError = {};
    m_waitingUntil = {};
    m_progressText = tr("Starting…");
    emit stateChanged();
    m_engine->sync();
}

QDateTime SyncController::estimatedFinish() const
{
    if (!m_engine || queuedChanges() == 0)
        return {};
    return m_engine->estimatedFinish(QDateTime::currentDateTimeUtc());
}

void SyncController::engineFinished(const SyncReport &report)
{
    m_waitingUntil = {};
    Workspace *workspace = m_session->workspace();
    m_log->add(workspace ? workspace->now() : QDateTime::currentDateTimeUtc(), report);
    // The views reload what the sync wrote.
    m_session->notifyDataChanged();
    if (m_cancelled) {
        m_cancelled = false;
        settle();
    } else if (!report.complete && unreachable(m_lastRequestError)) {
        failed(m_lastRequestError);
    } else if (!report.errors.isEmpty()) {
        setState(State::Error, report.errors.join(u'\n'));
    } else if (!report.complete) {
        setState(State::Error, m_lastRequestError.ok() ? tr("The sync stopped before the end.") : m_lastRequestError.message);
    } else {
        settle();
    }
}

void SyncController::failed(const ServerError &error)
{
    if (error.kind == ServerError::Kind::Cancelled) {
        m_cancelled = false;
        settle();
    } else if (unreachable(error)) {
        setState(State::Offline, error.message);
    } else {
        setState(State::Error, error.message);
    }
}

void SyncController::cancel()
{
    if (!isSyncing())
        return;
    m_cancelled = true;
    if (m_engine && m_engine->isRunning())
        m_engine->cancel();
    else if (m_login)
        m_login->abort();
    else
        settle(); // still reading the keychain: its answer is dropped
}

void SyncController::settle()
{
    if (!isLinked())
        setState(State::NotLinked);
    else if (conflictCount() > 0)
        setState(State::Conflicts);
    else
        setState(State::Idle);
}

void SyncController::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    emit stateChanged();
}

void SyncController::linkTo(const LinkRequest &request)
{
    Workspace *workspace = m_session->workspace();
    if (!workspace)
        return;
    auto *session = new ServerSession(request.link.url(), request.link.user, this);
    session->allowInsecure(request.allowInsecure);
    session->trustCertificate(request.trustedCertificate);
    ServerReply *reply = session->login(request.password);
    const quint64 generation = m_generation;
    connect(reply, &ServerReply::finished, this, [this, session, request, generation](const ServerResponse &response) {
        Workspace *workspace = m_session->workspace();
        if (generation != m_generation || !workspace) {
            session->deleteLater();
            return;
        }
        if (!response.ok()) {
            session->deleteLater();
            emit linkFinished(response.error);
            return;
        }
        StorageError saved = request.link.saveTo(*workspace);
        const QString insecure = request.allowInsecure ? u"1"_s : QString();
        const QString trusted = QString::fromLatin1(request.trustedCertificate.toHex());
        if (saved.ok() && workspace->setting(allowInsecureKey()) != insecure)
            saved = workspace->setSetting(allowInsecureKey(), insecure);
        if (saved.ok() && workspace->setting(trustedCertificateKey()) != trusted)
            saved = workspace->setSetting(trustedCertificateKey(), trusted);
        if (!saved.ok()) {
            session->deleteLater();
            ServerError error;
            error.kind = ServerError::Kind::Refused;
            error.message = tr("The link was not saved: %1").arg(saved.message);
            emit linkFinished(error);
            return;
        }
        reset();
        m_link = request.link;
        m_server = session;
        const auto keychainAnswer = [this](const CredentialResult &result) {
            if (result.status == CredentialResult::Status::Unavailable) {
                m_keychainReason = result.reason;
                emit keychainChecked();
            }
        };
        if (request.remember)
            CredentialStore::writePassword(m_link, request.password, this, keychainAnswer);
        else
            CredentialStore::deletePassword(m_link, this, keychainAnswer);
        applyInterval();
        m_message.clear();
        settle();
        emit linkFinished({});
        start(true);
    });
}
