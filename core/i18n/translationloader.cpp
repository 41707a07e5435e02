#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

void TranslationLoader::install(QCoreApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    // Without a translation for the language the text stays English, with its plural forms.
    if (own->load(locale, u"rotadesk"_s, u"_"_s, u":/i18n"_s) || own->load(u":/i18n/rotadesk_en"_s))
        QCoreApplication::installTranslator(own);
}
