// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportBranding.h"
#include "ExternalTool.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QSettings;

namespace Vigil {

// The console's preferences, each key declared once with its default. Never holds a secret: credentials live in
// the OS keychain. Injected where needed; tests pass a temporary file.
class AppSettings final
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::AppSettings)

public:
    AppSettings();                                // the user's settings file
    explicit AppSettings(const QString &iniPath); // for tests
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QString lastPage() const;
    void setLastPage(const QString &page);
    QString technicianName() const; // defaults to the login name
    void setTechnicianName(const QString &name);

    // The monthly report's letterhead: the MSP's name and the path of its logo (PNG, JPEG or SVG).
    QString reportCompanyName() const; // defaults to "Your IT partner"
    void setReportCompanyName(const QString &name);
    QString reportLogoPath() const; // empty: no logo
    void setReportLogoPath(const QString &path);
    // Both, with the logo read from its file (a missing or unreadable file gives a report without a logo).
    ReportBranding reportBranding() const;
    // External launchers. The RDP client as a command template (empty: xfreerdp on Linux, mstsc on Windows) and
    // the technician's own tools. Setters validate (CommandTemplate) and store nothing when a template is bad.
    QString rdpClientTemplate() const;
    Status setRdpClientTemplate(const QString &commandTemplate);
    QList<ExternalTool> externalTools() const;
    Status setExternalTools(const QList<ExternalTool> &tools);

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Vigil
