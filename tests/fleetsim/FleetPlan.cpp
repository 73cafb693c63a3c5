// SPDX-License-Identifier: GPL-3.0-or-later
#include "FleetPlan.h"

#include "DeterministicRandom.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>
#include <string_view>

namespace VigilFleetSim {

namespace {

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
constexpr double kGB = 1e9;
constexpr double kHour = 3600.0;
constexpr double kDay = 86400.0;

constexpr std::array kClientFirst = {
    "Harbor",     "Kessler & Sons", "Bright Path",  "Cedar Ridge", "Northwind",      "Maple Street", "Alder",
    "Blue Heron", "Summit",         "Riverside",    "Oakhurst",    "Lindqvist",      "Brennan",      "Pacheco",
    "Whitfield",  "Greenway",       "Ironwood",     "Lakeshore",   "Meridian",       "Parkside",     "Redstone",
    "Silverline", "Stonebridge",    "Willow Creek", "Fairview",    "Hollis & Grant", "Marlowe",      "Okafor",
    "Castellano", "Duarte",         "Evergreen",    "Foxglove",    "Granite",        "Hartley",      "Juniper",
    "Keystone",   "Larkspur",       "Mistral",      "Novak",       "Orchard",        "Pinecrest",    "Quarry Lane",
    "Rosewood",   "Sable",          "Thornton",     "Upland",      "Vantage",        "Westbrook",    "Yarrow",
    "Zeller"};

constexpr std::array kClientTrade = {"Dental",
                                     "Logistics",
                                     "Law Group",
                                     "Veterinary Clinic",
                                     "Accounting",
                                     "Architects",
                                     "Family Practice",
                                     "Realty",
                                     "Construction",
                                     "Physiotherapy",
                                     "Insurance",
                                     "Engineering",
                                     "Pharmacy",
                                     "Auto Repair",
                                     "Optometry",
                                     "Bakery",
                                     "Property Management",
                                     "Financial Advisors",
                                     "Chiropractic",
                                     "Printing",
                                     "Landscaping",
                                     "Plumbing",
                                     "Surveyors",
                                     "Orthodontics",
                                     "Consulting",
                                     "Hotel",
                                     "Brewing Co",
                                     "Medical Imaging",
                                     "Tax Services",
                                     "Design Studio"};

constexpr std::array kCities = {"Portland", "Eastgate",  "Riverside",  "Millbrook", "Harborview", "Westfield",
                                "Oak Park", "Brookside", "Lakeview",   "Hillcrest", "Fairmont",   "Greenville",
                                "Ashford",  "Bayside",   "Clearwater", "Kingsbury", "Northgate",  "Southport"};

constexpr std::array kFirstSiteSuffix = {" HQ", " Main Office", " Head Office"};
constexpr std::array kOtherSiteSuffix = {" Branch", " Warehouse", " Clinic", " Satellite Office", " Depot"};

constexpr std::array kWorkstationRoles = {"RECEPTION", "FRONTDESK", "MANAGER", "ACCT01",  "ACCT02",  "OPS01",
                                          "OPS02",     "LAB01",     "ADMIN01", "BILLING", "SCHED01", "SALES01",
                                          "SALES02",   "DESIGN01",  "CAD01",   "HR01",    "PAYROLL", "DISPATCH"};
constexpr std::array kPeople = {"JSMITH",  "MNGUYEN", "AKOWALSKI", "RPATEL",  "LGARCIA", "TOBRIEN", "SMULLER",
                                "KTANAKA", "DROSSI",  "ELARSEN",   "BOKAFOR", "CWEBER",  "HSILVA",  "PDUBOIS"};
constexpr std::array kWindowsServerRoles = {"DC", "FS", "SQL", "APP", "RDS", "HV", "PRT"};
constexpr std::array kLinuxServerRoles = {"WEB", "DB", "NAS", "MON", "APP", "PBX", "BK", "VPN", "FILES"};

constexpr std::array kWindowsServicesCommon = {"BITS",
                                               "CryptSvc",
                                               "Dhcp",
                                               "Dnscache",
                                               "EventLog",
                                               "LanmanServer",
                                               "LanmanWorkstation",
                                               "mpssvc",
                                               "RpcSs",
                                               "SamSs",
                                               "Schedule",
                                               "Spooler",
                                               "TermService",
                                               "TrustedInstaller",
                                               "UsoSvc",
                                               "VSS",
                                               "W32Time",
                                               "WinDefend",
                                               "WinRM",
                                               "windows_exporter",
                                               "wuauserv",
                                               "wscsvc",
                                               "Netlogon",
                                               "ProfSvc",
                                               "Themes",
                                               "AudioSrv",
                                               "SecurityHealthService",
                                               "Sense",
                                               "ScreenConnect Client (7f3a1c9e2b4d6a80)",
                                               "AteraAgent",
                                               "ResticBackup"};
constexpr std::array kWindowsServicesDc = {"NTDS", "DNS", "DFSR", "Kdc", "IsmServ", "Netlogon", "ADWS"};
constexpr std::array kWindowsServicesSql = {"MSSQLSERVER", "SQLSERVERAGENT", "SQLWriter", "SQLBrowser"};
constexpr std::array kWindowsServicesHv = {"vmms", "vmcompute", "VeeamBackupSvc", "VeeamTransportSvc"};

constexpr std::array kLinuxUnitsCommon = {"ssh.service",
                                          "cron.service",
                                          "rsyslog.service",
                                          "systemd-journald.service",
                                          "systemd-logind.service",
                                          "systemd-networkd.service",
                                          "systemd-resolved.service",
                                          "systemd-timesyncd.service",
                                          "prometheus-node-exporter.service",
                                          "unattended-upgrades.service",
                                          "dbus.service",
                                          "getty@tty1.service",
                                          "fail2ban.service",
                                          "apt-daily.timer",
                                          "apt-daily-upgrade.timer",
                                          "logrotate.timer",
                                          "restic-backup.timer",
                                          "smartmontools.service",
                                          "chrony.service",
                                          "polkit.service",
                                          "networking.service",
                                          "systemd-udevd.service",
                                          "e2scrub_all.timer",
                                          "fstrim.timer",
                                          "man-db.timer",
                                          "postfix.service",
                                          "zabbix-agent.service",
                                          "containerd.service",
                                          "docker.service",
                                          "nginx.service",
                                          "postgresql@15-main.service",
                                          "smbd.service",
                                          "nmbd.service",
                                          "asterisk.service",
                                          "wg-quick@wg0.service",
                                          "grafana-server.service"};

struct LinuxRelease
{
    const char *label;
    const char *exporter;
    const char *go;
    const char *id;
    const char *name;
    const char *pretty;
    const char *version;
    const char *versionId;
    const char *codename;
    const char *kernelFormat; // %d gets a patch number
    int kernelLow;
    int kernelHigh;
};

constexpr std::array kLinuxReleases = {
    LinuxRelease{"Debian 12", "1.5.0", "go1.19.8", "debian", "Debian GNU/Linux", "Debian GNU/Linux 12 (bookworm)",
                 "12 (bookworm)", "12", "bookworm", "6.1.0-%d-amd64", 18, 28},
    LinuxRelease{"Debian 11", "1.3.1", "go1.15.15", "debian", "Debian GNU/Linux", "Debian GNU/Linux 11 (bullseye)",
                 "11 (bullseye)", "11", "bullseye", "5.10.0-%d-amd64", 21, 32},
    LinuxRelease{"Ubuntu 22.04", "1.3.1", "go1.17.3", "ubuntu", "Ubuntu", "Ubuntu 22.04.4 LTS",
                 "22.04.4 LTS (Jammy Jellyfish)", "22.04", "jammy", "5.15.0-%d-generic", 91, 122},
    LinuxRelease{"Ubuntu 24.04", "1.7.0", "go1.22.2", "ubuntu", "Ubuntu", "Ubuntu 24.04.1 LTS",
                 "24.04.1 LTS (Noble Numbat)", "24.04", "noble", "6.8.0-%d-generic", 31, 51},
};

struct WindowsRelease
{
    const char *label;
    const char *product;
    const char *build;
    const char *installationType;
    int revisionLow;
    int revisionHigh;
    bool server;
};

constexpr std::array kWindowsReleases = {
    WindowsRelease{"Windows 10 Pro", "Windows 10 Pro", "19045", "Client", 4412, 5011, false},
    WindowsRelease{"Windows 11 Pro", "Windows 11 Pro", "22631", "Client", 3296, 4460, false},
    WindowsRelease{"Windows Server 2019", "Windows Server 2019 Standard", "17763", "Server", 5820, 6414, true},
    WindowsRelease{"Windows Server 2022", "Windows Server 2022 Standard", "20348", "Server", 2402, 2849, true},
};

struct WindowsExporter
{
    const char *version;
    const char *go;
    bool newNames;
};

constexpr std::array kWindowsExporters = {
    WindowsExporter{"0.20.0", "go1.17.8", false}, WindowsExporter{"0.24.0", "go1.21.0", false},
    WindowsExporter{"0.25.1", "go1.21.5", false}, WindowsExporter{"0.29.2", "go1.23.2", true},
    WindowsExporter{"0.30.4", "go1.23.4", true}};

template<typename Array>
const char *pick(DeterministicRandom &rng, const Array &array)
{
    return array[rng.index(array.size())];
}

std::string format(const char *pattern, int value)
{
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, pattern, value);
    return buffer;
}

std::string initials(std::string_view name)
{
    std::string result;
    std::size_t pos = 0;
    while (pos < name.size()) {
        const std::size_t end = std::min(name.find(' ', pos), name.size());
        const std::string_view word = name.substr(pos, end - pos);
        if (!word.empty() && std::isupper(static_cast<unsigned char>(word.front())) && word != "Co") {
            result += word.front();
        }
        pos = end + 1;
    }
    return result;
}

std::string domainFor(std::string_view name)
{
    std::string result;
    for (const char c : name) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            result += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    return result + ".local";
}

std::string macAddress(DeterministicRandom &rng, bool virtualNic)
{
    char buffer[32];
    // Locally administered for VMs (Proxmox, Hyper-V style), an Intel OUI for hardware.
    const unsigned a = virtualNic ? 0x02u : 0x3cu;
    const unsigned b = virtualNic ? 0x15u : 0xecu;
    const unsigned c = virtualNic ? 0x5du : 0xefu;
    std::snprintf(buffer, sizeof buffer, "%02x:%02x:%02x:%02x:%02x:%02x", a, b, c,
                  static_cast<unsigned>(rng.range(0, 255)), static_cast<unsigned>(rng.range(0, 255)),
                  static_cast<unsigned>(rng.range(0, 255)));
    return buffer;
}

std::string serialNumber(DeterministicRandom &rng, const char *prefix)
{
    static constexpr std::string_view alphabet = "0123456789ABCDEFGHJKLMNPRSTVWXYZ";
    std::string result = prefix;
    for (int i = 0; i < 10; ++i) {
        result += alphabet[rng.index(alphabet.size())];
    }
    return result;
}

// Spread deviceCount over clientCount, 5–15 each when the numbers allow it, deterministic for the generator.
std::vector<int> clientSizes(DeterministicRandom &rng, int deviceCount, int clientCount)
{
    std::vector<int> sizes(static_cast<std::size_t>(clientCount), 0);
    const int low = std::min(5, deviceCount / clientCount);
    const int high = std::max(15, (deviceCount + clientCount - 1) / clientCount);
    for (int &size : sizes) {
        size = low;
    }
    int remaining = deviceCount - low * clientCount;
    while (remaining > 0) {
        const std::size_t i = rng.index(sizes.size());
        if (sizes[i] < high) {
            ++sizes[i];
            --remaining;
        }
    }
    return sizes;
}

std::string uniqueName(std::set<std::string> &used, const std::string &candidate)
{
    if (used.insert(candidate).second) {
        return candidate;
    }
    for (int n = 2;; ++n) {
        std::string numbered = candidate + std::to_string(n);
        if (used.insert(numbered).second) {
            return numbered;
        }
    }
}

void addLinuxHardware(DeviceSpec &device, DeterministicRandom &rng)
{
    const bool server = device.kind == "server";
    const bool embedded = device.kind == "network" || device.kind == "printer";
    const bool virtualMachine = server && rng.chance(0.5);
    if (embedded) {
        device.cpus = rng.chance(0.5) ? 2 : 4;
        device.memTotalBytes = (rng.chance(0.5) ? 0.5 : 1.0) * kGiB;
    } else if (server) {
        static constexpr std::array cpus = {2, 4, 4, 8, 8, 16};
        static constexpr std::array mem = {4.0, 8.0, 16.0, 16.0, 32.0, 64.0};
        device.cpus = cpus[rng.index(cpus.size())];
        device.memTotalBytes = mem[rng.index(mem.size())] * kGiB * 0.985;
    } else {
        static constexpr std::array cpus = {4, 8, 8, 12, 16};
        device.cpus = cpus[rng.index(cpus.size())];
        device.memTotalBytes = (rng.chance(0.5) ? 16.0 : 8.0) * kGiB * 0.975;
    }
    device.swapTotalBytes = embedded ? 0 : (rng.chance(0.6) ? 2.0 * kGiB : 0.975 * kGiB);

    std::string rootDevice;
    if (embedded) {
        device.disks.push_back({"mmcblk0", "SD  SC32G", serialNumber(rng, "0x"), 2e3, 8e3});
        rootDevice = "/dev/mmcblk0p2";
    } else if (virtualMachine) {
        device.disks.push_back({"vda", "", "", rng.uniform(5e3, 4e5), rng.uniform(2e4, 9e5)});
        rootDevice = "/dev/vda1";
        if (rng.chance(0.4)) {
            device.disks.push_back({"vdb", "", "", rng.uniform(5e3, 2e6), rng.uniform(1e4, 2e6)});
        }
    } else if (server) {
        static constexpr std::array models = {"ST4000NM000A-2HZ100", "WDC WD40EFZX-68AWUN0",
                                              "SAMSUNG MZ7LH960HAJR-00005", "INTEL SSDSC2KB960G8",
                                              "TOSHIBA MG04ACA400E"};
        device.disks.push_back(
            {"sda", pick(rng, models), serialNumber(rng, "S"), rng.uniform(1e4, 6e5), rng.uniform(4e4, 1.2e6)});
        device.disks.push_back(
            {"sdb", pick(rng, models), serialNumber(rng, "Z"), rng.uniform(1e4, 2e6), rng.uniform(1e4, 2e6)});
        device.disks.push_back({"dm-0", "", "", rng.uniform(1e4, 4e5), rng.uniform(4e4, 1e6)});
        device.disks.push_back({"dm-1", "", "", 0, 1});
        rootDevice = "/dev/mapper/vg0-root";
    } else {
        static constexpr std::array models = {"Samsung SSD 980 PRO 1TB", "WD_BLACK SN770 1TB", "KINGSTON SNV2S500G",
                                              "SAMSUNG MZVL2512HCJQ-00B00"};
        device.disks.push_back(
            {"nvme0n1", pick(rng, models), serialNumber(rng, "S6"), rng.uniform(2e4, 8e5), rng.uniform(2e4, 6e5)});
        rootDevice = "/dev/nvme0n1p2";
    }

    const double rootSize = embedded ? rng.uniform(6, 28) * kGB : rng.uniform(40, 480) * kGB;
    device.volumes.push_back({rootDevice, embedded ? "ext4" : (rng.chance(0.8) ? "ext4" : "xfs"), "/", rootSize,
                              rng.uniform(0.18, 0.62), false});
    if (!embedded) {
        const std::string efi = virtualMachine ? "/dev/vda15" : (server ? "/dev/sda1" : "/dev/nvme0n1p1");
        device.volumes.push_back({efi, "vfat", "/boot/efi", 536858624, rng.uniform(0.01, 0.03), false});
    }
    if (server && rng.chance(0.6)) {
        static constexpr std::array mounts = {"/srv", "/var/lib/postgresql", "/backup", "/data"};
        const std::string dev = virtualMachine ? std::string("/dev/vdb1") : std::string("/dev/mapper/vg0-data");
        device.volumes.push_back({dev, rng.chance(0.5) ? "xfs" : "ext4", pick(rng, mounts),
                                  rng.uniform(500, 8000) * kGB, rng.uniform(0.2, 0.68), false});
    }
    // node_exporter keeps these tmpfs mounts by default; consumers have to skip them.
    device.volumes.push_back({"tmpfs", "tmpfs", "/run", device.memTotalBytes / 10.0, rng.uniform(0.001, 0.02), true});
    device.volumes.push_back({"tmpfs", "tmpfs", "/run/lock", 5242880, 0, true});
    if (!embedded) {
        device.volumes.push_back(
            {"tmpfs", "tmpfs", "/run/user/1000", device.memTotalBytes / 10.0, rng.uniform(0, 0.001), true});
    }

    static constexpr std::array physicalNics = {"eno1", "enp3s0", "enp0s31f6", "eth0"};
    const char *nic = virtualMachine ? (rng.chance(0.5) ? "ens18" : "eth0") : pick(rng, physicalNics);
    device.nics.push_back({nic, macAddress(rng, virtualMachine), true, rng.uniform(2e3, 2e6), rng.uniform(1e3, 1.5e6),
                           embedded ? 125000000.0 : 125000000.0 * (server ? 10.0 : 1.0)});
    if (!server && !embedded && rng.chance(0.4)) {
        device.nics.push_back(
            {"wlp2s0", macAddress(rng, false), rng.chance(0.3), rng.uniform(1e2, 5e4), rng.uniform(1e2, 2e4), -125000});
    }
    if (server && rng.chance(0.35)) {
        device.nics.push_back(
            {"docker0", macAddress(rng, true), true, rng.uniform(1e2, 1e5), rng.uniform(1e2, 1e5), -125000});
    }
    if (embedded) {
        device.nics.push_back(
            {"br-lan", macAddress(rng, true), true, rng.uniform(1e3, 5e5), rng.uniform(1e3, 5e5), -125000});
    }

    std::vector<std::string> units(kLinuxUnitsCommon.begin(), kLinuxUnitsCommon.end());
    const int unitCount = embedded ? 8 : rng.range(server ? 22 : 14, server ? 36 : 24);
    for (int i = 0; i < unitCount && !units.empty(); ++i) {
        const std::size_t at = i < 6 ? 0 : rng.index(units.size());
        device.services.push_back(units[at]);
        units.erase(units.begin() + static_cast<std::ptrdiff_t>(at));
    }
    std::sort(device.services.begin(), device.services.end());
}

void addWindowsHardware(DeviceSpec &device, DeterministicRandom &rng, const std::string &role)
{
    const bool server = device.kind == "server";
    static constexpr std::array wsCpus = {4, 4, 6, 8, 8, 12, 16};
    static constexpr std::array srvCpus = {4, 8, 8, 16, 24};
    device.cpus = server ? srvCpus[rng.index(srvCpus.size())] : wsCpus[rng.index(wsCpus.size())];
    static constexpr std::array wsMem = {8.0, 16.0, 16.0, 32.0};
    static constexpr std::array srvMem = {16.0, 32.0, 32.0, 64.0, 128.0};
    device.memTotalBytes = (server ? srvMem[rng.index(srvMem.size())] : wsMem[rng.index(wsMem.size())]) * kGiB;
    device.swapTotalBytes = device.memTotalBytes / 4.0;

    device.volumes.push_back({"C:", "NTFS", "C:", (server ? rng.uniform(120, 500) : rng.uniform(230, 1000)) * kGB,
                              rng.uniform(0.25, 0.66), false});
    if (server && role != "DC") {
        device.volumes.push_back({"D:", "NTFS", "D:", rng.uniform(1000, 6000) * kGB, rng.uniform(0.3, 0.68), false});
    }
    const bool virtualMachine = server && rng.chance(0.5);
    device.disks.push_back({"0", virtualMachine ? "Msft Virtual Disk" : "Samsung SSD 870 EVO 1TB",
                            serialNumber(rng, "S"), rng.uniform(1e4, 5e5), rng.uniform(2e4, 9e5)});
    if (device.volumes.size() > 1) {
        device.disks.push_back({"1", virtualMachine ? "Msft Virtual Disk" : "WDC WD4003FRYZ-01F0DB0",
                                serialNumber(rng, "WD-"), rng.uniform(1e4, 2e6), rng.uniform(1e4, 2e6)});
    }
    const char *nic = virtualMachine
                          ? "Microsoft Hyper-V Network Adapter"
                          : (server ? "Intel[R] Ethernet Controller X550" : "Intel[R] Ethernet Connection [7] I219-LM");
    device.nics.push_back({nic, macAddress(rng, virtualMachine), true, rng.uniform(5e3, 3e6), rng.uniform(2e3, 2e6),
                           server ? 1.25e9 : 1.25e8});
    if (!server && rng.chance(0.5)) {
        device.nics.push_back({"Intel[R] Wi-Fi 6 AX201 160MHz", macAddress(rng, false), rng.chance(0.3),
                               rng.uniform(1e2, 5e4), rng.uniform(1e2, 2e4), 1.2e8});
    }

    std::vector<std::string> services(kWindowsServicesCommon.begin(), kWindowsServicesCommon.end());
    const int count = rng.range(server ? 14 : 18, server ? 20 : 26);
    for (int i = 0; i < count && !services.empty(); ++i) {
        const std::size_t at = rng.index(services.size());
        device.services.push_back(services[at]);
        services.erase(services.begin() + static_cast<std::ptrdiff_t>(at));
    }
    auto addAll = [&device](const auto &list) {
        for (const char *name : list) {
            if (std::find(device.services.begin(), device.services.end(), name) == device.services.end()) {
                device.services.emplace_back(name);
            }
        }
    };
    if (role == "DC") {
        addAll(kWindowsServicesDc);
    } else if (role == "SQL") {
        addAll(kWindowsServicesSql);
    } else if (role == "HV") {
        addAll(kWindowsServicesHv);
    }
    std::sort(device.services.begin(), device.services.end());
}

void addBackups(DeviceSpec &device, DeterministicRandom &rng)
{
    if (device.kind == "network" || device.kind == "printer") {
        return;
    }
    if (device.kind == "workstation" && rng.chance(0.35)) {
        return;
    }
    const bool restic = rng.chance(0.15);
    const double used = device.volumes.front().sizeBytes * device.volumes.front().usedFraction;
    device.backups.push_back(
        {"system", used * rng.uniform(0.6, 0.9), rng.uniform(0, 4) * kHour + kHour, rng.uniform(600, 5400), restic});
    if (device.kind == "server") {
        device.backups.push_back({"files", rng.uniform(20, 900) * kGB, rng.uniform(0, 3) * kHour + 21 * kHour,
                                  rng.uniform(900, 7200), restic});
        if (std::find(device.services.begin(), device.services.end(), "MSSQLSERVER") != device.services.end()
            || std::find(device.services.begin(), device.services.end(), "postgresql@15-main.service")
                   != device.services.end()) {
            device.backups.push_back({"sql", rng.uniform(1, 80) * kGB, rng.uniform(0, 2) * kHour + 23 * kHour,
                                      rng.uniform(300, 1800), restic});
        }
    }
}

void assignScenarios(DeviceSpec &device, DeterministicRandom &rng)
{
    const bool hasPhysicalDisk = !device.disks.empty() && !device.disks.front().model.empty()
                                 && device.disks.front().model.find("Virtual") == std::string::npos
                                 && device.kind != "network" && device.kind != "printer";
    // About a quarter of the fleet has something wrong; a few have several things wrong at once.
    if (rng.chance(0.25)) {
        const int count = rng.chance(0.2) ? 2 : 1;
        for (int i = 0; i < count; ++i) {
            const double r = rng.uniform();
            if (r < 0.22) {
                device.scenarios |= ScenarioDiskFilling;
            } else if (r < 0.36) {
                device.scenarios |= ScenarioFlapping;
            } else if (r < 0.52) {
                device.scenarios |= device.backups.empty() ? ScenarioPatchesPending : ScenarioBackupFailing;
            } else if (r < 0.62) {
                device.scenarios |= hasPhysicalDisk ? ScenarioSmartDegrading : ScenarioDiskFilling;
            } else if (r < 0.80) {
                device.scenarios |= ScenarioPatchesPending;
            } else if (r < 0.90) {
                device.scenarios |= ScenarioRebootRequired;
            } else {
                device.scenarios |= device.backups.empty() ? ScenarioRebootRequired : ScenarioRestoreTestStale;
            }
        }
    }

    // Fill the biggest real volume: a data volume on servers, the root or C: elsewhere.
    int candidate = 0;
    for (std::size_t i = 0; i < device.volumes.size(); ++i) {
        if (!device.volumes[i].pseudo
            && device.volumes[i].sizeBytes > device.volumes[static_cast<std::size_t>(candidate)].sizeBytes) {
            candidate = static_cast<int>(i);
        }
    }
    device.fillingVolume = candidate;
    device.fillStart = rng.uniform(0.70, 0.88);
    device.fillPerHour = rng.uniform(0.01, 0.06);
    device.flapPeriod = rng.uniform(40, 120) * 60.0;
    device.flapDown = rng.uniform(4, 15) * 60.0;
    device.flapPhase = rng.uniform(device.flapDown + 60.0, device.flapPeriod);
    device.smartStartDelay = rng.uniform(0, 2) * kHour;
    device.smartPerHour = rng.uniform(4, 30);
    device.backupFailingSince = (26.0 + rng.uniform(1, 60)) * kHour;
    device.restoreTestAge = (device.scenarios & ScenarioRestoreTestStale)
                                ? (rng.chance(0.4) ? 0.0 : rng.uniform(95, 400) * kDay)
                                : rng.uniform(3, 80) * kDay;

    if (device.scenarios & ScenarioPatchesPending) {
        device.securityUpdates = rng.range(1, 9);
        device.otherUpdates = rng.range(4, 40);
    } else {
        device.securityUpdates = 0;
        device.otherUpdates = rng.chance(0.5) ? 0 : rng.range(1, 6);
    }
    device.heldUpdates = rng.chance(0.1) ? rng.range(1, 3) : 0;
}

} // namespace

FleetPlan FleetPlan::build(int deviceCount, std::uint64_t seed, int clientCount)
{
    FleetPlan plan;
    plan.m_seed = seed;
    DeterministicRandom rng(seed);
    if (clientCount <= 0) {
        clientCount = std::max(1, (deviceCount + 5) / 10);
    }
    clientCount = std::max(1, std::min(clientCount, deviceCount));

    // Client names: a shuffled walk over name × trade, numbered once the combinations run out.
    std::vector<std::string> names;
    for (const char *first : kClientFirst) {
        for (const char *trade : kClientTrade) {
            names.push_back(std::string(first) + ' ' + trade);
        }
    }
    for (std::size_t i = names.size(); i > 1; --i) {
        std::swap(names[i - 1], names[rng.index(i)]);
    }
    std::set<std::string> prefixes;
    for (int c = 0; c < clientCount; ++c) {
        ClientSpec client;
        const std::size_t at = static_cast<std::size_t>(c) % names.size();
        client.name = names[at];
        if (static_cast<std::size_t>(c) >= names.size()) {
            client.name += ' ' + std::to_string(c / static_cast<int>(names.size()) + 1);
        }
        client.prefix = uniqueName(prefixes, initials(client.name));
        client.domain = domainFor(client.name);
        std::vector<std::string> cities(kCities.begin(), kCities.end());
        const int siteCount = rng.chance(0.45) ? 1 : (rng.chance(0.6) ? 2 : 3);
        for (int s = 0; s < siteCount; ++s) {
            const std::size_t cityAt = rng.index(cities.size());
            const std::string city = cities[cityAt];
            cities.erase(cities.begin() + static_cast<std::ptrdiff_t>(cityAt));
            client.sites.push_back(city + (s == 0 ? pick(rng, kFirstSiteSuffix) : pick(rng, kOtherSiteSuffix)));
        }
        plan.m_clients.push_back(std::move(client));
    }

    const std::vector<int> sizes = clientSizes(rng, deviceCount, clientCount);
    int index = 0;
    for (std::size_t c = 0; c < plan.m_clients.size(); ++c) {
        const ClientSpec &client = plan.m_clients[c];
        std::set<std::string> used;
        for (int d = 0; d < sizes[c]; ++d, ++index) {
            DeviceSpec device;
            device.index = index;
            device.key = DeterministicRandom::key({seed, static_cast<std::uint64_t>(index), 0xdeu});
            DeterministicRandom deviceRng(device.key);
            device.client = client.name;
            device.site = client.sites[d == 0 ? 0 : deviceRng.index(client.sites.size())];
            device.domain = client.domain;

            const double r = deviceRng.uniform();
            std::string role;
            if (r < 0.04 && d > 0) {
                device.kind = "network";
                device.family = OsFamily::Linux;
                static constexpr std::array roles = {"FW01", "GW01", "AP-LOBBY", "SW-CORE01"};
                role = pick(deviceRng, roles);
            } else if (r < 0.06 && d > 0) {
                device.kind = "printer";
                device.family = OsFamily::Linux;
                static constexpr std::array roles = {"PRN-FRONT", "PRN-OFFICE", "MFP-01", "PRN-WAREHOUSE"};
                role = pick(deviceRng, roles);
            } else if (deviceRng.uniform() < 0.355) {
                device.family = OsFamily::Windows;
                const bool server = d == 0 || deviceRng.chance(0.3);
                device.kind = server ? "server" : "workstation";
                role = server ? pick(deviceRng, kWindowsServerRoles) : "";
                if (d == 0) {
                    role = "DC";
                }
            } else {
                device.family = OsFamily::Linux;
                const bool server = d == 0 || deviceRng.chance(0.7);
                device.kind = server ? "server" : "workstation";
                role = server ? pick(deviceRng, kLinuxServerRoles) : "";
                if (d == 0) {
                    role = "FILES";
                }
            }

            std::string shortName;
            if (device.kind == "server") {
                shortName = uniqueName(used, role + "01");
                if (shortName != role + "01") {
                    // FS012 reads badly: number servers FS02, FS03 instead.
                    used.erase(shortName);
                    for (int n = 2;; ++n) {
                        char number[16];
                        std::snprintf(number, sizeof number, "%02d", n);
                        if (used.insert(role + number).second) {
                            shortName = role + number;
                            break;
                        }
                    }
                }
            } else if (device.kind == "workstation") {
                const bool laptop = deviceRng.chance(0.35);
                shortName = uniqueName(used, laptop ? std::string("LT-") + pick(deviceRng, kPeople)
                                                    : std::string("WS-") + pick(deviceRng, kWorkstationRoles));
            } else {
                shortName = uniqueName(used, role);
            }
            device.name = client.prefix + '-' + shortName;

            if (device.family == OsFamily::Linux) {
                if (device.kind == "network") {
                    device.osLabel = "OpenWrt 23.05";
                    device.exporterVersion = "1.5.0";
                    device.goVersion = "go1.20.14";
                    device.osId = "openwrt";
                    device.osName = "OpenWrt";
                    device.osPrettyName = "OpenWrt 23.05.3";
                    device.osVersion = "23.05.3";
                    device.osVersionId = "23.05.3";
                    device.kernelRelease = "5.15.150";
                    device.machine = "aarch64";
                } else if (device.kind == "printer") {
                    device.osLabel = "Embedded Linux (printer)";
                    device.exporterVersion = "1.3.1";
                    device.goVersion = "go1.17.3";
                    device.osId = "poky";
                    device.osName = "Poky (Yocto Project Reference Distro)";
                    device.osPrettyName = "Poky (Yocto Project Reference Distro) 3.1.21";
                    device.osVersion = "3.1.21 (dunfell)";
                    device.osVersionId = "3.1.21";
                    device.osCodename = "dunfell";
                    device.kernelRelease = "5.4.219-yocto-standard";
                    device.machine = "armv7l";
                } else {
                    const double pickRelease = deviceRng.uniform();
                    const LinuxRelease &release = pickRelease < 0.45   ? kLinuxReleases[0]
                                                  : pickRelease < 0.60 ? kLinuxReleases[1]
                                                  : pickRelease < 0.85 ? kLinuxReleases[2]
                                                                       : kLinuxReleases[3];
                    device.osLabel = release.label;
                    device.exporterVersion = release.exporter;
                    device.goVersion = release.go;
                    device.osId = release.id;
                    device.osName = release.name;
                    device.osPrettyName = release.pretty;
                    device.osVersion = release.version;
                    device.osVersionId = release.versionId;
                    device.osCodename = release.codename;
                    device.kernelRelease =
                        format(release.kernelFormat, deviceRng.range(release.kernelLow, release.kernelHigh));
                    device.machine = "x86_64";
                }
                addLinuxHardware(device, deviceRng);
            } else {
                const bool server = device.kind == "server";
                const WindowsRelease &release = kWindowsReleases[(server ? 2 : 0) + deviceRng.index(2)];
                const WindowsExporter &exporter = kWindowsExporters[deviceRng.index(kWindowsExporters.size())];
                device.osLabel = release.label;
                device.windowsProduct = release.product;
                device.windowsBuild = release.build;
                device.windowsRevision = std::to_string(deviceRng.range(release.revisionLow, release.revisionHigh));
                device.windowsInstallationType = release.installationType;
                device.exporterVersion = exporter.version;
                device.goVersion = exporter.go;
                device.windowsNewNames = exporter.newNames;
                device.machine = "x86_64";
                addWindowsHardware(device, deviceRng, role);
            }

            device.memUsedFraction = deviceRng.uniform(0.25, 0.8);
            device.cpuBusy = deviceRng.uniform(0.04, 0.40);
            device.uptimeAtEpoch = deviceRng.uniform(0.05, device.kind == "workstation" ? 9.0 : 60.0) * kDay;
            addBackups(device, deviceRng);
            assignScenarios(device, deviceRng);
            if (device.scenarios & ScenarioRebootRequired) {
                // A pending reboot means the machine has been up since before the kernel update.
                device.uptimeAtEpoch = std::max(device.uptimeAtEpoch, deviceRng.uniform(9, 40) * kDay);
            }
            plan.m_devices.push_back(std::move(device));
        }
    }
    return plan;
}

const std::vector<DeviceSpec> &FleetPlan::devices() const
{
    return m_devices;
}

const std::vector<ClientSpec> &FleetPlan::clients() const
{
    return m_clients;
}

std::uint64_t FleetPlan::seed() const
{
    return m_seed;
}

std::vector<std::string> FleetPlan::scenarioNames(unsigned scenarios)
{
    static constexpr std::array<std::pair<unsigned, const char *>, 7> names = {{
        {ScenarioDiskFilling, "disk_filling"},
        {ScenarioFlapping, "offline_online"},
        {ScenarioBackupFailing, "backup_failing"},
        {ScenarioSmartDegrading, "smart_degrading"},
        {ScenarioPatchesPending, "patches_pending"},
        {ScenarioRebootRequired, "reboot_required"},
        {ScenarioRestoreTestStale, "restore_test_stale"},
    }};
    std::vector<std::string> result;
    for (const auto &[bit, name] : names) {
        if (scenarios & bit) {
            result.emplace_back(name);
        }
    }
    return result;
}

} // namespace VigilFleetSim
