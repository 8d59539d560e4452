#pragma once

#include <QtCore/QObject>

class QSocketNotifier;

namespace textdesk::serve {

// SIGTERM and SIGINT as a Qt signal. The handler only writes a byte to a pipe (async-signal-
// safe); a QSocketNotifier on the other end turns it into stopRequested() on the event loop.
class StopSignals : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

    // false when the pipe or the handlers cannot be set up (then signals kill as usual).
    bool install();

signals:
    void stopRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace textdesk::serve
