// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Vigil {

// Time is injected so that SLA clocks, snoozes, staleness and rules can be tested without sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    static Clock &system();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start);
    QDateTime now() const override;
    void set(QDateTime to);
    void advanceSeconds(qint64 seconds);

private:
    QDateTime m_now;
};

} // namespace Vigil
