#include "sync/credentialstore.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Waits for the store's answer; the deadline only guards against a hang.
template<typename Start>
std::optional<CredentialResult> answer(Start start)
{
    std::optional<CredentialResult> result;
    QObject context;
    start(&context, [&result](const CredentialResult &answer) { result = answer; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
        return std::nullopt;
    return result;
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyPerServerAndUser();
    void noKeychainIsUnavailableWithItsReason();

private:
    QTemporaryDir m_home;
    const ServerLink m_link{u"https://rota.example.org"_s, u"coordinator"_s};
};

void TestCredentialStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    // No session bus and a home of its own: no keychain can be reached, and any file written
    // in place of one would land where the test looks.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(m_home.filePath(u"no-bus"_s)));
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR"})
        qputenv(variable, QFile::encodeName(m_home.path()));
}

void TestCredentialStore::keyPerServerAndUser()
{
    QCOMPARE(CredentialStore::serviceName(), u"RotaDesk"_s);
    QCOMPARE(CredentialStore::keyFor(m_link), u"coordinator@https://rota.example.org/"_s);
}

void TestCredentialStore::noKeychainIsUnavailableWithItsReason()
{
    const auto written = answer([this](QObject *context, const CredentialStore::Done &done) {
        CredentialStore::writePassword(m_link, u"secret-password"_s, context, done);
    });
    QVERIFY(written);
    QCOMPARE(written->status, CredentialResult::Status::Unavailable);
    QVERIFY(!written->reason.isEmpty());
    QVERIFY2(written->message.contains(written->reason), qPrintable(written->message));

    const auto read = answer([this](QObject *context, const CredentialStore::Done &done) {
        CredentialStore::readPassword(m_link, context, done);
    });
    QVERIFY(read);
    QCOMPARE(read->status, CredentialResult::Status::Unavailable);
    QVERIFY(read->password.isEmpty());

    const auto removed = answer([this](QObject *context, const CredentialStore::Done &done) {
        CredentialStore::deletePassword(m_link, context, done);
    });
    QVERIFY(removed);
    QCOMPARE(removed->status, CredentialResult::Status::Unavailable);

    // Nothing was kept in a file instead.
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList found;
    while (files.hasNext())
        found.append(files.next());
    QCOMPARE(found, QStringList{});
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
