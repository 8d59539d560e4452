#include "training/TrainingScenario.h"

#include <QTest>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace textdesk::training;

namespace {

// A small valid scenario; each error test breaks one thing in it.
QJsonObject good()
{
    return QJsonDocument::fromJson(R"({
      "id": "t", "title": "Test",
      "customer": {
        "name": "Anna Miller", "number": "+14155550101", "language": "de",
        "profile": { "order": "48213" },
        "opening": [ "Wo ist meine Bestellung?", { "any": ["Hallo?", "Hallo??"], "after_minutes": 1 } ],
        "reactions": [
          { "when": { "mentions": ["order"], "apologises": true }, "then": ["Danke"], "goal": true },
          { "when": { "segments_over": 2 }, "then": ["Zu lang"] },
          { "when": { "after_minutes": 10 }, "stop": true }
        ],
        "ignored": [ { "after_minutes": 5, "then": ["Hallo?"] } ]
      },
      "goal": { "description": "Bestellung erklärt", "reaction": true },
      "templates": { "spaet": "Hallo {{first_name}}, Ihre Bestellung {{order}} kommt morgen." },
      "checks": { "template": "spaet", "personal_fields": ["name", "order"] },
      "model_answer": [ { "delay_minutes": 1, "text": "Entschuldigung! Bestellung 48213 kommt morgen." } ]
    })")
        .object();
}

QStringList errorsOf(const QJsonObject &o)
{
    QList<ScenarioError> errors;
    const auto s = ScenarioLoader::parse(QJsonDocument(o).toJson(), &errors);
    QStringList lines;
    for (const ScenarioError &e : errors)
        lines << e.toString();
    if (s && !errors.isEmpty())
        lines << QStringLiteral("(and a scenario was returned)");
    return lines;
}

// Sets a value at a JSON pointer ("/customer/reactions/1/when/segments_over") in `o`.
QJsonValue setAt(QJsonValue node, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        a[key.toInt()] = setAt(a.at(key.toInt()), path, value);
        return a;
    }
    QJsonObject o = node.toObject();
    if (value.isUndefined() && path.isEmpty())
        o.remove(key);
    else
        o[key] = setAt(o.value(key), path, value);
    return o;
}

QJsonObject with(const QString &pointer, const QJsonValue &value)
{
    return setAt(good(), pointer.mid(1).split(QLatin1Char('/')), value).toObject();
}

} // namespace

class TestScenarioLoader : public QObject
{
    Q_OBJECT
private slots:
    void goodFile()
    {
        QList<ScenarioError> errors;
        const auto s = ScenarioLoader::parse(QJsonDocument(good()).toJson(), &errors);
        QVERIFY2(s, qPrintable(errorsOf(good()).join(QLatin1Char('\n'))));
        QCOMPARE(s->customers.size(), 1);
        const Customer &c = s->customers.first();
        QCOMPARE(c.language, QStringLiteral("de"));
        QCOMPARE(c.field(QStringLiteral("name")), QStringLiteral("Anna"));
        QCOMPARE(c.field(QStringLiteral("order")), QStringLiteral("48213"));
        QCOMPARE(c.opening.size(), 2);
        QCOMPARE(c.opening.at(1).texts.size(), 2);
        QCOMPARE(c.opening.at(1).afterMinutes, 1.0);
        QCOMPARE(c.reactions.size(), 3);
        QCOMPARE(c.reactions.at(0).when.mentions, QStringList { QStringLiteral("order") });
        QCOMPARE(c.reactions.at(0).when.apologises, std::optional<bool>(true));
        QVERIFY(c.reactions.at(0).goal);
        QCOMPARE(c.reactions.at(1).when.segmentsOver, std::optional<int>(2));
        QVERIFY(c.reactions.at(2).stop);
        QCOMPARE(c.ignored.size(), 1);
        QCOMPARE(s->checks.expectedTemplate, QStringLiteral("spaet"));
        QCOMPARE(s->modelAnswer.size(), 1);
        QVERIFY(s->goal.byReaction);
    }

    void errorsWithPaths_data()
    {
        QTest::addColumn<QJsonObject>("scenario");
        QTest::addColumn<QString>("expected");
        QTest::newRow("number expected")
            << with(QStringLiteral("/customer/reactions/1/when/segments_over"),
                    QStringLiteral("two"))
            << QStringLiteral("/customer/reactions/1/when/segments_over: expected a number");
        QTest::newRow("unknown condition")
            << with(QStringLiteral("/customer/reactions/0/when/mention"),
                    QJsonArray { QStringLiteral("order") })
            << QStringLiteral("/customer/reactions/0/when/mention: unknown key");
        QTest::newRow("missing name")
            << with(QStringLiteral("/customer/name"), QJsonValue(QJsonValue::Undefined))
            << QStringLiteral("/customer/name: missing");
        QTest::newRow("bad number")
            << with(QStringLiteral("/customer/number"), QStringLiteral("0415 555"))
            << QStringLiteral("/customer/number: expected a number in E.164");
        QTest::newRow("bad language")
            << with(QStringLiteral("/customer/language"), QStringLiteral("it"))
            << QStringLiteral("/customer/language: expected en, de, es or fr");
        QTest::newRow("bad temperament")
            << with(QStringLiteral("/customer/temperament"), QStringLiteral("sleepy"))
            << QStringLiteral("/customer/temperament: expected calm, impatient or angry");
        QTest::newRow("line without text")
            << with(QStringLiteral("/customer/opening/1"),
                    QJsonObject { { QStringLiteral("media"), QStringLiteral("photo") } })
            << QStringLiteral("/customer/opening/1: a line needs \"text\" or \"any\"");
        QTest::newRow("bad media")
            << with(QStringLiteral("/customer/opening/1/media"), QStringLiteral("hologram"))
            << QStringLiteral(
                   "/customer/opening/1/media: expected photo, screenshot, video or pdf");
        QTest::newRow("boolean expected")
            << with(QStringLiteral("/customer/reactions/0/when/apologises"), QStringLiteral("yes"))
            << QStringLiteral("/customer/reactions/0/when/apologises: expected true or false");
        QTest::newRow("field the customer lacks")
            << with(QStringLiteral("/customer/reactions/0/when/mentions"),
                    QJsonArray { QStringLiteral("email") })
            << QStringLiteral("/customer/reactions/0/when: the customer has no field \"email\"");
        QTest::newRow("negative minutes")
            << with(QStringLiteral("/customer/ignored/0/after_minutes"), -3)
            << QStringLiteral("/customer/ignored/0/after_minutes: must be at least");
        QTest::newRow("goal without a way to reach it")
            << with(QStringLiteral("/goal/reaction"), false)
            << QStringLiteral("/goal: needs \"phrases\" or \"reaction\": true");
        QTest::newRow("unknown template")
            << with(QStringLiteral("/checks/template"), QStringLiteral("nope"))
            << QStringLiteral("/checks/template: no template with this id");
        QTest::newRow("model answer to nobody")
            << with(QStringLiteral("/model_answer/0/to"), 3)
            << QStringLiteral("/model_answer/0/to: no such customer in the scenario");
        QTest::newRow("model answer without text")
            << with(QStringLiteral("/model_answer/0/text"), 5)
            << QStringLiteral("/model_answer/0/text: expected a text");
        QTest::newRow("both customer and customers")
            << with(QStringLiteral("/customers"), QJsonArray {})
            << QStringLiteral("/customer: give either \"customer\" or \"customers\"");
        QTest::newRow("silent goal")
            << with(QStringLiteral("/customer/reactions/0/then"), QJsonArray {})
            << QStringLiteral(
                   "/customer/reactions/0/then: a goal reaction needs the customer's words");
        QTest::newRow("bad start")
            << with(QStringLiteral("/starts_at"), QStringLiteral("tonight"))
            << QStringLiteral("/starts_at: expected a local time as YYYY-MM-DDTHH:MM");
    }

    void errorsWithPaths()
    {
        QFETCH(QJsonObject, scenario);
        QFETCH(QString, expected);
        const QStringList errors = errorsOf(scenario);
        QVERIFY2(!errors.isEmpty(), "the broken scenario was accepted");
        QVERIFY2(std::any_of(errors.begin(), errors.end(),
                             [&](const QString &e) { return e.startsWith(expected); }),
                 qPrintable(errors.join(QLatin1Char('\n'))));
    }

    void everyErrorIsReported()
    {
        QJsonObject o = with(QStringLiteral("/customer/language"), QStringLiteral("it"));
        o = setAt(o, { QStringLiteral("customer"), QStringLiteral("temperament") },
                  QStringLiteral("x"))
                .toObject();
        QCOMPARE(errorsOf(o).size(), 2);
    }

    void notJson()
    {
        QList<ScenarioError> errors;
        QVERIFY(!ScenarioLoader::parse("{\n \"id\": \"x\",\n oops }", &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().toString().startsWith(QStringLiteral("/: not valid JSON (line 3)")),
                 qPrintable(errors.first().toString()));
    }

    void replies()
    {
        QList<ScenarioError> errors;
        const auto s = ScenarioLoader::parse(QJsonDocument(good()).toJson(), &errors);
        QVERIFY(s);
        const auto ok = ScenarioLoader::parseReplies(
            R"([{"delay_minutes": 2, "text": "Hallo", "to": "+14155550101"}])", *s, &errors);
        QVERIFY(ok);
        QCOMPARE(ok->first().delayMinutes, 2.0);
        QCOMPARE(ok->first().customer, 0);
        QVERIFY(!ScenarioLoader::parseReplies(
            R"({"replies": [{"delay_minutes": "soon", "text": "x"}]})", *s, &errors));
        QCOMPARE(errors.first().toString(),
                 QStringLiteral("/replies/0/delay_minutes: expected a number"));
    }
};

QTEST_GUILESS_MAIN(TestScenarioLoader)
#include "TestScenarioLoader.moc"
