// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ParserLimits.h"

#include <QtGlobal>

namespace Vigil {

// Input limits for one scrape (ARCHITECTURE.md, "Input limits"). The body limit applies twice: to the bytes on the
// wire and to the body after gzip decompression, so neither a huge body nor a gzip bomb can grow memory past it.
struct ScrapeLimits
{
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    ParserLimits parser;
};

} // namespace Vigil
