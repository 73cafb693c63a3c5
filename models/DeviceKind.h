// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Vigil {

enum class DeviceKind { Workstation, Server, Network, Printer };

inline constexpr std::array<DeviceKind, 4> allDeviceKinds{DeviceKind::Workstation, DeviceKind::Server,
                                                          DeviceKind::Network, DeviceKind::Printer};

QString deviceKindId(DeviceKind kind);
std::optional<DeviceKind> deviceKindFromId(QStringView id);
QString deviceKindDisplayName(DeviceKind kind);

// Import formats rarely say what a device is; a tag naming a kind wins, then the OS string decides.
DeviceKind guessDeviceKind(const QStringList &tags, const QString &os);

} // namespace Vigil
