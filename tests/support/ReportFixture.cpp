#include "ReportFixture.h"

#include "storage/Records.h"
#include "storage/SqlHelpers.h"

#include <QSqlQuery>
#include <QTest>

namespace textdesk::test {

ReportFixture::ReportFixture(Database &db, QTimeZone zone)
    : m_db(db)
    , m_zone(std::move(zone))
{ }

qint64 ReportFixture::at(const QString &local) const
{
    QDateTime t = QDateTime::fromString(local, Qt::ISODate);
    t.setTimeZone(m_zone);
    return t.toMSecsSinceEpoch();
}

qint64 ReportFixture::insert(const QString &sql, const QVariantList &values)
{
    auto q = m_db.prepareOwned(sql);
    if (!q) {
        qWarning() << "fixture:" << q.error().details();
        return 0;
    }
    for (int i = 0; i < values.size(); ++i)
        (*q)->bindValue(i, values.at(i));
    if (auto s = m_db.exec(**q); !s) {
        qWarning() << "fixture:" << sql << s.error().details();
        return 0;
    }
    return (*q)->lastInsertId().toLongLong();
}

qint64 ReportFixture::agent(const QString &name)
{
    return insert(QStringLiteral("INSERT INTO agents (name, created_at) VALUES (?, 0)"), { name });
}

qint64 ReportFixture::number(const QString &e164, const QString &friendlyName)
{
    return insert(
        QStringLiteral("INSERT INTO inboxes (e164, friendly_name, created_at) VALUES (?, ?, 0)"),
        { e164, sql::orNull(friendlyName) });
}

qint64 ReportFixture::tag(const QString &name)
{
    return insert(QStringLiteral("INSERT INTO tags (name) VALUES (?)"), { name });
}

qint64 ReportFixture::conversation(qint64 inbox, qint64 assignee, const QList<qint64> &tags)
{
    const qint64 contact
        = insert(QStringLiteral("INSERT INTO contacts (e164, created_at, "
                                "updated_at) VALUES (?, 0, 0)"),
                 { QStringLiteral("+1415555%1").arg(++m_serial, 4, 10, QLatin1Char('0')) });
    for (qint64 t : tags)
        insert(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) VALUES (?, ?)"),
               { contact, t });
    return insert(QStringLiteral("INSERT INTO conversations (contact_id, inbox_id, assignee_id, "
                                 "last_activity_at, created_at) VALUES (?, ?, ?, 0, 0)"),
                  { contact, inbox, sql::orNull(assignee) });
}

void ReportFixture::times(qint64 conversation, qint64 inbound, double responseMinutes,
                          double resolutionMinutes)
{
    const QVariant none { QMetaType(QMetaType::LongLong) };
    const qint64 response = inbound + qint64(responseMinutes * 60000);
    const qint64 resolution = qint64(resolutionMinutes * 60000);
    insert(QStringLiteral("UPDATE conversations SET first_inbound_at = ?, first_response_at = ?, "
                          "resolved_at = ?, resolution_ms = ?, status = ? WHERE id = ?"),
           { inbound, responseMinutes < 0 ? none : QVariant(response),
             resolutionMinutes < 0 ? none : QVariant(inbound + resolution),
             resolutionMinutes < 0 ? none : QVariant(resolution),
             resolutionMinutes < 0 ? QStringLiteral("open") : QStringLiteral("resolved"),
             conversation });
}

qint64 ReportFixture::response(qint64 conversation, const QString &kind, qint64 sentAt, int score,
                               bool inferred, const QString &comment, const QList<qint64> &tags)
{
    if (!m_survey)
        m_survey = insert(QStringLiteral("INSERT INTO surveys (kind, name, created_at, "
                                         "updated_at) VALUES ('csat', 'fixture', 0, 0)"),
                          {});
    // What reports group by is copied from the conversation, as the sending code does.
    const bool answered = score >= -1;
    const QVariant none { QMetaType(QMetaType::Int) };
    const qint64 id = insert(
        QStringLiteral(
            "INSERT INTO survey_responses (survey_id, kind, conversation_id, contact_id, "
            "inbox_id, agent_id, state, score, score_kind, comment, created_at, sent_at, "
            "answered_at) SELECT ?, ?, id, contact_id, inbox_id, assignee_id, ?, ?, ?, ?, ?, ?, "
            "? FROM conversations WHERE id = ?"),
        { m_survey, kind, answered ? QStringLiteral("answered") : QStringLiteral("sent"),
          answered && score >= 0 ? QVariant(score) : none,
          answered && score >= 0
              ? QVariant(inferred ? QStringLiteral("inferred") : QStringLiteral("explicit"))
              : QVariant(QMetaType(QMetaType::QString)),
          sql::orNull(comment), sentAt, sentAt,
          answered ? QVariant(sentAt + 600000) : QVariant(QMetaType(QMetaType::LongLong)),
          conversation });
    for (qint64 t : tags)
        insert(
            QStringLiteral("INSERT INTO survey_response_tags (response_id, tag_id) VALUES (?, ?)"),
            { id, t });
    return id;
}

void ReportFixture::sent(qint64 conversation, qint64 author, qint64 at)
{
    insert(QStringLiteral("INSERT INTO messages (id, conversation_id, direction, body, status, "
                          "author_id, created_at, updated_at) VALUES (?, ?, 'outbound', 'hi', "
                          "'delivered', ?, ?, ?)"),
           { at * MessageId::kSlotsPerMs + (++m_serial % MessageId::kSlotsPerMs), conversation,
             sql::orNull(author), at, at });
}

} // namespace textdesk::test
