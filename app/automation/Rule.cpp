#include "Rule.h"

#include "storage/ConversationActions.h"
#include "templates/TemplateFiller.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QPair>

#include <algorithm>

namespace textdesk::automation {

namespace {

const QString kFormat = QStringLiteral("textdesk-rules");

template<typename E> struct Names
{
    QList<QPair<E, QString>> list;
    QString name(E e) const
    {
        for (const auto &p : list) {
            if (p.first == e)
                return p.second;
        }
        return {};
    }
    std::optional<E> find(const QString &name) const
    {
        for (const auto &p : list) {
            if (p.second == name)
                return p.first;
        }
        return std::nullopt;
    }
    QString all() const
    {
        QStringList names;
        for (const auto &p : list)
            names << p.second;
        return names.join(QStringLiteral(", "));
    }
};

const Names<Event> &events()
{
    static const Names<Event> n { { { Event::MessageReceived, QStringLiteral("message_received") },
                                    { Event::FirstMessage, QStringLiteral("first_message") },
                                    { Event::ConversationResolved,
                                      QStringLiteral("conversation_resolved") },
                                    { Event::NoAgentReply, QStringLiteral("no_agent_reply") } } };
    return n;
}

const Names<Condition::Kind> &conditionKinds()
{
    using K = Condition::Kind;
    static const Names<K> n { { { K::OurNumber, QStringLiteral("our_number") },
                                { K::HasTag, QStringLiteral("tag") },
                                { K::LacksTag, QStringLiteral("no_tag") },
                                { K::Field, QStringLiteral("field") },
                                { K::TextContains, QStringLiteral("text_contains") },
                                { K::TextMatches, QStringLiteral("text_matches") },
                                { K::InsideHours, QStringLiteral("inside_hours") },
                                { K::OutsideHours, QStringLiteral("outside_hours") } } };
    return n;
}

const Names<Action::Kind> &actionKinds()
{
    using K = Action::Kind;
    static const Names<K> n { { { K::Reply, QStringLiteral("reply") },
                                { K::Assign, QStringLiteral("assign") },
                                { K::Tag, QStringLiteral("tag") },
                                { K::SetStatus, QStringLiteral("status") },
                                { K::Snooze, QStringLiteral("snooze") },
                                { K::Note, QStringLiteral("note") },
                                { K::Survey, QStringLiteral("survey") } } };
    return n;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            out << v.toString();
    } else if (value.isString()) {
        out << value.toString();
    }
    return out;
}

} // namespace

QString foldedText(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toCaseFolded());
    }
    return out;
}

QString RuleJson::eventName(Event event)
{
    return events().name(event);
}
QString RuleJson::conditionName(Condition::Kind kind)
{
    return conditionKinds().name(kind);
}
QString RuleJson::actionName(Action::Kind kind)
{
    return actionKinds().name(kind);
}

QJsonObject RuleJson::write(const Rule &rule)
{
    QJsonArray conditions;
    for (const Condition &c : rule.conditions) {
        QJsonObject o { { QStringLiteral("type"), conditionName(c.kind) } };
        if (!c.name.isEmpty())
            o.insert(QStringLiteral("name"), c.name);
        if (c.values.size() > 1)
            o.insert(QStringLiteral("values"), QJsonArray::fromStringList(c.values));
        else if (!c.values.isEmpty())
            o.insert(QStringLiteral("value"), c.value());
        conditions.append(o);
    }
    QJsonArray actions;
    for (const Action &a : rule.actions) {
        QJsonObject o { { QStringLiteral("type"), actionName(a.kind) } };
        switch (a.kind) {
        case Action::Kind::Reply:
        case Action::Kind::Note:
            if (!a.templateName.isEmpty())
                o.insert(QStringLiteral("template"), a.templateName);
            else
                o.insert(QStringLiteral("text"), a.text);
            break;
        case Action::Kind::Assign:
            o.insert(QStringLiteral("agent"), a.text);
            break;
        case Action::Kind::Tag:
        case Action::Kind::SetStatus:
            o.insert(QStringLiteral("value"), a.text);
            break;
        case Action::Kind::Snooze:
            o.insert(QStringLiteral("minutes"), a.minutes);
            break;
        case Action::Kind::Survey:
            break;
        }
        actions.append(o);
    }
    QJsonObject o { { QStringLiteral("name"), rule.name },
                    { QStringLiteral("enabled"), rule.enabled },
                    { QStringLiteral("stop"), rule.stopProcessing },
                    { QStringLiteral("kind"),
                      rule.kind == Rule::Kind::Away ? QStringLiteral("away")
                                                    : QStringLiteral("custom") },
                    { QStringLiteral("event"), eventName(rule.event) },
                    { QStringLiteral("conditions"), conditions },
                    { QStringLiteral("actions"), actions } };
    if (rule.event == Event::NoAgentReply)
        o.insert(QStringLiteral("minutes"), rule.minutes);
    if (rule.kind == Rule::Kind::Away)
        o.insert(QStringLiteral("agent_quiet_minutes"), rule.agentQuietMinutes);
    return o;
}

std::optional<Rule> RuleJson::read(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &words) -> std::optional<Rule> {
        if (error)
            *error = words;
        return std::nullopt;
    };
    Rule rule;
    rule.name = json.value(QStringLiteral("name")).toString().trimmed();
    if (rule.name.isEmpty())
        return fail(tr("The rule has no name."));
    rule.enabled = json.value(QStringLiteral("enabled")).toBool(true);
    rule.stopProcessing = json.value(QStringLiteral("stop")).toBool(false);
    const QString kind = json.value(QStringLiteral("kind")).toString(QStringLiteral("custom"));
    if (kind == QLatin1String("away"))
        rule.kind = Rule::Kind::Away;
    else if (kind != QLatin1String("custom"))
        return fail(tr("\"%1\" is not a kind of rule; write custom or away.").arg(kind));
    const QString eventText
        = json.value(QStringLiteral("event")).toString(QStringLiteral("message_received"));
    const auto event = events().find(eventText);
    if (!event)
        return fail(tr("\"%1\" is not an event; write one of: %2.").arg(eventText, events().all()));
    rule.event = *event;
    rule.minutes = json.value(QStringLiteral("minutes")).toInt(0);
    if (rule.event == Event::NoAgentReply && (rule.minutes < 1 || rule.minutes > 7 * 24 * 60))
        return fail(tr("A \"no agent reply\" rule needs \"minutes\" from 1 to 10080 (a week)."));
    rule.agentQuietMinutes = json.value(QStringLiteral("agent_quiet_minutes")).toInt(10);
    if (rule.agentQuietMinutes < 0)
        return fail(tr("\"agent_quiet_minutes\" cannot be negative."));

    const QJsonArray conditions = json.value(QStringLiteral("conditions")).toArray();
    for (int n = 0; n < conditions.size(); ++n) {
        const QJsonObject o = conditions.at(n).toObject();
        const QString type = o.value(QStringLiteral("type")).toString();
        const auto k = conditionKinds().find(type);
        if (!k)
            return fail(tr("Condition %1: \"%2\" is not a condition; write one of: %3.")
                            .arg(n + 1)
                            .arg(type, conditionKinds().all()));
        Condition c;
        c.kind = *k;
        c.name = o.value(QStringLiteral("name")).toString().trimmed();
        c.values
            = stringList(o.contains(QStringLiteral("values")) ? o.value(QStringLiteral("values"))
                                                              : o.value(QStringLiteral("value")));
        const bool needsValue = c.kind != Condition::Kind::InsideHours
            && c.kind != Condition::Kind::OutsideHours && c.kind != Condition::Kind::Field;
        if (needsValue && (c.values.isEmpty() || c.value().trimmed().isEmpty()))
            return fail(tr("Condition %1 (%2) needs a value.").arg(n + 1).arg(type));
        c.key = TemplateFiller::normalizedName(c.name);
        if (c.kind == Condition::Kind::Field && c.name.isEmpty())
            return fail(tr("Condition %1 (field) needs the field's \"name\".").arg(n + 1));
        if (c.kind == Condition::Kind::TextMatches) {
            c.regex = QRegularExpression(c.value(),
                                         QRegularExpression::CaseInsensitiveOption
                                             | QRegularExpression::UseUnicodePropertiesOption);
            if (!c.regex.isValid())
                return fail(tr("Condition %1: the pattern \"%2\" is not a valid regular "
                               "expression (%3).")
                                .arg(n + 1)
                                .arg(c.value(), c.regex.errorString()));
            c.regex.optimize();
        }
        if (c.kind == Condition::Kind::TextContains || c.kind == Condition::Kind::HasTag
            || c.kind == Condition::Kind::LacksTag) {
            for (const QString &v : std::as_const(c.values))
                c.folded << foldedText(v.trimmed());
        }
        rule.conditions.append(c);
    }

    QJsonArray actions = json.value(QStringLiteral("actions")).toArray();
    // The away reply may be written short: its text or template at the top.
    if (rule.kind == Rule::Kind::Away && actions.isEmpty()) {
        QJsonObject reply { { QStringLiteral("type"), QStringLiteral("reply") } };
        for (const QString &key : { QStringLiteral("text"), QStringLiteral("template") }) {
            if (json.contains(key))
                reply.insert(key, json.value(key));
        }
        actions.append(reply);
    }
    for (int n = 0; n < actions.size(); ++n) {
        const QJsonObject o = actions.at(n).toObject();
        const QString type = o.value(QStringLiteral("type")).toString();
        const auto k = actionKinds().find(type);
        if (!k)
            return fail(tr("Action %1: \"%2\" is not an action; write one of: %3.")
                            .arg(n + 1)
                            .arg(type, actionKinds().all()));
        Action a;
        a.kind = *k;
        switch (a.kind) {
        case Action::Kind::Reply:
        case Action::Kind::Note:
            a.text = o.value(QStringLiteral("text")).toString();
            a.templateName = o.value(QStringLiteral("template")).toString().trimmed();
            if (a.text.trimmed().isEmpty() && a.templateName.isEmpty())
                return fail(
                    tr("Action %1 (%2) needs a \"text\" or a \"template\".").arg(n + 1).arg(type));
            break;
        case Action::Kind::Assign:
            a.text = o.value(QStringLiteral("agent")).toString().trimmed();
            if (a.text.isEmpty())
                return fail(tr("Action %1 (assign) needs the \"agent\"'s name.").arg(n + 1));
            break;
        case Action::Kind::Tag:
            a.text = o.value(QStringLiteral("value")).toString().trimmed();
            if (a.text.isEmpty())
                return fail(tr("Action %1 (tag) needs the tag as \"value\".").arg(n + 1));
            break;
        case Action::Kind::SetStatus:
            a.text = o.value(QStringLiteral("value")).toString().trimmed().toLower();
            if (!ConversationActions::statuses().contains(a.text)
                || a.text == QLatin1String("snoozed"))
                return fail(tr("Action %1: \"%2\" is not a status; write open, pending or "
                               "resolved (or use a snooze action).")
                                .arg(n + 1)
                                .arg(a.text));
            break;
        case Action::Kind::Snooze:
            a.minutes = o.value(QStringLiteral("minutes")).toInt(0);
            if (a.minutes < 1)
                return fail(tr("Action %1 (snooze) needs \"minutes\", at least 1.").arg(n + 1));
            break;
        case Action::Kind::Survey:
            break;
        }
        rule.actions.append(a);
    }
    if (rule.actions.isEmpty())
        return fail(tr("The rule does nothing: give it at least one action."));
    if (rule.kind == Rule::Kind::Away
        && (rule.event != Event::MessageReceived
            || !std::any_of(rule.actions.cbegin(), rule.actions.cend(),
                            [](const Action &a) { return a.kind == Action::Kind::Reply; })))
        return fail(tr("An away reply answers a received message with a reply."));
    return rule;
}

QByteArray RuleJson::writeFile(const QList<Rule> &rules, const QJsonObject &businessHours)
{
    QJsonArray array;
    for (const Rule &rule : rules)
        array.append(write(rule));
    QJsonObject root { { QStringLiteral("format"), kFormat },
                       { QStringLiteral("version"), 1 },
                       { QStringLiteral("rules"), array } };
    if (!businessHours.isEmpty())
        root.insert(QStringLiteral("business_hours"), businessHours);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

RuleJson::File RuleJson::readFile(const QByteArray &json)
{
    File file;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        file.errors << tr("The file is not JSON (%1 at character %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return file;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        file.errors << tr("The file is not a Textdesk rules file (its \"format\" is not "
                          "\"textdesk-rules\").");
        return file;
    }
    const QJsonArray array = root.value(QStringLiteral("rules")).toArray();
    for (int n = 0; n < array.size(); ++n) {
        QString error;
        const QJsonObject o = array.at(n).toObject();
        auto rule = read(o, &error);
        if (!rule) {
            file.errors << tr("Rule %1 (“%2”): %3")
                               .arg(n + 1)
                               .arg(o.value(QStringLiteral("name")).toString(), error);
            continue;
        }
        rule->position = n;
        file.rules.append(*rule);
    }
    file.businessHours = root.value(QStringLiteral("business_hours")).toObject();
    return file;
}

} // namespace textdesk::automation
