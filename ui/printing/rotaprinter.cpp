#include "rotaprinter.h"

#include "heatmapprintdocument.h"
#include "rotaprintdocument.h"
#include "storage/workspace.h"

#include <QFile>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace {

template<typename Document>
QString documentTitle(const Document &document, const QString &workspaceName)
{
    return RotaPrinter::tr("%1 rota, %2 to %3", "workspace, first and last day")
        .arg(workspaceName, document.options().from.toString(Qt::ISODate), document.options().to.toString(Qt::ISODate));
}

template<typename Document>
void previewDocument(Document &document, QWidget *parent, const Workspace &workspace)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(document.pageLayout());
    printer.setDocName(documentTitle(document, workspace.name()));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(RotaPrinter::tr("Print Preview"));
    QString lastError;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        QString error;
        // The preview repaints on every zoom or page setup change; one message is enough.
        if (!document.print(*target, &error) && error != lastError) {
            lastError = error;
            QMessageBox::warning(&dialog, RotaPrinter::tr("Print"), RotaPrinter::tr("The rota cannot be printed: %1").arg(error));
        }
    });
    dialog.exec();
}

template<typename Document>
QString writePdf(Document &document, const Workspace &workspace, const QString &path)
{
    if (!document.loadError().isEmpty())
        return RotaPrinter::tr("%1 was not written: %2").arg(path, document.loadError());
    const QString partial = path + u".part"_s;
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return RotaPrinter::tr("%1 cannot be written: %2").arg(path, file.errorString());
    QString error;
    bool ok = false;
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(document.pageLayout());
        writer.setTitle(documentTitle(document, workspace.name()));
        writer.setCreator(u"RotaDesk"_s);
        ok = document.print(writer, &error);
    }
    if (ok && !file.flush())
        error = file.errorString();
    file.close();
    if (ok && file.error() != QFile::NoError) {
        ok = false;
        error = file.errorString();
    }
    if (!ok) {
        QFile::remove(partial);
        return RotaPrinter::tr("%1 cannot be written: %2").arg(path, error);
    }
    // std::filesystem::rename replaces an existing file in one step, unlike QFile::rename.
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(partial.toStdU16String()), std::filesystem::path(path.toStdU16String()),
                            renameError);
    if (renameError) {
        QFile::remove(partial);
        return RotaPrinter::tr("%1 cannot be written: %2").arg(path, QString::fromStdString(renameError.message()));
    }
    return {};
}

} // namespace

void RotaPrinter::preview(QWidget *parent, const Workspace &workspace, const PrintOptions &options)
{
    if (options.view == PrintOptions::View::Heatmap) {
        HeatmapPrintDocument document(workspace, options);
        previewDocument(document, parent, workspace);
        return;
    }
    RotaPrintDocument document(workspace, options);
    previewDocument(document, parent, workspace);
}

QString RotaPrinter::exportPdf(const Workspace &workspace, const PrintOptions &options, const QString &path)
{
    if (options.view == PrintOptions::View::Heatmap) {
        HeatmapPrintDocument document(workspace, options);
        return writePdf(document, workspace, path);
    }
    RotaPrintDocument document(workspace, options);
    return writePdf(document, workspace, path);
}
