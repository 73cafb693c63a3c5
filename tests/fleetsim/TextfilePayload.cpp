// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextfilePayload.h"

#include "DeterministicRandom.h"
#include "DeviceTimeline.h"
#include "ExpositionWriter.h"
#include "FleetPlan.h"
#include "SimSignal.h"

#include <cmath>
#include <string>

namespace VigilFleetSim {

namespace {

constexpr double kDay = 86400.0;

std::string smartDiskPath(const DeviceSpec &device, std::size_t index)
{
    const SimDisk &disk = device.disks[index];
    if (disk.name.rfind("nvme", 0) == 0) {
        return "/dev/nvme" + std::to_string(index);
    }
    if (device.family == OsFamily::Windows) {
        return std::string("/dev/sd") + static_cast<char>('a' + index);
    }
    return "/dev/" + disk.name;
}

bool isSmartDisk(const DeviceSpec &device, const SimDisk &disk)
{
    if (disk.model.empty() || disk.model.find("Virtual") != std::string::npos || disk.name.rfind("dm-", 0) == 0
        || disk.name.rfind("mmcblk", 0) == 0) {
        return false;
    }
    return device.kind == "server" || device.kind == "workstation";
}

} // namespace

bool TextfilePayload::hasApt(const DeviceSpec &device)
{
    return device.family == OsFamily::Linux && (device.osId == "debian" || device.osId == "ubuntu");
}

bool TextfilePayload::hasSmart(const DeviceSpec &device)
{
    for (const SimDisk &disk : device.disks) {
        if (isSmartDisk(device, disk)) {
            return true;
        }
    }
    return false;
}

void TextfilePayload::writeLinuxLeading(ExpositionWriter &out, const DeviceSpec &device, const DeviceState &state)
{
    if (hasApt(device)) {
        const bool debian = device.osId == "debian";
        const std::string security = debian ? "Debian:" + device.osCodename + "-security/stable-security"
                                            : "Ubuntu:" + device.osVersionId + "/" + device.osCodename + "-security";
        const std::string updates = debian ? "Debian:" + device.osCodename + "/stable"
                                           : "Ubuntu:" + device.osVersionId + "/" + device.osCodename + "-updates";
        out.family("apt_autoremove_pending", "Apt packages pending autoremoval.", "gauge");
        out.sample("apt_autoremove_pending", device.otherUpdates > 0 ? 2 : 0);
        out.family("apt_package_cache_timestamp_seconds", "Apt update last run time.", "gauge");
        // apt-daily runs twice a day at a per-machine time.
        const double offset = DeterministicRandom::unit(DeterministicRandom::key({device.key, 0xa97u})) * kDay / 2;
        out.sample("apt_package_cache_timestamp_seconds",
                   std::floor((state.now - offset) / (kDay / 2)) * (kDay / 2) + offset);
        out.family("apt_upgrades_held", "Apt packages pending updates but held back.", "gauge");
        if (device.heldUpdates > 0) {
            out.sample("apt_upgrades_held", {{"origin", updates}, {"arch", "amd64"}}, device.heldUpdates);
        } else {
            out.sample("apt_upgrades_held", {{"origin", ""}, {"arch", ""}}, 0);
        }
        out.family("apt_upgrades_pending", "Apt packages pending updates by origin.", "gauge");
        if (device.securityUpdates == 0 && device.otherUpdates == 0) {
            out.sample("apt_upgrades_pending", {{"origin", ""}, {"arch", ""}}, 0);
        } else {
            if (device.securityUpdates > 0) {
                out.sample("apt_upgrades_pending", {{"origin", security}, {"arch", "amd64"}}, device.securityUpdates);
            }
            if (device.otherUpdates > 0) {
                const int all = device.otherUpdates / 3;
                out.sample("apt_upgrades_pending", {{"origin", updates}, {"arch", "amd64"}}, device.otherUpdates - all);
                if (all > 0) {
                    out.sample("apt_upgrades_pending", {{"origin", updates}, {"arch", "all"}}, all);
                }
            }
        }
    }
    writeBackups(out, device, state);
}

void TextfilePayload::writeBackups(ExpositionWriter &out, const DeviceSpec &, const DeviceState &state)
{
    bool any = false;
    for (const BackupState &backup : state.backups) {
        any = any || !backup.restic;
    }
    if (!any) {
        return;
    }
    auto family = [&](const char *name, const char *help, auto value, bool skipNever = false) {
        out.family(name, help, "gauge");
        for (const BackupState &backup : state.backups) {
            if (backup.restic || (skipNever && backup.restoreTest <= 0)) {
                continue;
            }
            out.sample(name, {{"job", backup.job}}, value(backup));
        }
    };
    family(
        "backup_last_restore_test_timestamp_seconds", "Unix time of the last successful restore test of the job.",
        [](const BackupState &b) { return b.restoreTest; }, true);
    family("backup_last_run_success", "Whether the last run of the backup job succeeded (1) or failed (0).",
           [](const BackupState &b) { return b.success ? 1.0 : 0.0; });
    family("backup_last_run_timestamp_seconds", "Unix time the last run of the backup job finished.",
           [](const BackupState &b) { return b.lastRun; });
    family("backup_last_size_bytes", "Size of the last successful backup of the job in bytes.",
           [](const BackupState &b) { return b.sizeBytes; });
    family("backup_last_success_timestamp_seconds", "Unix time of the last successful run of the backup job.",
           [](const BackupState &b) { return b.lastSuccess; });
}

void TextfilePayload::writeLinuxNodeTextfile(ExpositionWriter &out, const DeviceSpec &device, const DeviceState &state)
{
    if (hasApt(device)) {
        out.family("node_reboot_required", "Node reboot is required for software updates.", "gauge");
        out.sample("node_reboot_required", state.rebootRequired ? 1 : 0);
    }
    out.family("node_textfile_mtime_seconds", "Unixtime mtime of textfiles successfully read.", "gauge");
    const double minute = std::floor(state.now / 60.0) * 60.0;
    if (hasApt(device)) {
        out.sample("node_textfile_mtime_seconds", {{"file", "/var/lib/prometheus/node-exporter/apt.prom"}},
                   minute - 240);
    }
    if (!state.backups.empty()) {
        double last = 0;
        for (const BackupState &backup : state.backups) {
            last = std::max(last, backup.lastRun);
        }
        out.sample("node_textfile_mtime_seconds", {{"file", "/var/lib/prometheus/node-exporter/backup.prom"}}, last);
    }
    if (hasSmart(device)) {
        out.sample("node_textfile_mtime_seconds", {{"file", "/var/lib/prometheus/node-exporter/smartmon.prom"}},
                   std::floor(state.now / 900.0) * 900.0);
    }
    out.family("node_textfile_scrape_error", "1 if there was an error opening or reading a file, 0 otherwise", "gauge");
    out.sample("node_textfile_scrape_error", 0);
}

void TextfilePayload::writeTrailing(ExpositionWriter &out, const DeviceSpec &device, const DeviceState &state)
{
    bool restic = false;
    for (const BackupState &backup : state.backups) {
        restic = restic || backup.restic;
    }
    if (restic) {
        std::string host = device.name;
        auto repository = [&](const BackupState &b) {
            return "s3:https://s3.eu-central-1.wasabisys.com/" + device.domain.substr(0, device.domain.find('.')) + "-"
                   + b.job;
        };
        out.family("restic_check_success", "Result of restic check operation in the repository", "gauge");
        for (const BackupState &b : state.backups) {
            out.sample("restic_check_success", {{"repository", repository(b)}}, b.success ? 1 : 0);
        }
        out.family("restic_snapshots_latest_time", "Time of the latest snapshot in the repository (unix time)",
                   "gauge");
        for (const BackupState &b : state.backups) {
            out.sample("restic_snapshots_latest_time", {{"hostname", host}, {"repository", repository(b)}},
                       b.lastSuccess);
        }
        out.family("restic_snapshots_total", "Total number of snapshots in the repository", "counter");
        for (const BackupState &b : state.backups) {
            out.sample("restic_snapshots_total", {{"repository", repository(b)}},
                       std::floor(std::max(1.0, (b.lastSuccess - state.bootTime) / kDay + 30)));
        }
        out.family("restic_backup_size_total", "Total size of the latest backup in bytes", "gauge");
        for (const BackupState &b : state.backups) {
            out.sample("restic_backup_size_total", {{"repository", repository(b)}}, b.sizeBytes);
        }
    }

    if (!hasSmart(device)) {
        return;
    }
    std::vector<std::size_t> disks;
    for (std::size_t i = 0; i < device.disks.size(); ++i) {
        if (isSmartDisk(device, device.disks[i])) {
            disks.push_back(i);
        }
    }
    auto typeOf = [&](std::size_t i) { return device.disks[i].name.rfind("nvme", 0) == 0 ? "nvme" : "sat"; };
    // Only the first disk degrades; the scenario shows one failing drive, not a failing controller.
    auto reallocated = [&](std::size_t i) { return i == disks.front() ? state.reallocatedSectors : 0; };
    out.family("smartmon_current_pending_sector_raw_value", "SMART metric current_pending_sector_raw_value", "gauge");
    for (const std::size_t i : disks) {
        out.sample("smartmon_current_pending_sector_raw_value",
                   {{"disk", smartDiskPath(device, i)}, {"type", typeOf(i)}, {"smart_id", "197"}},
                   i == disks.front() ? state.pendingSectors : 0);
    }
    out.family("smartmon_device_active", "SMART metric device_active", "gauge");
    for (const std::size_t i : disks) {
        out.sample("smartmon_device_active", {{"disk", smartDiskPath(device, i)}, {"type", typeOf(i)}}, 1);
    }
    out.family("smartmon_device_info", "SMART metric device_info", "gauge");
    for (const std::size_t i : disks) {
        const SimDisk &disk = device.disks[i];
        out.sample("smartmon_device_info",
                   {{"disk", smartDiskPath(device, i)},
                    {"type", typeOf(i)},
                    {"vendor", ""},
                    {"product", ""},
                    {"revision", ""},
                    {"lun_id", ""},
                    {"model_family", ""},
                    {"device_model", disk.model},
                    {"serial_number", disk.serial},
                    {"firmware_version", "SN05"}},
                   1);
    }
    out.family("smartmon_device_smart_available", "SMART metric device_smart_available", "gauge");
    for (const std::size_t i : disks) {
        out.sample("smartmon_device_smart_available", {{"disk", smartDiskPath(device, i)}, {"type", typeOf(i)}}, 1);
    }
    out.family("smartmon_device_smart_enabled", "SMART metric device_smart_enabled", "gauge");
    for (const std::size_t i : disks) {
        out.sample("smartmon_device_smart_enabled", {{"disk", smartDiskPath(device, i)}, {"type", typeOf(i)}}, 1);
    }
    out.family("smartmon_device_smart_healthy", "SMART metric device_smart_healthy", "gauge");
    for (const std::size_t i : disks) {
        out.sample("smartmon_device_smart_healthy", {{"disk", smartDiskPath(device, i)}, {"type", typeOf(i)}},
                   i == disks.front() && !state.smartHealthy ? 0 : 1);
    }
    out.family("smartmon_power_on_hours_raw_value", "SMART metric power_on_hours_raw_value", "gauge");
    for (const std::size_t i : disks) {
        const double age = 2000 + DeterministicRandom::unit(DeterministicRandom::key({device.key, 0x5a7u, i})) * 30000;
        out.sample("smartmon_power_on_hours_raw_value",
                   {{"disk", smartDiskPath(device, i)}, {"type", typeOf(i)}, {"smart_id", "9"}},
                   std::floor(age + std::max(0.0, state.now - 1.7e9) / 3600.0));
    }
    out.family("smartmon_reallocated_sector_ct_raw_value", "SMART metric reallocated_sector_ct_raw_value", "gauge");
    for (const std::size_t i : disks) {
        out.sample("smartmon_reallocated_sector_ct_raw_value",
                   {{"disk", smartDiskPath(device, i)}, {"type", typeOf(i)}, {"smart_id", "5"}}, reallocated(i));
    }
    out.family("smartmon_smartctl_run", "SMART metric smartctl_run", "gauge");
    for (const std::size_t i : disks) {
        out.sample("smartmon_smartctl_run", {{"disk", smartDiskPath(device, i)}, {"type", typeOf(i)}},
                   std::floor(state.now / 900.0) * 900.0);
    }
    out.family("smartmon_smartctl_version", "SMART metric smartctl_version", "gauge");
    out.sample("smartmon_smartctl_version", {{"version", "7.3"}}, 1);
    out.family("smartmon_temperature_celsius_raw_value", "SMART metric temperature_celsius_raw_value", "gauge");
    for (const std::size_t i : disks) {
        out.sample("smartmon_temperature_celsius_raw_value",
                   {{"disk", smartDiskPath(device, i)}, {"type", typeOf(i)}, {"smart_id", "194"}},
                   std::floor(SimSignal::gauge(DeterministicRandom::key({device.key, 0x5a8u, i}), 36, 5, state.now)));
    }
}

} // namespace VigilFleetSim
