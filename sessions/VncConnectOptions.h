// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace Vigil {

struct VncConnectOptions
{
    // For the TCP connect and for each read of the handshake or of a message already begun.
    std::chrono::milliseconds timeout{10'000};
    // Tight's JPEG saves bandwidth on slow links but changes pixels; off by default so a capture is exact.
    bool lossyEncoding = false;
    bool viewOnly = false;
};

} // namespace Vigil
