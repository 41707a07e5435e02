#pragma once

#include "calendar/rotafilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <optional>

// What to print of the rota: the view, the days (both included), whose rows, and the paper.
struct PrintOptions
{
    Q_DECLARE_TR_FUNCTIONS(PrintOptions)

public:
    enum class View { Grid, Month, Week, Heatmap };
    // Grid view only: where a new page starts besides the page being full.
    enum class PageBreak { None, Team, Week };

    View view = View::Grid;
    QDate from;
    QDate to;
    RotaFilter filter;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    PageBreak pageBreak = PageBreak::None;
    QPageSize pageSize = QPageSize(QPageSize::A4);

    // The words the command line takes ("grid", "month", "week", "heatmap"; "none", "team", "week").
    static QString viewKey(View view);
    static std::optional<View> viewFromKey(const QString &key);
    static QString pageBreakKey(PageBreak pageBreak);
    static std::optional<PageBreak> pageBreakFromKey(const QString &key);
    static QString orientationKey(QPageLayout::Orientation orientation);
    static std::optional<QPageLayout::Orientation> orientationFromKey(const QString &key);

    // Translated names for dialogs and page headers.
    static QString viewName(View view);
    static QString pageBreakName(PageBreak pageBreak);
};
