#include "Persistence.h"

#include "SimEngine.h"

#include <QtCore/QDataStream>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QSaveFile>

Q_LOGGING_CATEGORY(lcSimPersistence, "textdesk.sim.persistence", QtInfoMsg)

namespace textdesk::sim {

namespace {

constexpr quint32 kMagic = 0x54445349; // "TDSI"
constexpr quint32 kVersion = 1;

void writeExtra(QDataStream &out, const MessageExtra &extra)
{
    out << quint32(extra.media.size());
    for (const MediaItem &item : extra.media)
        out << item.sid.hi << item.sid.lo << item.content << item.created;
    out << extra.messagingServiceSid << extra.statusCallback << extra.sendAt;
}

MessageExtra readExtra(QDataStream &in)
{
    MessageExtra extra;
    quint32 count = 0;
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        MediaItem item;
        in >> item.sid.hi >> item.sid.lo >> item.content >> item.created;
        extra.media.append(item);
    }
    in >> extra.messagingServiceSid >> extra.statusCallback >> extra.sendAt;
    return extra;
}

} // namespace

Persistence::Persistence(SimEngine &engine, const QString &dir, int delayMs, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_dir(dir)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::max(0, delayMs));
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QString error;
        if (!save(&error))
            qCWarning(lcSimPersistence) << error;
    });
}

QString Persistence::filePath() const
{
    return QDir(m_dir).filePath(QStringLiteral("sim-state.bin"));
}

void Persistence::scheduleSave()
{
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

bool Persistence::save(QString *error)
{
    m_timer.stop();
    if (!QDir().mkpath(m_dir)) {
        *error = tr("Cannot create the data folder %1.").arg(m_dir);
        return false;
    }
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    const SimStore &store = m_engine.store();
    out << kMagic << kVersion << quint32(sizeof(MessageRow)) << m_engine.options().accountSid
        << m_engine.sidCounters() << store.numbers() << store.bodies() << store.sharedBodyIndexes();
    out << quint64(store.extras().size());
    for (const MessageExtra &extra : store.extras())
        writeExtra(out, extra);
    out << quint64(store.rows().size());
    // Rows are plain data of a fixed layout (checked by the size above): one block.
    out.writeRawData(reinterpret_cast<const char *>(store.rows().data()),
                     int(store.rows().size() * sizeof(MessageRow)));
    m_engine.media().save(out);
    out << m_engine.optOuts().keys();
    if (out.status() != QDataStream::Ok || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    m_dirty = false;
    return true;
}

bool Persistence::load(bool *loaded, QString *error)
{
    *loaded = false;
    QFile file(filePath());
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    quint32 rowSize = 0;
    QString accountSid;
    in >> magic >> version >> rowSize >> accountSid;
    if (magic != kMagic || version != kVersion || rowSize != sizeof(MessageRow)) {
        *error = tr("%1 is not a simulator state file this version can read.").arg(file.fileName());
        return false;
    }
    QList<quint64> counters;
    QStringList numbers;
    QStringList bodies;
    QList<quint32> shared;
    in >> counters >> numbers >> bodies >> shared;
    quint64 extraCount = 0;
    in >> extraCount;
    std::vector<MessageExtra> extras;
    extras.reserve(size_t(std::min<quint64>(extraCount, 10'000'000)));
    for (quint64 i = 0; i < extraCount && in.status() == QDataStream::Ok; ++i)
        extras.push_back(readExtra(in));
    quint64 rowCount = 0;
    in >> rowCount;
    std::vector<MessageRow> rows(size_t(std::min<quint64>(rowCount, 100'000'000)));
    const qint64 bytes = qint64(rows.size() * sizeof(MessageRow));
    if (in.readRawData(reinterpret_cast<char *>(rows.data()), int(bytes)) != bytes)
        in.setStatus(QDataStream::ReadPastEnd);
    const bool mediaOk = m_engine.media().load(in);
    QList<quint64> optOuts;
    in >> optOuts;
    if (!mediaOk || in.status() != QDataStream::Ok) {
        *error = tr("%1 is damaged and was not loaded.").arg(file.fileName());
        return false;
    }
    SimStore &store = m_engine.store();
    store.restoreTables(numbers, bodies, shared, std::move(extras));
    store.reserve(qsizetype(rows.size()));
    for (const MessageRow &row : rows)
        store.load(row);
    store.finishLoading();
    m_engine.optOuts().restore(optOuts);
    m_engine.restoreSidCounters(counters);
    m_engine.refreshOurNumbers();
    *loaded = true;
    qCDebug(lcSimPersistence) << "loaded" << rows.size() << "messages from" << file.fileName();
    return true;
}

} // namespace textdesk::sim
