#pragma once

#include "Database.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

namespace textdesk {

// One question → answer pair of the FAQ bot (automation/FaqMatcher), as stored (migration 18).
struct FaqEntry
{
    qint64 id = 0;
    int position = 0;
    QString language; // "en", "de", "es", "fr", …
    QString topic; // optional: entries of one topic in several languages do not compete
    QString question; // what it answers, for people (the list, the notes)
    QString answer; // sent to the customer; {{variables}} as in templates
    QStringList keywords; // single words (or short groups) that point to this answer
    QStringList phrases; // several words in a row; they weigh more than a keyword
};

// Whether the FAQ bot holds a conversation (answers its customer's messages).
struct FaqHold
{
    enum class State { None, Holding, HandedOff };
    State state = State::None;
    qint64 since = 0;
};

// The SQL of the FAQ bot: its entries and the conversations it holds or handed off.
namespace FaqStore {

Result<QList<FaqEntry>> entries(Database &db); // in position order
// The whole FAQ replaced by these (an import), in one transaction.
Status replaceAll(Database &db, const QList<FaqEntry> &entries, qint64 nowMs);

Result<FaqHold> hold(Database &db, qint64 conversationId);
Status setHold(Database &db, qint64 conversationId, FaqHold::State state, qint64 nowMs);
// The conversations the bot holds now (the inbox marks them).
Result<QList<qint64>> holding(Database &db);

// The audit log's line for what the bot did in a conversation (actor "faq-bot").
Status audit(Database &db, qint64 nowMs, qint64 conversationId, const QString &details);
// Whether a rule already replied to this message of the customer (the bot then does not).
Result<bool> ruleReplied(Database &db, qint64 conversationId, qint64 messageId);
// The conversation's messages from the customer (1: this one is the first).
Result<int> inboundCount(Database &db, qint64 conversationId);

} // namespace FaqStore
} // namespace textdesk
