#pragma once

#include <functional>

class QWidget;

namespace textdesk::ui {

// Runs `work` once, on a later pass of the event loop than the one in which `widget` first
// paints: for what a window can show a moment later (counts, lists that grow with the
// workspace), so that start-up costs the same at any size.
void afterFirstPaint(QWidget *widget, std::function<void()> work);

} // namespace textdesk::ui
