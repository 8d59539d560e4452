#include "ReportExport.h"

#include "Reports.h"
#include "core/Csv.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>

namespace textdesk::reports {

namespace {
QVariant orNull(bool has, double value)
{
    return has ? QVariant(value) : QVariant();
}

// A duration in seconds (the files' unit), null without any.
QVariant seconds(const Durations &d, double ms)
{
    return orNull(d.count > 0, ms / 1000.0);
}

void durationColumns(QList<Column> &list, const QString &prefix, const QString &what,
                     Durations Row::*field)
{
    using F = Column::Format;
    list << Column { prefix + QStringLiteral("_count"),
                     ReportExport::tr("%1: conversations").arg(what), F::Count,
                     [field](const Row &r) { return QVariant((r.*field).count); } }
         << Column { prefix + QStringLiteral("_median_s"), ReportExport::tr("%1: median").arg(what),
                     F::Duration,
                     [field](const Row &r) { return seconds(r.*field, (r.*field).medianMs); } }
         << Column { prefix + QStringLiteral("_p90_s"),
                     ReportExport::tr("%1: 90th percentile").arg(what), F::Duration,
                     [field](const Row &r) {
                         return seconds(r.*field, double((r.*field).p90Ms));
                     } };
    const char *const names[] = { "_under_1h", "_1h_4h", "_4h_8h", "_8h_24h", "_over_24h" };
    const QString titles[]
        = { ReportExport::tr("under 1 h"), ReportExport::tr("1–4 h"), ReportExport::tr("4–8 h"),
            ReportExport::tr("8–24 h"), ReportExport::tr("over 24 h") };
    for (int i = 0; i < Durations::kBuckets; ++i) {
        list << Column {
            prefix + QLatin1String(names[i]), ReportExport::tr("%1: %2").arg(what, titles[i]),
            F::Count, [field, i](const Row &r) { return QVariant((r.*field).buckets[size_t(i)]); }
        };
    }
}

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue();
    if (v.typeId() == QMetaType::Double)
        return QJsonValue(std::round(v.toDouble() * 100) / 100);
    return QJsonValue(v.toLongLong());
}

QString periodOf(const Report &report, const Row &row, bool end)
{
    if (row.periodEndMs) {
        const qint64 ms = end ? row.periodEndMs - 1 : row.periodStartMs;
        return QDateTime::fromMSecsSinceEpoch(ms, report.query.zone).date().toString(Qt::ISODate);
    }
    return (end ? report.query.to : report.query.from).toString(Qt::ISODate);
}
} // namespace

QList<Column> ReportExport::columns(Kind kind)
{
    using F = Column::Format;
    QList<Column> list;
    if (kind != Kind::ResponseTimes) {
        list << Column { QStringLiteral("surveys_sent"), tr("Surveys sent"), F::Count,
                         [](const Row &r) { return QVariant(r.sent); } }
             << Column { QStringLiteral("surveys_answered"), tr("Answered"), F::Count,
                         [](const Row &r) { return QVariant(r.answered); } }
             << Column { QStringLiteral("response_rate_pct"), tr("Response rate"), F::Percent,
                         [](const Row &r) { return orNull(r.sent > 0, r.responseRate()); } }
             << Column { QStringLiteral("scores"), tr("Scores"), F::Count,
                         [](const Row &r) { return QVariant(r.scored); } };
    }
    switch (kind) {
    case Kind::Csat:
        list << Column { QStringLiteral("satisfied"), tr("Satisfied (4–5)"), F::Count,
                         [](const Row &r) { return QVariant(r.positive); } }
             << Column { QStringLiteral("csat_pct"), tr("CSAT"), F::Percent,
                         [](const Row &r) { return orNull(r.scored > 0, r.csatPercent()); } }
             << Column { QStringLiteral("csat_average"), tr("Average (1–5)"), F::Average,
                         [](const Row &r) { return orNull(r.scored > 0, r.average()); } };
        break;
    case Kind::Nps:
        list << Column { QStringLiteral("promoters"), tr("Promoters (9–10)"), F::Count,
                         [](const Row &r) { return QVariant(r.positive); } }
             << Column { QStringLiteral("passives"), tr("Passives (7–8)"), F::Count,
                         [](const Row &r) { return QVariant(r.passive()); } }
             << Column { QStringLiteral("detractors"), tr("Detractors (0–6)"), F::Count,
                         [](const Row &r) { return QVariant(r.negative); } }
             << Column { QStringLiteral("nps"), tr("NPS"), F::Average,
                         [](const Row &r) { return orNull(r.scored > 0, r.nps()); } };
        break;
    case Kind::Ces:
        list << Column { QStringLiteral("ces_average"), tr("Average effort (1–7)"), F::Average,
                         [](const Row &r) { return orNull(r.scored > 0, r.average()); } };
        break;
    case Kind::ResponseTimes:
        durationColumns(list, QStringLiteral("first_response"), tr("First response"),
                        &Row::firstResponse);
        durationColumns(list, QStringLiteral("resolution"), tr("Resolution"), &Row::resolution);
        list << Column { QStringLiteral("conversations_handled"), tr("Conversations handled"),
                         F::Count, [](const Row &r) { return QVariant(r.conversations); } }
             << Column { QStringLiteral("messages_handled"), tr("Messages sent"), F::Count,
                         [](const Row &r) { return QVariant(r.messages); } };
        break;
    }
    return list;
}

QByteArray ReportExport::cell(const QString &value, bool text)
{
    return csv::cell(value, text);
}

QString ReportExport::number(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'f', 2);
    return QString::number(value.toLongLong());
}

QByteArray ReportExport::csv(const Report &report)
{
    const QList<Column> cols = columns(report.query.kind);
    QByteArray out("\xEF\xBB\xBF");
    QList<QByteArray> header = { "group", "group_key", "from", "to" };
    for (const Column &c : cols)
        header << c.name.toUtf8();
    out += header.join(',') + "\r\n";
    auto line = [&](const Row &row, bool total) {
        QList<QByteArray> cells
            = { cell(row.label), total ? QByteArray() : QByteArray::number(row.key),
                periodOf(report, row, false).toUtf8(), periodOf(report, row, true).toUtf8() };
        for (const Column &c : cols)
            cells << number(c.value(row)).toUtf8();
        out += cells.join(',') + "\r\n";
    };
    for (const Row &row : report.rows)
        line(row, false);
    line(report.total, true);
    return out;
}

QByteArray ReportExport::json(const Report &report)
{
    const QList<Column> cols = columns(report.query.kind);
    auto object = [&](const Row &row, bool total) {
        QJsonObject o { { QStringLiteral("group"), row.label },
                        { QStringLiteral("from"), periodOf(report, row, false) },
                        { QStringLiteral("to"), periodOf(report, row, true) } };
        if (!total)
            o.insert(QStringLiteral("group_key"), row.key);
        for (const Column &c : cols)
            o.insert(c.name, jsonValue(c.value(row)));
        return o;
    };
    QJsonArray rows;
    for (const Row &row : report.rows)
        rows.append(object(row, false));
    const Query &q = report.query;
    QJsonObject filters;
    if (q.agentId)
        filters.insert(QStringLiteral("agent_id"), q.agentId);
    if (q.inboxId)
        filters.insert(QStringLiteral("number_id"), q.inboxId);
    if (q.tagId)
        filters.insert(QStringLiteral("tag_id"), q.tagId);
    const QJsonObject root {
        { QStringLiteral("report"), kindName(q.kind) },
        { QStringLiteral("from"), q.from.toString(Qt::ISODate) },
        { QStringLiteral("to"), q.to.toString(Qt::ISODate) },
        { QStringLiteral("time_zone"), QString::fromUtf8(q.zone.id()) },
        { QStringLiteral("by"), groupingName(q.grouping) },
        { QStringLiteral("filters"), filters },
        { QStringLiteral("rows"), rows },
        { QStringLiteral("total"), object(report.total, true) },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status ReportExport::responsesCsv(Database &db, const Query &query, QIODevice &out, bool allKinds)
{
    QString sql
        = QStringLiteral(
              "SELECT r.id, r.sent_at, r.answered_at, r.kind, r.state, r.score, r.score_kind,"
              " r.conversation_id, coalesce(a.name, ''), i.e164, r.language, coalesce(r.comment, "
              "'')"
              " FROM survey_responses r JOIN inboxes i ON i.id = r.inbox_id"
              " LEFT JOIN agents a ON a.id = r.agent_id"
              " WHERE r.sent_at >= %1 AND r.sent_at < %2")
              .arg(query.fromMs())
              .arg(query.toMs());
    if (!allKinds)
        sql += QStringLiteral(" AND r.kind = '%1'").arg(kindName(query.kind));
    if (query.agentId)
        sql += QStringLiteral(" AND r.agent_id = %1").arg(query.agentId);
    if (query.inboxId)
        sql += QStringLiteral(" AND r.inbox_id = %1").arg(query.inboxId);
    if (query.tagId)
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM survey_response_tags x WHERE "
                              "x.response_id = r.id AND x.tag_id = %1)")
                   .arg(query.tagId);
    sql += QStringLiteral(" ORDER BY r.sent_at, r.id");
    auto prepared = db.prepareOwned(sql);
    if (!prepared)
        return prepared.error();
    QSqlQuery &q = **prepared;
    q.setForwardOnly(true);
    if (auto s = db.exec(q); !s)
        return s;
    // Local times with their offset. The zone's offsets are looked up once for the period (a
    // QTimeZone conversion per cell cost more than the rest of the export).
    const auto transitions = query.zone.transitions(
        QDateTime::fromMSecsSinceEpoch(query.fromMs() - 86400000, QTimeZone::utc()),
        QDateTime::fromMSecsSinceEpoch(query.toMs() + 2 * 86400000, QTimeZone::utc()));
    const int firstOffset = query.zone.offsetFromUtc(
        QDateTime::fromMSecsSinceEpoch(query.fromMs() - 86400000, QTimeZone::utc()));
    auto time = [&](const QVariant &v) {
        if (v.isNull())
            return QByteArray();
        const qint64 ms = v.toLongLong();
        int offset = firstOffset;
        for (const auto &t : transitions) {
            if (t.atUtc.toMSecsSinceEpoch() > ms)
                break;
            offset = t.offsetFromUtc;
        }
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset)
            .toString(Qt::ISODate)
            .toUtf8();
    };
    QByteArray buffer("\xEF\xBB\xBF"
                      "response_id,sent_at,answered_at,kind,state,score,score_kind,"
                      "conversation_id,agent,number,language,comment\r\n");
    while (q.next()) {
        buffer += QByteArray::number(q.value(0).toLongLong()) + ',' + time(q.value(1)) + ','
            + time(q.value(2)) + ',' + q.value(3).toByteArray() + ',' + q.value(4).toByteArray()
            + ',' + (q.value(5).isNull() ? QByteArray() : QByteArray::number(q.value(5).toInt()))
            + ',' + q.value(6).toByteArray() + ',' + QByteArray::number(q.value(7).toLongLong())
            + ',' + cell(q.value(8).toString()) + ',' + cell(q.value(9).toString()) + ','
            + cell(q.value(10).toString()) + ',' + cell(q.value(11).toString()) + "\r\n";
        if (buffer.size() > (1 << 16)) {
            if (out.write(buffer) != buffer.size())
                return StorageError(StorageError::Kind::Io, QString(), out.errorString());
            buffer.clear();
        }
    }
    q.finish();
    if (out.write(buffer) != buffer.size())
        return StorageError(StorageError::Kind::Io, QString(), out.errorString());
    return success();
}

} // namespace textdesk::reports
