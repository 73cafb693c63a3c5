// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace VigilTest {

class ChildProcess;

// A real VNC server for tests: Xvfb on a display number it picks itself (-displayfd), and x11vnc serving that
// display on 127.0.0.1 only (-localhost -noipv6) with a VNC password file made by `x11vnc -storepasswd`. The
// password is random per fixture and never printed. Both servers are stopped by PID and reaped.
class VncTestServer final
{
public:
    explicit VncTestServer(QSize size = QSize(640, 480));
    ~VncTestServer();
    VncTestServer(const VncTestServer &) = delete;
    VncTestServer &operator=(const VncTestServer &) = delete;

    // Starts both servers; on failure returns false with what went wrong (and the servers' output) in *error.
    bool start(QString *error);
    // SIGKILL to x11vnc: the connection drops without a goodbye.
    void killVncServer();
    void stop();

    quint16 port() const;
    QString display() const; // ":N"
    QString password() const;
    QSize size() const;

    // Paints the X root window in one colour (xsetroot -solid).
    bool fillRoot(const QString &colour, QString *error);
    // Tiles the root with a 32×32 bitmap whose left 16 columns are `left` and right 16 columns `right`, so the
    // pixel at x is `left` when x % 32 < 16.
    bool stripeRoot(const QString &left, const QString &right, QString *error);
    // Runs an X program against the display (xdotool, xmessage, …) and returns its standard output.
    QByteArray runX(const QString &program, const QStringList &arguments, QString *error) const;

private:
    QSize m_size;
    QTemporaryDir m_dir;
    QString m_display;
    QString m_password;
    quint16 m_port = 0;
    std::unique_ptr<ChildProcess> m_xvfb;
    std::unique_ptr<ChildProcess> m_x11vnc;
};

} // namespace VigilTest
