#include "core/storage/storagetestsupport.h"
#include "sync/serverlink.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerLink : public QObject
{
    Q_OBJECT

private slots:
    void validation_data();
    void validation();
    void urlEndsInSlash();
    void savedInTheWorkspaceSettings();
    void invalidLinkWritesNothing();

private:
    QTemporaryDir m_dir;
};

void TestServerLink::validation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("fields");
    QTest::newRow("https") << u"https://rota.example.org/"_s << u"coordinator"_s << QStringList{};
    QTest::newRow("http with port and path") << u"http://127.0.0.1:8000/rota"_s << u"coordinator"_s << QStringList{};
    QTest::newRow("empty") << QString() << QString() << QStringList{u"server_url"_s, u"user"_s};
    QTest::newRow("ftp") << u"ftp://rota.example.org/"_s << u"coordinator"_s << QStringList{u"server_url"_s};
    QTest::newRow("no scheme") << u"rota.example.org"_s << u"coordinator"_s << QStringList{u"server_url"_s};
    QTest::newRow("no host") << u"https:///api/"_s << u"coordinator"_s << QStringList{u"server_url"_s};
    QTest::newRow("password in url") << u"https://coordinator:secret@rota.example.org/"_s << u"coordinator"_s << QStringList{u"server_url"_s};
    QTest::newRow("query") << u"https://rota.example.org/?next=/"_s << u"coordinator"_s << QStringList{u"server_url"_s};
    QTest::newRow("spaces around user") << u"https://rota.example.org/"_s << u" coordinator"_s << QStringList{u"user"_s};
    QTest::newRow("blank user") << u"https://rota.example.org/"_s << u"  "_s << QStringList{u"user"_s};
}

void TestServerLink::validation()
{
    QFETCH(QString, url);
    QFETCH(QString, user);
    QFETCH(QStringList, fields);
    const FieldErrors errors = ServerLink{url, user}.validate();
    QStringList found;
    for (const FieldError &error : errors) {
        found.append(error.field);
        QVERIFY(!error.message.isEmpty());
    }
    QCOMPARE(found, fields);
}

void TestServerLink::urlEndsInSlash()
{
    QCOMPARE((ServerLink{u"https://rota.example.org"_s, u"a"_s}.url()), QUrl(u"https://rota.example.org/"_s));
    QCOMPARE((ServerLink{u" http://127.0.0.1:8000/rota "_s, u"a"_s}.url()), QUrl(u"http://127.0.0.1:8000/rota/"_s));
}

void TestServerLink::savedInTheWorkspaceSettings()
{
    const auto workspace = StorageTest::freshWorkspace(m_dir);
    QVERIFY(workspace);
    QVERIFY(ServerLink::fromWorkspace(*workspace).isEmpty());
    const ServerLink link{u"https://rota.example.org"_s, u"coordinator"_s};
    const StorageError error = link.saveTo(*workspace);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(workspace->setting(u"sync/server_url"_s), u"https://rota.example.org/"_s);
    QCOMPARE(workspace->setting(u"sync/user"_s), u"coordinator"_s);
    QCOMPARE(ServerLink::fromWorkspace(*workspace), (ServerLink{u"https://rota.example.org/"_s, u"coordinator"_s}));

    // These two settings and nothing else about the server: no password anywhere.
    QSqlQuery keys(workspace->database());
    QVERIFY(keys.exec(u"SELECT key FROM settings WHERE key LIKE 'sync/%' ORDER BY key"_s));
    QStringList found;
    while (keys.next())
        found.append(keys.value(0).toString());
    QCOMPARE(found, (QStringList{u"sync/server_url"_s, u"sync/user"_s}));
}

void TestServerLink::invalidLinkWritesNothing()
{
    const auto workspace = StorageTest::freshWorkspace(m_dir);
    QVERIFY(workspace);
    const StorageError error = ServerLink{u"ftp://rota.example.org/"_s, u"coordinator"_s}.saveTo(*workspace);
    QCOMPARE(error.kind, StorageError::Kind::Validation);
    QCOMPARE(error.fieldErrors.size(), 1);
    QCOMPARE(error.fieldErrors.first().field, u"server_url"_s);
    QVERIFY(workspace->setting(u"sync/server_url"_s).isEmpty());
    QVERIFY(workspace->setting(u"sync/user"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestServerLink)
#include "tst_serverlink.moc"
