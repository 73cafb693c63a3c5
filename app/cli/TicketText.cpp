// SPDX-License-Identifier: GPL-3.0-or-later
#include "TicketText.h"

#include "DurationText.h"
#include "RecordOutput.h"

namespace Vigil {

QString TicketText::sla(const SlaReading &reading, const QDateTime &now)
{
    switch (reading.state) {
    case SlaState::Met:
        return tr("met", "SLA");
    case SlaState::Breached: {
        if (reading.stopped) {
            return tr("missed", "SLA");
        }
        // Wall-clock time since the due instant reads better than business time ("breached 2 h").
        const qint64 over = reading.dueAt.isValid() ? reading.dueAt.secsTo(now) : -reading.remainingSeconds;
        return tr("breached %1", "SLA").arg(durationText(over));
    }
    case SlaState::AtRisk:
        if (reading.paused) {
            return tr("paused, %1 left", "SLA").arg(durationText(reading.remainingSeconds));
        }
        return tr("at risk, %1 left", "SLA").arg(durationText(reading.remainingSeconds));
    case SlaState::OnTrack:
        if (reading.paused) {
            return tr("paused, %1 left", "SLA").arg(durationText(reading.remainingSeconds));
        }
        return tr("%1 left", "SLA").arg(durationText(reading.remainingSeconds));
    }
    return {};
}

QString TicketText::slaStateId(const SlaReading &reading)
{
    switch (reading.state) {
    case SlaState::OnTrack:
        return QStringLiteral("on_track");
    case SlaState::AtRisk:
        return QStringLiteral("at_risk");
    case SlaState::Breached:
        return QStringLiteral("breached");
    case SlaState::Met:
        return QStringLiteral("met");
    }
    return {};
}

QJsonObject TicketText::slaJson(const SlaReading &reading)
{
    return {{QStringLiteral("state"), slaStateId(reading)},
            {QStringLiteral("target_seconds"), reading.targetSeconds},
            {QStringLiteral("elapsed_seconds"), reading.elapsedSeconds},
            {QStringLiteral("remaining_seconds"), reading.remainingSeconds},
            {QStringLiteral("due_at"), recordTime(reading.dueAt)},
            {QStringLiteral("paused"), reading.paused},
            {QStringLiteral("stopped"), reading.stopped}};
}

QJsonObject TicketText::json(const Ticket &t, const QDateTime &now)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("priority"), priorityId(t.priority)},
            {QStringLiteral("status"), ticketStatusId(t.status)},
            {QStringLiteral("client"), t.clientName},
            {QStringLiteral("site"), t.siteName},
            {QStringLiteral("device"), t.deviceName},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("description"), t.description},
            {QStringLiteral("assignee"), t.assignee},
            {QStringLiteral("created_at"), recordTime(t.createdAt)},
            {QStringLiteral("updated_at"), recordTime(t.updatedAt)},
            {QStringLiteral("first_response_at"), recordTime(t.firstResponseAt)},
            {QStringLiteral("resolved_at"), recordTime(t.resolvedAt)},
            {QStringLiteral("closed_at"), recordTime(t.closedAt)},
            {QStringLiteral("closing_notes"), t.closingNotes},
            {QStringLiteral("age_seconds"), t.createdAt.secsTo(now)},
            {QStringLiteral("sla"), sla(t.currentSla(), now)},
            {QStringLiteral("sla_clock"),
             t.firstResponseAt.isValid() ? QStringLiteral("resolution") : QStringLiteral("response")},
            {QStringLiteral("response"), slaJson(t.response)},
            {QStringLiteral("resolution"), slaJson(t.resolution)}};
}

} // namespace Vigil
