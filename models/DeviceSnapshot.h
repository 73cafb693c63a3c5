// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackupJobStatus.h"
#include "DiskUsage.h"
#include "ExporterFlavor.h"
#include "OsInfo.h"
#include "PollFailure.h"
#include "Result.h"
#include "SmartDiskStatus.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Vigil {

// The mapped state of one device at one poll (MetricMapper fills it from the exporter's samples; the poller sets
// reachable and failure). Anything the endpoint did not report stays empty rather than zero, so "no data" never
// reads as "0 % used". Stored as JSON in device_state.snapshot.
struct DeviceSnapshot
{
    QDateTime polledAt; // UTC
    bool reachable = false;
    std::optional<PollFailure> failure; // set by the poller when not reachable

    ExporterFlavor exporter = ExporterFlavor::Unknown;
    QString exporterVersion; // from *_exporter_build_info{version}, when exposed

    // Empty while warming up: a busy share is a rate and needs two polls of the same boot.
    std::optional<double> cpuBusyPercent;
    std::optional<double> memoryUsedPercent;
    std::optional<qint64> memoryTotalBytes;
    QList<DiskUsage> disks;
    std::optional<qint64> uptimeSeconds;
    OsInfo os;

    std::optional<int> pendingUpdates;  // all pending, security ones included
    std::optional<int> securityUpdates; // the security subset of pendingUpdates
    std::optional<bool> rebootRequired;

    QList<SmartDiskStatus> smart;
    QList<BackupJobStatus> backups;

    // Reachable, but the CPU rate is not known yet.
    bool cpuWarmingUp() const;
    const DiskUsage *disk(QStringView mountPoint) const;
    const BackupJobStatus *backup(QStringView job) const;
    const SmartDiskStatus *smartDisk(QStringView disk) const;

    // Timestamps are whole UTC seconds since the epoch; empty optionals and empty timestamps are left out.
    QJsonObject toJson() const;
    QByteArray toJsonText() const;
    // Tolerant: unknown keys are ignored, missing or mistyped ones stay empty, so snapshots written by another
    // Vigil version still load.
    static DeviceSnapshot fromJson(const QJsonObject &json);
    // The device_state.snapshot column; fails only when the text is not a JSON object.
    static Result<DeviceSnapshot> fromJsonText(QByteArrayView text);

    friend bool operator==(const DeviceSnapshot &, const DeviceSnapshot &) = default;
};

} // namespace Vigil
