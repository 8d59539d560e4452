#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QRegularExpression>
#include <QtCore/QStringList>

#include <optional>

namespace textdesk::automation {

// What starts a rule's evaluation.
enum class Event {
    MessageReceived, // every message a customer sends (not STOP, START, HELP)
    FirstMessage, // the first message we ever get from this customer's number
    ConversationResolved, // an agent resolved the conversation
    NoAgentReply, // a customer's message waited N minutes without an answer (a durable timer)
};

// One test a rule makes; all of a rule's conditions must hold.
struct Condition
{
    enum class Kind {
        OurNumber, // the conversation is on this sending number
        HasTag, // the customer has this tag (any case)
        LacksTag,
        Field, // a customer field (custom field, or first_name, company, …) equals the value,
               // ignoring case; an empty value: the field is blank
        TextContains, // the message contains one of the words or phrases (case, accents ignored)
        TextMatches, // the message matches the regular expression (case ignored)
        InsideHours, // the sending number's business hours are open
        OutsideHours,
    };
    Kind kind = Kind::TextContains;
    QString name; // Field: which
    QStringList values; // TextContains: any of them; the others: the first
    QRegularExpression regex; // TextMatches, compiled when read
    QStringList folded; // TextContains, tags: the values as compared (foldedText), made when read
    QString key; // Field: the name as a template variable ("Order ID" → order_id), made when read

    QString value() const { return values.value(0); }
};

struct Action
{
    enum class Kind {
        Reply, // a text or template through the outbox (consent, loop guard and quiet hours apply)
        Assign, // to an agent by name (created when new)
        Tag, // adds a tag to the customer
        SetStatus, // open, pending, resolved
        Snooze, // for `minutes`
        Note, // an internal note in the thread
        Survey, // the first active survey (surveys/SurveySender)
    };
    Kind kind = Kind::Note;
    QString text; // Reply / Note: the body ({{variables}} filled); Assign: agent; Tag: tag;
                  // SetStatus: the status
    QString templateName; // Reply: a template by title or shortcut, instead of text
    int minutes = 0; // Snooze
};

// One rule as the workspace stores it (storage/RuleStore: the definition as JSON). Rules run in
// `position` order; a matching rule with stopProcessing ends the evaluation.
struct Rule
{
    enum class Kind {
        Custom,
        // The built-in away reply: outside business hours, at most once per conversation per
        // day, not when an agent wrote in the last `agentQuietMinutes`.
        Away,
    };
    qint64 id = 0;
    int position = 0;
    QString name;
    bool enabled = true;
    bool stopProcessing = false;
    Kind kind = Kind::Custom;
    Event event = Event::MessageReceived;
    int minutes = 0; // NoAgentReply: how long a message may wait
    int agentQuietMinutes = 10; // Away
    QList<Condition> conditions;
    QList<Action> actions;
};

// The JSON form of rules (docs/automation.md), for the file import/export and the store.
class RuleJson
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::automation::RuleJson)
public:
    static QJsonObject write(const Rule &rule);
    // The rule, or nullopt with *error in words naming what is wrong.
    static std::optional<Rule> read(const QJsonObject &json, QString *error);

    // {"format": "textdesk-rules", "version": 1, "rules": [...], "business_hours": {...}}
    static QByteArray writeFile(const QList<Rule> &rules, const QJsonObject &businessHours);
    struct File
    {
        QList<Rule> rules;
        QJsonObject businessHours; // number ('*' for all) → BusinessHours JSON
        QStringList errors; // one per bad rule, "Rule 2 (“Refunds”): …"; nothing imported then
        bool ok() const { return errors.isEmpty(); }
    };
    static File readFile(const QByteArray &json);

    static QString eventName(Event event);
    static QString conditionName(Condition::Kind kind);
    static QString actionName(Action::Kind kind);
};

// Lower case without accents ("Rückerstattung" → "ruckerstattung"): how text conditions compare.
QString foldedText(const QString &text);

} // namespace textdesk::automation
