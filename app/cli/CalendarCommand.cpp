// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarCommand.h"

#include "Database.h"
#include "InventoryStore.h"
#include "TicketStore.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace Vigil {

namespace {

const QString daysOption = QStringLiteral("days");
const QString hoursOption = QStringLiteral("hours");
const QString zoneOption = QStringLiteral("zone");
const QString addHolidayOption = QStringLiteral("add-holiday");
const QString removeHolidayOption = QStringLiteral("remove-holiday");
const QString nameOption = QStringLiteral("name");

// English day names on the command line, like the rest of vigil-cli's syntax.
const QStringList dayIds{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                         QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};

std::optional<int> parseDay(const QString &text)
{
    const QString day = text.trimmed().toLower();
    bool ok = false;
    const int number = day.toInt(&ok);
    if (ok) {
        return number >= 1 && number <= 7 ? std::optional<int>(number) : std::nullopt;
    }
    for (qsizetype i = 0; i < dayIds.size(); ++i) {
        // "mon", "monday"
        if (day.size() >= 3
            && QStringLiteral("monday tuesday wednesday thursday friday saturday sunday")
                   .split(u' ')
                   .at(i)
                   .startsWith(day)) {
            return static_cast<int>(i) + 1;
        }
    }
    return std::nullopt;
}

std::optional<int> parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) {
        return std::nullopt;
    }
    return hours * 60 + minutes;
}

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

std::optional<QDate> parseDate(const QString &text)
{
    const QDate date = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

CalendarCommand::CalendarCommand(CliContext &context)
    : CliCommand(context, QStringLiteral("calendar"),
                 tr("Show or change a client's business hours and holidays, in which its SLA clocks run."))
{
}

std::optional<QSet<int>> CalendarCommand::parseDays(const QString &text)
{
    QSet<int> days;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        return std::nullopt;
    }
    for (const QString &part : parts) {
        const QStringList range = part.split(u'-');
        if (range.size() == 1) {
            const std::optional<int> day = parseDay(range.at(0));
            if (!day) {
                return std::nullopt;
            }
            days.insert(*day);
        } else if (range.size() == 2) {
            const std::optional<int> from = parseDay(range.at(0));
            const std::optional<int> to = parseDay(range.at(1));
            if (!from || !to || *from > *to) {
                return std::nullopt;
            }
            for (int day = *from; day <= *to; ++day) {
                days.insert(day);
            }
        } else {
            return std::nullopt;
        }
    }
    return days;
}

std::optional<std::pair<int, int>> CalendarCommand::parseHours(const QString &text)
{
    const QStringList parts = text.split(u'-');
    if (parts.size() != 2) {
        return std::nullopt;
    }
    const std::optional<int> start = parseTime(parts.at(0));
    const std::optional<int> end = parseTime(parts.at(1));
    if (!start || !end || *start >= *end || *start >= 24 * 60) {
        return std::nullopt;
    }
    return std::make_pair(*start, *end);
}

QString CalendarCommand::daysText(const QSet<int> &days)
{
    if (days.isEmpty()) {
        return tr("none");
    }
    QList<int> sorted(days.cbegin(), days.cend());
    std::sort(sorted.begin(), sorted.end());
    const auto name = [](int day) {
        QString id = dayIds.at(day - 1);
        id[0] = id.at(0).toUpper();
        return id;
    };
    // Runs of three or more consecutive days read as ranges: "Mon–Fri", "Mon–Wed, Sat".
    QStringList parts;
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i;
        while (j + 1 < sorted.size() && sorted.at(j + 1) == sorted.at(j) + 1) {
            ++j;
        }
        if (j - i >= 2) {
            parts.append(name(sorted.at(i)) + QStringLiteral("–") + name(sorted.at(j)));
        } else {
            for (qsizetype k = i; k <= j; ++k) {
                parts.append(name(sorted.at(k)));
            }
        }
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

void CalendarCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("CLIENT"), tr("The client, by name."));
    parser.addOption({daysOption, tr("Working days: mon-fri, mon,wed,fri, mon-sun …"), QStringLiteral("DAYS")});
    parser.addOption(
        {hoursOption, tr("Working hours: 08:00-18:00 (00:00-24:00 round the clock)."), QStringLiteral("FROM-TO")});
    parser.addOption(
        {zoneOption, tr("The client's time zone, an IANA id such as Europe/Berlin."), QStringLiteral("ZONE")});
    parser.addOption({addHolidayOption, tr("Add a holiday (or rename one)."), QStringLiteral("YYYY-MM-DD")});
    parser.addOption({nameOption, tr("The holiday's name, with --add-holiday."), QStringLiteral("NAME")});
    parser.addOption({removeHolidayOption, tr("Remove a holiday."), QStringLiteral("YYYY-MM-DD")});
}

int CalendarCommand::execute(const QCommandLineParser &parser)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 1 || arguments.constFirst().trimmed().isEmpty()) {
        return usageError(tr("usage: vigil-cli calendar CLIENT [--days DAYS] [--hours FROM-TO] [--zone ZONE] "
                             "[--add-holiday DATE [--name NAME]] [--remove-holiday DATE]"));
    }
    // Everything is checked before the database is opened, so a typo changes nothing.
    std::optional<QSet<int>> days;
    if (parser.isSet(daysOption)) {
        days = parseDays(parser.value(daysOption));
        if (!days) {
            return usageError(
                tr("'%1' are not working days (use mon-fri, mon,wed,fri or mon-sun)").arg(parser.value(daysOption)));
        }
    }
    std::optional<std::pair<int, int>> hours;
    if (parser.isSet(hoursOption)) {
        hours = parseHours(parser.value(hoursOption));
        if (!hours) {
            return usageError(tr("'%1' are not working hours (use FROM-TO such as 08:00-18:00, ending after they "
                                 "start; 24:00 for midnight)")
                                  .arg(parser.value(hoursOption)));
        }
    }
    std::optional<QTimeZone> zone;
    if (parser.isSet(zoneOption)) {
        const QByteArray id = parser.value(zoneOption).trimmed().toUtf8();
        if (!QTimeZone::isTimeZoneIdAvailable(id)) {
            return usageError(tr("unknown time zone '%1' (use an IANA id such as Europe/Berlin or UTC)")
                                  .arg(parser.value(zoneOption)));
        }
        zone = QTimeZone(id);
    }
    std::optional<QDate> addHoliday;
    if (parser.isSet(addHolidayOption)) {
        addHoliday = parseDate(parser.value(addHolidayOption));
        if (!addHoliday) {
            return usageError(tr("'%1' is not a date (use YYYY-MM-DD)").arg(parser.value(addHolidayOption)));
        }
    }
    if (parser.isSet(nameOption) && !addHoliday) {
        return usageError(tr("--name goes with --add-holiday"));
    }
    std::optional<QDate> removeHoliday;
    if (parser.isSet(removeHolidayOption)) {
        removeHoliday = parseDate(parser.value(removeHolidayOption));
        if (!removeHoliday) {
            return usageError(tr("'%1' is not a date (use YYYY-MM-DD)").arg(parser.value(removeHolidayOption)));
        }
    }
    if (days && days->isEmpty()) {
        return usageError(tr("a calendar needs at least one working day"));
    }

    auto database = openDatabase();
    if (!database) {
        return runtimeError(database.error());
    }
    InventoryStore inventory(*database.value());
    const Result<Client> client = inventory.clientByName(arguments.constFirst().trimmed());
    if (!client) {
        return runtimeError(client.error());
    }
    TicketStore store(*database.value());
    const bool changesHours = days || hours || zone;
    QStringList done;
    const Status status = database.value()->transaction([&]() -> Status {
        if (changesHours) {
            Result<BusinessCalendar> calendar = store.calendar(client->id);
            if (!calendar) {
                return calendar.error();
            }
            BusinessCalendar changed = calendar.value();
            if (days) {
                changed.setWorkingDays(*days);
            }
            if (hours && !changed.setWorkingHours(hours->first, hours->second)) {
                return Error{ErrorCode::InvalidInput, tr("working hours must end after they start"), {}};
            }
            if (zone) {
                changed.setTimeZone(*zone);
            }
            if (Status s = store.setCalendar(client->id, changed); !s) {
                return s;
            }
            done.append(tr("Business hours of %1: %2, %3–%4, %5.")
                            .arg(client->name, daysText(changed.workingDays()), minuteText(changed.startMinute()),
                                 minuteText(changed.endMinute()), QString::fromUtf8(changed.timeZone().id())));
        }
        if (addHoliday) {
            if (Status s = store.addHoliday(client->id, *addHoliday, parser.value(nameOption)); !s) {
                return s;
            }
            done.append(tr("Holiday for %1: %2.").arg(client->name, addHoliday->toString(Qt::ISODate)));
        }
        if (removeHoliday) {
            if (Status s = store.removeHoliday(client->id, *removeHoliday); !s) {
                return s;
            }
            done.append(tr("Removed the holiday %2 of %1.").arg(client->name, removeHoliday->toString(Qt::ISODate)));
        }
        return {};
    });
    if (!status) {
        return runtimeError(status.error());
    }
    if (!done.isEmpty()) {
        m_context.out << done.join(u'\n') << '\n';
        return ExitOk;
    }

    const Result<BusinessCalendar> calendar = store.calendar(client->id);
    const Result<bool> own = store.hasOwnCalendar(client->id);
    const Result<QMap<QDate, QString>> holidays = store.holidayNames(client->id);
    if (!calendar || !own || !holidays) {
        return runtimeError(!calendar ? calendar.error() : (!own ? own.error() : holidays.error()));
    }
    QTextStream &out = m_context.out;
    out << tr("Business hours of %1%2").arg(client->name, own.value() ? QString() : tr(" (the standard calendar)"))
        << '\n';
    out << QStringLiteral("  %1 %2\n").arg(tr("Working days:"), -14).arg(daysText(calendar->workingDays()));
    out << QStringLiteral("  %1 %2–%3\n")
               .arg(tr("Hours:"), -14)
               .arg(minuteText(calendar->startMinute()), minuteText(calendar->endMinute()));
    out << QStringLiteral("  %1 %2\n").arg(tr("Time zone:"), -14).arg(QString::fromUtf8(calendar->timeZone().id()));
    if (holidays->isEmpty()) {
        out << QStringLiteral("  %1 %2\n").arg(tr("Holidays:"), -14).arg(tr("none"));
    }
    bool first = true;
    for (auto it = holidays->cbegin(); it != holidays->cend(); ++it) {
        QString line = QStringLiteral("  %1 %2  %3")
                           .arg(first ? tr("Holidays:") : QString(), -14)
                           .arg(it.key().toString(Qt::ISODate), it.value());
        while (line.endsWith(u' ')) {
            line.chop(1);
        }
        out << line << '\n';
        first = false;
    }
    return ExitOk;
}

} // namespace Vigil
