// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace VigilTest {

// Where the build put a program of ours (vigil-cli, vigil-fleetsim, …); fails the test if it is not there.
QString builtProgram(const QString &name);
QString sourcePath(const QString &relative);
// ../shared/fixtures/<relative>, next to the checkout.
QString sharedFixture(const QString &relative);
// A port on 127.0.0.1 that nothing listened on a moment ago.
quint16 freeLoopbackPort();

} // namespace VigilTest
