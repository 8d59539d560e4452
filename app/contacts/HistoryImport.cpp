#include "HistoryImport.h"

#include "core/Csv.h"
#include "provider/TwilioJson.h"
#include "storage/BulkImporter.h"
#include "sync/MessageWriter.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace textdesk::contacts {

namespace {
using provider::ProviderMessage;

// "dateCreated" → "date_created": the CLI's camelCase as the API's names.
QString snakeCase(const QString &key)
{
    QString out;
    for (QChar c : key) {
        if (c.isUpper()) {
            out += u'_';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

// A time as the API (RFC 2822) or the CLI and spreadsheets (ISO 8601) write it; 0 if neither.
qint64 timeOf(const QString &text)
{
    if (text.isEmpty())
        return 0;
    if (auto ms = provider::twilio::parseRfc2822(text))
        return *ms;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

// The CLI's objects, read by the API's parser: keys in snake case, ISO dates as RFC 2822.
QJsonObject fromCli(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = snakeCase(it.key());
        QJsonValue value = it.value();
        if (key.startsWith(QLatin1String("date_")) && value.isString()) {
            const qint64 ms = timeOf(value.toString());
            value = ms ? QJsonValue(provider::twilio::formatRfc2822(ms)) : QJsonValue();
        }
        out.insert(key, value);
    }
    return out;
}

bool looksLikeMessage(const ProviderMessage &m)
{
    return !m.sid.isEmpty() && !m.from.isEmpty() && !m.to.isEmpty() && !m.direction.isEmpty();
}

QString readJson(const QByteArray &bytes, QList<ProviderMessage> &messages)
{
    // Pages saved one after another: read each JSON value in turn.
    QByteArray rest = bytes.trimmed();
    while (!rest.isEmpty()) {
        QJsonParseError error;
        QJsonDocument doc = QJsonDocument::fromJson(rest, &error);
        qsizetype used = rest.size();
        if (error.error == QJsonParseError::GarbageAtEnd) {
            used = error.offset;
            doc = QJsonDocument::fromJson(rest.left(used), &error);
        }
        if (error.error != QJsonParseError::NoError)
            return HistoryImport::tr("not readable as JSON (%1 at byte %2)")
                .arg(error.errorString())
                .arg(error.offset);
        if (doc.isArray()) {
            for (const QJsonValue &v : doc.array())
                messages << provider::twilio::parseMessage(fromCli(v.toObject()));
        } else if (doc.object().value(QLatin1String("messages")).isArray()) {
            for (const QJsonValue &v : doc.object().value(QLatin1String("messages")).toArray())
                messages << provider::twilio::parseMessage(v.toObject());
        } else {
            return HistoryImport::tr("JSON, but neither a page of the provider's message list "
                                     "(with \"messages\") nor a list of messages");
        }
        rest = rest.mid(used).trimmed();
    }
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (!looksLikeMessage(messages.at(i)))
            return HistoryImport::tr("message %1 lacks a sid, from, to or direction").arg(i + 1);
    }
    return {};
}

QString readCsv(const QByteArray &bytes, QList<ProviderMessage> &messages)
{
    const csv::Table table = csv::Reader::read(bytes);
    if (!table.ok())
        return table.error;
    if (table.records.isEmpty())
        return HistoryImport::tr("empty");
    const QStringList header = table.records.first().fields;
    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed().toLower(), i);
    for (const char *required : { "sid", "direction", "from", "to", "date_created" }) {
        if (!column.contains(QLatin1String(required)))
            return HistoryImport::tr("the header has no column \"%1\"")
                .arg(QLatin1String(required));
    }
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const csv::Record &record = table.records.at(r);
        if (record.fields.size() != header.size())
            return HistoryImport::tr("line %1 has %2 fields where the header has %3")
                .arg(record.line)
                .arg(record.fields.size())
                .arg(header.size());
        auto field = [&](const char *name) {
            const qsizetype i = column.value(QLatin1String(name), -1);
            return i < 0 ? QString() : record.fields.at(i);
        };
        ProviderMessage m;
        m.sid = field("sid").trimmed();
        m.direction = field("direction").trimmed();
        m.from = field("from").trimmed();
        m.to = field("to").trimmed();
        m.body = field("body");
        m.status = field("status").trimmed();
        m.dateCreatedMs = timeOf(field("date_created").trimmed());
        m.dateSentMs = timeOf(field("date_sent").trimmed());
        m.dateUpdatedMs = timeOf(field("date_updated").trimmed());
        m.numSegments = field("num_segments").toInt();
        m.numMedia = field("num_media").toInt();
        m.errorCode = field("error_code").toInt();
        m.errorMessage = field("error_message");
        if (!looksLikeMessage(m) || !m.dateCreatedMs)
            return HistoryImport::tr("line %1 lacks a sid, direction, from, to or a readable "
                                     "date_created")
                .arg(record.line);
        if (m.status.isEmpty())
            m.status = m.isInbound() ? QStringLiteral("received") : QStringLiteral("delivered");
        messages << m;
    }
    return {};
}
} // namespace

HistoryImport::Outcome HistoryImport::run(Database &db, const QStringList &paths,
                                          const Progress &progress)
{
    Outcome outcome;
    BulkImporter importer(db);
    if (auto s = importer.begin(); !s) {
        outcome.error = s.error().message();
        return outcome;
    }
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            importer.cancel();
            outcome.error = tr("Cannot read %1: %2").arg(path, file.errorString());
            return outcome;
        }
        const QByteArray bytes = file.readAll();
        QList<ProviderMessage> messages;
        const QByteArray head = bytes.trimmed().left(1);
        const QString problem
            = (head == "{" || head == "[") ? readJson(bytes, messages) : readCsv(bytes, messages);
        if (!problem.isEmpty()) {
            importer.cancel();
            outcome.error
                = tr("%1: %2. Nothing was imported.").arg(QFileInfo(path).fileName(), problem);
            return outcome;
        }
        for (const ProviderMessage &m : std::as_const(messages)) {
            ImportMessage row;
            row.contactE164 = m.isInbound() ? m.from : m.to;
            row.inboxE164 = m.isInbound() ? m.to : m.from;
            row.message = sync::MessageWriter::toRecord(m);
            if (auto s = importer.add(row); !s) {
                importer.cancel();
                outcome.error = s.error().message();
                return outcome;
            }
        }
        outcome.read += messages.size();
        if (progress)
            progress(QFileInfo(path).fileName(), outcome.read);
    }
    if (auto s = importer.finish(); !s) {
        outcome.error = s.error().message();
        return outcome;
    }
    outcome.inserted = importer.inserted();
    outcome.skipped = importer.skipped();
    return outcome;
}

} // namespace textdesk::contacts
