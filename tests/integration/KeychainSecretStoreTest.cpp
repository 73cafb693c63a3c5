// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainSecretStore against a real Secret Service: a private D-Bus session bus and an unlocked
// gnome-keyring-daemon, started once for this executable (vigil_keychain_tests) before anything touches D-Bus.
#include "KeychainSecretStore.h"
#include "ChildProcess.h"
#include "PrivateSecretService.h"
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

using namespace Vigil;
using namespace VigilTest;
using namespace std::chrono_literals;

namespace {

// Everything logged in this process (vigil.* at debug level), to prove that no secret reaches a log.
QMutex logMutex;
QByteArray capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&logMutex);
        capturedLog += QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    }
    if (previousHandler) {
        previousHandler(type, context, message);
    }
}

QByteArray logSnapshot()
{
    const QMutexLocker lock(&logMutex);
    return capturedLog;
}

class KeychainEnvironment final : public ::testing::Environment
{
public:
    static PrivateSecretService *service() { return s_service.get(); }
    static QString startError() { return s_startError; }

    void SetUp() override
    {
        previousHandler = qInstallMessageHandler(captureMessage);
        QLoggingCategory::setFilterRules(QStringLiteral("vigil.*.debug=true"));
        s_service = std::make_unique<PrivateSecretService>(PrivateSecretService::Keyring::GnomeKeyring);
        // A failure here would only skip the tests (gtest 1.12): each test fails on it instead.
        if (!s_service->start(&s_startError)) {
            s_service.reset();
            return;
        }
        s_service->applyToThisProcess();
    }

    void TearDown() override
    {
        s_service.reset();
        qInstallMessageHandler(previousHandler);
    }

private:
    static inline std::unique_ptr<PrivateSecretService> s_service;
    static inline QString s_startError;
};

[[maybe_unused]] ::testing::Environment *const keychainEnvironment =
    ::testing::AddGlobalTestEnvironment(new KeychainEnvironment);

template<typename Predicate>
bool waitFor(Predicate done, std::chrono::milliseconds timeout = 20s)
{
    QDeadlineTimer deadline(timeout);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return done();
}

Result<QString> readNow(SecretStore &store, const QString &key)
{
    std::optional<Result<QString>> result;
    QObject context;
    store.read(key, &context, [&](const Result<QString> &r) { result = r; });
    if (!waitFor([&] { return result.has_value(); })) {
        return Error{ErrorCode::Io, QStringLiteral("test: no answer from read"), key};
    }
    return *result;
}

Status writeNow(SecretStore &store, const QString &key, const QString &secret)
{
    std::optional<Status> result;
    QObject context;
    store.write(key, secret, &context, [&](const Status &s) { result = s; });
    if (!waitFor([&] { return result.has_value(); })) {
        return Error{ErrorCode::Io, QStringLiteral("test: no answer from write"), key};
    }
    return *result;
}

Status removeNow(SecretStore &store, const QString &key)
{
    std::optional<Status> result;
    QObject context;
    store.remove(key, &context, [&](const Status &s) { result = s; });
    if (!waitFor([&] { return result.has_value(); })) {
        return Error{ErrorCode::Io, QStringLiteral("test: no answer from remove"), key};
    }
    return *result;
}

QString randomSecret()
{
    return QStringLiteral("pw-") + QString::number(QRandomGenerator::system()->generate64(), 36)
           + QString::number(QRandomGenerator::system()->generate64(), 36);
}

// Regular files under root (except `skip` and below) whose bytes contain the needle in UTF-8 or UTF-16.
QStringList filesContaining(const QString &root, const QString &needle, const QString &skip = QString())
{
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!skip.isEmpty() && path.startsWith(skip + QLatin1Char('/'))) {
            continue;
        }
        QFile file(path);
        if (!it.fileInfo().isFile() || !file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16)) {
            hits << path;
        }
    }
    return hits;
}

#define ASSERT_SERVICE()                                                                                               \
    ASSERT_NE(KeychainEnvironment::service(), nullptr)                                                                 \
        << "the private secret service did not start: " << KeychainEnvironment::startError().toStdString()

} // namespace

TEST(KeychainSecretStoreTest, WriteThenReadReturnsTheSecret)
{
    ASSERT_SERVICE();
    KeychainSecretStore store;
    EXPECT_EQ(store.service(), QStringLiteral("Vigil"));
    const QString secret = randomSecret();
    const Status written = writeNow(store, QStringLiteral("device/42/ssh-password"), secret);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    const Result<QString> read = readNow(store, QStringLiteral("device/42/ssh-password"));
    ASSERT_TRUE(read.ok()) << read.error().toString().toStdString();
    EXPECT_EQ(read.value(), secret);
    EXPECT_TRUE(store.isAvailable());

    // A second store (a later run of the console) finds it too.
    KeychainSecretStore again;
    const Result<QString> reread = readNow(again, QStringLiteral("device/42/ssh-password"));
    ASSERT_TRUE(reread.ok()) << reread.error().toString().toStdString();
    EXPECT_EQ(reread.value(), secret);
}

TEST(KeychainSecretStoreTest, ProfilesAreSeparateNamespaces)
{
    ASSERT_SERVICE();
    KeychainSecretStore alpha(QStringLiteral("alpha"));
    KeychainSecretStore beta(QStringLiteral("beta"));
    KeychainSecretStore plain;
    EXPECT_EQ(alpha.service(), QStringLiteral("Vigil/alpha"));
    const QString key = QStringLiteral("profile-key");
    ASSERT_TRUE(writeNow(alpha, key, QStringLiteral("alpha-secret")).ok());

    const Result<QString> fromBeta = readNow(beta, key);
    ASSERT_FALSE(fromBeta.ok());
    EXPECT_EQ(fromBeta.error().code, ErrorCode::NotFound) << fromBeta.error().toString().toStdString();
    const Result<QString> fromPlain = readNow(plain, key);
    ASSERT_FALSE(fromPlain.ok());
    EXPECT_EQ(fromPlain.error().code, ErrorCode::NotFound);

    ASSERT_TRUE(writeNow(beta, key, QStringLiteral("beta-secret")).ok());
    EXPECT_EQ(readNow(alpha, key).value(), QStringLiteral("alpha-secret"));
    EXPECT_EQ(readNow(beta, key).value(), QStringLiteral("beta-secret"));
}

TEST(KeychainSecretStoreTest, RemoveThenReadIsNotFound)
{
    ASSERT_SERVICE();
    KeychainSecretStore store;
    const QString key = QStringLiteral("to-remove");
    ASSERT_TRUE(writeNow(store, key, randomSecret()).ok());
    const Status removed = removeNow(store, key);
    ASSERT_TRUE(removed.ok()) << removed.error().toString().toStdString();
    const Result<QString> read = readNow(store, key);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, ErrorCode::NotFound) << read.error().toString().toStdString();
    EXPECT_EQ(read.error().where, key);
    // Removing again is not an error.
    const Status again = removeNow(store, key);
    EXPECT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_TRUE(store.isAvailable());
}

TEST(KeychainSecretStoreTest, QueuedOperationsRunOneAtATimeInOrder)
{
    ASSERT_SERVICE();
    KeychainSecretStore store;
    QObject context;
    const QString key = QStringLiteral("queue-key");
    constexpr int rounds = 20;
    std::vector<int> order;
    std::vector<QString> readValues(rounds);
    int calls = 0;
    // write v_i then read, all queued at once: each read sees the write just before it only if the jobs do not
    // overlap.
    for (int i = 0; i < rounds; ++i) {
        const QString value = QStringLiteral("value-%1").arg(i);
        store.write(key, value, &context, [&, i](const Status &s) {
            EXPECT_TRUE(s.ok()) << s.error().toString().toStdString();
            order.push_back(2 * i);
            ++calls;
        });
        store.read(key, &context, [&, i](const Result<QString> &r) {
            readValues[static_cast<size_t>(i)] = r.ok() ? r.value() : r.error().toString();
            order.push_back(2 * i + 1);
            ++calls;
        });
    }
    EXPECT_EQ(store.pendingCount(), 2 * rounds);
    EXPECT_EQ(calls, 0);
    ASSERT_TRUE(waitFor([&] { return calls == 2 * rounds; }, 60s)) << calls << " of " << 2 * rounds << " answered";
    for (int i = 0; i < 2 * rounds; ++i) {
        EXPECT_EQ(order[static_cast<size_t>(i)], i);
    }
    for (int i = 0; i < rounds; ++i) {
        EXPECT_EQ(readValues[static_cast<size_t>(i)], QStringLiteral("value-%1").arg(i));
    }
    EXPECT_EQ(store.pendingCount(), 0);
}

TEST(KeychainSecretStoreTest, DestroyedContextDropsTheCallback)
{
    ASSERT_SERVICE();
    KeychainSecretStore store;
    int calls = 0;
    auto context = std::make_unique<QObject>();
    store.read(QStringLiteral("whatever"), context.get(), [&](const Result<QString> &) { ++calls; });
    context.reset();
    ASSERT_TRUE(waitFor([&] { return store.pendingCount() == 0; }));
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
    }
    EXPECT_EQ(calls, 0);
}

TEST(KeychainSecretStoreTest, NoPlaintextInFilesOrLogs)
{
    ASSERT_SERVICE();
    PrivateSecretService *service = KeychainEnvironment::service();
    const QString secret = randomSecret();
    const QString key = QStringLiteral("device/7/ssh-password");
    {
        KeychainSecretStore store(QStringLiteral("plaintext-check"));
        ASSERT_TRUE(writeNow(store, key, secret).ok());
        ASSERT_EQ(readNow(store, key).value(), secret);
        // A failure path logs too: a read of a missing key and a removal.
        EXPECT_FALSE(readNow(store, QStringLiteral("missing")).ok());
    }
    const QByteArray log = logSnapshot();
    // The capture works (key ids are logged at debug level) …
    EXPECT_TRUE(log.contains(key.toUtf8())) << log.constData();
    // … and holds no secret.
    EXPECT_FALSE(log.contains(secret.toUtf8())) << "the secret reached the log";
    EXPECT_EQ(filesContaining(service->home(), secret, service->keyringDir()), QStringList());
    EXPECT_EQ(filesContaining(service->runtimeDir(), secret), QStringList());
    // The keyring's own file is encrypted with the login password: not even it holds the plain text.
    EXPECT_EQ(filesContaining(service->keyringDir(), secret), QStringList());
}

TEST(KeychainSecretStoreTest, NoSecretServiceFailsFastWithAClearError)
{
    ASSERT_SERVICE();
    // A bus of its own with nothing on it. The probe runs in its own process because D-Bus is chosen once per
    // process.
    PrivateSecretService bare(PrivateSecretService::Keyring::None);
    QString error;
    ASSERT_TRUE(bare.start(&error)) << error.toStdString();
    const QString probe = builtProgram(QStringLiteral("vigil-keychain-probe"));
    ASSERT_FALSE(probe.isEmpty());
    const QString secret = randomSecret();

    for (const QStringList &args : {QStringList{QStringLiteral("write"), QStringLiteral("k"), secret},
                                    QStringList{QStringLiteral("read"), QStringLiteral("k")}}) {
        QElapsedTimer clock;
        clock.start();
        const CommandResult result = runCommand(probe, args, 30s, bare.environment());
        const qint64 elapsed = clock.elapsed();
        ASSERT_TRUE(result.finished) << "the probe hung";
        EXPECT_EQ(result.exitCode, 0) << result.out.constData() << result.err.constData();
        EXPECT_LT(elapsed, 10000);
        const QString out = QString::fromUtf8(result.out);
        EXPECT_TRUE(out.startsWith(QStringLiteral("error %1 ").arg(static_cast<int>(ErrorCode::Unsupported))))
            << result.out.constData() << result.err.constData();
        EXPECT_TRUE(out.contains(QStringLiteral("no keychain is available"))) << result.out.constData();
        EXPECT_TRUE(out.contains(QStringLiteral("available 0"))) << result.out.constData();
        EXPECT_FALSE(result.out.contains(secret.toUtf8()));
        EXPECT_FALSE(result.err.contains(secret.toUtf8()));
    }
    // No insecure fallback: nothing under the bare HOME holds the secret.
    EXPECT_EQ(filesContaining(bare.home(), secret), QStringList());
}
