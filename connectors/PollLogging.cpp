// SPDX-License-Identifier: GPL-3.0-or-later
#include "PollLogging.h"

namespace Vigil {

Q_LOGGING_CATEGORY(lcPoll, "vigil.poll", QtInfoMsg)

} // namespace Vigil
