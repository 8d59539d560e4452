#include "ReportExport.h"

#include "Reports.h"
#include "core/Csv.h"
#include "storage/Statement.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>
#include <cstdio>
#include <cstdlib>

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

// A time as ISO 8601 in the query's zone with its offset ("2026-03-10T10:00:00+01:00", "Z" at
// UTC, as QDateTime writes it), from the zone's transitions looked up once for the period.
class OffsetTable
{
public:
    explicit OffsetTable(const Query &query)
    {
        const auto from
            = QDateTime::fromMSecsSinceEpoch(query.fromMs() - 86400000, QTimeZone::utc());
        m_first = query.zone.offsetFromUtc(from);
        for (const auto &t : query.zone.transitions(
                 from,
                 QDateTime::fromMSecsSinceEpoch(query.toMs() + 2 * 86400000, QTimeZone::utc())))
            m_transitions.append({ t.atUtc.toMSecsSinceEpoch(), t.offsetFromUtc });
    }

    QByteArray iso(qint64 ms) const
    {
        int offset = m_first;
        for (const auto &[at, o] : m_transitions) {
            if (at > ms)
                break;
            offset = o;
        }
        const qint64 local = ms / 1000 + offset - (ms % 1000 < 0 ? 1 : 0);
        qint64 days = local / 86400;
        qint64 second = local % 86400;
        if (second < 0) {
            second += 86400;
            --days;
        }
        // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
        days += 719468;
        const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
        const qint64 doe = days - era * 146097;
        const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const qint64 mp = (5 * doy + 2) / 153;
        const int day = int(doy - (153 * mp + 2) / 5 + 1);
        const int month = int(mp < 10 ? mp + 3 : mp - 9);
        const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        char text[40];
        int n = std::snprintf(text, sizeof text, "%04lld-%02d-%02dT%02d:%02d:%02d",
                              static_cast<long long>(year), month, day, int(second / 3600),
                              int(second / 60 % 60), int(second % 60));
        if (offset == 0) {
            text[n++] = 'Z';
        } else {
            const int a = std::abs(offset);
            n += std::snprintf(text + n, sizeof text - size_t(n), "%c%02d:%02d",
                               offset < 0 ? '-' : '+', a / 3600, a / 60 % 60);
        }
        return QByteArray(text, n);
    }

private:
    int m_first = 0;
    QList<std::pair<qint64, int>> m_transitions;
};

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

QByteArray ReportExport::cellUtf8(QByteArray v, bool text)
{
    // The characters looked at are ASCII, so the UTF-8 bytes can be looked at directly.
    if (text && !v.isEmpty()) {
        const char first = v.front();
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
            || first == '\r')
            v.prepend('\'');
    }
    if (v.contains(',') || v.contains(';') || v.contains('"') || v.contains('\n')
        || v.contains('\r'))
        v = '"' + v.replace("\"", "\"\"") + '"';
    return v;
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

Status ReportExport::responsesCsv(Database &db, const Query &query, QIODevice &out, bool allKinds,
                                  const Progress &progress)
{
    QString where
        = QStringLiteral(" FROM survey_responses r WHERE r.sent_at >= %1 AND r.sent_at < %2")
              .arg(query.fromMs())
              .arg(query.toMs());
    if (!allKinds)
        where += QStringLiteral(" AND r.kind = '%1'").arg(kindName(query.kind));
    if (query.agentId)
        where += QStringLiteral(" AND r.agent_id = %1").arg(query.agentId);
    if (query.inboxId)
        where += QStringLiteral(" AND r.inbox_id = %1").arg(query.inboxId);
    if (query.tagId)
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM survey_response_tags x WHERE "
                                "x.response_id = r.id AND x.tag_id = %1)")
                     .arg(query.tagId);

    // The few agents and numbers by id, looked up here rather than joined on every line.
    QHash<qint64, QByteArray> agents;
    QHash<qint64, QByteArray> numbers;
    for (auto [sql, map] :
         { std::pair { QStringLiteral("SELECT id, name FROM agents"), &agents },
           std::pair { QStringLiteral("SELECT id, e164 FROM inboxes"), &numbers } }) {
        Statement st(db, sql);
        if (!st.prepared())
            return st.prepared();
        Statement::Step step;
        while ((step = st.step()) == Statement::Step::Row)
            map->insert(st.int64(0), cell(st.text(1)));
        if (step == Statement::Step::Error)
            return st.error();
    }
    qint64 total = 0;
    if (progress) {
        Statement count(db, QStringLiteral("SELECT count(*)") + where);
        if (!count.prepared())
            return count.prepared();
        if (count.step() == Statement::Step::Row)
            total = count.int64(0);
        if (!progress(0, total))
            return cancelled();
    }

    Statement q(db,
                QStringLiteral("SELECT r.id, r.sent_at, r.answered_at, r.kind, r.state, r.score, "
                               "r.score_kind, r.conversation_id, r.agent_id, r.inbox_id, "
                               "r.language, r.comment")
                    + where + QStringLiteral(" ORDER BY r.sent_at, r.id"));
    if (!q.prepared())
        return q.prepared();
    // Local times with their offset. The zone's offsets are looked up once for the period and
    // the text is put together here: QTimeZone and QDateTime::toString per cell cost more than
    // the rest of the export.
    const OffsetTable offsets(query);
    auto time = [&](int column) {
        return q.isNull(column) ? QByteArray() : offsets.iso(q.int64(column));
    };
    QByteArray buffer("\xEF\xBB\xBF"
                      "response_id,sent_at,answered_at,kind,state,score,score_kind,"
                      "conversation_id,agent,number,language,comment\r\n");
    qint64 lines = 0;
    Statement::Step step;
    while ((step = q.step()) == Statement::Step::Row) {
        buffer += QByteArray::number(q.int64(0)) + ',' + time(1) + ',' + time(2) + ',' + q.utf8(3)
            + ',' + q.utf8(4) + ',' + (q.isNull(5) ? QByteArray() : QByteArray::number(q.int64(5)))
            + ',' + q.utf8(6) + ',' + QByteArray::number(q.int64(7)) + ','
            + (q.isNull(8) ? QByteArray() : agents.value(q.int64(8))) + ','
            + numbers.value(q.int64(9)) + ',' + cellUtf8(q.utf8(10)) + ','
            + (q.isNull(11) ? QByteArray() : cellUtf8(q.utf8(11))) + "\r\n";
        ++lines;
        if (buffer.size() > (1 << 16)) {
            if (out.write(buffer) != buffer.size())
                return StorageError(StorageError::Kind::Io, QString(), out.errorString());
            buffer.clear();
            if (progress && !progress(lines, total))
                return cancelled();
        }
    }
    if (step == Statement::Step::Error)
        return q.error();
    if (out.write(buffer) != buffer.size())
        return StorageError(StorageError::Kind::Io, QString(), out.errorString());
    if (progress && !progress(lines, total))
        return cancelled();
    return success();
}

StorageError ReportExport::cancelled()
{
    return StorageError(StorageError::Kind::Other, QString(), tr("The export was cancelled."));
}

} // namespace textdesk::reports
