// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevicesCommand.h"

#include "CsvInventoryWriter.h"
#include "Database.h"
#include "InventoryStore.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Vigil {

namespace {

const QString formatOption = QStringLiteral("format");
const QString clientOption = QStringLiteral("client");

QJsonObject deviceJson(const Inventory &inventory, const Device &device)
{
    const Client *client = inventory.client(device.clientId);
    const Site *site = inventory.site(device.siteId);
    QJsonObject ssh{{QStringLiteral("enabled"), device.ssh.enabled},
                    {QStringLiteral("host"), device.ssh.host},
                    {QStringLiteral("port"), device.ssh.port},
                    {QStringLiteral("user"), device.ssh.user},
                    {QStringLiteral("proxy_jump"), device.ssh.proxyJump},
                    {QStringLiteral("identity_file"), device.ssh.identityFile},
                    {QStringLiteral("credential_key"), device.ssh.credentialKey}};
    QJsonObject vnc{{QStringLiteral("enabled"), device.vnc.enabled},
                    {QStringLiteral("host"), device.vnc.host},
                    {QStringLiteral("port"), device.vnc.port},
                    {QStringLiteral("via_ssh_tunnel"), device.vnc.viaSshTunnel},
                    {QStringLiteral("credential_key"), device.vnc.credentialKey}};
    return QJsonObject{{QStringLiteral("id"), device.id},
                       {QStringLiteral("client"), client ? client->name : QString()},
                       {QStringLiteral("site"), site ? site->name : QString()},
                       {QStringLiteral("device"), device.name},
                       {QStringLiteral("address"), device.address},
                       {QStringLiteral("os"), device.os},
                       {QStringLiteral("kind"), deviceKindId(device.kind)},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(device.tags)},
                       {QStringLiteral("exporter_url"), device.exporterUrl},
                       {QStringLiteral("ssh"), ssh},
                       {QStringLiteral("vnc"), vnc},
                       {QStringLiteral("notes"), device.notes}};
}

} // namespace

DevicesCommand::DevicesCommand(CliContext &context)
    : CliCommand(context, QStringLiteral("devices"), tr("List devices."))
{
}

void DevicesCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({clientOption, tr("Only this client's devices."), QStringLiteral("NAME")});
    parser.addOption({formatOption, tr("Output format: table (default), json or csv (re-importable)."),
                      QStringLiteral("FORMAT"), QStringLiteral("table")});
}

int DevicesCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    }
    const QString format = parser.value(formatOption);
    if (!isListingFormat(format)) {
        return unknownFormatError(format);
    }
    auto database = openDatabase();
    if (!database) {
        return runtimeError(database.error());
    }
    InventoryStore store(*database.value());
    auto loaded = store.load();
    if (!loaded) {
        return runtimeError(loaded.error());
    }
    const Inventory &inventory = loaded.value();

    QList<Device> devices = inventory.devices;
    if (parser.isSet(clientOption)) {
        auto client = store.clientByName(parser.value(clientOption));
        if (!client) {
            return runtimeError(client.error());
        }
        devices.removeIf([id = client->id](const Device &d) { return d.clientId != id; });
    }

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Device &device : devices) {
            array.append(deviceJson(inventory, device));
        }
        m_context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else if (format == QLatin1String("csv")) {
        m_context.out << QString::fromUtf8(CsvInventoryWriter::write(inventory, devices));
    } else {
        TextTable table({tr("CLIENT"), tr("SITE"), tr("DEVICE"), tr("ADDRESS"), tr("OS"), tr("KIND"), tr("EXPORTER")});
        table.setMaximumWidth(4, 32);
        for (const Device &device : devices) {
            const Client *client = inventory.client(device.clientId);
            const Site *site = inventory.site(device.siteId);
            table.addRow({client ? client->name : QString(), site ? site->name : QString(), device.name, device.address,
                          device.os, deviceKindId(device.kind), device.exporterUrl});
        }
        table.write(m_context.out);
        m_context.out << tr("%n device(s)", nullptr, static_cast<int>(devices.size())) << '\n';
    }
    return ExitOk;
}

} // namespace Vigil
