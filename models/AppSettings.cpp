// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QSettings>

namespace Vigil {

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString lastPageKey = QStringLiteral("window/lastPage");
const QString technicianKey = QStringLiteral("technician/name");

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

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

} // namespace Vigil
