#pragma once

#include "printoptions.h"

#include <QCoreApplication>
#include <QString>

class QWidget;
class Workspace;

// The two ways out of the print dialog: the print preview (from which the user prints) and a
// PDF file. Both paint through RotaPrintDocument.
class RotaPrinter
{
    Q_DECLARE_TR_FUNCTIONS(RotaPrinter)

public:
    // Opens a modal QPrintPreviewDialog on the rota; printing from it uses the same pages.
    static void preview(QWidget *parent, const Workspace &workspace, const PrintOptions &options);
    // Writes the PDF to `path` + ".part" and renames it to `path` when complete, so that a failed
    // export leaves no partial file and keeps an existing file as it was. Returns the error
    // (naming the path), or an empty string.
    static QString exportPdf(const Workspace &workspace, const PrintOptions &options, const QString &path);
};
