// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vigil {

HostKeyDialog::HostKeyDialog(const HostKeyInfo &key, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setWindowTitle(tr("Unknown host key"));

    const QString address = key.port == 22 ? key.host : QStringLiteral("[%1]:%2").arg(key.host).arg(key.port);
    auto *intro = new QLabel(tr("Vigil has never connected to %1 before. Compare the fingerprint with the one the "
                                "device shows (ssh-keygen -lf on its host key) before you trust it.")
                                 .arg(address),
                             this);
    intro->setWordWrap(true);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *type = new QLabel(key.keyType, this);
    type->setObjectName(QStringLiteral("hostKeyType"));
    type->setFont(fixed);
    type->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *fingerprint = new QLabel(key.fingerprint, this);
    fingerprint->setObjectName(QStringLiteral("hostKeyFingerprint"));
    fingerprint->setFont(fixed);
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(tr("Host:"), new QLabel(address, this));
    form->addRow(tr("Key type:"), type);
    form->addRow(tr("Fingerprint:"), fingerprint);

    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("Trust and &remember"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("hostKeyTrustAndRemember"));
    save->setToolTip(tr("Connect and add the key to Vigil's known_hosts; a later change of this key is refused"));
    auto *once = buttons->addButton(tr("Trust &once"), QDialogButtonBox::AcceptRole);
    once->setObjectName(QStringLiteral("hostKeyTrustOnce"));
    once->setToolTip(tr("Connect this time without recording the key; Vigil asks again next time"));
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("hostKeyCancel"));
    cancel->setDefault(true);
    cancel->setAutoDefault(true);
    save->setAutoDefault(false);
    once->setAutoDefault(false);
    connect(save, &QPushButton::clicked, this, [this] { decide(HostKeyDecision::AcceptAndSave); });
    connect(once, &QPushButton::clicked, this, [this] { decide(HostKeyDecision::AcceptOnce); });
    connect(cancel, &QPushButton::clicked, this, [this] { decide(HostKeyDecision::Reject); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    cancel->setFocus();
}

HostKeyDecision HostKeyDialog::decision() const
{
    return m_decision;
}

void HostKeyDialog::decide(HostKeyDecision decision)
{
    m_decision = decision;
    if (decision == HostKeyDecision::Reject) {
        reject();
    } else {
        accept();
    }
}

} // namespace Vigil
