// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Logging.h"
#include "SchemaMigrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Vigil {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("vigil-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return open(path, schemaMigrations());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QList<Migration> &migrations)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        return Error{ErrorCode::Io, tr("not a file"), path};
    }
    if (!QDir().mkpath(info.absolutePath())) {
        return Error{ErrorCode::Io, tr("cannot create the folder %1").arg(info.absolutePath()), path};
    }

    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        // Other Vigil processes (vigil-cli next to the console) may hold the write lock briefly.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    // From here the destructor closes and unregisters the connection on every error path.
    std::unique_ptr<Database> database(new Database(name, info.absoluteFilePath()));
    QSqlDatabase db = database->connection();
    if (!db.open()) {
        return Error{ErrorCode::Database, tr("cannot open the database: %1").arg(db.lastError().text()), path};
    }
    if (Status configured = database->configure(); !configured) {
        return configured.error();
    }
    if (Status migrated = database->migrate(migrations); !migrated) {
        return migrated.error();
    }
    return database;
}

QString Database::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("VIGIL_DB");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/vigil/vigil.db");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::path() const
{
    return m_path;
}

int Database::schemaVersion() const
{
    return m_schemaVersion;
}

Result<QSqlQuery> Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return queryError(query, tr("preparing a statement"));
    }
    return query;
}

Error Database::queryError(const QSqlQuery &query, const QString &what) const
{
    const QSqlError error = query.lastError();
    ErrorCode code = ErrorCode::Database;
    // A broken constraint means the data broke a rule, not that the database is in trouble.
    if (error.databaseText().contains(QLatin1String("UNIQUE constraint failed"))) {
        code = ErrorCode::Conflict;
    } else if (error.databaseText().contains(QLatin1String("constraint failed"))) {
        code = ErrorCode::InvalidInput;
    }
    qCWarning(lcDb) << "query failed:" << what << error.text();
    return Error{code, tr("%1 failed: %2").arg(what, error.databaseText()), m_path};
}

Status Database::exec(const QString &sql, const QString &what)
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        return queryError(query, what);
    }
    return {};
}

Status Database::configure()
{
    QSqlQuery query(connection());
    // Reading the header is the first real I/O: a file that is not SQLite fails here.
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        return Error{ErrorCode::Database,
                     tr("this file is not a Vigil database (%1)").arg(query.lastError().databaseText()), m_path};
    }
    const int appId = query.value(0).toInt();
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return queryError(query, tr("reading the schema version"));
    }
    m_schemaVersion = query.value(0).toInt();
    query.finish();

    if (appId != 0 && appId != applicationId) {
        return Error{ErrorCode::Database, tr("this SQLite file belongs to another program, not Vigil"), m_path};
    }
    if (appId == 0) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
            return queryError(query, tr("reading the schema"));
        }
        if (query.value(0).toInt() > 0) {
            return Error{ErrorCode::Database, tr("this SQLite file belongs to another program, not Vigil"), m_path};
        }
        query.finish();
    }

    if (Status fk = exec(QStringLiteral("PRAGMA foreign_keys = ON"), tr("enabling foreign keys")); !fk) {
        return fk;
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
        return queryError(query, tr("enabling write-ahead logging"));
    }
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return Error{ErrorCode::Database,
                     tr("the database could not switch to write-ahead logging (journal mode is %1)")
                         .arg(query.value(0).toString()),
                     m_path};
    }
    query.finish();
    // FULL: a committed transaction survives power loss too, not only a crash of the process.
    return exec(QStringLiteral("PRAGMA synchronous = FULL"), tr("setting synchronous mode"));
}

Status Database::migrate(const QList<Migration> &migrations)
{
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (m_schemaVersion > latest) {
        return Error{ErrorCode::SchemaTooNew,
                     tr("the database was written by a newer Vigil (schema version %1; this Vigil knows up to %2). "
                        "Upgrade Vigil to open it; the file was not changed.")
                         .arg(m_schemaVersion)
                         .arg(latest),
                     m_path};
    }
    if (m_schemaVersion == latest) {
        return {};
    }

    // Table rebuilds in later migrations need foreign keys off; the check before COMMIT keeps them honest.
    if (Status off = exec(QStringLiteral("PRAGMA foreign_keys = OFF"), tr("preparing the migration")); !off) {
        return off;
    }
    const auto restoreForeignKeys =
        qScopeGuard([this] { QSqlQuery(connection()).exec(QStringLiteral("PRAGMA foreign_keys = ON")); });

    if (Status begin = exec(QStringLiteral("BEGIN IMMEDIATE"), tr("starting the migration")); !begin) {
        return begin;
    }
    const auto fail = [this](const QString &message) -> Status {
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
        qCWarning(lcDb) << "migration rolled back:" << message;
        return Error{ErrorCode::MigrationFailed, message + QLatin1Char(' ') + tr("The database was left unchanged."),
                     m_path};
    };

    // Another process may have migrated between our first look and the write lock.
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return fail(tr("Reading the schema version failed."));
    }
    int version = query.value(0).toInt();
    query.finish();

    for (const Migration &migration : migrations) {
        if (migration.version <= version) {
            continue;
        }
        for (const QString &statement : migration.statements) {
            QSqlQuery step(connection());
            if (!step.exec(statement)) {
                return fail(tr("Upgrading the schema to version %1 (%2) failed: %3")
                                .arg(migration.version)
                                .arg(migration.description, step.lastError().databaseText()));
            }
        }
        version = migration.version;
    }

    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return fail(tr("Checking foreign keys after the upgrade failed."));
    }
    if (query.next()) {
        return fail(tr("The upgrade would break references in table %1.").arg(query.value(0).toString()));
    }
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId))
        || !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
        return fail(tr("Recording the schema version failed."));
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return fail(tr("Committing the upgrade failed: %1").arg(query.lastError().databaseText()));
    }
    qCInfo(lcDb) << "schema upgraded from" << m_schemaVersion << "to" << version << "in" << m_path;
    m_schemaVersion = version;
    return {};
}

Status Database::transaction(const std::function<Status()> &work, Durability durability)
{
    const bool outermost = m_transactionDepth == 0;
    // SQLite only lets the safety level change outside a transaction.
    const bool relaxed = outermost && durability == Durability::Relaxed;
    if (relaxed) {
        if (Status normal = exec(QStringLiteral("PRAGMA synchronous = NORMAL"), tr("relaxing durability")); !normal) {
            return normal;
        }
    }
    const auto restore = qScopeGuard([this, relaxed] {
        if (relaxed) {
            (void)exec(QStringLiteral("PRAGMA synchronous = FULL"), tr("restoring durability"));
        }
    });
    const QString savepoint = QStringLiteral("vigil_sp%1").arg(m_transactionDepth);
    if (Status begin = exec(outermost ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint,
                            tr("starting a transaction"));
        !begin) {
        return begin;
    }
    ++m_transactionDepth;
    Status result = work();
    --m_transactionDepth;

    if (result) {
        Status commit = exec(outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint,
                             tr("committing a transaction"));
        if (commit) {
            return {};
        }
        result = commit;
    }
    ++m_rollbacks;
    if (outermost) {
        QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
    } else {
        QSqlQuery query(connection());
        query.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
        query.exec(QStringLiteral("RELEASE ") + savepoint);
    }
    return result;
}

quint64 Database::rollbackCount() const
{
    return m_rollbacks;
}

Result<QString> Database::integrityCheck() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return queryError(query, tr("checking integrity"));
    }
    QStringList lines;
    while (query.next()) {
        lines.append(query.value(0).toString());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Vigil
