#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QWidget;

// Writes what a statistics page shows: its table as CSV, its chart as a PNG image and both
// as a PDF report on A4 landscape. Each writer returns an error message, empty on success, and
// leaves no half-written file behind.
class StatisticsExport
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsExport)

public:
    struct Report
    {
        QString title;    // "Acute Medicine: Staffing forecast"
        QString subtitle; // the period and the time of printing
        QWidget *chart = nullptr;                 // drawn on the first page when set
        const QAbstractItemModel *table = nullptr; // on the pages after it, header on each
    };

    // The model's horizontal header texts.
    static QStringList header(const QAbstractItemModel &model);
    // Every row's cells in `role`, falling back to the display text where the role is empty.
    static QList<QStringList> rows(const QAbstractItemModel &model, int role);

    // The table by RFC 4180 with a header row; cells as StatisticsRoles::ExportRole gives them.
    [[nodiscard]] static QString writeCsv(const QAbstractItemModel &model, const QString &file);
    // The widget drawn at `scale` times its size (sharp on high-resolution screens and print).
    static QImage image(QWidget *chart, qreal scale = 2.0);
    [[nodiscard]] static QString writePng(QWidget *chart, const QString &file);
    [[nodiscard]] static QString writePdf(const Report &report, const QString &file);
};
