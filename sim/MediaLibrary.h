#pragma once

#include "Scenario.h"

#include <QtCore/QByteArray>
#include <QtCore/QDataStream>
#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtCore/QUrl>

#include <optional>
#include <vector>

namespace textdesk::sim {

std::optional<MediaKind> mediaKindFromName(const QString &name);
QString mediaKindName(MediaKind kind);

// The bytes behind every media item, by id. Generated media are made on first use and shared
// (a million-message history needs a handful of pictures, not thousands); uploads through
// POST /sim/media are kept as given.
class MediaLibrary
{
public:
    // A generated kind comes in this many variants (seeds) per simulator.
    static constexpr quint32 kVariants = 4;

    explicit MediaLibrary(quint32 seed);

    quint32 generated(MediaKind kind, quint32 variant);
    quint32 upload(const QString &contentType, const QByteArray &bytes);
    // A MediaUrl the simulator cannot fetch: recorded, and served as generated media of the
    // kind its extension suggests.
    quint32 external(const QUrl &url);

    bool contains(quint32 id) const { return id < m_entries.size(); }
    QString contentType(quint32 id);
    QByteArray bytes(quint32 id);
    QString sourceUrl(quint32 id) const;

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    enum class Origin : quint8 { Generated, Uploaded, External };
    struct Entry
    {
        Origin origin = Origin::Generated;
        MediaKind kind = MediaKind::Photo;
        quint32 variant = 0;
        QString url;
        QString contentType; // empty until made (generated)
        QByteArray bytes;
    };
    void materialise(Entry &entry);

    quint32 m_seed;
    std::vector<Entry> m_entries;
    QHash<quint64, quint32> m_generated;
};

} // namespace textdesk::sim
