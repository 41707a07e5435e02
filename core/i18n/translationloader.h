#pragma once

class QCoreApplication;

// Loads RotaDesk's translation for the user's locale (compiled into the program as
// :/i18n/rotadesk_<lang>.qm) and Qt's own, when they exist; English needs none.
class TranslationLoader
{
public:
    static void install(QCoreApplication &app);
};
