#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

// A training scenario: a simulated customer (or two), what they write first, how they react to
// what the trainee writes, the goal, and what is checked. Read from JSON (docs/training.md).
// Pure data: the rules are played by CustomerPlayer, the checks by Scoring.
namespace textdesk::training {

// Something a customer says: one of `texts` (seeded choice), with an attachment or not.
// `{{name}}`, `{{first_name}}` and `{{<profile field>}}` are filled from the customer.
struct Line
{
    QStringList texts; // alternatives; never empty once loaded
    QString media; // "", "photo", "screenshot", "video" or "pdf"
    double afterMinutes = 0; // openings: minutes after the start; ignored steps: see Ignored
};

// What must be true of the agent's reply for a reaction to fire. Every condition given must
// hold; an empty condition always holds.
struct Condition
{
    QStringList mentions; // profile fields ("name", "order", …) the reply must name
    QStringList omits; // fields the reply must not name
    QStringList contains; // the reply contains one of these (case-insensitive)
    std::optional<bool> apologises; // per the customer's language (and English)
    std::optional<bool> asksQuestion;
    std::optional<bool> allCaps;
    std::optional<bool> jargon; // from the jargon list
    std::optional<int> segmentsOver;
    std::optional<double> afterMinutes; // the reply came this long after the customer's message
    std::optional<QString> usesTemplate; // a template id, or "*" for any
};

struct Reaction
{
    Condition when;
    QList<Line> then; // what the customer sends back (empty: silence)
    bool stop = false; // the customer texts STOP after `then` and says nothing more
    bool goal = false; // this reaction means the goal is reached
    bool once = false; // fires at most once
};

// The customer's escalation while no reply comes: minutes after their unanswered message.
struct Ignored
{
    double afterMinutes = 10;
    QList<Line> then;
    bool stop = false;
};

struct Customer
{
    QString name;
    QString number; // E.164
    QString language = QStringLiteral("en"); // en, de, es, fr
    QString temperament = QStringLiteral("calm"); // calm, impatient, angry
    QMap<QString, QString> profile; // order, email, time_zone, vip, …
    QList<Line> opening;
    QList<Reaction> reactions; // the first that matches decides
    QList<Line> otherwise; // no reaction matched (empty: silence)
    QList<Ignored> ignored;

    QString firstName() const { return name.section(QLatin1Char(' '), 0, 0); }
    // The value of a field a reply may mention: "name" → the first name, else the profile's.
    QString field(const QString &key) const;
};

// One reply of a script: the trainee's words, `delayMinutes` after the customer's latest
// message (after the previous reply when the customer has not written since).
struct ScriptedReply
{
    double delayMinutes = 1;
    QString text;
    int customer = 0; // index into Scenario::customers
};

struct Goal
{
    QString description;
    QStringList phrases; // the agent says one of these (case-insensitive)…
    bool byReaction = false; // …or a reaction marked "goal" fires
};

struct Checks
{
    double firstReplyMinutes = 5;
    double resolutionMinutes = 30;
    int maxSegments = 2;
    QString expectedTemplate; // a template id the trainee should use; empty: none
    QStringList personalFields { QStringLiteral("name") };
    QStringList jargon; // added to the editable list for this scenario
    int passScore = 80;
};

struct Survey
{
    QString kind; // "csat" (1–5); empty: no survey
    int threshold = 4; // this score or better passes
};

struct Scenario
{
    QString id;
    QString title;
    QString description;
    QString language = QStringLiteral("en"); // the agent's language
    QString startsAt; // local wall-clock time at the customer's, "YYYY-MM-DDTHH:MM"
    QString ourNumber = QStringLiteral("+15005550006");
    QList<Customer> customers;
    Goal goal;
    Checks checks;
    QMap<QString, QString> templates; // id → body with {{variables}}
    Survey survey;
    QList<ScriptedReply> modelAnswer;

    int customerIndex(const QString &number) const;
};

// A schema error: where (a JSON pointer, "/reactions/2/when/segments_over") and what.
struct ScenarioError
{
    QString path;
    QString message;
    QString toString() const { return path + QLatin1String(": ") + message; }
};

class ScenarioLoader
{
    Q_DECLARE_TR_FUNCTIONS(textdesk::training::ScenarioLoader)
public:
    // The scenario, or nothing and every error found (not only the first).
    static std::optional<Scenario> parse(const QByteArray &json, QList<ScenarioError> *errors);
    // A file, or a built-in scenario's id ("late-order-en").
    static std::optional<Scenario> load(const QString &fileOrId, QList<ScenarioError> *errors);
    // A replies script: a list of {delay_minutes, text, to}.
    static std::optional<QList<ScriptedReply>>
    parseReplies(const QByteArray &json, const Scenario &scenario, QList<ScenarioError> *errors);
    static std::optional<QList<ScriptedReply>>
    loadReplies(const QString &file, const Scenario &scenario, QList<ScenarioError> *errors);
};

// The scenarios shipped in the app (`:/training/*.json`), by id.
QStringList builtinScenarioIds();
QString builtinScenarioPath(const QString &id);

} // namespace textdesk::training
