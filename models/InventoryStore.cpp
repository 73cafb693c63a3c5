// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryStore.h"

#include "Database.h"
#include "Logging.h"
#include "SqlValues.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

namespace Vigil {

namespace {

constexpr int maxNameLength = 200;

const QString deviceColumns = QStringLiteral(
    "d.id, d.client_id, d.site_id, d.name, d.address, d.os, d.kind, d.exporter_url, d.exporter_credential_key, "
    "d.ssh_enabled, d.ssh_host, d.ssh_port, d.ssh_user, d.ssh_proxy_jump, d.ssh_identity_file, "
    "d.ssh_credential_key, d.vnc_enabled, d.vnc_host, d.vnc_port, d.vnc_via_ssh, d.vnc_credential_key, d.notes, "
    "d.created_at, d.updated_at, "
    "(SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM device_tags t WHERE t.device_id = d.id "
    "ORDER BY position))");

QString lowerKey(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

QString siteKey(qint64 clientId, const QString &name)
{
    return QString::number(clientId) + QLatin1Char('/') + lowerKey(name);
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

Device deviceFromQuery(const QSqlQuery &q)
{
    Device d;
    d.id = q.value(0).toLongLong();
    d.clientId = q.value(1).toLongLong();
    d.siteId = q.value(2).toLongLong();
    d.name = q.value(3).toString();
    d.address = q.value(4).toString();
    d.os = q.value(5).toString();
    d.kind = deviceKindFromId(q.value(6).toString()).value_or(DeviceKind::Workstation);
    d.exporterUrl = q.value(7).toString();
    d.exporterCredentialKey = q.value(8).toString();
    d.ssh.enabled = q.value(9).toBool();
    d.ssh.host = q.value(10).toString();
    d.ssh.port = q.value(11).toInt();
    d.ssh.user = q.value(12).toString();
    d.ssh.proxyJump = q.value(13).toString();
    d.ssh.identityFile = q.value(14).toString();
    d.ssh.credentialKey = q.value(15).toString();
    d.vnc.enabled = q.value(16).toBool();
    d.vnc.host = q.value(17).toString();
    d.vnc.port = q.value(18).toInt();
    d.vnc.viaSshTunnel = q.value(19).toBool();
    d.vnc.credentialKey = q.value(20).toString();
    d.notes = q.value(21).toString();
    d.createdAt = fromEpoch(q.value(22));
    d.updatedAt = fromEpoch(q.value(23));
    const QString tags = q.value(24).toString();
    if (!tags.isEmpty()) {
        d.tags = tags.split(QChar(31));
    }
    return d;
}

// Import semantics: a field the source carries replaces the stored one; an unset field leaves it alone.
void mergeImported(Device &device, const ImportedDevice &imported, ImportFormat format)
{
    if (imported.address) {
        device.address = imported.address->trimmed();
    }
    if (imported.os) {
        device.os = imported.os->trimmed();
    }
    if (imported.tags) {
        device.tags = *imported.tags;
    }
    if (imported.exporterUrl) {
        device.exporterUrl = imported.exporterUrl->trimmed();
    }
    if (imported.ssh) {
        // The keychain reference is Vigil's own; an import file never carries it.
        const SshSettings stored = device.ssh;
        device.ssh = *imported.ssh;
        device.ssh.credentialKey = stored.credentialKey;
        // The CSV format has no columns for these; an ssh_config import may have set them.
        if (format == ImportFormat::Csv) {
            device.ssh.proxyJump = stored.proxyJump;
            device.ssh.identityFile = stored.identityFile;
        }
    }
    if (imported.vnc) {
        const QString key = device.vnc.credentialKey;
        device.vnc = *imported.vnc;
        device.vnc.credentialKey = key;
    }
    if (imported.notes) {
        device.notes = *imported.notes;
    }
    if (imported.kind) {
        device.kind = *imported.kind;
    }
}

bool sameDeviceData(const Device &a, const Device &b)
{
    return a.siteId == b.siteId && a.clientId == b.clientId && a.name == b.name && a.address == b.address
           && a.os == b.os && a.kind == b.kind && a.tags == b.tags && a.exporterUrl == b.exporterUrl
           && a.exporterCredentialKey == b.exporterCredentialKey && a.ssh == b.ssh && a.vnc == b.vnc
           && a.notes == b.notes;
}

} // namespace

InventoryStore::InventoryStore(Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{
}

// Stored names, not UI text: translating them would create a second "Unassigned" client per language.
QString InventoryStore::defaultFallbackClient()
{
    return QStringLiteral("Unassigned");
}

QString InventoryStore::defaultFallbackSite()
{
    return QStringLiteral("Main site");
}

Result<QList<Client>> InventoryStore::loadClients(const QString &where, const QVariantList &bindings) const
{
    auto query = m_db.prepare(QStringLiteral("SELECT id, name, contact, notes, created_at, updated_at FROM clients ")
                              + where + QStringLiteral(" ORDER BY name"));
    if (!query) {
        return query.error();
    }
    for (const QVariant &binding : bindings) {
        query.value().addBindValue(binding);
    }
    if (!query.value().exec()) {
        return m_db.queryError(query.value(), tr("reading clients"));
    }
    QList<Client> clients;
    QHash<qint64, qsizetype> byId;
    while (query.value().next()) {
        Client c;
        c.id = query.value().value(0).toLongLong();
        c.name = query.value().value(1).toString();
        c.contact = query.value().value(2).toString();
        c.notes = query.value().value(3).toString();
        c.createdAt = fromEpoch(query.value().value(4));
        c.updatedAt = fromEpoch(query.value().value(5));
        byId.insert(c.id, clients.size());
        clients.append(c);
    }
    if (clients.isEmpty()) {
        return clients;
    }
    QSqlQuery sla(m_db.connection());
    if (!sla.exec(QStringLiteral("SELECT client_id, priority, response_minutes, resolution_minutes FROM client_sla"))) {
        return m_db.queryError(sla, tr("reading SLA policies"));
    }
    while (sla.next()) {
        const auto it = byId.constFind(sla.value(0).toLongLong());
        const auto priority = priorityFromId(sla.value(1).toString());
        if (it != byId.cend() && priority) {
            clients[*it].sla.setTarget(*priority, {sla.value(2).toInt(), sla.value(3).toInt()});
        }
    }
    return clients;
}

Result<QList<Device>> InventoryStore::loadDevices(const QString &where, const QVariantList &bindings) const
{
    auto query = m_db.prepare(QStringLiteral("SELECT ") + deviceColumns
                              + QStringLiteral(" FROM devices d JOIN clients c ON c.id = d.client_id "
                                               "JOIN sites s ON s.id = d.site_id ")
                              + where + QStringLiteral(" ORDER BY c.name, s.name, d.name"));
    if (!query) {
        return query.error();
    }
    for (const QVariant &binding : bindings) {
        query.value().addBindValue(binding);
    }
    if (!query.value().exec()) {
        return m_db.queryError(query.value(), tr("reading devices"));
    }
    QList<Device> devices;
    while (query.value().next()) {
        devices.append(deviceFromQuery(query.value()));
    }
    return devices;
}

Result<Inventory> InventoryStore::load() const
{
    Inventory inventory;
    auto clients = loadClients({}, {});
    if (!clients) {
        return clients.error();
    }
    inventory.clients = std::move(clients).value();

    QSqlQuery sites(m_db.connection());
    sites.setForwardOnly(true);
    if (!sites.exec(QStringLiteral("SELECT s.id, s.client_id, s.name, s.address, s.notes, s.created_at, s.updated_at "
                                   "FROM sites s JOIN clients c ON c.id = s.client_id ORDER BY c.name, s.name"))) {
        return m_db.queryError(sites, tr("reading sites"));
    }
    while (sites.next()) {
        Site s;
        s.id = sites.value(0).toLongLong();
        s.clientId = sites.value(1).toLongLong();
        s.name = sites.value(2).toString();
        s.address = sites.value(3).toString();
        s.notes = sites.value(4).toString();
        s.createdAt = fromEpoch(sites.value(5));
        s.updatedAt = fromEpoch(sites.value(6));
        inventory.sites.append(s);
    }

    auto devices = loadDevices({}, {});
    if (!devices) {
        return devices.error();
    }
    inventory.devices = std::move(devices).value();
    return inventory;
}

Result<Client> InventoryStore::client(qint64 id) const
{
    auto clients = loadClients(QStringLiteral("WHERE id = ?"), {id});
    if (!clients) {
        return clients.error();
    }
    if (clients->isEmpty()) {
        return Error{ErrorCode::NotFound, tr("no client with id %1").arg(id), {}};
    }
    return clients->constFirst();
}

Result<Client> InventoryStore::clientByName(const QString &name) const
{
    auto clients = loadClients(QStringLiteral("WHERE name = ?"), {name.trimmed()});
    if (!clients) {
        return clients.error();
    }
    if (clients->isEmpty()) {
        return Error{ErrorCode::NotFound, tr("no client named \"%1\"").arg(name.trimmed()), {}};
    }
    return clients->constFirst();
}

Status InventoryStore::writeSla(const Client &client)
{
    auto query = m_db.prepare(QStringLiteral("INSERT INTO client_sla (client_id, priority, response_minutes, "
                                             "resolution_minutes) VALUES (?, ?, ?, ?) ON CONFLICT (client_id, "
                                             "priority) DO UPDATE SET response_minutes = excluded.response_minutes, "
                                             "resolution_minutes = excluded.resolution_minutes"));
    if (!query) {
        return query.error();
    }
    for (const Priority priority : allPriorities) {
        const SlaTarget target = client.sla.target(priority);
        if (target.responseMinutes <= 0 || target.resolutionMinutes <= 0) {
            return Error{ErrorCode::InvalidInput,
                         tr("the SLA for %1 priority needs positive response and resolution times")
                             .arg(priorityDisplayName(priority)),
                         client.name};
        }
        query.value().addBindValue(client.id);
        query.value().addBindValue(priorityId(priority));
        query.value().addBindValue(target.responseMinutes);
        query.value().addBindValue(target.resolutionMinutes);
        if (!query.value().exec()) {
            return m_db.queryError(query.value(), tr("saving the SLA policy"));
        }
    }
    return {};
}

Status InventoryStore::writeClient(Client &client)
{
    client.name = client.name.trimmed();
    if (client.name.isEmpty() || client.name.size() > maxNameLength || hasControlCharacters(client.name)) {
        return Error{ErrorCode::InvalidInput,
                     tr("a client needs a name of 1 to %1 printable characters").arg(maxNameLength), client.name};
    }
    const QDateTime now = m_clock.now();
    client.updatedAt = now;
    QString sql;
    if (client.id == 0) {
        client.createdAt = now;
        sql =
            QStringLiteral("INSERT INTO clients (name, contact, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?)");
    } else {
        sql = QStringLiteral("UPDATE clients SET name = ?, contact = ?, notes = ?, updated_at = ? WHERE id = ?");
    }
    auto query = m_db.prepare(sql);
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = query.value();
    q.addBindValue(toText(client.name));
    q.addBindValue(toText(client.contact));
    q.addBindValue(toText(client.notes));
    if (client.id == 0) {
        q.addBindValue(toEpoch(now));
        q.addBindValue(toEpoch(now));
    } else {
        q.addBindValue(toEpoch(now));
        q.addBindValue(client.id);
    }
    if (!q.exec()) {
        Error error = m_db.queryError(q, tr("saving client \"%1\"").arg(client.name));
        if (error.code == ErrorCode::Conflict) {
            error.message = tr("a client named \"%1\" already exists").arg(client.name);
        }
        return error;
    }
    if (client.id == 0) {
        client.id = q.lastInsertId().toLongLong();
    } else if (q.numRowsAffected() == 0) {
        return Error{ErrorCode::NotFound, tr("no client with id %1").arg(client.id), {}};
    }
    return writeSla(client);
}

Result<qint64> InventoryStore::addClient(const Client &client)
{
    Client copy = client;
    copy.id = 0;
    Status status = m_db.transaction([&] { return writeClient(copy); });
    if (!status) {
        return status.error();
    }
    return copy.id;
}

Status InventoryStore::updateClient(const Client &client)
{
    Client copy = client;
    return m_db.transaction([&] { return writeClient(copy); });
}

Status InventoryStore::removeClient(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM tickets WHERE client_id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next()) {
            return m_db.queryError(q, tr("checking the client's tickets"));
        }
        if (const int tickets = q.value(0).toInt(); tickets > 0) {
            return Error{ErrorCode::Conflict,
                         tr("the client still has %n ticket(s); tickets are kept for reporting", nullptr, tickets),
                         {}};
        }
        q.finish();
        q.prepare(QStringLiteral("DELETE FROM devices WHERE client_id = ?"));
        q.addBindValue(id);
        if (!q.exec()) {
            return m_db.queryError(q, tr("removing the client's devices"));
        }
        q.prepare(QStringLiteral("DELETE FROM clients WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec()) {
            return m_db.queryError(q, tr("removing the client"));
        }
        if (q.numRowsAffected() == 0) {
            return Error{ErrorCode::NotFound, tr("no client with id %1").arg(id), {}};
        }
        return {};
    });
}

Status InventoryStore::writeSite(Site &site)
{
    site.name = site.name.trimmed();
    if (site.name.isEmpty() || site.name.size() > maxNameLength || hasControlCharacters(site.name)) {
        return Error{ErrorCode::InvalidInput,
                     tr("a site needs a name of 1 to %1 printable characters").arg(maxNameLength), site.name};
    }
    const QDateTime now = m_clock.now();
    auto query = m_db.prepare(site.id == 0 ? QStringLiteral("INSERT INTO sites (client_id, name, address, notes, "
                                                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
                                           : QStringLiteral("UPDATE sites SET client_id = ?, name = ?, address = ?, "
                                                            "notes = ?, updated_at = ? WHERE id = ?"));
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = query.value();
    q.addBindValue(site.clientId);
    q.addBindValue(toText(site.name));
    q.addBindValue(toText(site.address));
    q.addBindValue(toText(site.notes));
    if (site.id == 0) {
        site.createdAt = now;
        q.addBindValue(toEpoch(now));
    }
    site.updatedAt = now;
    q.addBindValue(toEpoch(now));
    if (site.id != 0) {
        q.addBindValue(site.id);
    }
    if (!q.exec()) {
        Error error = m_db.queryError(q, tr("saving site \"%1\"").arg(site.name));
        if (error.code == ErrorCode::Conflict) {
            error.message =
                tr("the client already has a site named \"%1\", or the client does not exist").arg(site.name);
        }
        return error;
    }
    if (site.id == 0) {
        site.id = q.lastInsertId().toLongLong();
    } else if (q.numRowsAffected() == 0) {
        return Error{ErrorCode::NotFound, tr("no site with id %1").arg(site.id), {}};
    }
    return {};
}

Result<qint64> InventoryStore::addSite(const Site &site)
{
    Site copy = site;
    copy.id = 0;
    Status status = m_db.transaction([&] { return writeSite(copy); });
    if (!status) {
        return status.error();
    }
    return copy.id;
}

Status InventoryStore::updateSite(const Site &site)
{
    Site copy = site;
    return m_db.transaction([&] { return writeSite(copy); });
}

Status InventoryStore::removeSite(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM devices WHERE site_id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next()) {
            return m_db.queryError(q, tr("checking the site's devices"));
        }
        if (const int devices = q.value(0).toInt(); devices > 0) {
            return Error{ErrorCode::Conflict,
                         tr("the site still has %n device(s); move or remove them first", nullptr, devices),
                         {}};
        }
        q.finish();
        q.prepare(QStringLiteral("DELETE FROM sites WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec()) {
            return m_db.queryError(q, tr("removing the site"));
        }
        if (q.numRowsAffected() == 0) {
            return Error{ErrorCode::NotFound, tr("no site with id %1").arg(id), {}};
        }
        return {};
    });
}

Status InventoryStore::validate(const Device &device) const
{
    const auto invalid = [&device](const QString &message) {
        return Error{ErrorCode::InvalidInput, message, device.name};
    };
    if (device.name.trimmed().isEmpty() || device.name.size() > maxNameLength || hasControlCharacters(device.name)) {
        return invalid(tr("a device needs a name of 1 to %1 printable characters").arg(maxNameLength));
    }
    if (device.address.contains(QRegularExpression(QStringLiteral("\\s"))) || hasControlCharacters(device.address)) {
        return invalid(tr("the address \"%1\" contains spaces").arg(device.address));
    }
    if (!device.exporterUrl.isEmpty()) {
        const QUrl url(device.exporterUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || url.host().isEmpty()) {
            return invalid(tr("the exporter URL \"%1\" is not an http or https URL").arg(device.exporterUrl));
        }
    }
    if (device.ssh.port < 1 || device.ssh.port > 65535) {
        return invalid(tr("the SSH port %1 is outside 1–65535").arg(device.ssh.port));
    }
    if (device.vnc.port < 1 || device.vnc.port > 65535) {
        return invalid(tr("the VNC port %1 is outside 1–65535").arg(device.vnc.port));
    }
    return {};
}

Status InventoryStore::writeTags(qint64 deviceId, const QStringList &tags)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM device_tags WHERE device_id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec()) {
        return m_db.queryError(q, tr("saving tags"));
    }
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO device_tags (device_id, position, tag) VALUES (?, ?, ?)"));
    int position = 0;
    for (const QString &tag : tags) {
        const QString trimmed = tag.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        q.addBindValue(deviceId);
        q.addBindValue(position++);
        q.addBindValue(toText(trimmed));
        if (!q.exec()) {
            return m_db.queryError(q, tr("saving tags"));
        }
    }
    return {};
}

Status InventoryStore::writeDevice(Device &device)
{
    device.name = device.name.trimmed();
    device.address = device.address.trimmed();
    if (Status valid = validate(device); !valid) {
        return valid;
    }
    // The composite foreign key would refuse a site of another client; say so in words.
    QSqlQuery check(m_db.connection());
    check.prepare(QStringLiteral("SELECT client_id FROM sites WHERE id = ?"));
    check.addBindValue(device.siteId);
    if (!check.exec()) {
        return m_db.queryError(check, tr("checking the device's site"));
    }
    if (!check.next()) {
        return Error{ErrorCode::NotFound, tr("no site with id %1").arg(device.siteId), device.name};
    }
    if (device.clientId == 0) {
        device.clientId = check.value(0).toLongLong();
    } else if (check.value(0).toLongLong() != device.clientId) {
        return Error{ErrorCode::InvalidInput, tr("the site belongs to another client"), device.name};
    }
    check.finish();

    const QDateTime now = m_clock.now();
    const bool inserting = device.id == 0;
    auto query = m_db.prepare(
        inserting ? QStringLiteral(
            "INSERT INTO devices (client_id, site_id, name, address, os, kind, exporter_url, exporter_credential_key, "
            "ssh_enabled, ssh_host, ssh_port, ssh_user, ssh_proxy_jump, ssh_identity_file, ssh_credential_key, "
            "vnc_enabled, vnc_host, vnc_port, vnc_via_ssh, vnc_credential_key, notes, updated_at, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  : QStringLiteral(
                      "UPDATE devices SET client_id = ?, site_id = ?, name = ?, address = ?, os = ?, kind = ?, "
                      "exporter_url = ?, exporter_credential_key = ?, ssh_enabled = ?, ssh_host = ?, ssh_port = ?, "
                      "ssh_user = ?, ssh_proxy_jump = ?, ssh_identity_file = ?, ssh_credential_key = ?, "
                      "vnc_enabled = ?, vnc_host = ?, vnc_port = ?, vnc_via_ssh = ?, vnc_credential_key = ?, "
                      "notes = ?, updated_at = ? WHERE id = ?"));
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = query.value();
    const QVariantList values{device.clientId,
                              device.siteId,
                              device.name,
                              device.address,
                              device.os.trimmed(),
                              deviceKindId(device.kind),
                              device.exporterUrl.trimmed(),
                              device.exporterCredentialKey,
                              device.ssh.enabled ? 1 : 0,
                              device.ssh.host.trimmed(),
                              device.ssh.port,
                              device.ssh.user.trimmed(),
                              device.ssh.proxyJump.trimmed(),
                              device.ssh.identityFile,
                              device.ssh.credentialKey,
                              device.vnc.enabled ? 1 : 0,
                              device.vnc.host.trimmed(),
                              device.vnc.port,
                              device.vnc.viaSshTunnel ? 1 : 0,
                              device.vnc.credentialKey,
                              device.notes,
                              toEpoch(now)};
    for (const QVariant &value : values) {
        q.addBindValue(value.typeId() == QMetaType::QString ? toText(value.toString()) : value);
    }
    q.addBindValue(inserting ? toEpoch(now) : QVariant(device.id));
    if (!q.exec()) {
        Error error = m_db.queryError(q, tr("saving device \"%1\"").arg(device.name));
        if (error.code == ErrorCode::Conflict) {
            error.message = tr("the client already has a device named \"%1\"").arg(device.name);
        }
        return error;
    }
    if (inserting) {
        device.id = q.lastInsertId().toLongLong();
        device.createdAt = now;
    } else if (q.numRowsAffected() == 0) {
        return Error{ErrorCode::NotFound, tr("no device with id %1").arg(device.id), {}};
    }
    device.updatedAt = now;
    return writeTags(device.id, device.tags);
}

Result<Device> InventoryStore::device(qint64 id) const
{
    auto devices = loadDevices(QStringLiteral("WHERE d.id = ?"), {id});
    if (!devices) {
        return devices.error();
    }
    if (devices->isEmpty()) {
        return Error{ErrorCode::NotFound, tr("no device with id %1").arg(id), {}};
    }
    return devices->constFirst();
}

Result<Device> InventoryStore::deviceByName(qint64 clientId, const QString &name) const
{
    auto devices = loadDevices(QStringLiteral("WHERE d.client_id = ? AND d.name = ?"), {clientId, name.trimmed()});
    if (!devices) {
        return devices.error();
    }
    if (devices->isEmpty()) {
        return Error{ErrorCode::NotFound, tr("the client has no device named \"%1\"").arg(name.trimmed()), {}};
    }
    return devices->constFirst();
}

Result<qint64> InventoryStore::addDevice(const Device &device)
{
    Device copy = device;
    copy.id = 0;
    Status status = m_db.transaction([&] { return writeDevice(copy); });
    if (!status) {
        return status.error();
    }
    return copy.id;
}

Status InventoryStore::updateDevice(const Device &device)
{
    Device copy = device;
    return m_db.transaction([&] { return writeDevice(copy); });
}

Status InventoryStore::removeDevice(qint64 id)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM devices WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec()) {
            return m_db.queryError(q, tr("removing the device"));
        }
        if (q.numRowsAffected() == 0) {
            return Error{ErrorCode::NotFound, tr("no device with id %1").arg(id), {}};
        }
        return {};
    });
}

Status InventoryStore::moveDevice(qint64 deviceId, qint64 siteId)
{
    return m_db.transaction([&]() -> Status {
        auto current = device(deviceId);
        if (!current) {
            return current.error();
        }
        Device moved = current.value();
        moved.siteId = siteId;
        moved.clientId = 0; // follows the target site's client
        return writeDevice(moved);
    });
}

Result<ImportSummary> InventoryStore::applyImport(const InventoryImport &import, const QString &fallbackClient,
                                                  const QString &fallbackSite)
{
    ImportSummary summary;
    summary.warnings = import.warnings;

    const Status status = m_db.transaction([&]() -> Status {
        auto loaded = load();
        if (!loaded) {
            return loaded.error();
        }
        const Inventory &inventory = loaded.value();
        QHash<QString, qint64> clientIds;
        QHash<QString, qint64> siteIds;
        QHash<QString, Device> devicesByKey; // "clientId/name"
        QHash<QString, QList<Device>> devicesByName;
        for (const Client &c : inventory.clients) {
            clientIds.insert(lowerKey(c.name), c.id);
        }
        for (const Site &s : inventory.sites) {
            siteIds.insert(siteKey(s.clientId, s.name), s.id);
        }
        for (const Device &d : inventory.devices) {
            devicesByKey.insert(siteKey(d.clientId, d.name), d);
            devicesByName[lowerKey(d.name)].append(d);
        }

        const auto clientFor = [&](const QString &name, const QString &source) -> Result<qint64> {
            if (const auto it = clientIds.constFind(lowerKey(name)); it != clientIds.cend()) {
                return *it;
            }
            Client created;
            created.name = name.trimmed();
            if (Status written = writeClient(created); !written) {
                return Error{written.error().code, written.error().message, source};
            }
            clientIds.insert(lowerKey(created.name), created.id);
            ++summary.clientsCreated;
            return created.id;
        };
        const auto siteFor = [&](qint64 clientId, const QString &name, const QString &source) -> Result<qint64> {
            if (const auto it = siteIds.constFind(siteKey(clientId, name)); it != siteIds.cend()) {
                return *it;
            }
            Site created;
            created.clientId = clientId;
            created.name = name.trimmed();
            if (Status written = writeSite(created); !written) {
                return Error{written.error().code, written.error().message, source};
            }
            siteIds.insert(siteKey(clientId, created.name), created.id);
            ++summary.sitesCreated;
            return created.id;
        };

        for (const ImportedDevice &imported : import.devices) {
            const QString source = imported.source.isEmpty() ? import.source : imported.source;
            if (imported.name.trimmed().isEmpty()) {
                return Error{ErrorCode::InvalidInput, tr("the device has no name"), source};
            }
            std::optional<Device> existing;
            qint64 clientId = 0;
            if (imported.client.trimmed().isEmpty()) {
                const QList<Device> matches = devicesByName.value(lowerKey(imported.name));
                if (matches.size() > 1) {
                    QStringList clients;
                    for (const Device &match : matches) {
                        if (const Client *c = inventory.client(match.clientId)) {
                            clients.append(c->name);
                        }
                    }
                    return Error{ErrorCode::Conflict,
                                 tr("device \"%1\" exists in several clients (%2); import it with --client")
                                     .arg(imported.name, clients.join(QStringLiteral(", "))),
                                 source};
                }
                if (matches.size() == 1) {
                    existing = devicesByKey.value(siteKey(matches.constFirst().clientId, imported.name));
                    clientId = existing->clientId;
                }
            }
            if (clientId == 0) {
                auto id = clientFor(imported.client.trimmed().isEmpty() ? fallbackClient : imported.client, source);
                if (!id) {
                    return id.error();
                }
                clientId = id.value();
                if (const auto it = devicesByKey.constFind(siteKey(clientId, imported.name));
                    it != devicesByKey.cend()) {
                    existing = *it;
                }
            }

            Device device;
            if (existing) {
                device = *existing;
            } else {
                device.clientId = clientId;
                device.name = imported.name.trimmed();
            }
            if (!imported.site.trimmed().isEmpty() || !existing) {
                auto site = siteFor(clientId, imported.site.trimmed().isEmpty() ? fallbackSite : imported.site, source);
                if (!site) {
                    return site.error();
                }
                device.siteId = site.value();
            }
            mergeImported(device, imported, import.format);
            if (!existing && !imported.kind) {
                device.kind = guessDeviceKind(device.tags, device.os);
            }
            if (existing && sameDeviceData(device, *existing)) {
                ++summary.devicesUnchanged;
                continue;
            }
            if (Status written = writeDevice(device); !written) {
                return Error{written.error().code, written.error().message, source};
            }
            existing ? ++summary.devicesUpdated : ++summary.devicesCreated;
            devicesByKey.insert(siteKey(device.clientId, device.name), device);
            if (!existing) {
                devicesByName[lowerKey(device.name)].append(device);
            }
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    qCInfo(lcImport) << "imported" << import.source << "created" << summary.devicesCreated << "updated"
                     << summary.devicesUpdated << "unchanged" << summary.devicesUnchanged;
    return summary;
}

} // namespace Vigil
