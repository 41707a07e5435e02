#include "commandline.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"rotadesk-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ROTADESK_VERSION));
    QCoreApplication::setOrganizationName(u"RotaDesk"_s);

    QTranslator translator;
    if (translator.load(QLocale(), u"rotadesk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    return CommandLine::run(QCoreApplication::arguments().mid(1));
}
