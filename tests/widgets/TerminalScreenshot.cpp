// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the terminal view offscreen to a PNG, to look at colours, line drawing and wide characters:
//   vigil_terminal_screenshot OUT.png                      a built-in showcase of what the emulator draws
//   vigil_terminal_screenshot OUT.png --wait 3 -- vim FILE  a local program in a pseudo-terminal, after 3 s
// Nothing leaves the machine: the program runs locally under forkpty, TERM=xterm-256color.
#include "TerminalScreen.h"
#include "TerminalView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QSocketNotifier>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

QByteArray showcase()
{
    QByteArray out = "\x1b]0;terminal showcase\x07\x1b[1mVigil terminal\x1b[0m  \x1b[2mxterm-256color\x1b[0m\r\n";
    for (int i = 0; i < 16; ++i) {
        out += "\x1b[48;5;" + QByteArray::number(i) + "m  ";
    }
    out += "\x1b[0m  16 colours\r\n";
    for (int i = 16; i < 232; i += 3) {
        out += "\x1b[48;5;" + QByteArray::number(i) + "m ";
    }
    out += "\x1b[0m\r\n";
    for (int i = 0; i < 72; ++i) {
        const int r = 255 - i * 255 / 71;
        const int g = i < 36 ? i * 7 : (71 - i) * 7;
        const int b = i * 255 / 71;
        out += "\x1b[48;2;" + QByteArray::number(r) + ";" + QByteArray::number(g) + ";" + QByteArray::number(b) + "m ";
    }
    out += "\x1b[0m truecolor\r\n";
    out +=
        "\x1b[1mbold\x1b[0m \x1b[3mitalic\x1b[0m \x1b[4munderline\x1b[0m \x1b[21mdouble\x1b[0m \x1b[7mreverse\x1b[0m "
        "\x1b[9mstrike\x1b[0m \x1b[31mred \x1b[1mbright red\x1b[0m \x1b[32mgreen\x1b[0m \x1b[33myellow\x1b[0m "
        "\x1b[34mblue\x1b[0m \x1b[35mmagenta\x1b[0m \x1b[36mcyan\x1b[0m\r\n";
    out += "\x1b(0lqqqqqqwqqqqqqk\x1b(B  ┏━━━━━┳━━━━━┓  ╔═════╦═════╗  ╭─────╮  ▁▂▃▄▅▆▇█ ░▒▓█\r\n";
    out += "\x1b(0x\x1b(B  DEC \x1b(0x\x1b(B  box \x1b(0x\x1b(B  ┃heavy┃lines┃  ║doubl║lines║  │round│  ▖▗▘▙▚▛▜▝▞▟\r\n";
    out += "\x1b(0tqqqqqqnqqqqqqu\x1b(B  ┣━━━━━╋━━━━━┫  ╠═════╬═════╣  ╰─────╯  ▀▄▌▐\r\n";
    out += "\x1b(0mqqqqqqvqqqqqqj\x1b(B  ┗━━━━━┻━━━━━┛  ╚═════╩═════╝\r\n";
    out += "CJK: 漢字テスト한국어 | emoji: 🙂🚀✅ | combining: e\xcc\x81 a\xcc\x88 n\xcc\x83 | Grüße, "
           "Ünïcödé\r\n";
    out +=
        "\x1b[30;47m htop-like \x1b[0m CPU[\x1b[32m||||||||\x1b[31m|||\x1b[0m      45.3%] Mem[\x1b[32m|||||\x1b[34m||"
        "\x1b[33m||\x1b[0m   1.2G/7.7G]\r\n";
    out += "\x1b[7m  PID USER      PRI  NI  VIRT   RES   SHR S CPU% MEM%   TIME+  Command            \x1b[0m\r\n";
    out += " 1234 \x1b[1msam\x1b[0m        20   0  123M 45.6M 12.3M \x1b[32mR\x1b[0m 12.0  0.6  0:01.23 "
           "\x1b[36m/usr/bin/\x1b[0mvigil\r\n";
    out += "   42 root       20   0  9.8M  1.2M  0.9M S  0.0  0.0  0:00.02 ├─ sshd\r\n";
    out += "\x1b[38;5;244m$ \x1b[0msudo apt-get upgrade \x1b[5mblink\x1b[0m";
    return out;
}

int runProgram(Vigil::TerminalScreen &screen, Vigil::TerminalView &view, char **argv, int waitMs)
{
    struct winsize size
    {
    };
    size.ws_col = static_cast<unsigned short>(screen.columns());
    size.ws_row = static_cast<unsigned short>(screen.rows());
    int master = -1;
    const pid_t child = forkpty(&master, nullptr, nullptr, &size);
    if (child < 0) {
        std::fprintf(stderr, "forkpty: %s\n", std::strerror(errno));
        return -1;
    }
    if (child == 0) {
        setenv("TERM", "xterm-256color", 1);
        setenv("LANG", "C.UTF-8", 1);
        execvp(argv[0], argv);
        _exit(127);
    }
    QSocketNotifier notifier(master, QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &screen, [&] {
        char buffer[65536];
        const ssize_t n = read(master, buffer, sizeof buffer);
        if (n > 0) {
            screen.feed(QByteArray(buffer, static_cast<qsizetype>(n)));
        } else {
            notifier.setEnabled(false);
        }
    });
    QObject::connect(&screen, &Vigil::TerminalScreen::outputReady, &screen, [master](const QByteArray &bytes) {
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = write(master, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
            if (n <= 0) {
                return;
            }
            done += n;
        }
    });
    QObject::connect(&view, &Vigil::TerminalView::terminalSizeChanged, &screen, [master](int columns, int rows) {
        struct winsize next
        {
        };
        next.ws_col = static_cast<unsigned short>(columns);
        next.ws_row = static_cast<unsigned short>(rows);
        ioctl(master, TIOCSWINSZ, &next);
    });
    QTest::qWait(waitMs);
    screen.processPending();
    return child;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUT.png [--wait SECONDS] [-- PROGRAM ARGS...]\n", argv[0]);
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    int waitMs = 2000;
    char **program = nullptr;
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--wait") == 0 && i + 1 < argc) {
            waitMs = static_cast<int>(std::atof(argv[++i]) * 1000);
        } else if (std::strcmp(argv[i], "--") == 0 && i + 1 < argc) {
            program = argv + i + 1;
            break;
        }
    }
    Vigil::TerminalScreen screen;
    Vigil::TerminalView view(&screen);
    view.resize(view.sizeHint().width() + 16 * view.cellSize().width(), view.sizeHint().height());
    view.show();
    view.setFocus();
    QApplication::processEvents();

    pid_t child = 0;
    if (program != nullptr) {
        child = runProgram(screen, view, program, waitMs);
        if (child < 0) {
            return 1;
        }
    } else {
        screen.feed(showcase());
        screen.processPending();
    }
    QTest::qWait(100);
    const bool saved = view.grab().save(QString::fromLocal8Bit(argv[1]));
    if (child > 0) {
        kill(child, SIGTERM);
        waitpid(child, nullptr, 0);
    }
    if (!saved) {
        std::fprintf(stderr, "could not write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
