// SPDX-License-Identifier: GPL-3.0-or-later
#include "PollService.h"

#include "AlertEvaluator.h"
#include "AlertStore.h"
#include "BackupStore.h"
#include "Clock.h"
#include "Database.h"
#include "HistoryStore.h"
#include "InventoryStore.h"
#include "MetricMappingVisitor.h"
#include "PollLogging.h"
#include "SampleReplay.h"
#include "ScrapeRequest.h"
#include "ScrapeResult.h"
#include "Scraper.h"
#include "SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Vigil {

namespace {

// Failures that mean "nobody answers there": these back off. A server that answers badly keeps its schedule.
bool isDeadEndpoint(ScrapeFailure::Reason reason)
{
    switch (reason) {
    case ScrapeFailure::Reason::Timeout:
    case ScrapeFailure::Reason::ConnectionRefused:
    case ScrapeFailure::Reason::HostNotFound:
    case ScrapeFailure::Reason::ConnectionReset:
    case ScrapeFailure::Reason::Network:
        return true;
    default:
        return false;
    }
}

QByteArray countersToJson(const std::optional<CpuCounters> &counters)
{
    if (!counters) {
        return {};
    }
    QJsonObject json{{QStringLiteral("busy"), counters->busySeconds},
                     {QStringLiteral("total"), counters->totalSeconds},
                     {QStringLiteral("cpus"), counters->cpuCount},
                     {QStringLiteral("at"), counters->polledAt.toMSecsSinceEpoch()}};
    if (counters->bootTime) {
        json.insert(QStringLiteral("boot"), *counters->bootTime);
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<CpuCounters> countersFromJson(const QByteArray &text)
{
    const QJsonObject json = QJsonDocument::fromJson(text).object();
    if (!json.contains(QStringLiteral("total")) || !json.contains(QStringLiteral("at"))) {
        return std::nullopt;
    }
    CpuCounters counters;
    counters.busySeconds = json.value(QStringLiteral("busy")).toDouble();
    counters.totalSeconds = json.value(QStringLiteral("total")).toDouble();
    counters.cpuCount = json.value(QStringLiteral("cpus")).toInt();
    counters.polledAt =
        QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(json.value(QStringLiteral("at")).toDouble()), Qt::UTC);
    if (json.contains(QStringLiteral("boot"))) {
        counters.bootTime = json.value(QStringLiteral("boot")).toDouble();
    }
    return counters;
}

} // namespace

PollService::PollService(Database &database, const Clock &clock, Settings settings, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_clock(clock)
    , m_settings(settings)
    , m_states(std::make_unique<DeviceStateStore>(database))
    , m_history(std::make_unique<HistoryStore>(database))
    , m_alerts(std::make_unique<AlertEvaluator>(database))
    , m_scraper(new Scraper(this))
    , m_timer(new QTimer(this))
    , m_flushTimer(new QTimer(this))
    , m_maintenanceTimer(new QTimer(this))
    , m_scheduler({settings.defaultInterval.count(), settings.maxBackoff.count(), settings.maxConcurrent})
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &PollService::onTimer);
    m_flushTimer->setInterval(m_settings.flushInterval);
    connect(m_flushTimer, &QTimer::timeout, this, [this] { (void)flush(); });
    m_maintenanceTimer->setInterval(m_settings.maintenanceInterval);
    connect(m_maintenanceTimer, &QTimer::timeout, this, [this] { (void)maintainHistory(); });
    connect(m_scraper, &Scraper::finished, this, &PollService::onFinished);
}

PollService::~PollService()
{
    (void)flush();
}

qint64 PollService::nowMs() const
{
    return m_clock.now().toMSecsSinceEpoch();
}

void PollService::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    m_secretCache.clear();
}

Status PollService::reloadDevices()
{
    InventoryStore inventory(m_db, m_clock);
    auto loaded = inventory.load();
    if (!loaded) {
        return loaded.error();
    }
    // Rules are read with the inventory so an edit takes effect on the next reload; a broken stored rule stops here,
    // named, rather than failing every batch later.
    if (Status rules = m_alerts->reloadRules(m_clock.now()); !rules) {
        return rules;
    }
    // Rate state and failure counts survive restarts: a poll in a new process continues where the last one ended.
    auto states = m_states->load();
    if (!states) {
        return states.error();
    }
    QHash<qint64, Target> targets;
    for (const Device &device : loaded->devices) {
        const QUrl url(device.exporterUrl);
        if (device.exporterUrl.isEmpty() || !url.isValid()) {
            continue;
        }
        Target target;
        if (const auto known = m_targets.constFind(device.id); known != m_targets.cend()) {
            target = *known;
        } else if (const auto stored = states->constFind(device.id); stored != states->cend()) {
            target.counters = countersFromJson(stored->counters);
            target.consecutiveFailures = stored->reachable ? 0 : stored->consecutiveFailures;
        }
        target.url = url.adjusted(QUrl::RemoveUserInfo);
        target.basicUser = url.userName();
        target.credentialKey = device.exporterCredentialKey;
        targets.insert(device.id, target);
    }
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it) {
        if (!targets.contains(it.key())) {
            m_scheduler.removeDevice(it.key());
        }
    }
    m_targets = std::move(targets);
    if (m_continuous) {
        const qint64 now = nowMs();
        for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it) {
            m_scheduler.setDevice(it.key(), now);
        }
        armTimer();
    }
    m_pass.skippedNoExporter = static_cast<int>(loaded->devices.size() - m_targets.size());
    return {};
}

int PollService::deviceCount() const
{
    return static_cast<int>(m_targets.size());
}

void PollService::pollOnce()
{
    const int skipped = m_pass.skippedNoExporter;
    m_pass = PollSummary{};
    m_pass.skippedNoExporter = skipped;
    m_passRunning = true;
    m_passTimer.start();
    m_queue.clear();
    // A device whose poll is already running (continuous polling, or an earlier pass) is not polled twice at once:
    // the running poll lands in this pass.
    QSet<qint64> running(m_awaitingSecret);
    for (const qint64 deviceId : std::as_const(m_requests)) {
        running.insert(deviceId);
    }
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it) {
        if (!running.contains(it.key())) {
            m_queue.push_back(it.key());
        }
    }
    m_flushTimer->start();
    startQueued();
    finishPassIfDone();
}

void PollService::startQueued()
{
    while (!m_queue.empty() && inFlight() < m_settings.maxConcurrent) {
        const qint64 deviceId = m_queue.front();
        m_queue.pop_front();
        launch(deviceId);
    }
}

int PollService::inFlight() const
{
    return static_cast<int>(m_requests.size() + m_awaitingSecret.size());
}

void PollService::launch(qint64 deviceId)
{
    const auto it = m_targets.constFind(deviceId);
    if (it == m_targets.cend()) {
        return;
    }
    if (it->credentialKey.isEmpty()) {
        scrapeWith(deviceId, {});
        return;
    }
    if (const auto cached = m_secretCache.constFind(it->credentialKey); cached != m_secretCache.cend()) {
        scrapeWith(deviceId, *cached);
        return;
    }
    const auto noCredentials = [this, deviceId](const QString &detail) {
        DeviceSnapshot snapshot;
        snapshot.polledAt = m_clock.now();
        snapshot.failure = PollFailure{QStringLiteral("no_credentials"), detail};
        complete(deviceId, std::move(snapshot), false, false);
    };
    if (!m_secrets) {
        noCredentials(
            tr("the exporter needs credentials (key %1) but no keychain is available").arg(it->credentialKey));
        return;
    }
    m_awaitingSecret.insert(deviceId);
    const QString key = it->credentialKey;
    m_secrets->read(key, this, [this, deviceId, key, noCredentials](const Result<QString> &secret) {
        m_awaitingSecret.remove(deviceId);
        if (!secret) {
            noCredentials(tr("reading credentials %1 from the keychain failed: %2").arg(key, secret.error().message));
            return;
        }
        m_secretCache.insert(key, secret.value());
        scrapeWith(deviceId, secret.value());
    });
}

void PollService::scrapeWith(qint64 deviceId, const QString &secret)
{
    const auto it = m_targets.constFind(deviceId);
    if (it == m_targets.cend()) {
        finishPassIfDone();
        return;
    }
    ScrapeRequest request;
    request.deviceId = deviceId;
    request.url = it->url;
    request.timeout = m_settings.timeout;
    request.limits = m_settings.limits;
    if (!it->credentialKey.isEmpty()) {
        request.auth = it->basicUser.isEmpty() ? ScrapeAuth::Bearer : ScrapeAuth::Basic;
        request.user = it->basicUser;
        request.secret = secret;
    }
    m_requests.insert(m_scraper->scrape(request), deviceId);
}

void PollService::start()
{
    m_continuous = true;
    const qint64 now = nowMs();
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it) {
        m_scheduler.setDevice(it.key(), now);
    }
    m_flushTimer->start();
    m_maintenanceTimer->start();
    armTimer();
}

void PollService::stop()
{
    m_continuous = false;
    m_timer->stop();
    m_maintenanceTimer->stop();
    for (auto it = m_targets.cbegin(); it != m_targets.cend(); ++it) {
        m_scheduler.removeDevice(it.key());
    }
    (void)flush();
}

bool PollService::isRunning() const
{
    return m_continuous;
}

void PollService::armTimer()
{
    if (!m_continuous) {
        return;
    }
    const qint64 wake = m_scheduler.nextWake();
    if (wake < 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(static_cast<int>(std::clamp<qint64>(wake - nowMs(), 0, 60 * 60 * 1000)));
}

void PollService::onTimer()
{
    const qint64 now = nowMs();
    for (const PollScheduler::DuePoll &due : m_scheduler.takeDue(now)) {
        launch(due.deviceId);
        ++m_scheduleStats.started;
        if (m_scheduleStats.latenessMs.size() >= 200'000) {
            m_scheduleStats.latenessMs.remove(0, 100'000);
        }
        m_scheduleStats.latenessMs.append(now - due.slot);
    }
    m_scheduleStats.skippedStillRunning = m_scheduler.stats().skippedStillRunning;
    armTimer();
}

const PollService::ScheduleStats &PollService::scheduleStats() const
{
    return m_scheduleStats;
}

void PollService::onFinished(const ScrapeResult &result)
{
    const qint64 deviceId = m_requests.take(result.requestId);
    auto it = m_targets.find(deviceId);
    if (deviceId == 0 || it == m_targets.end()) {
        return;
    }
    const QDateTime now = m_clock.now();
    DeviceSnapshot snapshot;
    if (result.ok()) {
        MetricMappingVisitor visitor;
        replaySamples(result.samples, visitor);
        MappingResult mapped = visitor.finish(it->counters, now);
        snapshot = std::move(mapped.snapshot);
        it->counters = mapped.counters;
    } else {
        snapshot.polledAt = now;
        snapshot.reachable = false;
        snapshot.failure = PollFailure{result.failureId(), result.failureText()};
        // A rotated token: read it again from the keychain next time instead of repeating the stale one.
        if (result.failure.reason == ScrapeFailure::Reason::HttpStatus && result.httpStatus == 401) {
            m_secretCache.remove(it->credentialKey);
        }
    }
    complete(deviceId, std::move(snapshot), !result.ok() && isDeadEndpoint(result.failure.reason),
             result.reusedConnection);
}

void PollService::complete(qint64 deviceId, DeviceSnapshot snapshot, bool deadEndpoint, bool reused)
{
    auto it = m_targets.find(deviceId);
    if (it == m_targets.end()) {
        finishPassIfDone();
        return;
    }
    const qint64 ts = snapshot.polledAt.toSecsSinceEpoch();
    // Every poll, good or not, so that hourly rollups give the share of polls answered (the monthly report's
    // uptime) and patch counts keep a history (updates applied = drops in the pending count).
    m_pendingSamples.append({deviceId, QStringLiteral("reachable"), QString(), ts, snapshot.reachable ? 100.0 : 0.0});
    if (snapshot.reachable) {
        if (snapshot.pendingUpdates) {
            m_pendingSamples.append({deviceId, QStringLiteral("updates_pending"), QString(), ts,
                                     static_cast<double>(*snapshot.pendingUpdates)});
        }
        if (snapshot.securityUpdates) {
            m_pendingSamples.append({deviceId, QStringLiteral("updates_security"), QString(), ts,
                                     static_cast<double>(*snapshot.securityUpdates)});
        }
        if (snapshot.rebootRequired) {
            m_pendingSamples.append(
                {deviceId, QStringLiteral("reboot_required"), QString(), ts, *snapshot.rebootRequired ? 100.0 : 0.0});
        }
        it->consecutiveFailures = 0;
        if (snapshot.cpuBusyPercent) {
            m_pendingSamples.append({deviceId, QStringLiteral("cpu"), QString(), ts, *snapshot.cpuBusyPercent});
        }
        if (snapshot.memoryUsedPercent) {
            m_pendingSamples.append({deviceId, QStringLiteral("memory"), QString(), ts, *snapshot.memoryUsedPercent});
        }
        for (const DiskUsage &disk : snapshot.disks) {
            m_pendingSamples.append({deviceId, QStringLiteral("disk"), disk.mountPoint, ts, disk.usedPercent});
        }
        // Kept as history too (in bytes), so the device page can show whether a backup is growing or shrank.
        for (const BackupJobStatus &job : snapshot.backups) {
            if (job.sizeBytes) {
                m_pendingSamples.append(
                    {deviceId, BackupStore::sizeMetric, job.job, ts, static_cast<double>(*job.sizeBytes)});
            }
        }
        ++m_pass.ok;
        m_pass.reusedConnections += reused ? 1 : 0;
    } else {
        it->consecutiveFailures = deadEndpoint ? it->consecutiveFailures + 1 : 0;
        const QString reason = snapshot.failure ? snapshot.failure->reason : QString();
        ++m_pass.failed;
        ++m_pass.failuresByReason[reason];
        qCInfo(lcPoll) << "poll of device" << deviceId << "failed:" << reason;
    }
    ++m_pass.polled;
    m_pendingStates.append({deviceId, snapshot, snapshot.reachable ? countersToJson(it->counters) : QByteArray()});
    Q_EMIT devicePolled(deviceId, snapshot);

    if (m_continuous && m_scheduler.hasDevice(deviceId)) {
        ++m_scheduleStats.finished;
        m_scheduleStats.reused += reused ? 1 : 0;
        m_scheduler.finished(deviceId, nowMs(), it->consecutiveFailures);
        armTimer();
    }
    startQueued();
    finishPassIfDone();
}

void PollService::finishPassIfDone()
{
    if (!m_passRunning || !m_queue.empty() || inFlight() > 0) {
        return;
    }
    m_passRunning = false;
    m_pass.durationMs = m_passTimer.elapsed();
    (void)flush();
    (void)maintainHistory();
    if (!m_continuous) {
        m_flushTimer->stop();
    }
    Q_EMIT cycleFinished(m_pass);
}

Status PollService::maintainHistory()
{
    auto stats = m_history->maintain(m_clock.now());
    if (!stats) {
        qCWarning(lcPoll) << "history maintenance failed:" << stats.error().toString();
        Q_EMIT storeError(stats.error().toString());
        return stats.error();
    }
    return {};
}

Status PollService::flush()
{
    if (m_pendingStates.isEmpty() && m_pendingSamples.isEmpty()) {
        return {};
    }
    const QList<DeviceStateStore::Update> states = std::exchange(m_pendingStates, {});
    const QList<HealthSample> samples = std::exchange(m_pendingSamples, {});
    QList<std::pair<qint64, DeviceSnapshot>> polls;
    polls.reserve(states.size());
    for (const DeviceStateStore::Update &update : states) {
        polls.append({update.deviceId, update.snapshot});
    }
    const QDateTime now = m_clock.now();
    QList<qint64> raised;
    // One transaction: the console never sees a state without its history or its alerts, or the other way round.
    Status status = m_db.transaction(
        [&]() -> Status {
            if (Status saved = m_states->save(states); !saved) {
                return saved;
            }
            if (Status saved = m_history->append(samples); !saved) {
                return saved;
            }
            Result<QList<qint64>> evaluated = m_alerts->evaluate(polls, now);
            if (!evaluated) {
                return evaluated.error();
            }
            raised = std::move(evaluated).value();
            Result<QList<qint64>> reopened = AlertStore(m_db).expireSnoozes(now);
            if (!reopened) {
                return reopened.error();
            }
            raised.append(reopened.value());
            return {};
        },
        Database::Durability::Relaxed);
    if (!status) {
        qCWarning(lcPoll) << "saving poll results failed:" << status.error().toString();
        Q_EMIT storeError(status.error().toString());
        return status;
    }
    if (!raised.isEmpty()) {
        Q_EMIT alertsRaised(raised);
    }
    return status;
}

} // namespace Vigil
