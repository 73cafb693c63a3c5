// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySecretStore.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <memory>
#include <optional>

using namespace Vigil;

namespace {

template<typename Predicate>
bool waitFor(Predicate done)
{
    QDeadlineTimer deadline(5000);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return done();
}

std::optional<Result<QString>> readNow(SecretStore &store, const QString &key)
{
    std::optional<Result<QString>> result;
    QObject context;
    store.read(key, &context, [&](const Result<QString> &r) { result = r; });
    waitFor([&] { return result.has_value(); });
    return result;
}

Status statusOf(const std::function<void(SecretStore::StatusCallback)> &call)
{
    std::optional<Status> result;
    call([&](const Status &s) { result = s; });
    EXPECT_TRUE(waitFor([&] { return result.has_value(); }));
    return result.value_or(Status(Error{ErrorCode::Io, QStringLiteral("no answer"), QString()}));
}

} // namespace

TEST(MemorySecretStoreTest, WriteReadRemove)
{
    MemorySecretStore store;
    QObject context;
    EXPECT_TRUE(statusOf([&](auto done) {
                    store.write(QStringLiteral("ssh/1"), QStringLiteral("s3cr3t"), &context, done);
                }).ok());
    auto read = readNow(store, QStringLiteral("ssh/1"));
    ASSERT_TRUE(read.has_value());
    ASSERT_TRUE(read->ok());
    EXPECT_EQ(read->value(), QStringLiteral("s3cr3t"));

    EXPECT_TRUE(statusOf([&](auto done) {
                    store.write(QStringLiteral("ssh/1"), QStringLiteral("other"), &context, done);
                }).ok());
    EXPECT_EQ(readNow(store, QStringLiteral("ssh/1"))->value(), QStringLiteral("other"));
    EXPECT_EQ(store.size(), 1);

    EXPECT_TRUE(statusOf([&](auto done) { store.remove(QStringLiteral("ssh/1"), &context, done); }).ok());
    read = readNow(store, QStringLiteral("ssh/1"));
    ASSERT_TRUE(read.has_value());
    ASSERT_FALSE(read->ok());
    EXPECT_EQ(read->error().code, ErrorCode::NotFound);
    EXPECT_EQ(read->error().where, QStringLiteral("ssh/1"));
    EXPECT_FALSE(read->error().message.isEmpty());
    // Removing what is not there is not an error.
    EXPECT_TRUE(statusOf([&](auto done) { store.remove(QStringLiteral("ssh/1"), &context, done); }).ok());
}

TEST(MemorySecretStoreTest, MissingKeyIsNotFound)
{
    MemorySecretStore store;
    const auto read = readNow(store, QStringLiteral("never-written"));
    ASSERT_TRUE(read.has_value());
    ASSERT_FALSE(read->ok());
    EXPECT_EQ(read->error().code, ErrorCode::NotFound);
}

TEST(MemorySecretStoreTest, EmptyKeyIsInvalid)
{
    MemorySecretStore store;
    QObject context;
    const Status status = statusOf([&](auto done) { store.write(QString(), QStringLiteral("x"), &context, done); });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(store.size(), 0);
}

TEST(MemorySecretStoreTest, CallbacksAreAsynchronousAndRunOnce)
{
    MemorySecretStore store;
    QObject context;
    int writeCalls = 0;
    int readCalls = 0;
    store.write(QStringLiteral("k"), QStringLiteral("v"), &context, [&](const Status &) { ++writeCalls; });
    store.read(QStringLiteral("k"), &context, [&](const Result<QString> &) { ++readCalls; });
    // Nothing ran inside write() or read().
    EXPECT_EQ(writeCalls, 0);
    EXPECT_EQ(readCalls, 0);
    ASSERT_TRUE(waitFor([&] { return writeCalls > 0 && readCalls > 0; }));
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
    }
    EXPECT_EQ(writeCalls, 1);
    EXPECT_EQ(readCalls, 1);
}

TEST(MemorySecretStoreTest, DestroyedContextDropsTheCallback)
{
    MemorySecretStore store;
    int calls = 0;
    auto context = std::make_unique<QObject>();
    store.read(QStringLiteral("k"), context.get(), [&](const Result<QString> &) { ++calls; });
    context.reset();
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
    }
    EXPECT_EQ(calls, 0);
}

TEST(MemorySecretStoreTest, UnavailableStoreSaysSo)
{
    MemorySecretStore store;
    store.setAvailable(false);
    EXPECT_FALSE(store.isAvailable());
    QObject context;
    const Status status =
        statusOf([&](auto done) { store.write(QStringLiteral("k"), QStringLiteral("hunter2"), &context, done); });
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Unsupported);
    EXPECT_FALSE(status.error().message.contains(QStringLiteral("hunter2")));
    EXPECT_EQ(store.size(), 0);
}
