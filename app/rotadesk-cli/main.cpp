#include "commandline.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Printing paints with QPainter and fonts, which need a QGuiApplication; the other commands
// stay free of any window system.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (argc < 2 || std::strcmp(argv[1], "print") != 0)
        return std::make_unique<QCoreApplication>(argc, argv);
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Without a display (a server, a cron job) the default platform plugin would fail to start.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(u"rotadesk-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ROTADESK_VERSION));
    QCoreApplication::setOrganizationName(u"RotaDesk"_s);

    QTranslator translator;
    if (translator.load(QLocale(), u"rotadesk"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    return CommandLine::run(QCoreApplication::arguments().mid(1));
}
