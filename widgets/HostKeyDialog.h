// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostKeyInfo.h"

#include <QDialog>

namespace Vigil {

// Asks whether to trust a host key Vigil has never seen. Only for unknown keys: a changed key never reaches a
// dialog, the session fails and the tab shows both fingerprints (SshTerminalTab). Cancel is the default button,
// so Enter pressed out of habit does not trust a key.
class HostKeyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostKeyDialog)

public:
    explicit HostKeyDialog(const HostKeyInfo &key, QWidget *parent = nullptr);

    HostKeyDecision decision() const;

private:
    void decide(HostKeyDecision decision);

    HostKeyDecision m_decision = HostKeyDecision::Reject;
};

} // namespace Vigil
