// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Migration.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace Vigil {

// One SQLite connection to a Vigil database, used from the thread that opened it. Opening applies pending schema
// migrations in a single transaction (all or nothing) and refuses databases from a newer Vigil or other programs.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
    Q_DECLARE_TR_FUNCTIONS(Vigil::Database)

public:
    static Result<std::unique_ptr<Database>> open(const QString &path);
    // $VIGIL_DB, else vigil/vigil.db in the platform's data directory; shared by the console and vigil-cli.
    static QString defaultPath();
    // For tests: a different migration history.
    static Result<std::unique_ptr<Database>> open(const QString &path, const QList<Migration> &migrations);
    ~Database();

    QSqlDatabase connection() const;
    QString path() const;
    int schemaVersion() const;

    // Full: COMMIT returns once the data is on disk. Relaxed: for measurements that are taken again a minute later;
    // a crash of the process loses nothing committed, a power cut may lose the last seconds (WAL stays consistent).
    enum class Durability { Full, Relaxed };

    // Runs work between BEGIN IMMEDIATE and COMMIT; an error from work or from COMMIT rolls everything back.
    // Nested calls become savepoints and follow the outermost call's durability.
    Status transaction(const std::function<Status()> &work, Durability durability = Durability::Full);
    // How many transactions or savepoints transaction() has rolled back. Caches of ids written in a transaction
    // (HistoryStore's series ids) forget what they learnt when it moves: the rows may be gone.
    quint64 rollbackCount() const;

    // A prepared query on this connection; the error names the statement's purpose.
    Result<QSqlQuery> prepare(const QString &sql) const;
    Error queryError(const QSqlQuery &query, const QString &what) const;
    Status exec(const QString &sql, const QString &what);
    // PRAGMA integrity_check; "ok" when the file is sound.
    Result<QString> integrityCheck() const;

    // Vigil's mark in the SQLite header (PRAGMA application_id), "VGIL".
    static constexpr int applicationId = 0x5647494C;

private:
    Database(QString connectionName, QString path);
    Status configure();
    Status migrate(const QList<Migration> &migrations);

    QString m_connectionName;
    QString m_path;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
    quint64 m_rollbacks = 0;
};

} // namespace Vigil
