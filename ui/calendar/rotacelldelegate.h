#pragma once

#include <QFont>
#include <QHash>
#include <QPixmap>
#include <QStyledItemDelegate>

class CalendarPalette;
class RotaGridModel;
struct Shift;
struct ShiftType;

// Paints one day of one clinician on the rota grid: weekend, bank holiday and leave shading,
// the cannot-work hatch, one chip per shift in its type's colour (pinned ones with a pin mark,
// cancelled ones struck through, those needing reassignment with a dashed edge), a warning
// corner when a shift has a conflict, a badge when one is offered in an open swap request, and
// today's outline. Reads the cell straight from
// RotaGridModel. Chips are drawn once per look and size and then copied, so a month of 200
// clinicians paints within a frame.
class RotaCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Also the calendar legend's swatch for the mark.
    static void paintSwapBadge(QPainter &painter, const QRect &cell, const CalendarPalette &palette, int fontHeight);

private:
    struct ChipKey
    {
        qint64 typeId;
        int look; // pinned, cancelled, needs reassignment
        int width;
        int height;
        qreal ratio;
        bool operator==(const ChipKey &) const = default;
        friend size_t qHash(const ChipKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.typeId, key.look, key.width, key.height, key.ratio);
        }
    };

    void useFont(const QFont &font) const;
    int chipWidth(const ShiftType *type, const Shift &shift) const;
    const QPixmap &chip(const ShiftType *type, const Shift &shift, QSize size, qreal ratio, const QPalette &palette) const;

    // Caches that follow the view's font; a new font or palette starts them again.
    mutable QFont m_viewFont;
    mutable QFont m_font; // bold, for the codes
    mutable int m_fontHeight = 0;
    mutable int m_padding = 0;
    mutable QHash<qint64, int> m_codeWidths;
    mutable QHash<ChipKey, QPixmap> m_chips;
    mutable qint64 m_paletteKey = -1;
};
