#include "ImageCanvas.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace textdesk {

// Paints the picture scaled to its own size. Below 100% it keeps one smoothly reduced copy
// (a plain scaled draw of a 12-megapixel photo aliases badly and costs every repaint); above,
// the painter scales only the exposed part.
class ImageCanvas::Surface : public QWidget
{
public:
    explicit Surface(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("mediaImage"));
        setAttribute(Qt::WA_OpaquePaintEvent, false);
    }

    // Shares the canvas's copy (implicitly shared): a QPixmap beside it would double the memory
    // of a large photo on raster platforms, for no gain.
    void setImage(const QImage &image)
    {
        m_image = image;
        m_reduced = {};
        update();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        if (m_image.isNull())
            return;
        QPainter painter(this);
        painter.setClipRect(event->rect());
        if (width() < m_image.width() || height() < m_image.height()) {
            const qreal dpr = devicePixelRatioF();
            const QSize target = (QSizeF(size()) * dpr).toSize();
            if (m_reduced.size() != target) {
                m_reduced = m_image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
                m_reduced.setDevicePixelRatio(dpr);
            }
            painter.drawImage(0, 0, m_reduced);
            return;
        }
        m_reduced = {};
        // Enlarged pixels stay crisp from 200% on, as in other viewers: the zoom is for detail.
        const bool smooth = width() < 2 * m_image.width();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, smooth);
        painter.drawImage(rect(), m_image);
    }

private:
    QImage m_image;
    QImage m_reduced;
};

ImageCanvas::ImageCanvas(QWidget *parent)
    : QScrollArea(parent)
    , m_surface(new Surface(this))
{
    setObjectName(QStringLiteral("mediaCanvas"));
    setAccessibleName(tr("Picture"));
    setAlignment(Qt::AlignCenter);
    setWidgetResizable(false);
    setFrameShape(QFrame::NoFrame);
    setBackgroundRole(QPalette::Dark);
    setWidget(m_surface);
    m_surface->resize(0, 0);
}

QWidget *ImageCanvas::surface() const
{
    return m_surface;
}

void ImageCanvas::setImage(const QImage &image)
{
    m_image = image;
    m_surface->setImage(image);
    fitToWindow();
}

void ImageCanvas::clear()
{
    setImage(QImage());
}

qreal ImageCanvas::fittedZoom() const
{
    if (m_image.isNull())
        return 1.0;
    // The room without scroll bars: a fitted picture needs none.
    const QSize room = maximumViewportSize();
    const qreal zoom
        = std::min(qreal(room.width()) / m_image.width(), qreal(room.height()) / m_image.height());
    // A small picture is shown at its size: enlarging it only shows blur.
    return std::clamp(zoom, kMinZoom, 1.0);
}

void ImageCanvas::applyZoom(qreal zoom, const QPointF &anchor)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (m_image.isNull()) {
        m_zoom = zoom;
        m_surface->resize(0, 0);
        emit zoomChanged(m_zoom);
        return;
    }
    // The picture's point under the anchor, as a fraction of the picture.
    const QPointF onSurface = m_surface->mapFrom(viewport(), anchor.toPoint());
    const QPointF fraction(m_surface->width() > 0 ? onSurface.x() / m_surface->width() : 0.5,
                           m_surface->height() > 0 ? onSurface.y() / m_surface->height() : 0.5);
    m_zoom = zoom;
    const QSize size(std::max(1, int(std::lround(m_image.width() * zoom))),
                     std::max(1, int(std::lround(m_image.height() * zoom))));
    m_surface->resize(size);
    // Scroll so that the same point is under the anchor again.
    horizontalScrollBar()->setValue(int(fraction.x() * size.width() - anchor.x()));
    verticalScrollBar()->setValue(int(fraction.y() * size.height() - anchor.y()));
    emit zoomChanged(m_zoom);
}

void ImageCanvas::setZoom(qreal zoom)
{
    m_fit = false;
    applyZoom(zoom, QRectF(viewport()->rect()).center());
}

void ImageCanvas::zoomIn()
{
    setZoom(m_zoom * kStep);
}

void ImageCanvas::zoomOut()
{
    setZoom(m_zoom / kStep);
}

void ImageCanvas::actualSize()
{
    setZoom(1.0);
}

void ImageCanvas::fitToWindow()
{
    m_fit = true;
    applyZoom(fittedZoom(), QRectF(viewport()->rect()).center());
}

void ImageCanvas::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (m_fit)
        applyZoom(fittedZoom(), QRectF(viewport()->rect()).center());
}

void ImageCanvas::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier) || m_image.isNull()) {
        QScrollArea::wheelEvent(event);
        return;
    }
    // One notch (120) is one step; touchpads send smaller deltas, zoomed proportionally.
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->accept();
        return;
    }
    m_fit = false;
    // The scroll area hands on the viewport's wheel events: the position is the viewport's.
    applyZoom(m_zoom * std::pow(kStep, steps), event->position());
    event->accept();
}

} // namespace textdesk
