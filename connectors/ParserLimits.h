// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Vigil {

// Input limits for one exposition body (ARCHITECTURE.md, "Input limits"). Exceeding one fails the parse with a
// named reason. The body size limit (16 MiB) belongs to the scraper; the parser accepts any size it is given.
struct ParserLimits
{
    qsizetype maxSamples = 50000;
    qsizetype maxLabelsPerSample = 64;
    qsizetype maxLabelValueBytes = 4096;
    qsizetype maxLineBytes = 64 * 1024;
};

} // namespace Vigil
