// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickOpenDialog.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Vigil {

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr int ClientRole = Qt::UserRole + 3;

} // namespace

QuickOpenDialog::QuickOpenDialog(const QuickOpenIndex &index, QWidget *parent)
    : QDialog(parent)
    , m_index(index)
{
    setObjectName(QStringLiteral("quickOpen"));
    setWindowTitle(tr("Quick open"));
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("quickOpenQuery"));
    m_query->setPlaceholderText(tr("Client, site, device or address"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("quickOpenResults"));
    m_results->setUniformItemSizes(true);
    auto *hint = new QLabel(tr("↑↓ choose · Enter open · Esc close"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(hint);

    connect(m_query, &QLineEdit::textChanged, this, &QuickOpenDialog::search);
    connect(m_query, &QLineEdit::returnPressed, this, &QuickOpenDialog::choose);
    connect(m_results, &QListWidget::itemActivated, this, &QuickOpenDialog::choose);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40, fontMetrics().height() * 22);
}

void QuickOpenDialog::setQuery(const QString &query)
{
    m_query->setText(query);
}

int QuickOpenDialog::resultCount() const
{
    return m_results->count();
}

void QuickOpenDialog::search(const QString &query)
{
    m_results->clear();
    for (const QuickOpenIndex::Match &match : m_index.search(query)) {
        QString kind;
        switch (match.kind) {
        case QuickOpenIndex::Kind::Client:
            kind = tr("Client");
            break;
        case QuickOpenIndex::Kind::Site:
            kind = tr("Site");
            break;
        case QuickOpenIndex::Kind::Device:
            kind = tr("Device");
            break;
        }
        const QString text = match.context.isEmpty()
                                 ? tr("%1 — %2", "name, kind").arg(match.name, kind)
                                 : tr("%1 — %2 · %3", "name, kind, where").arg(match.name, kind, match.context);
        auto *item = new QListWidgetItem(text, m_results);
        item->setData(KindRole, static_cast<int>(match.kind));
        item->setData(IdRole, match.id);
        item->setData(ClientRole, match.clientId);
    }
    if (m_results->count() > 0) {
        m_results->setCurrentRow(0);
    }
}

void QuickOpenDialog::choose()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item) {
        return;
    }
    Q_EMIT chosen(static_cast<QuickOpenIndex::Kind>(item->data(KindRole).toInt()), item->data(IdRole).toLongLong(),
                  item->data(ClientRole).toLongLong());
    accept();
}

bool QuickOpenDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The arrow keys move through the results while typing goes on in the line edit.
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown || key == Qt::Key_PageUp) {
            QApplication::sendEvent(m_results, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Vigil
