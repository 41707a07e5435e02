#include "wheelzoom.h"

#include <QWheelEvent>

bool WheelZoom::handle(QWheelEvent *event, const std::function<void(int steps)> &zoom)
{
    if (!(event->modifiers() & Qt::ControlModifier))
        return false;
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        zoom(steps);
    event->accept();
    return true;
}
