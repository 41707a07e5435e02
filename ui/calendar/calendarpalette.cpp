#include "calendarpalette.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amountOfB, a.greenF() + (b.greenF() - a.greenF()) * amountOfB,
                            a.blueF() + (b.blueF() - a.blueF()) * amountOfB);
}

qreal relativeLuminance(const QColor &colour)
{
    auto channel = [](qreal c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

CalendarPalette::CalendarPalette(const QPalette &base)
    : m_base(base)
{
}

CalendarPalette CalendarPalette::forPrint()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    return CalendarPalette(light);
}

bool CalendarPalette::isDark() const
{
    return m_base.color(QPalette::Base).lightnessF() < 0.5;
}

QList<LeaveRequest::Type> CalendarPalette::leaveTypes()
{
    return {LeaveRequest::Type::Annual,       LeaveRequest::Type::Study, LeaveRequest::Type::Coroners,
            LeaveRequest::Type::RequestedOff, LeaveRequest::Type::Sick,  LeaveRequest::Type::Parental};
}

QBrush CalendarPalette::leaveBrush(LeaveRequest::Type type, bool pending) const
{
    // Okabe-Ito hues, softened towards the background so shift chips on top stay readable.
    QColor hue;
    Qt::BrushStyle style = Qt::SolidPattern;
    switch (type) {
    case LeaveRequest::Type::Annual: hue = QColor(0x56, 0xB4, 0xE9); break;
    case LeaveRequest::Type::Study: hue = QColor(0x00, 0x9E, 0x73); style = Qt::Dense5Pattern; break;
    case LeaveRequest::Type::Coroners: hue = QColor(0xCC, 0x79, 0xA7); style = Qt::Dense4Pattern; break;
    case LeaveRequest::Type::RequestedOff: hue = QColor(0xF0, 0xE4, 0x42); break;
    case LeaveRequest::Type::Sick: hue = QColor(0xD5, 0x5E, 0x00); style = Qt::Dense4Pattern; break;
    case LeaveRequest::Type::Parental: hue = QColor(0x00, 0x72, 0xB2); style = Qt::Dense5Pattern; break;
    }
    const QColor colour = mix(base(), hue, pending ? 0.25 : (isDark() ? 0.45 : 0.55));
    if (pending)
        style = Qt::BDiagPattern == style ? Qt::FDiagPattern : Qt::Dense6Pattern;
    return QBrush(colour, style);
}

QString CalendarPalette::leaveName(LeaveRequest::Type type)
{
    switch (type) {
    case LeaveRequest::Type::Annual: return tr("Annual leave");
    case LeaveRequest::Type::Study: return tr("Study leave");
    case LeaveRequest::Type::Coroners: return tr("Coroner's leave");
    case LeaveRequest::Type::RequestedOff: return tr("Requested off");
    case LeaveRequest::Type::Sick: return tr("Sick leave");
    case LeaveRequest::Type::Parental: return tr("Parental leave");
    }
    return {};
}

QString CalendarPalette::leaveCode(LeaveRequest::Type type)
{
    switch (type) {
    case LeaveRequest::Type::Annual: return tr("AL", "annual leave, short");
    case LeaveRequest::Type::Study: return tr("SL", "study leave, short");
    case LeaveRequest::Type::Coroners: return tr("CL", "coroner's leave, short");
    case LeaveRequest::Type::RequestedOff: return tr("RO", "requested off, short");
    case LeaveRequest::Type::Sick: return tr("SK", "sick leave, short");
    case LeaveRequest::Type::Parental: return tr("PL", "parental leave, short");
    }
    return {};
}

QBrush CalendarPalette::cannotWorkBrush() const
{
    return QBrush(mix(base(), text(), 0.35), Qt::BDiagPattern);
}

QColor CalendarPalette::weekendBackground() const
{
    return mix(base(), text(), isDark() ? 0.10 : 0.06);
}

QColor CalendarPalette::holidayBackground() const
{
    return mix(base(), QColor(0xE6, 0x9F, 0x00), isDark() ? 0.22 : 0.18);
}

QColor CalendarPalette::todayOutline() const
{
    return isDark() ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2);
}

QColor CalendarPalette::belowMinimum() const
{
    return isDark() ? QColor(0xFF, 0x7A, 0x5C) : QColor(0xC0, 0x1E, 0x00);
}

QColor CalendarPalette::coverMet() const
{
    return text();
}

QColor CalendarPalette::gridLine() const
{
    return mix(base(), text(), 0.18);
}

QColor CalendarPalette::textColourOn(const QColor &background)
{
    // Contrast ratios against white (1.05 / (L + 0.05)) and black ((L + 0.05) / 0.05) are equal
    // at L = 0.179.
    return relativeLuminance(background) > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}
