// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshSession.h"

#include "SecretStore.h"
#include "SshWorker.h"

#include <QThread>

namespace Vigil {

SshSession::SshSession(SshTarget target, SshSessionOptions options, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_options(std::move(options))
    , m_secrets(secrets)
{
    qRegisterMetaType<Vigil::HostKeyInfo>();
    qRegisterMetaType<Vigil::SshPrompts>();
    qRegisterMetaType<Vigil::SshResult>();
    qRegisterMetaType<Vigil::HostKeyDecision>();
}

SshSession::~SshSession()
{
    shutDownWorker();
}

const SshTarget &SshSession::target() const
{
    return m_target;
}

const SshSessionOptions &SshSession::options() const
{
    return m_options;
}

bool SshSession::isOpen() const
{
    return m_opened && !m_finished;
}

bool SshSession::isFinished() const
{
    return m_finished;
}

void SshSession::open()
{
    if (m_opened) {
        return;
    }
    m_opened = true;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("ssh %1").arg(m_target.destination.describe()));
    m_worker = new SshWorker(m_target, m_options);
    m_worker->moveToThread(m_thread);
    // The worker is deleted in its own thread, then the thread object once the thread has ended.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_worker, &SshWorker::hostKeyUnknown, this, &SshSession::hostKeyUnknown);
    connect(m_worker, &SshWorker::credentialsNeeded, this, &SshSession::credentialsNeeded);
    connect(m_worker, &SshWorker::connected, this, &SshSession::connected);
    connect(m_worker, &SshWorker::forwardListening, this, &SshSession::forwardListening);
    connect(m_worker, &SshWorker::secretNeeded, this, &SshSession::onSecretNeeded);
    connect(m_worker, &SshWorker::output, this, &SshSession::onOutput);
    connect(m_worker, &SshWorker::finished, this, &SshSession::onFinished);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &SshWorker::start, Qt::QueuedConnection);
}

void SshSession::answerHostKey(HostKeyDecision decision)
{
    if (isOpen()) {
        QMetaObject::invokeMethod(m_worker, "answerHostKey", Qt::QueuedConnection,
                                  Q_ARG(Vigil::HostKeyDecision, decision));
    }
}

void SshSession::answerCredentials(const QStringList &answers)
{
    if (isOpen()) {
        QMetaObject::invokeMethod(m_worker, "answerCredentials", Qt::QueuedConnection, Q_ARG(QStringList, answers),
                                  Q_ARG(bool, false));
    }
}

void SshSession::cancelCredentials()
{
    if (isOpen()) {
        QMetaObject::invokeMethod(m_worker, "answerCredentials", Qt::QueuedConnection,
                                  Q_ARG(QStringList, QStringList()), Q_ARG(bool, true));
    }
}

void SshSession::write(const QByteArray &data)
{
    if (isOpen()) {
        QMetaObject::invokeMethod(m_worker, "write", Qt::QueuedConnection, Q_ARG(QByteArray, data));
    }
}

void SshSession::resize(int columns, int rows)
{
    m_options.columns = columns;
    m_options.rows = rows;
    if (isOpen()) {
        QMetaObject::invokeMethod(m_worker, "resize", Qt::QueuedConnection, Q_ARG(int, columns), Q_ARG(int, rows));
    }
}

void SshSession::close()
{
    if (isOpen()) {
        QMetaObject::invokeMethod(m_worker, &SshWorker::close, Qt::QueuedConnection);
    }
}

void SshSession::onSecretNeeded(const QString &keyId)
{
    const auto answer = [this, keyId](const QString &secret, bool found) {
        if (isOpen()) {
            QMetaObject::invokeMethod(m_worker, "provideSecret", Qt::QueuedConnection, Q_ARG(QString, keyId),
                                      Q_ARG(QString, secret), Q_ARG(bool, found));
        }
    };
    if (!m_secrets || !m_secrets->isAvailable()) {
        answer(QString(), false);
        return;
    }
    m_secrets->read(keyId, this, [answer](const Result<QString> &secret) {
        answer(secret ? secret.value() : QString(), secret.ok());
    });
}

void SshSession::onOutput(const QByteArray &data, bool isStderr)
{
    if (isStderr) {
        Q_EMIT errorReceived(data);
    } else {
        Q_EMIT dataReceived(data);
    }
    // The receivers have handled the chunk (direct connections): the worker may read the next one.
    if (isOpen()) {
        QMetaObject::invokeMethod(m_worker, &SshWorker::outputConsumed, Qt::QueuedConnection);
    }
}

void SshSession::onFinished(const SshResult &result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    shutDownWorker();
    Q_EMIT finished(result);
}

void SshSession::shutDownWorker()
{
    if (!m_thread) {
        return;
    }
    if (!m_finished && m_worker) {
        QMetaObject::invokeMethod(m_worker, &SshWorker::close, Qt::QueuedConnection);
    }
    disconnect(m_worker, nullptr, this, nullptr);
    // quit() lets the close above run first (it is queued before the quit event is handled by exec()).
    m_thread->quit();
    m_thread = nullptr;
    m_worker = nullptr;
}

} // namespace Vigil
