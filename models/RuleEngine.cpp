// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleEngine.h"

#include "DurationText.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace Vigil {

namespace {

const QString kSystem = QStringLiteral("system");

QString conditionKey(const QString &rule, const QString &subject)
{
    return rule + QChar(0x1f) + subject;
}

QString percentText(double value)
{
    return QString::number(std::lround(value));
}

QString bytesText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

struct Observation
{
    QString subject;
    std::optional<double> value; // empty: not known on this poll
    QString summary;
};

// Restic repositories are URLs ("s3:https://host/bucket-system"); the last path part is what a technician calls
// the job. The subject keeps the full name so two repositories never share an alert.
QString jobName(const QString &job)
{
    const qsizetype slash = job.lastIndexOf(u'/');
    return slash >= 0 && slash + 1 < job.size() ? job.mid(slash + 1) : job;
}

// Exporters write 0 for "never"; a time at or before the epoch is no time at all.
bool known(const QDateTime &t)
{
    return t.isValid() && t.toSecsSinceEpoch() > 0;
}

double ageIn(const QDateTime &from, const QDateTime &now, double unitSeconds)
{
    return static_cast<double>(from.secsTo(now)) / unitSeconds;
}

// What the rule's condition reads on this snapshot. Growth rules report the raw count here; the engine turns it
// into growth against the stored baseline.
QList<Observation> observe(const AlertRule &rule, const DeviceSnapshot &s, const QHash<QString, ConditionState> &conds,
                           const QHash<QString, QDateTime> &firstSeen, const QDateTime &now, bool describe)
{
    QList<Observation> out;
    // Building the text costs more than judging the value; only the subjects that change an alert need it.
    const auto say = [describe](const auto &make) {
        QString text;
        if (describe) {
            text = make();
        }
        return text;
    };
    const auto sinceText = [&](const QString &subject) {
        const ConditionState c = conds.value(conditionKey(rule.id, subject));
        return durationText(c.holds() ? c.since.secsTo(now) : 0);
    };
    switch (rule.condition) {
    case RuleCondition::Unreachable: {
        const QString why = s.failure ? (s.failure->detail.isEmpty() ? s.failure->reason : s.failure->detail)
                                      : RuleEngine::tr("no answer");
        out.append({{}, s.reachable ? 0.0 : 1.0, say([&] { return RuleEngine::tr("Unreachable: %1").arg(why); })});
        break;
    }
    case RuleCondition::DiskUsedPercent:
        for (const DiskUsage &disk : s.disks) {
            out.append({disk.mountPoint, disk.usedPercent, say([&] {
                            return RuleEngine::tr("Disk %1 %2 % used, %3 free")
                                .arg(disk.mountPoint, percentText(disk.usedPercent), bytesText(disk.availableBytes));
                        })});
        }
        break;
    case RuleCondition::BackupAgeHours:
        for (const BackupJobStatus &job : s.backups) {
            if (known(job.lastSuccess)) {
                const double hours = ageIn(job.lastSuccess, now, 3600);
                out.append({job.job, hours, say([&] {
                                return RuleEngine::tr("No good backup of %1 for %2")
                                    .arg(jobName(job.job), durationText(job.lastSuccess.secsTo(now)));
                            })});
            } else if (known(job.lastRun)) {
                out.append({job.job, ageIn(job.lastRun, now, 3600), say([&] {
                                return RuleEngine::tr("Backup %1 has never succeeded").arg(jobName(job.job));
                            })});
            } else {
                out.append({job.job, std::nullopt, {}});
            }
        }
        break;
    case RuleCondition::BackupLastRunFailed:
        for (const BackupJobStatus &job : s.backups) {
            std::optional<double> value;
            if (job.lastRunOk) {
                value = *job.lastRunOk ? 0.0 : 1.0;
            }
            out.append({job.job, value,
                        say([&] { return RuleEngine::tr("Last run of backup %1 failed").arg(jobName(job.job)); })});
        }
        break;
    case RuleCondition::RestoreTestAgeDays:
        for (const BackupJobStatus &job : s.backups) {
            if (known(job.lastRestoreTest)) {
                out.append({job.job, ageIn(job.lastRestoreTest, now, 86400), say([&] {
                                return RuleEngine::tr("Restore of %1 last tested %2 ago")
                                    .arg(jobName(job.job), durationText(job.lastRestoreTest.secsTo(now)));
                            })});
            } else if (const QDateTime watched = firstSeen.value(job.job); known(job.lastSuccess) && known(watched)) {
                // Nothing is known about tests before Vigil watched the job, so "never tested" ages from then.
                out.append({job.job, ageIn(watched, now, 86400), say([&] {
                                return RuleEngine::tr("Restore of %1 never tested (watched for %2)")
                                    .arg(jobName(job.job), durationText(watched.secsTo(now)));
                            })});
            } else {
                out.append({job.job, std::nullopt, {}});
            }
        }
        break;
    case RuleCondition::SmartUnhealthy:
        for (const SmartDiskStatus &drive : s.smart) {
            std::optional<double> value;
            if (drive.healthy) {
                value = *drive.healthy ? 0.0 : 1.0;
            } else if (!drive.status.isEmpty()) {
                value = drive.status.compare(QLatin1String("OK"), Qt::CaseInsensitive) == 0 ? 0.0 : 1.0;
            }
            out.append({drive.disk, value, say([&] {
                            return drive.healthy || drive.status.isEmpty()
                                       ? RuleEngine::tr("Drive %1 fails its SMART health check").arg(drive.disk)
                                       : RuleEngine::tr("Drive %1 reports \"%2\"").arg(drive.disk, drive.status);
                        })});
        }
        break;
    case RuleCondition::SmartReallocatedGrowth:
        for (const SmartDiskStatus &drive : s.smart) {
            std::optional<double> value;
            if (drive.reallocatedSectors) {
                value = static_cast<double>(*drive.reallocatedSectors);
            }
            out.append({drive.disk, value, {}});
        }
        break;
    case RuleCondition::RebootRequired: {
        std::optional<double> value;
        if (s.rebootRequired) {
            value = *s.rebootRequired ? 1.0 : 0.0;
        }
        out.append({{}, value, say([&] { return RuleEngine::tr("Reboot required for %1").arg(sinceText({})); })});
        break;
    }
    case RuleCondition::SecurityUpdatesPending: {
        std::optional<double> value;
        if (s.securityUpdates) {
            value = *s.securityUpdates;
        }
        out.append({{}, value, say([&] {
                        return RuleEngine::tr("Security updates pending for %1: %n", nullptr,
                                              s.securityUpdates.value_or(0))
                            .arg(sinceText({}));
                    })});
        break;
    }
    case RuleCondition::MemoryUsedPercent:
        out.append({{}, s.memoryUsedPercent, say([&] {
                        return RuleEngine::tr("Memory %1 % used").arg(percentText(s.memoryUsedPercent.value_or(0)));
                    })});
        break;
    case RuleCondition::CpuBusyPercent:
        out.append(
            {{}, s.cpuBusyPercent, RuleEngine::tr("CPU %1 % busy").arg(percentText(s.cpuBusyPercent.value_or(0)))});
        break;
    }
    return out;
}

AlertSeverity lowestLevel(const AlertRule &rule)
{
    return rule.severityFor(*rule.lowestThreshold()).value_or(AlertSeverity::Info);
}

} // namespace

RuleEngine::Outcome RuleEngine::evaluate(const QList<AlertRule> &rules, const DeviceInput &input, const QDateTime &now)
{
    Outcome out;
    QHash<QString, ConditionState> conds;
    for (const ConditionState &c : input.conditions) {
        conds.insert(conditionKey(c.rule, c.subject), c);
    }
    QHash<QString, const Alert *> unresolved;
    QHash<QString, const Alert *> recentlyResolved;
    for (const Alert &alert : input.alerts) {
        const QString key = conditionKey(alert.rule, alert.subject);
        if (!alert.isResolved()) {
            unresolved.insert(key, &alert);
        } else if (alert.resolvedBy == kSystem && alert.resolvedAt.isValid()
                   && alert.resolvedAt.secsTo(now) <= recurWithinSeconds) {
            const Alert *known = recentlyResolved.value(key);
            if (!known || known->resolvedAt < alert.resolvedAt) {
                recentlyResolved.insert(key, &alert);
            }
        }
    }

    const DeviceSnapshot &snapshot = input.snapshot;
    QHash<QString, ConditionState> next;
    QSet<QString> activeRules;
    for (const AlertRule &rule : rules) {
        if (!rule.enabled || !rule.lowestThreshold()) {
            continue;
        }
        activeRules.insert(rule.id);
        // An unreachable device tells nothing about its disks or backups: only reachability is judged.
        if (!snapshot.reachable && rule.condition != RuleCondition::Unreachable) {
            continue;
        }
        const bool growth = rule.condition == RuleCondition::SmartReallocatedGrowth;
        for (Observation &obs : observe(rule, snapshot, conds, input.backupFirstSeen, now, false)) {
            const QString key = conditionKey(rule.id, obs.subject);
            ConditionState c = conds.value(key, ConditionState{rule.id, obs.subject, {}, 0, std::nullopt});
            if (!obs.value || std::isnan(*obs.value)) {
                continue; // unknown: the stored state is carried over below
            }
            double value = *obs.value;
            const double raw = value;
            if (growth) {
                // The baseline follows the count down (a replaced drive) but never up while an alert is open, so
                // growth stays visible until a technician resolves it.
                if (!c.baseline || raw < *c.baseline) {
                    c.baseline = raw;
                }
                value = raw - *c.baseline;
            }
            const auto summary = [&]() -> QString {
                if (growth) {
                    return tr("Drive %1 reallocated sectors grew from %2 to %3")
                        .arg(obs.subject)
                        .arg(static_cast<qint64>(*c.baseline))
                        .arg(static_cast<qint64>(raw));
                }
                for (const Observation &described : observe(rule, snapshot, conds, input.backupFirstSeen, now, true)) {
                    if (described.subject == obs.subject) {
                        return described.summary;
                    }
                }
                return {};
            };
            AlertChange change;
            change.deviceId = input.deviceId;
            change.rule = rule.id;
            change.subject = obs.subject;
            change.category = rule.category;

            if (const Alert *alert = unresolved.value(key)) {
                change.alertId = alert->id;
                change.category = alert->category; // a technician may have re-categorised it
                const std::optional<AlertSeverity> severity = rule.severityKeeping(alert->severity, value);
                change.summary = summary();
                if (!severity) {
                    change.kind = AlertChange::Kind::Resolve;
                    change.severity = alert->severity;
                    c.since = {};
                    c.count = 0;
                } else {
                    change.kind = AlertChange::Kind::Update;
                    change.severity = *severity;
                    change.previousSeverity = alert->severity;
                    // Nothing but the time changed: the store bumps last seen in one statement for all of these.
                    change.seenOnly = *severity == alert->severity && change.summary == alert->summary;
                    if (!c.holds()) {
                        c.since = alert->firstSeen.isValid() ? alert->firstSeen : now;
                    }
                    c.count = std::min(c.count + 1, std::max(rule.polls, 1));
                }
                out.changes.append(change);
            } else {
                const bool holding = c.holds() ? !rule.clears(value) : rule.severityFor(value).has_value();
                if (!holding || input.inMaintenance) {
                    c.since = {};
                    c.count = 0;
                } else {
                    if (!c.holds()) {
                        c.since = now;
                    }
                    c.count = std::min(c.count + 1, std::max(rule.polls, 1));
                    if (c.count >= rule.polls && c.since.secsTo(now) >= rule.forSeconds) {
                        change.severity = rule.severityFor(value).value_or(lowestLevel(rule));
                        change.summary = summary();
                        if (const Alert *previous = recentlyResolved.value(key)) {
                            change.kind = AlertChange::Kind::Recur;
                            change.alertId = previous->id;
                            change.category = previous->category;
                        } else {
                            change.kind = AlertChange::Kind::Open;
                        }
                        out.changes.append(change);
                    }
                }
            }
            conds.remove(key);
            if (c.holds() || c.baseline) {
                next.insert(key, c);
            }
        }
    }
    // Whatever was not observed this poll stays as it was, unless its rule is gone or switched off.
    for (auto it = conds.cbegin(); it != conds.cend(); ++it) {
        if (activeRules.contains(it->rule)) {
            next.insert(it.key(), *it);
        }
    }

    out.conditions = next.values();
    std::sort(out.conditions.begin(), out.conditions.end(), [](const ConditionState &a, const ConditionState &b) {
        return std::tie(a.rule, a.subject) < std::tie(b.rule, b.subject);
    });
    if (out.conditions.size() != input.conditions.size()) {
        out.conditionsChanged = true;
    } else {
        for (const ConditionState &c : input.conditions) {
            const auto it = next.constFind(conditionKey(c.rule, c.subject));
            if (it == next.cend() || !(*it == c)) {
                out.conditionsChanged = true;
                break;
            }
        }
    }
    return out;
}

} // namespace Vigil
