#include "TrainingScenario.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>

namespace textdesk::training {

namespace {

// Walks a JSON document and collects every error with its JSON pointer.
class Reader
{
public:
    explicit Reader(QList<ScenarioError> &errors)
        : m_errors(errors)
    { }

    void error(const QString &path, const QString &message)
    {
        m_errors.append({ path.isEmpty() ? QStringLiteral("/") : path, message });
    }

    // Unknown keys are errors: a misspelt rule would otherwise silently never fire.
    void allowOnly(const QJsonObject &o, const QString &path, const QStringList &keys)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!keys.contains(it.key()))
                error(path + QLatin1Char('/') + it.key(),
                      ScenarioLoader::tr("unknown key (expected one of: %1)")
                          .arg(keys.join(QLatin1String(", "))));
        }
    }

    std::optional<QString> string(const QJsonObject &o, const QString &path, const char *key,
                                  bool required)
    {
        const QString name = QLatin1String(key);
        if (!o.contains(name)) {
            if (required)
                error(path + QLatin1Char('/') + name,
                      ScenarioLoader::tr("missing (a text is required)"));
            return std::nullopt;
        }
        const QJsonValue v = o.value(name);
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            error(path + QLatin1Char('/') + name, ScenarioLoader::tr("expected a text"));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<double> number(const QJsonObject &o, const QString &path, const char *key,
                                 double minimum = 0)
    {
        const QString name = QLatin1String(key);
        if (!o.contains(name))
            return std::nullopt;
        const QJsonValue v = o.value(name);
        if (!v.isDouble()) {
            error(path + QLatin1Char('/') + name, ScenarioLoader::tr("expected a number"));
            return std::nullopt;
        }
        if (v.toDouble() < minimum) {
            error(path + QLatin1Char('/') + name,
                  ScenarioLoader::tr("must be at least %1").arg(minimum));
            return std::nullopt;
        }
        return v.toDouble();
    }

    std::optional<bool> boolean(const QJsonObject &o, const QString &path, const char *key)
    {
        const QString name = QLatin1String(key);
        if (!o.contains(name))
            return std::nullopt;
        if (!o.value(name).isBool()) {
            error(path + QLatin1Char('/') + name, ScenarioLoader::tr("expected true or false"));
            return std::nullopt;
        }
        return o.value(name).toBool();
    }

    QStringList strings(const QJsonObject &o, const QString &path, const char *key)
    {
        const QString name = QLatin1String(key);
        if (!o.contains(name))
            return {};
        const QJsonValue v = o.value(name);
        if (v.isString())
            return { v.toString() };
        if (!v.isArray()) {
            error(path + QLatin1Char('/') + name, ScenarioLoader::tr("expected a list of texts"));
            return {};
        }
        QStringList list;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                error(path + QLatin1Char('/') + name + QLatin1Char('/') + QString::number(i),
                      ScenarioLoader::tr("expected a text"));
            else
                list << a.at(i).toString();
        }
        return list;
    }

    std::optional<QJsonObject> object(const QJsonValue &v, const QString &path)
    {
        if (!v.isObject()) {
            error(path, ScenarioLoader::tr("expected an object"));
            return std::nullopt;
        }
        return v.toObject();
    }

    std::optional<QJsonArray> array(const QJsonObject &o, const QString &path, const char *key)
    {
        const QString name = QLatin1String(key);
        if (!o.contains(name))
            return std::nullopt;
        if (!o.value(name).isArray()) {
            error(path + QLatin1Char('/') + name, ScenarioLoader::tr("expected a list"));
            return std::nullopt;
        }
        return o.value(name).toArray();
    }

    // A line: a text, or {"text": … | "any": [...], "media": …, "after_minutes": …}.
    std::optional<Line> line(const QJsonValue &v, const QString &path)
    {
        Line line;
        if (v.isString()) {
            line.texts = { v.toString() };
            return line;
        }
        const auto o = object(v, path);
        if (!o)
            return std::nullopt;
        allowOnly(*o, path,
                  { QStringLiteral("text"), QStringLiteral("any"), QStringLiteral("media"),
                    QStringLiteral("after_minutes") });
        if (const auto text = string(*o, path, "text", false))
            line.texts << *text;
        line.texts << strings(*o, path, "any");
        if (line.texts.isEmpty()) {
            error(path, ScenarioLoader::tr("a line needs \"text\" or \"any\""));
            return std::nullopt;
        }
        if (const auto media = string(*o, path, "media", false)) {
            static const QStringList kinds { QStringLiteral("photo"), QStringLiteral("screenshot"),
                                             QStringLiteral("video"), QStringLiteral("pdf") };
            if (!kinds.contains(*media))
                error(path + QLatin1String("/media"),
                      ScenarioLoader::tr("expected photo, screenshot, video or pdf"));
            line.media = *media;
        }
        line.afterMinutes = number(*o, path, "after_minutes").value_or(0);
        return line;
    }

    QList<Line> lines(const QJsonObject &o, const QString &path, const char *key)
    {
        QList<Line> result;
        const QString name = QLatin1String(key);
        if (!o.contains(name))
            return result;
        const QJsonValue v = o.value(name);
        if (!v.isArray()) {
            if (auto l = line(v, path + QLatin1Char('/') + name))
                result << *l;
            return result;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (auto l
                = line(a.at(i),
                       path + QLatin1Char('/') + name + QLatin1Char('/') + QString::number(i)))
                result << *l;
        }
        return result;
    }

    Condition condition(const QJsonObject &o, const QString &path)
    {
        allowOnly(o, path,
                  { QStringLiteral("mentions"), QStringLiteral("omits"), QStringLiteral("contains"),
                    QStringLiteral("apologises"), QStringLiteral("asks_question"),
                    QStringLiteral("all_caps"), QStringLiteral("jargon"),
                    QStringLiteral("segments_over"), QStringLiteral("after_minutes"),
                    QStringLiteral("uses_template") });
        Condition c;
        c.mentions = strings(o, path, "mentions");
        c.omits = strings(o, path, "omits");
        c.contains = strings(o, path, "contains");
        c.apologises = boolean(o, path, "apologises");
        c.asksQuestion = boolean(o, path, "asks_question");
        c.allCaps = boolean(o, path, "all_caps");
        c.jargon = boolean(o, path, "jargon");
        if (const auto n = number(o, path, "segments_over"))
            c.segmentsOver = int(*n);
        c.afterMinutes = number(o, path, "after_minutes");
        if (o.value(QStringLiteral("uses_template")).isBool())
            c.usesTemplate = o.value(QStringLiteral("uses_template")).toBool() ? QStringLiteral("*")
                                                                               : QString();
        else
            c.usesTemplate = string(o, path, "uses_template", false);
        return c;
    }

    Reaction reaction(const QJsonObject &o, const QString &path)
    {
        allowOnly(o, path,
                  { QStringLiteral("when"), QStringLiteral("then"), QStringLiteral("stop"),
                    QStringLiteral("goal"), QStringLiteral("once") });
        Reaction r;
        if (o.contains(QStringLiteral("when"))) {
            if (const auto when
                = object(o.value(QStringLiteral("when")), path + QLatin1String("/when")))
                r.when = condition(*when, path + QLatin1String("/when"));
        }
        r.then = lines(o, path, "then");
        r.stop = boolean(o, path, "stop").value_or(false);
        r.goal = boolean(o, path, "goal").value_or(false);
        if (r.goal && r.then.isEmpty())
            error(path + QLatin1String("/then"),
                  ScenarioLoader::tr(
                      "a goal reaction needs the customer's words (the goal is recognised by "
                      "them)"));
        r.once = boolean(o, path, "once").value_or(false);
        return r;
    }

    Customer customer(const QJsonObject &o, const QString &path)
    {
        allowOnly(o, path,
                  { QStringLiteral("name"), QStringLiteral("number"), QStringLiteral("language"),
                    QStringLiteral("temperament"), QStringLiteral("profile"),
                    QStringLiteral("opening"), QStringLiteral("reactions"),
                    QStringLiteral("otherwise"), QStringLiteral("ignored") });
        Customer c;
        c.name = string(o, path, "name", true).value_or(QString());
        c.number = string(o, path, "number", true).value_or(QString());
        static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
        if (!c.number.isEmpty() && !e164.match(c.number).hasMatch()) {
            error(path + QLatin1String("/number"),
                  ScenarioLoader::tr("expected a number in E.164 (+15551234567)"));
        }
        if (const auto language = string(o, path, "language", false)) {
            static const QStringList known { QStringLiteral("en"), QStringLiteral("de"),
                                             QStringLiteral("es"), QStringLiteral("fr") };
            if (!known.contains(*language))
                error(path + QLatin1String("/language"),
                      ScenarioLoader::tr("expected en, de, es or fr"));
            else
                c.language = *language;
        }
        if (const auto temperament = string(o, path, "temperament", false)) {
            static const QStringList known { QStringLiteral("calm"), QStringLiteral("impatient"),
                                             QStringLiteral("angry") };
            if (!known.contains(*temperament))
                error(path + QLatin1String("/temperament"),
                      ScenarioLoader::tr("expected calm, impatient or angry"));
            else
                c.temperament = *temperament;
        }
        if (o.contains(QStringLiteral("profile"))) {
            const QString p = path + QLatin1String("/profile");
            if (const auto profile = object(o.value(QStringLiteral("profile")), p)) {
                for (auto it = profile->begin(); it != profile->end(); ++it) {
                    if (!it.value().isString())
                        error(p + QLatin1Char('/') + it.key(),
                              ScenarioLoader::tr("expected a text"));
                    else
                        c.profile.insert(it.key(), it.value().toString());
                }
            }
        }
        c.opening = lines(o, path, "opening");
        if (c.opening.isEmpty() && !o.contains(QStringLiteral("opening")))
            error(path + QLatin1String("/opening"),
                  ScenarioLoader::tr("missing (what the customer writes first)"));
        if (const auto reactions = array(o, path, "reactions")) {
            for (qsizetype i = 0; i < reactions->size(); ++i) {
                const QString p = path + QLatin1String("/reactions/") + QString::number(i);
                if (const auto r = object(reactions->at(i), p))
                    c.reactions << reaction(*r, p);
            }
        }
        c.otherwise = lines(o, path, "otherwise");
        if (const auto ignored = array(o, path, "ignored")) {
            for (qsizetype i = 0; i < ignored->size(); ++i) {
                const QString p = path + QLatin1String("/ignored/") + QString::number(i);
                const auto step = object(ignored->at(i), p);
                if (!step)
                    continue;
                allowOnly(*step, p,
                          { QStringLiteral("after_minutes"), QStringLiteral("then"),
                            QStringLiteral("stop") });
                Ignored ig;
                if (const auto after = number(*step, p, "after_minutes", 0.1))
                    ig.afterMinutes = *after;
                else if (!step->contains(QStringLiteral("after_minutes")))
                    error(p + QLatin1String("/after_minutes"),
                          ScenarioLoader::tr("missing (a number)"));
                ig.then = lines(*step, p, "then");
                ig.stop = boolean(*step, p, "stop").value_or(false);
                c.ignored << ig;
            }
        }
        return c;
    }

    std::optional<ScriptedReply> reply(const QJsonValue &v, const QString &path,
                                       const Scenario &scenario)
    {
        const auto o = object(v, path);
        if (!o)
            return std::nullopt;
        allowOnly(
            *o, path,
            { QStringLiteral("delay_minutes"), QStringLiteral("text"), QStringLiteral("to") });
        ScriptedReply r;
        const qsizetype before = m_errors.size();
        r.text = string(*o, path, "text", true).value_or(QString());
        r.delayMinutes = number(*o, path, "delay_minutes").value_or(1);
        const QJsonValue to = o->value(QStringLiteral("to"));
        if (to.isDouble()) {
            r.customer = to.toInt();
        } else if (to.isString()) {
            r.customer = scenario.customerIndex(to.toString());
        } else if (!to.isUndefined()) {
            error(path + QLatin1String("/to"),
                  ScenarioLoader::tr("expected a customer's number or index"));
        }
        if (r.customer < 0 || r.customer >= scenario.customers.size())
            error(path + QLatin1String("/to"),
                  ScenarioLoader::tr("no such customer in the scenario"));
        if (m_errors.size() != before)
            return std::nullopt;
        return r;
    }

    QList<ScriptedReply> replies(const QJsonArray &a, const QString &path, const Scenario &scenario)
    {
        QList<ScriptedReply> list;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (auto r = reply(a.at(i), path + QLatin1Char('/') + QString::number(i), scenario))
                list << *r;
        }
        return list;
    }

private:
    QList<ScenarioError> &m_errors;
};

std::optional<QJsonDocument> parseJson(const QByteArray &json, QList<ScenarioError> *errors)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The line helps a person with a text editor more than an offset.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        errors->append({ QStringLiteral("/"),
                         ScenarioLoader::tr("not valid JSON (line %1): %2")
                             .arg(line)
                             .arg(parseError.errorString()) });
        return std::nullopt;
    }
    return doc;
}

std::optional<QByteArray> readFile(const QString &path, QList<ScenarioError> *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(
            { QStringLiteral("/"),
              ScenarioLoader::tr("cannot read \"%1\": %2").arg(path, file.errorString()) });
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

std::optional<Scenario> ScenarioLoader::parse(const QByteArray &json, QList<ScenarioError> *errors)
{
    QList<ScenarioError> found;
    const auto doc = parseJson(json, &found);
    if (!doc) {
        *errors = found;
        return std::nullopt;
    }
    Reader r(found);
    Scenario s;
    if (!doc->isObject()) {
        r.error(QString(), tr("expected an object"));
        *errors = found;
        return std::nullopt;
    }
    const QJsonObject o = doc->object();
    r.allowOnly(o, QString(),
                { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("description"),
                  QStringLiteral("language"), QStringLiteral("starts_at"),
                  QStringLiteral("our_number"), QStringLiteral("customer"),
                  QStringLiteral("customers"), QStringLiteral("goal"), QStringLiteral("checks"),
                  QStringLiteral("templates"), QStringLiteral("survey"),
                  QStringLiteral("model_answer"), QStringLiteral("$schema") });
    s.id = r.string(o, QString(), "id", true).value_or(QString());
    s.title = r.string(o, QString(), "title", true).value_or(QString());
    s.description = r.string(o, QString(), "description", false).value_or(QString());
    s.language = r.string(o, QString(), "language", false).value_or(s.language);
    s.ourNumber = r.string(o, QString(), "our_number", false).value_or(s.ourNumber);
    if (const auto startsAt = r.string(o, QString(), "starts_at", false)) {
        if (!QDateTime::fromString(*startsAt, QStringLiteral("yyyy-MM-ddTHH:mm")).isValid())
            r.error(QStringLiteral("/starts_at"), tr("expected a local time as YYYY-MM-DDTHH:MM"));
        s.startsAt = *startsAt;
    }
    if (o.contains(QStringLiteral("customer")) == o.contains(QStringLiteral("customers"))) {
        r.error(QStringLiteral("/customer"), tr("give either \"customer\" or \"customers\""));
    } else if (o.contains(QStringLiteral("customer"))) {
        if (const auto c
            = r.object(o.value(QStringLiteral("customer")), QStringLiteral("/customer")))
            s.customers << r.customer(*c, QStringLiteral("/customer"));
    } else if (const auto list = r.array(o, QString(), "customers")) {
        if (list->isEmpty())
            r.error(QStringLiteral("/customers"), tr("needs at least one customer"));
        for (qsizetype i = 0; i < list->size(); ++i) {
            const QString p = QStringLiteral("/customers/") + QString::number(i);
            if (const auto c = r.object(list->at(i), p))
                s.customers << r.customer(*c, p);
        }
    }
    if (!o.contains(QStringLiteral("goal"))) {
        r.error(QStringLiteral("/goal"), tr("missing (what the trainee should achieve)"));
    } else if (const auto goal
               = r.object(o.value(QStringLiteral("goal")), QStringLiteral("/goal"))) {
        const QString p = QStringLiteral("/goal");
        r.allowOnly(*goal, p,
                    { QStringLiteral("description"), QStringLiteral("phrases"),
                      QStringLiteral("reaction") });
        s.goal.description = r.string(*goal, p, "description", true).value_or(QString());
        s.goal.phrases = r.strings(*goal, p, "phrases");
        s.goal.byReaction = r.boolean(*goal, p, "reaction").value_or(false);
        if (s.goal.phrases.isEmpty() && !s.goal.byReaction)
            r.error(p, tr("needs \"phrases\" or \"reaction\": true"));
    }
    if (o.contains(QStringLiteral("checks"))) {
        const QString p = QStringLiteral("/checks");
        if (const auto checks = r.object(o.value(QStringLiteral("checks")), p)) {
            r.allowOnly(*checks, p,
                        { QStringLiteral("first_reply_minutes"),
                          QStringLiteral("resolution_minutes"), QStringLiteral("max_segments"),
                          QStringLiteral("template"), QStringLiteral("personal_fields"),
                          QStringLiteral("jargon"), QStringLiteral("pass_score") });
            s.checks.firstReplyMinutes
                = r.number(*checks, p, "first_reply_minutes").value_or(s.checks.firstReplyMinutes);
            s.checks.resolutionMinutes
                = r.number(*checks, p, "resolution_minutes").value_or(s.checks.resolutionMinutes);
            s.checks.maxSegments
                = int(r.number(*checks, p, "max_segments", 1).value_or(s.checks.maxSegments));
            s.checks.expectedTemplate = r.string(*checks, p, "template", false).value_or(QString());
            if (checks->contains(QStringLiteral("personal_fields")))
                s.checks.personalFields = r.strings(*checks, p, "personal_fields");
            s.checks.jargon = r.strings(*checks, p, "jargon");
            s.checks.passScore
                = int(r.number(*checks, p, "pass_score").value_or(s.checks.passScore));
        }
    }
    if (o.contains(QStringLiteral("templates"))) {
        const QString p = QStringLiteral("/templates");
        if (const auto templates = r.object(o.value(QStringLiteral("templates")), p)) {
            for (auto it = templates->begin(); it != templates->end(); ++it) {
                if (!it.value().isString())
                    r.error(p + QLatin1Char('/') + it.key(), tr("expected a text"));
                else
                    s.templates.insert(it.key(), it.value().toString());
            }
        }
    }
    if (!s.checks.expectedTemplate.isEmpty() && !s.templates.contains(s.checks.expectedTemplate))
        r.error(QStringLiteral("/checks/template"),
                tr("no template with this id in \"templates\""));
    if (o.contains(QStringLiteral("survey"))) {
        const QString p = QStringLiteral("/survey");
        if (const auto survey = r.object(o.value(QStringLiteral("survey")), p)) {
            r.allowOnly(*survey, p, { QStringLiteral("kind"), QStringLiteral("threshold") });
            s.survey.kind = r.string(*survey, p, "kind", true).value_or(QString());
            if (!s.survey.kind.isEmpty() && s.survey.kind != QLatin1String("csat"))
                r.error(p + QLatin1String("/kind"), tr("expected csat"));
            s.survey.threshold = int(r.number(*survey, p, "threshold", 1).value_or(4));
        }
    }
    // Reactions name profile fields; a field the customer lacks can never be mentioned.
    for (qsizetype i = 0; i < s.customers.size(); ++i) {
        const Customer &c = s.customers.at(i);
        for (qsizetype j = 0; j < c.reactions.size(); ++j) {
            for (const QString &field :
                 c.reactions.at(j).when.mentions + c.reactions.at(j).when.omits) {
                if (c.field(field).isEmpty())
                    r.error(QStringLiteral("%1/reactions/%2/when")
                                .arg(o.contains(QStringLiteral("customer"))
                                         ? QStringLiteral("/customer")
                                         : QStringLiteral("/customers/%1").arg(i))
                                .arg(j),
                            tr("the customer has no field \"%1\"").arg(field));
            }
        }
    }
    if (const auto model = r.array(o, QString(), "model_answer"))
        s.modelAnswer = r.replies(*model, QStringLiteral("/model_answer"), s);
    else
        r.error(QStringLiteral("/model_answer"), tr("missing (the replies a good agent sends)"));
    *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return s;
}

std::optional<Scenario> ScenarioLoader::load(const QString &fileOrId, QList<ScenarioError> *errors)
{
    QString path = fileOrId;
    if (!QFileInfo::exists(path) && builtinScenarioIds().contains(fileOrId))
        path = builtinScenarioPath(fileOrId);
    const auto bytes = readFile(path, errors);
    if (!bytes)
        return std::nullopt;
    return parse(*bytes, errors);
}

std::optional<QList<ScriptedReply>> ScenarioLoader::parseReplies(const QByteArray &json,
                                                                 const Scenario &scenario,
                                                                 QList<ScenarioError> *errors)
{
    QList<ScenarioError> found;
    const auto doc = parseJson(json, &found);
    if (!doc) {
        *errors = found;
        return std::nullopt;
    }
    Reader r(found);
    QList<ScriptedReply> replies;
    QString path;
    QJsonArray list;
    if (doc->isArray()) {
        list = doc->array();
    } else if (doc->isObject() && doc->object().value(QStringLiteral("replies")).isArray()) {
        list = doc->object().value(QStringLiteral("replies")).toArray();
        path = QStringLiteral("/replies");
    } else {
        r.error(QString(), tr("expected a list of replies, or {\"replies\": [...]}"));
    }
    replies = r.replies(list, path, scenario);
    *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return replies;
}

std::optional<QList<ScriptedReply>> ScenarioLoader::loadReplies(const QString &file,
                                                                const Scenario &scenario,
                                                                QList<ScenarioError> *errors)
{
    const auto bytes = readFile(file, errors);
    if (!bytes)
        return std::nullopt;
    return parseReplies(*bytes, scenario, errors);
}

} // namespace textdesk::training
