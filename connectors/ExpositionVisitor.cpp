// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExpositionVisitor.h"

namespace Vigil {

ExpositionVisitor::~ExpositionVisitor() = default;

void ExpositionVisitor::help(std::string_view, std::string_view)
{
}

void ExpositionVisitor::type(std::string_view, MetricType)
{
}

void ExpositionVisitor::unit(std::string_view, std::string_view)
{
}

} // namespace Vigil
