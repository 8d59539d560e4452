#pragma once

#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QTimer>

namespace textdesk::sim {

class SimEngine;

// `--data DIR`: the whole state (messages, opt-outs, media, SID counters) in DIR/sim-state.bin,
// written atomically a moment after each change and at shutdown, read back at start. The rows
// are written as one block: a million messages save in well under a second.
class Persistence : public QObject
{
    Q_OBJECT
public:
    Persistence(SimEngine &engine, const QString &dir, int delayMs, QObject *parent = nullptr);

    QString filePath() const;
    // false with an error when a file is there but unreadable; *loaded says whether one was.
    bool load(bool *loaded, QString *error);
    bool save(QString *error);
    void scheduleSave();
    bool hasUnsavedChanges() const { return m_dirty; }

private:
    SimEngine &m_engine;
    QString m_dir;
    QTimer m_timer;
    bool m_dirty = false;
};

} // namespace textdesk::sim
