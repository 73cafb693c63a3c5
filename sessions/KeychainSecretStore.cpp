// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace Vigil {

namespace {

// "vigil.secrets": key ids at debug level only; never a secret.
Q_LOGGING_CATEGORY(lcSecrets, "vigil.secrets", QtInfoMsg)

// Secret Service (libsecret) reports a missing service as OtherError with a D-Bus message rather than
// NoBackendAvailable; these fragments identify that case.
bool looksLikeMissingService(const QString &message)
{
    static const QLatin1StringView fragments[] = {
        QLatin1StringView("org.freedesktop.secrets"), QLatin1StringView("ServiceUnknown"),
        QLatin1StringView("not provided by any"),     QLatin1StringView("No such interface"),
        QLatin1StringView("Cannot autolaunch"),       QLatin1StringView("DBUS_SESSION_BUS_ADDRESS"),
        QLatin1StringView("Could not connect"),       QLatin1StringView("kwalletd"),
    };
    for (const QLatin1StringView fragment : fragments) {
        if (message.contains(fragment, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

const char *operationName(int kind)
{
    switch (kind) {
    case 0:
        return "read";
    case 1:
        return "write";
    default:
        return "remove";
    }
}

} // namespace

struct KeychainSecretStore::Operation
{
    enum Kind { Read, Write, Remove };

    Kind kind = Read;
    QString keyId;
    QString secret;
    QPointer<QObject> context;
    ReadCallback readDone;
    StatusCallback statusDone;
};

KeychainSecretStore::KeychainSecretStore(const QString &profile, QObject *parent)
    : SecretStore(parent)
    , m_service(profile.isEmpty() ? QStringLiteral("Vigil") : QStringLiteral("Vigil/") + profile)
{
}

KeychainSecretStore::~KeychainSecretStore()
{
    // QtKeychain may still call back into a running job: let it finish on its own and delete itself.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->setParent(nullptr);
        m_job->setAutoDelete(true);
    }
}

QString KeychainSecretStore::service() const
{
    return m_service;
}

qsizetype KeychainSecretStore::pendingCount() const
{
    return static_cast<qsizetype>(m_queue.size()) + (m_running ? 1 : 0);
}

bool KeychainSecretStore::isAvailable() const
{
    return !m_backendMissing;
}

void KeychainSecretStore::read(const QString &keyId, QObject *context, ReadCallback done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Read;
    operation->keyId = keyId;
    operation->context = context ? context : this;
    operation->readDone = std::move(done);
    enqueue(std::move(operation));
}

void KeychainSecretStore::write(const QString &keyId, const QString &secret, QObject *context, StatusCallback done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Write;
    operation->keyId = keyId;
    operation->secret = secret;
    operation->context = context ? context : this;
    operation->statusDone = std::move(done);
    enqueue(std::move(operation));
}

void KeychainSecretStore::remove(const QString &keyId, QObject *context, StatusCallback done)
{
    auto operation = std::make_unique<Operation>();
    operation->kind = Operation::Remove;
    operation->keyId = keyId;
    operation->context = context ? context : this;
    operation->statusDone = std::move(done);
    enqueue(std::move(operation));
}

void KeychainSecretStore::enqueue(std::unique_ptr<Operation> operation)
{
    qCDebug(lcSecrets) << "queued" << operationName(operation->kind) << "of" << operation->keyId << "in" << m_service;
    m_queue.push_back(std::move(operation));
    if (!m_running) {
        // Started from the event loop, so even an immediate failure reaches the caller after it returned.
        QMetaObject::invokeMethod(this, &KeychainSecretStore::startNext, Qt::QueuedConnection);
    }
}

void KeychainSecretStore::startNext()
{
    if (m_running || m_queue.empty()) {
        return;
    }
    m_running = std::move(m_queue.front());
    m_queue.pop_front();

    const Operation &operation = *m_running;
    if (operation.keyId.isEmpty()) {
        // Nothing to ask the keychain: answer through the same path as a finished job.
        QKeychain::Job *none = nullptr;
        onJobFinished(none);
        return;
    }

    QKeychain::Job *job = nullptr;
    switch (operation.kind) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_service, this);
        writeJob->setTextData(operation.secret);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    // Never setInsecureFallback(): it would write the secret in plain text when no keychain works.
    job->setAutoDelete(false);
    job->setKey(operation.keyId);
    m_job = job;
    connect(job, &QKeychain::Job::finished, this, &KeychainSecretStore::onJobFinished);
    qCDebug(lcSecrets) << "started" << operationName(operation.kind) << "of" << operation.keyId;
    job->start();
}

Error KeychainSecretStore::jobError(const QKeychain::Job &job, const Operation &operation)
{
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return notFoundError(operation.keyId);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error{ErrorCode::Io, tr("access to the keychain was denied (%1)").arg(detail), operation.keyId};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        m_backendMissing = true;
        return Error{ErrorCode::Unsupported, tr("no keychain is available (%1)").arg(detail), operation.keyId};
    case QKeychain::CouldNotDeleteEntry:
        return Error{ErrorCode::Io, tr("the keychain could not delete the secret (%1)").arg(detail), operation.keyId};
    case QKeychain::OtherError:
    case QKeychain::NoError:
        break;
    }
    if (looksLikeMissingService(detail)) {
        m_backendMissing = true;
        return Error{ErrorCode::Unsupported, tr("no keychain is available (%1)").arg(detail), operation.keyId};
    }
    return Error{ErrorCode::Io, tr("the keychain failed (%1)").arg(detail), operation.keyId};
}

void KeychainSecretStore::onJobFinished(QKeychain::Job *job)
{
    if (!m_running) {
        return;
    }
    std::unique_ptr<Operation> operation = std::move(m_running);
    m_job = nullptr;
    const char *name = operationName(operation->kind);

    Status status;
    QString secretText;
    if (!job) {
        status = invalidKeyError();
    } else if (job->error() == QKeychain::NoError
               || (operation->kind == Operation::Remove && job->error() == QKeychain::EntryNotFound)) {
        m_backendMissing = false;
        if (operation->kind == Operation::Read) {
            secretText = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        }
        qCDebug(lcSecrets) << name << "of" << operation->keyId << "done";
    } else {
        status = jobError(*job, *operation);
        if (job->error() == QKeychain::EntryNotFound) {
            qCDebug(lcSecrets) << name << "of" << operation->keyId << "found nothing";
        } else {
            qCWarning(lcSecrets).noquote() << "keychain" << name << "failed:" << status.error().message;
        }
    }
    if (job) {
        job->deleteLater();
    }
    operation->secret.clear();

    if (operation->context) {
        if (operation->kind == Operation::Read) {
            if (operation->readDone) {
                QMetaObject::invokeMethod(
                    operation->context.data(),
                    // The Result is built in the callback: assigning one variant over another here trips GCC 12's
                    // -Wmaybe-uninitialized at -O3.
                    [done = std::move(operation->readDone), status, secretText = std::move(secretText)]() {
                        done(status.ok() ? Result<QString>(secretText) : Result<QString>(status.error()));
                    },
                    Qt::QueuedConnection);
            }
        } else if (operation->statusDone) {
            QMetaObject::invokeMethod(
                operation->context.data(),
                [done = std::move(operation->statusDone), status = std::move(status)]() { done(status); },
                Qt::QueuedConnection);
        }
    }
    startNext();
}

} // namespace Vigil
