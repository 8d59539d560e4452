#include "TemplateJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace textdesk {

namespace {
const QString kFormat = QStringLiteral("textdesk-templates");
constexpr int kVersion = 1;
} // namespace

QByteArray TemplateJson::write(const QList<MessageTemplate> &templates)
{
    QJsonArray list;
    for (const MessageTemplate &t : templates) {
        QJsonObject o { { QStringLiteral("shortcut"), t.shortcut },
                        { QStringLiteral("title"), t.title },
                        { QStringLiteral("body"), t.body } };
        if (!t.category.isEmpty())
            o.insert(QStringLiteral("category"), t.category);
        if (!t.language.isEmpty())
            o.insert(QStringLiteral("language"), t.language);
        list.append(o);
    }
    const QJsonObject root { { QStringLiteral("format"), kFormat },
                             { QStringLiteral("version"), kVersion },
                             { QStringLiteral("templates"), list } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

TemplateJson::Parsed TemplateJson::read(const QByteArray &json)
{
    Parsed parsed;
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        parsed.errors.append(tr("The file is not valid JSON (%1 at character %2).")
                                 .arg(error.errorString())
                                 .arg(error.offset));
        return parsed;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != kFormat) {
        parsed.errors.append(tr("The file is not a Textdesk template file (it has no "
                                "\"format\": \"%1\").")
                                 .arg(kFormat));
        return parsed;
    }
    if (root.value(QStringLiteral("version")).toInt() > kVersion) {
        parsed.errors.append(tr("The file was written by a newer Textdesk (version %1); this one "
                                "reads version %2.")
                                 .arg(root.value(QStringLiteral("version")).toInt())
                                 .arg(kVersion));
        return parsed;
    }
    const QJsonValue list = root.value(QStringLiteral("templates"));
    if (!list.isArray()) {
        parsed.errors.append(tr("The file has no \"templates\" list."));
        return parsed;
    }
    QSet<QString> seen;
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const int n = int(i) + 1;
        if (!entries.at(i).isObject()) {
            parsed.errors.append(tr("Template %1 is not an object.").arg(n));
            continue;
        }
        const QJsonObject o = entries.at(i).toObject();
        MessageTemplate t;
        t.shortcut = o.value(QStringLiteral("shortcut")).toString().trimmed();
        if (t.shortcut.startsWith(QLatin1Char('/')))
            t.shortcut.remove(0, 1);
        t.title = o.value(QStringLiteral("title")).toString().trimmed();
        t.body = o.value(QStringLiteral("body")).toString();
        t.category = o.value(QStringLiteral("category")).toString().trimmed();
        t.language = o.value(QStringLiteral("language")).toString().trimmed();
        QStringList problems;
        if (t.shortcut.isEmpty())
            problems.append(tr("it has no shortcut"));
        else if (t.shortcut.contains(QRegularExpression(QStringLiteral("\\s"))))
            problems.append(tr("its shortcut \"%1\" is more than one word").arg(t.shortcut));
        else if (seen.contains(t.shortcut.toCaseFolded()))
            problems.append(
                tr("its shortcut \"%1\" is used by an earlier template").arg(t.shortcut));
        if (t.title.isEmpty())
            problems.append(tr("it has no title"));
        if (t.body.trimmed().isEmpty())
            problems.append(tr("it has no text"));
        if (!problems.isEmpty()) {
            parsed.errors.append(
                tr("Template %1: %2.").arg(n).arg(QLocale().createSeparatedList(problems)));
            continue;
        }
        seen.insert(t.shortcut.toCaseFolded());
        parsed.templates.append(t);
    }
    return parsed;
}

TemplateJson::Imported TemplateJson::import(Database &db, const QByteArray &json)
{
    Imported imported;
    Parsed parsed = read(json);
    if (!parsed.ok()) {
        imported.errors = parsed.errors;
        return imported;
    }
    Transaction tx(db);
    TemplateStore store(db);
    auto existing = store.all();
    if (!tx.status() || !existing) {
        imported.errors.append(!tx.status() ? tx.status().error().message()
                                            : existing.error().message());
        return imported;
    }
    QHash<QString, qint64> byShortcut;
    for (const MessageTemplate &t : std::as_const(*existing))
        byShortcut.insert(t.shortcut.toCaseFolded(), t.id);
    for (MessageTemplate &t : parsed.templates) {
        t.id = byShortcut.value(t.shortcut.toCaseFolded());
        if (auto saved = store.save(t); !saved) {
            imported = {};
            imported.errors.append(saved.error().message());
            return imported; // the transaction rolls back: nothing imported
        }
        ++(t.id ? imported.updated : imported.added);
    }
    if (auto s = tx.commit(); !s) {
        imported = {};
        imported.errors.append(s.error().message());
    }
    return imported;
}

} // namespace textdesk
