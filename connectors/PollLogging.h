// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace Vigil {

// "vigil.poll": scraping and polling. Never log a secret (tokens, passwords) or an Authorization header.
Q_DECLARE_LOGGING_CATEGORY(lcPoll)

} // namespace Vigil
