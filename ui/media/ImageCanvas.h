#pragma once

#include <QImage>
#include <QScrollArea>

namespace textdesk {

// A picture at a zoom: fitted to the window (never enlarged), at 100% or anywhere between
// 1/32 and 16×, with scroll bars when it is larger than the window and Ctrl+wheel zooming
// about the pointer. Only the visible part is painted, so a large zoom costs no memory.
class ImageCanvas : public QScrollArea
{
    Q_OBJECT
public:
    static constexpr qreal kMinZoom = 1.0 / 32;
    static constexpr qreal kMaxZoom = 16.0;
    static constexpr qreal kStep = 1.25;

    explicit ImageCanvas(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    const QImage &image() const { return m_image; }
    void clear();

    qreal zoom() const { return m_zoom; }
    bool isFitted() const { return m_fit; }
    // The widget the picture is painted on; its size is the picture's at the current zoom.
    QWidget *surface() const;

    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();
    void setZoom(qreal zoom);

signals:
    void zoomChanged(qreal zoom);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    class Surface;
    // Zooms keeping the picture's point under `anchor` (viewport coordinates) where it is.
    void applyZoom(qreal zoom, const QPointF &anchor);
    qreal fittedZoom() const;

    QImage m_image;
    Surface *m_surface = nullptr;
    qreal m_zoom = 1.0;
    bool m_fit = true;
};

} // namespace textdesk
