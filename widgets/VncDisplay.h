// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>
#include <QHash>
#include <QImage>
#include <QKeySequence>
#include <QList>

#include <optional>

namespace Vigil {

// Paints a remote framebuffer, scaled to fit (keeping its aspect) or 1:1 with scroll bars, and turns mouse and
// keyboard input over it into RFB input: pointer positions in framebuffer pixels with RFB's button mask, and X
// keysyms. While focused it takes every key, Tab and Ctrl+W included, except the view's own shortcuts.
class VncDisplay final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VncDisplay)

public:
    enum class ScaleMode { Fit, Actual };

    explicit VncDisplay(QWidget *parent = nullptr);

    // `frame` is the whole current framebuffer; `dirty` what changed (in framebuffer pixels).
    void showFrame(const QImage &frame, const QRegion &dirty);
    QImage frame() const;
    void setScaleMode(ScaleMode mode);
    ScaleMode scaleMode() const;
    // View-only: no input leaves this widget.
    void setViewOnly(bool viewOnly);
    bool isViewOnly() const;
    // Shown over the display when there is no frame or the session ended ("Connecting…", an error).
    void setStatusText(const QString &text);
    QString statusText() const;
    // Key sequences the surrounding view keeps for itself instead of sending them to the remote.
    void setReservedShortcuts(const QList<QKeySequence> &shortcuts);
    // Releases every key still held on the remote side (focus loss, view-only, disconnect).
    void releaseKeys();

    // Where the framebuffer is drawn, in viewport coordinates.
    QRectF targetRect() const;
    // The framebuffer pixel under a viewport position; nullopt outside the picture.
    std::optional<QPoint> mapToRemote(const QPointF &viewportPosition) const;

Q_SIGNALS:
    void pointerInput(const QPoint &position, int buttons);
    void keyInput(quint32 keysym, bool down);
    void focusEntered();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void updateScrollBars();
    bool remotePosition(const QPointF &viewportPosition, QPoint *remote) const;
    void sendPointer(const QPointF &viewportPosition, int buttons);
    static int buttonMask(Qt::MouseButtons buttons);

    QImage m_frame;
    ScaleMode m_scaleMode = ScaleMode::Fit;
    bool m_viewOnly = false;
    QString m_statusText;
    QList<QKeySequence> m_reserved;
    QHash<int, quint32> m_pressedKeys; // Qt key (or native scan code) → keysym sent on press
    QPoint m_lastPointer;
};

} // namespace Vigil
