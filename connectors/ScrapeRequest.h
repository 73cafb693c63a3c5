// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScrapeLimits.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <chrono>

namespace Vigil {

enum class ScrapeAuth : quint8 {
    None,
    Bearer, // Authorization: Bearer <secret>
    Basic,  // Authorization: Basic base64(<user>:<secret>)
};

// One scrape of one device's exporter. The secret is the value the caller already read from the keychain; the
// scraper puts it only into the Authorization header, never into a log line or an error message.
struct ScrapeRequest
{
    qint64 deviceId = 0;
    QUrl url; // http or https; user info in the URL is dropped (credentials come from auth/user/secret)
    // A hard deadline for the whole request: connect, TLS, headers and body.
    std::chrono::milliseconds timeout = std::chrono::seconds(10);
    ScrapeLimits limits;
    ScrapeAuth auth = ScrapeAuth::None;
    QString user;
    QString secret;
    // SHA-256 of the leaf certificate, hex (colons and case ignored). Peer verification stays on; a certificate
    // that fails it is accepted only when its fingerprint is exactly this, and a pinned endpoint must present it.
    QByteArray pinnedSha256;
};

} // namespace Vigil
