// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceKind.h"

#include <QCoreApplication>

namespace Vigil {

QString deviceKindId(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::Workstation:
        return QStringLiteral("workstation");
    case DeviceKind::Server:
        return QStringLiteral("server");
    case DeviceKind::Network:
        return QStringLiteral("network");
    case DeviceKind::Printer:
        return QStringLiteral("printer");
    }
    return QStringLiteral("workstation");
}

std::optional<DeviceKind> deviceKindFromId(QStringView id)
{
    for (const DeviceKind kind : allDeviceKinds) {
        if (id.compare(deviceKindId(kind), Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    return std::nullopt;
}

QString deviceKindDisplayName(DeviceKind kind)
{
    switch (kind) {
    case DeviceKind::Workstation:
        return QCoreApplication::translate("Vigil::DeviceKind", "Workstation");
    case DeviceKind::Server:
        return QCoreApplication::translate("Vigil::DeviceKind", "Server");
    case DeviceKind::Network:
        return QCoreApplication::translate("Vigil::DeviceKind", "Network device");
    case DeviceKind::Printer:
        return QCoreApplication::translate("Vigil::DeviceKind", "Printer");
    }
    return {};
}

DeviceKind guessDeviceKind(const QStringList &tags, const QString &os)
{
    for (const QString &tag : tags) {
        if (const auto kind = deviceKindFromId(tag)) {
            return *kind;
        }
    }
    const QString lower = os.toLower();
    if (lower.contains(QLatin1String("windows"))) {
        return lower.contains(QLatin1String("server")) ? DeviceKind::Server : DeviceKind::Workstation;
    }
    if (lower.contains(QLatin1String("macos")) || lower.contains(QLatin1String("mac os"))
        || lower.contains(QLatin1String("darwin"))) {
        return DeviceKind::Workstation;
    }
    static const QStringList networkHints{
        QStringLiteral("routeros"), QStringLiteral("ios-xe"),  QStringLiteral("junos"),  QStringLiteral("pfsense"),
        QStringLiteral("opnsense"), QStringLiteral("openwrt"), QStringLiteral("edgeos"), QStringLiteral("fortios")};
    for (const QString &hint : networkHints) {
        if (lower.contains(hint)) {
            return DeviceKind::Network;
        }
    }
    if (lower.isEmpty()) {
        return DeviceKind::Workstation;
    }
    // Linux and the BSDs under management at an MSP are overwhelmingly servers.
    return DeviceKind::Server;
}

} // namespace Vigil
