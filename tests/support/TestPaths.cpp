// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPaths.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTcpServer>

namespace VigilTest {

namespace {

// The build's own paths, unless the environment points elsewhere (an installed or relocated build).
QString envDir(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (!value.isEmpty()) {
        return value;
    }
    return QString::fromUtf8(qstrcmp(name, "VIGIL_BINARY_DIR") == 0 ? VIGIL_TEST_BINARY_DIR : VIGIL_TEST_SOURCE_DIR);
}

} // namespace

QString builtProgram(const QString &name)
{
    QDirIterator it(envDir("VIGIL_BINARY_DIR"), {name}, QDir::Files | QDir::Executable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(QLatin1String("/CMakeFiles/"))) {
            return path;
        }
    }
    ADD_FAILURE() << "program " << name.toStdString() << " was not built";
    return {};
}

QString sourcePath(const QString &relative)
{
    return QDir(envDir("VIGIL_SOURCE_DIR")).filePath(relative);
}

QString sharedFixture(const QString &relative)
{
    const QString path = QDir(envDir("VIGIL_SOURCE_DIR")).filePath(QStringLiteral("../shared/fixtures/") + relative);
    if (!QFileInfo::exists(path)) {
        ADD_FAILURE() << "shared fixture missing: " << path.toStdString();
    }
    return QDir::cleanPath(path);
}

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        ADD_FAILURE() << "cannot bind a loopback port: " << server.errorString().toStdString();
        return 0;
    }
    return server.serverPort();
}

} // namespace VigilTest
