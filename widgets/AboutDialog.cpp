// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "ComponentVersions.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Vigil {

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Vigil"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/vigil.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    QString components;
    for (const ComponentVersion &component : componentVersions()) {
        components += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                          .arg(component.name.toHtmlEscaped(), component.version.toHtmlEscaped());
    }
    auto *text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(tr("<h2>Vigil %1</h2>"
                     "<p>The console for MSP technicians: overnight alerts, tickets, fleet health and remote "
                     "sessions in one place, fast and from the keyboard.</p>"
                     "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
                     "<p><b>Database:</b> %2</p>"
                     "<p><b>Built on</b></p><table cellspacing=\"6\">%3</table>")
                      .arg(QStringLiteral(VIGIL_VERSION_STRING), databasePath.toHtmlEscaped(), components));
    text->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace Vigil
