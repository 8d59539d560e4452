#pragma once

#include <QLabel>

namespace textdesk::ui {

// A one-line plain-text label that never makes its window wider: when the text does not fit it
// ends in "…" and the whole text is in the tooltip (a status line at 1280 px or narrower).
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    // The text as painted at the current width ("Not connected: No secret…").
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace textdesk::ui
