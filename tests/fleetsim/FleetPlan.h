// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace VigilFleetSim {

enum class OsFamily { Linux, Windows };

// Scenario bits; a device may carry several.
enum Scenario : unsigned {
    ScenarioNone = 0,
    ScenarioDiskFilling = 1u << 0,
    ScenarioFlapping = 1u << 1,
    ScenarioBackupFailing = 1u << 2,
    ScenarioSmartDegrading = 1u << 3,
    ScenarioPatchesPending = 1u << 4,
    ScenarioRebootRequired = 1u << 5,
    ScenarioRestoreTestStale = 1u << 6,
};

struct SimVolume
{
    std::string device;     // /dev/sda1, tmpfs, C:, HarddiskVolume1
    std::string fstype;     // ext4, xfs, vfat, tmpfs, NTFS
    std::string mountpoint; // /, /boot/efi, /run
    double sizeBytes = 0;
    double usedFraction = 0; // at the simulation epoch
    bool pseudo = false;     // tmpfs and friends: consumers must skip them
};

struct SimDisk
{
    std::string name;  // sda, nvme0n1, vda
    std::string model; // for smartmon_device_info
    std::string serial;
    double readRate = 0;  // bytes/s
    double writeRate = 0; // bytes/s
};

struct SimNic
{
    std::string name; // eth0, ens18, "Intel[R] Ethernet Connection I219-LM"
    std::string mac;
    bool up = true;
    double rxRate = 0; // bytes/s
    double txRate = 0;
    double speedBytes = 125000000;
};

struct SimBackupJob
{
    std::string name; // system, files, sql
    double sizeBytes = 0;
    double runOffset = 0; // seconds after midnight UTC the nightly run starts
    double duration = 0;  // seconds a run takes
    bool restic = false;  // restic exporter style instead of Vigil's backup_* convention
};

struct DeviceSpec
{
    int index = 0;
    std::uint64_t key = 0; // everything random about this device derives from it
    std::string client;
    std::string site;
    std::string name;
    std::string domain;
    std::string osLabel; // "Debian 12", "Windows Server 2022"
    std::string kind;    // workstation|server|network|printer
    OsFamily family = OsFamily::Linux;

    // Linux / node_exporter identity.
    std::string exporterVersion;
    std::string goVersion;
    std::string osId;
    std::string osName;
    std::string osPrettyName;
    std::string osVersion;
    std::string osVersionId;
    std::string osCodename;
    std::string kernelRelease;
    std::string machine; // x86_64, aarch64

    // Windows / windows_exporter identity.
    bool windowsNewNames = false; // windows_memory_physical_*, windows_system_boot_time_timestamp_seconds
    std::string windowsProduct;
    std::string windowsBuild;
    std::string windowsRevision;
    std::string windowsInstallationType;

    int cpus = 2;
    double memTotalBytes = 0;
    double memUsedFraction = 0.5;
    double swapTotalBytes = 0;
    double cpuBusy = 0.1; // mean busy fraction, 0.04–0.40
    double uptimeAtEpoch = 0;
    std::vector<SimVolume> volumes;
    std::vector<SimDisk> disks;
    std::vector<SimNic> nics;
    std::vector<std::string> services; // systemd units or Windows services
    std::vector<SimBackupJob> backups;

    unsigned scenarios = ScenarioNone;
    int fillingVolume = -1; // index into volumes
    double fillStart = 0;   // used fraction at epoch
    double fillPerHour = 0; // fraction per simulated hour
    double flapPeriod = 0;  // seconds
    double flapDown = 0;    // seconds offline per period
    double flapPhase = 0;
    double smartStartDelay = 0;    // seconds after epoch the reallocations start
    double smartPerHour = 0;       // reallocated sectors per simulated hour
    double backupFailingSince = 0; // seconds before epoch of the last good run
    double restoreTestAge = 0;     // seconds before epoch; 0 means never tested
    int securityUpdates = 0;
    int otherUpdates = 0;
    int heldUpdates = 0;
};

struct ClientSpec
{
    std::string name;
    std::string prefix;
    std::string domain;
    std::vector<std::string> sites;
};

// The fleet: clients, sites and devices with their hardware, identity and scenarios, all derived from the seed.
class FleetPlan final
{
public:
    static FleetPlan build(int deviceCount, std::uint64_t seed, int clientCount);

    const std::vector<DeviceSpec> &devices() const;
    const std::vector<ClientSpec> &clients() const;
    std::uint64_t seed() const;

    static std::vector<std::string> scenarioNames(unsigned scenarios);

private:
    std::vector<DeviceSpec> m_devices;
    std::vector<ClientSpec> m_clients;
    std::uint64_t m_seed = 0;
};

} // namespace VigilFleetSim
