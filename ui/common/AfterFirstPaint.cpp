#include "AfterFirstPaint.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace textdesk::ui {

namespace {
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *widget, std::function<void()> work)
        : QObject(widget)
        , m_work(std::move(work))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            watched->removeEventFilter(this);
            // Queued behind the paint itself; gone with the widget if it goes first.
            QTimer::singleShot(0, this, [this] {
                m_work();
                deleteLater();
            });
        }
        return false;
    }

private:
    std::function<void()> m_work;
    bool m_done = false;
};
} // namespace

void afterFirstPaint(QWidget *widget, std::function<void()> work)
{
    new FirstPaintWatcher(widget, std::move(work));
}

} // namespace textdesk::ui
