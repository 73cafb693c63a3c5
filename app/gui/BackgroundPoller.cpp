// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundPoller.h"

#include "Clock.h"
#include "Database.h"
#include "KeychainSecretStore.h"
#include "PollLogging.h"
#include "SecretStore.h"

#include <QMetaObject>
#include <QThread>

namespace Vigil {

// Owns everything that lives on the poller thread. Made on the GUI thread, then moved; its members are created in
// open(), on the poller thread, because a database connection and the scraper's sockets belong to the thread that
// made them. It talks to the BackgroundPoller only through queued calls and signals.
class BackgroundPoller::Worker final : public QObject
{
public:
    Worker(BackgroundPoller *poller, Options options, bool paused)
        : m_poller(poller)
        , m_options(std::move(options))
        , m_paused(paused)
    {
    }

    void open()
    {
        auto database = Database::open(m_options.databasePath);
        if (!database) {
            const QString message = database.error().toString();
            qCWarning(lcPoll) << "the poller cannot open the database:" << message;
            toPoller([message](BackgroundPoller *poller) { poller->onFailed(message); });
            return;
        }
        m_database = std::move(database).value();
        m_secrets = m_options.makeSecretStore ? m_options.makeSecretStore() : std::make_unique<KeychainSecretStore>();
        m_service = std::make_unique<PollService>(*m_database, Clock::system(), m_options.settings);
        m_service->setSecretStore(m_secrets.get());
        connect(m_service.get(), &PollService::devicePolled, m_poller, &BackgroundPoller::devicePolled,
                Qt::QueuedConnection);
        connect(m_service.get(), &PollService::cycleFinished, m_poller, &BackgroundPoller::cycleFinished,
                Qt::QueuedConnection);
        connect(m_service.get(), &PollService::storeError, m_poller, &BackgroundPoller::storeError,
                Qt::QueuedConnection);
        connect(m_service.get(), &PollService::alertsRaised, m_poller, &BackgroundPoller::alertsRaised,
                Qt::QueuedConnection);
        connect(m_service.get(), &PollService::cycleFinished, this, [this] { passFinished(); });
        reload();
        if (!m_paused) {
            m_service->start();
        }
    }

    void reload()
    {
        if (!m_service) {
            return;
        }
        if (Status loaded = m_service->reloadDevices(); !loaded) {
            const QString message = loaded.error().toString();
            toPoller([message](BackgroundPoller *poller) { Q_EMIT poller->storeError(message); });
            return;
        }
        const int count = m_service->deviceCount();
        toPoller([count](BackgroundPoller *poller) { poller->onDevicesLoaded(count); });
    }

    void pollNow()
    {
        if (!m_service || m_passRunning) {
            return;
        }
        m_passRunning = true;
        // The pass replaces the schedule while it runs, so no device is polled by both.
        if (m_service->isRunning()) {
            m_service->stop();
        }
        m_service->pollOnce();
    }

    void setPaused(bool paused)
    {
        m_paused = paused;
        if (!m_service) {
            return;
        }
        if (paused && m_service->isRunning()) {
            m_service->stop();
        } else if (!paused && !m_passRunning && !m_service->isRunning()) {
            m_service->start();
        }
    }

    // stop() and the destructor write the pending results; polls still running are dropped with the scraper.
    void close()
    {
        if (m_service) {
            m_service->stop();
            m_service.reset();
        }
        m_secrets.reset();
        m_database.reset();
    }

private:
    void passFinished()
    {
        m_passRunning = false;
        if (!m_paused && !m_service->isRunning()) {
            m_service->start();
        }
    }

    // The poller outlives this thread (its destructor waits for it), so the pointer is safe to queue a call to.
    template<typename Call>
    void toPoller(Call call)
    {
        BackgroundPoller *poller = m_poller;
        QMetaObject::invokeMethod(
            poller, [poller, call] { call(poller); }, Qt::QueuedConnection);
    }

    BackgroundPoller *m_poller;
    Options m_options;
    bool m_paused = false;
    bool m_passRunning = false;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<PollService> m_service;
};

BackgroundPoller::BackgroundPoller(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    connect(this, &BackgroundPoller::cycleFinished, this, &BackgroundPoller::onCycleFinished);
}

BackgroundPoller::~BackgroundPoller()
{
    shutdown();
}

void BackgroundPoller::start()
{
    if (m_thread) {
        return;
    }
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("vigil-poller"));
    m_worker = new Worker(this, m_options, m_paused);
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->open(); }, Qt::QueuedConnection);
    Q_EMIT modeChanged();
}

void BackgroundPoller::pollNow()
{
    if (!isRunning() || m_passRunning) {
        return;
    }
    m_passRunning = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->pollNow(); }, Qt::QueuedConnection);
    Q_EMIT modeChanged();
}

void BackgroundPoller::setPaused(bool paused)
{
    if (paused == m_paused) {
        return;
    }
    m_paused = paused;
    if (isRunning()) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, paused] { worker->setPaused(paused); }, Qt::QueuedConnection);
    }
    Q_EMIT modeChanged();
}

void BackgroundPoller::reloadDevices()
{
    if (isRunning()) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->reload(); }, Qt::QueuedConnection);
    }
}

void BackgroundPoller::shutdown()
{
    if (!m_thread) {
        return;
    }
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            worker->close();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    m_thread.reset();
    m_worker = nullptr;
    m_passRunning = false;
    Q_EMIT modeChanged();
}

bool BackgroundPoller::isRunning() const
{
    return m_thread && !m_failed;
}

bool BackgroundPoller::isLoaded() const
{
    return m_loaded;
}

bool BackgroundPoller::hasFailed() const
{
    return m_failed;
}

bool BackgroundPoller::isPaused() const
{
    return m_paused;
}

bool BackgroundPoller::isPassRunning() const
{
    return m_passRunning;
}

int BackgroundPoller::deviceCount() const
{
    return m_deviceCount;
}

void BackgroundPoller::onDevicesLoaded(int count)
{
    m_loaded = true;
    m_deviceCount = count;
    Q_EMIT devicesLoaded(count);
    Q_EMIT modeChanged();
}

void BackgroundPoller::onCycleFinished()
{
    m_passRunning = false;
    Q_EMIT modeChanged();
}

void BackgroundPoller::onFailed(const QString &message)
{
    m_failed = true;
    m_passRunning = false;
    Q_EMIT failed(message);
    Q_EMIT modeChanged();
}

} // namespace Vigil
