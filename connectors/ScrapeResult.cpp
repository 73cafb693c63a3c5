// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScrapeResult.h"

namespace Vigil {

bool ScrapeResult::ok() const
{
    return !failure.isFailure();
}

QString ScrapeResult::failureId() const
{
    return failure.id();
}

QString ScrapeResult::failureText() const
{
    return failure.text();
}

} // namespace Vigil
