#pragma once

#include <QStringList>
#include <QWidget>

class QHBoxLayout;

namespace textdesk {

// The files attached to the reply being written, as removable chips (a thumbnail or a file
// icon, then "photo.jpg ×"). Refuses
// what the provider would refuse, before the agent sends: more than ten files, or more than
// 5 MB in all (its MMS limit), or something that is not a readable file.
class AttachmentBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxAttachments = 10;
    static constexpr qint64 kMaxTotalBytes = 5 * 1024 * 1024;

    explicit AttachmentBar(QWidget *parent = nullptr);

    // Adds the file; false with the reason in words when it cannot be attached.
    bool add(const QString &path, QString *refusal);
    void remove(const QString &path);
    void clear();
    QStringList paths() const { return m_paths; }
    bool isEmpty() const { return m_paths.isEmpty(); }

signals:
    void changed();

private:
    void rebuild();
    qint64 totalBytes() const;

    QHBoxLayout *m_layout;
    QStringList m_paths;
};

} // namespace textdesk
