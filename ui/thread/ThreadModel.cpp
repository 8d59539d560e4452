#include "ThreadModel.h"

#include "FailureAdvice.h"
#include "common/StatusText.h"
#include "common/TimeText.h"
#include "storage/MessageStore.h"
#include "storage/SurveyStore.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace textdesk {

namespace {
bool sameRow(const ThreadRow &a, const ThreadRow &b)
{
    const MessageRecord &x = a.message;
    const MessageRecord &y = b.message;
    if (x.updatedAt != y.updatedAt || x.status != y.status || x.body != y.body
        || x.errorMessage != y.errorMessage || a.media.size() != b.media.size()
        || a.surveyScore != b.surveyScore || a.retried != b.retried) {
        return false;
    }
    for (int i = 0; i < a.media.size(); ++i) {
        if (a.media[i].downloadState != b.media[i].downloadState
            || a.media[i].localPath != b.media[i].localPath) {
            return false;
        }
    }
    return true;
}
// The chip on a reply that answered a survey: the kind and the score on its scale; a score read
// from words is marked, since reports leave it out.
QString surveyScoreText(const SurveyStore::ReplyScore &s, bool answered)
{
    if (!answered)
        return {};
    using surveys::SurveyKind;
    if (s.kind == SurveyKind::YesNo)
        return s.score ? ThreadModel::tr("Survey: yes") : ThreadModel::tr("Survey: no");
    const QString kind = s.kind == SurveyKind::Nps ? QStringLiteral("NPS")
        : s.kind == SurveyKind::Ces                ? QStringLiteral("CES")
                                                   : QStringLiteral("CSAT");
    const QString text = ThreadModel::tr("%1 %2/%3", "survey kind, score, scale maximum")
                             .arg(kind)
                             .arg(s.score)
                             .arg(surveys::rangeOf(s.kind).max);
    return s.scoreKind == QLatin1String("inferred")
        ? ThreadModel::tr("%1 (read from words)", "a survey score guessed from words").arg(text)
        : text;
}
} // namespace

ThreadModel::ThreadModel(Database &reader, QObject *parent)
    : MergingListModel(parent)
    , m_reader(reader)
{ }

bool ThreadModel::read(qint64 beforeId, int limit, QList<ThreadRow> *rows)
{
    MessageStore store(m_reader);
    auto page = store.threadPage(m_conversationId, beforeId, limit);
    if (!page) {
        emit loadFailed(page.error().message());
        return false;
    }
    QList<qint64> withMedia;
    for (const MessageRecord &m : std::as_const(*page)) {
        if (m.numMedia > 0)
            withMedia << m.id;
    }
    auto media = store.mediaFor(withMedia);
    if (!media) {
        emit loadFailed(media.error().message());
        return false;
    }
    auto scores = SurveyStore::scoresForReplies(m_reader, m_conversationId);
    if (!scores) {
        emit loadFailed(scores.error().message());
        return false;
    }
    rows->clear();
    rows->reserve(page->size());
    // The store answers newest first; the view shows oldest at the top.
    // The local day once per row here, not per paint: each conversion from UTC asks the time
    // zone database.
    // A failed message counts as retried once the same words went out after it (Retry sends
    // them anew): its advice and buttons go, since acting on it again would send twice.
    QSet<QString> sentLater;
    for (const MessageRecord &m : std::as_const(*page)) { // newest first
        const bool failed = m.direction == Direction::Outbound && StatusText::isFailure(m.status);
        const bool retried = failed && sentLater.contains(m.body);
        if (m.direction == Direction::Outbound && !failed)
            sentLater.insert(m.body);
        rows->append(
            ThreadRow { m.id, m, media->value(m.id),
                        QDateTime::fromMSecsSinceEpoch(m.createdAt).date().toJulianDay(),
                        qHashMulti(0, m.body, failed && !retried, m.numMedia), retried,
                        surveyScoreText(scores->value(m.id, {}), scores->contains(m.id)) });
    }
    std::reverse(rows->begin(), rows->end());
    return true;
}

void ThreadModel::setConversation(qint64 conversationId)
{
    m_conversationId = conversationId;
    QList<ThreadRow> rows;
    if (conversationId)
        read(0, kPageSize, &rows);
    m_hasOlder = rows.size() == kPageSize;
    resetRows(std::move(rows));
}

void ThreadModel::refresh()
{
    if (!m_conversationId)
        return;
    QList<ThreadRow> fresh;
    if (!read(0, kPageSize, &fresh))
        return;
    if (m_rows.isEmpty()) {
        m_hasOlder = fresh.size() == kPageSize;
        appendRows(fresh);
        return;
    }
    // The stretch to merge: every row from the oldest of the fresh page on (all of them when
    // the fresh page reaches back past what is shown).
    int from = 0;
    if (fresh.size() == kPageSize) {
        const qint64 oldestFresh = fresh.first().id;
        from = int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), oldestFresh,
                                    [](const ThreadRow &r, qint64 id) { return r.id < id; })
                   - m_rows.cbegin());
    }
    mergeRows(from, rowCount(), fresh, sameRow);
    // A day header depends on the row before: the first merged row may have gained one.
    if (rowCount() > 0)
        emit dataChanged(index(std::max(from - 1, 0)), index(rowCount() - 1),
                         { DayHeaderRole, StartsDayRole });
}

int ThreadModel::fetchOlder()
{
    if (!m_hasOlder || m_rows.isEmpty())
        return 0;
    QList<ThreadRow> older;
    if (!read(m_rows.first().id, kPageSize, &older))
        return 0;
    m_hasOlder = older.size() == kPageSize;
    prependRows(older);
    // The previously first row may lose its day header.
    if (rowCount() > older.size())
        emit dataChanged(index(int(older.size())), index(int(older.size())),
                         { DayHeaderRole, StartsDayRole });
    return int(older.size());
}

const QList<MediaItem> *ThreadModel::mediaAt(int row) const
{
    const ThreadRow *r = rowAt(row);
    return r ? &r->media : nullptr;
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    const ThreadRow *row = rowAt(index.row());
    if (!row || index.parent().isValid())
        return {};
    const MessageRecord &m = row->message;
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case Qt::AccessibleTextRole: {
        const QString who = m.direction == Direction::Inbound ? tr("Customer")
            : m.direction == Direction::Note                  ? tr("Note")
                                                              : tr("You");
        return tr("%1 at %2: %3 %4")
            .arg(who, TimeText::clock(m.createdAt), m.body,
                 StatusText::message(m.status, m.direction));
    }
    case MessageIdRole:
        return m.id;
    case DirectionRole:
        return directionToString(m.direction);
    case StatusRole:
        return m.status;
    case StatusTextRole:
        if (row->retried)
            return tr("%1 · sent again").arg(StatusText::message(m.status, m.direction));
        return StatusText::message(m.status, m.direction);
    case FailedRole:
        return m.direction == Direction::Outbound && StatusText::isFailure(m.status)
            && !row->retried;
    case ErrorTextRole:
        if (!StatusText::isFailure(m.status) || row->retried)
            return QString();
        return FailureAdvice::describe(m.errorCode, m.errorMessage);
    case CreatedAtRole:
        return m.createdAt;
    case AuthorRole:
        return m.authorId ? m_agentNames.value(m.authorId) : QString();
    case LayoutKeyRole:
        return quint64(row->layoutKey);
    case SurveyScoreRole:
        return row->surveyScore;
    case StartsDayRole: {
        const ThreadRow *previous = rowAt(index.row() - 1);
        return !previous || previous->localDay != row->localDay;
    }
    case DayHeaderRole: {
        const ThreadRow *previous = rowAt(index.row() - 1);
        if (previous && previous->localDay == row->localDay)
            return QString();
        return TimeText::day(m.createdAt, QDateTime::currentDateTime());
    }
    case MediaCountRole:
        return std::max<int>(m.numMedia, int(row->media.size()));
    case SegmentsRole:
        return m.numSegments;
    default:
        return {};
    }
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(MessageIdRole, "messageId");
    names.insert(DirectionRole, "direction");
    names.insert(BodyRole, "body");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    names.insert(FailedRole, "failed");
    names.insert(ErrorTextRole, "errorText");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(AuthorRole, "author");
    names.insert(DayHeaderRole, "dayHeader");
    names.insert(MediaCountRole, "mediaCount");
    names.insert(SegmentsRole, "segments");
    names.insert(StartsDayRole, "startsDay");
    return names;
}

} // namespace textdesk
