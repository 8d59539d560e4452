#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QStringList>

namespace textdesk {

// What erasing a customer deletes (a confirmation names it before, a report after).
struct ErasureCounts
{
    qint64 contactId = 0;
    QString displayName;
    int conversations = 0;
    int messages = 0; // notes included
    int mediaFiles = 0; // files in media/ used by no one else
    int drafts = 0;
    int outbox = 0;
    int surveyAnswers = 0;
    int consentEvents = 0;
    QStringList mediaPaths; // relative to the media folder: removed after the commit
};

// The customer's right to erasure (GDPR Art. 17) in the local cache: their messages and
// notes, media files, full-text entries, drafts, outbox entries, survey answers, consent
// history, tags, import records and the contact itself, deleted in one transaction with
// SQLite's secure_delete (freed bytes are overwritten with zeros), the full-text indexes merged
// (FTS5 keeps a deleted row's words in older segments until a merge) and the WAL checkpointed
// and truncated, so that the file's bytes hold none of their words. What remains is one
// audit_log row: who erased, when, how much, the consent state at the time (proof of an
// opt-out), and the SHA-256 of the number (so "was +1… erased?" can be answered without keeping
// the number).
class Erasure
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::Erasure)
public:
    // What erase() would delete; an InvalidInput error when the number is not in the cache.
    static Result<ErasureCounts> preview(Database &db, const QString &e164);
    // `mediaDirectory`: the workspace's media folder; `actor`: who asked ("cli:user", "agent:3").
    static Result<ErasureCounts> erase(Database &db, const QString &e164,
                                       const QString &mediaDirectory, const QString &actor,
                                       qint64 nowMs);
};

} // namespace textdesk
