// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace VigilFleetSim {

using Label = std::pair<std::string_view, std::string_view>;

// Writes Prometheus text exposition 0.0.4 the way client_golang does: HELP and TYPE per family, label values
// escaped, numbers in Go's shortest %g form (1.060312e+06, 28492, 0.10300000000000001).
class ExpositionWriter final
{
public:
    void family(std::string_view name, std::string_view help, std::string_view type);
    void sample(std::string_view name, double value);
    void sample(std::string_view name, std::initializer_list<Label> labels, double value);
    // For malformed payloads and anything the typed calls cannot express.
    void raw(std::string_view text);

    int sampleCount() const;
    std::string &text();

    static void appendNumber(std::string &out, double value);
    static void appendEscapedLabelValue(std::string &out, std::string_view value);

private:
    std::string m_text;
    int m_samples = 0;
};

} // namespace VigilFleetSim
