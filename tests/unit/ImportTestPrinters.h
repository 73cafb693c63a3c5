// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SshSettings.h"
#include "VncSettings.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string>

// Strings are compared as std::string so that failures print readably. (A PrintTo(QString) would be an ODR
// violation: gtest's printer templates for QString are instantiated in other test files too.)
namespace ImportTestPrinters {

std::string q(const QString &text);
std::string q(const std::optional<QString> &text);
std::string q(const QStringList &list);
std::string q(const std::optional<QStringList> &list);
std::string q(const Vigil::SshSettings &ssh);
std::string q(const std::optional<Vigil::SshSettings> &ssh);
std::string q(const Vigil::VncSettings &vnc);
std::string q(const std::optional<Vigil::VncSettings> &vnc);

} // namespace ImportTestPrinters

#define EXPECT_Q(a, b) EXPECT_EQ(ImportTestPrinters::q(a), ImportTestPrinters::q(b))
