#include "printoptions.h"

using namespace Qt::StringLiterals;

QString PrintOptions::viewKey(View view)
{
    switch (view) {
    case View::Grid: return u"grid"_s;
    case View::Month: return u"month"_s;
    case View::Week: return u"week"_s;
    case View::Heatmap: return u"heatmap"_s;
    }
    return {};
}

std::optional<PrintOptions::View> PrintOptions::viewFromKey(const QString &key)
{
    for (View view : {View::Grid, View::Month, View::Week, View::Heatmap}) {
        if (viewKey(view) == key)
            return view;
    }
    return std::nullopt;
}

QString PrintOptions::pageBreakKey(PageBreak pageBreak)
{
    switch (pageBreak) {
    case PageBreak::None: return u"none"_s;
    case PageBreak::Team: return u"team"_s;
    case PageBreak::Week: return u"week"_s;
    }
    return {};
}

std::optional<PrintOptions::PageBreak> PrintOptions::pageBreakFromKey(const QString &key)
{
    for (PageBreak pageBreak : {PageBreak::None, PageBreak::Team, PageBreak::Week}) {
        if (pageBreakKey(pageBreak) == key)
            return pageBreak;
    }
    return std::nullopt;
}

QString PrintOptions::orientationKey(QPageLayout::Orientation orientation)
{
    return orientation == QPageLayout::Portrait ? u"portrait"_s : u"landscape"_s;
}

std::optional<QPageLayout::Orientation> PrintOptions::orientationFromKey(const QString &key)
{
    if (key == u"portrait"_s)
        return QPageLayout::Portrait;
    if (key == u"landscape"_s)
        return QPageLayout::Landscape;
    return std::nullopt;
}

QString PrintOptions::viewName(View view)
{
    switch (view) {
    case View::Grid: return tr("Grid");
    case View::Month: return tr("Month");
    case View::Week: return tr("Week");
    case View::Heatmap: return tr("Availability heatmap");
    }
    return {};
}

QString PrintOptions::pageBreakName(PageBreak pageBreak)
{
    switch (pageBreak) {
    case PageBreak::None: return tr("Only when a page is full");
    case PageBreak::Team: return tr("Each team on a new page");
    case PageBreak::Week: return tr("Each week on a new page");
    }
    return {};
}
