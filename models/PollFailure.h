// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Vigil {

// Why a poll failed, as the poller names it: a short stable id ("timeout", "refused", "tls", "http_status",
// "too_large", "parse") and the translated text shown on the device ("parse error at 12:5: expected value").
struct PollFailure
{
    QString reason;
    QString detail;

    friend bool operator==(const PollFailure &, const PollFailure &) = default;
};

} // namespace Vigil
