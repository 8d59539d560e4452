#include "Listing.h"

#include "TimeFormat.h"
#include "phone/PhoneNumbers.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

namespace textdesk::sim {

namespace {

constexpr int kDefaultPageSize = 50;
constexpr int kMaxPageSize = 1000;

struct Key
{
    qint64 created = 0;
    Sid sid;
};

QString encodeToken(QLatin1String prefix, const MessageRow &row)
{
    const QByteArray raw
        = QByteArray::number(row.created) + ':' + row.sid.toString(QLatin1String("")).toLatin1();
    return prefix
        + QString::fromLatin1(
               raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Key> decodeToken(const QString &token, QLatin1String prefix)
{
    if (!token.startsWith(prefix))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        token.mid(prefix.size()).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 2)
        return std::nullopt;
    bool ok = false;
    Key key;
    key.created = parts[0].toLongLong(&ok);
    const auto sid = Sid::parse(QString::fromLatin1(parts[1]), QLatin1String(""));
    if (!ok || !sid)
        return std::nullopt;
    key.sid = *sid;
    return key;
}

int pageSizeOf(const HttpRequest &request)
{
    bool ok = false;
    const int size = formValue(request.query, QLatin1String("PageSize")).toInt(&ok);
    return ok ? std::clamp(size, 1, kMaxPageSize) : kDefaultPageSize;
}

int pageOf(const HttpRequest &request)
{
    return std::max(0, formValue(request.query, QLatin1String("Page")).toInt());
}

// Links echo the filters the client gave, in a fixed order, percent-encoded.
QString linkQuery(const FormFields &filters, int pageSize, int page, const QString &token)
{
    QByteArray query;
    for (const auto &[name, value] : filters)
        query += encodeFormValue(name) + '=' + encodeFormValue(value) + '&';
    query += "PageSize=" + QByteArray::number(pageSize) + "&Page=" + QByteArray::number(page);
    if (!token.isEmpty())
        query += "&PageToken=" + encodeFormValue(token);
    return QString::fromLatin1(query);
}

QJsonObject envelope(const QString &path, const FormFields &filters, int pageSize, int page,
                     const QString &token, qsizetype count)
{
    const int start = page * pageSize;
    return {
        { QStringLiteral("page"), page },
        { QStringLiteral("page_size"), pageSize },
        { QStringLiteral("start"), start },
        { QStringLiteral("end"), int(start + std::max<qsizetype>(0, count - 1)) },
        { QStringLiteral("uri"),
          QString(path + QLatin1Char('?') + linkQuery(filters, pageSize, page, token)) },
        { QStringLiteral("first_page_uri"),
          QString(path + QLatin1Char('?') + linkQuery(filters, pageSize, 0, {})) },
        { QStringLiteral("next_page_uri"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("previous_page_uri"), QJsonValue(QJsonValue::Null) },
    };
}

HttpResponse badRequest(const QString &message)
{
    return HttpResponse::twilioError(400, 20001, message);
}

} // namespace

HttpResponse listMessages(SimEngine &engine, const ResourceJson &json, const HttpRequest &request,
                          PageFaults faults)
{
    const SimStore &store = engine.store();
    const int pageSize = pageSizeOf(request);
    const int page = pageOf(request);

    FormFields filters;
    bool matchNothing = false;
    quint32 to = kNone;
    quint32 from = kNone;
    TimeSpan sent;
    bool filterSent = false;
    const auto number = [&](QLatin1String name, quint32 *index) {
        const QString value = formValue(request.query, name);
        if (value.isNull())
            return;
        filters.append({ name, value });
        const auto parsed = PhoneNumbers::toE164(value, QStringLiteral("US"));
        const auto found = store.findNumber(parsed.ok() ? parsed.e164 : value.trimmed());
        if (found)
            *index = *found;
        else
            matchNothing = true;
    };
    number(QLatin1String("To"), &to);
    number(QLatin1String("From"), &from);
    for (const QLatin1String name :
         { QLatin1String("DateSent"), QLatin1String("DateSent<"), QLatin1String("DateSent>") }) {
        const QString value = formValue(request.query, name);
        if (value.isNull())
            continue;
        filters.append({ name, value });
        const auto span = parseDateFilter(value);
        if (!span)
            return badRequest(QStringLiteral("Invalid %1: %2").arg(name, value));
        filterSent = true;
        if (name == QLatin1String("DateSent")) {
            sent.first = std::max(sent.first, span->first);
            sent.last = std::min(sent.last, span->last);
        } else if (name == QLatin1String("DateSent<")) {
            sent.last = std::min(sent.last, span->last);
        } else {
            sent.first = std::max(sent.first, span->first);
        }
    }

    const QString token = formValue(request.query, QLatin1String("PageToken"));
    std::optional<Key> after;
    std::optional<Key> before;
    if (!token.isEmpty()) {
        after = decodeToken(token, QLatin1String("PA"));
        before = decodeToken(token, QLatin1String("PB"));
        if (!after && !before)
            return badRequest(QStringLiteral("Invalid PageToken"));
    }

    const auto &rows = store.rows();
    const auto matches = [&](qsizetype i) {
        const MessageRow &row = rows[size_t(i)];
        if (to != kNone && row.to != to)
            return false;
        if (from != kNone && row.from != from)
            return false;
        if (filterSent && (row.sent < 0 || row.sent < sent.first || row.sent > sent.last))
            return false;
        return true;
    };
    // Index of the next match below `i` (exclusive), or -1.
    const auto older = [&](qsizetype i) {
        for (--i; i >= 0; --i) {
            if (matches(i))
                return i;
        }
        return qsizetype(-1);
    };
    const auto newer = [&](qsizetype i) {
        for (++i; i < store.size(); ++i) {
            if (matches(i))
                return i;
        }
        return store.size();
    };

    QList<qsizetype> picked; // newest first
    if (!matchNothing) {
        if (before) {
            qsizetype i = store.upperBound(before->created, before->sid) - 1;
            while (picked.size() < pageSize && (i = newer(i)) < store.size())
                picked.prepend(i);
        } else {
            qsizetype i = after ? store.lowerBound(after->created, after->sid) : store.size();
            qsizetype skip = after ? 0 : qsizetype(page) * pageSize; // Page without a token
            while (picked.size() < pageSize && (i = older(i)) >= 0) {
                if (skip > 0)
                    --skip;
                else
                    picked.append(i);
            }
        }
    }

    const QString path = engine.accountPath() + QLatin1String("/Messages.json");
    QJsonObject result = envelope(path, filters, pageSize, page, token, picked.size());
    const auto link = [&](int linkPage, QLatin1String prefix, qsizetype row) {
        return QString(
            path + QLatin1Char('?')
            + linkQuery(filters, pageSize, linkPage, encodeToken(prefix, rows[size_t(row)])));
    };
    if (!picked.isEmpty() && older(picked.last()) >= 0)
        result.insert(QStringLiteral("next_page_uri"),
                      link(page + 1, QLatin1String("PA"), picked.last()));
    if (!picked.isEmpty() && page > 0 && newer(picked.first()) < store.size())
        result.insert(QStringLiteral("previous_page_uri"),
                      link(page - 1, QLatin1String("PB"), picked.first()));

    QList<qsizetype> served = picked;
    if (faults.duplicate) {
        if (after) {
            // The tail of the previous page comes again, ahead of this page.
            qsizetype i = store.lowerBound(after->created, after->sid) - 1;
            QList<qsizetype> repeated;
            while (repeated.size() < std::min(3, pageSize) && (i = newer(i)) < store.size())
                repeated.prepend(i);
            served = repeated + served;
        } else if (!served.isEmpty()) {
            served.append(served.first());
        }
    }
    if (faults.reorder && served.size() > 1)
        std::reverse(served.begin(), served.end());

    // The envelope through QJsonDocument, the messages written directly in front of it.
    const QByteArray envelopeJson = QJsonDocument(result).toJson(QJsonDocument::Compact);
    QByteArray body;
    body.reserve(served.size() * 1000 + envelopeJson.size() + 16);
    body += "{\"messages\":[";
    for (qsizetype n = 0; n < served.size(); ++n) {
        if (n)
            body += ',';
        json.appendMessage(body, rows[size_t(served[n])]);
    }
    body += "],";
    body += QByteArrayView(envelopeJson).sliced(1);
    return HttpResponse::bytes(200, "application/json; charset=utf-8", body);
}

HttpResponse listMedia(SimEngine &engine, const ResourceJson &json, const HttpRequest &request,
                       const MessageRow &row)
{
    const int pageSize = pageSizeOf(request);
    QJsonArray items;
    if (row.extra != kNone) {
        for (const MediaItem &item : engine.store().extra(row.extra).media)
            items.append(json.media(row, item));
    }
    QJsonObject result = envelope(json.messagePath(row) + QLatin1String("/Media.json"), {},
                                  pageSize, 0, {}, items.size());
    result.insert(QStringLiteral("media_list"), items);
    return HttpResponse::json(200, result);
}

HttpResponse listNumbers(SimEngine &engine, const ResourceJson &json, const HttpRequest &request)
{
    const int pageSize = pageSizeOf(request);
    FormFields filters;
    const QString wanted = formValue(request.query, QLatin1String("PhoneNumber"));
    if (!wanted.isNull())
        filters.append({ QStringLiteral("PhoneNumber"), wanted });
    QJsonArray items;
    for (qsizetype i = 0; i < engine.ourNumbers().size(); ++i) {
        if (!wanted.isNull() && engine.store().numberAt(engine.ourNumbers().at(i)) != wanted)
            continue;
        items.append(json.phoneNumber(i));
    }
    QJsonObject result
        = envelope(engine.accountPath() + QLatin1String("/IncomingPhoneNumbers.json"), filters,
                   pageSize, 0, {}, items.size());
    result.insert(QStringLiteral("incoming_phone_numbers"), items);
    return HttpResponse::json(200, result);
}

} // namespace textdesk::sim
