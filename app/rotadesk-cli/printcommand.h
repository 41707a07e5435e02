#pragma once

#include <QCoreApplication>
#include <QStringList>

// "print FILE --from DATE --to DATE --pdf OUT.pdf [--view grid|month|week] [--team NAME]
// [--orientation portrait|landscape] [--page-break none|team|week]": the printed rota as a PDF,
// without showing a window. Needs a QGuiApplication (main() makes one for this command).
class PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)

public:
    static int run(const QStringList &arguments);
};
