#pragma once

class QCoreApplication;

// Loads RotaDesk's translation for the user's locale (compiled into the program as
// :/i18n/rotadesk_<lang>.qm) and Qt's own, when they exist; otherwise the English plural forms
// ("1 shift", "2 shifts"), since the sources' text is English.
class TranslationLoader
{
public:
    static void install(QCoreApplication &app);
};
