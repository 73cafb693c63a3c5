// SPDX-License-Identifier: GPL-3.0-or-later
#include "VncDisplay.h"

#include "VncKeySym.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

namespace Vigil {

namespace {

// RFB button mask bits.
constexpr int leftButton = 1;
constexpr int middleButton = 2;
constexpr int rightButton = 4;
constexpr int wheelUp = 8;
constexpr int wheelDown = 16;
constexpr int wheelLeft = 32;
constexpr int wheelRight = 64;

int keyIdentity(const QKeyEvent *event)
{
    // The scan code tells left and right Shift apart and survives a changed modifier state between press and
    // release; offscreen and synthetic events have none, then the Qt key stands in.
    return event->nativeScanCode() != 0 ? static_cast<int>(event->nativeScanCode()) | 0x40000000 : event->key();
}

} // namespace

VncDisplay::VncDisplay(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("vncDisplay"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    viewport()->setMouseTracking(true);
    viewport()->setCursor(Qt::CrossCursor);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setScaleMode(ScaleMode::Fit);
}

void VncDisplay::showFrame(const QImage &frame, const QRegion &dirty)
{
    const bool resized = frame.size() != m_frame.size();
    m_frame = frame;
    if (resized) {
        updateScrollBars();
        viewport()->update();
        return;
    }
    const QRectF target = targetRect();
    const qreal sx = m_frame.isNull() ? 1.0 : target.width() / m_frame.width();
    const qreal sy = m_frame.isNull() ? 1.0 : target.height() / m_frame.height();
    QRegion update;
    for (const QRect &rect : dirty) {
        const QRectF mapped(target.left() + rect.left() * sx, target.top() + rect.top() * sy, rect.width() * sx,
                            rect.height() * sy);
        update += mapped.toAlignedRect().adjusted(-1, -1, 1, 1);
    }
    viewport()->update(update);
}

QImage VncDisplay::frame() const
{
    return m_frame;
}

void VncDisplay::setScaleMode(ScaleMode mode)
{
    m_scaleMode = mode;
    const Qt::ScrollBarPolicy policy = mode == ScaleMode::Fit ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    setHorizontalScrollBarPolicy(policy);
    setVerticalScrollBarPolicy(policy);
    updateScrollBars();
    viewport()->update();
}

VncDisplay::ScaleMode VncDisplay::scaleMode() const
{
    return m_scaleMode;
}

void VncDisplay::setViewOnly(bool viewOnly)
{
    if (viewOnly) {
        releaseKeys();
    }
    m_viewOnly = viewOnly;
    viewport()->setCursor(viewOnly ? Qt::ArrowCursor : Qt::CrossCursor);
}

bool VncDisplay::isViewOnly() const
{
    return m_viewOnly;
}

void VncDisplay::setStatusText(const QString &text)
{
    m_statusText = text;
    viewport()->update();
}

QString VncDisplay::statusText() const
{
    return m_statusText;
}

void VncDisplay::setReservedShortcuts(const QList<QKeySequence> &shortcuts)
{
    m_reserved = shortcuts;
}

void VncDisplay::releaseKeys()
{
    const QHash<int, quint32> pressed = std::exchange(m_pressedKeys, {});
    if (m_viewOnly) {
        return;
    }
    for (const quint32 keysym : pressed) {
        Q_EMIT keyInput(keysym, false);
    }
}

QRectF VncDisplay::targetRect() const
{
    if (m_frame.isNull()) {
        return QRectF();
    }
    const QSizeF area = viewport()->size();
    const QSizeF picture = m_frame.size();
    if (m_scaleMode == ScaleMode::Fit) {
        const QSizeF scaled = picture.scaled(area, Qt::KeepAspectRatio);
        return QRectF(QPointF((area.width() - scaled.width()) / 2, (area.height() - scaled.height()) / 2), scaled);
    }
    // 1:1: scrolled when larger than the viewport, centred when smaller.
    const qreal x =
        picture.width() > area.width() ? -horizontalScrollBar()->value() : (area.width() - picture.width()) / 2;
    const qreal y =
        picture.height() > area.height() ? -verticalScrollBar()->value() : (area.height() - picture.height()) / 2;
    return QRectF(QPointF(x, y), picture);
}

std::optional<QPoint> VncDisplay::mapToRemote(const QPointF &viewportPosition) const
{
    QPoint remote;
    if (!remotePosition(viewportPosition, &remote)) {
        return std::nullopt;
    }
    return remote;
}

bool VncDisplay::remotePosition(const QPointF &viewportPosition, QPoint *remote) const
{
    const QRectF target = targetRect();
    if (target.isEmpty() || !target.contains(viewportPosition)) {
        return false;
    }
    const qreal x = (viewportPosition.x() - target.left()) * m_frame.width() / target.width();
    const qreal y = (viewportPosition.y() - target.top()) * m_frame.height() / target.height();
    *remote = QPoint(qBound(0, static_cast<int>(x), m_frame.width() - 1),
                     qBound(0, static_cast<int>(y), m_frame.height() - 1));
    return true;
}

void VncDisplay::updateScrollBars()
{
    const QSize area = viewport()->size();
    const QSize picture = m_frame.isNull() || m_scaleMode == ScaleMode::Fit ? QSize() : m_frame.size();
    horizontalScrollBar()->setRange(0, qMax(0, picture.width() - area.width()));
    verticalScrollBar()->setRange(0, qMax(0, picture.height() - area.height()));
    horizontalScrollBar()->setPageStep(area.width());
    verticalScrollBar()->setPageStep(area.height());
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);
}

void VncDisplay::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), QColor(0x20, 0x20, 0x24));
    if (!m_frame.isNull()) {
        const QRectF target = targetRect();
        if (m_scaleMode == ScaleMode::Fit && target.size() != QSizeF(m_frame.size())) {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
        }
        painter.drawImage(target, m_frame);
    }
    if (!m_statusText.isEmpty()) {
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.3);
        painter.setFont(font);
        const QRect box = painter.fontMetrics()
                              .boundingRect(viewport()->rect().adjusted(40, 40, -40, -40),
                                            Qt::AlignCenter | Qt::TextWordWrap, m_statusText)
                              .adjusted(-16, -10, 16, 10);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 190));
        painter.drawRoundedRect(box, 6, 6);
        painter.setPen(Qt::white);
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_statusText);
    }
}

void VncDisplay::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void VncDisplay::scrollContentsBy(int, int)
{
    viewport()->update();
}

bool VncDisplay::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (const QKeySequence &reserved : std::as_const(m_reserved)) {
            if (reserved.matches(pressed) == QKeySequence::ExactMatch) {
                return QAbstractScrollArea::event(event); // the view's own shortcut fires
            }
        }
        // Everything else (Ctrl+W, Ctrl+Q, F5 …) belongs to the remote computer while the display has focus.
        event->accept();
        return true;
    }
    return QAbstractScrollArea::event(event);
}

int VncDisplay::buttonMask(Qt::MouseButtons buttons)
{
    int mask = 0;
    if (buttons.testFlag(Qt::LeftButton)) {
        mask |= leftButton;
    }
    if (buttons.testFlag(Qt::MiddleButton)) {
        mask |= middleButton;
    }
    if (buttons.testFlag(Qt::RightButton)) {
        mask |= rightButton;
    }
    return mask;
}

void VncDisplay::sendPointer(const QPointF &viewportPosition, int buttons)
{
    if (m_viewOnly || m_frame.isNull()) {
        return;
    }
    // A button released outside the picture still has to reach the remote, at the last position inside.
    const std::optional<QPoint> remote = mapToRemote(viewportPosition);
    if (!remote.has_value() && buttons != 0) {
        return;
    }
    const QPoint position = remote.value_or(m_lastPointer);
    m_lastPointer = position;
    Q_EMIT pointerInput(position, buttons);
}

void VncDisplay::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    sendPointer(event->position(), buttonMask(event->buttons()));
    event->accept();
}

void VncDisplay::mouseReleaseEvent(QMouseEvent *event)
{
    sendPointer(event->position(), buttonMask(event->buttons()));
    event->accept();
}

void VncDisplay::mouseMoveEvent(QMouseEvent *event)
{
    if (QPoint ignored; remotePosition(event->position(), &ignored)) {
        sendPointer(event->position(), buttonMask(event->buttons()));
    }
    event->accept();
}

void VncDisplay::wheelEvent(QWheelEvent *event)
{
    if (m_scaleMode == ScaleMode::Actual && event->modifiers().testFlag(Qt::ShiftModifier)) {
        QAbstractScrollArea::wheelEvent(event); // Shift+wheel scrolls the local view in 1:1 mode
        return;
    }
    const QPoint delta = event->angleDelta();
    int bit = 0;
    if (delta.y() != 0) {
        bit = delta.y() > 0 ? wheelUp : wheelDown;
    } else if (delta.x() != 0) {
        bit = delta.x() > 0 ? wheelLeft : wheelRight;
    }
    const int held = buttonMask(event->buttons());
    if (QPoint ignored; bit != 0 && remotePosition(event->position(), &ignored)) {
        // A wheel notch is a press and release of its button.
        sendPointer(event->position(), held | bit);
        sendPointer(event->position(), held);
    }
    event->accept();
}

void VncDisplay::keyPressEvent(QKeyEvent *event)
{
    event->accept();
    if (m_viewOnly) {
        return;
    }
    const quint32 keysym = vncKeySym(event->key(), event->modifiers(), event->text());
    if (keysym == 0) {
        return;
    }
    m_pressedKeys.insert(keyIdentity(event), keysym);
    Q_EMIT keyInput(keysym, true);
}

void VncDisplay::keyReleaseEvent(QKeyEvent *event)
{
    event->accept();
    // Auto-repeat arrives as release + press pairs; the remote repeats on its own while the key stays down.
    if (m_viewOnly || event->isAutoRepeat()) {
        return;
    }
    const auto found = m_pressedKeys.constFind(keyIdentity(event));
    if (found == m_pressedKeys.cend()) {
        return;
    }
    const quint32 keysym = found.value();
    m_pressedKeys.erase(found);
    Q_EMIT keyInput(keysym, false);
}

void VncDisplay::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    Q_EMIT focusEntered();
}

void VncDisplay::focusOutEvent(QFocusEvent *event)
{
    // Keys held when focus leaves would otherwise stay pressed on the remote computer.
    releaseKeys();
    QAbstractScrollArea::focusOutEvent(event);
}

bool VncDisplay::focusNextPrevChild(bool)
{
    return false; // Tab and Shift+Tab go to the remote computer
}

} // namespace Vigil
