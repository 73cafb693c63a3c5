// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Vigil {

// What the endpoint says it runs. Empty fields were not reported.
struct OsInfo
{
    QString name;       // "Debian GNU/Linux", "Windows"
    QString version;    // "12", "10.0.20348"
    QString prettyName; // "Debian GNU/Linux 12 (bookworm)", "Microsoft Windows Server 2022 Standard"
    QString hostname;   // node_uname_info nodename, windows_cs_hostname hostname
    QString kernel;     // "6.1.0-18-amd64"; Windows: the build ("10.0.20348.2340" when the revision is known)

    friend bool operator==(const OsInfo &, const OsInfo &) = default;
};

} // namespace Vigil
