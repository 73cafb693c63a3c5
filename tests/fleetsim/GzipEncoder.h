// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace VigilFleetSim {

// gzip framing (RFC 1952), which is what Content-Encoding: gzip means; qCompress would give zlib framing.
class GzipEncoder final
{
public:
    static bool encode(std::string_view input, std::string &output);
};

} // namespace VigilFleetSim
