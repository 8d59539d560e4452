#include "templates/TemplateFiller.h"

#include <QTest>

using namespace textdesk;

class TestTemplateFiller : public QObject
{
    Q_OBJECT
private slots:
    void fillsKnownValues();
    void keepsAndListsUnfilled();
    void blankValueIsUnfilled();
    void spacesAndCaseInNames_data();
    void spacesAndCaseInNames();
    void valuesAreTakenLiterally();
    void notVariables_data();
    void notVariables();
    void unfilledVariablesOfEditedText();
    void namesWithMarksStayVisible();
    void defaultsFillWhatIsMissing();
    void renderReportsMissingAndNeverSendsBraces();
    void escapedBracesAreText();
    void whatIsPutInNeverMakesAVariable();
    void unicodeNamesAndValues();
};

void TestTemplateFiller::fillsKnownValues()
{
    const auto filled
        = TemplateFiller::fill(QStringLiteral("Hi {{first_name}}, this is {{agent_name}}."),
                               { { QStringLiteral("first_name"), QStringLiteral("Ana") },
                                 { QStringLiteral("agent_name"), QStringLiteral("Sam") } });
    QCOMPARE(filled.text, QStringLiteral("Hi Ana, this is Sam."));
    QVERIFY(filled.unfilled.isEmpty());
}

void TestTemplateFiller::keepsAndListsUnfilled()
{
    const auto filled = TemplateFiller::fill(
        QStringLiteral("{{order_number}} for {{first_name}}: {{ Order_Number }} {{company}}"),
        { { QStringLiteral("first_name"), QStringLiteral("Ana") } });
    // Each missing name once, in order; the text keeps every occurrence, written canonically.
    QCOMPARE(filled.unfilled,
             QStringList({ QStringLiteral("order_number"), QStringLiteral("company") }));
    QCOMPARE(filled.text, QStringLiteral("{{order_number}} for Ana: {{order_number}} {{company}}"));
}

void TestTemplateFiller::blankValueIsUnfilled()
{
    const auto filled = TemplateFiller::fill(QStringLiteral("Dear {{name}} at {{company}}"),
                                             { { QStringLiteral("name"), QStringLiteral("  ") },
                                               { QStringLiteral("company"), QString() } });
    QCOMPARE(filled.text, QStringLiteral("Dear {{name}} at {{company}}"));
    QCOMPARE(filled.unfilled, QStringList({ QStringLiteral("name"), QStringLiteral("company") }));
}

void TestTemplateFiller::spacesAndCaseInNames_data()
{
    QTest::addColumn<QString>("body");
    QTest::newRow("plain") << QStringLiteral("{{first_name}}");
    QTest::newRow("spaces inside braces") << QStringLiteral("{{  first_name }}");
    QTest::newRow("upper case") << QStringLiteral("{{FIRST_NAME}}");
    QTest::newRow("words") << QStringLiteral("{{ First Name }}");
    QTest::newRow("hyphen") << QStringLiteral("{{first-name}}");
}

void TestTemplateFiller::spacesAndCaseInNames()
{
    QFETCH(QString, body);
    // The value's key may be written in any case too.
    const auto filled
        = TemplateFiller::fill(QStringLiteral("Hi ") + body + QStringLiteral("!"),
                               { { QStringLiteral("First_Name"), QStringLiteral("Zoë") } });
    QCOMPARE(filled.text, QStringLiteral("Hi Zoë!"));
    QVERIFY(filled.unfilled.isEmpty());
}

void TestTemplateFiller::valuesAreTakenLiterally()
{
    const auto filled = TemplateFiller::fill(
        QStringLiteral("{{name}} / {{company}}"),
        { { QStringLiteral("name"), QStringLiteral("{{company}} $1 \\1") } });
    // The value's braces are escaped text (whatIsPutInNeverMakesAVariable), sent as written.
    QCOMPARE(filled.text, QStringLiteral("\\{{company}} $1 \\1 / {{company}}"));
    QCOMPARE(filled.unfilled, QStringList({ QStringLiteral("company") }));
    QCOMPARE(TemplateFiller::finalText(filled.text),
             QStringLiteral("{{company}} $1 \\1 / {{company}}"));
}

void TestTemplateFiller::notVariables_data()
{
    QTest::addColumn<QString>("body");
    QTest::newRow("single braces") << QStringLiteral("{first_name}");
    QTest::newRow("empty") << QStringLiteral("{{ }}");
    QTest::newRow("json") << QStringLiteral("{{\"a\": 1}}");
    QTest::newRow("unclosed") << QStringLiteral("{{first_name");
    QTest::newRow("plain text") << QStringLiteral("See you at 5pm :)");
}

void TestTemplateFiller::notVariables()
{
    QFETCH(QString, body);
    const auto filled = TemplateFiller::fill(body, {});
    QCOMPARE(filled.text, body);
    QVERIFY(filled.unfilled.isEmpty());
    QVERIFY(TemplateFiller::unfilledVariables(body).isEmpty());
}

void TestTemplateFiller::unfilledVariablesOfEditedText()
{
    QCOMPARE(TemplateFiller::unfilledVariables(
                 QStringLiteral("Order {{Order Number}} ships {{date}}; {{order_number}} again")),
             QStringList({ QStringLiteral("order_number"), QStringLiteral("date") }));
    QVERIFY(TemplateFiller::unfilledVariables(QStringLiteral("Order 1234 ships today")).isEmpty());
    QVERIFY(TemplateFiller::standardVariables().contains(QStringLiteral("agent_name")));
}

QTEST_GUILESS_MAIN(TestTemplateFiller)
#include "TestTemplateFiller.moc"

// A name whose lower case has a combining mark ("İ" → "i" + U+0307), or a script written with
// marks (Devanagari), is still a variable after filling: the composer blocks on it, never sends
// the braces. Found by the template fuzz target (tests/fuzz/regressions/template/).
void TestTemplateFiller::namesWithMarksStayVisible()
{
    const QString body = QStringLiteral("Merhaba {{İsim}}, नमस्ते {{नाम}}");
    const FilledTemplate filled = TemplateFiller::fill(body, {});
    QCOMPARE(filled.unfilled.size(), 2);
    QCOMPARE(TemplateFiller::unfilledVariables(filled.text), filled.unfilled);
    const FilledTemplate named
        = TemplateFiller::fill(body, { { QStringLiteral("नाम"), QStringLiteral("Asha") } });
    QCOMPARE(named.text, QStringLiteral("Merhaba {{i\u0307sim}}, नमस्ते Asha"));
}

void TestTemplateFiller::defaultsFillWhatIsMissing()
{
    const QString body
        = QStringLiteral("Hi {{first_name|there}}, {{ Agent Name | our team }} here{{x|}}.");
    const FilledTemplate missing = TemplateFiller::fill(body, {});
    QCOMPARE(missing.text, QStringLiteral("Hi there, our team here."));
    QVERIFY(missing.complete());
    // A blank value is no value: the default is used, not the blank.
    const FilledTemplate known
        = TemplateFiller::fill(body,
                               { { QStringLiteral("first_name"), QStringLiteral("Ana") },
                                 { QStringLiteral("agent_name"), QStringLiteral(" ") } });
    QCOMPARE(known.text, QStringLiteral("Hi Ana, our team here."));
    // A variable with a default is never reported, in a template or in typed text.
    QVERIFY(TemplateFiller::unfilledVariables(body).isEmpty());
    QCOMPARE(TemplateFiller::finalText(QStringLiteral("Hi {{first_name|there}}")),
             QStringLiteral("Hi there"));
}

void TestTemplateFiller::renderReportsMissingAndNeverSendsBraces()
{
    const FilledTemplate rendered = TemplateFiller::render(
        QStringLiteral("Order {{order_id}} for {{first_name|you}} arrives {{date}}."),
        { { QStringLiteral("date"), QStringLiteral("Monday") } });
    QVERIFY(!rendered.complete());
    QCOMPARE(rendered.unfilled, QStringList { QStringLiteral("order_id") });
    const FilledTemplate done = TemplateFiller::render(
        QStringLiteral("Order {{order_id}} for {{first_name|you}} arrives {{date}}."),
        { { QStringLiteral("date"), QStringLiteral("Monday") },
          { QStringLiteral("Order ID"), QStringLiteral("A-7") } });
    QVERIFY(done.complete());
    QCOMPARE(done.text, QStringLiteral("Order A-7 for you arrives Monday."));
    QVERIFY(!done.text.contains(QLatin1String("{{")));
    // A value ending in a backslash cannot turn the next variable into an escape and so hide
    // it from the check that blocks sending.
    const FilledTemplate sneaky = TemplateFiller::render(
        QStringLiteral("{{a}}{{b}}"), { { QStringLiteral("a"), QStringLiteral("x\\") } });
    QCOMPARE(sneaky.unfilled, QStringList { QStringLiteral("b") });
    QCOMPARE(TemplateFiller::unfilledVariables(sneaky.text), sneaky.unfilled);
    // Nor can a default.
    const FilledTemplate byDefault = TemplateFiller::fill(QStringLiteral("{{a|x\\}}{{b}}"), {});
    QCOMPARE(byDefault.unfilled, QStringList { QStringLiteral("b") });
    QCOMPARE(TemplateFiller::unfilledVariables(byDefault.text), byDefault.unfilled);
}

// A value, or a default next to braces of the text, can spell a variable the template did not
// have (found by fuzz_template: "{{s{{l|}}}}" became "{{s}}"). It is text: not reported as
// missing (which would block sending), not filled by a second pass, and sent as written.
void TestTemplateFiller::whatIsPutInNeverMakesAVariable()
{
    const auto joined = TemplateFiller::fill(QStringLiteral("{{s{{l|}}}}"), {});
    QVERIFY(joined.unfilled.isEmpty());
    QVERIFY(TemplateFiller::unfilledVariables(joined.text).isEmpty());
    QCOMPARE(TemplateFiller::fill(joined.text, {}).text, joined.text);
    QCOMPARE(TemplateFiller::render(QStringLiteral("{{s{{l|}}}}"), {}).text,
             QStringLiteral("{{s}}"));

    const QHash<QString, QString> braces { { QStringLiteral("first_name"),
                                             QStringLiteral("{{order_id}}") } };
    const auto named
        = TemplateFiller::render(QStringLiteral("Hi {{first_name}}, {{order_id}}"), braces);
    QCOMPARE(named.unfilled, QStringList { QStringLiteral("order_id") }); // the template's own
    const auto sent = TemplateFiller::render(QStringLiteral("Hi {{first_name}}!"), braces);
    QVERIFY(sent.complete());
    QCOMPARE(sent.text, QStringLiteral("Hi {{order_id}}!"));
}

void TestTemplateFiller::escapedBracesAreText()
{
    const QString body = QStringLiteral("Type \\{{first_name}} to greet {{first_name}}");
    const FilledTemplate filled
        = TemplateFiller::fill(body, { { QStringLiteral("first_name"), QStringLiteral("Ana") } });
    // Kept escaped while the text may still be edited, so the composer does not block on it...
    QCOMPARE(filled.text, QStringLiteral("Type \\{{first_name}} to greet Ana"));
    QVERIFY(filled.complete());
    QVERIFY(TemplateFiller::unfilledVariables(filled.text).isEmpty());
    // ...and plain braces in what is sent.
    const FilledTemplate rendered
        = TemplateFiller::render(body, { { QStringLiteral("first_name"), QStringLiteral("Ana") } });
    QCOMPARE(rendered.text, QStringLiteral("Type {{first_name}} to greet Ana"));
}

void TestTemplateFiller::unicodeNamesAndValues()
{
    const FilledTemplate filled = TemplateFiller::render(
        QStringLiteral("{{Straße}} · {{名前|お客様}} · {{имя}} · {{nombre_del_cliente}}"),
        { { QStringLiteral("STRASSE"), QStringLiteral("wrong") },
          { QStringLiteral("straße"), QStringLiteral("Hauptstraße 5") },
          { QStringLiteral("Имя"), QStringLiteral("Ольга") },
          { QStringLiteral("Nombre del cliente"), QStringLiteral("José 👍") } });
    QCOMPARE(filled.text, QStringLiteral("Hauptstraße 5 · お客様 · Ольга · José 👍"));
    QVERIFY(filled.complete());
}
