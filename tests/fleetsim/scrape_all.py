#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# usage: scrape_all.py BASE_PORT DEVICES ROUNDS gzip|plain — the load generator behind docs/fleetsim.md.
# Scrape every endpoint once per round over keep-alive connections, 64 in flight.
import asyncio, sys, time
base, n, rounds, gz = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "gzip"
stats = {"ok": 0, "fail": 0, "bytes": 0}
async def scrape(port, sem):
    async with sem:
        try:
            r, w = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            stats["fail"] += rounds; return
        for _ in range(rounds):
            w.write(b"GET /metrics HTTP/1.1\r\nHost: x\r\n" + (b"Accept-Encoding: gzip\r\n" if gz else b"") + b"\r\n")
            head = await r.readuntil(b"\r\n\r\n")
            length = int([l for l in head.split(b"\r\n") if l.lower().startswith(b"content-length")][0].split(b":")[1])
            body = await r.readexactly(length)
            stats["ok" if head.startswith(b"HTTP/1.1 200") else "fail"] += 1; stats["bytes"] += length
        w.close()
async def main():
    sem = asyncio.Semaphore(64)
    t = time.time()
    await asyncio.gather(*(scrape(base + i, sem) for i in range(n)))
    print(f"{stats} in {time.time()-t:.1f}s")
asyncio.run(main())
