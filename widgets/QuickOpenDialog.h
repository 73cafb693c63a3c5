// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QuickOpenIndex.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace Vigil {

// Ctrl+K: type part of a client, site, device or address, pick with the arrow keys, Enter jumps there, Esc closes.
class QuickOpenDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickOpenDialog)

public:
    // The index must outlive the dialog.
    explicit QuickOpenDialog(const QuickOpenIndex &index, QWidget *parent = nullptr);

    void setQuery(const QString &query);
    int resultCount() const;

Q_SIGNALS:
    void chosen(Vigil::QuickOpenIndex::Kind kind, qint64 id, qint64 clientId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &query);
    void choose();

    const QuickOpenIndex &m_index;
    QLineEdit *m_query = nullptr;
    QListWidget *m_results = nullptr;
};

} // namespace Vigil
