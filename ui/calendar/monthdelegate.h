#pragma once

#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QStyledItemDelegate>
#include <optional>

// Paints one day of a MonthModel: the day number (and bank holiday), weekend and holiday
// shading, then one line per shift ("[D] Alice Smith", the code on a chip in the type's colour)
// and per clinician on leave, and "+N more" for the lines that do not fit. Only the lines that
// fit are laid out, with cached font metrics, so a month of thousands of shifts paints quickly.
// The same layout maps a point back to its line for clicks and tooltips.
class MonthDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum LineHit { NoLine = -1, MoreLine = -2 };

    struct Layout
    {
        QRect dayNumber;
        QRect holiday;
        QList<QRect> lines; // the first lines of the day that fit, in order
        QRect more;         // "+N more"; empty when every line fits
        int hidden = 0;     // lines not shown
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    Layout layout(const QStyleOptionViewItem &option, int lineCount) const;
    // The index into MonthModel::lines() of the line under `pos`, MoreLine or NoLine.
    int lineAt(const QStyleOptionViewItem &option, const QModelIndex &index, QPoint pos) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    struct Metrics
    {
        QFont font;
        QFont bold;
        QFont small;
        QFontMetrics metrics;
        QFontMetrics smallMetrics;
        int padding = 2;
        int lineHeight = 0;
        mutable QHash<QString, int> advances; // of shift and leave codes
    };
    const Metrics &metricsFor(const QFont &font) const;
    int advance(const Metrics &metrics, const QString &code) const;

    mutable std::optional<Metrics> m_metrics;
};
