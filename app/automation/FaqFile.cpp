#include "FaqFile.h"

#include "FaqMatcher.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace textdesk::automation {

namespace faqfile {

// A list of strings under `key`: a string or an array of them; false when it is something else.
bool stringsOf(const QJsonObject &o, const QString &key, QStringList *out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isString()) {
        *out << v.toString();
        return true;
    }
    if (!v.isArray())
        return false;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return false;
        *out << item.toString();
    }
    return true;
}

} // namespace faqfile

QStringList FaqFile::languages()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"),
             QStringLiteral("fr") };
}

FaqFile::Parsed FaqFile::read(const QByteArray &json)
{
    Parsed parsed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        parsed.errors << tr("The file is not JSON (%1 at character %2).")
                             .arg(error.errorString())
                             .arg(error.offset);
        return parsed;
    }
    const QJsonObject root = document.object();
    if (!document.isObject()
        || root.value(QStringLiteral("format")).toString() != QLatin1String("textdesk-faq")) {
        parsed.errors << tr("The file is not a Textdesk FAQ: it needs \"format\": "
                            "\"textdesk-faq\" and a list of \"entries\".");
        return parsed;
    }
    if (root.value(QStringLiteral("version")).toInt(1) != 1) {
        parsed.errors << tr("The file is a newer FAQ (version %1) than this Textdesk reads (1).")
                             .arg(root.value(QStringLiteral("version")).toInt());
        return parsed;
    }
    const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
    if (entries.isEmpty()) {
        parsed.errors << tr("The file has no entries.");
        return parsed;
    }
    for (int n = 0; n < entries.size(); ++n) {
        const QJsonObject o = entries.at(n).toObject();
        FaqEntry e;
        e.language = o.value(QStringLiteral("language")).toString().trimmed().toLower();
        e.topic = o.value(QStringLiteral("topic")).toString().trimmed();
        e.question = o.value(QStringLiteral("question")).toString().trimmed();
        e.answer = o.value(QStringLiteral("answer")).toString().trimmed();
        const QString name = e.question.isEmpty() ? tr("without a question")
                                                  : QStringLiteral("“%1”").arg(e.question);
        const auto fail = [&](const QString &why) {
            parsed.errors << tr("Entry %1 (%2): %3").arg(n + 1).arg(name, why);
        };
        if (!entries.at(n).isObject()) {
            fail(tr("it is not an object with a question and an answer."));
            continue;
        }
        if (e.question.isEmpty())
            fail(tr("it has no question."));
        if (e.answer.isEmpty())
            fail(tr("it has no answer."));
        if (e.language.isEmpty())
            fail(tr("it has no language (write one of: %1).")
                     .arg(languages().join(QStringLiteral(", "))));
        const bool keywordsRead = faqfile::stringsOf(o, QStringLiteral("keywords"), &e.keywords);
        if (!keywordsRead)
            fail(tr("\"keywords\" must be a list of words."));
        const bool phrasesRead = faqfile::stringsOf(o, QStringLiteral("phrases"), &e.phrases);
        if (!phrasesRead)
            fail(tr("\"phrases\" must be a list of texts."));
        e.keywords.removeIf([](const QString &k) { return FaqMatcher::words(k).isEmpty(); });
        e.phrases.removeIf([](const QString &p) { return FaqMatcher::words(p).isEmpty(); });
        if (keywordsRead && phrasesRead && e.keywords.isEmpty() && e.phrases.isEmpty())
            fail(tr("it has no keywords or phrases with letters, so nothing would find it."));
        e.position = n;
        parsed.entries.append(e);
    }
    if (!parsed.ok())
        parsed.entries.clear();
    return parsed;
}

QByteArray FaqFile::write(const QList<FaqEntry> &entries)
{
    QJsonArray list;
    for (const FaqEntry &e : entries) {
        QJsonObject o { { QStringLiteral("language"), e.language },
                        { QStringLiteral("question"), e.question },
                        { QStringLiteral("answer"), e.answer },
                        { QStringLiteral("keywords"), QJsonArray::fromStringList(e.keywords) },
                        { QStringLiteral("phrases"), QJsonArray::fromStringList(e.phrases) } };
        if (!e.topic.isEmpty())
            o.insert(QStringLiteral("topic"), e.topic);
        list.append(o);
    }
    const QJsonObject root { { QStringLiteral("format"), QStringLiteral("textdesk-faq") },
                             { QStringLiteral("version"), 1 },
                             { QStringLiteral("entries"), list } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace textdesk::automation
