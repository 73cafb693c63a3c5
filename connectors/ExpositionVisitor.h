// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExpositionSample.h"

#include <string_view>

namespace Vigil {

// Receives what ExpositionParser reads, in body order. Every view is valid only during the call.
class ExpositionVisitor
{
public:
    virtual ~ExpositionVisitor();

    // A HELP line; `text` has its escapes (\\ and \n, and \" in OpenMetrics) resolved.
    virtual void help(std::string_view family, std::string_view text);
    virtual void type(std::string_view family, MetricType type);
    // An OpenMetrics UNIT line.
    virtual void unit(std::string_view family, std::string_view unit);
    virtual void sample(const ExpositionSample &sample) = 0;

protected:
    ExpositionVisitor() = default;
    ExpositionVisitor(const ExpositionVisitor &) = default;
    ExpositionVisitor &operator=(const ExpositionVisitor &) = default;
};

} // namespace Vigil
