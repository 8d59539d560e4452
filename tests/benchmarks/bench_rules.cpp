// Evaluating the automation rules for one inbound message (issue 17: ≤ 50 µs with 200 rules).
// The rules are a realistic mix — keywords in four languages, regular expressions, tags,
// customer fields, business hours, an away reply, a few that match and reply with variables —
// read from their JSON as the workspace stores them; the messages are real-looking texts.
// Prints the median and the 95th percentile per evaluation.
//   ./dev.sh bench rules              the full run (500 rounds)
//   bench_rules --smoke               a few rounds: checks the benchmark itself works
#include "automation/RuleEvaluator.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>

using namespace textdesk::automation;

namespace {

const char *const kWords[]
    = { "refund",   "Rückerstattung", "reembolso", "remboursement", "invoice",
        "Rechnung", "factura",        "facture",   "delivery",      "Lieferung",
        "entrega",  "livraison",      "password",  "Passwort",      "cancel",
        "annuler",  "broken",         "kaputt",    "roto",          "cassé" };

const char *const kMessages[] = {
    "Hi, where is my order? It was supposed to arrive yesterday.",
    "Hallo, ich warte immer noch auf meine Rückerstattung für Bestellung 48213.",
    "Necesito la factura de mi compra del 3 de mayo, por favor",
    "Bonjour, mon colis est arrivé cassé. Que dois-je faire ?",
    "order #123456 status?",
    "thanks!",
    "Can I change the delivery address for order 99812 to 14 Elm Street?",
    "I forgot my password again 🙈",
};

Rule read(const QString &json)
{
    QString error;
    auto rule = RuleJson::read(QJsonDocument::fromJson(json.toUtf8()).object(), &error);
    if (!rule) {
        std::fprintf(stderr, "bad rule: %s\n", qPrintable(error));
        std::exit(2);
    }
    return *rule;
}

QList<Rule> makeRules(int count)
{
    QList<Rule> rules;
    for (int i = 0; i < count; ++i) {
        const QString word = QString::fromUtf8(kWords[i % std::size(kWords)]);
        QString json;
        switch (i % 5) {
        case 0: // keyword, only on one of our numbers, with a reply
            json = QStringLiteral(R"({"name": "kw%1", "conditions": [
                {"type": "our_number", "value": "+1555000000%2"},
                {"type": "text_contains", "values": ["%3", "%3s"]}],
                "actions": [{"type": "reply", "text": "Hi {{first_name|there}}, about %3: …"},
                            {"type": "tag", "value": "%3"}]})")
                       .arg(i)
                       .arg(i % 3)
                       .arg(word);
            break;
        case 1: // a regular expression
            json = QStringLiteral(R"({"name": "re%1", "conditions": [
                {"type": "text_matches", "value": "(order|bestellung|pedido|commande)\\s*#?\\s*%2\\d{3,}"}],
                "actions": [{"type": "assign", "agent": "Orders"}]})")
                       .arg(i)
                       .arg(i % 10);
            break;
        case 2: // tag and field
            json = QStringLiteral(R"({"name": "vip%1", "conditions": [
                {"type": "tag", "value": "vip%2"}, {"type": "field", "name": "Plan", "value": "gold"}],
                "actions": [{"type": "status", "value": "pending"}]})")
                       .arg(i)
                       .arg(i % 4);
            break;
        case 3: // outside hours and a keyword
            json = QStringLiteral(R"({"name": "night%1", "conditions": [
                {"type": "outside_hours"}, {"type": "text_contains", "value": "%2"}],
                "actions": [{"type": "note", "text": "Night message about %2"}]})")
                       .arg(i)
                       .arg(word);
            break;
        default: // first message, lacking a tag
            json = QStringLiteral(R"({"name": "welcome%1", "event": "first_message",
                "conditions": [{"type": "no_tag", "value": "known%1"}],
                "actions": [{"type": "reply", "text": "Welcome to {{company|us}}!"}]})")
                       .arg(i);
            break;
        }
        rules.append(read(json));
    }
    rules.append(read(QStringLiteral(R"({"name": "Away", "kind": "away", "text": "Closed."})")));
    return rules;
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * v.size())));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Textdesk automation rules benchmark"));
    parser.addHelpOption();
    const QCommandLineOption smokeOpt(QStringLiteral("smoke"), QStringLiteral("A few rounds."));
    parser.addOption(smokeOpt);
    parser.process(app);
    const int rounds = parser.isSet(smokeOpt) ? 5 : 500;
    constexpr int kRuleCount = 200;
    constexpr int kRepeat = 20; // evaluations per timing, so the timer's resolution does not matter

    const QList<Rule> rules = makeRules(kRuleCount - 1); // + the away reply: 200
    QList<Facts> messages;
    int n = 0;
    for (const char *text : kMessages) {
        Facts f;
        f.nowMs = 1'780'000'000'000;
        f.ourNumber = QStringLiteral("+1555000000%1").arg(n % 3);
        f.customerNumber = QStringLiteral("+1312555%1").arg(1000 + n);
        f.text = QString::fromUtf8(text);
        f.tags = { QStringLiteral("vip%1").arg(n % 4), QStringLiteral("wholesale") };
        f.fields = { { QStringLiteral("first_name"), QStringLiteral("Ana") },
                     { QStringLiteral("plan"), n % 2 ? QStringLiteral("Gold") : QString() } };
        f.firstFromNumber = n % 4 == 0;
        f.businessHoursOpen = n % 3 != 0;
        messages.append(f);
        ++n;
    }

    QList<double> microseconds;
    qint64 actions = 0;
    QElapsedTimer timer;
    const RuleSettings settings;
    for (int round = 0; round < rounds; ++round) {
        for (const Facts &f : std::as_const(messages)) {
            timer.start();
            for (int i = 0; i < kRepeat; ++i) {
                const Evaluation e = RuleEvaluator::evaluate(rules, f, settings);
                for (const RuleOutcome &o : e.outcomes)
                    actions += o.actions.size();
            }
            microseconds.append(double(timer.nsecsElapsed()) / 1000.0 / kRepeat);
        }
    }
    const double med = percentile(microseconds, 0.5);
    const double p95 = percentile(microseconds, 0.95);
    std::printf("rule evaluation, %d rules: median %.2f µs, p95 %.2f µs per inbound message over "
                "%lld timings of %d (%lld actions planned); limit 50 µs\n",
                int(rules.size()), med, p95, qint64(microseconds.size()), kRepeat, actions);
    // The smoke run checks that the benchmark works; on a loaded machine its few rounds say
    // little about the limit, which the full run judges.
    return med <= 50.0 || parser.isSet(smokeOpt) ? 0 : 1;
}
