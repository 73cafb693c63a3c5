// SPDX-License-Identifier: GPL-3.0-or-later
#include "WaitFor.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace VigilTest {

bool waitFor(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

} // namespace VigilTest
