// "Messages and conversations handled" of the reports (ReportQueries::handled).
#include "Records.h"
#include "ReportQueries.h"
#include "ReportSql.h"
#include "reports/Periods.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace textdesk::ReportQueries {

using detail::customerTags;
using detail::eachNative;
using detail::TagsOf;
using reports::Grouping;
using reports::Query;
using reports::Row;

namespace {
constexpr qint64 kIdsPerDay = MessageId::kSlotsPerMs * 86400000LL; // agent_message_days.day

// A row of agent_message_days whose messages are not all in one group of the report (the
// period's first or last day, or a local day, week or month that begins inside its UTC day):
// its messages are read one by one.
struct Split
{
    qint64 conversation;
    qint64 author;
    qint64 firstId;
    qint64 lastId;
};
} // namespace

Result<QList<Row>> handled(Database &db, const Query &q, Grouping grouping, Row *total,
                           SharedTags *shared)
{
    // The agents' messages of the period, from the counts the writer keeps per UTC day,
    // conversation and author (agent_message_days, migration 14): a year is one range scan of
    // ~100,000 rows instead of 500,000 messages. A row is added as a whole when its first and
    // last message fall in the period and in the same group; the few others (days that straddle
    // a local midnight of the report's zone, the period's ends) are read again message by
    // message. Counted here, not by GROUP BY and count(DISTINCT): per-conversation arrays
    // indexed by the conversation's id make each row a few array reads. Number and tag come
    // from one read of the conversations (and of the customers' tags), not from a join.
    const bool byConversation
        = grouping == Grouping::Number || grouping == Grouping::Tag || q.inboxId || q.tagId;
    qint64 maxId = 0;
    if (auto st = eachNative(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM conversations"),
                             [&](const Statement &r) { maxId = r.int64(0); });
        !st) {
        return st.error();
    }
    const size_t n = size_t(maxId) + 1;

    std::vector<qint64> inboxOf;
    std::vector<qint64> contactOf;
    if (byConversation) {
        inboxOf.assign(n, 0);
        contactOf.assign(n, 0);
        if (auto st
            = eachNative(db, QStringLiteral("SELECT id, inbox_id, contact_id FROM conversations"),
                         [&](const Statement &r) {
                             const auto id = size_t(r.int64(0));
                             inboxOf[id] = r.int64(1);
                             contactOf[id] = r.int64(2);
                         });
            !st) {
            return st.error();
        }
    }
    // All the customers' tags by tag (shared with the durations), the filter's one else.
    TagsOf onlyFilter;
    SharedTags own;
    const TagsOf *tagsOf = &onlyFilter;
    if (grouping == Grouping::Tag) {
        auto tags = (shared ? shared : &own)->get(db);
        if (!tags)
            return tags.error();
        tagsOf = *tags;
    } else if (q.tagId) {
        if (Status st = customerTags(db, q.tagId, onlyFilter); !st)
            return st.error();
    }

    // Groups get small slot numbers; each conversation remembers the first slot it was counted
    // in, and only a conversation in several groups goes through a hash of (slot, conversation).
    // Keys are small (agents' ids, days since 1970): an array finds their slot, a hash any
    // other.
    constexpr qint64 kDenseKeys = 1 << 20;
    std::vector<int> denseSlot; // key → slot + 1 (0: none yet)
    std::unordered_map<qint64, int> slotOfKey;
    std::vector<Row> groups;
    auto slotOf = [&](qint64 key) {
        if (key >= 0 && key < kDenseKeys) {
            if (size_t(key) >= denseSlot.size())
                denseSlot.resize(size_t(key) + 1, 0);
            int &slot = denseSlot[size_t(key)];
            if (!slot) {
                groups.emplace_back();
                groups.back().key = key;
                slot = int(groups.size());
            }
            return slot - 1;
        }
        auto [it, added] = slotOfKey.try_emplace(key, int(groups.size()));
        if (added) {
            groups.emplace_back();
            groups.back().key = key;
        }
        return it->second;
    };
    // What each conversation needs, in one place so that a row costs one memory access.
    struct Conversation
    {
        int firstSlot = -1; // the first group it was counted in
        int listBegin = 0; // by number or tag: its groups, in `lists`
        short listSize = -1; // -1: not looked at yet
        bool excluded = false; // by the filters on number or tag
        bool inTotal = false;
    };
    // Without filters on number or tag nor a grouping by them, a conversation needs only the
    // first group it was counted in (-1: none yet, so not in the total either): 4 bytes rather
    // than 12, so that the array stays in the processor's cache (its ids come in no order).
    std::vector<Conversation> conversations(byConversation ? n : 0);
    std::vector<int> firstSlots(byConversation ? 0 : n, -1);
    std::vector<int> lists;
    std::unordered_set<quint64> more;
    auto count = [&](int slot, int &firstSlot, size_t id, int messages) {
        Row &row = groups[size_t(slot)];
        row.messages += messages;
        if (firstSlot < 0) {
            firstSlot = slot;
            ++row.conversations;
        } else if (firstSlot != slot && more.insert(quint64(slot) << 40 | quint64(id)).second) {
            ++row.conversations;
        }
    };
    // A conversation's filters and (by number or tag) groups, looked up once.
    auto lookUp = [&](Conversation &conversation, size_t id) {
        conversation.listBegin = int(lists.size());
        conversation.listSize = 0;
        std::span<const qint64> tags;
        if (grouping == Grouping::Tag || q.tagId)
            tags = tagsOf->of(contactOf[id]);
        conversation.excluded = inboxOf[id] == 0 || (q.inboxId && inboxOf[id] != q.inboxId)
            || (q.tagId && std::find(tags.begin(), tags.end(), q.tagId) == tags.end());
        if (conversation.excluded)
            return;
        if (grouping == Grouping::Number) {
            lists.push_back(slotOf(inboxOf[id]));
        } else if (grouping == Grouping::Tag) {
            for (qint64 tag : tags) {
                if (!q.tagId || tag == q.tagId)
                    lists.push_back(slotOf(tag));
            }
        }
        conversation.listSize = short(int(lists.size()) - conversation.listBegin);
    };
    // `messages` of one conversation in the group `key`.
    auto add = [&](qint64 key, qint64 id, int messages) {
        if (id < 0 || id > maxId)
            return; // written after the maximum was read
        const auto c = size_t(id);
        if (!byConversation) {
            int &firstSlot = firstSlots[c];
            if (total) {
                total->messages += messages;
                total->conversations += firstSlot < 0 ? 1 : 0;
            }
            count(slotOf(key), firstSlot, c, messages);
            return;
        }
        Conversation &conversation = conversations[c];
        if (conversation.listSize < 0)
            lookUp(conversation, c);
        if (conversation.excluded)
            return;
        if (total) {
            total->messages += messages;
            if (!conversation.inTotal) {
                conversation.inTotal = true;
                ++total->conversations;
            }
        }
        if (grouping == Grouping::Number || grouping == Grouping::Tag) {
            // Its groups never change: counted in each at its first message, no hash of pairs.
            const bool first = conversation.firstSlot < 0;
            conversation.firstSlot = 0;
            for (int i = 0; i < conversation.listSize; ++i) {
                Row &row = groups[size_t(lists[size_t(conversation.listBegin + i)])];
                row.messages += messages;
                row.conversations += first ? 1 : 0;
            }
        } else {
            count(slotOf(key), conversation.firstSlot, c, messages);
        }
    };

    // The group of a message id (its time in ms is id / kSlotsPerMs), worked out here: the SQL
    // returns the rows' plain columns, since a CASE per row cost SQLite as much as the scan.
    const bool byTime = reports::isTimeGrouping(grouping);
    Query grouped = q;
    grouped.grouping = grouping;
    const reports::Periods::KeyOf periodOf(grouped);
    auto keyOf = [&](qint64 id) { return byTime ? periodOf(id / MessageId::kSlotsPerMs) : 0; };
    const qint64 fromId = q.fromMs() * MessageId::kSlotsPerMs;
    const qint64 toId = q.toMs() * MessageId::kSlotsPerMs; // exclusive
    QString sql = QStringLiteral("SELECT d.conversation_id, d.messages, d.author_id, d.first_id,"
                                 " d.last_id FROM agent_message_days d"
                                 " WHERE d.day >= %1 AND d.day <= %2")
                      .arg(fromId / kIdsPerDay)
                      .arg((toId - 1) / kIdsPerDay);
    if (q.agentId)
        sql += QStringLiteral(" AND d.author_id = %1").arg(q.agentId);
    const bool byAgent = grouping == Grouping::Agent;
    std::vector<Split> splits;
    if (auto st = eachNative(db, sql,
                             [&](const Statement &r) {
                                 const qint64 firstId = r.int64(3);
                                 const qint64 lastId = r.int64(4);
                                 if (lastId < fromId || firstId >= toId)
                                     return; // on the period's first or last UTC day, outside
                                 const qint64 key = keyOf(firstId);
                                 if (firstId < fromId || lastId >= toId
                                     || (byTime && keyOf(lastId) != key)) {
                                     splits.push_back({ r.int64(0), r.int64(2), firstId, lastId });
                                     return;
                                 }
                                 add(byAgent ? r.int64(2) : key, r.int64(0), int(r.int64(1)));
                             });
        !st) {
        return st.error();
    }
    if (!splits.empty()) {
        Statement messages(
            db,
            QStringLiteral("SELECT m.id, coalesce(m.author_id, 0) FROM messages m"
                           " WHERE m.conversation_id = ? AND m.id >= ? AND m.id <= ?"
                           " AND m.direction = 'outbound' AND coalesce(m.author_id, 0) = ?"));
        if (!messages.prepared())
            return messages.prepared().error();
        for (const Split &split : splits) {
            messages.bind(0, split.conversation);
            messages.bind(1, std::max(split.firstId, fromId));
            messages.bind(2, std::min(split.lastId, toId - 1));
            messages.bind(3, split.author);
            Statement::Step step;
            while ((step = messages.step()) == Statement::Step::Row)
                add(byAgent ? messages.int64(1) : keyOf(messages.int64(0)), split.conversation, 1);
            if (step == Statement::Step::Error)
                return messages.error();
            messages.reset();
        }
    }
    std::sort(groups.begin(), groups.end(),
              [](const Row &a, const Row &b) { return a.key < b.key; });
    return QList<Row>(groups.begin(), groups.end());
}

} // namespace textdesk::ReportQueries
