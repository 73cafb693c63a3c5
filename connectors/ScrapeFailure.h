// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace Vigil {

// Why a scrape failed, as a value: a reason with a stable id for logs, the CLI and storage, the details that
// reason needs, and a translated text for the device page. It never carries a secret.
struct ScrapeFailure
{
    enum class Reason : quint8 {
        None,
        Timeout,
        ConnectionRefused,
        HostNotFound,
        ConnectionReset,
        Tls,
        CertificatePinMismatch,
        HttpStatus,
        TooLarge,
        NotAnExporter,
        Parse,
        Decode, // the body is not what its Content-Encoding says (damaged or truncated gzip)
        Unsupported,
        Cancelled,
        Network, // any other transport error Qt reports (unreachable network, protocol error, …)
    };

    // Which input limit a TooLarge failure exceeded.
    enum class Limit : quint8 {
        None,
        BodyBytes,         // bytes received on the wire
        DecompressedBytes, // body after gzip decompression
        Samples,
        LabelsPerSample,
        LabelValueBytes,
        LineBytes,
    };

    Reason reason = Reason::None;
    Limit limit = Limit::None;
    qint64 limitValue = 0;
    int httpStatus = 0;
    qsizetype line = 0;
    qsizetype column = 0;
    // Reason-specific text: the TLS or transport error text, the parser's message, the HTTP reason phrase, the
    // unsupported scheme or encoding, what is wrong with a gzip body, the host name that did not resolve.
    QString detail;
    QByteArray expectedSha256; // CertificatePinMismatch, hex
    QByteArray presentedSha256;

    bool isFailure() const;
    // Short, stable, never translated: "timeout", "refused", "host_not_found", "reset", "tls", "pin_mismatch",
    // "http_status", "too_large", "not_an_exporter", "parse", "decode", "unsupported", "cancelled", "network"; ""
    // for None.
    QString id() const;
    // Translated, for the technician, e.g. "HTTP status 500 (Internal Server Error)".
    QString text() const;

    static QString idFor(Reason reason);
    static QString limitId(Limit limit);
};

} // namespace Vigil
