#pragma once

// Dialogs open at their preferred size, shrunk to the screen they open on, so that none runs off a
// 1280x720 projector or a small laptop screen: their buttons stay in view.

#include <QSize>

class QWidget;

namespace DialogSize {

// preferred, bounded by what fits in available with room for the window frame and the desktop's panels.
QSize fitted(const QSize& preferred, const QSize& available);
// Resizes dialog to its preferred size as it fits on its screen.
void fit(QWidget* dialog, const QSize& preferred);

} // namespace DialogSize
