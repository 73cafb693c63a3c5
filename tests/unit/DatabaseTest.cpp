// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"
#include "SchemaMigrations.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Vigil;

namespace {

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        return QStringLiteral("<error>");
    }
    return q.value(0).toString();
}

QStringList schemaDump(Database &db)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name"));
    QStringList rows;
    while (q.next()) {
        rows.append(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|')
                    + q.value(2).toString());
    }
    return rows;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Writes raw SQL with a plain connection, as another program (or a newer Vigil) would.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

class DatabaseTest : public ::testing::Test
{
protected:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("vigil.db")); }
};

TEST_F(DatabaseTest, FreshDatabaseIsMigratedToLatestWithWalAndForeignKeys)
{
    auto db = Database::open(path());
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(scalar(*db.value(), QStringLiteral("PRAGMA user_version")).toInt(), latestSchemaVersion());
    EXPECT_EQ(scalar(*db.value(), QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(scalar(*db.value(), QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    EXPECT_EQ(scalar(*db.value(), QStringLiteral("PRAGMA application_id")).toInt(), Database::applicationId);
    for (const char *table : {"clients", "sites", "devices", "device_state", "health_samples", "alerts", "tickets",
                              "backups", "sessions_log", "reviews", "review_items", "ticket_time_entries"}) {
        EXPECT_EQ(
            scalar(*db.value(),
                   QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(table))),
            QStringLiteral("1"))
            << table;
    }
    EXPECT_EQ(db.value()->integrityCheck().value(), QStringLiteral("ok"));
}

TEST_F(DatabaseTest, ReopeningKeepsDataAndDoesNotMigrateAgain)
{
    {
        auto db = Database::open(path());
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db.value()->exec(QStringLiteral("INSERT INTO clients (name, created_at, updated_at) "
                                                    "VALUES ('Harbor Dental', 1, 1)"),
                                     QStringLiteral("insert")));
    }
    auto db = Database::open(path());
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(scalar(*db.value(), QStringLiteral("SELECT name FROM clients")), QStringLiteral("Harbor Dental"));
}

TEST_F(DatabaseTest, DatabaseFromNewerVigilIsRefusedAndLeftUnchanged)
{
    {
        ASSERT_TRUE(Database::open(path()).ok());
    }
    rawExec(path(), {QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion() + 5)});
    const QByteArray before = fileHash(path());

    auto db = Database::open(path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::SchemaTooNew);
    EXPECT_TRUE(db.error().message.contains(QString::number(latestSchemaVersion() + 5)))
        << db.error().message.toStdString();
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("newer Vigil")));
    EXPECT_EQ(db.error().where, QFileInfo(path()).absoluteFilePath());
    EXPECT_EQ(fileHash(path()), before);
}

TEST_F(DatabaseTest, FailingMigrationLeavesTheDatabaseUntouched)
{
    const QList<Migration> v1 = schemaMigrations();
    {
        auto db = Database::open(path(), v1);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db.value()->exec(QStringLiteral("INSERT INTO clients (name, created_at, updated_at) "
                                                    "VALUES ('Kessler', 1, 1)"),
                                     QStringLiteral("insert")));
    }
    QStringList schemaBefore;
    {
        auto db = Database::open(path(), v1);
        schemaBefore = schemaDump(*db.value());
    }

    QList<Migration> broken = v1;
    broken.append({latestSchemaVersion() + 1,
                   QStringLiteral("good step"),
                   {QStringLiteral("CREATE TABLE extra (id INTEGER PRIMARY KEY)"),
                    QStringLiteral("ALTER TABLE clients ADD COLUMN phone TEXT NOT NULL DEFAULT ''")}});
    broken.append({latestSchemaVersion() + 2,
                   QStringLiteral("bad step"),
                   {QStringLiteral("INSERT INTO no_such_table VALUES (1)")}});
    auto failed = Database::open(path(), broken);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::MigrationFailed);
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("bad step"))) << failed.error().message.toStdString();
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("no_such_table")));

    auto db = Database::open(path(), v1);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(schemaDump(*db.value()), schemaBefore);
    EXPECT_EQ(scalar(*db.value(), QStringLiteral("SELECT name FROM clients")), QStringLiteral("Kessler"));
    EXPECT_EQ(db.value()->integrityCheck().value(), QStringLiteral("ok"));
}

TEST_F(DatabaseTest, LaterMigrationUpgradesExistingData)
{
    {
        ASSERT_TRUE(Database::open(path()).ok());
    }
    QList<Migration> next = schemaMigrations();
    next.append({latestSchemaVersion() + 1,
                 QStringLiteral("phone"),
                 {QStringLiteral("ALTER TABLE clients ADD COLUMN phone TEXT NOT NULL DEFAULT 'n/a'")}});
    auto db = Database::open(path(), next);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), latestSchemaVersion() + 1);
    EXPECT_EQ(scalar(*db.value(), QStringLiteral("PRAGMA user_version")).toInt(), latestSchemaVersion() + 1);
}

TEST_F(DatabaseTest, VersionOneDatabaseUpgradesToLatestKeepingData)
{
    {
        auto db = Database::open(path(), {schemaMigrations().constFirst()});
        ASSERT_TRUE(db.ok());
        ASSERT_EQ(db.value()->schemaVersion(), 1);
        ASSERT_TRUE(db.value()->exec(QStringLiteral("INSERT INTO clients (name, created_at, updated_at) "
                                                    "VALUES ('Harbor Dental', 1, 1)"),
                                     QStringLiteral("insert")));
    }
    auto db = Database::open(path());
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(scalar(*db.value(), QStringLiteral("SELECT name FROM clients")), QStringLiteral("Harbor Dental"));
    EXPECT_EQ(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'history_rollups'")),
              QStringLiteral("1"));
}

TEST_F(DatabaseTest, FileThatIsNotADatabaseIsRefused)
{
    QFile file(path());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const QByteArray before = fileHash(path());
    auto db = Database::open(path());
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("not a Vigil database")))
        << db.error().message.toStdString();
    EXPECT_EQ(fileHash(path()), before);
}

TEST_F(DatabaseTest, AnotherProgramsSqliteFileIsRefused)
{
    rawExec(path(), {QStringLiteral("CREATE TABLE songs (title TEXT)")});
    auto db = Database::open(path());
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("another program")));
}

TEST_F(DatabaseTest, FolderInsteadOfFileIsAnIoError)
{
    auto db = Database::open(m_dir.path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Io);
}

TEST_F(DatabaseTest, TransactionRollsBackOnErrorAndSavepointsNest)
{
    auto opened = Database::open(path());
    ASSERT_TRUE(opened.ok());
    Database &db = *opened.value();
    const auto insert = [&db](const QString &name) {
        return db.exec(
            QStringLiteral("INSERT INTO clients (name, created_at, updated_at) VALUES ('%1', 1, 1)").arg(name),
            QStringLiteral("insert"));
    };

    Status failed = db.transaction([&]() -> Status {
        if (Status s = insert(QStringLiteral("A")); !s) {
            return s;
        }
        return Error{ErrorCode::InvalidInput, QStringLiteral("stop"), {}};
    });
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM clients")), QStringLiteral("0"));

    Status outer = db.transaction([&]() -> Status {
        if (Status s = insert(QStringLiteral("B")); !s) {
            return s;
        }
        Status inner = db.transaction([&]() -> Status {
            if (Status s = insert(QStringLiteral("C")); !s) {
                return s;
            }
            return Error{ErrorCode::InvalidInput, QStringLiteral("inner fails"), {}};
        });
        EXPECT_FALSE(inner.ok());
        return {};
    });
    EXPECT_TRUE(outer.ok());
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT group_concat(name) FROM clients")), QStringLiteral("B"));

    // A constraint violation is reported as a conflict, not a broken database.
    Status duplicate = insert(QStringLiteral("b"));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, ErrorCode::Conflict);
}

} // namespace
