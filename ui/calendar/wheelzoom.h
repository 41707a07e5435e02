#pragma once

#include <functional>

class QWheelEvent;

// Ctrl+wheel zooms the rota grid and the heatmap alike: one step a notch of the wheel, positive
// when turned away from the user.
class WheelZoom
{
public:
    // For a Ctrl+wheel event: accepts it, calls `zoom` with the whole steps turned (if any) and
    // returns true. Other wheel events are left to the view (false).
    static bool handle(QWheelEvent *event, const std::function<void(int steps)> &zoom);
};
