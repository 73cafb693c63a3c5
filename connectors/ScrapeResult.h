// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExpositionSample.h"
#include "ScrapeFailure.h"
#include "ScrapeSamples.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <chrono>

namespace Vigil {

// The outcome of one scrape. It owns everything it holds (it is handed from the poller thread to whoever listens),
// and a failed scrape still reports what was measured before it failed.
struct ScrapeResult
{
    quint64 requestId = 0;
    qint64 deviceId = 0;
    QDateTime started;  // UTC
    QDateTime finished; // UTC
    std::chrono::milliseconds duration{0};
    int httpStatus = 0;
    // The request went out on a connection opened earlier (HTTP keep-alive), not on a new TCP/TLS connection.
    bool reusedConnection = false;
    bool gzip = false; // the body came gzip-encoded
    ExpositionFormat format = ExpositionFormat::Prometheus;
    qint64 bytesReceived = 0; // on the wire, after transfer decoding, before decompression
    qint64 bodyBytes = 0;     // after decompression
    ScrapeSamples samples;
    ScrapeFailure failure;

    bool ok() const;
    QString failureId() const;
    QString failureText() const;
};

} // namespace Vigil

Q_DECLARE_METATYPE(Vigil::ScrapeResult)
