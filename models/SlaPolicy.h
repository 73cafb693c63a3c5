// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Priority.h"

#include <array>

namespace Vigil {

struct SlaTarget
{
    int responseMinutes = 0;
    int resolutionMinutes = 0;

    friend bool operator==(const SlaTarget &, const SlaTarget &) = default;
};

// First-response and resolution targets per ticket priority, agreed with one client.
class SlaPolicy final
{
public:
    // A common MSP baseline: critical answered within the hour and fixed within the working day.
    static SlaPolicy standard();

    SlaTarget target(Priority priority) const;
    void setTarget(Priority priority, SlaTarget target);

    friend bool operator==(const SlaPolicy &, const SlaPolicy &) = default;

private:
    std::array<SlaTarget, allPriorities.size()> m_targets{};
};

} // namespace Vigil
