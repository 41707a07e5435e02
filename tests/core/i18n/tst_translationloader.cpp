#include "i18n/translationloader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestTranslationLoader : public QObject
{
    Q_OBJECT

private:
    static QString copied(int count) { return QCoreApplication::translate("GridEdits", "Copy %n shift(s)", nullptr, count); }

    static void removeTranslators()
    {
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

private slots:
    void cleanup()
    {
        removeTranslators();
        QLocale::setDefault(QLocale::c());
    }

    void englishGetsItsPluralForms_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("a language without a translation") << QLocale(QLocale::French, QLocale::France);
    }

    void englishGetsItsPluralForms()
    {
        QFETCH(QLocale, locale);
        QLocale::setDefault(locale);
        QCOMPARE(copied(2), u"Copy 2 shift(s)"_s); // what the sources say, before any translation
        TranslationLoader::install(*QCoreApplication::instance());
        QCOMPARE(copied(1), u"Copy 1 shift"_s);
        QCOMPARE(copied(3), u"Copy 3 shifts"_s);
    }

    void germanGetsGerman()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        TranslationLoader::install(*QCoreApplication::instance());
        QCOMPARE(copied(1), u"1 Schicht kopieren"_s);
        QCOMPARE(copied(3), u"3 Schichten kopieren"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
