// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

Q_LOGGING_CATEGORY(lcDb, "vigil.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "vigil.import", QtInfoMsg)
