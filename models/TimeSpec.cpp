// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeSpec.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Vigil {

namespace {

std::optional<QTime> timeOfDay(const QString &text)
{
    for (const QString &format : {QStringLiteral("H:mm"), QStringLiteral("HH:mm"), QStringLiteral("H:mm:ss")}) {
        const QTime t = QTime::fromString(text, format);
        if (t.isValid()) {
            return t;
        }
    }
    return std::nullopt;
}

} // namespace

Result<QDateTime> parseTimeSpec(const QString &input, const QDateTime &now, TimeDirection direction)
{
    const QString text = input.trimmed();
    const int sign = direction == TimeDirection::Past ? -1 : 1;
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,6})\\s*(s|m|min|h|d|w)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = relative.match(text); m.hasMatch()) {
        const qint64 amount = m.captured(1).toLongLong();
        const QString unit = m.captured(2).toLower();
        const qint64 seconds = unit == u"s"                       ? 1
                               : (unit == u"m" || unit == u"min") ? 60
                               : unit == u"h"                     ? 3600
                               : unit == u"d"                     ? 86400
                                                                  : 7 * 86400;
        return now.addSecs(sign * amount * seconds);
    }
    const QDateTime localNow = now.toLocalTime();
    if (text.startsWith(QLatin1String("tomorrow"), Qt::CaseInsensitive)) {
        const QString rest = text.mid(8).trimmed();
        std::optional<QTime> at = rest.isEmpty() ? std::optional<QTime>(QTime(8, 0)) : timeOfDay(rest);
        if (!at) {
            return Error{
                ErrorCode::InvalidInput,
                QCoreApplication::translate("Vigil::TimeSpec", "expected a time after \"tomorrow\", like 9:30"), input};
        }
        return QDateTime(localNow.date().addDays(1), *at).toUTC();
    }
    if (const std::optional<QTime> at = timeOfDay(text)) {
        QDateTime candidate(localNow.date(), *at);
        if (direction == TimeDirection::Future && candidate <= localNow) {
            candidate = candidate.addDays(1);
        } else if (direction == TimeDirection::Past && candidate > localNow) {
            candidate = candidate.addDays(-1);
        }
        return candidate.toUTC();
    }
    QString iso = text;
    if (iso.size() > 10 && iso.at(10) == u' ') {
        iso[10] = u'T';
    }
    QDateTime absolute = QDateTime::fromString(iso, Qt::ISODate);
    if (!absolute.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid()) {
            absolute = QDateTime(day, QTime(0, 0));
        }
    }
    if (!absolute.isValid()) {
        return Error{
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Vigil::TimeSpec",
                                        "not a time: use 2026-11-23T07:00, 07:30, 2h, 3d, tomorrow or tomorrow 9:30"),
            input};
    }
    return absolute.toUTC();
}

} // namespace Vigil
