// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeviceSnapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <limits>

namespace Vigil {

namespace {

// Bumped only if a key changes meaning; readers ignore keys they do not know either way.
constexpr int kSnapshotFormat = 1;

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

void putTime(QJsonObject &json, const char *name, const QDateTime &time)
{
    if (time.isValid()) {
        json.insert(key(name), time.toSecsSinceEpoch());
    }
}

void putText(QJsonObject &json, const char *name, const QString &text)
{
    if (!text.isEmpty()) {
        json.insert(key(name), text);
    }
}

template<typename T>
void putOptional(QJsonObject &json, const char *name, const std::optional<T> &value)
{
    if (value) {
        json.insert(key(name), *value);
    }
}

QDateTime getTime(const QJsonObject &json, const char *name)
{
    const QJsonValue value = json.value(key(name));
    if (!value.isDouble()) {
        return {};
    }
    return QDateTime::fromSecsSinceEpoch(value.toInteger(static_cast<qint64>(std::llround(value.toDouble()))), Qt::UTC);
}

QString getText(const QJsonObject &json, const char *name)
{
    return json.value(key(name)).toString();
}

std::optional<double> getDouble(const QJsonObject &json, const char *name)
{
    const QJsonValue value = json.value(key(name));
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<qint64> getInteger(const QJsonObject &json, const char *name)
{
    const QJsonValue value = json.value(key(name));
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::abs(d) > 9.2e18) {
        return std::nullopt;
    }
    return value.toInteger(static_cast<qint64>(std::llround(d)));
}

std::optional<int> getInt(const QJsonObject &json, const char *name)
{
    const std::optional<qint64> value = getInteger(json, name);
    if (!value || *value < std::numeric_limits<int>::min() || *value > std::numeric_limits<int>::max()) {
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

std::optional<bool> getBool(const QJsonObject &json, const char *name)
{
    const QJsonValue value = json.value(key(name));
    if (!value.isBool()) {
        return std::nullopt;
    }
    return value.toBool();
}

QString backupSourceId(BackupSource source)
{
    return source == BackupSource::Restic ? QStringLiteral("restic") : QStringLiteral("vigil");
}

BackupSource backupSourceFromId(const QString &id)
{
    return id == QLatin1String("restic") ? BackupSource::Restic : BackupSource::Vigil;
}

QJsonObject diskJson(const DiskUsage &disk)
{
    QJsonObject json{{key("mountPoint"), disk.mountPoint},
                     {key("sizeBytes"), disk.sizeBytes},
                     {key("availableBytes"), disk.availableBytes},
                     {key("usedPercent"), disk.usedPercent}};
    putText(json, "device", disk.device);
    putText(json, "fsType", disk.fsType);
    return json;
}

DiskUsage diskFromJson(const QJsonObject &json)
{
    DiskUsage disk;
    disk.mountPoint = getText(json, "mountPoint");
    disk.device = getText(json, "device");
    disk.fsType = getText(json, "fsType");
    disk.sizeBytes = getInteger(json, "sizeBytes").value_or(0);
    disk.availableBytes = getInteger(json, "availableBytes").value_or(0);
    disk.usedPercent = getDouble(json, "usedPercent").value_or(0);
    return disk;
}

QJsonObject smartJson(const SmartDiskStatus &smart)
{
    QJsonObject json{{key("disk"), smart.disk}};
    putOptional(json, "healthy", smart.healthy);
    putOptional(json, "reallocatedSectors", smart.reallocatedSectors);
    putOptional(json, "pendingSectors", smart.pendingSectors);
    putText(json, "status", smart.status);
    return json;
}

SmartDiskStatus smartFromJson(const QJsonObject &json)
{
    SmartDiskStatus smart;
    smart.disk = getText(json, "disk");
    smart.healthy = getBool(json, "healthy");
    smart.reallocatedSectors = getInteger(json, "reallocatedSectors");
    smart.pendingSectors = getInteger(json, "pendingSectors");
    smart.status = getText(json, "status");
    return smart;
}

QJsonObject backupJson(const BackupJobStatus &backup)
{
    QJsonObject json{{key("job"), backup.job}, {key("source"), backupSourceId(backup.source)}};
    putTime(json, "lastSuccess", backup.lastSuccess);
    putTime(json, "lastRun", backup.lastRun);
    putOptional(json, "lastRunOk", backup.lastRunOk);
    putOptional(json, "sizeBytes", backup.sizeBytes);
    putTime(json, "lastRestoreTest", backup.lastRestoreTest);
    putOptional(json, "repositoryCheckOk", backup.repositoryCheckOk);
    return json;
}

BackupJobStatus backupFromJson(const QJsonObject &json)
{
    BackupJobStatus backup;
    backup.job = getText(json, "job");
    backup.source = backupSourceFromId(getText(json, "source"));
    backup.lastSuccess = getTime(json, "lastSuccess");
    backup.lastRun = getTime(json, "lastRun");
    backup.lastRunOk = getBool(json, "lastRunOk");
    backup.sizeBytes = getInteger(json, "sizeBytes");
    backup.lastRestoreTest = getTime(json, "lastRestoreTest");
    backup.repositoryCheckOk = getBool(json, "repositoryCheckOk");
    return backup;
}

template<typename T, typename F>
QJsonArray toArray(const QList<T> &items, F convert)
{
    QJsonArray array;
    for (const T &item : items) {
        array.append(convert(item));
    }
    return array;
}

template<typename T, typename F>
QList<T> fromArray(const QJsonValue &value, F convert)
{
    QList<T> items;
    const QJsonArray array = value.toArray();
    items.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (item.isObject()) {
            items.append(convert(item.toObject()));
        }
    }
    return items;
}

} // namespace

bool DeviceSnapshot::cpuWarmingUp() const
{
    return reachable && !cpuBusyPercent.has_value();
}

const DiskUsage *DeviceSnapshot::disk(QStringView mountPoint) const
{
    for (const DiskUsage &d : disks) {
        if (d.mountPoint == mountPoint) {
            return &d;
        }
    }
    return nullptr;
}

const BackupJobStatus *DeviceSnapshot::backup(QStringView job) const
{
    for (const BackupJobStatus &b : backups) {
        if (b.job == job) {
            return &b;
        }
    }
    return nullptr;
}

const SmartDiskStatus *DeviceSnapshot::smartDisk(QStringView diskName) const
{
    for (const SmartDiskStatus &s : smart) {
        if (s.disk == diskName) {
            return &s;
        }
    }
    return nullptr;
}

QJsonObject DeviceSnapshot::toJson() const
{
    QJsonObject json{
        {key("format"), kSnapshotFormat}, {key("reachable"), reachable}, {key("exporter"), exporterFlavorId(exporter)}};
    putTime(json, "polledAt", polledAt);
    if (failure) {
        json.insert(key("failure"), QJsonObject{{key("reason"), failure->reason}, {key("detail"), failure->detail}});
    }
    putText(json, "exporterVersion", exporterVersion);
    putOptional(json, "cpuBusyPercent", cpuBusyPercent);
    putOptional(json, "memoryUsedPercent", memoryUsedPercent);
    putOptional(json, "memoryTotalBytes", memoryTotalBytes);
    if (!disks.isEmpty()) {
        json.insert(key("disks"), toArray(disks, diskJson));
    }
    putOptional(json, "uptimeSeconds", uptimeSeconds);
    QJsonObject osJson;
    putText(osJson, "name", os.name);
    putText(osJson, "version", os.version);
    putText(osJson, "prettyName", os.prettyName);
    putText(osJson, "hostname", os.hostname);
    putText(osJson, "kernel", os.kernel);
    if (!osJson.isEmpty()) {
        json.insert(key("os"), osJson);
    }
    putOptional(json, "pendingUpdates", pendingUpdates);
    putOptional(json, "securityUpdates", securityUpdates);
    putOptional(json, "rebootRequired", rebootRequired);
    if (!smart.isEmpty()) {
        json.insert(key("smart"), toArray(smart, smartJson));
    }
    if (!backups.isEmpty()) {
        json.insert(key("backups"), toArray(backups, backupJson));
    }
    return json;
}

QByteArray DeviceSnapshot::toJsonText() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

DeviceSnapshot DeviceSnapshot::fromJson(const QJsonObject &json)
{
    DeviceSnapshot snapshot;
    snapshot.polledAt = getTime(json, "polledAt");
    snapshot.reachable = getBool(json, "reachable").value_or(false);
    const QJsonValue failure = json.value(key("failure"));
    if (failure.isObject()) {
        const QJsonObject f = failure.toObject();
        snapshot.failure = PollFailure{getText(f, "reason"), getText(f, "detail")};
    }
    snapshot.exporter = exporterFlavorFromId(getText(json, "exporter"));
    snapshot.exporterVersion = getText(json, "exporterVersion");
    snapshot.cpuBusyPercent = getDouble(json, "cpuBusyPercent");
    snapshot.memoryUsedPercent = getDouble(json, "memoryUsedPercent");
    snapshot.memoryTotalBytes = getInteger(json, "memoryTotalBytes");
    snapshot.disks = fromArray<DiskUsage>(json.value(key("disks")), diskFromJson);
    snapshot.uptimeSeconds = getInteger(json, "uptimeSeconds");
    const QJsonObject os = json.value(key("os")).toObject();
    snapshot.os.name = getText(os, "name");
    snapshot.os.version = getText(os, "version");
    snapshot.os.prettyName = getText(os, "prettyName");
    snapshot.os.hostname = getText(os, "hostname");
    snapshot.os.kernel = getText(os, "kernel");
    snapshot.pendingUpdates = getInt(json, "pendingUpdates");
    snapshot.securityUpdates = getInt(json, "securityUpdates");
    snapshot.rebootRequired = getBool(json, "rebootRequired");
    snapshot.smart = fromArray<SmartDiskStatus>(json.value(key("smart")), smartFromJson);
    snapshot.backups = fromArray<BackupJobStatus>(json.value(key("backups")), backupFromJson);
    return snapshot;
}

Result<DeviceSnapshot> DeviceSnapshot::fromJsonText(QByteArrayView text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        const QString reason = error.error != QJsonParseError::NoError
                                   ? error.errorString()
                                   : QCoreApplication::translate("Vigil::DeviceSnapshot", "not a JSON object");
        return Error{
            ErrorCode::Parse,
            QCoreApplication::translate("Vigil::DeviceSnapshot", "Stored device state is unreadable: %1").arg(reason),
            QStringLiteral("device_state.snapshot")};
    }
    return fromJson(document.object());
}

} // namespace Vigil
