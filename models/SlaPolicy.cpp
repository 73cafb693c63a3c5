// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlaPolicy.h"

#include <cstddef>

namespace Vigil {

SlaPolicy SlaPolicy::standard()
{
    SlaPolicy policy;
    policy.setTarget(Priority::Critical, {60, 8 * 60});
    policy.setTarget(Priority::High, {4 * 60, 2 * 8 * 60});
    policy.setTarget(Priority::Normal, {8 * 60, 5 * 8 * 60});
    policy.setTarget(Priority::Low, {2 * 8 * 60, 10 * 8 * 60});
    return policy;
}

SlaTarget SlaPolicy::target(Priority priority) const
{
    return m_targets[static_cast<std::size_t>(priority)];
}

void SlaPolicy::setTarget(Priority priority, SlaTarget target)
{
    m_targets[static_cast<std::size_t>(priority)] = target;
}

} // namespace Vigil
