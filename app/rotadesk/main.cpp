#include "i18n/translationloader.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"RotaDesk"_s);
    QApplication::setApplicationName(u"RotaDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(ROTADESK_VERSION));
    QApplication::setDesktopFileName(u"org.rotadesk.RotaDesk"_s);
    TranslationLoader::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Rota manager for hospital, on-call and volunteer rotas."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, QApplication::translate("main", "Open a fresh demo workspace (the default when no file is given)."));
    parser.addOption(demo);
    parser.addPositionalArgument(u"file"_s, QApplication::translate("main", "The workspace file (.rota) to open."), u"[FILE.rota]"_s);
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        parser.showHelp(1);

    MainWindow window;
    window.show();
    if (files.isEmpty() || parser.isSet(demo))
        (void)window.openDemo();
    else
        (void)window.openWorkspace(files.constFirst());
    return app.exec();
}
