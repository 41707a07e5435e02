#include "rotaserverprocess.h"
#include "storage/clinicianrepository.h"
#include "storage/workspace.h"
#include "sync/serverlinkdialog.h"
#include "sync/serverreply.h"
#include "sync/serversession.h"
#include "sync/synccontroller.h"
#include "sync/syncconflictmodel.h"
#include "sync/synclogmodel.h"
#include "sync/syncqueuemodel.h"
#include "sync/syncstatuswidget.h"
#include "sync/syncview.h"
#include "ui/uitestdata.h"
#include "workspacesession.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace UiTestData;

namespace {

QProcessEnvironment serverEnvironment()
{
    QProcessEnvironment environment;
    environment.insert(u"ROTADESK_THROTTLE_STANDARD"_s, u"100000/hour"_s);
    environment.insert(u"ROTADESK_THROTTLE_BURST"_s, u"100000/min"_s);
    return environment;
}

// The deadline only guards against a hang.
ServerResponse await(ServerReply *reply)
{
    QSignalSpy finished(reply, &ServerReply::finished);
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<ServerResponse>();
}

bool settled(const SyncController &controller)
{
    return controller.state() != SyncController::State::Syncing;
}

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void linkDialogShowsErrorsUnderFields();
    void linkDialogAsksBeforePlainHttpToAnotherMachine();
    void linkAndFirstSyncPullTheDemo();
    void conflictShowsBaseOursAndTheirs();
    void editingAConflictKeepsWhatWasSaved();
    void wrongPasswordIsAnErrorNamingTheUser();

private:
    bool startServer();
    // Links through the dialog as a user would and waits for the first sync to end.
    bool linkThroughDialog();
    bool renameOnBothSides(Clinician *ada);
    QString statusText() const { return m_status->text(); }

    QTemporaryDir m_dir;
    RotaServerProcess m_server;
    std::unique_ptr<WorkspaceSession> m_session;
    std::unique_ptr<SyncController> m_controller;
    std::unique_ptr<SyncStatusWidget> m_status;
    QStringList m_promptReasons;
};

void TestSyncUi::initTestCase()
{
    QDir().mkpath(u"/tmp/syncui"_s);
    useSettingsIn(m_dir.path());
}

void TestSyncUi::init()
{
    QSettings().setValue(SyncController::intervalSettingKey(), 0);
    m_session = std::make_unique<WorkspaceSession>();
    check(m_session->open(m_dir.filePath(QString::fromUtf8(QTest::currentTestFunction()) + u".rota"_s),
                          Workspace::OpenMode::CreateNew));
    m_session->workspace()->setCurrentUser(u"coordinator"_s);
    check(m_session->workspace()->setSetting(u"time_zone"_s, QString::fromUtf8(zone())));
    m_controller = std::make_unique<SyncController>(m_session.get());
    m_promptReasons.clear();
    m_status = std::make_unique<SyncStatusWidget>(m_controller.get());
}

void TestSyncUi::cleanup()
{
    m_status.reset();
    m_controller.reset();
    m_session.reset();
    m_server.stop();
}

bool TestSyncUi::startServer()
{
    if (!m_server.start(90000, true, serverEnvironment())) {
        qWarning("%s", qPrintable(m_server.errorString()));
        return false;
    }
    return true;
}

bool TestSyncUi::linkThroughDialog()
{
    ServerLinkDialog dialog(m_controller.get());
    dialog.serverEdit()->setText(m_server.baseUrl().toString());
    dialog.userEdit()->setText(m_server.user());
    dialog.passwordEdit()->setText(m_server.password());
    if (!dialog.checkAndLink())
        return false;
    if (!QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted || !dialog.errorText({}).isEmpty(); }, 60000))
        return false;
    if (dialog.result() != QDialog::Accepted) {
        qWarning("%s", qPrintable(dialog.errorText({})));
        return false;
    }
    return QTest::qWaitFor([&] { return settled(*m_controller); }, 120000);
}

void TestSyncUi::linkDialogShowsErrorsUnderFields()
{
    QCOMPARE(statusText(), u"Not linked"_s);
    ServerLinkDialog dialog(m_controller.get());
    dialog.serverEdit()->setText(u"rota.example.org"_s);
    dialog.userEdit()->clear();
    QVERIFY(!dialog.checkAndLink());
    QCOMPARE(dialog.errorText(u"server_url"_s), u"The address must start with https:// (or http://)."_s);
    QCOMPARE(dialog.errorText(u"user"_s), u"Enter the user name on the rota server."_s);
    QCOMPARE(dialog.errorText(u"password"_s), u"Enter the password; RotaDesk logs in to check it before linking."_s);
    QVERIFY(!dialog.findChild<QLabel *>(u"error_user"_s)->isHidden());

    // Corrected fields lose their errors; nothing was linked.
    dialog.serverEdit()->setText(u"https://rota.example.org/"_s);
    dialog.userEdit()->setText(u"ada"_s);
    QVERIFY(!dialog.checkAndLink());
    QCOMPARE(dialog.errorText(u"server_url"_s), QString());
    QCOMPARE(dialog.errorText(u"user"_s), QString());
    QVERIFY(!m_controller->isLinked());
    QCOMPARE(m_controller->state(), SyncController::State::NotLinked);
}

void TestSyncUi::linkDialogAsksBeforePlainHttpToAnotherMachine()
{
    ServerLinkDialog dialog(m_controller.get());
    QWidget *warning = dialog.findChild<QWidget *>(u"insecureWarning"_s);
    QVERIFY(warning);
    dialog.userEdit()->setText(u"ada"_s);
    dialog.passwordEdit()->setText(u"secret"_s);

    dialog.serverEdit()->setText(u"https://rota.example.org/"_s);
    QVERIFY(warning->isHidden());
    dialog.serverEdit()->setText(u"http://127.0.0.1:8000/"_s);
    QVERIFY(warning->isHidden());

    dialog.serverEdit()->setText(u"http://rota.example.org/"_s);
    QVERIFY(!warning->isHidden());
    QVERIFY(!dialog.checkAndLink());
    QCOMPARE(dialog.errorText(u"allow_insecure"_s), u"Tick this to use a plain http:// address, or use https://."_s);
    dialog.insecureBox()->setChecked(true);
    QVERIFY(dialog.validate().isEmpty());
}

void TestSyncUi::linkAndFirstSyncPullTheDemo()
{
    QVERIFY(startServer());
    QVERIFY(linkThroughDialog());
    QCOMPARE(m_controller->state(), SyncController::State::Idle);
    QCOMPARE(m_controller->link().user, m_server.user());
    QCOMPARE(ServerLink::fromWorkspace(*m_session->workspace()).user, m_server.user());
    // The demo department: 8 clinicians; nothing pulled is queued to go back.
    ClinicianRepository clinicians(*m_session->workspace());
    QCOMPARE(clinicians.count(), 8);
    QVERIFY2(statusText().startsWith(u"Synced "_s), qPrintable(statusText()));
    QVERIFY2(statusText().endsWith(u" — nothing queued"_s), qPrintable(statusText()));
    QCOMPARE(m_controller->log()->rowCount(), 1);
    QCOMPARE(m_controller->log()->index(0, SyncLogModel::PulledColumn).data().toString(), u"146"_s);
    QCOMPARE(m_controller->log()->index(0, SyncLogModel::ErrorsColumn).data().toString(), u"None"_s);

    // A local edit is queued until the next sync sends it.
    SyncView view(m_controller.get(), m_session.get());
    Clinician ada = *clinicians.findByName(u"Dr. Ada Lovelace (Acute)"_s);
    ada.name = u"Dr. Ada King"_s;
    check(clinicians.update(ada));
    m_session->notifyDataChanged();
    QCOMPARE(statusText().section(u" — "_s, 1), u"1 change queued"_s);
    QCOMPARE(view.queueModel()->rowCount(), 1);
    QCOMPARE(view.queueModel()->index(0, SyncQueueModel::TypeColumn).data().toString(), u"Clinician"_s);
    QCOMPARE(view.queueModel()->index(0, SyncQueueModel::RecordColumn).data().toString(), u"Dr. Ada King"_s);
    QCOMPARE(view.queueModel()->index(0, SyncQueueModel::OperationColumn).data().toString(), u"Changed"_s);

    QSignalSpy dataChanged(m_session.get(), &WorkspaceSession::dataChanged);
    m_controller->syncNow();
    QCOMPARE(m_controller->state(), SyncController::State::Syncing);
    QVERIFY(!m_status->cancelButton()->isHidden());
    QVERIFY(QTest::qWaitFor([&] { return settled(*m_controller); }, 120000));
    QCOMPARE(m_controller->state(), SyncController::State::Idle);
    QVERIFY2(statusText().endsWith(u" — nothing queued"_s), qPrintable(statusText()));
    QVERIFY(m_status->cancelButton()->isHidden());
    QCOMPARE(view.queueModel()->rowCount(), 0);
    QVERIFY(dataChanged.count() >= 1);
    QCOMPARE(m_controller->log()->index(0, SyncLogModel::PushedColumn).data().toString(), u"1"_s);

    ServerSession check(m_server.baseUrl(), m_server.user());
    QVERIFY(await(check.login(m_server.password())).ok());
    const QJsonArray onServer = await(check.send("GET", u"api/clinicians/"_s)).json.toArray();
    QVERIFY(std::any_of(onServer.begin(), onServer.end(),
                        [](const QJsonValue &clinician) { return clinician[u"name"_s].toString() == u"Dr. Ada King"_s; }));
}

// Both sides rename Ada, differently: the next sync finds a conflict in her name.
bool TestSyncUi::renameOnBothSides(Clinician *ada)
{
    ClinicianRepository clinicians(*m_session->workspace());
    *ada = *clinicians.findByName(u"Dr. Ada Lovelace (Acute)"_s);
    if (!ada->server_id)
        return false;
    ServerSession other(m_server.baseUrl(), m_server.user());
    if (!await(other.login(m_server.password())).ok()
        || !await(other.send("PATCH", u"api/clinicians/%1/"_s.arg(*ada->server_id), {},
                             QJsonDocument(QJsonObject{{u"name"_s, u"Dr. A. Lovelace"_s}})))
                .ok())
        return false;
    ada->name = u"Dr. Ada King"_s;
    if (!clinicians.update(*ada).ok())
        return false;
    m_session->notifyDataChanged();
    return true;
}

void TestSyncUi::conflictShowsBaseOursAndTheirs()
{
    QVERIFY(startServer());
    QVERIFY(linkThroughDialog());
    ClinicianRepository clinicians(*m_session->workspace());
    Clinician ada;
    QVERIFY(renameOnBothSides(&ada));

    SyncView view(m_controller.get(), m_session.get());
    view.resize(900, 640);
    m_controller->syncNow();
    QVERIFY(QTest::qWaitFor([&] { return settled(*m_controller); }, 120000));
    QCOMPARE(m_controller->state(), SyncController::State::Conflicts);
    QCOMPARE(statusText(), u"1 conflict"_s);

    QCOMPARE(view.conflictModel()->rowCount(), 1);
    QCOMPARE(view.conflictModel()->index(0, SyncConflictModel::TypeColumn).data().toString(), u"Clinician"_s);
    QCOMPARE(view.conflictModel()->index(0, SyncConflictModel::FieldsColumn).data().toString(), u"name"_s);
    QTableWidget *details = view.conflictDetails();
    QVERIFY(details->rowCount() > 1);
    // The conflicting field comes first, marked: last synced, here, on the server.
    QCOMPARE(details->item(0, 0)->text(), u"● name"_s);
    QCOMPARE(details->item(0, 1)->text(), u"Dr. Ada Lovelace (Acute)"_s);
    QCOMPARE(details->item(0, 2)->text(), u"Dr. Ada King"_s);
    QCOMPARE(details->item(0, 3)->text(), u"Dr. A. Lovelace"_s);
    QVERIFY(!view.keepOursButton()->isHidden());

    view.showConflicts();
    view.grab().save(u"/tmp/syncui/syncview-conflict.png"_s);
    QStatusBar bar;
    bar.addWidget(new QLabel(u"conflict.rota — /tmp/conflict.rota"_s), 1);
    bar.addPermanentWidget(new SyncStatusWidget(m_controller.get()));
    bar.resize(700, bar.sizeHint().height());
    bar.grab().save(u"/tmp/syncui/statusbar-conflict.png"_s);

    // Keeping ours ends the conflict and queues the name for the next sync.
    view.keepOursButton()->click();
    QCOMPARE(view.conflictModel()->rowCount(), 0);
    QCOMPARE(m_controller->state(), SyncController::State::Idle);
    QCOMPARE(statusText().section(u" — "_s, 1), u"1 change queued"_s);
    QCOMPARE(clinicians.get(ada.id)->name, u"Dr. Ada King"_s);
}

void TestSyncUi::editingAConflictKeepsWhatWasSaved()
{
    QVERIFY(startServer());
    QVERIFY(linkThroughDialog());
    Clinician ada;
    QVERIFY(renameOnBothSides(&ada));
    SyncView view(m_controller.get(), m_session.get());
    m_controller->syncNow();
    QVERIFY(QTest::qWaitFor([&] { return settled(*m_controller); }, 120000));
    QCOMPARE(view.conflictModel()->rowCount(), 1);
    view.conflictTable()->setCurrentIndex(view.conflictModel()->index(0, 0));
    QVERIFY(!view.editButton()->isHidden());

    // The editor opens on this workspace's record; cancelling changes nothing.
    QString opened;
    view.setDialogRunner([&](QDialog &dialog) {
        auto *name = dialog.findChild<QLineEdit *>(u"name"_s);
        opened = name ? name->text() : QString();
        return false;
    });
    view.editButton()->click();
    QCOMPARE(opened, u"Dr. Ada King"_s);
    QCOMPARE(view.conflictModel()->rowCount(), 1);

    // What is saved there ends the conflict and is queued for the server.
    view.setDialogRunner([](QDialog &dialog) {
        dialog.findChild<QLineEdit *>(u"name"_s)->setText(u"Dr. Ada Byron"_s);
        return true;
    });
    view.editButton()->click();
    QCOMPARE(view.conflictModel()->rowCount(), 0);
    QCOMPARE(ClinicianRepository(*m_session->workspace()).get(ada.id)->name, u"Dr. Ada Byron"_s);
    QCOMPARE(m_controller->state(), SyncController::State::Idle);
    QCOMPARE(statusText().section(u" — "_s, 1), u"1 change queued"_s);

    m_controller->syncNow();
    QVERIFY(QTest::qWaitFor([&] { return settled(*m_controller); }, 120000));
    QCOMPARE(m_controller->state(), SyncController::State::Idle);
    ServerSession other(m_server.baseUrl(), m_server.user());
    QVERIFY(await(other.login(m_server.password())).ok());
    QCOMPARE(await(other.send("GET", u"api/clinicians/%1/"_s.arg(*ada.server_id))).json[u"name"_s].toString(), u"Dr. Ada Byron"_s);
}

void TestSyncUi::wrongPasswordIsAnErrorNamingTheUser()
{
    QVERIFY(startServer());
    check(ServerLink{m_server.baseUrl().toString(), m_server.user()}.saveTo(*m_session->workspace()));
    m_session->notifyDataChanged();
    SyncController controller(m_session.get());
    SyncStatusWidget status(&controller);
    QCOMPARE(controller.state(), SyncController::State::Idle);
    QCOMPARE(status.text(), u"Not synced yet — nothing queued"_s);
    controller.setPasswordPrompt([this](const ServerLink &link, const QString &reason) -> std::optional<QString> {
        m_promptReasons << reason;
        return link.user == m_server.user() ? std::optional<QString>(u"not the password"_s) : std::nullopt;
    });

    controller.syncNow();
    QVERIFY(QTest::qWaitFor([&] { return settled(controller); }, 60000));
    // This sandbox has no keychain: the prompt is asked with the keychain's reason.
    QCOMPARE(m_promptReasons.size(), 1);
    QVERIFY2(m_promptReasons.first().contains(u"keychain"_s), qPrintable(m_promptReasons.first()));
    QVERIFY(!controller.keychainUnavailableReason().isEmpty());
    QCOMPARE(controller.state(), SyncController::State::Error);
    QVERIFY2(controller.message().contains(m_server.user()), qPrintable(controller.message()));
    QCOMPARE(status.text(), u"Sync failed — nothing queued"_s);
    QCOMPARE(status.toolTipText(), controller.message());
    QStatusBar bar;
    bar.addPermanentWidget(new SyncStatusWidget(&controller));
    bar.resize(500, bar.sizeHint().height());
    bar.grab().save(u"/tmp/syncui/statusbar-error.png"_s);

    // The link dialog says why it cannot remember the password.
    ServerLinkDialog dialog(&controller);
    QVERIFY(!dialog.rememberBox()->isEnabled());
    QVERIFY(!dialog.rememberBox()->isChecked());
}

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
