// SPDX-License-Identifier: GPL-3.0-or-later
// Feed throughput of the terminal screen model (MB/s of host output parsed into cells and scrollback), and how
// long the event loop stalls while a 100 MB flood is worked off in slices.
//   vigil_bench_terminal                               all benchmarks
//   vigil_bench_terminal --benchmark_filter=Flood      the 100 MB run with its longest stall
#include "TerminalScreen.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace {

constexpr qsizetype kChunk = 32 * 1024;

// What a busy shell session prints: ls -l and log lines, coloured compiler/grep output with 16, 256 and
// truecolor SGRs, UTF-8 (umlauts, CJK, box drawing), and a full-screen program repainting with CUP/EL.
QByteArray mixedOutput(qsizetype size)
{
    QByteArray out;
    out.reserve(size + 4096);
    int n = 0;
    while (out.size() < size) {
        ++n;
        out += "-rw-r--r-- 1 sam staff  " + QByteArray::number(n * 37 % 100000) + " Nov 23 07:05 backup-"
               + QByteArray::number(n) + ".tar.zst\r\n";
        out += "Nov 23 07:05:12 web01 sshd[" + QByteArray::number(n % 30000)
               + "]: Accepted publickey for sam from 127.0.0.1 port 52100 ssh2\r\n";
        out += "\x1b[01;31m\x1b[Kerror\x1b[m\x1b[K: \x1b[1mdisk /srv at 91 %\x1b[0m \x1b[38;5;208mwarn\x1b[0m "
               "\x1b[38;2;120;200;80mok\x1b[0m\r\n";
        out += "Grüße aus Köln · 漢字テスト · ├── etc/ └── var/log/\r\n";
        if (n % 8 == 0) {
            out += "\x1b[H\x1b[7m  PID USER      PR  NI    VIRT    RES  %CPU\x1b[0m\x1b[K";
            for (int row = 2; row < 12; ++row) {
                out += "\x1b[" + QByteArray::number(row) + ";1H" + QByteArray::number(1000 + row)
                       + " root      20   0  123456  45678  \x1b[32m" + QByteArray::number(row % 10)
                       + ".0\x1b[0m\x1b[K";
            }
            out += "\x1b[24;1H";
        }
    }
    return out;
}

QByteArray plainOutput(qsizetype size)
{
    QByteArray out;
    out.reserve(size + 256);
    int n = 0;
    while (out.size() < size) {
        out += "line " + QByteArray::number(++n) + " of plain ASCII output as cat of a log file prints it\r\n";
    }
    return out;
}

void feedInChunks(Vigil::TerminalScreen &screen, const QByteArray &data)
{
    for (qsizetype offset = 0; offset < data.size(); offset += kChunk) {
        screen.feed(data.mid(offset, kChunk));
        screen.processPending();
    }
}

void BM_FeedMixed(benchmark::State &state)
{
    const QByteArray data = mixedOutput(8 * 1024 * 1024);
    Vigil::TerminalScreen screen(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
    for (auto _ : state) {
        feedInChunks(screen, data);
    }
    state.SetBytesProcessed(state.iterations() * data.size());
}

void BM_FeedPlain(benchmark::State &state)
{
    const QByteArray data = plainOutput(8 * 1024 * 1024);
    Vigil::TerminalScreen screen(static_cast<int>(state.range(0)), static_cast<int>(state.range(1)));
    for (auto _ : state) {
        feedInChunks(screen, data);
    }
    state.SetBytesProcessed(state.iterations() * data.size());
}

// 100 MB arriving faster than it can be parsed, worked off by the event loop as in the application. A 1 ms
// timer stands for the GUI: its longest gap is the longest the window would not react.
void BM_Flood100MB(benchmark::State &state)
{
    const QByteArray block = mixedOutput(1024 * 1024);
    constexpr int kBlocks = 100;
    double longestStallMs = 0;
    for (auto _ : state) {
        Vigil::TerminalScreen screen(120, 40);
        QTimer gui;
        gui.setInterval(1);
        QElapsedTimer sinceTick;
        qint64 longest = 0;
        QObject::connect(&gui, &QTimer::timeout, &gui, [&] {
            longest = std::max(longest, sinceTick.nsecsElapsed());
            sinceTick.restart();
        });
        int fed = 0;
        QTimer network;
        network.setInterval(0);
        QObject::connect(&network, &QTimer::timeout, &network, [&] {
            // The SSH side delivers 1 MB at a time, as fast as the event loop lets it.
            if (fed < kBlocks) {
                screen.feed(block);
                ++fed;
            }
        });
        gui.start();
        network.start();
        sinceTick.start();
        while (fed < kBlocks || screen.pendingBytes() > 0) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        }
        longestStallMs = static_cast<double>(longest) / 1e6;
    }
    state.SetBytesProcessed(state.iterations() * block.size() * kBlocks);
    state.counters["longest_stall_ms"] = longestStallMs;
}

} // namespace

// Parsing is single-threaded work on the calling thread: bytes_per_second is per CPU second, which stays
// meaningful on a shared build machine. The flood below reports wall-clock time.
BENCHMARK(BM_FeedMixed)->Args({80, 24})->Args({200, 60})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FeedPlain)->Args({80, 24})->Args({200, 60})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Flood100MB)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 2;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
