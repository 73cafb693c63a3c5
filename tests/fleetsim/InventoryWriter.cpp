// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryWriter.h"

#include "FleetPlan.h"

#include <QByteArray>
#include <QSaveFile>
#include <QString>

#include <cstdio>

namespace VigilFleetSim {

std::string InventoryWriter::jsonEscape(const std::string &text)
{
    std::string out;
    out.reserve(text.size() + 2);
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    return out;
}

std::string InventoryWriter::render(const FleetPlan &plan, const std::string &bindAddress, int basePort)
{
    const bool v6 = bindAddress.find(':') != std::string::npos;
    const std::string host = v6 ? '[' + bindAddress + ']' : bindAddress;
    std::string json = "[\n";
    const auto &devices = plan.devices();
    for (std::size_t i = 0; i < devices.size(); ++i) {
        const DeviceSpec &device = devices[i];
        json += "  {\"targets\": [\"" + host + ':' + std::to_string(basePort + device.index) + "\"], \"labels\": {";
        json += "\"client\": \"" + jsonEscape(device.client) + "\", ";
        json += "\"site\": \"" + jsonEscape(device.site) + "\", ";
        json += "\"device\": \"" + jsonEscape(device.name) + "\", ";
        json += "\"os\": \"" + jsonEscape(device.osLabel) + "\", ";
        json += "\"kind\": \"" + device.kind + "\"}}";
        json += i + 1 < devices.size() ? ",\n" : "\n";
    }
    json += "]\n";
    return json;
}

bool InventoryWriter::write(const std::string &path, const std::string &json, std::string &error)
{
    QSaveFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::WriteOnly)) {
        error = "cannot write inventory " + path + ": " + file.errorString().toStdString();
        return false;
    }
    const auto size = static_cast<qint64>(json.size());
    if (file.write(json.data(), size) != size || !file.commit()) {
        error = "cannot write inventory " + path + ": " + file.errorString().toStdString();
        return false;
    }
    return true;
}

} // namespace VigilFleetSim
