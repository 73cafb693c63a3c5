// SPDX-License-Identifier: GPL-3.0-or-later
#include "VncTestServer.h"

#include "ChildProcess.h"
#include "TestPaths.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <chrono>

using namespace std::chrono_literals;

namespace VigilTest {

namespace {

QString findProgram(const QString &name, QString *error)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty() && error) {
        *error = QStringLiteral("%1 is not installed (./test.sh installs it)").arg(name);
    }
    return path;
}

} // namespace

VncTestServer::VncTestServer(QSize size)
    : m_size(size)
{
    // Letters only: the password travels to x11vnc as an argument of the one-off -storepasswd call.
    static const char letters[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    for (int i = 0; i < 8; ++i) {
        m_password.append(QLatin1Char(letters[QRandomGenerator::global()->bounded(int(sizeof letters) - 1)]));
    }
}

VncTestServer::~VncTestServer()
{
    stop();
}

bool VncTestServer::start(QString *error)
{
    const QString xvfb = findProgram(QStringLiteral("Xvfb"), error);
    const QString x11vnc = xvfb.isEmpty() ? QString() : findProgram(QStringLiteral("x11vnc"), error);
    if (xvfb.isEmpty() || x11vnc.isEmpty()) {
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    // -displayfd 1: Xvfb picks a free display number and writes it to stdout once it accepts clients.
    m_xvfb = std::make_unique<ChildProcess>(
        xvfb, QStringList{QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                          QStringLiteral("0"), QStringLiteral("%1x%2x24").arg(m_size.width()).arg(m_size.height()),
                          QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    // Xvfb also writes notes with newlines to stderr while it tries display numbers: wait for stdout's line.
    const bool reported = m_xvfb->start() && m_xvfb->waitForStandardOutput("\n", 20s);
    if (!reported) {
        *error = QStringLiteral("Xvfb did not start:\n") + m_xvfb->describe();
        return false;
    }
    bool ok = false;
    const int number = QString::fromLatin1(m_xvfb->output()).trimmed().toInt(&ok);
    if (!ok) {
        *error = QStringLiteral("Xvfb did not report its display:\n") + m_xvfb->describe();
        return false;
    }
    m_display = QStringLiteral(":%1").arg(number);

    const QString passwordFile = m_dir.filePath(QStringLiteral("passwd"));
    const CommandResult stored = runCommand(x11vnc, {QStringLiteral("-storepasswd"), m_password, passwordFile}, 20s);
    if (stored.exitCode != 0 || !QFile::exists(passwordFile)) {
        *error = QStringLiteral("x11vnc -storepasswd failed: ") + QString::fromUtf8(stored.err);
        return false;
    }
    m_port = freeLoopbackPort();
    // -nocursor: the pointer is not drawn into the framebuffer, so pixel checks see only what the test drew.
    m_x11vnc = std::make_unique<ChildProcess>(
        x11vnc,
        QStringList{QStringLiteral("-display"), m_display, QStringLiteral("-localhost"), QStringLiteral("-noipv6"),
                    QStringLiteral("-rfbport"), QString::number(m_port), QStringLiteral("-rfbauth"), passwordFile,
                    QStringLiteral("-forever"), QStringLiteral("-shared"), QStringLiteral("-nocursor"),
                    QStringLiteral("-norc"), QStringLiteral("-noxrecord"), QStringLiteral("-wait"),
                    QStringLiteral("10"), QStringLiteral("-defer"), QStringLiteral("10")});
    m_x11vnc->setEnvironment(QProcessEnvironment::systemEnvironment().toStringList()
                             << QStringLiteral("HOME=") + m_dir.path());
    if (!m_x11vnc->start() || !m_x11vnc->waitForPort(m_port, 30s)) {
        *error = QStringLiteral("x11vnc did not listen on 127.0.0.1:%1:\n").arg(m_port) + m_x11vnc->describe();
        return false;
    }
    return true;
}

void VncTestServer::killVncServer()
{
    if (m_x11vnc) {
        m_x11vnc->killHard();
    }
}

void VncTestServer::stop()
{
    if (m_x11vnc) {
        m_x11vnc->stop();
        m_x11vnc.reset();
    }
    if (m_xvfb) {
        m_xvfb->stop();
        m_xvfb.reset();
    }
}

quint16 VncTestServer::port() const
{
    return m_port;
}

QString VncTestServer::display() const
{
    return m_display;
}

QString VncTestServer::password() const
{
    return m_password;
}

QSize VncTestServer::size() const
{
    return m_size;
}

QByteArray VncTestServer::runX(const QString &program, const QStringList &arguments, QString *error) const
{
    const QString path = findProgram(program, error);
    if (path.isEmpty()) {
        return {};
    }
    const CommandResult result = runCommand(path, arguments, 20s, {QStringLiteral("DISPLAY=") + m_display});
    if (result.exitCode != 0) {
        *error =
            QStringLiteral("%1 failed (%2): %3").arg(program).arg(result.exitCode).arg(QString::fromUtf8(result.err));
        return {};
    }
    error->clear();
    return result.out;
}

bool VncTestServer::fillRoot(const QString &colour, QString *error)
{
    runX(QStringLiteral("xsetroot"), {QStringLiteral("-solid"), colour}, error);
    return error->isEmpty();
}

bool VncTestServer::stripeRoot(const QString &left, const QString &right, QString *error)
{
    // XBM rows are little-endian bit order: bytes ff ff 00 00 set the first 16 pixels of a 32-pixel row.
    QByteArray xbm = "#define stripe_width 32\n#define stripe_height 32\nstatic unsigned char stripe_bits[] = {\n";
    for (int row = 0; row < 32; ++row) {
        xbm += "0xff, 0xff, 0x00, 0x00";
        xbm += row == 31 ? "};\n" : ",\n";
    }
    const QString path = m_dir.filePath(QStringLiteral("stripe.xbm"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(xbm) != xbm.size()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    file.close();
    runX(QStringLiteral("xsetroot"),
         {QStringLiteral("-bitmap"), path, QStringLiteral("-fg"), left, QStringLiteral("-bg"), right}, error);
    return error->isEmpty();
}

} // namespace VigilTest
