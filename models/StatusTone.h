// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace Vigil {

// The colours of good, warning, bad and quiet states, readable on the application's palette: darker shades on a
// light base, lighter ones on a dark base (the system's dark mode). Colour is never the only cue: every state
// also has its word.
enum class StatusTone { Good, Warning, Bad, Quiet };

QColor statusToneColor(StatusTone tone);
// A faint background for a cell in this tone, on the current palette.
QColor statusToneBackground(StatusTone tone);

} // namespace Vigil
