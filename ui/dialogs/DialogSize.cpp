#include "DialogSize.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace DialogSize {

QSize fitted(const QSize& preferred, const QSize& available)
{
    // A title bar and a panel take about 10 % of a 720-line screen.
    const QSize room(available.width() * 96 / 100, available.height() * 88 / 100);
    return preferred.boundedTo(room);
}

void fit(QWidget* dialog, const QSize& preferred)
{
    QScreen* screen = dialog->parentWidget() ? dialog->parentWidget()->screen() : dialog->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    dialog->resize(screen ? fitted(preferred, screen->availableGeometry().size()) : preferred);
}

} // namespace DialogSize
