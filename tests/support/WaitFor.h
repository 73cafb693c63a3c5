// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace VigilTest {

// Runs the event loop in short turns until `done` holds or `ms` have passed; returns whether it holds. For tests
// that drive objects answering through queued signals (sessions on worker threads, servers on loopback).
bool waitFor(const std::function<bool()> &done, int ms = 20000);

} // namespace VigilTest
