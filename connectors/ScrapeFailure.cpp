// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScrapeFailure.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace Vigil {

namespace {

// Not named translate: lupdate would take a call of that name for the translation and skip the marked literal.
QString countedText(const char *text, qint64 n)
{
    // Plural forms are chosen by an int. Limits are megabytes at most (ARCHITECTURE.md), far below 2^31.
    return QCoreApplication::translate("Vigil::Scraper", text, nullptr,
                                       static_cast<int>(std::clamp<qint64>(n, 0, std::numeric_limits<int>::max())));
}

QString limitText(ScrapeFailure::Limit limit, qint64 value)
{
    switch (limit) {
    case ScrapeFailure::Limit::BodyBytes:
        return countedText(QT_TRANSLATE_N_NOOP("Vigil::Scraper", "body larger than %n byte(s)"), value);
    case ScrapeFailure::Limit::DecompressedBytes:
        return countedText(QT_TRANSLATE_N_NOOP("Vigil::Scraper", "body larger than %n byte(s) after decompression"),
                           value);
    case ScrapeFailure::Limit::Samples:
        return countedText(QT_TRANSLATE_N_NOOP("Vigil::Scraper", "more than %n sample(s)"), value);
    case ScrapeFailure::Limit::LabelsPerSample:
        return countedText(QT_TRANSLATE_N_NOOP("Vigil::Scraper", "more than %n label(s) on one sample"), value);
    case ScrapeFailure::Limit::LabelValueBytes:
        return countedText(QT_TRANSLATE_N_NOOP("Vigil::Scraper", "a label value longer than %n byte(s)"), value);
    case ScrapeFailure::Limit::LineBytes:
        return countedText(QT_TRANSLATE_N_NOOP("Vigil::Scraper", "a line longer than %n byte(s)"), value);
    case ScrapeFailure::Limit::None:
        break;
    }
    return QCoreApplication::translate("Vigil::Scraper", "over a limit");
}

} // namespace

bool ScrapeFailure::isFailure() const
{
    return reason != Reason::None;
}

QString ScrapeFailure::id() const
{
    return idFor(reason);
}

QString ScrapeFailure::idFor(Reason reason)
{
    switch (reason) {
    case Reason::None:
        return {};
    case Reason::Timeout:
        return QStringLiteral("timeout");
    case Reason::ConnectionRefused:
        return QStringLiteral("refused");
    case Reason::HostNotFound:
        return QStringLiteral("host_not_found");
    case Reason::ConnectionReset:
        return QStringLiteral("reset");
    case Reason::Tls:
        return QStringLiteral("tls");
    case Reason::CertificatePinMismatch:
        return QStringLiteral("pin_mismatch");
    case Reason::HttpStatus:
        return QStringLiteral("http_status");
    case Reason::TooLarge:
        return QStringLiteral("too_large");
    case Reason::NotAnExporter:
        return QStringLiteral("not_an_exporter");
    case Reason::Parse:
        return QStringLiteral("parse");
    case Reason::Decode:
        return QStringLiteral("decode");
    case Reason::Unsupported:
        return QStringLiteral("unsupported");
    case Reason::Cancelled:
        return QStringLiteral("cancelled");
    case Reason::Network:
        return QStringLiteral("network");
    }
    return QStringLiteral("network");
}

QString ScrapeFailure::limitId(Limit limit)
{
    switch (limit) {
    case Limit::None:
        return {};
    case Limit::BodyBytes:
        return QStringLiteral("body_bytes");
    case Limit::DecompressedBytes:
        return QStringLiteral("decompressed_bytes");
    case Limit::Samples:
        return QStringLiteral("samples");
    case Limit::LabelsPerSample:
        return QStringLiteral("labels_per_sample");
    case Limit::LabelValueBytes:
        return QStringLiteral("label_value_bytes");
    case Limit::LineBytes:
        return QStringLiteral("line_bytes");
    }
    return {};
}

QString ScrapeFailure::text() const
{
    switch (reason) {
    case Reason::None:
        return {};
    case Reason::Timeout:
        return QCoreApplication::translate("Vigil::Scraper", "timed out after %1 ms").arg(limitValue);
    case Reason::ConnectionRefused:
        return QCoreApplication::translate("Vigil::Scraper", "connection refused");
    case Reason::HostNotFound:
        return detail.isEmpty()
                   ? QCoreApplication::translate("Vigil::Scraper", "host not found")
                   : QCoreApplication::translate("Vigil::Scraper", "host not found: no address for %1 (DNS)")
                         .arg(detail);
    case Reason::ConnectionReset:
        return detail.isEmpty()
                   ? QCoreApplication::translate("Vigil::Scraper",
                                                 "connection closed or reset before the response was complete")
                   : QCoreApplication::translate("Vigil::Scraper",
                                                 "connection closed or reset before the response was complete (%1)")
                         .arg(detail);
    case Reason::Tls:
        return QCoreApplication::translate("Vigil::Scraper", "TLS error: %1").arg(detail);
    case Reason::CertificatePinMismatch:
        return QCoreApplication::translate(
                   "Vigil::Scraper",
                   "certificate does not match the pinned fingerprint: expected SHA-256 %1, presented %2")
            .arg(QString::fromLatin1(expectedSha256), QString::fromLatin1(presentedSha256));
    case Reason::HttpStatus:
        return detail.isEmpty() ? QCoreApplication::translate("Vigil::Scraper", "HTTP status %1").arg(httpStatus)
                                : QCoreApplication::translate("Vigil::Scraper", "HTTP status %1 (%2)")
                                      .arg(QString::number(httpStatus), detail);
    case Reason::TooLarge:
        return line > 0
                   ? QCoreApplication::translate("Vigil::Scraper", "too large: %1 at %2:%3")
                         .arg(limitText(limit, limitValue))
                         .arg(line)
                         .arg(column)
                   : QCoreApplication::translate("Vigil::Scraper", "too large: %1").arg(limitText(limit, limitValue));
    case Reason::NotAnExporter:
        return QCoreApplication::translate("Vigil::Scraper", "not an exporter: the endpoint returned an HTML page");
    case Reason::Parse:
        return QCoreApplication::translate("Vigil::Scraper", "parse error at %1:%2: %3")
            .arg(line)
            .arg(column)
            .arg(detail);
    case Reason::Decode:
        return QCoreApplication::translate("Vigil::Scraper", "response body is not valid gzip: %1").arg(detail);
    case Reason::Unsupported:
        return QCoreApplication::translate("Vigil::Scraper", "unsupported: %1").arg(detail);
    case Reason::Cancelled:
        return QCoreApplication::translate("Vigil::Scraper", "cancelled");
    case Reason::Network:
        return QCoreApplication::translate("Vigil::Scraper", "network error: %1").arg(detail);
    }
    return {};
}

} // namespace Vigil
