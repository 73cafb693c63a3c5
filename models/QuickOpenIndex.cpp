// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickOpenIndex.h"

#include "NaturalOrder.h"

#include <QHash>

#include <algorithm>

namespace Vigil {

namespace {

constexpr int kPrefix = 3;
constexpr int kWordStart = 2;
constexpr int kSubstring = 1;

bool isWordStart(const QString &text, qsizetype at)
{
    if (at == 0) {
        return true;
    }
    const QChar before = text.at(at - 1);
    return !before.isLetterOrNumber() || (before.isDigit() != text.at(at).isDigit());
}

} // namespace

QuickOpenIndex::QuickOpenIndex() = default;
QuickOpenIndex::~QuickOpenIndex() = default;

void QuickOpenIndex::setInventory(const Inventory &inventory)
{
    m_entries.clear();
    m_entries.reserve(
        static_cast<std::size_t>(inventory.clients.size() + inventory.sites.size() + inventory.devices.size()));
    QHash<qint64, QString> clientNames;
    QHash<qint64, QString> siteNames;
    for (const Client &client : inventory.clients) {
        clientNames.insert(client.id, client.name);
        m_entries.push_back({Kind::Client, client.id, client.id, client.name, QString(), client.name.toCaseFolded(),
                             QString(), QString()});
    }
    for (const Site &site : inventory.sites) {
        const QString client = clientNames.value(site.clientId);
        siteNames.insert(site.id, site.name);
        m_entries.push_back({Kind::Site, site.id, site.clientId, site.name, client, site.name.toCaseFolded(),
                             site.address.toCaseFolded(), client.toCaseFolded()});
    }
    for (const Device &device : inventory.devices) {
        const QString where =
            clientNames.value(device.clientId) + QStringLiteral(" › ") + siteNames.value(device.siteId);
        const QString context = device.address.isEmpty() ? where : where + QStringLiteral(" · ") + device.address;
        m_entries.push_back({Kind::Device, device.id, device.clientId, device.name, context, device.name.toCaseFolded(),
                             device.address.toCaseFolded(), where.toCaseFolded()});
    }
}

int QuickOpenIndex::size() const
{
    return static_cast<int>(m_entries.size());
}

int QuickOpenIndex::matchScore(const QString &folded, const QString &query)
{
    if (folded.isEmpty()) {
        return 0;
    }
    qsizetype at = folded.indexOf(query);
    if (at < 0) {
        return 0;
    }
    if (at == 0) {
        return kPrefix;
    }
    int best = kSubstring;
    while (at >= 0) {
        if (isWordStart(folded, at)) {
            best = kWordStart;
            break;
        }
        at = folded.indexOf(query, at + 1);
    }
    return best;
}

QList<QuickOpenIndex::Match> QuickOpenIndex::search(const QString &query, int limit) const
{
    const QString q = query.trimmed().toCaseFolded();
    if (q.isEmpty() || limit <= 0) {
        return {};
    }
    struct Hit
    {
        const Entry *entry;
        int score;
    };
    std::vector<Hit> hits;
    for (const Entry &entry : m_entries) {
        // The name counts most, then the address, then where the thing is: a name match always beats the others.
        int score = matchScore(entry.foldedName, q) * 100;
        if (score == 0) {
            score = matchScore(entry.foldedAddress, q) * 10;
        }
        if (score == 0) {
            score = matchScore(entry.foldedWhere, q);
        }
        if (score > 0) {
            hits.push_back({&entry, score});
        }
    }
    const auto better = [](const Hit &a, const Hit &b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        if (a.entry->kind != b.entry->kind) {
            return a.entry->kind < b.entry->kind;
        }
        if (a.entry->name.size() != b.entry->name.size()) {
            return a.entry->name.size() < b.entry->name.size();
        }
        return naturalCompare(a.entry->name, b.entry->name) < 0;
    };
    const auto end = hits.size() > static_cast<std::size_t>(limit) ? hits.begin() + limit : hits.end();
    std::partial_sort(hits.begin(), end, hits.end(), better);
    QList<Match> result;
    result.reserve(end - hits.begin());
    for (auto it = hits.begin(); it != end; ++it) {
        const Entry &e = *it->entry;
        result.append({e.kind, e.id, e.clientId, e.name, e.context, it->score});
    }
    return result;
}

} // namespace Vigil
