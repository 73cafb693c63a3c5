// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Vigil {

// vigil-cli [--db PATH] COMMAND …: global options, then one command. Commands write results to stdout and errors
// (naming what and where) to stderr, and return the documented exit code.
class CliApplication final
{
    Q_DISABLE_COPY_MOVE(CliApplication)
    Q_DECLARE_TR_FUNCTIONS(Vigil::CliApplication)

public:
    CliApplication();
    // For tests: capture the output.
    CliApplication(QTextStream &out, QTextStream &err);

    int run(const QStringList &arguments);

private:
    void printUsage(QTextStream &stream) const;
    void printVersion() const;

    QTextStream m_stdout;
    QTextStream m_stderr;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Vigil
