// The dependency direction is app -> ui -> core: core must build without Qt Widgets, and ui
// must not reach the database or the network directly.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList offendingLines(const QString &folder, const QRegularExpression &pattern)
{
    QStringList found;
    QDirIterator it(QStringLiteral(ROTADESK_SOURCE_DIR) + u'/' + folder, {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        int number = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++number;
            if (pattern.match(line).hasMatch())
                found << u"%1:%2: %3"_s.arg(path).arg(number).arg(line.trimmed());
        }
    }
    return found;
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void coreHasNoWidgets()
    {
        const QRegularExpression widgets(u"#\\s*include\\s*[<\"](QtWidgets/|QtPrintSupport/|Q(Widget|MainWindow|Dialog|"
                                         "MessageBox|Application|AbstractItemView|TableView|ListView|PushButton|Label)[>\"])"_s);
        const QStringList found = offendingLines(u"core"_s, widgets);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void uiOpensNoDatabaseOrSocket()
    {
        const QRegularExpression direct(u"#\\s*include\\s*[<\"](QSql|QtSql/|sqlite3\\.h|QTcpSocket|QNetworkAccessManager)"_s);
        const QStringList found = offendingLines(u"ui"_s, direct);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
