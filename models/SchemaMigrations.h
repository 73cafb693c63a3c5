// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Migration.h"

namespace Vigil {

// Vigil's schema history. Append new migrations; never edit one that has shipped.
const QList<Migration> &schemaMigrations();
int latestSchemaVersion();

} // namespace Vigil
