// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include "CommandTemplate.h"

#include <QCoreApplication>
#include <QImage>
#include <QSettings>

namespace Vigil {

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString lastPageKey = QStringLiteral("window/lastPage");
const QString technicianKey = QStringLiteral("technician/name");
const QString reportCompanyKey = QStringLiteral("report/companyName");
const QString reportLogoKey = QStringLiteral("report/logoPath");
const QString rdpTemplateKey = QStringLiteral("launchers/rdpClient");
const QString toolsKey = QStringLiteral("launchers/tools");
const QString toolNameKey = QStringLiteral("name");
const QString toolTemplateKey = QStringLiteral("command");

QString loginName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty()) {
        name = qEnvironmentVariable("USERNAME");
    }
    return name.isEmpty() ? QStringLiteral("technician") : name;
}

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("vigil"),
                                             QStringLiteral("vigil")))
{
}

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(geometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(geometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(stateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(stateKey, state);
}

QString AppSettings::lastPage() const
{
    return m_settings->value(lastPageKey, QStringLiteral("overview")).toString();
}

void AppSettings::setLastPage(const QString &page)
{
    m_settings->setValue(lastPageKey, page);
}

QString AppSettings::technicianName() const
{
    return m_settings->value(technicianKey, loginName()).toString();
}

void AppSettings::setTechnicianName(const QString &name)
{
    m_settings->setValue(technicianKey, name);
}

QString AppSettings::reportCompanyName() const
{
    return m_settings->value(reportCompanyKey, QCoreApplication::translate("Vigil::AppSettings", "Your IT partner"))
        .toString();
}

void AppSettings::setReportCompanyName(const QString &name)
{
    m_settings->setValue(reportCompanyKey, name);
}

QString AppSettings::reportLogoPath() const
{
    return m_settings->value(reportLogoKey).toString();
}

void AppSettings::setReportLogoPath(const QString &path)
{
    m_settings->setValue(reportLogoKey, path);
}

ReportBranding AppSettings::reportBranding() const
{
    ReportBranding branding;
    branding.mspName = reportCompanyName();
    const QString logo = reportLogoPath();
    if (!logo.isEmpty()) {
        branding.logo = QImage(logo);
    }
    return branding;
}

QString AppSettings::rdpClientTemplate() const
{
    return m_settings->value(rdpTemplateKey).toString();
}

Status AppSettings::setRdpClientTemplate(const QString &commandTemplate)
{
    const QString trimmed = commandTemplate.trimmed();
    if (!trimmed.isEmpty()) {
        if (auto parsed = CommandTemplate::parse(trimmed); !parsed) {
            return parsed.error();
        }
    }
    m_settings->setValue(rdpTemplateKey, trimmed);
    return {};
}

QList<ExternalTool> AppSettings::externalTools() const
{
    QList<ExternalTool> tools;
    const int count = m_settings->beginReadArray(toolsKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        tools.append({m_settings->value(toolNameKey).toString(), m_settings->value(toolTemplateKey).toString()});
    }
    m_settings->endArray();
    return tools;
}

Status AppSettings::setExternalTools(const QList<ExternalTool> &tools)
{
    QStringList names;
    for (const ExternalTool &tool : tools) {
        const QString name = tool.name.trimmed();
        if (name.isEmpty()) {
            return Error{ErrorCode::InvalidInput, tr("a tool needs a name"), tool.commandTemplate};
        }
        if (names.contains(name, Qt::CaseInsensitive)) {
            return Error{ErrorCode::InvalidInput, tr("two tools are called \"%1\"").arg(name), name};
        }
        names.append(name);
        if (auto parsed = CommandTemplate::parse(tool.commandTemplate.trimmed()); !parsed) {
            return Error{parsed.error().code, parsed.error().message, name};
        }
    }
    m_settings->remove(toolsKey);
    m_settings->beginWriteArray(toolsKey, static_cast<int>(tools.size()));
    for (int i = 0; i < tools.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(toolNameKey, tools.at(i).name.trimmed());
        m_settings->setValue(toolTemplateKey, tools.at(i).commandTemplate.trimmed());
    }
    m_settings->endArray();
    return {};
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

} // namespace Vigil
