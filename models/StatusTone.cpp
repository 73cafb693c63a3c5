// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusTone.h"

#include <QGuiApplication>
#include <QPalette>

namespace Vigil {

namespace {

bool darkPalette()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return false;
    }
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

} // namespace

QColor statusToneColor(StatusTone tone)
{
    const bool dark = darkPalette();
    switch (tone) {
    case StatusTone::Good:
        return dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1e, 0x7d, 0x32);
    case StatusTone::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0x9a, 0x5b, 0x00);
    case StatusTone::Bad:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    case StatusTone::Quiet:
        break;
    }
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    }
    return QColor(0x75, 0x75, 0x75);
}

QColor statusToneBackground(StatusTone tone)
{
    QColor color = statusToneColor(tone);
    color.setAlpha(darkPalette() ? 60 : 36);
    return color;
}

} // namespace Vigil
