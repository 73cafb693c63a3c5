// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionLogRecorder.h"

namespace Vigil {

SessionLogRecorder::~SessionLogRecorder() = default;

} // namespace Vigil
