// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Inventory.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

namespace Vigil {

// Quick open (Ctrl+K): every client, site and device under a name a technician types part of. Matches rank by
// where the text occurs: at the start of the name, at the start of a word in it, anywhere in it; devices match
// their address too, and anything matches where it is ("Harbor" finds Harbor Dental's sites and devices, below
// the client itself). Names are folded once in setInventory(), so a keystroke over 10,000 devices builds no strings.
class QuickOpenIndex final
{
    Q_DISABLE_COPY_MOVE(QuickOpenIndex)
    Q_DECLARE_TR_FUNCTIONS(Vigil::QuickOpenIndex)

public:
    enum class Kind { Client, Site, Device };

    struct Match
    {
        Kind kind = Kind::Device;
        qint64 id = 0;
        qint64 clientId = 0;
        QString name;
        QString context; // "Client › Site · address" for devices, "Client" for sites
        int score = 0;
    };

    QuickOpenIndex();
    ~QuickOpenIndex();

    void setInventory(const Inventory &inventory);
    int size() const;
    // Best first; ties by kind (clients, sites, devices), then shorter and naturally ordered names.
    QList<Match> search(const QString &query, int limit = 50) const;

private:
    struct Entry
    {
        Kind kind = Kind::Device;
        qint64 id = 0;
        qint64 clientId = 0;
        QString name;
        QString context;
        QString foldedName;
        QString foldedAddress;
        QString foldedWhere;
    };
    static int matchScore(const QString &folded, const QString &query);

    std::vector<Entry> m_entries;
};

} // namespace Vigil
